/**
 * config-platform-mismatch on real buildx output: the example archive unpacked to an OCI directory, its arm64 config
 * rewritten to say amd64 (a relabelling gone wrong), every digest on the way up recomputed so the image is valid.
 */
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import * as tar from 'tar-stream'
import { EXAMPLE_ARCHIVE } from '../helpers/fixtures.js'
import { cli } from '../helpers/run.js'

interface Desc {
  mediaType: string
  digest: string
  size: number
  platform?: { architecture: string }
}

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mv-relabel-'))
})
afterEach(async () => rm(dir, { recursive: true, force: true }))

async function unpack(archive: string, to: string): Promise<void> {
  const extract = tar.extract()
  extract.on('entry', (header, stream, next) => {
    const chunks: Buffer[] = []
    stream.on('data', (c: unknown) => {
      chunks.push(c as Buffer)
    })
    stream.on('end', () => {
      if (header.type !== 'file') return next()
      const path = join(to, header.name)
      mkdir(dirname(path), { recursive: true })
        .then(() => writeFile(path, Buffer.concat(chunks)))
        .then(() => next(), next)
    })
  })
  await pipeline(createReadStream(archive), extract)
}

async function put(obj: unknown): Promise<{ digest: string; size: number }> {
  const bytes = Buffer.from(JSON.stringify(obj))
  const hex = createHash('sha256').update(bytes).digest('hex')
  await writeFile(join(dir, 'blobs', 'sha256', hex), bytes)
  return { digest: `sha256:${hex}`, size: bytes.length }
}

const blob = async (digest: string): Promise<unknown> =>
  JSON.parse(await readFile(join(dir, 'blobs', 'sha256', digest.slice(7)), 'utf8'))

test('an arm64 index entry whose config says amd64 is config-platform-mismatch; amd64 stays clean', async () => {
  await unpack(EXAMPLE_ARCHIVE, dir)
  const root = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')) as { manifests: Desc[] }
  const index = (await blob(root.manifests[0]!.digest)) as { manifests: Desc[] }
  const armDesc = index.manifests.find(m => m.platform?.architecture === 'arm64')!
  const manifest = (await blob(armDesc.digest)) as { config: Desc }
  const config = (await blob(manifest.config.digest)) as { architecture: string }
  config.architecture = 'amd64'
  Object.assign(manifest.config, await put(config))
  Object.assign(armDesc, await put(manifest))
  Object.assign(root.manifests[0]!, await put(index))
  await writeFile(join(dir, 'index.json'), JSON.stringify(root))

  const r = await cli(['inspect', `oci:${dir}`, '--format', 'json'])
  const report = JSON.parse(r.stdout) as { findings: Array<{ rule: string; platform: string; message: string }> }
  const mismatch = report.findings.filter(f => f.rule === 'config-platform-mismatch')
  expect(mismatch.map(f => f.platform)).toEqual(['linux/arm64'])
  expect(mismatch[0]?.message).toContain('the index lists it as `linux/arm64` but its config says `linux/amd64`')
  expect(r.code).toBe(1)
})
