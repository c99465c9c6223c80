/**
 * What an ELF file must look like to run on a platform: machine, class and byte order (glibc elf.h; the magic that
 * tonistiigi/binfmt registers agrees). Pure.
 */
import type { Platform } from '../platform.js'
import type { ElfFacts } from './elf.js'

export interface ElfExpectation {
  machine: number
  bits: 32 | 64
  endian: 'little' | 'big'
}

const EXPECT: Record<string, ElfExpectation> = {
  amd64: { machine: 62, bits: 64, endian: 'little' },
  arm64: { machine: 183, bits: 64, endian: 'little' },
  arm: { machine: 40, bits: 32, endian: 'little' },
  '386': { machine: 3, bits: 32, endian: 'little' },
  ppc64le: { machine: 21, bits: 64, endian: 'little' },
  ppc64: { machine: 21, bits: 64, endian: 'big' },
  s390x: { machine: 22, bits: 64, endian: 'big' },
  riscv64: { machine: 243, bits: 64, endian: 'little' },
  mips64le: { machine: 8, bits: 64, endian: 'little' },
  mips64: { machine: 8, bits: 64, endian: 'big' },
  loong64: { machine: 258, bits: 64, endian: 'little' }
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
  return EXPECT[platform.architecture]
}

/** The Go-style architecture name for an ELF file (`amd64`, `arm64`, …), or undefined when it matches none. */
export function elfArchitecture(elf: Pick<ElfFacts, 'machine' | 'bits' | 'endian'>): string | undefined {
  for (const [arch, e] of Object.entries(EXPECT)) {
    if (e.machine === elf.machine && e.bits === elf.bits && e.endian === elf.endian) return arch
  }
  return undefined
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
