/**
 * A file's magic is read whatever the chunking of the stream that brings it: real ELF files whose data starts 1 to 3
 * bytes (and more) before a chunk ends are recognised, hashed and parsed exactly as when they arrive in one piece,
 * for uncompressed, gzip and zstd layers and for the read sizes of every source (1 MiB layer files, 64 KiB archive
 * reads, small network chunks).
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { Readable } from 'node:stream'
import { constants as zlibConstants, createGunzip, gunzipSync, gzipSync } from 'node:zlib'
import { captureEntry } from '../../src/image/capture.js'
import { decompressor } from '../../src/image/decompress.js'
import { readLayer } from '../../src/image/layer.js'
import { bin } from '../helpers/fixtures.js'
import { makeTar } from '../helpers/tar.js'

const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex')
const ELF = bin('c-arm64-dyn') // a real dynamic arm64 program: needs libc.so.6
const BIG = bin('go-arm64') // 900 KB: read sparsely with small limits below

/** Split `data` so that chunks end at each of `cuts` (offsets into data). */
function split(data: Buffer, cuts: number[]): Buffer[] {
  const out: Buffer[] = []
  let at = 0
  for (const c of [...new Set(cuts)].filter(c => c > 0 && c < data.length).sort((a, b) => a - b)) {
    out.push(data.subarray(at, c))
    at = c
  }
  out.push(data.subarray(at))
  return out
}

async function* chunks(list: Buffer[]): AsyncGenerator<Buffer> {
  for (const c of list) yield c
}

describe('captureEntry reads a file however its bytes are chunked', () => {
  const whole = { full: 4 * 1024 * 1024, head: 1024 * 1024 }
  const sparse = { full: 64 * 1024, head: 16 * 1024 }
  const cases: Array<[string, Buffer, number, typeof whole]> = [
    ['a whole ELF file', ELF, 0o755, whole],
    ['a sparsely read ELF file', BIG, 0o755, sparse],
    ['a non-executable ELF file (a library)', ELF, 0o644, whole],
    ['a script', Buffer.from('#!/bin/sh\necho hi\n'), 0o755, whole]
  ]
  test.each(cases)('%s', async (_name, data, mode, limits) => {
    const reference = await captureEntry(chunks([data]), mode, data.length, limits)
    expect(reference.binary?.format).not.toBe('other')
    const firstSizes = [1, 2, 3, 4, 5, 7, 8, 63, 64, 65, 4095, 4096, 4097]
    for (const first of firstSizes) {
      const got = await captureEntry(chunks(split(data, [first])), mode, data.length, limits)
      expect(got).toEqual(reference)
    }
    // One byte at a time for the head, then the rest.
    const bytewise = await captureEntry(chunks(split(data, [1, 2, 3, 4, 5, 6, 7, 8])), mode, data.length, limits)
    expect(bytewise).toEqual(reference)
    // ELF files are hashed whole; scripts are not hashed.
    expect(reference.sha256).toBe(reference.binary?.format === 'elf' ? sha(data) : undefined)
  })
})

/** A layer holding a padding file, then the ELF file; and where the ELF's bytes start in the tar. */
async function layerWithElfAt(padding: number): Promise<{ tar: Buffer; start: number }> {
  const tar = await makeTar([
    { name: 'pad', content: Buffer.alloc(padding, 7) },
    { name: 'usr/lib/libx.so', mode: 0o644, content: ELF }
  ])
  return { tar, start: tar.indexOf(ELF.subarray(0, 256)) }
}

async function libFacts(raw: Buffer[]): Promise<{ machine?: number; sha256?: string; needed?: string[] }> {
  const { entries } = await readLayer(chunks(raw), 'test')
  const lib = entries.find(e => e.path === '/usr/lib/libx.so')
  const b = lib?.binary
  return {
    ...(b?.format === 'elf' ? { machine: b.machine, ...(b.needed ? { needed: b.needed } : {}) } : {}),
    ...(lib?.sha256 ? { sha256: lib.sha256 } : {})
  }
}

const expected = { machine: 183, needed: ['libc.so.6'], sha256: sha(ELF) }

test('an uncompressed layer: the ELF data starting 1 to 8 bytes before a chunk ends', async () => {
  const { tar, start } = await layerWithElfAt(1000)
  expect(start).toBeGreaterThan(0)
  for (let d = 1; d <= 8; d++) {
    expect(await libFacts(split(tar, [start + d]))).toEqual(expected)
  }
  // The read sizes of the sources: 1 MiB (layer files), 64 KiB (archives), 16 KiB and odd sizes (networks).
  for (const size of [1024 * 1024, 64 * 1024, 16 * 1024, 1000, 4093]) {
    expect(await libFacts(split(tar, sizes(tar.length, size)))).toEqual(expected)
  }
})

