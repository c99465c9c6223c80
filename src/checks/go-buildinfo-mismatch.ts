import { exclusionOf } from '../inspect/role.js'
import { formatPlatform, normalizePlatform } from '../platform.js'
import { ARCH_HINT } from './fixes.js'
import { code, platformRule, type Draft } from './types.js'

/** The Go toolchain recorded GOOS/GOARCH for another platform than the image's. */
export const goBuildinfoMismatch = platformRule({
  id: 'go-buildinfo-mismatch',
  defaultSeverity: 'error',
  description: "A Go binary's recorded GOOS/GOARCH (its build info) is not the platform's.",
  help: ARCH_HINT,
  each(p) {
    const out: Draft[] = []
    for (const f of p.executables) {
      const b = f.binary
      if (b.format !== 'elf' || !b.go || exclusionOf(f, b)) continue
      const { GOOS: goos, GOARCH: goarch } = b.go.settings
      if (!goos || !goarch) continue // Go before 1.18 did not record them
      const built = normalizePlatform({ os: goos, architecture: goarch })
      if (built.os === p.platform.os && built.architecture === p.platform.architecture) continue
      out.push({
        path: f.path,
        message: `${code(f.path)} was built by ${b.go.goVersion} with GOOS=${goos} GOARCH=${goarch}, but this image is ${formatPlatform(p.platform)}.`,
        evidence: { goos, goarch, goVersion: b.go.goVersion }
      })
    }
    return out
  }
})
