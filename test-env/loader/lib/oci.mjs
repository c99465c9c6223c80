/**
 * An OCI image layout of one root file system: one uncompressed tar layer written by GNU tar (entries relative and
 * sorted, numeric owners 0:0, symlinks as symlinks, hard links as hard links, PAX format), a config, a manifest, and
 * index.json naming the manifest with its platform. tarLayer and writeLayout do the same for images of several
 * layers (a base userland and an application on top).
 */
import { createHash } from 'node:crypto'
import {
  copyFileSync,
  createReadStream,
  linkSync,
  mkdirSync,
  readdirSync,
  renameSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'
import { ARCHES } from './arches.mjs'
import { run } from './util.mjs'

const MT = {
  index: 'application/vnd.oci.image.index.v1+json',
  manifest: 'application/vnd.oci.image.manifest.v1+json',
  config: 'application/vnd.oci.image.config.v1+json',
  tar: 'application/vnd.oci.image.layer.v1.tar'
}

const sha256File = file =>
  new Promise((resolve, reject) => {
    const h = createHash('sha256')
    createReadStream(file)
      .on('data', b => h.update(b))
      .on('error', reject)
      .on('end', () => resolve(h.digest('hex')))
  })

function putBlob(dir, bytes, mediaType, extra = {}) {
  const hex = createHash('sha256').update(bytes).digest('hex')
  writeFileSync(join(dir, 'blobs', 'sha256', hex), bytes)
  return { mediaType, digest: `sha256:${hex}`, size: bytes.length, ...extra }
}

/** GNU tar's arguments for a reproducible layer of the top-level `names` of `root` (see the header). */
function tarArgv(root, out, names) {
  return [
    'tar',
    '-C',
    root,
    '-cf',
    out,
    '--sort=name',
    '--format=posix',
    '--numeric-owner',
    '--owner=0',
    '--group=0',
    '--pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime',
    '--',
    ...names
  ]
}

// Top-level names sorted here: --sort=name orders what tar finds inside directories, not its arguments.
const sortedNames = root => readdirSync(root).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))

/**
 * Writes one uncompressed layer of `root` (every top-level entry, or only `names`) to `file`: { file, digest, size }.
 * For images of several layers (writeLayout): a layer shared by many images is written once.
 */
export async function tarLayer(root, file, { names } = {}) {
  await run(tarArgv(root, `${file}.tmp`, names ?? sortedNames(root)), { check: true })
  const hex = await sha256File(`${file}.tmp`)
  renameSync(`${file}.tmp`, file)
  return { file, digest: `sha256:${hex}`, size: statSync(file).size }
}

/**
 * Writes `dir` (created anew) as an OCI layout of `root`.
 * opts: { arch, entrypoint: [...], env: {NAME: value} (PATH replaces the default), scenario, description, generator }
 */
