/* A program with one DT_NEEDED besides libc: the library from libmvdemo.c. */
#include <stdio.h>

int mvdemo_answer(void);

int main(void) {
  printf("mvapp: mvdemo_answer() = %d\n", mvdemo_answer());
  return 0;
}
