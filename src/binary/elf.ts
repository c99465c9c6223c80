/**
 * A bounded ELF reader: Buffer in, typed facts out. It never throws on bad input and never reads past the buffer:
 * what it cannot read is reported, not guessed. The buffer may be a prefix of the file (the layer walk keeps only the
 * head of executables), so facts that live further in are marked as not available rather than wrong.
 */

export const ElfClass = { ELF32: 1, ELF64: 2 } as const
export const ElfData = { LSB: 1, MSB: 2 } as const
export const ElfType = { REL: 1, EXEC: 2, DYN: 3, CORE: 4 } as const

const PT_DYNAMIC = 2
const PT_INTERP = 3
const DT_NEEDED = 1
const DT_STRTAB = 5
const DT_RPATH = 15
const DT_RUNPATH = 29
const DT_FLAGS_1 = 0x6ffffffb
const DF_1_PIE = 0x08000000
const PT_LOAD = 1
/** Caps against hostile headers: a real binary has a few dozen program headers. */
const MAX_PHDRS = 4096
const MAX_DYN_ENTRIES = 65536

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
  /** Whether the program headers could be read from the bytes at hand. */
  programHeadersRead: boolean
  hasDynamic: boolean
  /** DT_NEEDED etc., when the dynamic section and its string table lie within the bytes at hand. */
  needed?: string[]
  runpath?: string[]
  rpath?: string[]
  pie?: boolean
  linkage?: Linkage
}

export type ElfError = { format: 'elf-error'; reason: string }

/** Whether the bytes start with the ELF magic. */
export function isElf(buf: Uint8Array): boolean {
  return buf.length >= 4 && buf[0] === 0x7f && buf[1] === 0x45 && buf[2] === 0x4c && buf[3] === 0x46
}

class Reader {
  constructor(
    private readonly buf: Buffer,
    private readonly le: boolean,
    private readonly is64: boolean
  ) {}
  has(off: number, len: number): boolean {
    return Number.isSafeInteger(off) && off >= 0 && len >= 0 && off + len <= this.buf.length
  }
  u16(off: number): number {
    return this.le ? this.buf.readUInt16LE(off) : this.buf.readUInt16BE(off)
  }
  u32(off: number): number {
    return this.le ? this.buf.readUInt32LE(off) : this.buf.readUInt32BE(off)
  }
  /** A target-word-sized unsigned value; 64-bit values beyond 2^53 come back as NaN so bounds checks fail. */
  word(off: number): number {
    if (!this.is64) return this.u32(off)
    const v = this.le ? this.buf.readBigUInt64LE(off) : this.buf.readBigUInt64BE(off)
    return v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : NaN
  }
  get wordSize(): number {
    return this.is64 ? 8 : 4
  }
  cstring(off: number, max: number): string | undefined {
    if (!this.has(off, 0)) return undefined
    const end = Math.min(this.buf.length, off + max)
    const nul = this.buf.indexOf(0, off)
    if (nul === -1 || nul >= end) return undefined
    return this.buf.toString('latin1', off, nul)
  }
}

interface Phdr {
  type: number
  offset: number
  vaddr: number
  filesz: number
}

function readPhdrs(r: Reader, is64: boolean, phoff: number, phentsize: number, phnum: number): Phdr[] | undefined {
  const need = is64 ? 56 : 32
  if (phnum > MAX_PHDRS || phentsize < need || !r.has(phoff, phentsize * phnum)) return undefined
  const out: Phdr[] = []
  for (let i = 0; i < phnum; i++) {
    const o = phoff + i * phentsize
    out.push(
      is64
        ? { type: r.u32(o), offset: r.word(o + 8), vaddr: r.word(o + 16), filesz: r.word(o + 32) }
        : { type: r.u32(o), offset: r.u32(o + 4), vaddr: r.u32(o + 8), filesz: r.u32(o + 16) }
    )
  }
  return out
}

/** Map a virtual address to a file offset through the PT_LOAD segments. */
function vaddrToOffset(phdrs: Phdr[], vaddr: number): number | undefined {
  for (const p of phdrs) {
    if (p.type === PT_LOAD && vaddr >= p.vaddr && vaddr < p.vaddr + p.filesz) return p.offset + (vaddr - p.vaddr)
  }
  return undefined
}

