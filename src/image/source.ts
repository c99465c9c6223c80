/**
 * One shape for every image source (go-containerregistry's model): an index, JSON blobs and layer bytes, whether they
 * come from an OCI layout directory, an archive, the Docker engine or a registry. Sources hand out bytes; one reader
 * (layers.ts) turns layer bytes into entries, and the engine never knows where they came from.
 */
import { createHash } from 'node:crypto'
import { UserError } from '../errors.js'
import type { Range } from './file-chunks.js'
import type { Expected, LayerEntry } from './layer.js'
import type { Descriptor, Index } from './types.js'

/** JSON documents (indexes, manifests, configs) larger than this are refused rather than buffered. */
export const MAX_JSON_BYTES = 16 * 1024 * 1024

export interface ImageSource {
  /** How the user named it, for messages (`oci:/tmp/x`). */
  readonly name: string
  /** The top-level index (index.json of a layout). */
  rootIndex(): Promise<Index>
  /** A JSON blob, digest-verified. */
  json<T>(desc: Descriptor): Promise<T>
  /** A layer's bytes, as stored. */
  blob(desc: Descriptor): Promise<LayerBlob>
  /**
   * How many layers of one image to stream at once: 1 for local files (each stream keeps a core busy, and memory
   * stays bounded), more for a registry, where the network's latency dominates.
   */
  readonly layerConcurrency?: number
  close(): Promise<void>
}

/**
 * Where a layer's bytes are: a file (or a range of one: a blob inside an archive), which can be walked on a worker
 * thread; a stream, which can be opened again from its start after a transient failure (a network); or, for an
 * archive read in one pass from a pipe (`docker save`), the entries the same walk made of it as it went by.
 */
export type LayerBlob =
  | { kind: 'file'; path: string; range?: Range; expected?: Expected; label?: string }
  | { kind: 'stream'; open: () => Promise<AsyncIterable<Buffer>>; expected?: Expected }
  | { kind: 'walked'; entries: Promise<LayerEntry[]> }

/** Parse a layout's index.json (not content-addressed, so not digest-checked). */
export function parseIndex(source: string, bytes: Buffer): Index {
  let idx: Index
  try {
    idx = JSON.parse(bytes.toString('utf8')) as Index
  } catch {
    throw new UserError(`${source}: index.json is not valid JSON`)
  }
  if (!idx || !Array.isArray(idx.manifests)) throw new UserError(`${source}: index.json has no "manifests" list`)
  return idx
}

/** Verify a whole blob against its descriptor's digest and parse it as JSON. */
export function parseJsonBlob<T>(source: string, desc: Descriptor, bytes: Buffer): T {
  verifyDigest(source, desc.digest, bytes)
  try {
    return JSON.parse(bytes.toString('utf8')) as T
  } catch {
    throw new UserError(`${source}: blob ${desc.digest} is not valid JSON`)
  }
}

/**
 * A layer whose bytes do not hash to what its manifest (or, for docker save before Docker 25, its config's diff_id)
 * says: said in the same words whether the walk found it or a facts-cache hit's check did.
 */
export function layerMismatch(label: string, expected: Expected, got: string | undefined): UserError {
  const what = expected.of === 'uncompressed' ? `its diff_id ${expected.digest}` : 'its digest'
  return new UserError(`layer ${label} does not match ${what} (got ${got}): the image is corrupt`)
}

export function verifyDigest(source: string, digest: string, bytes: Buffer): void {
  const [algo, hex] = digest.split(':')
  if (algo !== 'sha256' && algo !== 'sha512') {
    throw new UserError(`${source}: unsupported digest algorithm in ${digest}`)
  }
  const actual = createHash(algo).update(bytes).digest('hex')
  if (actual !== hex) {
    throw new UserError(
      `${source}: blob ${digest} does not match its digest (got ${algo}:${actual}); the image is corrupt`
    )
  }
}

/** `sha256:<hex>` to the blob's relative path in an OCI layout, refusing anything that could escape it. */
export function blobPath(digest: string): string {
  const m = /^(sha256|sha512):([a-f0-9]{64}|[a-f0-9]{128})$/.exec(digest)
  if (!m) throw new UserError(`invalid digest "${digest}"`)
  return `blobs/${m[1]}/${m[2]}`
}
