/**
 * Image archives read as one stream: an OCI layout tar (`oci-archive:`), or `docker save` output
 * (`docker-archive:`, and `docker:` piped straight from the engine). JSON files are kept; layer blobs are walked as
 * they pass, so nothing is extracted to disk and no blob is read twice. Docker 25+ writes an OCI layout inside its
 * archives; older ones have only manifest.json, which is turned into the same index/manifest/config shape here.
 */
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { Readable } from 'node:stream'
import * as tar from 'tar-stream'
import { UserError, errorMessage } from '../errors.js'
import { compressionOf } from './decompress.js'
import { normalizeEntryPath, readLayer, walkLayer, type LayerEntry } from './layer.js'
import { MAX_JSON_BYTES, blobPath, parseIndex, parseJsonBlob, type ImageSource } from './source.js'
import { MediaType, type Descriptor, type ImageConfig, type Index, type Manifest } from './types.js'

function looksLikeLayer(first: Buffer): boolean {
  if (compressionOf(first) !== 'none') return true
  return first.length >= 262 && first.toString('latin1', 257, 262) === 'ustar'
}

interface Scanned {
  files: Map<string, Buffer>
  /** Walked layer blobs by their path in the archive, with the digest of their bytes. */
  layers: Map<string, { entries: LayerEntry[]; digest: string; compressed: boolean }>
}

