/**
 * A bounded PE/COFF reader (Microsoft's PE format; Go's debug/pe agrees on the layout): the machine, PE32 or PE32+,
 * DLL or program, the subsystem, the .NET (CLR) header's flags and Go build info. Like the ELF reader it never throws
 * and never reads outside the bytes at hand: what it cannot read is left unknown.
 */
import { bufferSource, type ByteSource } from './bytes.js'
import { readGoBuildInfoAt, type GoBuildInfo } from './gobuildinfo.js'

export const PeMachine = {
  I386: 0x14c,
  AMD64: 0x8664,
  ARM64: 0xaa64,
  ARMNT: 0x1c4,
  ARM64EC: 0xa641,
  ARM64X: 0xa64e
} as const

/** COFF characteristics and subsystems the checks use. */
export const IMAGE_FILE_EXECUTABLE_IMAGE = 0x0002
export const IMAGE_FILE_DLL = 0x2000
export const PeSubsystem = { NATIVE: 1, WINDOWS_GUI: 2, WINDOWS_CUI: 3 } as const

/** CLR header flags (IMAGE_COR20_HEADER.Flags, ECMA-335 II.25.3.3.1). */
const COMIMAGE_FLAGS_ILONLY = 0x1
const COMIMAGE_FLAGS_32BITREQUIRED = 0x2
const COMIMAGE_FLAGS_32BITPREFERRED = 0x20000
const DIRECTORY_COM_DESCRIPTOR = 14

/** The Windows loader refuses files with more sections than this. */
const MAX_SECTIONS = 96
/** Go's DataStart (debug/buildinfo): the first section that is initialised, readable, writable data (32-byte aligned or not). */
const GO_DATA = 0xc0000040
const SCN_ALIGN_32BYTES = 0x00600000

export interface PeSection {
  name: string
  virtualAddress: number
  virtualSize: number
  rawSize: number
  rawOffset: number
  characteristics: number
}

export interface PeFacts {
  format: 'pe'
  /** IMAGE_FILE_MACHINE_* (0x8664 AMD64, 0xAA64 ARM64, 0x14C I386, 0x1C4 ARMNT). */
  machine: number
  /** PE32 (32) or PE32+ (64), from the optional header's magic; undefined when it has none or another. */
  bits?: 32 | 64
  /** COFF characteristics. */
  characteristics: number
  /** A DLL (IMAGE_FILE_DLL): loaded by a program, never started on its own. */
  dll: boolean
  /** IMAGE_SUBSYSTEM_*: 2 GUI and 3 console programs; 1 native (drivers); 10-13 and 16 EFI and boot. */
  subsystem?: number
  /** Managed code: the CLR header's flags, when the file has one and it could be read. */
  clr?: { flags: number; ilOnly: boolean; requires32: boolean; prefers32: boolean }
  /** The file has a CLR header that was not at hand (a sparse read that missed it). */
  clrUnknown?: boolean
  /** Go build info, for programs built by the Go toolchain. */
  go?: GoBuildInfo
}

export type PeError = { format: 'pe-error'; reason: string }

/** Whether the bytes start with the DOS header of a PE file ("MZ" and a pointer to "PE\0\0" within the bytes). */
export function isPe(b: Buffer): boolean {
  if (b.length < 0x40 || b[0] !== 0x4d || b[1] !== 0x5a) return false
  const pe = b.readUInt32LE(0x3c)
  return pe + 4 <= b.length && b.readUInt32BE(pe) === 0x50450000
}

function u16(src: ByteSource, off: number): number | undefined {
  return src.read(off, 2)?.readUInt16LE(0)
}
function u32(src: ByteSource, off: number): number | undefined {
  return src.read(off, 4)?.readUInt32LE(0)
}
function u64(src: ByteSource, off: number): number | undefined {
  const b = src.read(off, 8)
  if (!b) return undefined
  const v = b.readBigUInt64LE(0)
  return v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : undefined
}

function readSections(src: ByteSource, at: number, count: number): PeSection[] | undefined {
  if (count > MAX_SECTIONS) return undefined
  const out: PeSection[] = []
  for (let i = 0; i < count; i++) {
    const b = src.read(at + i * 40, 40)
    if (!b) return undefined
    const nul = b.subarray(0, 8).indexOf(0)
    out.push({
      name: b.toString('latin1', 0, nul === -1 ? 8 : nul),
      virtualSize: b.readUInt32LE(8),
      virtualAddress: b.readUInt32LE(12),
      rawSize: b.readUInt32LE(16),
      rawOffset: b.readUInt32LE(20),
      characteristics: b.readUInt32LE(36)
    })
  }
  return out
}

/** A relative virtual address as a file offset, through the section holding it in the file. */
export function rvaToOffset(sections: PeSection[], rva: number): number | undefined {
  for (const s of sections) {
    const within = rva - s.virtualAddress
    if (within >= 0 && within < Math.max(s.virtualSize, s.rawSize) && within < s.rawSize) return s.rawOffset + within
  }
  return undefined
}

