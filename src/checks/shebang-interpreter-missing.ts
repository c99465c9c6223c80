import { notShippedToRun, roleOf, ROLE_NAME, ROLE_SEVERITY } from '../inspect/role.js'
import { code, platformRule, type Draft } from './types.js'

/**
 * A script's `#!` interpreter is not in the image (`#!/bin/bash` on busybox), or `#!/usr/bin/env X` finds no X on
 * PATH. Judged for the entrypoint and for scripts in PATH directories; other scripts (examples, tests, docs) are
 * often shipped for other systems and are not reported.
 */
export const shebangInterpreterMissing = platformRule({
  id: 'shebang-interpreter-missing',
  defaultSeverity: 'error',
  os: ['linux', 'unix'],
  description: "A script's #! interpreter is not in the image (for #!/usr/bin/env X, env and X on PATH).",
  help: 'Install the interpreter in the final stage (`RUN apk add bash`, `apt-get install python3`), or change the `#!` line to one the image has (`#!/bin/sh`).',
  each(p) {
    const out: Draft[] = []
    for (const f of p.executables) {
      if (f.binary.format !== 'script' || !f.deps?.interpreter || notShippedToRun(f.path)) continue
      const role = roleOf(p, f.path)
      if (ROLE_SEVERITY[role] !== 'error') continue
      const { interpreter, program } = f.deps
      const missing = !interpreter.found
        ? code(interpreter.path)
        : program && !program.found
          ? `${code(program.name)} on PATH`
          : undefined
      if (!missing) continue
      out.push({
        path: f.path,
        message: `${ROLE_NAME[role]} ${code(f.path)} is a script for ${code([interpreter.path, f.binary.argument].filter(Boolean).join(' '))}, but the image has no ${missing}: it fails with "no such file or directory".`,
        evidence: { interpreter: interpreter.path, ...(program ? { program: program.name } : {}) }
      })
    }
    return out
  }
})
