/**
 * The facts cache: what it stores is read back whole, anything that fails a check is ignored (and written again by
 * the next walk), names come from digests only, the directory stays under its bound, and an unwritable directory is
 * one warning. The reader takes a layer from it instead of reading the blob, and never for a blob it cannot vouch for.
 */
import { createHash } from 'node:crypto'
import { chmod, mkdtemp, readFile, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { gzipSync } from 'node:zlib'
import { FactsCache, cacheVersion, defaultCacheDir, entryName, type CacheKey } from '../../src/image/cache.js'
import type { LayerEntry } from '../../src/image/layer.js'
import { LayerReader } from '../../src/image/layers.js'
import { openSource } from '../../src/image/open.js'
import type { ImageSource, LayerBlob } from '../../src/image/source.js'
import { listImages, loadImage } from '../../src/image/read.js'
import type { Descriptor } from '../../src/image/types.js'
import { bin } from '../helpers/fixtures.js'
import { writeLayout } from '../helpers/layout.js'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mv-cache-'))
})
afterEach(async () => {
  await chmod(dir, 0o700).catch(() => undefined)
  await rm(dir, { recursive: true, force: true })
})

const DIGEST = `sha256:${'ab'.repeat(32)}`
const KEY: CacheKey = { digest: DIGEST }
const ENTRIES: LayerEntry[] = [
  { path: '/bin', type: 'dir', mode: 0o755, size: 0, uid: 0, gid: 0 },
  { path: '/bin/sh', type: 'symlink', mode: 0o777, size: 0, uid: 0, gid: 0, linkname: 'busybox' },
  {
    path: '/bin/busybox',
    type: 'file',
    mode: 0o755,
    size: 1000,
    uid: 0,
    gid: 0,
    binary: { format: 'shebang', interpreter: '/bin/sh' } as unknown as LayerEntry['binary'],
    sha256: 'cd'.repeat(32)
  },
  { path: '/etc/passwd', type: 'file', mode: 0o644, size: 5, uid: 0, gid: 0, text: 'r\u00e9\ud800x' }
]

async function filled(opts: ConstructorParameters<typeof FactsCache>[1] = {}): Promise<FactsCache> {
  const cache = new FactsCache(dir, opts)
  cache.put(KEY, ENTRIES, 1234)
  await cache.flush()
  return cache
}

test('entries stored under a digest are read back whole, for the same size only', async () => {
  const cache = await filled()
  expect(await cache.get(KEY, 1234)).toEqual(ENTRIES)
  expect(await cache.get(KEY, 1235)).toBeUndefined()
  expect(await cache.get({ digest: DIGEST, of: 'uncompressed' }, 1234)).toBeUndefined()
  expect(await readdir(dir)).toEqual([`b-sha256-${'ab'.repeat(32)}.facts`])
  expect(cache.stats).toMatchObject({ hits: 1, written: 1 })
})

test('an entry whose body, header, version or key does not check out is ignored, never trusted', async () => {
  const file = join(dir, entryName(KEY) as string)
  await filled()
  const good = await readFile(file)
  const nl = good.indexOf(0x0a)
  const flipped = Buffer.from(good)
  flipped.writeUInt8((flipped.at(-10) as number) ^ 1, flipped.length - 10)
  const header = JSON.parse(good.subarray(0, nl).toString()) as Record<string, unknown>
  const withHeader = (h: Record<string, unknown>): Buffer =>
    Buffer.concat([Buffer.from(JSON.stringify(h)), good.subarray(nl)])
  // Entries of the right shape, gzip'd as put() does: only the recorded hash can tell they are not what was written.
  const anotherBody = (h: Record<string, unknown>): Buffer => {
    const body = gzipSync(JSON.stringify(ENTRIES.slice(1)))
    return Buffer.concat([Buffer.from(`${JSON.stringify({ ...h, length: body.length })}\n`), body])
  }
  const tampered: Array<[string, Buffer]> = [
    ['a flipped byte in the body', flipped],
    ['cut short', good.subarray(0, good.length - 1)],
    ['no header', good.subarray(nl + 1)],
    ['empty', Buffer.alloc(0)],
    ['another version', withHeader({ ...header, version: '0000000000000000' })],
    ['another key (a renamed file)', withHeader({ ...header, key: `stored:sha256:${'ef'.repeat(32)}` })],
    ['another body, valid gzip, its length updated but not its hash', anotherBody(header)]
  ]
  const results: Record<string, unknown> = {}
  for (const [what, bytes] of tampered) {
    await writeFile(file, bytes)
    results[what] = await new FactsCache(dir).get(KEY, 1234)
  }
  expect(results).toEqual(Object.fromEntries(tampered.map(([w]) => [w, undefined])))
})

