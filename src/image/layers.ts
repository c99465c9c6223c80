/**
 * The one reader of layers: a layer blob from any source becomes its entries (layer.ts walks it), on a worker thread
 * when the bytes are in a file (layer-pool.ts), read again from its start after a transient network failure, read
 * once when several platforms share it while it is in flight, and not walked when the facts cache (cache.ts) holds
 * its entries: then a local blob is only hashed (blob-digest.ts) and a registry's not downloaded. What is reused, and
 * how, is decided here only.
 */
import { stat } from 'node:fs/promises'
import { errorMessage, UserError } from '../errors.js'
import { isTransient } from '../retry.js'
import { checkFileDigest } from './blob-digest.js'
import type { CacheKey, FactsCache } from './cache.js'
import { walkLayer, type LayerEntry } from './layer.js'
import { walkLayerFile } from './layer-pool.js'
import type { ImageSource, LayerBlob } from './source.js'
import type { Descriptor } from './types.js'

/** A layer cut short or stalled mid-stream is read again from its start, up to this many times in all. */
export const LAYER_TRIES = 3

async function walkStream(blob: Extract<LayerBlob, { kind: 'stream' }>): Promise<LayerEntry[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await walkLayer(await blob.open(), blob.expected)
    } catch (err) {
      if (!isTransient(err)) throw err
      if (attempt >= LAYER_TRIES) throw new UserError(`${errorMessage(err)}; tried ${attempt} times`)
    }
  }
}

function walkBlob(blob: LayerBlob): Promise<LayerEntry[]> {
  switch (blob.kind) {
    case 'file':
      return walkLayerFile(blob.path, blob.expected, blob.range, blob.label)
    case 'stream':
      return walkStream(blob)
    case 'walked':
      return blob.entries
  }
}

/**
 * The cache key of a blob, when its entries may come from the cache and go to it: bytes checked against a digest a
 * verified manifest names (`expected`, as the OCI layout, archive and registry sources set it). A docker save layer
 * known only by its diff_id comes from a manifest.json nothing verifies, so it is never looked up: a corrupt tar there
 * would be hidden by the facts of the layer it should have been.
 */
function cacheKeyOf(blob: LayerBlob): CacheKey | undefined {
  if (blob.kind === 'walked' || !blob.expected || blob.expected.of === 'uncompressed') return undefined
  return { digest: blob.expected.digest, of: 'stored' }
}

/**
 * The size of a blob's bytes as stored, when it can be known before reading them: a file's (or range's) size; a
 * stream's is only counted as it is read.
 */
async function storedSize(blob: LayerBlob): Promise<number | undefined> {
  if (blob.kind !== 'file') return undefined
  return blob.range ? blob.range.end - blob.range.start : (await stat(blob.path).catch(() => undefined))?.size
}

/** A stream blob whose bytes are counted as they are read (the count of the last, complete, read). */
function counted(blob: Extract<LayerBlob, { kind: 'stream' }>): { blob: LayerBlob; bytes: () => number } {
  let bytes = 0
  const open = async (): Promise<AsyncIterable<Buffer>> => {
    const stream = await blob.open()
    bytes = 0
    return (async function* () {
      for await (const chunk of stream) {
        bytes += chunk.length
        yield chunk
      }
    })()
  }
  return { blob: { ...blob, open }, bytes: () => bytes }
}

export class LayerReader {
  private readonly inflight = new Map<string, Promise<LayerEntry[]>>()
  /** The facts cache of this run, if any (verify() sets it, and flushes it when done). */
  cache: FactsCache | undefined

  /** The entries of a layer of `source`; a layer already being read (another platform's) is not read twice. */
  read(source: ImageSource, desc: Descriptor): Promise<LayerEntry[]> {
    const key = `${source.name}\u0000${desc.digest}`
    let p = this.inflight.get(key)
    if (!p) {
      p = source
        .blob(desc)
        .then(blob => this.entriesOf(blob, desc))
        .finally(() => this.inflight.delete(key)) // shared while in flight, not kept after
      this.inflight.set(key, p)
    }
    return p
  }

  /**
   * A cached layer is taken for a descriptor only when the descriptor's size is the size of the bytes its facts were
   * made from, and a local copy only when it has that size too: a descriptor naming one layer's digest with another
   * blob's size, or a copy cut short or replaced, is read (and its digest checked) as without the cache. A copy of
   * the right size is hashed: with other bytes, it is the error a read would give.
   */
  private async entriesOf(blob: LayerBlob, desc: Descriptor): Promise<LayerEntry[]> {
    const cache = this.cache
    const key = cacheKeyOf(blob)
    if (!cache || !key || !(desc.size > 0)) return walkBlob(blob)
    const local = await storedSize(blob)
    const hit = local === undefined || local === desc.size ? await cache.get(key, desc.size) : undefined
    if (hit) {
      // A hit saves the decompression and the walk, not the hash: a local copy's bytes are checked against the digest
      // as a walk would check them. A stream (a registry) is not downloaded: it serves the blob by that digest, and
      // what it serves is checked whenever it is fetched (docs/engine.md, Cache).
      if (blob.kind === 'file') await checkFileDigest(blob.path, blob.range, key, blob.label)
      return hit
    }
    // walkBlob throws unless the bytes hashed to the key's digest: only checked bytes are stored.
    if (blob.kind === 'stream') {
      const c = counted(blob)
      const entries = await walkBlob(c.blob)
      cache.put(key, entries, c.bytes())
      return entries
    }
    const entries = await walkBlob(blob)
    if (local !== undefined) cache.put(key, entries, local)
    return entries
  }
}

/** The reader of a run: one per process. */
export const layerReader = new LayerReader()
