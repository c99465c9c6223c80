/**
 * Architectures, in one table: what an ELF file must look like to run on each (machine, class and byte order, as in
 * glibc's elf.h; the magic tonistiigi/binfmt registers agrees), and the names each goes by in file paths, multiarch
 * directories, Node.js and Python platform tags. Keyed by the Go/OCI architecture name. Pure.
 */
import type { Platform } from '../platform.js'
import type { ElfFacts } from './elf.js'

export interface ElfExpectation {
  machine: number
  bits: 32 | 64
  endian: 'little' | 'big'
}

export interface Architecture extends ElfExpectation {
  /** The OCI/Go name (`amd64`). */
  name: string
  /** Every other name it goes by in paths and package names (`x86_64`, `x64`, `aarch64`, `armhf`…). */
  aliases: string[]
  /** Debian/glibc multiarch tuples: library directories and Python's extension tags (`x86_64-linux-gnu`). */
  tuples: string[]
  /** Node.js's `process.arch` (prebuilds/linux-x64, @esbuild/linux-arm64). */
  node?: string
  /** The dynamic loaders (PT_INTERP) of glibc and musl for this architecture, as REFERENCE.md lists them. */
  loaders: string[]
  /** PE machines (IMAGE_FILE_MACHINE_*) of this architecture, and the PE32/PE32+ class the loader wants of them. */
  pe?: { machines: number[]; bits: 32 | 64 }
}

/**
 * One line per architecture (REFERENCE.md's table): name, e_machine, class, byte order, Node.js's name, aliases,
 * multiarch tuples, the glibc and musl loaders, and the PE machines with the PE class Windows wants of them
 * (ARM64X and ARM64EC are Arm code that Windows on Arm runs natively). Lists are comma-separated; `-` is none.
 */
const TABLE = `
amd64    62  64 little x64      x86_64,x86-64,x64  x86_64-linux-gnu,x86_64-linux-musl  /lib64/ld-linux-x86-64.so.2,/lib/ld-musl-x86_64.so.1  0x8664/64
arm64    183 64 little arm64    aarch64,armv8l     aarch64-linux-gnu,aarch64-linux-musl  /lib/ld-linux-aarch64.so.1,/lib/ld-musl-aarch64.so.1  0xaa64,0xa64e,0xa641/64
arm      40  32 little arm      armhf,armel,armv7l,armv6l,armv7,armv6,armv5tel,arm32v7,arm32v6  arm-linux-gnueabihf,arm-linux-gnueabi,arm-linux-musleabihf,arm-linux-musleabi  /lib/ld-linux-armhf.so.3,/lib/ld-linux.so.3,/lib/ld-musl-armhf.so.1,/lib/ld-musl-arm.so.1  0x1c4/32
386      3   32 little ia32     i386,i486,i586,i686,x86,ia32  i386-linux-gnu,i686-linux-gnu,i386-linux-musl  /lib/ld-linux.so.2,/lib/ld-musl-i386.so.1  0x14c/32
ppc64le  21  64 little ppc64    ppc64el,powerpc64le  powerpc64le-linux-gnu,powerpc64le-linux-musl  /lib64/ld64.so.2,/lib/ld-musl-powerpc64le.so.1  -
ppc64    21  64 big    -        powerpc64          powerpc64-linux-gnu  /lib64/ld64.so.1,/lib/ld-musl-powerpc64.so.1  -
s390x    22  64 big    s390x    -                  s390x-linux-gnu,s390x-linux-musl  /lib/ld64.so.1,/lib64/ld64.so.1,/lib/ld-musl-s390x.so.1  -
riscv64  243 64 little riscv64  -                  riscv64-linux-gnu,riscv64-linux-musl  /lib/ld-linux-riscv64-lp64d.so.1,/lib/ld-musl-riscv64.so.1  0x5064/64
mips64le 8   64 little mips64el mips64el           mips64el-linux-gnuabi64,mips64el-linux-musl  /lib64/ld.so.1,/lib/ld-musl-mips64el.so.1  -
mips64   8   64 big    -        -                  mips64-linux-gnuabi64  /lib64/ld.so.1,/lib/ld-musl-mips64.so.1  -
loong64  258 64 little loong64  loongarch64        loongarch64-linux-gnu,loongarch64-linux-musl  /lib64/ld-linux-loongarch-lp64d.so.1,/lib/ld-musl-loongarch64.so.1  0x6264/64
`

