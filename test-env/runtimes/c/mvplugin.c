/* A module (a shared object with no PT_INTERP, as a plugin or a language runtime's extension is) that needs the
 * library from libmvdemo.c: what a loader does with it depends on the process that loads it. */
int mvdemo_answer(void);

int mvplugin_value(void) { return mvdemo_answer() + 1; }
