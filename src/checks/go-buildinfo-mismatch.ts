import { ARCHITECTURES } from '../binary/arch.js'
import type { GoBuildInfo } from '../binary/gobuildinfo.js'
import { exclusionOf, peExclusionOf } from '../inspect/role.js'
import { osFamily } from '../inspect/os.js'
import { windowsRuns } from '../inspect/windows.js'
import { formatPlatform, normalizePlatform } from '../platform.js'
import { ARCH_HINT, WINDOWS_ARCH_HINT } from './fixes.js'
import { code, platformRule, type Draft } from './types.js'

/** The Go toolchain recorded GOOS/GOARCH for another platform than the image's. */
export const goBuildinfoMismatch = platformRule({
  id: 'go-buildinfo-mismatch',
  defaultSeverity: 'error',
  os: ['linux', 'unix', 'windows'],
  description: "A Go binary's recorded GOOS/GOARCH (its build info) is not the platform's.",
  help: ARCH_HINT,
  each(p) {
    const out: Draft[] = []
    const windows = osFamily(p.platform) === 'windows'
    for (const f of p.executables) {
      const b = f.binary
      let go: GoBuildInfo | undefined
      // ELF programs on ELF systems, PE programs on Windows: the others are not programs there.
      // A package's own program (esbuild's, turbo's) is the package manager's to fix, not a Go build of the user's.
      if (f.package && f.path !== (p.entrypoint?.resolved ? p.entrypoint.resolvedPath : undefined)) continue
      if (!windows && b.format === 'elf' && !exclusionOf(f, b)) go = b.go
      if (windows && b.format === 'pe' && !peExclusionOf(f, b)) go = b.go
      if (!go) continue
      const { GOOS: goos, GOARCH: goarch } = go.settings
      if (!goos || !goarch) continue // Go before 1.18 did not record them
      const built = normalizePlatform({ os: goos, architecture: goarch })
      const arch = p.platform.architecture
      const runs = windows
        ? ARCHITECTURES[arch]?.pe === undefined ||
          windowsRuns(built.architecture, arch, p.windows?.wow64 ?? false) !== 'no'
        : built.architecture === arch
      if (built.os === p.platform.os && runs) continue
      out.push({
        path: f.path,
        message: `${code(f.path)} was built by ${go.goVersion} with GOOS=${goos} GOARCH=${goarch}, but this image is ${formatPlatform(p.platform)}.`,
        ...(windows ? { hint: WINDOWS_ARCH_HINT } : {}),
        evidence: { goos, goarch, goVersion: go.goVersion }
      })
    }
    return out
  }
})
