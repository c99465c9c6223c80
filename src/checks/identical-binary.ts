import { parsePlatform } from '../platform.js'
import { code, crossRule, type CrossInput, type FileSummary, type Finding } from './types.js'

const HELP =
  'Build each platform separately (`docker buildx build --platform a,b` with `TARGETARCH` in the build), instead of copying one build output into every platform or retagging an image.'

/**
 * The byte-identical executable ships under platforms of different architectures: one image was relabelled, or one
 * build output was copied into every platform. Reported on the platform the binary cannot run on. ELF programs and
 * Windows (PE) programs, each among the platforms of its own OS; a PE program only when one of the platforms is its
 * own architecture (an x86 helper shipped in every Windows image runs on each through WoW64), and never .NET AnyCPU
 * code, which is the same on every architecture by design.
 */
export const identicalBinary = crossRule({
  id: 'identical-binary',
  defaultSeverity: 'error',
  description:
    'The byte-identical executable ships under two platforms of different architectures (one image relabelled).',
  help: HELP,
  each: identical
})

function identical(platforms: CrossInput['platforms']): Finding[] {
  const bySha = new Map<string, Array<{ platform: string; arch: string; file: FileSummary }>>()
  for (const p of platforms) {
    const arch = parsePlatform(p.platform).architecture
    for (const file of p.files) {
      // A package's files are its package manager's (a JDK or node_modules copied across is said as the package's).
      if ((file.format !== 'elf' && file.format !== 'pe') || !file.sha256 || file.ignored || file.package) continue
      const list = bySha.get(file.sha256) ?? []
      list.push({ platform: p.platform, arch, file })
      bySha.set(file.sha256, list)
    }
  }
  const out: Finding[] = []
  for (const [sha, copies] of bySha) {
    if (new Set(copies.map(c => c.arch)).size < 2) continue
    for (const c of copies) {
      if (!c.file.architecture || c.file.architecture === c.arch) continue
      const own = copies.find(o => o.arch === c.file.architecture)
      const home = c.file.format === 'pe' ? own : (own ?? copies.find(o => o !== c))
      if (!home) continue
      out.push({
        rule: 'identical-binary',
        severity: 'error',
        platform: c.platform,
        path: c.file.path,
        message:
          `${code(c.file.path)} is byte-identical to ${code(home.file.path)} of ${home.platform} ` +
          `(sha256 ${sha.slice(0, 12)}…): the same ${c.file.machine ?? c.file.architecture} build ships in the ` +
          `${c.platform} image, which looks like another platform's image relabelled.`,
        hint: HELP,
        evidence: { sha256: sha, samePlatform: home.platform, samePath: home.file.path }
      })
    }
  }
  return out
}