async function scan(name: string, input: Readable): Promise<Scanned> {
  const files = new Map<string, Buffer>()
  const layers = new Map<string, { entries: LayerEntry[]; digest: string; compressed: boolean }>()
  const extract = tar.extract()
  input.on('error', err => extract.destroy(err))
  input.pipe(extract)
  try {
    for await (const entry of extract) {
      const rel = normalizeEntryPath(entry.header.name).slice(1)
      if (entry.header.type !== 'file' && entry.header.type !== 'contiguous-file') {
        entry.resume()
        continue
      }
      const iter = (entry as AsyncIterable<Buffer>)[Symbol.asyncIterator]()
      const first = await iter.next()
      const firstChunk = first.done ? Buffer.alloc(0) : Buffer.from(first.value)
      if (looksLikeLayer(firstChunk)) {
        const rest = async function* (): AsyncGenerator<Buffer> {
          yield firstChunk
          for (let r = await iter.next(); !r.done; r = await iter.next()) yield r.value
        }
        layers.set(rel, await readLayer(rest(), rel))
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
  return { files, layers }
}

const sha256 = (b: Buffer | string): string => `sha256:${createHash('sha256').update(b).digest('hex')}`

interface LegacyEntry {
  Config?: string
  RepoTags?: string[] | null
  Layers?: string[]
}

/** The shape manifest.json must have before any of it is used: names that are strings, layers that are a list. */
function wellFormed(e: unknown): e is LegacyEntry {
  if (!e || typeof e !== 'object') return false
  const { Config, Layers } = e as Record<string, unknown>
  return (
    (Config === undefined || typeof Config === 'string') &&
    (Layers === undefined || (Array.isArray(Layers) && Layers.every(l => typeof l === 'string')))
  )
}

export class ArchiveSource implements ImageSource {
  private readonly synthetic = new Map<string, unknown>()
  private readonly layerPaths = new Map<string, string>()
  private index: Index | undefined

  private constructor(
    readonly name: string,
    private readonly scanned: Scanned
  ) {}

  static async open(kind: 'oci-archive' | 'docker-archive', path: string): Promise<ArchiveSource> {
    const name = `${kind}:${path}`
    const st = await stat(path).catch(() => undefined)
    if (!st?.isFile()) throw new UserError(`${name}: no such file`)
    return ArchiveSource.fromStream(name, createReadStream(path))
  }

  static async fromStream(name: string, input: Readable): Promise<ArchiveSource> {
    const source = new ArchiveSource(name, await scan(name, input))
    source.index = source.buildIndex()
    return source
  }

  private buildIndex(): Index {
    const { files } = this.scanned
    const oci = files.get('index.json')
    if (oci) return parseIndex(this.name, oci)
    const legacy = files.get('manifest.json')
    if (!legacy)
      throw new UserError(`${this.name}: neither an OCI layout (index.json) nor a docker save archive (manifest.json)`)
    return this.legacyIndex(legacy)
  }

  /** docker save before Docker 25: manifest.json names each image's config file and layer tars. */
  private legacyIndex(bytes: Buffer): Index {
    let entries: LegacyEntry[]
    try {
      entries = JSON.parse(bytes.toString('utf8')) as LegacyEntry[]
    } catch {
      throw new UserError(`${this.name}: manifest.json is not valid JSON`)
    }
    if (!Array.isArray(entries) || !entries.every(wellFormed))
      throw new UserError(`${this.name}: manifest.json is not a list of images with a Config and Layers file names`)
    const manifests: Descriptor[] = []
    for (const e of entries) {
      const configBytes = e.Config ? this.scanned.files.get(normalizeEntryPath(e.Config).slice(1)) : undefined
      if (!e.Config || !configBytes)
        throw new UserError(`${this.name}: manifest.json names a missing config ${e.Config ?? ''}`)
      const config = this.legacyConfig(e.Config, configBytes)
      const configDesc: Descriptor = {
        mediaType: MediaType.DockerConfig,
        digest: sha256(configBytes),
        size: configBytes.length
      }
      this.synthetic.set(configDesc.digest, configBytes)
      const layers = (e.Layers ?? []).map((p, i): Descriptor => {
        const rel = normalizeEntryPath(p).slice(1)
        const walked = this.scanned.layers.get(rel)
        const diffId = config.rootfs?.diff_ids?.[i]
        if (walked && diffId && !walked.compressed && walked.digest !== diffId) {
          // An uncompressed layer tar must hash to the config's diff_id.
          throw new UserError(`${this.name}: layer ${rel} does not match its diff_id ${diffId}; the archive is corrupt`)
        }
        const digest = walked?.digest ?? `sha256:missing-${i}`
        this.layerPaths.set(digest, rel)
        return { mediaType: 'application/vnd.docker.image.rootfs.diff.tar', digest, size: 0 }
      })
      const manifest: Manifest = { schemaVersion: 2, mediaType: MediaType.DockerManifest, config: configDesc, layers }
      const mBytes = Buffer.from(JSON.stringify(manifest))
      const desc: Descriptor = { mediaType: MediaType.DockerManifest, digest: sha256(mBytes), size: mBytes.length }
      if (config.architecture)
        desc.platform = {
          os: config.os ?? 'linux',
          architecture: config.architecture,
          ...(config.variant ? { variant: config.variant } : {})
        }
      const tag = e.RepoTags?.[0]
      if (tag) desc.annotations = { 'org.opencontainers.image.ref.name': tag }
      this.synthetic.set(desc.digest, mBytes)
      manifests.push(desc)
    }
    return { schemaVersion: 2, manifests }
  }

  /** A config file named by manifest.json; it is not content-addressed, so it is only parsed. */
  private legacyConfig(path: string, bytes: Buffer): ImageConfig {
    let config: unknown
    try {
      config = JSON.parse(bytes.toString('utf8'))
    } catch {
      config = undefined
    }
    if (!config || typeof config !== 'object' || Array.isArray(config))
      throw new UserError(`${this.name}: config ${path} is not a valid JSON object`)
    return config as ImageConfig
  }

  async rootIndex(): Promise<Index> {
    return this.index as Index
  }

  async json<T>(desc: Descriptor): Promise<T> {
    const bytes =
      (this.synthetic.get(desc.digest) as Buffer | undefined) ?? this.scanned.files.get(blobPath(desc.digest))
    if (!bytes) throw new UserError(`${this.name}: missing blob ${desc.digest}`)
    return parseJsonBlob<T>(this.name, desc, bytes)
  }

  async layer(desc: Descriptor): Promise<LayerEntry[]> {
    const legacy = this.layerPaths.get(desc.digest)
    const path = legacy ?? blobPath(desc.digest)
    const walked = this.scanned.layers.get(path)
    if (walked) {
      if (!legacy && walked.digest !== desc.digest) {
        throw new UserError(
          `${this.name}: layer ${desc.digest} does not match its digest (got ${walked.digest}): the image is corrupt`
        )
      }
      return walked.entries
    }
    const bytes = this.scanned.files.get(path) // a small layer that did not look like one (an empty tar)
    if (!bytes) throw new UserError(`${this.name}: missing layer blob ${legacy ?? desc.digest}`)
    return walkLayer(Readable.from([bytes]), legacy ? undefined : desc.digest)
  }

  async close(): Promise<void> {}
}
