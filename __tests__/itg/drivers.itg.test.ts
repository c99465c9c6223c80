/**
 * Builders other than the `docker` driver, which every other integration test uses. docker/setup-buildx-action gives
 * most users a `docker-container` builder, whose BuildKit runs from the moby/buildkit image: that image cannot be had
 * here (no Docker Hub, and Debian packages no BuildKit daemon to build it from), so a docker-container builder is
 * tested as far as it gets (its inspect output, its boot failing as one line) and runs for real in the e2e workflow.
 * What is real here is a `remote` builder: buildx's remote driver speaking BuildKit's gRPC API over a unix socket,
 * bridged to the engine's own BuildKit. Like docker-container, and unlike the docker driver, it exports over the
 * session and pulls FROM images from a registry rather than the engine's store.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseBuilderInspect } from '../../src/buildx/builder.js'
import { BuildkitBridge } from '../helpers/buildkit-bridge.js'
import { requireDocker } from '../helpers/docker.js'
import { ROOT } from '../helpers/fixtures.js'
import { cli } from '../helpers/run.js'

interface Json {
  verdict: string
  platforms: Array<{ platform: string; status: string; entrypoint?: { elf?: { architecture?: string } } }>
  findings: Array<{ rule: string; platform: string; path?: string; severity: string }>
}

function docker(args: string[]): Promise<{ code: number; out: string }> {
  return new Promise(resolve =>
    execFile('docker', args, (err, stdout, stderr) => resolve({ code: err ? 1 : 0, out: `${stdout}${stderr}` }))
  )
}

const suffix = `${process.pid}`
const REMOTE = `mv-itg-remote-${suffix}`
const CONTAINER = `mv-itg-container-${suffix}`
let dir = ''
let bridge: BuildkitBridge

beforeAll(async () => {
  await requireDocker()
  dir = await mkdtemp(join(tmpdir(), 'mv-drivers-'))
  bridge = new BuildkitBridge(join(dir, 'buildkitd.sock'))
  await bridge.start()
  const created = await docker(['buildx', 'create', '--name', REMOTE, '--driver', 'remote', bridge.endpoint])
  if (created.code !== 0) throw new Error(`docker buildx create --driver remote failed:\n${created.out}`)
})

afterAll(async () => {
  await docker(['buildx', 'rm', REMOTE])
  await docker(['buildx', 'rm', CONTAINER])
  await bridge?.stop()
  if (dir) await rm(dir, { recursive: true, force: true })
})

const fixtures = join(ROOT, '__tests__/fixtures')
const build = (name: string, builder: string): ReturnType<typeof cli> =>
  cli([
    'build',
    fixtures,
    '--file',
    join(fixtures, 'dockerfiles', name, 'Dockerfile'),
    '--platforms',
    'linux/amd64,linux/arm64',
    '--builder',
    builder,
    '--format',
    'json'
  ])

test('the remote builder answers docker buildx inspect as the remote driver, with the platforms QEMU gives it', async () => {
  const r = await docker(['buildx', 'inspect', '--builder', REMOTE, '--bootstrap'])
  expect(r.code).toBe(0)
  const b = parseBuilderInspect(r.out)
  expect(b).toMatchObject({ name: REMOTE, driver: 'remote' })
  expect(b.platforms.map(p => p.architecture)).toEqual(expect.arrayContaining(['amd64', 'arm64']))
})

test('remote driver: the amd64 program copied into every platform fails on arm64 only', async () => {
  const r = await build('scratch-one-arch', REMOTE)
  expect(r.code).toBe(1)
  const report = JSON.parse(r.stdout) as Json
  expect(report.platforms.map(p => [p.platform, p.status, p.entrypoint?.elf?.architecture])).toEqual([
    ['linux/amd64', 'pass', 'amd64'],
    ['linux/arm64', 'fail', 'amd64']
  ])
  expect(report.findings.map(f => [f.rule, f.platform, f.path, f.severity])).toEqual([
    ['binary-arch-mismatch', 'linux/arm64', '/server', 'error']
  ])
})

test('remote driver: each platform its own program passes', async () => {
  const r = await build('scratch-per-arch', REMOTE)
  expect(r.stderr).not.toMatch(/build for .* failed/)
  expect(r.code).toBe(0)
  const report = JSON.parse(r.stdout) as Json
  expect(report.platforms.map(p => [p.platform, p.status, p.entrypoint?.elf?.architecture])).toEqual([
    ['linux/amd64', 'pass', 'amd64'],
    ['linux/arm64', 'pass', 'arm64']
  ])
})

test('a remote builder whose daemon is gone: one line naming the builder, exit 2, before any build', async () => {
  const gone = `mv-itg-gone-${suffix}`
  await docker(['buildx', 'create', '--name', gone, '--driver', 'remote', `unix://${join(dir, 'nobody.sock')}`])
  try {
    const r = await build('scratch-per-arch', gone)
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringContaining(`the buildx builder "${gone}" cannot build`)])
  } finally {
    await docker(['buildx', 'rm', gone])
  }
})

test('a docker-container builder whose BuildKit image cannot be pulled: one line naming the builder and the image', async () => {
  // A loopback port nothing listens on: the image cannot be had here or on a runner with the internet.
  const image = '127.0.0.1:9/multiarch-verify/no-buildkit:absent'
  const created = await docker([
    'buildx',
    'create',
    '--name',
    CONTAINER,
    '--driver',
    'docker-container',
    '--driver-opt',
    `image=${image}`
  ])
  expect(created.code).toBe(0)
  expect(parseBuilderInspect((await docker(['buildx', 'inspect', CONTAINER])).out)).toEqual({
    name: CONTAINER,
    driver: 'docker-container',
    platforms: []
  })
  const r = await build('scratch-per-arch', CONTAINER)
  expect(r.code).toBe(2)
  const lines = r.stderr.trim().split('\n')
  expect(lines).toHaveLength(1)
  expect(lines[0]).toContain(`the buildx builder "${CONTAINER}" cannot build`)
  expect(lines[0]).toContain(image)
})
