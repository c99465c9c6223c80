/**
 * Which byte ranges of a large ELF or PE file the readers will need, decided from its first bytes while it streams by.
 * Small files are kept whole; for large ELF files this keeps the dynamic section, the start of the data segment (Go
 * build info), the non-loaded sections after the segments (.comment, .ARM.attributes), the section table and the
 * tail; for large PE files, the CLR header and the start of the data section (pe.ts).
 */
import { bufferSource } from './bytes.js'
import { ElfReader, PF_W, PF_X, PT_LOAD, isElf } from './elf-reader.js'
import { isPe, peCapturePlan } from './pe.js'

export interface Want {
  offset: number
  length: number
}

const WINDOW = 256 * 1024
const MAX_TABLE = 1024 * 1024

export function elfCapturePlan(head: Buffer, size: number): Want[] {
  if (!isElf(head) || head.length < 64) return []
  const is64 = head[4] === 2
  const r = new ElfReader(bufferSource(head, size), head[5] !== 2, is64)
  const wants: Want[] = [{ offset: Math.max(0, size - WINDOW), length: Math.min(size, WINDOW) }]
  const phoff = is64 ? r.word(32) : r.u32(28)
  const phentsize = r.u16(is64 ? 54 : 42) ?? 0
  const phnum = r.u16(is64 ? 56 : 44) ?? 0
  let loadEnd = 0
  let dataStart: number | undefined
  for (let i = 0; phoff !== undefined && i < Math.min(phnum, 256); i++) {
    const o = phoff + i * phentsize
    const type = r.u32(o)
    const flags = is64 ? r.u32(o + 4) : r.u32(o + 24)
    const offset = is64 ? r.word(o + 8) : r.u32(o + 4)
    const filesz = is64 ? r.word(o + 32) : r.u32(o + 16)
    if (type === undefined || flags === undefined || offset === undefined || filesz === undefined) break
    if (type === 2) wants.push({ offset, length: Math.min(filesz, WINDOW) }) // PT_DYNAMIC
    if (type === PT_LOAD) {
      loadEnd = Math.max(loadEnd, offset + filesz)
      if (dataStart === undefined && flags & PF_W && !(flags & PF_X)) dataStart = offset
    }
  }
  if (dataStart !== undefined) wants.push({ offset: dataStart, length: 64 * 1024 })
  if (loadEnd > 0) wants.push({ offset: loadEnd, length: WINDOW })
  const shoff = is64 ? r.word(40) : r.u32(32)
  const shentsize = r.u16(is64 ? 58 : 46) ?? 0
  const shnum = r.u16(is64 ? 60 : 48) ?? 0
  if (shoff !== undefined && shoff < size) wants.push({ offset: shoff, length: Math.min(shentsize * shnum, MAX_TABLE) })
  return wants.filter(w => Number.isSafeInteger(w.offset) && w.offset >= 0 && w.offset < size && w.length > 0)
}

/** The ranges beyond its head that a large file's reader needs: by its format. */
export function capturePlan(head: Buffer, size: number): Want[] {
  if (isElf(head)) return elfCapturePlan(head, size)
  return isPe(head) ? peCapturePlan(head, size) : []
}

/**
 * How much of a large ELF file's start to keep: its first PT_LOAD segment from offset 0, which holds the dynamic
 * symbol and string tables and the symbol version tables (the dynamic section that points at them comes later in the
 * file, too late to go back for them). 0 when the headers are not at hand.
 */
export function elfHeadExtent(head: Buffer, size: number): number {
  if (!isElf(head) || head.length < 64) return 0
  const is64 = head[4] === 2
  const r = new ElfReader(bufferSource(head, size), head[5] !== 2, is64)
  const phoff = is64 ? r.word(32) : r.u32(28)
  const phentsize = r.u16(is64 ? 54 : 42) ?? 0
  const phnum = r.u16(is64 ? 56 : 44) ?? 0
  for (let i = 0; phoff !== undefined && i < Math.min(phnum, 256); i++) {
    const o = phoff + i * phentsize
    const type = r.u32(o)
    const offset = is64 ? r.word(o + 8) : r.u32(o + 4)
    const filesz = is64 ? r.word(o + 32) : r.u32(o + 16)
    if (type === undefined || offset === undefined || filesz === undefined) return 0
    if (type === PT_LOAD && offset === 0 && Number.isSafeInteger(filesz)) return Math.min(filesz, size)
  }
  return 0
}
