/**
 * A bounded ELF reader: bytes in, typed facts out. It never throws on bad input and never reads outside the bytes at
 * hand: what it cannot read is left unknown, not guessed. Tables pointing outside the file, absurd counts and
 * unterminated strings are facts about a broken file, not crashes.
 */
import { bufferSource, type ByteSource } from './bytes.js'
import { readArmAttributes, type ArmAttributes } from './arm.js'
import { readGoBuildInfo, type GoBuildInfo } from './gobuildinfo.js'

export const ElfClass = { ELF32: 1, ELF64: 2 } as const
export const ElfData = { LSB: 1, MSB: 2 } as const
export const ElfType = { REL: 1, EXEC: 2, DYN: 3, CORE: 4 } as const

export const PT_LOAD = 1
const PT_DYNAMIC = 2
const PT_INTERP = 3
export const PF_X = 1
export const PF_W = 2
const DT_NEEDED = 1
const DT_STRTAB = 5
const DT_RPATH = 15
const DT_RUNPATH = 29
const DT_FLAGS_1 = 0x6ffffffb
const DF_1_PIE = 0x08000000
const SHT_ARM_ATTRIBUTES = 0x70000003
const EM_ARM = 40
/** Caps against hostile headers: real binaries have dozens of program headers and sections, not thousands. */
const MAX_PHDRS = 4096
const MAX_SECTIONS = 65535
const MAX_DYN_ENTRIES = 65536
const MAX_STRING = 4096

export type Linkage = 'static' | 'static-pie' | 'dynamic'

export interface ElfFacts {
  format: 'elf'
  bits: 32 | 64
  endian: 'little' | 'big'
  osabi: number
  type: number
  machine: number
  flags: number
  /** PT_INTERP, the dynamic loader path, if present and readable. */
  interpreter?: string
  /** True when PT_INTERP exists but its string is not terminated within the segment. */
  interpreterBroken?: boolean
  /** Whether the program headers could be read. */
  programHeadersRead: boolean
  hasDynamic: boolean
  /** DT_NEEDED, DT_RUNPATH and DT_RPATH, when the dynamic section and its string table could be read. */
  needed?: string[]
  runpath?: string[]
  rpath?: string[]
  pie?: boolean
  linkage?: Linkage
  /** ARM only: the EABI version (e_flags >> 24) and the float ABI the flags declare. */
  armEabi?: number
  armFloat?: 'hard' | 'soft'
  /** ARM only: .ARM.attributes, when the section could be read. */
  arm?: ArmAttributes
  /** The first entry of .comment (`GCC: (Debian 12.2.0) …`, `rustc version 1.80.0`). */
  compiler?: string
  /** Go build info, for binaries built by the Go toolchain. */
  go?: GoBuildInfo
}

export type ElfError = { format: 'elf-error'; reason: string }

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
  cstring(off: number, max = MAX_STRING): string | undefined {
    const b = this.src.read(off, Math.max(0, Math.min(max, this.src.size - off)))
    if (!b) return undefined
    const nul = b.indexOf(0)
    return nul === -1 ? undefined : b.toString('latin1', 0, nul)
  }
}

