import { exclusionOf } from '../inspect/role.js'
import { code, platformRule, type Draft } from './types.js'

/** A DT_NEEDED library is not on the loader's search path in the image: exec fails with "cannot open shared object". */
export const libraryMissing = platformRule({
  id: 'library-missing',
  defaultSeverity: 'error',
  description:
    "A DT_NEEDED library is not found on the loader's search path in the image (RPATH/RUNPATH with $ORIGIN, ld.so.conf, multiarch and default directories, ld-musl-*.path).",
  help: 'Install the library in the final stage (the package that ships it), copy it from the build stage next to where the loader looks, or link statically.',
  each(p) {
    const out: Draft[] = []
    for (const f of p.executables) {
      const missing = f.deps?.missingLibraries
      if (f.binary.format !== 'elf' || !missing?.length || exclusionOf(f, f.binary)) continue
      const entry = p.entrypoint?.resolved && p.entrypoint.resolvedPath === f.path
      out.push({
        severity: entry ? 'error' : 'warning',
        path: f.path,
        message: `${entry ? 'The entrypoint' : 'The program'} ${code(f.path)} needs ${missing.map(code).join(', ')}, which the loader cannot find in the image: it fails with "error while loading shared libraries".`,
        evidence: { missing: missing.join(' ') }
      })
    }
    return out
  }
})
