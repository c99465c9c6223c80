/**
 * How a finding names the file it is about and how severe it is: by what the file is to its image (the entrypoint,
 * a program on PATH, another program, or a native module a runtime loads). Shared by the rules about loading.
 */
import type { ExecutableFacts, PlatformFacts } from '../inspect/facts.js'
import type { Runtime } from '../inspect/modules.js'
import { roleOf, ROLE_NAME, ROLE_SEVERITY } from '../inspect/role.js'
import type { Severity } from '../findings.js'

export const RUNTIME_NAME: Record<Runtime, string> = {
  python: 'The Python extension module',
  node: 'The Node.js native module',
  ruby: 'The Ruby extension',
  perl: 'The Perl XS module',
  php: 'The PHP extension',
  java: 'The JNI library',
  plugin: 'The plugin'
}

/**
 * A module its runtime loads fails where it is used: an error; one loaded only when a program uses its API (a JDK's
 * AWT or sound library), a note; programs by their role.
 */
export function subjectOf(p: PlatformFacts, f: ExecutableFacts): { severity: Severity; name: string } {
  const jdk = f.package?.ecosystem === 'jdk'
  if (f.module?.loaded && f.module.onDemand) return { severity: 'note', name: "The Java runtime's on-demand library" }
  if (f.module?.loaded && jdk) return { severity: 'error', name: "The Java runtime's library" }
  if (f.module?.loaded)
    return { severity: f.module.runtime === 'plugin' ? 'warning' : 'error', name: RUNTIME_NAME[f.module.runtime] }
  const role = roleOf(p, f.path)
  return { severity: ROLE_SEVERITY[role], name: ROLE_NAME[role] }
}
