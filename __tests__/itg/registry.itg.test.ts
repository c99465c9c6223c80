/** The registry source against real docker-registry instances on loopback, open and with token auth. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { requireDocker } from '../helpers/docker.js'
import { ROOT } from '../helpers/fixtures.js'
import { RegistryProxy } from '../helpers/proxy.js'
import { OPEN_REGISTRY, TokenRegistry, pushImage } from '../helpers/registry.js'
import { cli } from '../helpers/run.js'

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

  test('a registry that keeps failing is one clear line after the retries', async () => {
    for (let i = 0; i < 10; i++) proxy.faults.push({ status: 500 })
    const r = await cli(['inspect', `127.0.0.1:${proxy.registryPort}/mv/wrong-arch:1`], env)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^multiarch-verify: registry:127\.0\.0\.1:\d+\/mv\/wrong-arch:1: manifest 1: HTTP 500\n$/)
  })
})
