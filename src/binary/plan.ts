/**
 * Which byte ranges of a large ELF or PE file the readers will need, decided from its first bytes while it streams by.
 * Small files are kept whole; for large ELF files this keeps the dynamic section, the start of the data segment (Go
 * build info), the read-only segment that holds the dynamic tables when it is not the first one (Go's own linker),
 * the non-loaded sections after the segments (.comment, .ARM.attributes), the section table and the tail; for large
 * PE files, the CLR header and the start of the data section (pe.ts).
 */
import { firstBytes, type ByteSource } from './bytes.js'
import { ElfReader, PF_W, PF_X, PT_DYNAMIC, PT_LOAD, isElf, readPhdrs, type Phdr } from './elf-reader.js'
import { isPe, peCapturePlan } from './pe.js'

export interface Want {
  offset: number
  length: number
}

const WINDOW = 256 * 1024
const MAX_TABLE = 1024 * 1024

interface Layout {
  r: ElfReader
  phdrs: Phdr[]
}

/** The ELF header and program headers of `head`: the file as far as its head was kept (its size is the file's). */
function layoutOf(head: ByteSource): Layout | undefined {
  const ident = head.read(0, 64)
  if (!ident || !isElf(ident)) return undefined
  const is64 = ident[4] === 2
  const r = new ElfReader(head, ident[5] !== 2, is64)
  const phoff = is64 ? r.word(32) : r.u32(28)
  const phentsize = r.u16(is64 ? 54 : 42) ?? 0
  const phnum = r.u16(is64 ? 56 : 44) ?? 0
  // Headers not at hand leave no segments: the plan still keeps the tail and the section table.
  const phdrs = (phoff === undefined ? undefined : readPhdrs(r, phoff, phentsize, Math.min(phnum, 256))) ?? []
  return { r, phdrs: phdrs.filter(p => Number.isSafeInteger(p.offset) && Number.isSafeInteger(p.filesz)) }
}

/**
 * The read-only segments that hold the dynamic symbol, string and version tables when the first segment does not:
 * Go's own linker puts the headers and the text first (R+X) and the tables after `.rodata` in the next, read-only
 * segment (PIE or not), and the dynamic section in the data segment after both. GNU ld and lld put the tables in the
 * first segment (R with -z separate-code, else R+X), which the head keeps. Empty for that layout.
 */
function tableSegments({ phdrs }: Layout): Phdr[] {
  const first = phdrs.find(p => p.type === PT_LOAD && p.offset === 0)
  const dyn = phdrs.find(p => p.type === PT_DYNAMIC)
  if (!first || !(first.flags & PF_X) || !dyn) return []
  return phdrs.filter(
    p => p.type === PT_LOAD && p !== first && !(p.flags & (PF_W | PF_X)) && p.offset < dyn.offset && p.filesz > 0
  )
}

/** Up to `budget` bytes of each table segment, from its start (where Go puts the tables, after .rodata). */
function tableWants(l: Layout, size: number, budget: number): Want[] {
  const out: Want[] = []
  for (const p of tableSegments(l)) {
    const length = Math.min(p.filesz, size - p.offset, budget)
    if (length <= 0) break
    out.push({ offset: p.offset, length })
    budget -= length
  }
  return out
}

export function elfCapturePlan(head: ByteSource, budget = 0): Want[] {
  const l = layoutOf(head)
  if (!l) return []
  const { size } = head
  const wants: Want[] = [{ offset: Math.max(0, size - WINDOW), length: Math.min(size, WINDOW) }]
  let loadEnd = 0
  let dataStart: number | undefined
  for (const p of l.phdrs) {
    if (p.type === PT_DYNAMIC) wants.push({ offset: p.offset, length: Math.min(p.filesz, WINDOW) })
    if (p.type === PT_LOAD) {
      loadEnd = Math.max(loadEnd, p.offset + p.filesz)
      if (dataStart === undefined && p.flags & PF_W && !(p.flags & PF_X)) dataStart = p.offset
    }
  }
  if (dataStart !== undefined) wants.push({ offset: dataStart, length: 64 * 1024 })
  if (loadEnd > 0) wants.push({ offset: loadEnd, length: WINDOW })
  wants.push(...tableWants(l, size, budget))
  const { r } = l
  const shoff = r.is64 ? r.word(40) : r.u32(32)
  const shentsize = r.u16(r.is64 ? 58 : 46) ?? 0
  const shnum = r.u16(r.is64 ? 60 : 48) ?? 0
  if (shoff !== undefined && shoff < size) wants.push({ offset: shoff, length: Math.min(shentsize * shnum, MAX_TABLE) })
  return wants.filter(w => Number.isSafeInteger(w.offset) && w.offset >= 0 && w.offset < size && w.length > 0)
}

/**
 * The ranges beyond its head that a large file's reader needs: by its format, told from its first 4 KiB as
 * identify.ts tells it. `head` is the file as far as its head was kept; `budget` bounds the bytes kept of an ELF
 * file's table segments (the head's own bound, `CaptureLimits.headMax`).
 */
export function capturePlan(head: ByteSource, budget = 0): Want[] {
  const first = firstBytes(head)
  if (!first) return []
  if (isElf(first)) return elfCapturePlan(head, budget)
  return isPe(first) ? peCapturePlan(head) : []
}

/**
 * How much of a large ELF file to hold beside the small ranges, decided from its headers: `head`, the start to keep
 * (its first PT_LOAD segment, which holds the dynamic symbol and string tables and the symbol version tables in GNU
 * ld's and lld's layouts: the dynamic section that points at them comes later in the file, too late to go back for
 * them; 0 in Go's layout or when the headers are not at hand), and `tables`, the bytes of later table segments that
 * the plan will keep (Go's layout).
 */
export function elfLargeExtent(head: ByteSource, budget: number): { head: number; tables: number } {
  const l = layoutOf(head)
  if (!l) return { head: 0, tables: 0 }
  const { size } = head
  const tables = tableWants(l, size, budget).reduce((n, w) => n + w.length, 0)
  if (tableSegments(l).length > 0) return { head: 0, tables }
  const first = l.phdrs.find(p => p.type === PT_LOAD && p.offset === 0)
  return { head: first ? Math.min(first.filesz, size) : 0, tables }
}
