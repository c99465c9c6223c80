/**
 * A layer's compression (and, in a docker save pipe, whether a member is a layer at all) is read from its first bytes
 * however few of them its first chunk holds: gzip needs 2, zstd 4, a tar header's "ustar" ends at byte 262. A network
 * read, or a layer whose data starts just before an input chunk of the pipe ends, can bring fewer. Each layer is read
 * with its first chunk cut at 1 to 262 bytes, through the reader of every source whose chunks are not its own: the
 * registry's (a response body, as it arrives) and the docker save pipe's (the archive, as the pipe brings it). Layer
 * files are read 1 MiB at a time, so their first chunk is the whole of a smaller blob and never a few bytes.
 */
import { execFileSync } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { Readable } from 'node:stream'
import { gzipSync } from 'node:zlib'
import { ArchiveSource } from '../../src/image/archive.js'
import { walkLayer, type LayerEntry } from '../../src/image/layer.js'
import { listImages, loadImage } from '../../src/image/read.js'
import { readBody } from '../../src/image/registry/client.js'
import { MAX_JSON_BYTES } from '../../src/image/source.js'
import { bin } from '../helpers/fixtures.js'
import { makeTar } from '../helpers/tar.js'

const ELF = bin('c-arm64-dyn')
const sha256 = (b: Buffer): string => `sha256:${createHash('sha256').update(b).digest('hex')}`

type Kind = 'plain' | 'gzip' | 'zstd'
const KINDS: Kind[] = ['plain', 'gzip', 'zstd']

function compress(kind: Kind, tar: Buffer): Buffer {
  if (kind === 'gzip') return gzipSync(tar, { level: 1 })
  if (kind === 'zstd') return execFileSync('zstd', ['-q', '-1', '-c', '--no-check'], { input: tar, maxBuffer: 1 << 26 })
  return tar
}

/** `data` in two chunks, the first `n` bytes long (after `at` bytes that come before it). */
const cutAt = (data: Buffer, at: number, n: number): Buffer[] => [data.subarray(0, at + n), data.subarray(at + n)]

/** What the checks see of a layer: its ELF file's facts and every entry's path and type. */
function summary(entries: LayerEntry[]): unknown {
  const elf = entries.find(e => e.path === '/usr/lib/libx.so')
  return {
    paths: entries.map(e => `${e.type} ${e.path}`),
    binary: elf?.binary?.format === 'elf' ? { machine: elf.binary.machine, needed: elf.binary.needed } : undefined,
    sha256: elf?.sha256
  }
}

const CUTS = Array.from({ length: 262 }, (_, i) => i + 1)

describe('the registry reader: a blob whose first network read is 1 to 262 bytes', () => {
  /** A response body that arrives in these chunks, read as the registry source reads one. */
  const body = (chunks: Buffer[]): AsyncIterable<Buffer> => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const c of chunks) controller.enqueue(new Uint8Array(c))
        controller.close()
      }
    })
    return Readable.from(readBody(new Response(stream), new AbortController(), 10_000, 'blob'))
  }

  test('the response body keeps the chunks it arrived in', async () => {
    const sizes: number[] = []
    for await (const c of body(cutAt(Buffer.alloc(100, 1), 0, 3))) sizes.push((c as Buffer).length)
    expect(sizes).toEqual([3, 97])
  })

  test.each(KINDS)('%s', async kind => {
    const tar = await makeTar([
      { name: 'usr/lib/libx.so', mode: 0o644, content: ELF },
      { name: 'etc/ld.so.conf', content: 'include /etc/ld.so.conf.d/*.conf\n' }
    ])
    const blob = compress(kind, tar)
    const digest = sha256(blob)
    const reference = summary(await walkLayer(Readable.from([blob]), digest))
    expect(reference).toMatchObject({ binary: { machine: 183 }, sha256: sha256(ELF).slice(7) })
    for (const n of CUTS) {
      expect([n, summary(await walkLayer(body(cutAt(blob, 0, n)), digest))]).toEqual([n, reference])
    }
  })
})

describe('the docker save pipe: a layer member whose first chunk is 1 to 262 bytes', () => {
  // A layer member is walked as the pipe goes by when its first bytes show a layer; else it is kept as a small file
  // (a JSON document), and one over MAX_JSON_BYTES is dropped. So these layers are larger than that (a file of random
  // bytes, which no compression shrinks), and a layer mistaken for another file is missing.
  const archives = new Map<Kind, Promise<{ archive: Buffer; at: number }>>()
  const filler = randomBytes(MAX_JSON_BYTES + 4096)
  function dockerSave(kind: Kind): Promise<{ archive: Buffer; at: number }> {
    let p = archives.get(kind)
    if (!p) {
      p = (async () => {
        const tar = await makeTar([
          { name: 'usr/lib/libx.so', mode: 0o644, content: ELF },
          { name: 'var/filler', content: filler }
        ])
        const layer = compress(kind, tar)
        expect(layer.length).toBeGreaterThan(MAX_JSON_BYTES)
        const config = Buffer.from(
          JSON.stringify({
            os: 'linux',
            architecture: 'arm64',
            config: {},
            rootfs: { type: 'layers', diff_ids: [sha256(tar)] }
          })
        )
        const archive = await makeTar([
          { name: 'config.json', content: config },
          { name: 'manifest.json', content: JSON.stringify([{ Config: 'config.json', Layers: ['l/layer.tar'] }]) },
          { name: 'l/layer.tar', content: layer }
        ])
        return { archive, at: archive.indexOf(layer.subarray(0, 1024)) }
      })()
      archives.set(kind, p)
    }
    return p
  }

  async function layerThroughPipe(chunks: Buffer[]): Promise<unknown> {
    const source = await ArchiveSource.fromStream('docker:test', Readable.from(chunks))
    const [ref] = await listImages(source)
    if (!ref) throw new Error('no image')
    const { manifest } = await loadImage(source, ref)
    const blob = await source.blob(manifest.layers[0] as (typeof manifest.layers)[number])
    if (blob.kind !== 'walked') throw new Error(`a pipe's layer is walked as it passes, not ${blob.kind}`)
    return summary(await blob.entries)
  }

  // Each read of these layers hashes and walks 16 MiB: the cuts where the magic is short, and a few beyond.
  const PIPE_CUTS = [1, 2, 3, 4, 5, 8, 63, 64, 100, 256, 257, 258, 261, 262, 263]

  test.each(KINDS)('%s', async kind => {
    const { archive, at } = await dockerSave(kind)
    expect(at).toBeGreaterThan(0)
    const reference = await layerThroughPipe([archive])
    expect(reference).toMatchObject({ binary: { machine: 183 }, sha256: sha256(ELF).slice(7) })
    for (const n of PIPE_CUTS) {
      expect([n, await layerThroughPipe(cutAt(archive, at, n))]).toEqual([n, reference])
    }
  })
})
