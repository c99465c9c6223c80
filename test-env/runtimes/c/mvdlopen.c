/* Loads a module by path with dlopen and calls it: the runtime's view of a module, where --list is the loader's. */
#include <dlfcn.h>
#include <stdio.h>

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: %s MODULE\n", argv[0]);
    return 2;
  }
  void *h = dlopen(argv[1], RTLD_NOW);
  if (!h) {
    fprintf(stderr, "mvdlopen: %s\n", dlerror());
    return 1;
  }
  int (*f)(void) = (int (*)(void))dlsym(h, "mvplugin_value");
  if (!f) {
    fprintf(stderr, "mvdlopen: %s\n", dlerror());
    return 1;
  }
  printf("mvdlopen: mvplugin_value() = %d\n", f());
  return 0;
}
