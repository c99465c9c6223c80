/**
 * The bytes of one file as the readers see them: all of it, or the ranges the layer walk kept while the file streamed
 * by. A read outside what was kept returns undefined, and the readers report that fact as unknown, never guessed.
 */
export interface ByteSource {
  /** The file's real size, also when only parts of it are at hand. */
  readonly size: number
  /** `length` bytes at `offset`, if all of them are at hand. */
  read(offset: number, length: number): Buffer | undefined
}

export interface ByteRange {
  offset: number
  bytes: Buffer
}

function valid(offset: number, length: number): boolean {
  return Number.isSafeInteger(offset) && Number.isSafeInteger(length) && offset >= 0 && length >= 0
}

export function bufferSource(buf: Buffer, size = buf.length): ByteSource {
  return {
    size,
    read: (offset, length) =>
      valid(offset, length) && offset + length <= buf.length ? buf.subarray(offset, offset + length) : undefined
  }
}

export function sparseSource(size: number, ranges: ByteRange[]): ByteSource {
  return {
    size,
    read(offset, length) {
      if (!valid(offset, length)) return undefined
      for (const r of ranges) {
        if (offset >= r.offset && offset + length <= r.offset + r.bytes.length) {
          return r.bytes.subarray(offset - r.offset, offset - r.offset + length)
        }
      }
      return undefined
    }
  }
}

/** Read up to `max` bytes from `offset`, as many as are at hand (for scanning a region that may be cut short). */
export function readUpTo(src: ByteSource, offset: number, max: number): Buffer | undefined {
  let len = Math.min(max, Math.max(0, src.size - offset))
  // Halving finds the longest kept prefix quickly without knowing the ranges.
  while (len > 0) {
    const b = src.read(offset, len)
    if (b) return b
    len = Math.floor(len / 2)
  }
  return undefined
}