/** Parse what the checks use from a PE file. Never throws; a file cut short gives what could be read. */
export function parsePe(input: Buffer | ByteSource): PeFacts | PeError {
  const src = Buffer.isBuffer(input) ? bufferSource(input) : input
  const dos = src.read(0, 0x40)
  if (!dos || dos[0] !== 0x4d || dos[1] !== 0x5a) return { format: 'pe-error', reason: 'not a PE file' }
  const lfanew = dos.readUInt32LE(0x3c)
  const sig = src.read(lfanew, 4)
  if (!sig) return { format: 'pe-error', reason: 'truncated PE header' }
  if (sig.readUInt32BE(0) !== 0x50450000) return { format: 'pe-error', reason: 'no PE signature (a DOS program)' }
  const coff = src.read(lfanew + 4, 20)
  if (!coff) return { format: 'pe-error', reason: 'truncated COFF header' }
  const characteristics = coff.readUInt16LE(18)
  const facts: PeFacts = {
    format: 'pe',
    machine: coff.readUInt16LE(0),
    characteristics,
    dll: (characteristics & IMAGE_FILE_DLL) !== 0
  }
  const optSize = coff.readUInt16LE(16)
  const opt = lfanew + 24
  const magic = optSize >= 2 ? u16(src, opt) : undefined
  if (magic === 0x10b || magic === 0x20b) facts.bits = magic === 0x20b ? 64 : 32
  const is64 = facts.bits === 64
  if (facts.bits && optSize >= 72) {
    const sub = u16(src, opt + 68)
    if (sub !== undefined) facts.subsystem = sub
  }
  const sections = readSections(src, opt + optSize, coff.readUInt16LE(2))
  if (!facts.bits || !sections) return facts
  const dirsAt = opt + (is64 ? 112 : 96)
  const dirCount = u32(src, opt + (is64 ? 108 : 92)) ?? 0
  const dirEnd = dirsAt + (DIRECTORY_COM_DESCRIPTOR + 1) * 8
  if (dirCount > DIRECTORY_COM_DESCRIPTOR && dirEnd <= opt + optSize) {
    const rva = u32(src, dirsAt + DIRECTORY_COM_DESCRIPTOR * 8)
    const size = u32(src, dirsAt + DIRECTORY_COM_DESCRIPTOR * 8 + 4)
    if (rva && size && size >= 20) {
      const off = rvaToOffset(sections, rva)
      const flags = off === undefined ? undefined : u32(src, off + 16)
      if (flags === undefined) facts.clrUnknown = true
      else {
        facts.clr = {
          flags,
          ilOnly: (flags & COMIMAGE_FLAGS_ILONLY) !== 0,
          requires32: (flags & COMIMAGE_FLAGS_32BITREQUIRED) !== 0,
          prefers32: (flags & COMIMAGE_FLAGS_32BITPREFERRED) !== 0
        }
      }
    }
  }
  const imageBase = is64 ? u64(src, opt + 24) : u32(src, opt + 28)
  const data = sections.find(
    s => s.virtualAddress !== 0 && s.virtualSize !== 0 && (s.characteristics & ~SCN_ALIGN_32BYTES) >>> 0 === GO_DATA
  )
  if (data && imageBase !== undefined) {
    const go = readGoBuildInfoAt(src, data.rawOffset, va => rvaToOffset(sections, va - imageBase))
    if (go) facts.go = go
  }
  return facts
}

/**
 * The byte ranges of a large PE file the reader needs beyond its head: the CLR header and the start of the data
 * section (Go build info). Decided from the head while the file streams by.
 */
export function peCapturePlan(src: ByteSource): Array<{ offset: number; length: number }> {
  const { size } = src
  const lfanew = u32(src, 0x3c)
  if (lfanew === undefined) return []
  const optSize = u16(src, lfanew + 20)
  const nsec = u16(src, lfanew + 6)
  const opt = lfanew + 24
  const magic = u16(src, opt)
  if (optSize === undefined || nsec === undefined || (magic !== 0x10b && magic !== 0x20b)) return []
  const sections = readSections(src, opt + optSize, nsec)
  if (!sections) return []
  const wants: Array<{ offset: number; length: number }> = []
  const is64 = magic === 0x20b
  const clrRva = u32(src, opt + (is64 ? 112 : 96) + DIRECTORY_COM_DESCRIPTOR * 8)
  const clrAt = clrRva ? rvaToOffset(sections, clrRva) : undefined
  if (clrAt !== undefined) wants.push({ offset: clrAt, length: 72 })
  const data = sections.find(
    s => s.virtualAddress !== 0 && s.virtualSize !== 0 && (s.characteristics & ~SCN_ALIGN_32BYTES) >>> 0 === GO_DATA
  )
  if (data) wants.push({ offset: data.rawOffset, length: Math.min(data.rawSize, 64 * 1024) })
  return wants.filter(w => Number.isSafeInteger(w.offset) && w.offset < size && w.length > 0)
}

/**
 * The code a PE program holds: its machine's, except .NET IL-only code, which the runtime compiles for the machine it
 * runs on. AnyCPU code (no 32-bit requirement, or only a preference) runs on any architecture; 32-bit-required code
 * runs as x86.
 */
export function peCode(pe: PeFacts): { anyCpu: true } | { anyCpu: false; machine: number } {
  if (pe.clr?.ilOnly && pe.machine === PeMachine.I386) {
    if (!pe.clr.requires32 || pe.clr.prefers32) return { anyCpu: true }
    return { anyCpu: false, machine: PeMachine.I386 }
  }
  return { anyCpu: false, machine: pe.machine }
}

/** A program Windows starts on its own: not a DLL, a driver or a boot application (GUI, console and others). */
export function isPeProgram(pe: PeFacts): boolean {
  if (pe.dll || (pe.characteristics & IMAGE_FILE_EXECUTABLE_IMAGE) === 0 || pe.subsystem === undefined) return false
  return pe.subsystem !== PeSubsystem.NATIVE && pe.subsystem < 10
}