/** The entry file `file`, its body replaced by `body` and its header's hash and length made to match it. */
async function rewrapped(file: string, body: Buffer): Promise<Buffer> {
  const good = await readFile(file)
  const header = JSON.parse(good.subarray(0, good.indexOf(0x0a)).toString()) as Record<string, unknown>
  const sha256 = createHash('sha256').update(body).digest('hex')
  return Buffer.concat([Buffer.from(`${JSON.stringify({ ...header, sha256, length: body.length })}\n`), body])
}

test('an entry that passes its header and hash but cannot be decoded is a miss, never an error', async () => {
  await filled()
  const bodies: Array<[string, Buffer]> = [
    ['not gzip', Buffer.from('this is not gzip at all')],
    ['gzip of what is not JSON', gzipSync('{"path": "/bin"')],
    ['gzip of JSON that is not a list', gzipSync('{"path": "/bin"}')]
  ]
  const outcomes: Record<string, unknown> = {}
  for (const [what, body] of bodies) {
    const file = join(dir, entryName(KEY) as string)
    await writeFile(file, await rewrapped(file, body))
    const cache = new FactsCache(dir)
    outcomes[what] = await cache.get(KEY, 1234).then(
      entries => ({ entries, rejected: cache.stats.rejected }),
      (err: Error) => `threw: ${err.message}`
    )
  }
  expect(outcomes).toEqual(Object.fromEntries(bodies.map(([w]) => [w, { entries: undefined, rejected: 1 }])))
})

test('a body that hashes right but is not the walk’s shape is ignored', async () => {
  const cache = new FactsCache(dir)
  // Stored through put() itself, so its header and hash are right: only the shape is wrong.
  cache.put(KEY, [{ path: 'relative', type: 'file' } as unknown as LayerEntry], 10)
  await cache.flush()
  expect(await cache.get(KEY, 10)).toBeUndefined()
  expect(cache.stats.rejected).toBe(1)
})

test('names come from well-formed digests only: no path tricks', () => {
  expect(
    [
      `sha256:${'a'.repeat(64)}`,
      `sha512:${'b'.repeat(128)}`,
      `sha256:${'b'.repeat(128)}`,
      'sha256:../../etc/passwd',
      `sha256:${'A'.repeat(64)}`,
      `md5:${'a'.repeat(32)}`,
      'sha256:missing-0'
    ].map(digest => entryName({ digest }))
  ).toEqual([`b-sha256-${'a'.repeat(64)}.facts`, `b-sha512-${'b'.repeat(128)}.facts`, ...Array(5).fill(undefined)])
})

test('the cache version changes with the engine build, and is the same for the same build', () => {
  expect(cacheVersion('0'.repeat(32))).toBe(cacheVersion('0'.repeat(32)))
  expect(cacheVersion('0'.repeat(32))).not.toBe(cacheVersion('1'.repeat(32)))
  expect(cacheVersion('@@placeholder@@')).toBe(cacheVersion('dev'))
  expect(cacheVersion()).toMatch(/^[0-9a-f]{16}$/)
})

test('the default directory follows XDG_CACHE_HOME, else ~/.cache', () => {
  expect(defaultCacheDir({ XDG_CACHE_HOME: '/x/cache' })).toBe('/x/cache/multiarch-verify')
  expect(defaultCacheDir({ XDG_CACHE_HOME: 'relative' })).toMatch(/\/\.cache\/multiarch-verify$/)
})