function readDynamic(r: Reader, phdrs: Phdr[], dyn: Phdr, facts: ElfFacts): void {
  const ent = r.wordSize * 2
  if (!r.has(dyn.offset, Math.min(dyn.filesz, ent))) return
  const entries: Array<[number, number]> = []
  for (let i = 0; i < Math.min(Math.floor(dyn.filesz / ent), MAX_DYN_ENTRIES); i++) {
    const o = dyn.offset + i * ent
    if (!r.has(o, ent)) return
    const tag = r.word(o)
    if (tag === 0) break
    entries.push([tag, r.word(o + r.wordSize)])
  }
  let flags1 = 0
  let strtab: number | undefined
  for (const [tag, val] of entries) {
    if (tag === DT_STRTAB) strtab = vaddrToOffset(phdrs, val)
    if (tag === DT_FLAGS_1) flags1 = val
  }
  facts.pie = (flags1 & DF_1_PIE) !== 0
  if (strtab === undefined) return
  const str = (v: number): string | undefined => r.cstring(strtab + v, 4096)
  const needed: string[] = []
  const runpath: string[] = []
  const rpath: string[] = []
  for (const [tag, val] of entries) {
    const list = tag === DT_NEEDED ? needed : tag === DT_RUNPATH ? runpath : tag === DT_RPATH ? rpath : undefined
    if (!list) continue
    const s = str(val)
    if (s === undefined) return // string table beyond the bytes at hand: leave these facts unknown
    list.push(s)
  }
  facts.needed = needed
  facts.runpath = runpath.flatMap(s => s.split(':')).filter(Boolean)
  facts.rpath = rpath.flatMap(s => s.split(':')).filter(Boolean)
}

/** Parse the ELF header, program headers, PT_INTERP and (when at hand) the dynamic section. */
export function parseElf(buf: Buffer): ElfFacts | ElfError {
  if (!isElf(buf)) return { format: 'elf-error', reason: 'not an ELF file' }
  if (buf.length < 52) return { format: 'elf-error', reason: 'truncated ELF header' }
  const cls = buf[4]
  const data = buf[5]
  if (cls !== ElfClass.ELF32 && cls !== ElfClass.ELF64) return { format: 'elf-error', reason: `bad ELF class ${cls}` }
  if (data !== ElfData.LSB && data !== ElfData.MSB) return { format: 'elf-error', reason: `bad ELF data ${data}` }
  const is64 = cls === ElfClass.ELF64
  if (is64 && buf.length < 64) return { format: 'elf-error', reason: 'truncated ELF header' }
  const r = new Reader(buf, data === ElfData.LSB, is64)
  const facts: ElfFacts = {
    format: 'elf',
    bits: is64 ? 64 : 32,
    endian: data === ElfData.LSB ? 'little' : 'big',
    osabi: buf[7] ?? 0,
    type: r.u16(16),
    machine: r.u16(18),
    flags: r.u32(is64 ? 48 : 36),
    programHeadersRead: false,
    hasDynamic: false
  }
  const phoff = is64 ? r.word(32) : r.u32(28)
  const phentsize = r.u16(is64 ? 54 : 42)
  const phnum = r.u16(is64 ? 56 : 44)
  const phdrs = phnum === 0 ? [] : readPhdrs(r, is64, phoff, phentsize, phnum)
  if (!phdrs) return facts
  facts.programHeadersRead = true
  const interp = phdrs.find(p => p.type === PT_INTERP)
  if (interp) {
    const s = r.cstring(interp.offset, Math.min(interp.filesz, 4096))
    if (s !== undefined) facts.interpreter = s
  }
  const dyn = phdrs.find(p => p.type === PT_DYNAMIC)
  facts.hasDynamic = dyn !== undefined
  if (dyn) readDynamic(r, phdrs, dyn, facts)
  facts.linkage = linkageOf(facts)
  return facts
}

/** Static, static-pie or dynamic, decided as file(1) does (readelf.c). Undefined when the facts are not at hand. */
function linkageOf(f: ElfFacts): Linkage | undefined {
  if (!f.hasDynamic) return 'static'
  if (f.interpreter !== undefined) return 'dynamic'
  if (f.needed === undefined) return undefined
  return f.pie && f.needed.length === 0 ? 'static-pie' : 'dynamic'
}
