/**
 * The names in a zip file's central directory (a jar), read from the file's tail: the end of central directory record
 * (and its zip64 locator and record), then the directory's entries. Only the tail is at hand while a layer streams,
 * so a directory that starts before it is reported as cut short, never guessed. Bounded and total: hostile bytes give
 * no names or `truncated`, never a throw. Pure.
 */

export interface ZipListing {
  /** Entry names, in directory order (at most `MAX_NAMES`). */
  names: string[]
  /** How many entries the directory says it has. */
  entries: number
  /** The directory begins before the bytes at hand, or holds more names than are kept. */
  truncated?: boolean
}

const EOCD = 0x06054b50
const ZIP64_LOCATOR = 0x07064b50
const ZIP64_EOCD = 0x06064b50
const CENTRAL = 0x02014b50
/** The end record is 22 bytes plus a comment of at most 65,535. */
const EOCD_SEARCH = 22 + 0xffff
const MAX_NAMES = 100_000

/**
 * List a zip file from its last `tail.length` bytes (`size`: the whole file's). Undefined when no end record is
 * found: not a zip file.
 */
export function listZip(tail: Buffer, size: number): ZipListing | undefined {
  const base = size - tail.length // the file offset of tail[0]
  const from = Math.max(0, tail.length - EOCD_SEARCH)
  let at = -1
  for (let i = tail.length - 22; i >= from; i--) {
    if (tail.readUInt32LE(i) === EOCD) {
      at = i
      break
    }
  }
  if (at < 0) return undefined
  let entries = tail.readUInt16LE(at + 10)
  let cdSize = tail.readUInt32LE(at + 12)
  // The directory ends where the end record begins, or (zip64) where the zip64 end record does, which the locator
  // right before the end record points at.
  let end = at
  const loc = at - 20
  if (loc >= 0 && tail.readUInt32LE(loc) === ZIP64_LOCATOR) {
    const rec = Number(tail.readBigUInt64LE(loc + 8)) - base
    if (rec >= 0 && rec + 56 <= loc && tail.readUInt32LE(rec) === ZIP64_EOCD) {
      entries = Number(tail.readBigUInt64LE(rec + 32))
      cdSize = Number(tail.readBigUInt64LE(rec + 40))
      end = rec
    }
  }
  // Counted back from its end, not from its recorded offset: a jar with a launcher script before the zip shifts every
  // offset it records.
  let start = end - cdSize
  if (start < 0 || cdSize > size) return { names: [], entries, truncated: true }
  const names: string[] = []
  let truncated = false
  for (let i = 0; i < entries; i++) {
    if (start + 46 > end || tail.readUInt32LE(start) !== CENTRAL) {
      truncated = true
      break
    }
    const nameLen = tail.readUInt16LE(start + 28)
    const extraLen = tail.readUInt16LE(start + 30)
    const commentLen = tail.readUInt16LE(start + 32)
    if (start + 46 + nameLen > end) {
      truncated = true
      break
    }
    if (names.length >= MAX_NAMES) {
      truncated = true
      break
    }
    names.push(tail.toString('utf8', start + 46, start + 46 + nameLen))
    start += 46 + nameLen + extraLen + commentLen
  }
  return { names, entries, ...(truncated ? { truncated } : {}) }
}
