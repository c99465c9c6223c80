/** Test helper: write a real OCI image layout (directory) from layers and configs. */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { MediaType, type Descriptor, type ImageConfig } from '../../src/image/types.js'
import { digestOf, gzip, makeTar, type TarItem } from './tar.js'

export interface ImageSpec {
  /** The index entry's platform; Windows entries also carry `os.version` (and `os.features`). */
  platform?: { os: string; architecture: string; variant?: string; 'os.version'?: string; 'os.features'?: string[] }
  config: ImageConfig
  layers: TarItem[][]
}

async function blob(
  dir: string,
  bytes: Buffer,
  mediaType: string,
  extra: Partial<Descriptor> = {}
): Promise<Descriptor> {
  const digest = digestOf(bytes)
  await writeFile(join(dir, 'blobs', 'sha256', digest.slice(7)), bytes)
  return { mediaType, digest, size: bytes.length, ...extra }
}

/** Writes the layout; the images sit in one nested index, as buildx writes a multi-platform result. */
export async function writeLayout(
  dir: string,
  images: ImageSpec[],
  opts: { attestation?: boolean } = {}
): Promise<void> {
  await mkdir(join(dir, 'blobs', 'sha256'), { recursive: true })
  const manifests: Descriptor[] = []
  for (const img of images) {
    const layers: Descriptor[] = []
    for (const items of img.layers)
      layers.push(await blob(dir, gzip(await makeTar(items)), 'application/vnd.oci.image.layer.v1.tar+gzip'))
    const config = await blob(dir, Buffer.from(JSON.stringify(img.config)), MediaType.OciConfig)
    const manifest = { schemaVersion: 2, mediaType: MediaType.OciManifest, config, layers }
    manifests.push(
      await blob(
        dir,
        Buffer.from(JSON.stringify(manifest)),
        MediaType.OciManifest,
        img.platform ? { platform: img.platform } : {}
      )
    )
  }
  if (opts.attestation) {
    const att = { schemaVersion: 2, mediaType: MediaType.OciManifest, config: manifests[0], layers: [] }
    manifests.push(
      await blob(dir, Buffer.from(JSON.stringify(att)), MediaType.OciManifest, {
        platform: { os: 'unknown', architecture: 'unknown' },
        annotations: { 'vnd.docker.reference.type': 'attestation-manifest' }
      })
    )
  }
  const index = { schemaVersion: 2, mediaType: MediaType.OciIndex, manifests }
  const top = await blob(dir, Buffer.from(JSON.stringify(index)), MediaType.OciIndex)
  await writeFile(join(dir, 'index.json'), JSON.stringify({ schemaVersion: 2, manifests: [top] }))
  await writeFile(join(dir, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}')
}
