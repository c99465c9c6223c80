/** `registry:REF` (or a plain reference): an image read straight from a registry, blob by blob, each verified. */
import { UserError } from '../../errors.js'
import { parseJsonBlob, verifyDigest, type ImageSource, type LayerBlob } from '../source.js'
import { isIndexMediaType, isManifestMediaType, type Descriptor, type Index } from '../types.js'
import { RegistryClient, type ClientOptions } from './client.js'
import { credentialsFor } from './credentials.js'
import { formatReference, manifestRef, parseReference } from './reference.js'
import { createHash } from 'node:crypto'

export class RegistrySource implements ImageSource {
  readonly layerConcurrency = 3

  private constructor(
    readonly name: string,
    private readonly client: RegistryClient
  ) {}

  static async open(text: string, opts: Omit<ClientOptions, 'credentials'> = {}): Promise<RegistrySource> {
    const ref = parseReference(text)
    const credentials = await credentialsFor(ref.registry)
    const client = new RegistryClient(ref, { ...opts, ...(credentials ? { credentials } : {}) })
    return new RegistrySource(`registry:${formatReference(ref)}`, client)
  }

  async rootIndex(): Promise<Index> {
    const ref = this.client.ref
    const m = await this.client.manifest(manifestRef(ref))
    const digest = `sha256:${createHash('sha256').update(m.bytes).digest('hex')}`
    if (ref.digest) verifyDigest(this.name, ref.digest, m.bytes)
    else if (m.digest && m.digest !== digest && m.digest.startsWith('sha256:')) {
      throw new UserError(`${this.name}: the manifest does not match its Docker-Content-Digest ${m.digest}`)
    }
    let parsed: { mediaType?: string; manifests?: Descriptor[] }
    try {
      parsed = JSON.parse(m.bytes.toString('utf8')) as typeof parsed
    } catch {
      throw new UserError(`${this.name}: the manifest is not valid JSON`)
    }
    const mediaType = parsed.mediaType || m.mediaType
    if (isIndexMediaType(mediaType) || Array.isArray(parsed.manifests)) return parsed as Index
    // A single-platform image: an index of one, so the engine sees the same shape as for every other source.
    return { schemaVersion: 2, manifests: [{ mediaType, digest: ref.digest ?? digest, size: m.bytes.length }] }
  }

  async json<T>(desc: Descriptor): Promise<T> {
    const bytes =
      isIndexMediaType(desc.mediaType) || isManifestMediaType(desc.mediaType)
        ? (await this.client.manifest(desc.digest)).bytes
        : await this.client.blobBytes(desc.digest)
    return parseJsonBlob<T>(this.name, desc, bytes)
  }

  async blob(desc: Descriptor): Promise<LayerBlob> {
    return { kind: 'stream', open: () => this.client.blobStream(desc.digest), expected: { digest: desc.digest } }
  }

  async close(): Promise<void> {}
}
