/**
 * A bounded ELF reader: bytes in, typed facts out. It never throws on bad input and never reads outside the bytes at
 * hand: what it cannot read is left unknown, not guessed. Tables pointing outside the file, absurd counts and
 * unterminated strings are facts about a broken file, not crashes.
 */
import { bufferSource, type ByteSource } from './bytes.js'
import { readArmAttributes, type ArmAttributes } from './arm.js'
import {
  ElfReader,
  PT_DYNAMIC,
  isElf,
  readPhdrs,
  readSections,
  vaddrToOffset,
  type Phdr,
  type Section
} from './elf-reader.js'
import { readGoBuildInfo, type GoBuildInfo } from './gobuildinfo.js'

export { ElfReader, PF_W, PF_X, PT_LOAD, isElf, vaddrToOffset, type Phdr, type Section } from './elf-reader.js'

export const ElfClass = { ELF32: 1, ELF64: 2 } as const
export const ElfData = { LSB: 1, MSB: 2 } as const
export const ElfType = { REL: 1, EXEC: 2, DYN: 3, CORE: 4 } as const

const PT_INTERP = 3
const DT_NEEDED = 1
const DT_STRTAB = 5
const DT_SONAME = 14
const DT_RPATH = 15
const DT_RUNPATH = 29
const DT_FLAGS_1 = 0x6ffffffb
const DT_VERDEF = 0x6ffffffc
const DT_VERDEFNUM = 0x6ffffffd
const DT_VERNEED = 0x6ffffffe
const DT_VERNEEDNUM = 0x6fffffff
const DF_1_PIE = 0x08000000
/** DF_1_NODEFLIB: the loader skips ld.so.cache's system entries and its default directories for this object. */
export const DF_1_NODEFLIB = 0x800
const VER_FLG_WEAK = 2
const SHT_ARM_ATTRIBUTES = 0x70000003
const EM_ARM = 40
/** Caps against hostile headers: real binaries have dozens of entries, not thousands. */
const MAX_DYN_ENTRIES = 65536
const MAX_VERSION_ENTRIES = 4096
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
  /** DT_SONAME: the name the loader knows this library by once it is loaded. */
  soname?: string
  /** DT_FLAGS_1, when the dynamic section has it (file(1) calls a PT_DYNAMIC without needs "static-pie" then). */
  flags1?: number
  /**
   * `.gnu.version_r` (DT_VERNEED): per needed library, the symbol versions this object needs from it (`GLIBC_2.38`);
   * weak ones only warn. Absent when the object has none or its table was not at hand.
   */
  versionNeeds?: VersionNeed[]
  /** `.gnu.version_d` (DT_VERDEF): the versions this library defines (its base entry, the soname, first). */
  versionDefs?: string[]
  /** Whether the object has version tables the reader could not read (a sparse read that missed them). */
  versionsUnknown?: boolean
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

export interface VersionNeed {
  /** The needed library's name, as in DT_NEEDED. */
  file: string
  versions: Array<{ name: string; weak: boolean }>
}

export type ElfError = { format: 'elf-error'; reason: string }

/** The Verneed entries at `off` (`num` of them, linked by vn_next), with their Vernaux names. */
function readVerneed(
  r: ElfReader,
  off: number,
  num: number,
  str: (o: number) => string | undefined
): VersionNeed[] | undefined {
  const out: VersionNeed[] = []
  let at = off
  let budget = MAX_VERSION_ENTRIES
  for (let i = 0; i < Math.min(num, MAX_VERSION_ENTRIES); i++) {
    const cnt = r.u16(at + 2)
    const file = r.u32(at + 4)
    const aux = r.u32(at + 8)
    const next = r.u32(at + 12)
    if (cnt === undefined || file === undefined || aux === undefined || next === undefined) return undefined
    const need: VersionNeed = { file: str(file) ?? '', versions: [] }
    let a = at + aux
    for (let j = 0; j < cnt && budget-- > 0; j++) {
      const flags = r.u16(a + 4)
      const name = r.u32(a + 8)
      const anext = r.u32(a + 12)
      if (flags === undefined || name === undefined || anext === undefined) return undefined
      const text = str(name)
      if (text === undefined) return undefined
      need.versions.push({ name: text, weak: (flags & VER_FLG_WEAK) !== 0 })
      if (anext === 0) break
      a += anext
    }
    if (need.file === '') return undefined
    out.push(need)
    if (next === 0) break
    at += next
  }
  return out
}