test('past its bound, the least recently used entries go first', async () => {
  const keys = ['01', '02', '03'].map(b => ({ digest: `sha256:${b.repeat(32)}` }))
  const cache = new FactsCache(dir)
  for (const k of keys) cache.put(k, ENTRIES, 100)
  await cache.flush()
  const size = (await stat(join(dir, entryName(keys[0] as CacheKey) as string))).size
  // The first is the oldest written, then used (a hit), so the second is the least recently used.
  const old = new Date(Date.now() - 60_000)
  for (const [i, k] of keys.entries()) {
    const t = new Date(old.getTime() + i * 1000)
    await utimes(join(dir, entryName(k) as string), t, t)
  }
  expect(await cache.get(keys[0] as CacheKey, 100)).toEqual(ENTRIES)
  const bounded = new FactsCache(dir, { maxBytes: size * 2 })
  await bounded.evict()
  expect((await readdir(dir)).sort()).toEqual([entryName(keys[0]!), entryName(keys[2]!)].sort())
  expect(bounded.stats.evicted).toBe(1)
})

test('a directory that cannot be written is one warning, and the run goes on', async () => {
  if (process.getuid?.() === 0) {
    // root writes anywhere: make the directory a file instead.
    await writeFile(join(dir, 'file'), '')
  }
  const target = process.getuid?.() === 0 ? join(dir, 'file', 'cache') : dir
  await chmod(dir, 0o500)
  const warnings: string[] = []
  const cache = new FactsCache(target, { warn: m => warnings.push(m) })
  cache.put(KEY, ENTRIES, 1)
  cache.put({ digest: `sha256:${'cd'.repeat(32)}` }, ENTRIES, 1)
  await cache.flush()
  expect(warnings).toHaveLength(1)
  expect(warnings[0]).toMatch(/cannot be written.*going on without it/)
  expect(await cache.get(KEY, 1)).toBeUndefined()
})

