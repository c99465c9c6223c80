/**
 * Whether the loader takes a file it finds on its search path, as glibc's open_verify and elf_machine_matches_host
 * decide (elf/dl-load.c): another ELF class, byte order or machine is passed over and the search goes on; a file that
 * is not ELF, of a foreign OS ABI, of the other ARM float ABI or not loadable stops the program. musl
 * takes the first file it can open and checks only its type. Pure.
 */
import { describeElfMachine } from '../../binary/arch.js'
import type { BinaryFacts } from '../../binary/identify.js'
import type { ElfFacts } from '../../binary/elf.js'

export type Verdict =
  { take: true } | { take: false; skip: string; otherClass?: 32 | 64 } | { take: false; fatal: string }

const ELFOSABI_SYSV = 0
const ELFOSABI_GNU = 3
const ELFOSABI_ARM_AEABI = 64
const ET_EXEC = 2
const ET_DYN = 3
const EF_ARM_ABI_FLOAT_SOFT = 0x200
const EF_ARM_ABI_FLOAT_HARD = 0x400

export function describe(elf: Pick<ElfFacts, 'machine' | 'bits' | 'endian'>): string {
  return `${describeElfMachine(elf)} (${elf.bits}-bit, ${elf.endian === 'little' ? 'LSB' : 'MSB'})`
}

/** The float ABI an ARM EABI5 object declares in e_flags, if it declares one. */
function armFloat(elf: ElfFacts): 'hard' | 'soft' | undefined {
  if (elf.machine !== 40 || elf.flags >>> 24 !== 5) return undefined
  return elf.flags & EF_ARM_ABI_FLOAT_HARD ? 'hard' : elf.flags & EF_ARM_ABI_FLOAT_SOFT ? 'soft' : undefined
}

/** glibc: may `main` (the program, which fixes the process's ABI) load `file`? */
export function glibcTakes(file: BinaryFacts | undefined, main: ElfFacts): Verdict {
  if (!file || file.format !== 'elf') {
    return { take: false, fatal: file?.format === 'elf-error' ? file.reason : 'invalid ELF header' }
  }
  if (file.bits !== main.bits) return { take: false, skip: describe(file), otherClass: file.bits }
  // glibc's source names the other byte order a fatal error, but the real 2.36 loader passes such a file over and
  // searches on (s390x libraries before arm64 ones on LD_LIBRARY_PATH: test-env/loader, foreign-byteorder-first).
  if (file.endian !== main.endian) return { take: false, skip: describe(file) }
  const osabiOk =
    file.osabi === ELFOSABI_SYSV ||
    file.osabi === ELFOSABI_GNU ||
    (main.machine === 40 && file.osabi === ELFOSABI_ARM_AEABI)
  if (!osabiOk) return { take: false, fatal: 'ELF file OS ABI invalid' }
  if (file.machine !== main.machine) return { take: false, skip: describe(file) }
  const float = armFloat(file)
  const own = armFloat(main)
  if (float && own && float !== own) return { take: false, fatal: 'internal error' }
  if (file.type !== ET_DYN && file.type !== ET_EXEC)
    return { take: false, fatal: 'only ET_DYN and ET_EXEC can be loaded' }
  return { take: true }
}

/** musl: it opens the first file of the name and checks only that it is loadable (ldso/dynlink.c map_library). */
export function muslTakes(file: BinaryFacts | undefined, main: ElfFacts): Verdict {
  if (!file || file.format !== 'elf') return { take: false, fatal: 'Exec format error' }
  if (file.type !== ET_DYN && file.type !== ET_EXEC) return { take: false, fatal: 'Exec format error' }
  if (file.bits !== main.bits || file.endian !== main.endian || file.machine !== main.machine) {
    return { take: false, fatal: `it is ${describe(file)}` }
  }
  return { take: true }
}