/** The version names a Verdef table defines, its base entry (the soname) included, as glibc matches against all. */
function readVerdef(
  r: ElfReader,
  off: number,
  num: number,
  str: (o: number) => string | undefined
): string[] | undefined {
  const out: string[] = []
  let at = off
  for (let i = 0; i < Math.min(num, MAX_VERSION_ENTRIES); i++) {
    const flags = r.u16(at + 2)
    const cnt = r.u16(at + 6)
    const aux = r.u32(at + 12)
    const next = r.u32(at + 16)
    if (flags === undefined || cnt === undefined || aux === undefined || next === undefined) return undefined
    if (cnt > 0) {
      const name = r.u32(at + aux)
      const text = name === undefined ? undefined : str(name)
      if (text === undefined) return undefined
      out.push(text)
    }
    if (next === 0) break
    at += next
  }
  return out
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
  const one = (tag: number): number | undefined => entries.find(e => e[0] === tag)?.[1]
  const flags1 = one(DT_FLAGS_1)
  if (flags1 !== undefined) facts.flags1 = flags1
  facts.pie = ((flags1 ?? 0) & DF_1_PIE) !== 0
  const strVaddr = one(DT_STRTAB)
  const strtab = strVaddr === undefined ? undefined : vaddrToOffset(phdrs, strVaddr)
  if (strtab === undefined) return
  const str = (o: number): string | undefined => r.cstring(strtab + o, MAX_STRING)
  const lists: Record<number, string[]> = { [DT_NEEDED]: [], [DT_RUNPATH]: [], [DT_RPATH]: [] }
  for (const [tag, val] of entries) {
    const list = lists[tag]
    if (!list) continue
    const text = str(val)
    if (text === undefined) return // the string table is not at hand: leave these facts unknown
    list.push(text)
  }
  facts.needed = lists[DT_NEEDED]
  facts.runpath = (lists[DT_RUNPATH] ?? []).flatMap(t => t.split(':')).filter(Boolean)
  facts.rpath = (lists[DT_RPATH] ?? []).flatMap(t => t.split(':')).filter(Boolean)
  const soname = one(DT_SONAME)
  if (soname !== undefined) {
    const text = str(soname)
    if (text !== undefined) facts.soname = text
  }
  const table = <T>(addrTag: number, numTag: number, read: typeof readVerneed | typeof readVerdef): T | undefined => {
    const addr = one(addrTag)
    if (addr === undefined) return undefined
    const off = vaddrToOffset(phdrs, addr)
    const got = off === undefined ? undefined : read(r, off, one(numTag) ?? 0, str)
    if (got === undefined) facts.versionsUnknown = true
    return got as T | undefined
  }
  const needs = table<VersionNeed[]>(DT_VERNEED, DT_VERNEEDNUM, readVerneed)
  if (needs?.length) facts.versionNeeds = needs
  const defs = table<string[]>(DT_VERDEF, DT_VERDEFNUM, readVerdef)
  if (defs) facts.versionDefs = defs
}

function readComment(r: ElfReader, sections: Section[] | undefined): string | undefined {
  const c = sections?.find(s => s.name === '.comment')
  return c ? r.cstring(c.offset, Math.min(c.size, 256))?.trim() || undefined : undefined
}

/**
 * Static, static-pie or dynamic, decided as file(1) 5.44 does: no PT_DYNAMIC is static; a PT_DYNAMIC with DT_FLAGS_1
 * (whatever its value), no PT_INTERP and no DT_NEEDED is static-pie (also a shared object such as openssl's
 * padlock.so); anything else is dynamic. Undefined when the facts are not at hand.
 */
function linkageOf(f: ElfFacts): Linkage | undefined {
  if (!f.hasDynamic) return 'static'
  if (f.interpreter !== undefined || f.interpreterBroken) return 'dynamic'
  if (f.needed === undefined) return undefined
  return f.flags1 !== undefined && f.needed.length === 0 ? 'static-pie' : 'dynamic'
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