const list = (field: string): string[] => (field === '-' ? [] : field.split(','))

export const ARCHITECTURES: Record<string, Architecture> = Object.fromEntries(
  TABLE.trim()
    .split('\n')
    .map(line => {
      const [name = '', machine, bits, endian, node = '-', aliases = '-', tuples = '-', loaders = '-', pe = '-'] =
        line.split(/\s+/)
      const arch: Architecture = {
        name,
        machine: Number(machine),
        bits: Number(bits) as 32 | 64,
        endian: endian as 'little' | 'big',
        aliases: list(aliases),
        tuples: list(tuples),
        loaders: list(loaders),
        ...(node !== '-' ? { node } : {}),
        ...(pe !== '-'
          ? {
              pe: { machines: list(pe.split('/')[0] as string).map(Number), bits: Number(pe.split('/')[1]) as 32 | 64 }
            }
          : {})
      }
      return [name, arch]
    })
)

const MACHINE_NAMES: Record<number, string> = {
  2: 'SPARC',
  3: 'Intel 80386',
  8: 'MIPS',
  20: 'PowerPC',
  21: 'PowerPC64',
  22: 'IBM S/390',
  40: 'ARM',
  50: 'IA-64',
  62: 'x86-64',
  183: 'AArch64',
  243: 'RISC-V',
  258: 'LoongArch'
}

/** The ELF shape a platform's binaries must have, or undefined for an architecture we do not know. */
export function expectedElf(platform: Platform): ElfExpectation | undefined {
  return ARCHITECTURES[platform.architecture]
}

/** The architecture an ELF file is for, or undefined when it matches none. */
export function architectureOf(elf: Pick<ElfFacts, 'machine' | 'bits' | 'endian'>): Architecture | undefined {
  return Object.values(ARCHITECTURES).find(
    a => a.machine === elf.machine && a.bits === elf.bits && a.endian === elf.endian
  )
}

/** The Go-style architecture name for an ELF file (`amd64`, `arm64`, …), or undefined when it matches none. */
export function elfArchitecture(elf: Pick<ElfFacts, 'machine' | 'bits' | 'endian'>): string | undefined {
  return architectureOf(elf)?.name
}

/** A human name for the ELF's machine, as file(1) prints it (`x86-64`, `ARM aarch64`, …). */
export function describeElfMachine(elf: Pick<ElfFacts, 'machine' | 'bits' | 'endian'>): string {
  const name = MACHINE_NAMES[elf.machine] ?? `machine ${elf.machine}`
  if (elf.machine === 21) return elf.endian === 'little' ? 'PowerPC64 (little-endian)' : 'PowerPC64 (big-endian)'
  if (elf.machine === 8 && elf.bits === 64) return elf.endian === 'little' ? 'MIPS64 (little-endian)' : 'MIPS64'
  if (elf.machine === 243) return `RISC-V ${elf.bits}-bit`
  return name
}

/** Whether an ELF file matches the platform's machine, class and byte order. Unknown architectures match. */
export function elfMatchesPlatform(elf: Pick<ElfFacts, 'machine' | 'bits' | 'endian'>, platform: Platform): boolean {
  const e = expectedElf(platform)
  if (!e) return true
  return e.machine === elf.machine && e.bits === elf.bits && e.endian === elf.endian
}

/** Whether two ELF files are for the same machine, class and byte order (what ld.so requires of what it loads). */
export function sameElfShape(a: ElfExpectation, b: ElfExpectation): boolean {
  return a.machine === b.machine && a.bits === b.bits && a.endian === b.endian
}

