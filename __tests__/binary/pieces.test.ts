/**
 * Pieces (src/binary/pieces.ts): a large file's head and planned ranges kept in fixed pieces instead of one buffer of
 * their size, read as a part of a ByteSource. What they hold reads back byte for byte however the stream cut it and
 * wherever the pieces end, and a large ELF file streamed through the capture gives the facts of the whole file.
 */
import { createHash } from 'node:crypto'
import { Readable } from 'node:stream'
import { bufferPart, sparseSource } from '../../src/binary/bytes.js'
import { parseElf } from '../../src/binary/elf.js'
import { PIECE, Pieces } from '../../src/binary/pieces.js'
import { captureEntry } from '../../src/image/capture.js'
import { bin, inChunks } from '../helpers/fixtures.js'

/** 0, 1, 2, ... 255, 0, 1, ...: every byte tells where it was. */
const bytes = (n: number, from = 0): Buffer => Buffer.from(Array.from({ length: n }, (_, i) => (from + i) % 251))

/** Every read of `p` (from its start) against what `expected` holds there. */
function everyRead(p: Pieces, expected: Buffer): string[] {
  const wrong: string[] = []
  for (let at = 0; at <= expected.length; at++)
    for (let len = 0; at + len <= expected.length; len++)
      if (!p.read(at, len)?.equals(expected.subarray(at, at + len))) wrong.push(`${at}+${len}`)
  return wrong
}

describe('appends across pieces', () => {
  test('chunks of every size up to three pieces, read back whole and in every slice', () => {
    const data = bytes(50)
    for (const step of [1, 3, 7, 8, 9, 16, 24, 50]) {
      const p = new Pieces(0, 100, 8)
      for (let pos = 0; pos < data.length; pos += step) p.put(data.subarray(pos, pos + step), pos)
      expect([step, p.length, everyRead(p, data)]).toEqual([step, 50, []])
    }
  })

  test('a range that starts mid-file keeps only its bytes, from chunks that start before it and end after it', () => {
    const file = bytes(100)
    const p = new Pieces(30, 25, 8)
    for (let pos = 0; pos < file.length; pos += 13) p.put(file.subarray(pos, pos + 13), pos)
    expect([p.length, everyRead(p, file.subarray(30, 55))]).toEqual([25, []])
  })
})

describe('overlapping puts', () => {
  test('bytes already held are written again; the later ones stand', () => {
    const p = new Pieces(0, 64, 8)
    p.put(bytes(20), 0)
    p.put(bytes(20, 100), 10) // 10..30: overlaps 10..20, goes on past it
    const expected = Buffer.concat([bytes(10), bytes(20, 100)])
    expect([p.length, everyRead(p, expected)]).toEqual([30, []])
    p.put(bytes(5, 7), 2) // wholly inside what is held: the length stays
    bytes(5, 7).copy(expected, 2)
    expect([p.length, everyRead(p, expected)]).toEqual([30, []])
  })

  test('bytes after a gap are not kept: what is held is what streamed by, contiguous', () => {
    const p = new Pieces(0, 64, 8)
    p.put(bytes(10), 0)
    p.put(bytes(10, 40), 40)
    expect([p.length, p.read(40, 1)]).toEqual([10, undefined])
  })

  test('a range planned over a head already held takes what the head has of it, then the stream', () => {
    const file = bytes(100)
    const head = new Pieces(0, 40, 8)
    head.put(file.subarray(0, 40), 0)
    const range = new Pieces(25, 50, 8)
    range.fillFrom(head)
    expect(range.length).toBe(15)
    range.put(file.subarray(32, 80), 32) // the stream goes on from where the head's last chunk began
    expect([range.length, everyRead(range, file.subarray(25, 75))]).toEqual([50, []])
  })
})

