/**
 * The bytes of one file as the readers see them: all of it, or the parts the layer walk kept while the file streamed
 * by. A read outside what was kept returns undefined, and the readers report that fact as unknown, never guessed.
 */
export interface ByteSource {
  /** The file's real size, also when only parts of it are at hand. */
  readonly size: number
  /** `length` bytes at `offset`, if all of them are at hand. */
  read(offset: number, length: number): Buffer | undefined
}

/**
 * Bytes of a file at hand from `offset` on, `length` of them, read from the part's own start: a buffer (bufferPart),
 * or fixed pieces (pieces.ts) for a large file's head and planned ranges.
 */
export interface Part {
  readonly offset: number
  readonly length: number
  /** `length` bytes at `at` (from the part's start), when all of them are in the part. */
  read(at: number, length: number): Buffer | undefined
}

/** An offset and a length a reader may ask for: whole numbers, never negative, never past 2^53. */
export function valid(offset: number, length: number): boolean {
  return Number.isSafeInteger(offset) && Number.isSafeInteger(length) && offset >= 0 && length >= 0
}

export function bufferSource(buf: Buffer, size = buf.length): ByteSource {
  return {
    size,
    read: (offset, length) =>
      valid(offset, length) && offset + length <= buf.length ? buf.subarray(offset, offset + length) : undefined
  }
}

/** A buffer holding the file's bytes from `offset`. */
export function bufferPart(offset: number, bytes: Buffer): Part {
  return { offset, length: bytes.length, read: bufferSource(bytes).read }
}

/** A file of `size` bytes of which only `parts` are at hand; a read is answered by the first part that holds it. */
export function sparseSource(size: number, parts: Part[]): ByteSource {
  return {
    size,
    read(offset, length) {
      if (!valid(offset, length)) return undefined
      for (const p of parts) {
        if (offset >= p.offset && offset + length <= p.offset + p.length) return p.read(offset - p.offset, length)
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

/** The first 4 KiB of a file (what its format is told from), or its first 4 bytes when only those are at hand. */
export function firstBytes(src: ByteSource): Buffer | undefined {
  return src.read(0, Math.min(src.size, 4096)) ?? src.read(0, Math.min(src.size, 4))
}
