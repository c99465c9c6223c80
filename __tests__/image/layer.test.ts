import { Readable } from 'node:stream'
import { createHash } from 'node:crypto'
import { walkLayer, normalizeEntryPath } from '../../src/image/layer.js'
import { ROOT, bin } from '../helpers/fixtures.js'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { fzstdDecode } from '../../src/image/decompress.js'
import { digestOf, gzip, makeTar } from '../helpers/tar.js'

const items = [
  { name: 'usr/', type: 'directory' as const },
  { name: 'usr/bin/app', mode: 0o755, content: bin('go-arm64') },
  { name: 'etc/motd', content: 'hello' },
  { name: 'bin', type: 'symlink' as const, linkname: 'usr/bin' },
  { name: 'run.sh', mode: 0o755, content: '#!/bin/sh\necho hi\n' },
  { name: 'lib.so', mode: 0o644, content: bin('c-amd64-dyn') }
]

test.each([
  ['uncompressed', (b: Buffer) => b],
  ['gzip', gzip]
])('a %s layer is walked once, reading the facts of programs only', async (_kind, wrap) => {
  const blob = wrap(await makeTar(items))
  const entries = await walkLayer(Readable.from([blob]), digestOf(blob))
  const byPath = new Map(entries.map(e => [e.path, e]))
  expect([...byPath.keys()]).toEqual(['/usr', '/usr/bin/app', '/etc/motd', '/bin', '/run.sh', '/lib.so'])
  expect(byPath.get('/usr/bin/app')?.binary).toMatchObject({ format: 'elf', machine: 183, linkage: 'static' })
  expect(byPath.get('/usr/bin/app')?.sha256).toBe(createHash('sha256').update(bin('go-arm64')).digest('hex'))
  expect(byPath.get('/etc/motd')?.binary).toBeUndefined()
  expect(byPath.get('/run.sh')?.binary).toEqual({ format: 'script', interpreter: '/bin/sh' })
  expect(byPath.get('/lib.so')?.binary).toMatchObject({ format: 'elf', machine: 62, needed: ['libc.so.6'] }) // no exec bit
  expect(byPath.get('/bin')).toMatchObject({ type: 'symlink', linkname: 'usr/bin' })
})

test('a layer whose bytes do not match its digest is an error naming the blob', async () => {
  const blob = gzip(await makeTar(items))
  const wrong = 'sha256:' + '0'.repeat(64)
  await expect(walkLayer(Readable.from([blob]), wrong)).rejects.toThrow(/layer sha256:0{64} does not match its digest/)
})

test('a truncated gzip layer is a clear error, not a hang', async () => {
  const blob = gzip(await makeTar(items))
  await expect(walkLayer(Readable.from([blob.subarray(0, blob.length / 2)]), undefined)).rejects.toThrow(
    /cannot read layer/
  )
})

test.each([
  ['../../etc/passwd', '/etc/passwd'],
  ['/abs/path', '/abs/path'],
  ['./a/./b/', '/a/b'],
  ['a/../../b', '/b']
])('entry name %j stays inside the root as %j', (name, expected) => {
  expect(normalizeEntryPath(name)).toBe(expected)
})

test('a zstd layer (made by the zstd tool) is decompressed and walked, with its digest checked', async () => {
  const blob = readFileSync(join(ROOT, '__tests__/fixtures/layers/app.tar.zst'))
  const entries = await walkLayer(Readable.from([blob]), digestOf(blob))
  expect(entries.find(e => e.path === '/usr/bin/app')?.binary).toMatchObject({ format: 'elf', machine: 183 })
})

test('the fzstd fallback (Node 20) decodes the same layer, and a truncated stream is an error', async () => {
  const blob = readFileSync(join(ROOT, '__tests__/fixtures/layers/app.tar.zst'))
  const out: Buffer[] = []
  await pipeline(Readable.from([blob]), fzstdDecode, async (src: AsyncIterable<Buffer>) => {
    for await (const c of src) out.push(Buffer.from(c))
  })
  expect(Buffer.concat(out).includes(bin('go-arm64').subarray(0, 4096))).toBe(true)
  await expect(walkLayer(Readable.from([blob.subarray(0, blob.length - 1000)]), undefined)).rejects.toThrow(
    /cannot read layer/
  )
})

/** A zstd frame of RLE blocks: 4 bytes per 128 KiB of zeros, the densest bomb zstd allows. */
function zstdZeros(bytes: number): Buffer {
  const blocks: Buffer[] = [Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x00, 0x38])]
  for (let left = bytes; left > 0; left -= 128 * 1024) {
    const size = Math.min(left, 128 * 1024)
    const h = Buffer.alloc(4)
    h.writeUIntLE((size << 3) | (1 << 1) | (left === size ? 1 : 0), 0, 3)
    blocks.push(h)
  }
  return Buffer.concat(blocks)
}

test('the fzstd fallback honours backpressure: a 1 GiB bomb in one 32 KB chunk never sits in memory at once', async () => {
  const base = process.memoryUsage().arrayBuffers
  let peak = 0
  let total = 0
  for await (const c of fzstdDecode(Readable.from([zstdZeros(1024 ** 3)]))) {
    total += c.length
    if ((total & 0xfffffff) === 0) peak = Math.max(peak, process.memoryUsage().arrayBuffers - base)
  }
  expect(total).toBe(1024 ** 3)
  expect(peak).toBeLessThan(256 * 1024 * 1024) // a quarter of the bomb: unbounded decoding holds all of it (GC timing varies)
})

test('the only text kept: ld.so.conf, its includes, ld-musl-*.path and /etc/passwd', async () => {
  const blob = await makeTar([
    { name: 'etc/ld.so.conf', content: 'include /etc/ld.so.conf.d/*.conf\n' },
    { name: 'etc/ld.so.conf.d/x86_64-linux-gnu.conf', content: '/usr/lib/x86_64-linux-gnu\n' },
    { name: 'etc/ld-musl-aarch64.path', content: '/lib:/usr/lib\n' },
    { name: 'etc/passwd', content: 'root:x:0:0::/root:/bin/sh\n' },
    { name: 'etc/hostname', content: 'not kept' }
  ])
  const entries = await walkLayer(Readable.from([blob]), digestOf(blob))
  expect(entries.map(e => [e.path, e.text])).toEqual([
    ['/etc/ld.so.conf', 'include /etc/ld.so.conf.d/*.conf\n'],
    ['/etc/ld.so.conf.d/x86_64-linux-gnu.conf', '/usr/lib/x86_64-linux-gnu\n'],
    ['/etc/ld-musl-aarch64.path', '/lib:/usr/lib\n'],
    ['/etc/passwd', 'root:x:0:0::/root:/bin/sh\n'],
    ['/etc/hostname', undefined]
  ])
})
