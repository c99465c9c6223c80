import { formatPlatform } from '../platform.js'
import { roleOf } from './interpreter-missing.js'
import { code, type Finding, type PlatformRule } from './types.js'

const TEST_DIRS = /\/(testdata|tests?|fixtures|examples?|doc|docs)\//

/**
 * A script's `#!` interpreter is not in the image (`#!/bin/bash` on busybox), or `#!/usr/bin/env X` finds no X on
 * PATH. Judged for the entrypoint and for scripts in PATH directories; other scripts (examples, tests, docs) are
 * often shipped for other systems and are not reported.
 */
export const shebangInterpreterMissing: PlatformRule = {
  id: 'shebang-interpreter-missing',
  scope: 'platform',
  defaultSeverity: 'error',
  description: "A script's #! interpreter is not in the image (for #!/usr/bin/env X, env and X on PATH).",
  help: 'Install the interpreter in the final stage (`RUN apk add bash`, `apt-get install python3`), or change the `#!` line to one the image has (`#!/bin/sh`).',
  check({ platforms }) {
    const out: Finding[] = []
    for (const p of platforms) {
      if (p.status !== 'inspected') continue
      for (const f of p.executables) {
        if (
          f.binary.format !== 'script' ||
          !f.deps?.interpreter ||
          f.path.startsWith('/usr/share/') ||
          TEST_DIRS.test(f.path)
        )
          continue
        const { severity, role } = roleOf(p, f)
        if (severity !== 'error') continue
        const { interpreter, program } = f.deps
        const missing = !interpreter.found
          ? code(interpreter.path)
          : program && !program.found
            ? `${code(program.name)} on PATH`
            : undefined
        if (!missing) continue
        out.push({
          rule: 'shebang-interpreter-missing',
          severity,
          platform: formatPlatform(p.platform),
          path: f.path,
          message: `${role} ${code(f.path)} is a script for ${code([interpreter.path, f.binary.argument].filter(Boolean).join(' '))}, but the image has no ${missing}: it fails with "no such file or directory".`,
          hint: shebangInterpreterMissing.help,
          evidence: { interpreter: interpreter.path, ...(program ? { program: program.name } : {}) }
        })
      }
    }
    return out
  }
}
