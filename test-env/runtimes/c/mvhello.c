/* The smallest real program: only libc. Built with musl-gcc (musl) and with gcc (glibc) for the same scenarios. */
#include <stdio.h>

int main(int argc, char **argv) {
  printf("mvhello: %s, %d argument(s)\n", argc > 0 ? argv[0] : "?", argc - 1);
  return 0;
}