function readPhdrs(r: ElfReader, phoff: number, phentsize: number, phnum: number): Phdr[] | undefined {
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

function readDynamic(r: ElfReader, phdrs: Phdr[], dyn: Phdr, facts: ElfFacts): void {
  const ent = r.wordSize * 2
  const entries: Array<[number, number]> = []
  for (let i = 0; i < Math.min(Math.floor(dyn.filesz / ent), MAX_DYN_ENTRIES); i++) {
    const tag = r.word(dyn.offset + i * ent)
    const val = r.word(dyn.offset + i * ent + r.wordSize)
    if (tag === undefined || val === undefined) return
    if (tag === 0) break
    entries.push([tag, val])
  }
  let flags1 = 0
  let strtab: number | undefined
  for (const [tag, val] of entries) {
    if (tag === DT_STRTAB) strtab = vaddrToOffset(phdrs, val)
    if (tag === DT_FLAGS_1) flags1 = val
  }
  facts.pie = (flags1 & DF_1_PIE) !== 0
  if (strtab === undefined) return
  const lists: Record<number, string[]> = { [DT_NEEDED]: [], [DT_RUNPATH]: [], [DT_RPATH]: [] }
  for (const [tag, val] of entries) {
    const list = lists[tag]
    if (!list) continue
    const s = r.cstring(strtab + val)
    if (s === undefined) return // the string table is not at hand: leave these facts unknown
    list.push(s)
  }
  facts.needed = lists[DT_NEEDED]
  facts.runpath = (lists[DT_RUNPATH] ?? []).flatMap(s => s.split(':')).filter(Boolean)
  facts.rpath = (lists[DT_RPATH] ?? []).flatMap(s => s.split(':')).filter(Boolean)
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

function readComment(r: ElfReader, sections: Section[] | undefined): string | undefined {
  const c = sections?.find(s => s.name === '.comment')
  return c ? r.cstring(c.offset, Math.min(c.size, 256))?.trim() || undefined : undefined
}

/** Static, static-pie or dynamic, decided as file(1) does (readelf.c). Undefined when the facts are not at hand. */
function linkageOf(f: ElfFacts): Linkage | undefined {
  if (!f.hasDynamic) return 'static'
  if (f.interpreter !== undefined || f.interpreterBroken) return 'dynamic'
  if (f.needed === undefined) return undefined
  return f.pie && f.needed.length === 0 ? 'static-pie' : 'dynamic'
}

/** Parse everything the checks use from an ELF file: headers, loader, libraries, ARM attributes, Go build info. */
export function parseElf(input: Buffer | ByteSource): ElfFacts | ElfError {
  const src = Buffer.isBuffer(input) ? bufferSource(input) : input
  const ident = src.read(0, 16) ?? src.read(0, Math.min(src.size, 4))
  if (!ident || !isElf(ident)) return { format: 'elf-error', reason: 'not an ELF file' }
  const cls = ident[4]
  const data = ident[5]
  if (ident.length < 16 || !src.read(0, 52)) return { format: 'elf-error', reason: 'truncated ELF header' }
  if (cls !== ElfClass.ELF32 && cls !== ElfClass.ELF64) return { format: 'elf-error', reason: `bad ELF class ${cls}` }
  if (data !== ElfData.LSB && data !== ElfData.MSB) return { format: 'elf-error', reason: `bad ELF data ${data}` }
  const is64 = cls === ElfClass.ELF64
  if (is64 && !src.read(0, 64)) return { format: 'elf-error', reason: 'truncated ELF header' }
  const r = new ElfReader(src, data === ElfData.LSB, is64)
  const facts: ElfFacts = {
    format: 'elf',
    bits: is64 ? 64 : 32,
    endian: data === ElfData.LSB ? 'little' : 'big',
    osabi: ident[7] ?? 0,
    type: r.u16(16) as number,
    machine: r.u16(18) as number,
    flags: r.u32(is64 ? 48 : 36) as number,
    programHeadersRead: false,
    hasDynamic: false
  }
  if (facts.machine === EM_ARM) {
    facts.armEabi = facts.flags >>> 24
    if (facts.flags & 0x400) facts.armFloat = 'hard'
    else if (facts.flags & 0x200) facts.armFloat = 'soft'
  }
  const phoff = (is64 ? r.word(32) : r.u32(28)) as number
  const phentsize = r.u16(is64 ? 54 : 42) as number
  const phnum = r.u16(is64 ? 56 : 44) as number
  const phdrs = phnum === 0 ? [] : readPhdrs(r, phoff, phentsize, phnum)
  const sections = readSections(r)
  if (phdrs) {
    facts.programHeadersRead = true
    const interp = phdrs.find(p => p.type === PT_INTERP)
    if (interp) {
      const s = r.cstring(interp.offset, Math.min(interp.filesz, MAX_STRING))
      if (s !== undefined) facts.interpreter = s
      else if (src.read(interp.offset, Math.min(interp.filesz, MAX_STRING))) facts.interpreterBroken = true
    }
    const dyn = phdrs.find(p => p.type === PT_DYNAMIC)
    facts.hasDynamic = dyn !== undefined
    if (dyn) readDynamic(r, phdrs, dyn, facts)
    facts.linkage = linkageOf(facts)
    const go = readGoBuildInfo(r, phdrs, sections)
    if (go) facts.go = go
  }
  if (facts.machine === EM_ARM) {
    const att = sections?.find(s => s.type === SHT_ARM_ATTRIBUTES)
    const bytes = att && src.read(att.offset, Math.min(att.size, 64 * 1024))
    const arm = bytes && readArmAttributes(bytes, r.le)
    if (arm) facts.arm = arm
  }
  const compiler = readComment(r, sections)
  if (compiler) facts.compiler = compiler
  return facts
}
