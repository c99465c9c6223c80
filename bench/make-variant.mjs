// The benchmark image with a top layer of its own, as a pull request changes it: bench/make-image.sh's image plus one
// small layer (an application script and a config file) whose content is the variant's number. Written as an OCI
// layout at DEST whose blobs are hard links to the base image's, so two variants share every base layer byte for byte.
// Usage: node bench/make-variant.mjs BASE_LAYOUT DEST N
import { createHash } from 'node:crypto'
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

const [base, dest, n] = process.argv.slice(2)
if (!base || !dest || !n) throw new Error('usage: make-variant.mjs BASE_LAYOUT DEST N')

const sha = b => createHash('sha256').update(b).digest('hex')
const blobDir = d => join(d, 'blobs', 'sha256')
const read = (d, digest) => readFileSync(join(blobDir(d), digest.slice(7)))

/** A ustar archive of regular files (name, mode, text), as tar(1) would write it. */
function tar(files) {
  const parts = []
  for (const f of files) {
    const body = Buffer.from(f.text)
    const h = Buffer.alloc(512)
    h.write(f.name, 0)
    h.write(`${f.mode.toString(8).padStart(7, '0')}\0`, 100)
    h.write('0000000\0', 108)
    h.write('0000000\0', 116)
    h.write(`${body.length.toString(8).padStart(11, '0')}\0`, 124)
    h.write('00000000000\0', 136)
    h.write('        ', 148)
    h.write('0', 156)
    h.write('ustar\0' + '00', 257)
    let sum = 0
    for (const b of h) sum += b
    h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148)
    parts.push(h, body, Buffer.alloc((512 - (body.length % 512)) % 512))
  }
  parts.push(Buffer.alloc(1024))
  return Buffer.concat(parts)
}

rmSync(dest, { recursive: true, force: true })
mkdirSync(blobDir(dest), { recursive: true })
for (const name of readdirSync(blobDir(base))) linkSync(join(blobDir(base), name), join(blobDir(dest), name))
const put = bytes => {
  const digest = `sha256:${sha(bytes)}`
  const path = join(blobDir(dest), digest.slice(7))
  if (!existsSync(path)) writeFileSync(path, bytes)
  return { digest, size: bytes.length }
}

const layerTar = tar([
  { name: 'usr/local/bin/app', mode: 0o755, text: `#!/bin/bash\necho "app build ${n}"\n` },
  { name: 'etc/app.conf', mode: 0o644, text: `build=${n}\n` }
])
const layer = { mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', ...put(gzipSync(layerTar)) }
const diffId = `sha256:${sha(layerTar)}`

const top = JSON.parse(readFileSync(join(base, 'index.json'), 'utf8'))
const rewrite = desc => {
  const doc = JSON.parse(read(base, desc.digest).toString())
  if (doc.manifests) {
    doc.manifests = doc.manifests.map(rewrite)
  } else {
    const config = JSON.parse(read(base, doc.config.digest).toString())
    config.rootfs.diff_ids.push(diffId)
    config.history = [...(config.history ?? []), { created_by: `COPY app /usr/local/bin/app # ${n}` }]
    config.config = { ...config.config, Entrypoint: ['/usr/local/bin/app'] }
    doc.config = { ...doc.config, ...put(Buffer.from(JSON.stringify(config))) }
    doc.layers = [...doc.layers, layer]
  }
  return { ...desc, ...put(Buffer.from(JSON.stringify(doc))) }
}
top.manifests = top.manifests.map(rewrite)
writeFileSync(join(dest, 'index.json'), JSON.stringify(top))
writeFileSync(join(dest, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}')
console.log(`variant ${n} of ${base} in ${dest}: top layer ${layer.digest} (${layer.size} bytes)`)
