/**
 * The one reader of layers: a layer blob from any source becomes its entries (layer.ts walks it), on a worker thread
 * when the bytes are in a file (layer-pool.ts), read again from its start after a transient network failure, and
 * read once when several platforms share it while it is in flight. What is reused, and how, is decided here only.
 */
import { errorMessage, UserError } from '../errors.js'
import { isTransient } from '../retry.js'
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

export class LayerReader {
  private readonly inflight = new Map<string, Promise<LayerEntry[]>>()

  /** The entries of a layer of `source`; a layer already being read (another platform's) is not read twice. */
  read(source: ImageSource, desc: Descriptor): Promise<LayerEntry[]> {
    const key = `${source.name}\u0000${desc.digest}`
    let p = this.inflight.get(key)
    if (!p) {
      p = source
        .blob(desc)
        .then(walkBlob)
        .finally(() => this.inflight.delete(key)) // shared while in flight, not kept after
      this.inflight.set(key, p)
    }
    return p
  }
}

/** The reader of a run: one per process. */
export const layerReader = new LayerReader()
