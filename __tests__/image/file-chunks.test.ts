import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import * as zlib from 'node:zlib'
import { FILE_CHUNK, FileChunks } from '../../src/image/file-chunks.js'
import { walkFile, walkLayer } from '../../src/image/layer.js'
import { UserError } from '../../src/errors.js'
import { bin } from '../helpers/fixtures.js'
import { digestOf, gzip, makeTar } from '../helpers/tar.js'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mv-chunks-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function collect(chunks: FileChunks): Promise<Buffer[]> {
  const out: Buffer[] = []
  for await (const c of chunks) out.push(c)
  return out
}

test('a file is read whole or by range, in chunks of at most the chunk size', async () => {
  const bytes = randomBytes(10_000)
  const path = join(dir, 'blob')
  writeFileSync(path, bytes)
  const whole = await collect(new FileChunks(path, undefined, 4096))
  expect(whole.map(c => c.length)).toEqual([4096, 4096, 1808])
  expect(Buffer.concat(whole).equals(bytes)).toBe(true)
  const range = await collect(new FileChunks(path, { start: 100, end: 5000 }, 4096))
  expect(Buffer.concat(range).equals(bytes.subarray(100, 5000))).toBe(true)
  // A range past the end of the file yields what there is (the digest check then fails), and no empty chunk.
  const past = await collect(new FileChunks(path, { start: 9000, end: 20_000 }, 4096))
  expect(Buffer.concat(past).equals(bytes.subarray(9000))).toBe(true)
})

test('with reuse, two buffers take turns; without, every chunk is its own', async () => {
  const path = join(dir, 'turns')
  writeFileSync(path, randomBytes(5 * 1000))
  const fresh = await collect(new FileChunks(path, undefined, 1000))
  expect(new Set(fresh.map(c => c.buffer)).size).toBe(5)
  const reused = new FileChunks(path, undefined, 1000)
  reused.reuse = true
  const seen: ArrayBufferLike[] = []
  for await (const c of reused) seen.push(c.buffer)
  expect(new Set(seen).size).toBe(2)
  expect(seen[0]).toBe(seen[2])
  expect(seen[1]).toBe(seen[3])
})

test('a gzip layer file of many chunks walks to the same entries and digest as its bytes in memory', async () => {
  // Random bytes do not compress: the layer file is several read chunks, so the buffers take turns many times.
  const noise = randomBytes(3 * FILE_CHUNK + 12_345)
  const blob = gzip(
    await makeTar([
      { name: 'data/noise', content: noise },
      { name: 'usr/bin/app', mode: 0o755, content: bin('go-arm64') },
      { name: 'usr/lib/lib.so', content: bin('c-amd64-dyn') }
    ])
  )
  expect(blob.length).toBeGreaterThan(3 * FILE_CHUNK)
  const path = join(dir, 'layer.tar.gz')
  writeFileSync(path, blob)
  const fromFile = await walkFile(path, digestOf(blob))
  const inMemory = await walkLayer(Readable.from([blob]), digestOf(blob))
  expect(fromFile).toEqual(inMemory)
  expect(fromFile.find(e => e.path === '/usr/bin/app')?.binary).toMatchObject({ format: 'elf', machine: 183 })
})

test('a gzip layer file cut short, or missing, is one clear error naming it, not a hang', async () => {
  const blob = gzip(await makeTar([{ name: 'data/noise', content: randomBytes(2 * FILE_CHUNK) }]))
  const path = join(dir, 'cut.tar.gz')
  writeFileSync(path, blob.subarray(0, Math.floor(blob.length * 0.7)))
  const cut = walkFile(path, undefined, undefined, 'cut-layer')
  await expect(cut).rejects.toThrow(UserError)
  await expect(cut).rejects.toThrow(/cannot read layer cut-layer/)
  const missing = walkFile(join(dir, 'nothing-here'), undefined, undefined, 'gone-layer')
  await expect(missing).rejects.toThrow(/cannot read layer gone-layer: .*ENOENT/)
})

test('a layer file that fails early in its first megabytes is closed then, not left to the garbage collector', async () => {
  const blob = gzip(await makeTar([{ name: 'data/noise', content: randomBytes(4 * FILE_CHUNK) }]))
  // Zeros over 64 KiB of stored (incompressible) deflate blocks: a block header there has lengths that do not match.
  blob.fill(0, 200_000, 200_000 + 65_536)
  const path = join(dir, 'corrupt.tar.gz')
  writeFileSync(path, blob)
  const fds = (): number => readdirSync('/proc/self/fd').length
  const before = fds()
  await expect(walkFile(path, undefined, undefined, 'corrupt-layer')).rejects.toThrow(/cannot read layer corrupt-layer/)
  expect(fds()).toBe(before)
})

test('a gzip layer file whose bytes are not its digest is the digest error, read in turns or not', async () => {
  const blob = gzip(await makeTar([{ name: 'data/noise', content: randomBytes(2 * FILE_CHUNK) }]))
  const path = join(dir, 'wrong.tar.gz')
  writeFileSync(path, blob)
  await expect(walkFile(path, 'sha256:' + '1'.repeat(64))).rejects.toThrow(/does not match its digest/)
})

/** zstd-compressed bytes: node:zlib's where this Node has it (22.15+), else the zstd tool (scripts/setup-env.sh). */
function zstd(bytes: Buffer): Buffer {
  const native = (zlib as unknown as { zstdCompressSync?: (b: Buffer) => Buffer }).zstdCompressSync
  if (native) return native(bytes)
  const r = spawnSync('zstd', ['-q', '-c', '-1'], { input: bytes, maxBuffer: 1 << 26 })
  if (r.status !== 0) throw new Error(`zstd is needed for this test (apt-get install zstd): ${r.error ?? r.stderr}`)
  return r.stdout
}

test('a zstd layer file of many chunks walks to the same entries as in memory (native zstd reads in turns)', async () => {
  const blob = zstd(
    await makeTar([
      { name: 'data/noise', content: randomBytes(3 * FILE_CHUNK) },
      { name: 'usr/bin/app', mode: 0o755, content: bin('go-arm64') }
    ])
  )
  expect(blob.length).toBeGreaterThan(3 * FILE_CHUNK)
  const path = join(dir, 'layer.tar.zst')
  writeFileSync(path, blob)
  const fromFile = await walkFile(path, digestOf(blob))
  expect(fromFile).toEqual(await walkLayer(Readable.from([blob]), digestOf(blob)))
  expect(fromFile.find(e => e.path === '/usr/bin/app')?.binary).toMatchObject({ format: 'elf', machine: 183 })
})