/** Cut points every `size` bytes, as a source reading `size` at a time makes them. */
const sizes = (length: number, size: number): number[] =>
  Array.from({ length: Math.ceil(length / size) }, (_, i) => (i + 1) * size)

/** Where a decompressor fed these input chunks cuts its output: the offsets of its chunk ends. */
async function outputCuts(input: Buffer[], make: () => NodeJS.ReadWriteStream): Promise<number[]> {
  const cuts: number[] = []
  let at = 0
  const out = Readable.from(chunks(input)).pipe(make() as NodeJS.WritableStream & Readable)
  for await (const c of out as AsyncIterable<Buffer>) {
    at += c.length
    cuts.push(at)
  }
  return cuts
}

test('a gzip layer whose decompressed chunks end 1 to 3 bytes after the ELF data starts', async () => {
  // zlib hands on what it has decoded whenever its input runs out, so a source whose read ends at compressed byte k
  // cuts the tar stream where the first k bytes decode to. Find, for d = 1..3, a k that cuts the ELF's data d bytes
  // after it starts, check that the decompressor really cuts there, and walk the layer read that way.
  const { tar, start } = await layerWithElfAt(1000)
  const gz = gzipSync(tar, { level: 1 })
  const decoded = (k: number): number =>
    gunzipSync(gz.subarray(0, k), { finishFlush: zlibConstants.Z_SYNC_FLUSH }).length
  let lo = 0
  let hi = gz.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (decoded(mid) < start) lo = mid + 1
    else hi = mid
  }
  const found = new Map<number, number>()
  for (let k = Math.max(1, lo - 64); k < lo + 512 && found.size < 3; k++) {
    const d = decoded(k) - start
    if (d >= 1 && d <= 3 && !found.has(d)) found.set(d, k)
  }
  expect([...found.keys()].sort()).toEqual([1, 2, 3])
  for (const [d, k] of found) {
    expect(await outputCuts(split(gz, [k]), createGunzip)).toContain(start + d)
    expect(await libFacts(split(gz, [k]))).toEqual(expected)
  }
  // And the read sizes of the sources.
  for (const size of [1024 * 1024, 64 * 1024, 16 * 1024, 1000]) {
    expect(await libFacts(split(gz, sizes(gz.length, size)))).toEqual(expected)
  }
})

test('a zstd layer whose decompressed chunks end 1 to 3 bytes after the ELF data starts', async () => {
  // Both zstd decoders hand on whole blocks: fzstd (Node 20) each block as it is decoded, node:zlib's zstd (Node
  // 22.15+) what it decoded when its input runs out. A plain frame of the zstd tool ends a block every 128 KiB of the
  // tar, and a tar file's data starts on a 512-byte boundary, so no padding puts a block end 1-3 bytes into a file.
  // Its multi-threaded mode (-T2 -B<n>, as parallel compressors do) starts a new job, and with it a new block, every n
  // bytes (n of 512 KiB at least): with n = start + d a block ends d bytes into the ELF. Check that the decompressor
  // the walk uses really cuts there, and walk the layer read that way.
  const { tar, start } = await layerWithElfAt(600_000)
  expect(start).toBeGreaterThan(512 * 1024)
  const zstdStream = (): NodeJS.ReadWriteStream => decompressor('zstd') as NodeJS.ReadWriteStream
  for (const d of [1, 2, 3]) {
    const zst = execFileSync('zstd', ['-q', '-3', '-c', '--no-check', '-T2', `-B${start + d}`], {
      input: tar,
      maxBuffer: 1 << 26
    })
    const input = split(zst, sizes(zst.length, 64))
    expect(await outputCuts(input, zstdStream)).toContain(start + d)
    expect(await libFacts(input)).toEqual(expected)
  }
})

test('a zstd layer (made by the zstd tool) read in each source read size, with the ELF at many offsets', async () => {
  // The read sizes of the sources. These plain frames never cut the stream inside a file's first bytes (see above).
  for (let padding = 0; padding < 24; padding++) {
    const { tar } = await layerWithElfAt(padding * 5111)
    const zst = execFileSync('zstd', ['-q', '-3', '-c', '--no-check'], { input: tar, maxBuffer: 1 << 26 })
    for (const size of [1024 * 1024, 64 * 1024, 1000]) {
      expect(await libFacts(split(zst, sizes(zst.length, size)))).toEqual(expected)
    }
  }
})
