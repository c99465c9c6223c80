/** The registry source against real docker-registry instances on loopback, open and with token auth. */
import { layerReader } from '../../src/image/layers.js'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { requireDocker } from '../helpers/docker.js'
import { ROOT } from '../helpers/fixtures.js'
import { RegistryProxy } from '../helpers/proxy.js'
import { OPEN_REGISTRY, TokenRegistry, pushImage } from '../helpers/registry.js'
import { cli } from '../helpers/run.js'
import { RegistrySource } from '../../src/image/registry/source.js'

interface Json {
  platforms: Array<{ platform: string; status: string }>
  findings: Array<{ rule: string; platform: string; path?: string }>
}

let dir: string
beforeAll(async () => {
  await requireDocker()
  await pushImage(join(ROOT, 'examples/go-wrong-arch'), 'mv/wrong-arch:1', 'linux/amd64,linux/arm64')
  await pushImage(join(ROOT, 'examples/go-fixed'), 'mv/fixed:1', 'linux/arm64', ['--provenance=false'])
})
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mv-itg-reg-'))
})
afterEach(async () => rm(dir, { recursive: true, force: true }))

test('a plain reference to a multi-platform image on a registry: the arm64 bug is found', async () => {
  const r = await cli(['inspect', `${OPEN_REGISTRY}/mv/wrong-arch:1`, '--format', 'json'])
  expect(r.stderr).toBe('')
  const report = JSON.parse(r.stdout) as Json
  expect(report.platforms.map(p => [p.platform, p.status])).toEqual([
    ['linux/amd64', 'pass'],
    ['linux/arm64', 'fail']
  ])
  expect(report.findings.map(f => [f.rule, f.platform, f.path])).toEqual([
    ['binary-arch-mismatch', 'linux/arm64', '/server']
  ])
  expect(r.code).toBe(1)
})

test('registry:REF of a single-platform image (a manifest, not an index) is read through its config', async () => {
  const r = await cli(['inspect', `registry:${OPEN_REGISTRY}/mv/fixed:1`, '--format', 'json'])
  const report = JSON.parse(r.stdout) as Json
  expect(report.platforms.map(p => [p.platform, p.status])).toEqual([['linux/arm64', 'pass']])
  expect(r.code).toBe(0)
})

test('an unknown tag is one clear line, exit 2', async () => {
  const r = await cli(['inspect', `${OPEN_REGISTRY}/mv/wrong-arch:nope`])
  expect(r.code).toBe(2)
  expect(r.stderr).toBe(`multiarch-verify: registry:${OPEN_REGISTRY}/mv/wrong-arch:nope: manifest nope not found\n`)
})

describe('token auth', () => {
  let reg: TokenRegistry
  beforeEach(async () => {
    reg = new TokenRegistry(dir)
  })
  afterEach(async () => reg.stop())

  test("Bearer token from the realm with the Docker config's credentials, scoped to pull", async () => {
    const host = await reg.start()
    const env = { ...process.env, DOCKER_CONFIG: await reg.dockerConfig() }
    const r = await cli(['inspect', `${host}/mv/wrong-arch:1`, '--format', 'json'], env)
    expect(r.stderr).toBe('')
    expect((JSON.parse(r.stdout) as Json).findings.map(f => f.platform)).toEqual(['linux/arm64'])
    expect(reg.requests[0]?.path).toBe('/token?service=mv-registry&scope=repository%3Amv%2Fwrong-arch%3Apull')
    expect(reg.requests[0]?.authorization).toMatch(/^Basic /)
  })

  test('a token endpoint that fails (500) is retried; one that keeps failing is one line, exit 2', async () => {
    const host = await reg.start()
    const env = { ...process.env, DOCKER_CONFIG: await reg.dockerConfig() }
    reg.failTokens = 1
    const once = await cli(['inspect', `${host}/mv/wrong-arch:1`, '--format', 'json'], env)
    expect(once.stderr).toBe('')
    expect(once.code).toBe(1)
    reg.failTokens = 100
    const down = await cli(['inspect', `${host}/mv/wrong-arch:1`], env)
    expect(down.code).toBe(2)
    expect(down.stderr).toMatch(
      /^multiarch-verify: registry:127\.0\.0\.1:\d+\/mv\/wrong-arch:1: the token endpoint http:\/\/127\.0\.0\.1:\d+\/token answered 500\n$/
    )
  })

  test('without credentials, the token endpoint refuses: one line naming docker login', async () => {
    const host = await reg.start()
    const r = await cli(['inspect', `${host}/mv/wrong-arch:1`], { ...process.env, DOCKER_CONFIG: join(dir, 'none') })
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(
      /the token endpoint http:\/\/127\.0\.0\.1:\d+\/token answered 401; check the credentials \(docker login\)\n$/
    )
  })
})

