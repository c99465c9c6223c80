import { describeElfMachine, elfArchitecture, elfMatchesPlatform, expectedElf } from '../binary/arch.js'
import type { ElfFacts } from '../binary/elf.js'
import { exclusionOf, isLibraryName, roleOf, ROLE_NAME, ROLE_SEVERITY, type Role } from '../inspect/role.js'
import { formatPlatform } from '../platform.js'
import { article } from '../text.js'
import { ARCH_HINT } from './fixes.js'
import { code, platformRule, type Draft } from './types.js'

export { ARCH_HINT } from './fixes.js'

function describe(elf: ElfFacts): string {
  return `${describeElfMachine(elf)} (${elf.bits}-bit, ${elf.endian === 'little' ? 'LSB' : 'MSB'})`
}

/** An executable ELF's machine, class or byte order is not the platform's. */
export const binaryArchMismatch = platformRule({
  id: 'binary-arch-mismatch',
  defaultSeverity: 'error',
  description:
    "A program's ELF machine, class or byte order is not the platform's: error for the entrypoint and PATH directories, warning elsewhere (libraries and native modules are judged by what loads them).",
  help: ARCH_HINT,
  each(p) {
    const out: Draft[] = []
    const ep = p.entrypoint?.resolved ? p.entrypoint : undefined
    const judge = (path: string, elf: ElfFacts, role: Role): void => {
      const plat = formatPlatform(p.platform)
      const found = elfArchitecture(elf)
      const expected = expectedElf(p.platform)
      out.push({
        severity: ROLE_SEVERITY[role],
        path,
        message:
          `${ROLE_NAME[role]} ${code(path)} is ${article(describe(elf))} ELF, but this image is ${plat}. On ${article(p.platform.architecture)} host it fails ` +
          'with `exec format error`. It may still run on a machine with QEMU binfmt handlers installed, as on many CI ' +
          'runners, which is how this slips through.',
        evidence: {
          elfMachine: elf.machine,
          elfClass: elf.bits,
          elfData: elf.endian,
          ...(found ? { elfArchitecture: found } : {}),
          ...(expected ? { expectedMachine: expected.machine } : {})
        }
      })
    }
    if (ep && ep.binary.format === 'elf' && !elfMatchesPlatform(ep.binary, p.platform)) {
      judge(ep.resolvedPath, ep.binary, 'entrypoint')
    }
    for (const f of p.executables) {
      if (f.binary.format !== 'elf' || f.path === ep?.resolvedPath) continue
      if (elfMatchesPlatform(f.binary, p.platform) || exclusionOf(f, f.binary)) continue
      // Libraries and native modules are loaded, not run: what loads them says what fails (library-missing,
      // native-module-mismatch).
      if (f.module || isLibraryName(f.path)) continue
      judge(f.path, f.binary, roleOf(p, f.path))
    }
    return out
  }
})
