import { elfMatchesPlatform } from '../binary/arch.js'
import { exclusionOf, isLibraryName, roleOf, ROLE_NAME, ROLE_SEVERITY } from '../inspect/role.js'
import { loaderHint } from './fixes.js'
import { code, platformRule, type Draft } from './types.js'

export { loaderHint } from './fixes.js'

/** An ELF's PT_INTERP is not in the image: exec fails with "no such file or directory" although the file is there. */
export const interpreterMissing = platformRule({
  id: 'interpreter-missing',
  defaultSeverity: 'error',
  os: ['linux', 'unix'],
  description: "An ELF's PT_INTERP (its dynamic loader) is not in the image. The hint says glibc or musl.",
  help: 'Match the C library: a glibc program needs a glibc base, a musl program a musl base; or link statically (`CGO_ENABLED=0` for Go, `-static` for C).',
  each(p) {
    const out: Draft[] = []
    for (const f of p.executables) {
      const interp = f.deps?.interpreter
      if (f.binary.format !== 'elf' || !interp || interp.found || exclusionOf(f, f.binary)) continue
      if (isLibraryName(f.path)) continue // a library's PT_INTERP is used only when it is run as a program
      // A foreign program of a package (a JDK copied from another platform): its foreign loader is part of the
      // package's binary-arch-mismatch finding.
      if (f.package && !elfMatchesPlatform(f.binary, p.platform)) continue
      const role = roleOf(p, f.path)
      out.push({
        severity: ROLE_SEVERITY[role],
        path: f.path,
        message: `${ROLE_NAME[role]} ${code(f.path)} needs the loader ${code(interp.path)}, which is not in the image: it fails to start with "no such file or directory", although the file is there.`,
        hint: loaderHint(interp.path),
        evidence: { interpreter: interp.path }
      })
    }
    return out
  }
})
