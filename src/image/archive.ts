/**
 * Image archives: an OCI layout tar (`oci-archive:`) or `docker save` output (`docker-archive:`, and `docker:` piped
 * straight from the engine). An archive file is indexed by its tar headers and its blobs read as byte ranges when
 * wanted, a layer when its platform is inspected; a pipe can be read only once, so its layers are walked (by the same
 * walk) as they go by and nothing is written to disk. Docker 25+ writes an OCI layout inside its archives; older ones
 * have only manifest.json, which is turned into the same index/manifest/config shape here, its layers checked against
 * the config's diff_ids.
 */
import { createHash } from 'node:crypto'
import { stat } from 'node:fs/promises'
import { Readable } from 'node:stream'
import * as tar from 'tar-stream'
import { UserError, errorMessage } from '../errors.js'
import { compressionOf } from './decompress.js'
import { normalizeEntryPath, readLayer, walkLayer, type Expected, type LayerEntry } from './layer.js'
import { peek } from './peek.js'
import {
  MAX_JSON_BYTES,
  blobPath,
  layerMismatch,
  parseIndex,
  parseJsonBlob,
  type ImageSource,
  type LayerBlob
} from './source.js'
import { indexTar, readMember, type TarMember } from './tar-index.js'
import { MediaType, type Descriptor, type ImageConfig, type Index, type Manifest } from './types.js'

/** A layer walked as the pipe went by, with the digests of its bytes as stored and uncompressed. */
interface Walked {
  entries: LayerEntry[]
  digest: string
  uncompressedDigest?: string
}

/** Where the archive's files are: ranges of an archive file, or what a one-pass read of a pipe kept. */
type Store =
  | { kind: 'file'; path: string; members: Map<string, TarMember> }
  | { kind: 'pipe'; files: Map<string, Buffer>; walked: Map<string, Walked> }

/** The first bytes of an archive member that tell a layer: a tar header's "ustar" magic ends at byte 262. */
const LAYER_MAGIC_BYTES = 262

function looksLikeLayer(first: Buffer): boolean {
  if (compressionOf(first) !== 'none') return true
  return first.length >= LAYER_MAGIC_BYTES && first.toString('latin1', 257, LAYER_MAGIC_BYTES) === 'ustar'
}