describe('behind a proxy: Basic auth, blob redirects to another host, and faults', () => {
  let proxy: RegistryProxy
  let env: NodeJS.ProcessEnv
  beforeEach(async () => {
    proxy = new RegistryProxy()
    const host = await proxy.start()
    await writeFile(
      join(dir, 'config.json'),
      JSON.stringify({ auths: { [host]: { auth: Buffer.from('mv:secret').toString('base64') } } })
    )
    env = { ...process.env, DOCKER_CONFIG: dir }
  })
  afterEach(async () => proxy.stop())

  test('credentials go to the registry, never to the storage host a blob redirects to', async () => {
    const r = await cli(['inspect', `127.0.0.1:${proxy.registryPort}/mv/wrong-arch:1`, '--format', 'json'], env)
    expect(r.stderr).toBe('')
    expect((JSON.parse(r.stdout) as Json).findings.map(f => f.platform)).toEqual(['linux/arm64'])
    const storage = proxy.seen.filter(s => s.host === 'storage')
    expect(storage.length).toBeGreaterThan(3)
    expect(storage.every(s => s.authorization === undefined)).toBe(true)
    expect(proxy.seen.some(s => s.host === 'registry' && s.authorization?.startsWith('Basic '))).toBe(true)
  })

  test('429 with Retry-After and 503 are retried; the verdict comes out the same', async () => {
    proxy.faults.push({ status: 429, headers: { 'retry-after': '0' } }, { status: 503 })
    const r = await cli(['inspect', `127.0.0.1:${proxy.registryPort}/mv/wrong-arch:1`, '--format', 'json'], env)
    expect(r.stderr).toBe('')
    expect(r.code).toBe(1)
  })

  /**
   * A layer only the arm64 image has (its busybox base): the example's /server layer can be byte-identical in both
   * images (the bug copies one amd64 build into both), and a fault on it would hit both platforms.
   */
  async function arm64Layer(): Promise<string> {
    const get = async (
      ref: string
    ): Promise<{
      manifests?: Array<{ digest: string; platform?: { architecture: string } }>
      layers?: Array<{ digest: string }>
    }> =>
      (
        await fetch(`http://${OPEN_REGISTRY}/v2/mv/wrong-arch/manifests/${ref}`, {
          headers: { accept: 'application/vnd.oci.image.index.v1+json, application/vnd.oci.image.manifest.v1+json' }
        })
      ).json() as never
    const index = await get('1')
    const layersOf = async (arch: string): Promise<string[]> =>
      ((await get(index.manifests?.find(m => m.platform?.architecture === arch)?.digest ?? '')).layers ?? []).map(
        l => l.digest
      )
    const amd = await layersOf('amd64')
    const only = (await layersOf('arm64')).find(d => !amd.includes(d))
    if (!only) throw new Error('the example images share every layer')
    return only
  }
  const ref = (): string => `127.0.0.1:${proxy.registryPort}/mv/wrong-arch:1`

  test('a manifest and a layer cut short once are read again; the verdict comes out the same', async () => {
    const layer = await arm64Layer()
    proxy.bodyFaults.push(
      { match: /\/manifests\/1$/, kind: 'truncate' },
      { match: new RegExp(layer), kind: 'truncate' }
    )
    const r = await cli(['inspect', ref(), '--format', 'json'], env)
    expect(r.stderr).toBe('')
    expect(proxy.bodyFaults).toEqual([]) // both faults were met
    expect((JSON.parse(r.stdout) as Json).findings.map(f => [f.rule, f.platform])).toEqual([
      ['binary-arch-mismatch', 'linux/arm64']
    ])
    expect(r.code).toBe(1)
  })

  test('a layer cut short every time: that platform is unreadable, named with the blob; the other is still verified', async () => {
    const layer = await arm64Layer()
    for (let i = 0; i < 3; i++) proxy.bodyFaults.push({ match: new RegExp(layer), kind: 'truncate' })
    const r = await cli(['inspect', ref(), '--format', 'json'], env)
    const report = JSON.parse(r.stdout) as Json & { findings: Array<{ message: string }> }
    expect(report.platforms.map(p => [p.platform, p.status])).toEqual([
      ['linux/amd64', 'pass'],
      ['linux/arm64', 'unreadable']
    ])
    expect(report.findings.map(f => f.rule)).toEqual(['image-unreadable'])
    expect(report.findings[0]?.message).toMatch(
      new RegExp(`blob ${layer} was cut short after \\d+ bytes \\(.+\\); tried 3 times`)
    )
    expect(r.code).toBe(1)
  })

  test('headers that come late, and bodies that stall, time out and are retried (the 60 s timeout, at 0.5 s)', async () => {
    const layer = await arm64Layer()
    const fast = { timeoutMs: 500, retry: { attempts: 4, baseMs: 0, maxDelayMs: 0, sleep: async () => undefined } }
    proxy.bodyFaults.push(
      { match: /\/manifests\/1$/, kind: 'late', ms: 1500 },
      { match: new RegExp(layer), kind: 'stall' },
      { match: new RegExp(layer), kind: 'stall' }
    )
    const open = async (): Promise<RegistrySource> => {
      const saved = process.env.DOCKER_CONFIG
      process.env.DOCKER_CONFIG = dir // the in-process client reads the proxy's credentials from there
      try {
        return await RegistrySource.open(ref(), fast)
      } finally {
        if (saved === undefined) delete process.env.DOCKER_CONFIG
        else process.env.DOCKER_CONFIG = saved
      }
    }
    const source = await open()
    const index = await source.rootIndex() // the late answer was abandoned and asked again
    expect(index.manifests.length).toBeGreaterThan(0)
    const entries = await layerReader.read(source, {
      mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
      digest: layer,
      size: 0
    })
    // Two stalls, then the whole layer: the same entries as a read without faults.
    const clean = await layerReader.read(await open(), {
      mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
      digest: layer,
      size: 0
    })
    expect(entries.map(e => e.path)).toEqual(clean.map(e => e.path))
    expect(entries.length).toBeGreaterThan(0)
    expect(proxy.bodyFaults).toEqual([])
    // A stall on every try: one line naming the blob and the wait.
    const again = await open()
    for (let i = 0; i < 3; i++) proxy.bodyFaults.push({ match: new RegExp(layer), kind: 'stall' })
    await expect(
      layerReader.read(again, { mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: layer, size: 0 })
    ).rejects.toThrow(new RegExp(`blob ${layer} stalled: nothing for 0.5s after \\d+ bytes; tried 3 times$`))
  })

  test('a registry that keeps failing is one clear line after the retries', async () => {
    for (let i = 0; i < 10; i++) proxy.faults.push({ status: 500 })
    const r = await cli(['inspect', `127.0.0.1:${proxy.registryPort}/mv/wrong-arch:1`], env)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^multiarch-verify: registry:127\.0\.0\.1:\d+\/mv\/wrong-arch:1: manifest 1: HTTP 500\n$/)
  })
})
