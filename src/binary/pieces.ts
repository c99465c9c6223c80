/**
 * Bytes of a file kept in fixed pieces (256 KiB) instead of one buffer of their size: a large ELF file's head (up to
 * 32 MiB) and the ranges its plan keeps, while the file streams by. One buffer of 1-28 MB per large file, freed once
 * its facts were read, raised glibc's dynamic mmap threshold (freeing a mapped block raises it to that block's size,
 * up to 32 MiB), after which every large allocation, zlib's chunks too, came from glibc's heap, which keeps what it
 * was given: the 8-platform load image peaked at 228-269 MB. Pieces of one size are allocated and freed alike, and
 * reused. A part of a ByteSource (bytes.ts), as a buffer is.
 */
import { valid, type Part } from './bytes.js'

export const PIECE = 256 * 1024

export class Pieces implements Part {
  private readonly pieces: Buffer[] = []
  private max: number
  /** Bytes held from `offset`, contiguous: what has streamed by of [offset, offset + limit). */
  length = 0

  /** Bytes from `offset`, up to `limit` of them, in pieces of `size` (the last one as short as the limit allows). */
  constructor(
    readonly offset: number,
    limit: number,
    private readonly size = PIECE
  ) {
    this.max = Math.max(0, limit)
  }

  /** How many bytes it may hold. Raised as a head is sized; never below what it holds. */
  get limit(): number {
    return this.max
  }

  set limit(n: number) {
    const last = this.pieces.length - 1
    const piece = this.pieces[last]
    // The last piece was cut to the old limit: a longer one takes its place (what it holds copied over).
    if (piece && piece.length < this.size && n > last * this.size + piece.length) {
      const longer = Buffer.allocUnsafeSlow(Math.min(this.size, n - last * this.size))
      piece.copy(longer)
      this.pieces[last] = longer
    }
    this.max = Math.max(n, this.length)
  }

  /**
   * Keep what of `chunk` (the file's bytes at `pos`) falls within the limit, where it continues what is held: bytes it
   * already holds are written again (the same bytes, as a stream brings them), bytes after a gap are not kept.
   */
  put(chunk: Buffer, pos: number): void {
    const start = Math.max(pos, this.offset)
    const stop = Math.min(pos + chunk.length, this.offset + this.max)
    if (start >= stop || start - this.offset > this.length) return
    let at = start - this.offset
    let from = start - pos
    const end = stop - this.offset
    while (at < end) {
      const i = Math.floor(at / this.size)
      const piece = (this.pieces[i] ??= Buffer.allocUnsafeSlow(Math.min(this.size, this.max - i * this.size)))
      const n = chunk.copy(
        piece,
        at - i * this.size,
        from,
        from + Math.min(end - at, piece.length - (at - i * this.size))
      )
      at += n
      from += n
    }
    this.length = Math.max(this.length, end)
  }

  /** Keep what `other` holds that falls in this part's range (a range planned over a head already kept). */
  fillFrom(other: Pieces): void {
    other.pieces.forEach((piece, i) => {
      const at = i * other.size
      this.put(piece.subarray(0, Math.max(0, Math.min(piece.length, other.length - at))), other.offset + at)
    })
  }

  read(at: number, length: number): Buffer | undefined {
    if (!valid(at, length) || at + length > this.length) return undefined
    if (length === 0) return Buffer.alloc(0)
    const i = Math.floor(at / this.size)
    const inPiece = at - i * this.size
    const first = this.pieces[i] as Buffer
    if (inPiece + length <= first.length) return first.subarray(inPiece, inPiece + length)
    // Across pieces: a copy. Readers ask for a few bytes to 64 KiB at a time.
    const out = Buffer.allocUnsafe(length)
    for (let done = 0, p = i, off = inPiece; done < length; p++, off = 0) {
      done += (this.pieces[p] as Buffer).copy(out, done, off, off + length - done)
    }
    return out
  }
}
