/**
 * The build environment failing under the action: a daemon that is not there, one that dies mid-build, and a builder
 * without an emulator for a platform. Real dockerd, buildx and binfmt; a second daemon is started for the tests that
 * kill it. Each ends in exit 2 with one line per problem, and the platforms that could be checked are reported.
 */
import { spawn } from 'node:child_process'
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Report } from '../../src/report/model.js'
import { requireDocker } from '../helpers/docker.js'
import { startDaemon, type Daemon } from '../helpers/dockerd.js'
import { BIN, ROOT } from '../helpers/fixtures.js'
import { cli, type RunResult } from '../helpers/run.js'

beforeAll(requireDocker)

const notVerified = (stderr: string): string[] =>
  stderr.split('\n').filter(l => l.startsWith('multiarch-verify: not verified: '))

/** Build contexts made here, removed at the end. */
const contexts: string[] = []
afterAll(async () => {
  for (const d of contexts) await rm(d, { recursive: true, force: true })
})

test('no daemon behind DOCKER_HOST: exit 2, one line with the daemon error', async () => {
  const r = await cli(['build', 'examples/go-fixed', '--platforms', 'linux/amd64,linux/arm64'], {
    ...process.env,
    DOCKER_HOST: 'unix:///nonexistent/docker.sock'
  })
  expect(r.code).toBe(2)
  expect(r.stderr.trim().split('\n')).toEqual([
    'multiarch-verify: the buildx builder "default" cannot build: Cannot connect to the Docker daemon at unix:///nonexistent/docker.sock. Is the docker daemon running?; start the Docker daemon, or set up a builder with docker/setup-buildx-action'
  ])
})

describe('on a throwaway daemon', () => {
  let daemon: Daemon
  beforeEach(async () => {
    daemon = await startDaemon()
  })
  afterEach(async () => {
    await daemon.dispose()
  })

  test('the daemon dies mid-build: the platform built before it is reported, the rest are not checked, exit 2', async () => {
    // amd64 builds at once; arm64's RUN sleeps until the daemon is killed under it. A static busybox, no base image.
    const ctx = await mkdtemp(join(tmpdir(), 'mv-dies-'))
    contexts.push(ctx)
    await copyFile('/bin/busybox', join(ctx, 'busybox'))
    await writeFile(
      join(ctx, 'Dockerfile'),
      [
        'FROM scratch',
        'COPY busybox /busybox',
        'ARG TARGETARCH',
        'RUN --network=none ["/busybox", "sh", "-c", "[ \\"$TARGETARCH\\" = amd64 ] || /busybox sleep 120"]',
        'CMD ["/busybox", "true"]',
        ''
      ].join('\n')
    )
    const child = spawn(
      process.execPath,
      [
        join(ROOT, 'dist/cli.js'),
        'build',
        ctx,
        '--platforms',
        'linux/amd64,linux/arm64,linux/s390x',
        '--format',
        'json',
        '--no-cache'
      ],
      { env: { ...process.env, DOCKER_HOST: daemon.host }, cwd: ROOT }
    )
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString()
      // Kill once arm64's RUN step has started (its header is printed after the "Build linux/arm64" group).
      const arm = stderr.indexOf('Build linux/arm64')
      if (arm >= 0 && /\[2\/2\] RUN/.test(stderr.slice(arm))) setTimeout(() => daemon.kill(), 1000)
    })
    const code = await new Promise<number>(resolve => child.on('close', c => resolve(c ?? 99)))
    expect(code).toBe(2)
    const lines = notVerified(stderr)
    expect(lines).toEqual([
      expect.stringMatching(
        /^multiarch-verify: not verified: linux\/arm64 was not checked: its build stopped because the buildx builder "default" stopped answering \(.*Cannot connect to the Docker daemon/
      ),
      'multiarch-verify: not verified: linux/s390x was not built: the buildx builder "default" had stopped answering'
    ])
    const report = JSON.parse(stdout) as Report
    expect(report.verdict).toBe('fail')
    expect(report.platforms.map(p => [p.platform, p.status])).toEqual([
      ['linux/amd64', 'pass'],
      ['linux/arm64', 'not-checked'],
      ['linux/s390x', 'not-checked']
    ])
    expect(report.platforms[0]?.entrypoint?.resolvedPath).toBe('/busybox')
    expect(report.errors).toHaveLength(2)
    expect(report.findings).toEqual([])
  })

  test('no QEMU handler for a platform: a RUN step for it is the environment, named with the fix; with QEMU it builds', async () => {
    const ctx = await mkdtemp(join(tmpdir(), 'mv-noemu-'))
    contexts.push(ctx)
    await copyFile(join(BIN, 'go-amd64'), join(ctx, 'hello-amd64'))
    await copyFile(join(BIN, 'go-arm-v7'), join(ctx, 'hello-arm'))
    await writeFile(
      join(ctx, 'Dockerfile'),
      'FROM scratch\nARG TARGETARCH\nCOPY hello-${TARGETARCH} /hello\nRUN --network=none ["/hello"]\nENTRYPOINT ["/hello"]\n'
    )
    const handler = '/proc/sys/fs/binfmt_misc/qemu-arm'
    const args = ['build', ctx, '--platforms', 'linux/amd64,linux/arm/v7', '--format', 'json']
    const env = { ...process.env, DOCKER_HOST: daemon.host }
    let r: RunResult
    await writeFile(handler, '0')
    try {
      r = await cli(args, env)
    } finally {
      await writeFile(handler, '1')
    }
    expect(await readFile(handler, 'utf8')).toMatch(/^enabled/)
    expect(r.code).toBe(2)
    expect(notVerified(r.stderr)).toEqual([
      expect.stringMatching(
        /^multiarch-verify: not verified: linux\/arm\/v7 could not be built: the buildx builder "default" cannot run its programs \(it offers linux\/amd64, .*\); install QEMU with docker\/setup-qemu-action before the build, or cross-compile in a FROM --platform=\$BUILDPLATFORM stage$/
      )
    ])
    const report = JSON.parse(r.stdout) as Report
    expect(report.platforms.map(p => [p.platform, p.status])).toEqual([
      ['linux/amd64', 'pass'],
      ['linux/arm/v7', 'not-checked']
    ])
    // The clean case: the same build with the handler back passes, though BuildKit does not list linux/arm here.
    const again = await cli(args, env)
    expect(again.code).toBe(0)
    expect((JSON.parse(again.stdout) as Report).platforms.map(p => p.status)).toEqual(['pass', 'pass'])
  })
})
