/**
 * OCI image layouts, as a directory (`oci:DIR`) or as a tar archive (`oci-archive:PATH`).
 * A directory is read on demand. An archive is streamed once: JSON blobs are kept, and layer blobs are walked as
 * they pass, so nothing is extracted to disk and no blob is read twice.
 */
import { createReadStream } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import * as tar from 'tar-stream'
import { UserError, errorMessage } from '../errors.js'
import { walkLayer, normalizeEntryPath, type LayerEntry } from './layer.js'
import { MAX_JSON_BYTES, blobPath, parseJsonBlob, type ImageSource } from './source.js'
import type { Descriptor, Index } from './types.js'

function parseIndex(source: string, bytes: Buffer): Index {
  let idx: Index
  try {
    idx = JSON.parse(bytes.toString('utf8')) as Index
  } catch {
    throw new UserError(`${source}: index.json is not valid JSON`)
  }
  if (!idx || !Array.isArray(idx.manifests)) throw new UserError(`${source}: index.json has no "manifests" list`)
  return idx
}

export class OciDirSource implements ImageSource {
  private readonly layers = new Map<string, Promise<LayerEntry[]>>()

  constructor(
    readonly name: string,
    private readonly dir: string
  ) {}

  static async open(dir: string): Promise<OciDirSource> {
    const name = `oci:${dir}`
    const st = await stat(dir).catch(() => undefined)
    if (!st?.isDirectory()) throw new UserError(`${name}: no such directory`)
    const layout = await stat(join(dir, 'index.json')).catch(() => undefined)
    if (!layout) throw new UserError(`${name}: not an OCI image layout (no index.json)`)
    return new OciDirSource(name, dir)
  }

  async rootIndex(): Promise<Index> {
    return parseIndex(this.name, await readFile(join(this.dir, 'index.json')))
  }

  async json<T>(desc: Descriptor): Promise<T> {
    if (desc.size > MAX_JSON_BYTES) throw new UserError(`${this.name}: blob ${desc.digest} is too large for JSON`)
    const bytes = await readFile(join(this.dir, blobPath(desc.digest))).catch(err => {
      throw new UserError(`${this.name}: missing blob ${desc.digest} (${errorMessage(err)})`)
    })
    return parseJsonBlob<T>(this.name, desc, bytes)
  }

  layer(desc: Descriptor): Promise<LayerEntry[]> {
    let p = this.layers.get(desc.digest)
    if (!p) {
      const path = join(this.dir, blobPath(desc.digest))
      p = stat(path)
        .catch(() => {
          throw new UserError(`${this.name}: missing layer blob ${desc.digest}`)
        })
        .then(() => walkLayer(createReadStream(path), desc.digest))
      this.layers.set(desc.digest, p)
    }
    return p
  }

  async close(): Promise<void> {}
}

function looksLikeLayer(first: Buffer): boolean {
  if (first.length >= 2 && first[0] === 0x1f && first[1] === 0x8b) return true // gzip
  if (first.length >= 4 && first.readUInt32LE(0) === 0xfd2fb528) return true // zstd
  return first.length >= 262 && first.toString('latin1', 257, 262) === 'ustar' // tar
}

export class OciArchiveSource implements ImageSource {
  private constructor(
    readonly name: string,
    private readonly files: Map<string, Buffer>,
    private readonly layers: Map<string, LayerEntry[]>
  ) {}

  /** Stream the archive once, keeping JSON blobs and walking layer blobs as they pass. */
  static async open(path: string): Promise<OciArchiveSource> {
    const name = `oci-archive:${path}`
    const st = await stat(path).catch(() => undefined)
    if (!st?.isFile()) throw new UserError(`${name}: no such file`)
    const files = new Map<string, Buffer>()
    const layers = new Map<string, LayerEntry[]>()
    const extract = tar.extract()
    const input = createReadStream(path)
    input.on('error', err => extract.destroy(err))
    input.pipe(extract)
    try {
      for await (const entry of extract) {
        const rel = normalizeEntryPath(entry.header.name).slice(1)
        if (entry.header.type !== 'file' && entry.header.type !== 'contiguous-file') {
          entry.resume()
          continue
        }
        const m = /^blobs\/(sha256|sha512)\/([a-f0-9]+)$/.exec(rel)
        const iter = (entry as AsyncIterable<Buffer>)[Symbol.asyncIterator]()
        const first = await iter.next()
        const firstChunk = first.done ? Buffer.alloc(0) : Buffer.from(first.value)
        if (m && looksLikeLayer(firstChunk)) {
          const rest = async function* (): AsyncGenerator<Buffer> {
            yield firstChunk
            for (let r = await iter.next(); !r.done; r = await iter.next()) yield r.value
          }
          layers.set(`${m[1]}:${m[2]}`, await walkLayer(rest(), `${m[1]}:${m[2]}`))
          continue
        }
        const chunks = [firstChunk]
        let size = firstChunk.length
        for (let r = await iter.next(); !r.done; r = await iter.next()) {
          size += r.value.length
          if (size <= MAX_JSON_BYTES) chunks.push(Buffer.from(r.value))
        }
        if (size <= MAX_JSON_BYTES) files.set(rel, Buffer.concat(chunks))
      }
    } catch (err) {
      if (err instanceof UserError) throw new UserError(`${name}: ${err.message}`)
      throw new UserError(`${name}: not a readable tar archive (${errorMessage(err)})`)
    }
    if (!files.has('index.json')) throw new UserError(`${name}: not an OCI image layout (no index.json)`)
    return new OciArchiveSource(name, files, layers)
  }

  async rootIndex(): Promise<Index> {
    return parseIndex(this.name, this.files.get('index.json') as Buffer)
  }

  async json<T>(desc: Descriptor): Promise<T> {
    const bytes = this.files.get(blobPath(desc.digest))
    if (!bytes) throw new UserError(`${this.name}: missing blob ${desc.digest}`)
    return parseJsonBlob<T>(this.name, desc, bytes)
  }

  async layer(desc: Descriptor): Promise<LayerEntry[]> {
    const walked = this.layers.get(desc.digest)
    if (walked) return walked
    const bytes = this.files.get(blobPath(desc.digest)) // a small layer that did not look like one (an empty tar)
    if (!bytes) throw new UserError(`${this.name}: missing layer blob ${desc.digest}`)
    return walkLayer(Readable.from([bytes]), desc.digest)
  }

  async close(): Promise<void> {}
}