export async function writeImage(root, dir, opts) {
  await run(['rm', '-rf', dir])
  mkdirSync(join(dir, 'blobs', 'sha256'), { recursive: true })
  const layerTmp = join(dir, 'layer.tar.tmp')
  await run(tarArgv(root, layerTmp, sortedNames(root)), { check: true })
  const layerHex = await sha256File(layerTmp)
  const { size } = statSync(layerTmp)
  renameSync(layerTmp, join(dir, 'blobs', 'sha256', layerHex))
  const a = ARCHES[opts.arch]
  const platform = {
    architecture: a.oci.architecture,
    os: 'linux',
    ...(a.oci.variant ? { variant: a.oci.variant } : {})
  }
  // PATH is Debian's default unless the image sets its own (Temurin's puts /opt/java/openjdk/bin first).
  const env = [`PATH=${opts.env?.PATH ?? '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'}`]
  for (const [k, v] of Object.entries(opts.env ?? {})) if (k !== 'PATH') env.push(`${k}=${v}`)
  const config = {
    created: '1970-01-01T00:00:00Z',
    ...platform,
    config: { Env: env, Entrypoint: opts.entrypoint, WorkingDir: '/' },
    rootfs: { type: 'layers', diff_ids: [`sha256:${layerHex}`] },
    history: [
      {
        created: '1970-01-01T00:00:00Z',
        created_by: `${opts.generator ?? 'test-env/loader/make-userlands.mjs'}: ${opts.arch} ${opts.scenario}: ${opts.description}`
      }
    ]
  }
  const configDesc = putBlob(dir, Buffer.from(JSON.stringify(config)), MT.config)
  const manifest = {
    schemaVersion: 2,
    mediaType: MT.manifest,
    config: configDesc,
    layers: [{ mediaType: MT.tar, digest: `sha256:${layerHex}`, size }],
    annotations: { 'org.opencontainers.image.title': `mv-loader-oracle/${opts.arch}/${opts.scenario}` }
  }
  const manifestDesc = putBlob(dir, Buffer.from(JSON.stringify(manifest)), MT.manifest, { platform })
  writeFileSync(
    join(dir, 'index.json'),
    JSON.stringify({ schemaVersion: 2, mediaType: MT.index, manifests: [manifestDesc] })
  )
  writeFileSync(join(dir, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}')
  return { layerDigest: `sha256:${layerHex}`, layerSize: size, manifest: manifestDesc.digest }
}

/**
 * Writes `dir` (created anew) as an OCI layout of several layers written by tarLayer, lowest first. Each layer's
 * file is hard-linked into the blobs (copied when it is on another file system), so images sharing a layer share
 * its bytes on disk.
 * opts: { arch, layers: [{ file, digest, size, createdBy }], entrypoint, cmd, env: {NAME: value}, workingDir,
 *         title }
 */
export async function writeLayout(dir, opts) {
  await run(['rm', '-rf', dir])
  mkdirSync(join(dir, 'blobs', 'sha256'), { recursive: true })
  for (const l of opts.layers) {
    const blob = join(dir, 'blobs', 'sha256', l.digest.slice('sha256:'.length))
    try {
      linkSync(l.file, blob)
    } catch {
      copyFileSync(l.file, blob)
    }
  }
  const a = ARCHES[opts.arch]
  const platform = {
    architecture: a.oci.architecture,
    os: 'linux',
    ...(a.oci.variant ? { variant: a.oci.variant } : {})
  }
  const env = ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin']
  for (const [k, v] of Object.entries(opts.env ?? {})) env.push(`${k}=${v}`)
  const config = {
    created: '1970-01-01T00:00:00Z',
    ...platform,
    config: {
      Env: env,
      ...(opts.entrypoint ? { Entrypoint: opts.entrypoint } : {}),
      ...(opts.cmd ? { Cmd: opts.cmd } : {}),
      WorkingDir: opts.workingDir ?? '/'
    },
    rootfs: { type: 'layers', diff_ids: opts.layers.map(l => l.digest) },
    history: opts.layers.map(l => ({ created: '1970-01-01T00:00:00Z', created_by: l.createdBy ?? '' }))
  }
  const configDesc = putBlob(dir, Buffer.from(JSON.stringify(config)), MT.config)
  const manifest = {
    schemaVersion: 2,
    mediaType: MT.manifest,
    config: configDesc,
    layers: opts.layers.map(l => ({ mediaType: MT.tar, digest: l.digest, size: l.size })),
    ...(opts.title ? { annotations: { 'org.opencontainers.image.title': opts.title } } : {})
  }
  const manifestDesc = putBlob(dir, Buffer.from(JSON.stringify(manifest)), MT.manifest, { platform })
  writeFileSync(
    join(dir, 'index.json'),
    JSON.stringify({ schemaVersion: 2, mediaType: MT.index, manifests: [manifestDesc] })
  )
  writeFileSync(join(dir, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}')
  return { manifest: manifestDesc.digest, config: configDesc.digest, layers: opts.layers.map(l => l.digest) }
}
