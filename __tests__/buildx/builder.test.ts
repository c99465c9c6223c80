import {
  canRun,
  emulationMissing,
  isOlder,
  MIN_BUILDX,
  parseBuilderInspect,
  parseBuildxVersion
} from '../../src/buildx/builder.js'
import { parsePlatform } from '../../src/platform.js'

// Real outputs: docker/buildx release builds, Debian's package, and `docker buildx inspect` (docker driver, running
// and with the daemon down).
test.each([
  ['github.com/docker/buildx v0.17.1 d0ca9d0aa0a0d1b8ccd8f5da5c4d2f6a7d8d1e2f', [0, 17, 1], false],
  ['github.com/docker/buildx 0.13.1+ds1 0.13.1+ds1-3', [0, 13, 1], false],
  ['github.com/docker/buildx v0.9.1 ed00243a0ce2a0aee75311b06e32d33b44729689', [0, 9, 1], true],
  ['github.com/docker/buildx v0.10.0 876462897612d36679153c3414f7689626251501', [0, 10, 0], false]
])('buildx version %s', (text, version, old) => {
  const v = parseBuildxVersion(text)
  expect(v).toEqual(version)
  expect(isOlder(v as number[], MIN_BUILDX)).toBe(old)
})

test('a version line without a number is not read as one', () => {
  expect(parseBuildxVersion('github.com/docker/buildx dev')).toBeUndefined()
})

const RUNNING = `Name:          default
Driver:        docker
Last Activity: 2026-11-28 05:01:24 +0000 UTC

Nodes:
Name:             default
Endpoint:         default
Status:           running
BuildKit version: v0.0.0+unknown
Platforms:        linux/amd64, linux/amd64/v2, linux/amd64/v3, linux/arm64, linux/riscv64, linux/386*
Labels:
 org.mobyproject.buildkit.worker.executor:             containerd
`

const DAEMON_DOWN = `Name:          default
Driver:        
Last Activity: 2026-11-28 05:01:24 +0000 UTC
Error:         Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?
`

test('a running builder: its name, driver and platforms (the * of a configured platform dropped)', () => {
  const b = parseBuilderInspect(RUNNING)
  expect(b).toMatchObject({ name: 'default', driver: 'docker' })
  expect(b.error).toBeUndefined()
  expect(b.platforms.map(p => [p.architecture, p.variant ?? ''].join(':'))).toEqual([
    'amd64:',
    'amd64:v2',
    'amd64:v3',
    'arm64:',
    'riscv64:',
    '386:'
  ])
})

test('a builder whose daemon is down carries its error', () => {
  const b = parseBuilderInspect(DAEMON_DOWN)
  expect(b.error).toMatch(/^Cannot connect to the Docker daemon/)
  expect(b.platforms).toEqual([])
})

const NO_QEMU = parseBuilderInspect(RUNNING.replace(/Platforms:.*/, 'Platforms: linux/amd64, linux/amd64/v2'))
const EXEC_FAILED =
  'exec /bin/sh: exec format error\nERROR: failed to solve: process "/bin/sh -c make" did not complete'

test('a RUN step for a platform the builder cannot run is the environment, and the fix names QEMU', () => {
  const why = emulationMissing(NO_QEMU, parsePlatform('linux/arm64'), EXEC_FAILED)
  expect(why).toMatch(/^linux\/arm64 could not be built: the buildx builder "default" cannot run its programs/)
  expect(why).toContain('(it offers linux/amd64, linux/amd64/v2)')
  expect(why).toContain('docker/setup-qemu-action')
})

test.each([
  [
    'a platform the builder runs: "exec format error" is a real bug (a binary for the wrong arch)',
    'linux/amd64',
    EXEC_FAILED
  ],
  ['a failure of another kind on an unlisted platform is the Dockerfile', 'linux/arm64', 'go: module not found'],
  ['linux/386 runs natively on an amd64 builder, listed or not', 'linux/386', EXEC_FAILED]
])('not the environment: %s', (_, platform, log) => {
  expect(emulationMissing(NO_QEMU, parsePlatform(platform), log)).toBeUndefined()
})

test('canRun needs the variant asked for', () => {
  const b = parseBuilderInspect('Platforms: linux/arm/v6, linux/amd64')
  expect(canRun(b, parsePlatform('linux/arm/v6'))).toBe(true)
  expect(canRun(b, parsePlatform('linux/arm/v7'))).toBe(false)
  expect(canRun(b, parsePlatform('linux/amd64'))).toBe(true)
})
