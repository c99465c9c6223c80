/**
 * Architectures, in one table: what an ELF file must look like to run on each (machine, class and byte order, as in
 * glibc's elf.h; the magic tonistiigi/binfmt registers agrees), the PE machines Windows runs natively on each, and the
 * names each goes by in file paths, multiarch directories, Node.js and Python platform tags. Keyed by the Go/OCI
 * architecture name. Pure.
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

export const ARCHITECTURES: Record<string, Architecture> = {
  amd64: {
    name: 'amd64',
    machine: 62,
    bits: 64,
    endian: 'little',
    aliases: ['x86_64', 'x86-64', 'x64'],
    tuples: ['x86_64-linux-gnu', 'x86_64-linux-musl'],
    node: 'x64',
    loaders: ['/lib64/ld-linux-x86-64.so.2', '/lib/ld-musl-x86_64.so.1'],
    pe: { machines: [0x8664], bits: 64 }
  },
  arm64: {
    name: 'arm64',
    machine: 183,
    bits: 64,
    endian: 'little',
    aliases: ['aarch64', 'armv8l'],
    tuples: ['aarch64-linux-gnu', 'aarch64-linux-musl'],
    node: 'arm64',
    loaders: ['/lib/ld-linux-aarch64.so.1', '/lib/ld-musl-aarch64.so.1'],
    // ARM64X and ARM64EC are Arm code that Windows on Arm runs natively.
    pe: { machines: [0xaa64, 0xa64e, 0xa641], bits: 64 }
  },
  arm: {
    name: 'arm',
    machine: 40,
    bits: 32,
    endian: 'little',
    aliases: ['armhf', 'armel', 'armv7l', 'armv6l', 'armv7', 'armv6', 'armv5tel', 'arm32v7', 'arm32v6'],
    tuples: ['arm-linux-gnueabihf', 'arm-linux-gnueabi', 'arm-linux-musleabihf', 'arm-linux-musleabi'],
    node: 'arm',
    loaders: ['/lib/ld-linux-armhf.so.3', '/lib/ld-linux.so.3', '/lib/ld-musl-armhf.so.1', '/lib/ld-musl-arm.so.1'],
    pe: { machines: [0x1c4], bits: 32 }
  },
  '386': {
    name: '386',
    machine: 3,
    bits: 32,
    endian: 'little',
    aliases: ['i386', 'i486', 'i586', 'i686', 'x86', 'ia32'],
    tuples: ['i386-linux-gnu', 'i686-linux-gnu', 'i386-linux-musl'],
    node: 'ia32',
    loaders: ['/lib/ld-linux.so.2', '/lib/ld-musl-i386.so.1'],
    pe: { machines: [0x14c], bits: 32 }
  },
  ppc64le: {
    name: 'ppc64le',
    machine: 21,
    bits: 64,
    endian: 'little',
    aliases: ['ppc64el', 'powerpc64le'],
    tuples: ['powerpc64le-linux-gnu', 'powerpc64le-linux-musl'],
    node: 'ppc64',
    loaders: ['/lib64/ld64.so.2', '/lib/ld-musl-powerpc64le.so.1']
  },
  ppc64: {
    name: 'ppc64',
    machine: 21,
    bits: 64,
    endian: 'big',
    aliases: ['powerpc64'],
    tuples: ['powerpc64-linux-gnu'],
    loaders: ['/lib64/ld64.so.1', '/lib/ld-musl-powerpc64.so.1']
  },
  s390x: {
    name: 's390x',
    machine: 22,
    bits: 64,
    endian: 'big',
    aliases: [],
    tuples: ['s390x-linux-gnu', 's390x-linux-musl'],
    node: 's390x',
    loaders: ['/lib/ld64.so.1', '/lib64/ld64.so.1', '/lib/ld-musl-s390x.so.1']
  },
  riscv64: {
    name: 'riscv64',
    machine: 243,
    bits: 64,
    endian: 'little',
    aliases: [],
    tuples: ['riscv64-linux-gnu', 'riscv64-linux-musl'],
    node: 'riscv64',
    loaders: ['/lib/ld-linux-riscv64-lp64d.so.1', '/lib/ld-musl-riscv64.so.1'],
    pe: { machines: [0x5064], bits: 64 }
  },
  mips64le: {
    name: 'mips64le',
    machine: 8,
    bits: 64,
    endian: 'little',
    aliases: ['mips64el'],
    tuples: ['mips64el-linux-gnuabi64', 'mips64el-linux-musl'],
    node: 'mips64el',
    loaders: ['/lib64/ld.so.1', '/lib/ld-musl-mips64el.so.1']
  },
  mips64: {
    name: 'mips64',
    machine: 8,
    bits: 64,
    endian: 'big',
    aliases: [],
    tuples: ['mips64-linux-gnuabi64'],
    loaders: ['/lib64/ld.so.1', '/lib/ld-musl-mips64.so.1']
  },
  loong64: {
    name: 'loong64',
    machine: 258,
    bits: 64,
    endian: 'little',
    aliases: ['loongarch64'],
    tuples: ['loongarch64-linux-gnu', 'loongarch64-linux-musl'],
    node: 'loong64',
    loaders: ['/lib64/ld-linux-loongarch-lp64d.so.1', '/lib/ld-musl-loongarch64.so.1'],
    pe: { machines: [0x6264], bits: 64 }
  }
}

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
