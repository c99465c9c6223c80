import { mkdtemp, readFile, writeFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openSource } from '../../src/image/open.js'
import { listImages, type ImageRef } from '../../src/image/read.js'
import type { Manifest } from '../../src/image/types.js'
import { formatPlatform, parsePlatform } from '../../src/platform.js'
import { inspectSource, selectImage } from '../../src/verify.js'
import { EXAMPLE_ARCHIVE, bin } from '../helpers/fixtures.js'
import { writeLayout } from '../helpers/layout.js'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mv-layout-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const image = (arch: string, binary: string) => ({
  platform: { os: 'linux', architecture: arch },
  config: { os: 'linux', architecture: arch, config: { Entrypoint: ['/server'] } },
  layers: [[{ name: 'server', mode: 0o755, content: bin(binary) }]]
})

test('the bundled example archive (real buildx output) has two platforms and no attestation among them', async () => {
  const source = await openSource(`oci-archive:${EXAMPLE_ARCHIVE}`)
  const refs = await listImages(source)
  expect(refs.map(r => r.indexPlatform && formatPlatform(r.indexPlatform))).toEqual(['linux/amd64', 'linux/arm64'])
  const facts = await inspectSource(source)
  const arm = facts.find(f => f.platform.architecture === 'arm64')
  expect(arm?.entrypoint).toMatchObject({
    resolved: true,
    resolvedPath: '/server',
    binary: { format: 'elf', machine: 62 }
  })
})

test('an OCI directory with a nested index and an attestation lists only the platform images', async () => {
  await writeLayout(dir, [image('amd64', 'go-amd64'), image('arm64', 'go-arm64')], { attestation: true })
  const refs = await listImages(await openSource(`oci:${dir}`))
  expect(refs.map(r => r.indexPlatform && formatPlatform(r.indexPlatform))).toEqual(['linux/amd64', 'linux/arm64'])
})

test('a requested platform the index lacks comes back as missing; the others are inspected', async () => {
  await writeLayout(dir, [image('amd64', 'go-amd64')])
  const facts = await inspectSource(await openSource(`oci:${dir}`), [
    parsePlatform('linux/amd64'),
    parsePlatform('linux/arm64')
  ])
  expect(facts.map(f => [formatPlatform(f.platform), f.status])).toEqual([
    ['linux/amd64', 'inspected'],
    ['linux/arm64', 'missing']
  ])
})

test('a corrupted layer blob makes that platform unreadable, naming the blob; the other platform is still inspected', async () => {
  await writeLayout(dir, [image('amd64', 'go-amd64'), image('arm64', 'go-arm64')])
  const source = await openSource(`oci:${dir}`)
  const arm = (await listImages(source)).find(r => r.indexPlatform?.architecture === 'arm64')
  const manifest = await source.json<Manifest>(arm!.manifest)
  const layerPath = join(dir, 'blobs', 'sha256', manifest.layers[0]!.digest.slice(7))
  const bytes = await readFile(layerPath)
  bytes.writeUInt8(bytes.readUInt8(bytes.length - 100) ^ 0xff, bytes.length - 100)
  await writeFile(layerPath, bytes)
  const facts = await inspectSource(await openSource(`oci:${dir}`))
  const statuses = facts.map(f => f.status)
  expect(statuses).toEqual(['inspected', 'unreadable'])
  expect(facts[1]?.error).toContain(manifest.layers[0]!.digest)
})

test.each([
  ['oci:/nonexistent/dir', /no such directory/],
  ['oci-archive:/nonexistent.tar', /no such file/],
  ['Not A Reference', /invalid image reference "Not A Reference"/],
  ['registry:UPPER/case', /invalid image reference "UPPER\/case": the repository must be lowercase/]
])('source %j fails with one clear line', async (spec, message) => {
  await expect(openSource(spec)).rejects.toThrow(message)
})

test('a file that is not a tar is rejected as an archive', async () => {
  const p = join(dir, 'x.tar')
  await writeFile(p, 'not a tar at all')
  await expect(openSource(`oci-archive:${p}`)).rejects.toThrow(/oci-archive:.*(not a readable tar|no index.json)/)
})

describe('several tagged images in one layout', () => {
  const ref = (name: string | undefined, arch: string): ImageRef => ({
    manifest: { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: `sha256:${arch}`, size: 1 },
    indexPlatform: parsePlatform(`linux/${arch}`),
    ...(name ? { refName: name } : {})
  })
  const refs = [ref('app:1', 'amd64'), ref('app:1', 'arm64'), ref('tools:2', 'amd64')]

  test('without --image, the choice is an error listing the names', () => {
    expect(() => selectImage('oci:x', refs, undefined)).toThrow(
      'oci:x holds several images (app:1, tools:2); choose one with --image NAME'
    )
  })

  test('--image picks one, by full name or by tag', () => {
    expect(selectImage('oci:x', refs, 'app:1').map(r => r.manifest.digest)).toEqual(['sha256:amd64', 'sha256:arm64'])
    expect(selectImage('oci:x', refs, '2').map(r => r.manifest.digest)).toEqual(['sha256:amd64'])
  })

  test('an unknown name says which exist', () => {
    expect(() => selectImage('oci:x', refs, 'nope')).toThrow('oci:x has no image named "nope"; it has app:1, tools:2')
  })

  test('a layout with one name (or none) needs no --image', () => {
    expect(selectImage('oci:x', [ref('latest', 'amd64'), ref('latest', 'arm64')], undefined)).toHaveLength(2)
    expect(selectImage('oci:x', [ref(undefined, 'amd64')], undefined)).toHaveLength(1)
  })
})