describe('reads within and across pieces', () => {
  const data = bytes(40)
  const p = new Pieces(0, 40, 16)
  p.put(data, 0)

  test('within a piece, a view of it; across pieces, a copy of the same bytes', () => {
    const inside = p.read(17, 10) as Buffer
    const across = p.read(10, 20) as Buffer
    expect([inside.equals(data.subarray(17, 27)), across.equals(data.subarray(10, 30))]).toEqual([true, true])
    expect(inside.buffer).toBe((p.read(16, 1) as Buffer).buffer) // the piece's own memory
  })

  test('past what is held, or asked oddly, undefined: never a guess, never a throw', () => {
    expect(
      [
        [39, 2],
        [40, 1],
        [-1, 2],
        [1.5, 2],
        [0, -1],
        [Number.NaN, 1],
        [2 ** 53, 1]
      ].map(([at, len]) => p.read(at as number, len as number))
    ).toEqual(Array(7).fill(undefined))
  })

  test('as a part of a sparse source, next to a buffer, answering at the file offsets', () => {
    const file = bytes(5000)
    const range = new Pieces(3000, 1000, 256)
    range.put(file.subarray(2900, 4100), 2900)
    const src = sparseSource(file.length, [bufferPart(0, file.subarray(0, 600)), range])
    expect(
      [
        [100, 50],
        [3000, 1000],
        [3200, 400],
        [500, 200],
        [3990, 20]
      ].map(([at, len]) =>
        src.read(at as number, len as number)?.equals(file.subarray(at, (at as number) + (len as number)))
      )
    ).toEqual([true, true, true, undefined, undefined])
  })
})

describe('the limit', () => {
  test('bytes past it are not kept, however they come', () => {
    const p = new Pieces(0, 20, 8)
    p.put(bytes(30), 0)
    p.put(bytes(10, 7), 20)
    expect([p.length, p.read(19, 2), everyRead(p, bytes(20))]).toEqual([20, undefined, []])
  })

  test('raised, it keeps what it holds in a last piece cut to the old limit, and takes more', () => {
    const p = new Pieces(0, 12, 8) // pieces of 8 and 4
    p.put(bytes(12), 0)
    p.limit = 30
    p.put(bytes(18, 12), 12)
    expect([p.length, everyRead(p, bytes(30))]).toEqual([30, []])
  })

  test('lowered below what it holds, it keeps what it holds', () => {
    const p = new Pieces(0, 20, 8)
    p.put(bytes(16), 0)
    p.limit = 4
    p.put(bytes(4, 16), 16)
    expect([p.limit, p.length, everyRead(p, bytes(16))]).toEqual([16, 16, []])
  })
})

describe('a streamed large ELF file whose head crosses a piece boundary', () => {
  const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex')
  // Kept sparsely (above `full`), with a head of 300 KiB: more than one piece, whatever its first segment.
  const limits = { full: 64 * 1024, head: 300 * 1024, headMax: 32 * 1024 * 1024 }

  // The head is sized once its headers are at hand (8 KiB): a chunk that brings them may bring more than the head
  // will hold. What streamed by before the plan was made must reach the ranges it falls in.
  test.each(['c-amd64-static-pie', 'go-amd64-cgo'])(
    '%s: a first chunk longer than the head, or a few bytes and then one, lose nothing',
    async name => {
      const file = bin(name)
      const whole = { binary: parseElf(file), sha256: sha256(file) }
      const cuts: Array<[string, Buffer[]]> = [
        ['one chunk of 1 MiB', inChunks(file, 1024 * 1024)],
        ['3 bytes, then 1 MiB', [file.subarray(0, 3), ...inChunks(file.subarray(3), 1024 * 1024)]]
      ]
      for (const [what, chunks] of cuts) {
        expect([what, await captureEntry(Readable.from(chunks), 0o755, file.length, limits)]).toEqual([what, whole])
      }
    }
  )

  test.each([
    ['c-amd64-static-pie', 'GNU ld: the first segment, then the planned ranges'],
    ['go-amd64-cgo', "Go's linker: the read-only segment after the text, planned in pieces of its own"]
  ])('%s (%s): the facts and hash of the whole file', async name => {
    const file = bin(name)
    expect(limits.head).toBeGreaterThan(PIECE)
    expect(file.length).toBeGreaterThan(limits.head)
    const whole = { binary: parseElf(file), sha256: sha256(file) }
    for (const chunk of [7919, 64 * 1024, PIECE]) {
      const got = await captureEntry(Readable.from(inChunks(file, chunk)), 0o755, file.length, limits)
      expect([chunk, got]).toEqual([chunk, whole])
    }
  })
})
