import type { ElfFacts } from '../binary/elf.js'
import { normalizePlatform, formatPlatform } from '../platform.js'
import { ARCH_HINT } from './binary-arch-mismatch.js'
import { exclusionOf } from './scope.js'
import { code, type Finding, type PlatformRule } from './types.js'

/** The Go toolchain recorded GOOS/GOARCH for another platform than the image's. */
export const goBuildinfoMismatch: PlatformRule = {
  id: 'go-buildinfo-mismatch',
  scope: 'platform',
  defaultSeverity: 'error',
  description: "A Go binary's recorded GOOS/GOARCH (its build info) is not the platform's.",
  help: ARCH_HINT,
  check({ platforms }) {
    const out: Finding[] = []
    for (const p of platforms) {
      if (p.status !== 'inspected') continue
      for (const f of p.executables) {
        const b = f.binary
        if (b.format !== 'elf' || !b.go || exclusionOf(f, b as ElfFacts)) continue
        const { GOOS: goos, GOARCH: goarch } = b.go.settings
        if (!goos || !goarch) continue // Go before 1.18 did not record them
        const built = normalizePlatform({ os: goos, architecture: goarch })
        if (built.os === p.platform.os && built.architecture === p.platform.architecture) continue
        out.push({
          rule: 'go-buildinfo-mismatch',
          severity: 'error',
          platform: formatPlatform(p.platform),
          path: f.path,
          message: `${code(f.path)} was built by ${b.go.goVersion} with GOOS=${goos} GOARCH=${goarch}, but this image is ${formatPlatform(p.platform)}.`,
          hint: ARCH_HINT,
          evidence: { goos, goarch, goVersion: b.go.goVersion }
        })
      }
    }
    return out
  }
}