/** Read a pipe once: small files kept (JSON documents), layer blobs walked as they pass. */
async function scanPipe(name: string, input: Readable): Promise<Store> {
  const files = new Map<string, Buffer>()
  const walked = new Map<string, Walked>()
  const extract = tar.extract()
  // A bug while a layer was walked (readLayer throws the layer's faults as UserErrors, and nothing else but bugs).
  let bug: { error: unknown } | undefined
  input.on('error', err => extract.destroy(err))
  input.pipe(extract)
  try {
    for await (const entry of extract) {
      const rel = normalizeEntryPath(entry.header.name).slice(1)
      if (entry.header.type !== 'file' && entry.header.type !== 'contiguous-file') {
        entry.resume()
        continue
      }
      // Decided on the member's first bytes, gathered over as many chunks of the pipe as it takes.
      const { head, stream } = await peek(entry as AsyncIterable<Buffer>, LAYER_MAGIC_BYTES)
      if (looksLikeLayer(head)) {
        const layer = await readLayer(stream, rel, 'sha256', true).catch((err: unknown) => {
          if (!(err instanceof UserError)) bug = { error: err }
          throw err
        })
        walked.set(rel, layer)
        continue
      }
      const chunks: Buffer[] = []
      let size = 0
      for await (const chunk of stream) {
        size += chunk.length
        if (size <= MAX_JSON_BYTES) chunks.push(Buffer.from(chunk))
      }
      if (size <= MAX_JSON_BYTES) files.set(rel, Buffer.concat(chunks))
    }
  } catch (err) {
    if (bug) throw bug.error
    if (err instanceof UserError) throw new UserError(`${name}: ${err.message}`)
    throw new UserError(`${name}: not a readable tar archive (${errorMessage(err)})`)
  }
  return { kind: 'pipe', files, walked }
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
  /** Manifests and configs made up for a manifest.json-only archive, by their digest. */
  private readonly synthetic = new Map<string, Buffer>()
  /** Legacy layers: the synthetic descriptor's digest (the diff_id) to the layer tar's path. */
  private readonly layerPaths = new Map<string, { path: string; expected?: Expected }>()
  private index: Index | undefined

  private constructor(
    readonly name: string,
    private readonly store: Store
  ) {}

  static async open(kind: 'oci-archive' | 'docker-archive', path: string): Promise<ArchiveSource> {
    const name = `${kind}:${path}`
    const st = await stat(path).catch(() => undefined)
    if (!st?.isFile()) throw new UserError(`${name}: no such file`)
    const source = new ArchiveSource(name, { kind: 'file', path, members: await indexTar(path, name) })
    source.index = await source.buildIndex()
    return source
  }

  /** An archive that can be read only once (`docker save` on a pipe). */
  static async fromStream(name: string, input: Readable): Promise<ArchiveSource> {
    const source = new ArchiveSource(name, await scanPipe(name, input))
    source.index = await source.buildIndex()
    return source
  }

  /** A small file of the archive (a JSON document), or undefined when it is not there or too large. */
  private async file(rel: string): Promise<Buffer | undefined> {
    if (this.store.kind === 'pipe') return this.store.files.get(rel)
    const m = this.store.members.get(rel)
    if (!m || m.size > MAX_JSON_BYTES) return undefined
    return readMember(this.store.path, m)
  }

  private async buildIndex(): Promise<Index> {
    const oci = await this.file('index.json')
    if (oci) return parseIndex(this.name, oci)
    const legacy = await this.file('manifest.json')
    if (!legacy)
      throw new UserError(`${this.name}: neither an OCI layout (index.json) nor a docker save archive (manifest.json)`)
    return this.legacyIndex(legacy)
  }

  /** docker save before Docker 25: manifest.json names each image's config file and layer tars. */
  private async legacyIndex(bytes: Buffer): Promise<Index> {
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
      const configBytes = e.Config ? await this.file(normalizeEntryPath(e.Config).slice(1)) : undefined
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
        const path = normalizeEntryPath(p).slice(1)
        // A layer tar must hash to the config's diff_id once uncompressed; it is checked as it is read.
        const diffId = config.rootfs?.diff_ids?.[i]
        const digest = typeof diffId === 'string' ? diffId : `sha256:missing-${i}`
        this.layerPaths.set(digest, {
          path,
          ...(typeof diffId === 'string' ? { expected: { digest: diffId, of: 'uncompressed' as const } } : {})
        })
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
    const bytes = this.synthetic.get(desc.digest) ?? (await this.file(blobPath(desc.digest)))
    if (!bytes) throw new UserError(`${this.name}: missing blob ${desc.digest}`)
    return parseJsonBlob<T>(this.name, desc, bytes)
  }

  async blob(desc: Descriptor): Promise<LayerBlob> {
    const legacy = this.layerPaths.get(desc.digest)
    const path = legacy?.path ?? blobPath(desc.digest)
    const expected: Expected | undefined = legacy ? legacy.expected : { digest: desc.digest }
    const label = legacy ? path : desc.digest
    if (this.store.kind === 'file') {
      const m = this.store.members.get(path)
      if (!m) throw new UserError(`${this.name}: missing layer blob ${label}`)
      const range = { start: m.offset, end: m.offset + m.size }
      return { kind: 'file', path: this.store.path, range, label, ...(expected ? { expected } : {}) }
    }
    const walked = this.store.walked.get(path)
    if (walked) return { kind: 'walked', entries: Promise.resolve(this.checked(walked, expected, label)) }
    const bytes = this.store.files.get(path) // a small layer that did not look like one (an empty tar)
    if (!bytes) throw new UserError(`${this.name}: missing layer blob ${label}`)
    return { kind: 'walked', entries: walkLayer(Readable.from([bytes]), expected, label) }
  }

  /** A layer walked as it went by, checked against what it must hash to. */
  private checked(walked: Walked, expected: Expected | undefined, label: string): LayerEntry[] {
    if (!expected) return walked.entries
    const got = expected.of === 'uncompressed' ? walked.uncompressedDigest : walked.digest
    if (got !== expected.digest) throw layerMismatch(label, expected, got)
    return walked.entries
  }

  async close(): Promise<void> {}
}
