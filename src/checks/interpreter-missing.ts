import type { ExecutableFacts, PlatformFacts } from '../inspect/facts.js'
import { formatPlatform } from '../platform.js'
import { exclusionOf, inSearchPath } from './scope.js'
import { code, type Finding, type PlatformRule, type Severity } from './types.js'

export function loaderHint(interp: string): string {
  if (/ld-musl/.test(interp)) {
    return [
      `The program was linked against musl (its loader is \`${interp}\`), as on Alpine, but this image has no musl.`,
      'Use an Alpine base for this stage (`FROM alpine`), or link statically: `CGO_ENABLED=0` for Go, `-static` for C.'
    ].join(' ')
  }
  return [
    `The program was linked against glibc (its loader is \`${interp}\`), but this image has no glibc loader at that path:`,
    'Alpine and busybox images have musl or no C library at all.',
    'Use a glibc base (Debian, Ubuntu, `gcr.io/distroless/base`), or link statically: `CGO_ENABLED=0` for Go, `-static` for C.'
  ].join(' ')
}

/** The judged programs: the entrypoint, PATH programs, and other executables (with lower severity). */
export function roleOf(p: PlatformFacts, f: ExecutableFacts): { severity: Severity; role: string } {
  if (p.entrypoint?.resolved && p.entrypoint.resolvedPath === f.path)
    return { severity: 'error', role: 'The entrypoint' }
  if (inSearchPath(f.path, p.searchPath ?? [])) return { severity: 'error', role: 'The program' }
  return { severity: 'warning', role: 'The executable' }
}

/** An ELF's PT_INTERP is not in the image: exec fails with "no such file or directory" although the file is there. */
export const interpreterMissing: PlatformRule = {
  id: 'interpreter-missing',
  scope: 'platform',
  defaultSeverity: 'error',
  description: "An ELF's PT_INTERP (its dynamic loader) is not in the image. The hint says glibc or musl.",
  help: 'Match the C library: a glibc program needs a glibc base, a musl program a musl base; or link statically (`CGO_ENABLED=0` for Go, `-static` for C).',
  check({ platforms }) {
    const out: Finding[] = []
    for (const p of platforms) {
      if (p.status !== 'inspected') continue
      for (const f of p.executables) {
        const interp = f.deps?.interpreter
        if (f.binary.format !== 'elf' || !interp || interp.found || exclusionOf(f, f.binary)) continue
        const { severity, role } = roleOf(p, f)
        out.push({
          rule: 'interpreter-missing',
          severity,
          platform: formatPlatform(p.platform),
          path: f.path,
          message: `${role} ${code(f.path)} needs the loader ${code(interp.path)}, which is not in the image: it fails to start with "no such file or directory", although the file is there.`,
          hint: loaderHint(interp.path),
          evidence: { interpreter: interp.path }
        })
      }
    }
    return out
  }
}