/** Every name of every architecture, longest first (for matching them in paths). */
export const ARCH_NAMES: string[] = [
  ...new Set(Object.values(ARCHITECTURES).flatMap(a => [a.name, ...a.aliases, ...(a.node ? [a.node] : [])]))
].sort((a, b) => b.length - a.length)

/** The architecture a name in a path stands for (`x64` → amd64, `aarch64` → arm64), if any. */
export function architectureNamed(word: string): Architecture | undefined {
  const w = word.toLowerCase()
  return Object.values(ARCHITECTURES).find(a => a.name === w || a.node === w || a.aliases.includes(w))
}

const PE_MACHINE_NAMES: Record<number, string> = {
  0x14c: 'Intel 80386',
  0x8664: 'x86-64',
  0xaa64: 'ARM64',
  0xa64e: 'ARM64X',
  0xa641: 'ARM64EC',
  0x1c4: 'ARM Thumb-2',
  0x1c0: 'ARM',
  0x1c2: 'ARM Thumb',
  0x200: 'IA-64',
  0x5064: 'RISC-V 64-bit',
  0x6264: 'LoongArch64'
}

/** The Go-style architecture of a PE machine (`amd64` for 0x8664), or undefined when it is none we know. */
export function peArchitecture(machine: number): string | undefined {
  return Object.values(ARCHITECTURES).find(a => a.pe?.machines.includes(machine))?.name
}

/** A human name for a PE machine, as Microsoft names it (`x86-64`, `ARM64`, `Intel 80386`). */
export function describePeMachine(machine: number): string {
  return PE_MACHINE_NAMES[machine] ?? `machine 0x${machine.toString(16)}`
}

/** The architecture of a multiarch tuple (`aarch64-linux-gnu`), by the table above. */
const BY_TUPLE = new Map<string, Architecture>(
  Object.values(ARCHITECTURES).flatMap(a => a.tuples.map(t => [t, a] as [string, Architecture]))
)

export function archOfTuple(tuple: string): Architecture | undefined {
  return BY_TUPLE.get(tuple)
}

/** Every multiarch tuple, with its architecture, longest first. */
const TUPLES: Array<[string, Architecture]> = Object.values(ARCHITECTURES)
  .flatMap(a => a.tuples.map(t => [t, a] as [string, Architecture]))
  .sort((a, b) => b[0].length - a[0].length)

/** An architecture's name or tuple as a whole word of a path (`linux_arm64`, `x86_64-linux-gnu`, `prebuilds/linux-x64`). */
const NAMED = new RegExp(
  `(?<![a-z0-9])(${[...TUPLES.map(t => t[0]), ...ARCH_NAMES].map(n => n.replace(/[-.]/g, '\\$&')).join('|')})(?![a-z0-9])`,
  'gi'
)

/** The architecture a path is named for, when a word of it (or a multiarch tuple in it) names one. */
export function archNamedIn(path: string): Architecture | undefined {
  for (const m of path.matchAll(NAMED)) {
    const word = (m[1] as string).toLowerCase()
    const a = TUPLES.find(t => t[0] === word)?.[1] ?? architectureNamed(word)
    if (a) return a
  }
  return undefined
}

/** A path with every architecture name taken out, so that the builds of each architecture compare equal. */
export function archNeutral(path: string): string {
  return path.replace(NAMED, '{arch}')
}

/** The ARM loaders present, to tell the image's float ABI: armhf (hard) or armel (soft), glibc or musl. */
export const ARM_LOADERS: Record<string, 'hard' | 'soft'> = {
  '/lib/ld-linux-armhf.so.3': 'hard',
  '/lib/ld-musl-armhf.so.1': 'hard',
  '/lib/ld-linux.so.3': 'soft',
  '/lib/ld-musl-arm.so.1': 'soft'
}