describe('the reader with a cache', () => {
  async function layout(): Promise<{
    layer: Descriptor
    blobFile: string
    source: Awaited<ReturnType<typeof openSource>>
  }> {
    const image = join(dir, 'image')
    await writeLayout(image, [
      {
        platform: { os: 'linux', architecture: 'amd64' },
        config: { os: 'linux', architecture: 'amd64', config: { Entrypoint: ['/server'] } },
        layers: [[{ name: 'server', mode: 0o755, content: bin('go-amd64') }]]
      }
    ])
    const source = await openSource(`oci:${image}`)
    const [ref] = await listImages(source)
    const { manifest } = await loadImage(source, ref!)
    const layer = manifest.layers[0] as Descriptor
    return { layer, blobFile: join(image, 'blobs', 'sha256', layer.digest.slice(7)), source }
  }

  test('a layer read once is taken from the cache the next time: its blob hashed, not walked', async () => {
    const { layer, source } = await layout()
    const cacheDir = join(dir, 'cache')
    // Entries no walk of this blob makes, stored under its digest and size: only a hit can give them back.
    const marker: LayerEntry[] = [{ path: '/from-the-cache', type: 'file', mode: 0o644, size: 1, uid: 0, gid: 0 }]
    const seed = new FactsCache(cacheDir)
    seed.put({ digest: layer.digest }, marker, layer.size)
    await seed.flush()
    const reader = new LayerReader()
    reader.cache = new FactsCache(cacheDir)
    expect(await reader.read(source, layer)).toEqual(marker)
    expect(reader.cache.stats).toMatchObject({ hits: 1, misses: 0 })
  })

  test('a cached layer whose local copy changed, at the same size, is the error a read gives, naming its digest', async () => {
    const { layer, blobFile, source } = await layout()
    const reader = new LayerReader()
    reader.cache = new FactsCache(join(dir, 'cache'))
    const cold = await reader.read(source, layer)
    await reader.cache.flush()
    expect(cold.find(e => e.path === '/server')?.binary).toMatchObject({ format: 'elf' })
    await writeFile(blobFile, Buffer.alloc(layer.size))
    reader.cache = new FactsCache(join(dir, 'cache'))
    await expect(reader.read(source, layer)).rejects.toThrow(
      new RegExp(
        `^layer ${layer.digest} does not match its digest \\(got sha256:[0-9a-f]{64}\\): the image is corrupt$`
      )
    )
    expect(reader.cache.stats).toMatchObject({ hits: 1, misses: 0 })
  })

  test('a stream source (a registry) on a hit is not opened: nothing is downloaded', async () => {
    const { layer, source } = await layout()
    const cacheDir = join(dir, 'cache')
    const reader = new LayerReader()
    reader.cache = new FactsCache(cacheDir)
    const cold = await reader.read(source, layer)
    await reader.cache.flush()
    let opened = 0
    const registry: ImageSource = {
      ...source,
      name: 'registry:test',
      close: async () => undefined,
      rootIndex: () => source.rootIndex(),
      json: d => source.json(d),
      blob: async (d): Promise<LayerBlob> => ({
        kind: 'stream',
        expected: { digest: d.digest },
        open: async () => {
          opened++
          return Readable.from([])
        }
      })
    }
    reader.cache = new FactsCache(cacheDir)
    expect(await reader.read(registry, layer)).toEqual(cold)
    expect({ opened, hits: reader.cache.stats.hits }).toEqual({ opened: 0, hits: 1 })
  })

  test('a tampered entry is ignored: the layer is read again and its entry written again', async () => {
    const { layer, source } = await layout()
    const cacheDir = join(dir, 'cache')
    const reader = new LayerReader()
    reader.cache = new FactsCache(cacheDir)
    const cold = await reader.read(source, layer)
    await reader.cache.flush()
    const file = join(cacheDir, entryName({ digest: layer.digest }) as string)
    const bytes = await readFile(file)
    // One bit of the stored body changed, its recorded hash left as it was.
    const tampered = Buffer.from(bytes)
    tampered.writeUInt8((tampered.at(-1) as number) ^ 1, tampered.length - 1)
    await writeFile(file, tampered)
    reader.cache = new FactsCache(cacheDir)
    expect(await reader.read(source, layer)).toEqual(cold)
    await reader.cache.flush()
    expect(reader.cache.stats).toMatchObject({ hits: 0, rejected: 1, written: 1 })
    expect(await readFile(file)).toEqual(bytes)
  })

  test('an entry that cannot be decoded is replaced: the layer is read, the same entries, and its entry written again', async () => {
    const { layer, source } = await layout()
    const cacheDir = join(dir, 'cache')
    const reader = new LayerReader()
    reader.cache = new FactsCache(cacheDir)
    const cold = await reader.read(source, layer)
    await reader.cache.flush()
    const file = join(cacheDir, entryName({ digest: layer.digest }) as string)
    const bytes = await readFile(file)
    await writeFile(file, await rewrapped(file, Buffer.from('not gzip')))
    reader.cache = new FactsCache(cacheDir)
    expect(await reader.read(source, layer)).toEqual(cold)
    await reader.cache.flush()
    expect(reader.cache.stats).toMatchObject({ hits: 0, rejected: 1, written: 1 })
    expect(await readFile(file)).toEqual(bytes)
  })

  test('a descriptor or a local copy of another size than the cached bytes is read, not taken from the cache', async () => {
    const { layer, blobFile, source } = await layout()
    const reader = new LayerReader()
    reader.cache = new FactsCache(join(dir, 'cache'))
    await reader.read(source, layer)
    await reader.cache.flush()
    await writeFile(blobFile, Buffer.alloc(layer.size - 1))
    const outcome = (d: Descriptor): Promise<string> =>
      reader.read(source, d).then(
        () => 'read',
        (e: Error) => e.message
      )
    const outcomes = [await outcome(layer), await outcome({ ...layer, size: layer.size + 1 })]
    expect(outcomes.map(o => (/does not match|cannot read layer/.test(o) ? 'walked and refused' : o))).toEqual([
      'walked and refused',
      'walked and refused'
    ])
  })
})
