/** Walks an image source's index down to its platform images, skipping attestations. */
import { UserError } from '../errors.js'
import { normalizePlatform, type Platform } from '../platform.js'
import type { ImageSource } from './source.js'
import {
  isAttestation,
  isIndexMediaType,
  isManifestMediaType,
  type Descriptor,
  type ImageConfig,
  type Index,
  type Manifest
} from './types.js'

/** An index this deep is hostile or broken; real ones nest two levels at most. */
const MAX_INDEX_DEPTH = 8

export interface ImageRef {
  /** The platform the index claims for this image, if it says one. */
  indexPlatform?: Platform
  /** The index entry's `os.version` and `os.features` (Windows images), kept as they are. */
  osVersion?: string
  osFeatures?: string[]
  manifest: Descriptor
  /** `org.opencontainers.image.ref.name` of the top-level entry, when the layout tags it. */
  refName?: string
}

/** Every platform image reachable from the source's root index, in index order. */
export async function listImages(source: ImageSource): Promise<ImageRef[]> {
  const out: ImageRef[] = []
  const seen = new Set<string>()
  const visit = async (idx: Index, depth: number, refName: string | undefined): Promise<void> => {
    for (const d of idx.manifests) {
      if (!d || typeof d.digest !== 'string') throw new UserError(`${source.name}: an index entry has no digest`)
      if (isAttestation(d)) continue
      const name = refName ?? d.annotations?.['org.opencontainers.image.ref.name']
      if (isIndexMediaType(d.mediaType)) {
        if (depth >= MAX_INDEX_DEPTH || seen.has(d.digest)) {
          throw new UserError(`${source.name}: index ${d.digest} nests too deep or refers to itself`)
        }
        seen.add(d.digest)
        await visit(await source.json<Index>(d), depth + 1, name)
      } else if (isManifestMediaType(d.mediaType) || d.mediaType === undefined) {
        const ref: ImageRef = { manifest: d }
        if (d.platform?.architecture) ref.indexPlatform = normalizePlatform(d.platform)
        const osVersion = d.platform?.['os.version']
        const osFeatures = d.platform?.['os.features']
        if (typeof osVersion === 'string' && osVersion) ref.osVersion = osVersion
        if (Array.isArray(osFeatures)) ref.osFeatures = osFeatures.filter((f): f is string => typeof f === 'string')
        if (name) ref.refName = name
        out.push(ref)
      }
    }
  }
  await visit(await source.rootIndex(), 0, undefined)
  return out
}

export interface LoadedImage {
  manifest: Manifest
  config: ImageConfig
}

/**
 * A platform image's manifest and config, read once per source: learning an unlabelled image's platform and then
 * inspecting it would otherwise fetch both twice (two round trips each on a registry).
 */
const loaded = new WeakMap<ImageSource, Map<string, Promise<LoadedImage>>>()

export function loadImage(source: ImageSource, ref: ImageRef): Promise<LoadedImage> {
  let bySource = loaded.get(source)
  if (!bySource) loaded.set(source, (bySource = new Map()))
  let p = bySource.get(ref.manifest.digest)
  if (!p) bySource.set(ref.manifest.digest, (p = readImage(source, ref)))
  return p
}

async function readImage(source: ImageSource, ref: ImageRef): Promise<LoadedImage> {
  const manifest = await source.json<Manifest>(ref.manifest)
  if (!manifest?.config?.digest || !Array.isArray(manifest.layers)) {
    throw new UserError(`${source.name}: manifest ${ref.manifest.digest} has no config or layers`)
  }
  const config = await source.json<ImageConfig>(manifest.config)
  return { manifest, config }
}
