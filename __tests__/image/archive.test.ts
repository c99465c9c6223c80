/** docker save archives in the format before Docker 25 (manifest.json only), built here with real tar entries. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createHash } from 'node:crypto'
import { UserError } from '../../src/errors.js'
import { openSource } from '../../src/image/open.js'
import { listImages } from '../../src/image/read.js'
import { formatPlatform } from '../../src/platform.js'
import { inspectSource } from '../../src/verify.js'
import { bin } from '../helpers/fixtures.js'
import { makeTar } from '../helpers/tar.js'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mv-archive-'))
})
afterEach(async () => rm(dir, { recursive: true, force: true }))

const hex = (b: Buffer): string => createHash('sha256').update(b).digest('hex')

async function legacyArchive(opts: { corruptLayer?: boolean } = {}): Promise<string> {
  const layer = await makeTar([{ name: 'server', mode: 0o755, content: bin('go-amd64') }])
  const config = Buffer.from(
    JSON.stringify({
      os: 'linux',
      architecture: 'arm64',
      config: { Entrypoint: ['/server'] },
      rootfs: { type: 'layers', diff_ids: [`sha256:${hex(layer)}`] }
    })
  )
  const stored = opts.corruptLayer ? await makeTar([{ name: 'server', mode: 0o755, content: bin('go-arm64') }]) : layer
  const archive = await makeTar([
    { name: `${hex(config)}.json`, content: config },
    { name: 'abc123/', type: 'directory' },
    { name: 'abc123/layer.tar', content: stored },
    {
      name: 'manifest.json',
      content: JSON.stringify([{ Config: `${hex(config)}.json`, RepoTags: ['app:1'], Layers: ['abc123/layer.tar'] }])
    }
  ])
  const path = join(dir, 'save.tar')
  await writeFile(path, archive)
  return path
}

test('a docker save archive with only manifest.json is read: its platform from the config, its tag, its layers', async () => {
  const source = await openSource(`docker-archive:${await legacyArchive()}`)
  const refs = await listImages(source)
  expect(refs.map(r => [r.indexPlatform && formatPlatform(r.indexPlatform), r.refName])).toEqual([
    ['linux/arm64', 'app:1']
  ])
  const [facts] = await inspectSource(source)
  expect(facts?.entrypoint).toMatchObject({ resolved: true, resolvedPath: '/server', binary: { machine: 62 } })
})

test('a layer.tar that does not hash to its diff_id makes that image unreadable, naming the layer', async () => {
  // Read when its platform is inspected, as a corrupt layer of any other source is: the image's finding.
  const [facts] = await inspectSource(await openSource(`docker-archive:${await legacyArchive({ corruptLayer: true })}`))
  expect(facts).toMatchObject({ status: 'unreadable' })
  expect(facts?.error).toMatch(
    /layer abc123\/layer.tar does not match its diff_id sha256:[0-9a-f]{64} \(got sha256:[0-9a-f]{64}\): the image is corrupt/
  )
})

test('an archive with neither index.json nor manifest.json says what it expected', async () => {
  const path = join(dir, 'x.tar')
  await writeFile(path, await makeTar([{ name: 'hello.txt', content: 'hi' }]))
  await expect(openSource(`docker-archive:${path}`)).rejects.toThrow(
    /neither an OCI layout \(index.json\) nor a docker save archive \(manifest.json\)/
  )
})

test.each([
  [
    'a config that is not JSON',
    [{ Config: 'c.json', Layers: [] }],
    '{"architecture": ',
    /config c.json is not a valid JSON object/
  ],
  [
    'a config that is JSON null',
    [{ Config: 'c.json', Layers: [] }],
    'null',
    /config c.json is not a valid JSON object/
  ],
  ['a null entry', [null], '{}', /manifest.json is not a list of images/],
  ['Layers as a string', [{ Config: 'c.json', Layers: 'l.tar' }], '{}', /manifest.json is not a list of images/]
])(
  'docker save output with %s is one clear error, not a crash (hostile corpus)',
  async (_, manifest, config, message) => {
    const path = join(dir, 'save.tar')
    await writeFile(
      path,
      await makeTar([
        { name: 'manifest.json', content: JSON.stringify(manifest) },
        { name: 'c.json', content: config }
      ])
    )
    const err = await openSource(`docker-archive:${path}`).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(UserError)
    expect((err as Error).message).toMatch(message)
  }
)

test('an archive is indexed by its headers: long names (PAX, GNU) and members found; a bad header is an error', async () => {
  const { indexTar } = await import('../../src/image/tar-index.js')
  const long = `${'d'.repeat(120)}/${'f'.repeat(150)}.json`
  const path = join(dir, 'names.tar')
  await writeFile(
    path,
    await makeTar([
      { name: long, content: '{}' },
      { name: 'short.json', content: '[1]' }
    ])
  )
  const members = await indexTar(path, 'x')
  expect([...members.keys()]).toEqual([long, 'short.json'])
  const bad = Buffer.from(await makeTar([{ name: 'a.json', content: '{}' }]))
  bad[0] = 0x41 // the name changes, the checksum does not: not a header any more
  await writeFile(path, bad)
  await expect(indexTar(path, 'x')).rejects.toThrow(/^x: not a readable tar archive \(no tar header at 0\)$/)
})

test('an OCI archive is read lazily: a corrupt layer of one platform is its finding, the other platform passes', async () => {
  const { writeLayout } = await import('../helpers/layout.js')
  const { readdir, readFile: read } = await import('node:fs/promises')
  const layout = join(dir, 'layout')
  const image = (arch: string, binary: string) => ({
    platform: { os: 'linux', architecture: arch },
    config: { os: 'linux', architecture: arch, config: { Entrypoint: ['/server'] } },
    layers: [[{ name: 'server', mode: 0o755, content: bin(binary) }]]
  })
  await writeLayout(layout, [image('amd64', 'go-amd64'), image('arm64', 'go-arm64')])
  const source = await openSource(`oci:${layout}`)
  const arm = (await listImages(source)).find(r => r.indexPlatform?.architecture === 'arm64')?.manifest.digest ?? ''
  const manifest = JSON.parse(await read(join(layout, 'blobs', 'sha256', arm.slice(7)), 'utf8'))
  const layerFile = join(layout, 'blobs', 'sha256', manifest.layers[0].digest.slice(7))
  const bytes = await read(layerFile)
  bytes.writeUInt8(bytes.readUInt8(bytes.length - 100) ^ 0xff, bytes.length - 100)
  await writeFile(layerFile, bytes)
  const entries = await readdir(layout, { recursive: true })
  const archive = join(dir, 'image.tar')
  const items = entries.map(String).filter(e => !e.endsWith('blobs') && !e.endsWith('sha256'))
  await writeFile(
    archive,
    await makeTar(await Promise.all(items.map(async name => ({ name, content: await read(join(layout, name)) }))))
  )
  const facts = await inspectSource(await openSource(`oci-archive:${archive}`))
  expect(facts.map(f => [formatPlatform(f.platform), f.status])).toEqual([
    ['linux/amd64', 'inspected'],
    ['linux/arm64', 'unreadable']
  ])
  expect(facts[1]?.error).toMatch(/layer sha256:[0-9a-f]{64}|cannot read layer/)
})
