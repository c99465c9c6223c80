/**
 * A stream's first bytes, gathered over as many chunks as it takes, with the stream whole again behind them (and a
 * stream's bytes from an offset on, read whole): what a
 * layer is (gzip, zstd, a tar) is read from its first bytes, and its first chunk can hold fewer than those (a network
 * read; a layer whose data starts just before an input chunk of a docker save pipe ends).
 */

/**
 * The first `bytes` bytes of `source` (all of it when it is shorter) as `head`, a copy; and `stream`, which yields
 * the same bytes as `source` from its start: `head` (at least `bytes` long, or all there was) and then the rest.
 */
export async function peek(
  source: AsyncIterable<Buffer>,
  bytes: number
): Promise<{ head: Buffer; stream: AsyncGenerator<Buffer> }> {
  const iter = source[Symbol.asyncIterator]()
  const parts: Buffer[] = []
  let length = 0
  while (length < bytes) {
    const r = await iter.next()
    if (r.done) break
    if (r.value.length === 0) continue
    parts.push(r.value)
    length += r.value.length
  }
  // A copy: the chunks are the source's, which may reuse their memory (tar-stream's entries).
  const head = Buffer.concat(parts, length)
  // Left early (an error downstream), it leaves the source too: a file is closed, a stream destroyed, then and not
  // when the garbage collector finds them.
  async function* stream(): AsyncGenerator<Buffer> {
    try {
      if (head.length > 0) yield head
      for (let r = await iter.next(); !r.done; r = await iter.next()) yield r.value
    } finally {
      await iter.return?.()
    }
  }
  return { head, stream: stream() }
}

/** The bytes of `stream` from offset `from` to its end, a copy (the stream is read whole; earlier bytes are dropped). */
export async function readFrom(stream: AsyncIterable<Buffer>, from: number): Promise<Buffer> {
  const kept: Buffer[] = []
  let pos = 0
  for await (const chunk of stream) {
    const end = pos + chunk.length
    if (end > from) kept.push(Buffer.from(chunk.subarray(Math.max(0, from - pos))))
    pos = end
  }
  return Buffer.concat(kept)
}
