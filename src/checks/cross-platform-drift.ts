import { archNeutral } from '../binary/arch.js'
import { parsePlatform } from '../platform.js'
import { code, crossRule, type CrossInput, type FileSummary, type Finding } from './types.js'

/**
 * Architecture names in paths (`/usr/lib/x86_64-linux-gnu`, `pkg/tool/linux_arm64`, `aarch64-linux-gnu-gcc`) are the
 * same program on each platform: they are compared with the name taken out.
 */
export function normalisePath(path: string): string {
  // Windows compares names without case.
  return archNeutral(/^[A-Za-z]:\\/.test(path) ? path.toLowerCase() : path)
}

/**
 * Native programs only: shared libraries (ELF `.so`, PE DLLs) and loaders are named per architecture by design, and a
 * foreign program is binary-arch-mismatch's to report.
 */
function isProgram(f: FileSummary): boolean {
  // C:\Windows is the base image's Windows, which differs by release (one index holds an image per release).
  if (f.format === 'pe') return !f.ignored && !f.dll && !/^[A-Za-z]:\\windows\\/i.test(f.path)
  // A package's programs (per-platform npm packages: @turbo/linux-64 beside @turbo/linux-arm64) differ by design.
  return f.format === 'elf' && !f.ignored && !f.package && !/\.so(\.\d+)*$|\/ld-[^/]*\.so/.test(f.path)
}

const DRIFT_HINT =
  'Build every platform from the same steps: a step that only runs on some platforms (a download that exists for one ' +
  'architecture, a `case $TARGETARCH` without a branch for each) leaves the others without the program, and building each ' +
  'platform from a different commit or tag ships different versions under one tag.'

/**
 * An executable on some platforms and not others, or the same Go main module at different versions or commits across
 * platforms: one tag that behaves differently depending on the machine. Platforms are compared with those of their own
 * OS only: a Windows image has no /bin/busybox to miss.
 */
export const crossPlatformDrift = crossRule({
  id: 'cross-platform-drift',
  defaultSeverity: 'warning',
  description:
    'An executable exists on some platforms and not on others, or the same Go main module has different versions or vcs.revision across platforms.',
  help: DRIFT_HINT,
  each: drift
})

function drift(platforms: CrossInput['platforms']): Finding[] {
  if (platforms.length < 2) return []
  const out: Finding[] = []
  const byPlatform = platforms.map(p => {
    const arch = parsePlatform(p.platform).architecture
    const present = p.files.filter(isProgram)
    return {
      platform: p.platform,
      // Every program the image has, foreign or not: a foreign one is there (binary-arch-mismatch reports it).
      present: new Set(present.map(f => normalisePath(f.path))),
      // The reference: its native programs (and .NET AnyCPU programs, native everywhere).
      programs: new Map(present.filter(f => f.architecture === arch || f.anyCpu).map(f => [normalisePath(f.path), f]))
    }
  })
  const all = new Map<string, FileSummary>()
  for (const p of byPlatform) for (const [k, f] of p.programs) if (!all.has(k)) all.set(k, f)
  for (const [key, example] of all) {
    const has = byPlatform.filter(p => p.present.has(key)).map(p => p.platform)
    if (has.length === byPlatform.length) {
      const versions = new Map(
        byPlatform.map(p => [p.platform, p.programs.get(key)?.goModule]).filter(([, v]) => v) as Array<[string, string]>
      )
      if (new Set(versions.values()).size > 1) {
        const list = [...versions].map(([plat, v]) => `${v} on ${plat}`).join(', ')
        out.push({
          rule: 'cross-platform-drift',
          severity: 'warning',
          platform: [...versions.keys()].at(-1) as string,
          path: example.path,
          message: `${code(example.path)} is not the same build on every platform: ${list}.`,
          hint: DRIFT_HINT,
          evidence: { versions: list }
        })
      }
      continue
    }
    for (const p of byPlatform) {
      if (p.present.has(key)) continue
      out.push({
        rule: 'cross-platform-drift',
        severity: 'warning',
        platform: p.platform,
        path: example.path,
        message: `${code(example.path)} is in the ${has.join(', ')} image${has.length > 1 ? 's' : ''} but not in this one.`,
        hint: DRIFT_HINT,
        evidence: { presentOn: has.join(' ') }
      })
    }
  }
  return out
}
