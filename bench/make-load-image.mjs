// Builds the load-test image from the benchmark image (bench/make-image.sh): 8 platforms, each with about 1 GB of
// layers once unpacked (one Debian userland of the benchmark image, amd64 and arm64 in turn, then the other's largest
// layer). No layer
// is shared: each blob is the benchmark's gzip layer behind a small gzip member holding one tar entry of its own,
// so every platform's layers have their own digests and the engine reads all 8 GB. Written as an OCI layout to
// $MV_BENCH_DIR/load, with load.json (unpacked bytes per platform). Idempotent.
import { createHash } from 'node:crypto'
import { createReadStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { open, rename, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { createGunzip, gzipSync } from 'node:zlib'

const dir = process.env.MV_BENCH_DIR || '/var/cache/multiarch-verify-bench'
const src = join(dir, 'oci')
const out = join(dir, 'load')
export const LOAD_PLATFORMS = [
  'linux/amd64',
  'linux/arm64',
  'linux/arm/v7',
  'linux/arm/v6',
  'linux/386',
  'linux/ppc64le',
  'linux/s390x',
  'linux/riscv64'
]

const blobFile = (root, digest) => join(root, 'blobs', ...digest.split(':'))
const json = digest => JSON.parse(readFileSync(blobFile(src, digest), 'utf8'))

/** One ustar entry (header and padded data), without the end-of-archive blocks: a tar stream continues after it. */
function tarEntry(name, data) {
  const h = Buffer.alloc(512)
  h.write(name, 0, 100, 'latin1')
  h.write('0000644\0', 100)
  h.write('0000000\0', 108)
  h.write('0000000\0', 116)
  h.write(data.length.toString(8).padStart(11, '0') + '\0', 124)
  h.write('00000000000\0', 136)
  h.write('        ', 148)
  h.write('0', 156)
  h.write('ustar\0', 257)
  h.write('00', 263)
  let sum = 0
  for (const b of h) sum += b
  h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148)
  const pad = Buffer.alloc((512 - (data.length % 512)) % 512)
  return Buffer.concat([h, data, pad])
}

async function sha256Of(...parts) {
  const hash = createHash('sha256')
  for (const p of parts) {
    if (Buffer.isBuffer(p)) hash.update(p)
    else for await (const c of createReadStream(p)) hash.update(c)
  }
  return `sha256:${hash.digest('hex')}`
}

/** The sha256 and size of the uncompressed stream of a (multi-member) gzip file. */
async function diffIdOf(file) {
  const hash = createHash('sha256')
  let size = 0
  // The last stage is a sink: an async function that consumes the stream (a generator here yielded nothing).
  await pipeline(createReadStream(file), createGunzip(), async chunks => {
    for await (const c of chunks) {
      hash.update(c)
      size += c.length
    }
  })
  return { diffId: `sha256:${hash.digest('hex')}`, size }
}

async function writeBlob(bytes, mediaType, extra = {}) {
  const digest = await sha256Of(bytes)
  writeFileSync(blobFile(out, digest), bytes)
  return { mediaType, digest, size: bytes.length, ...extra }
}

async function main() {
  if (existsSync(join(out, 'index.json'))) {
    console.log(`load image ready in ${out}`)
    return
  }
  if (!existsSync(join(src, 'index.json'))) throw new Error(`no benchmark image in ${src}: run bench/make-image.sh`)
  rmSync(out, { recursive: true, force: true })
  mkdirSync(join(out, 'blobs', 'sha256'), { recursive: true })
  const top = JSON.parse(readFileSync(join(src, 'index.json'), 'utf8'))
  const images = json(top.manifests[0].digest).manifests.map(m => json(m.digest))
  const amd64 = images.find(m => json(m.config.digest).architecture === 'amd64')
  const largest = m => [...m.layers].sort((a, b) => b.size - a.size)[0]
  const manifests = []
  const unpacked = {}
  for (const [i, platform] of LOAD_PLATFORMS.entries()) {
    const [mine, other] = [images[i % 2], images[(i + 1) % 2]]
    const layers = [...mine.layers, largest(other)]
    const [os, architecture, variant] = platform.split('/')
    const descs = []
    const diffIds = []
    let bytes = 0
    for (const [k, layer] of layers.entries()) {
      const salt = gzipSync(tarEntry(`.mv-load/${platform.replace(/\//g, '-')}-${k}`, Buffer.from('load\n')))
      const file = join(out, 'blobs', 'partial')
      const fh = await open(file, 'w')
      await fh.write(salt)
      for await (const c of createReadStream(blobFile(src, layer.digest))) await fh.write(c)
      await fh.close()
      const digest = await sha256Of(file)
      const { diffId, size } = await diffIdOf(file)
      await rename(file, blobFile(out, digest))
      descs.push({ mediaType: layer.mediaType, digest, size: (await stat(blobFile(out, digest))).size })
      diffIds.push(diffId)
      bytes += size
    }
    // The amd64 config without its variant: each load platform sets its own.
    const base = json(amd64.config.digest)
    delete base.variant
    const config = {
      ...base,
      os,
      architecture,
      ...(variant ? { variant } : {}),
      rootfs: { type: 'layers', diff_ids: diffIds },
      history: layers.map((_, k) => ({
        created_by: `ADD layer-${k}.tar / # buildkit`,
        comment: 'buildkit.dockerfile.v0'
      }))
    }
    const configDesc = await writeBlob(Buffer.from(JSON.stringify(config)), 'application/vnd.oci.image.config.v1+json')
    const manifest = {
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: configDesc,
      layers: descs
    }
    manifests.push(
      await writeBlob(Buffer.from(JSON.stringify(manifest)), manifest.mediaType, {
        platform: { os, architecture, ...(variant ? { variant } : {}) }
      })
    )
    unpacked[platform] = bytes
    console.log(`  ${platform}: ${layers.length} layers, ${(bytes / 1e9).toFixed(2)} GB unpacked`)
  }
  const index = { schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests }
  const indexDesc = await writeBlob(Buffer.from(JSON.stringify(index)), index.mediaType)
  writeFileSync(join(out, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}')
  writeFileSync(join(out, 'load.json'), JSON.stringify({ platforms: LOAD_PLATFORMS, unpacked }, null, 2))
  writeFileSync(join(out, 'index.json'), JSON.stringify({ schemaVersion: 2, manifests: [indexDesc] }))
  console.log(`load image ready in ${out}`)
}

await main()
