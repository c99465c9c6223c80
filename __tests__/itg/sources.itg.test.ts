/** Image sources against real data from a real engine: docker save, docker:REF, and zstd layers from buildx. */
import { execFile } from 'node:child_process'
import { createReadStream } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as tar from 'tar-stream'
import { requireDocker } from '../helpers/docker.js'
import { ROOT } from '../helpers/fixtures.js'
import { cli } from '../helpers/run.js'

let dir: string
beforeAll(requireDocker)
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mv-itg-src-'))
})
afterEach(async () => rm(dir, { recursive: true, force: true }))

function run(cmd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile(cmd, args, { maxBuffer: 1 << 26 }, (err, stdout, stderr) =>
      err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(stdout)
    )
  )
}

interface Json {
  platforms: Array<{
    platform: string
    status: string
    entrypoint?: { resolvedPath?: string; elf?: { architecture?: string } }
  }>
  findings: unknown[]
}

test('docker:REF streams docker save of a multi-platform image in the engine and verifies each platform', async () => {
  const r = await cli([
    'inspect',
    'docker:mv-test/busybox:1',
    '--platforms',
    'linux/amd64,linux/arm64',
    '--format',
    'json'
  ])
  expect(r.stderr).toBe('')
  const report = JSON.parse(r.stdout) as Json
  expect(
    report.platforms.map(p => [p.platform, p.status, p.entrypoint?.resolvedPath, p.entrypoint?.elf?.architecture])
  ).toEqual([
    ['linux/amd64', 'pass', '/bin/busybox', 'amd64'],
    ['linux/arm64', 'pass', '/bin/busybox', 'arm64']
  ])
  expect(r.code).toBe(0)
})

test('docker:REF of an image the engine lacks is one clear line and exit 2', async () => {
  const r = await cli(['inspect', 'docker:mv-test/not-there:0'])
  expect(r.code).toBe(2)
  expect(r.stderr).toMatch(/^multiarch-verify: docker:mv-test\/not-there:0: docker save failed: .+\n$/)
})

test('a docker save archive, and the same archive without its OCI index (the older manifest.json-only format)', async () => {
  const saved = join(dir, 'save.tar')
  await run('docker', ['save', '-o', saved, 'mv-test/busybox:1'])
  const a = JSON.parse((await cli(['inspect', `docker-archive:${saved}`, '--format', 'json'])).stdout) as Json
  expect(a.platforms.length).toBeGreaterThanOrEqual(1)
  expect(a.findings).toEqual([])

  // Repack the real archive without index.json and oci-layout: what older engines wrote.
  const legacy = join(dir, 'legacy.tar')
  const pack = tar.pack()
  const extract = tar.extract()
  const done = new Promise<void>((resolve, reject) => {
    extract.on('entry', (header, stream, next) => {
      if (header.name === 'index.json' || header.name === 'oci-layout') {
        stream.resume()
        stream.on('end', next)
        return
      }
      stream.pipe(pack.entry(header, next))
    })
    extract.on('finish', () => {
      pack.finalize()
      resolve()
    })
    extract.on('error', reject)
  })
  createReadStream(saved).pipe(extract)
  const chunks: Buffer[] = []
  pack.on('data', (c: unknown) => {
    chunks.push(c as Buffer)
  })
  const packed = new Promise<void>(resolve => pack.on('end', () => resolve()))
  await done
  await packed
  await writeFile(legacy, Buffer.concat(chunks))
  const b = JSON.parse((await cli(['inspect', `docker-archive:${legacy}`, '--format', 'json'])).stdout) as Json
  // manifest.json lists the images the engine holds for its own platform; they read the same as through the index.
  expect(b.platforms.map(p => [p.platform, p.entrypoint?.resolvedPath])).toContainEqual(['linux/amd64', '/bin/busybox'])
  expect(b.findings).toEqual([])
})

test('zstd-compressed layers from buildx are read (node:zlib or fzstd), and the bug is still caught', async () => {
  const out = join(dir, 'zstd.tar')
  await run('docker', [
    'buildx',
    'build',
    '--platform',
    'linux/amd64,linux/arm64',
    '--provenance=false',
    '--output',
    `type=oci,dest=${out},compression=zstd,force-compression=true`,
    join(ROOT, 'examples/go-wrong-arch')
  ])
  const r = await cli(['inspect', `oci-archive:${out}`, '--format', 'json'])
  expect(r.code).toBe(1)
  const report = JSON.parse(r.stdout) as { findings: Array<{ rule: string; platform: string }> }
  expect(report.findings.map(f => [f.rule, f.platform])).toEqual([['binary-arch-mismatch', 'linux/arm64']])
})
