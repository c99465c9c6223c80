/**
 * Bounded reads of ELF structures: typed integers in the file's byte order, NUL-terminated strings, program and
 * section headers, and virtual addresses mapped to file offsets. Every read may come back undefined; nothing here
 * throws or reads past the bytes at hand. Shared by the ELF and Go build info readers.
 */
import { readUpTo, type ByteSource } from './bytes.js'

export const PT_LOAD = 1
export const PT_DYNAMIC = 2
export const PF_X = 1
export const PF_W = 2
const MAX_STRING = 4096
const MAX_SECTIONS = 65535
const MAX_PHDRS = 4096

export interface Phdr {
  type: number
  flags: number
  offset: number
  vaddr: number
  filesz: number
}

export interface Section {
  name: string
  type: number
  offset: number
  size: number
  addr: number
}

/** Whether the bytes start with the ELF magic. */
export function isElf(buf: Uint8Array): boolean {
  return buf.length >= 4 && buf[0] === 0x7f && buf[1] === 0x45 && buf[2] === 0x4c && buf[3] === 0x46
}

/** Typed reads over a ByteSource; every read is bounds-checked and may come back undefined. */
export class ElfReader {
  constructor(
    readonly src: ByteSource,
    readonly le: boolean,
    readonly is64: boolean
  ) {}
  get wordSize(): number {
    return this.is64 ? 8 : 4
  }
  u16(off: number): number | undefined {
    const b = this.src.read(off, 2)
    return b && (this.le ? b.readUInt16LE(0) : b.readUInt16BE(0))
  }
  u32(off: number): number | undefined {
    const b = this.src.read(off, 4)
    return b && (this.le ? b.readUInt32LE(0) : b.readUInt32BE(0))
  }
  /** A target-word value; 64-bit values past 2^53 come back as NaN so that every bounds check fails. */
  word(off: number, size = this.wordSize): number | undefined {
    if (size === 4) return this.u32(off)
    const b = this.src.read(off, 8)
    if (!b) return undefined
    const v = this.le ? b.readBigUInt64LE(0) : b.readBigUInt64BE(0)
    return v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : NaN
  }
  /** A NUL-terminated string, from as many of its bytes as are at hand (a sparse file may end a range early). */
  cstring(off: number, max = MAX_STRING): string | undefined {
    const b = readUpTo(this.src, off, max)
    if (!b) return undefined
    const nul = b.indexOf(0)
    return nul === -1 ? undefined : b.toString('latin1', 0, nul)
  }
}

/** The program headers, or undefined when the table is not at hand or not sane. */
export function readPhdrs(r: ElfReader, phoff: number, phentsize: number, phnum: number): Phdr[] | undefined {
  const need = r.is64 ? 56 : 32
  if (phnum > MAX_PHDRS || phentsize < need) return undefined
  const out: Phdr[] = []
  for (let i = 0; i < phnum; i++) {
    const o = phoff + i * phentsize
    const p = r.is64
      ? { type: r.u32(o), flags: r.u32(o + 4), offset: r.word(o + 8), vaddr: r.word(o + 16), filesz: r.word(o + 32) }
      : { type: r.u32(o), offset: r.u32(o + 4), vaddr: r.u32(o + 8), filesz: r.u32(o + 16), flags: r.u32(o + 24) }
    if (
      p.type === undefined ||
      p.flags === undefined ||
      p.offset === undefined ||
      p.vaddr === undefined ||
      p.filesz === undefined
    ) {
      return undefined
    }
    out.push(p as Phdr)
  }
  return out
}

/** Map a virtual address to a file offset through the PT_LOAD segments. */
export function vaddrToOffset(phdrs: Phdr[], vaddr: number): number | undefined {
  for (const p of phdrs) {
    if (p.type === PT_LOAD && vaddr >= p.vaddr && vaddr < p.vaddr + p.filesz) return p.offset + (vaddr - p.vaddr)
  }
  return undefined
}

/** Section headers with their names, or undefined when the table or its names are not at hand. */
export function readSections(r: ElfReader): Section[] | undefined {
  const shoff = r.is64 ? r.word(40) : r.u32(32)
  const shentsize = r.u16(r.is64 ? 58 : 46)
  const shnum = r.u16(r.is64 ? 60 : 48)
  const shstrndx = r.u16(r.is64 ? 62 : 50)
  if (shoff === undefined || !shentsize || !shnum || shstrndx === undefined || shnum > MAX_SECTIONS) return undefined
  if (shentsize < (r.is64 ? 64 : 40)) return undefined
  const raw: Array<Omit<Section, 'name'> & { nameOff: number }> = []
  for (let i = 0; i < shnum; i++) {
    const o = shoff + i * shentsize
    const s = r.is64
      ? { nameOff: r.u32(o), type: r.u32(o + 4), addr: r.word(o + 16), offset: r.word(o + 24), size: r.word(o + 32) }
      : { nameOff: r.u32(o), type: r.u32(o + 4), addr: r.u32(o + 12), offset: r.u32(o + 16), size: r.u32(o + 20) }
    if (Object.values(s).some(v => v === undefined)) return undefined
    raw.push(s as Omit<Section, 'name'> & { nameOff: number })
  }
  const strtab = raw[shstrndx]
  return raw.map(s => ({
    name: (strtab && r.cstring(strtab.offset + s.nameOff, 256)) ?? '',
    type: s.type,
    offset: s.offset,
    size: s.size,
    addr: s.addr
  }))
}
