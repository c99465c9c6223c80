/**
 * An OCI image layout of one root file system: one uncompressed tar layer written by GNU tar (entries relative and
 * sorted, numeric owners 0:0, symlinks as symlinks, hard links as hard links, PAX format), a config, a manifest, and
 * index.json naming the manifest with its platform.
 */
import { createHash } from 'node:crypto'
import { createReadStream, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs'
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

/**
 * Writes `dir` (created anew) as an OCI layout of `root`.
 * opts: { arch, entrypoint: [...], env: {NAME: value} (PATH replaces the default), scenario, description, generator }
 */
export async function writeImage(root, dir, opts) {
  await run(['rm', '-rf', dir])
  mkdirSync(join(dir, 'blobs', 'sha256'), { recursive: true })
  const layerTmp = join(dir, 'layer.tar.tmp')
  // Top-level names sorted here: --sort=name orders what tar finds inside directories, not its arguments.
  const names = readdirSync(root).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  await run(
    [
      'tar',
      '-C',
      root,
      '-cf',
      layerTmp,
      '--sort=name',
      '--format=posix',
      '--numeric-owner',
      '--owner=0',
      '--group=0',
      '--pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime',
      '--',
      ...names
    ],
    { check: true }
  )
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
