/* A shared library (soname given at link time) that the scenario places in /usr/lib or /usr/local/lib. */
int mvdemo_answer(void) { return 42; }
