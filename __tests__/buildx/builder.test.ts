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

// Every driver a workflow may hand over through the `builder` input. Outputs of buildx 0.13 here, except the running
// docker-container builder with two nodes, which is buildx's own documentation (docs/reference/buildx_inspect.md):
// its BuildKit image cannot be pulled on these machines.
const DOCKER_CONTAINER_RUNNING = `Name:   elated_tesla
Driver: docker-container

Nodes:
Name:      elated_tesla0
Endpoint:  unix:///var/run/docker.sock
Status:    running
Buildkit:  v0.10.3
Platforms: linux/amd64

Name:      elated_tesla1
Endpoint:  ssh://ubuntu@1.2.3.4
Status:    running
Buildkit:  v0.10.3
Platforms: linux/arm64*, linux/arm/v7, linux/arm/v6
`

const DOCKER_CONTAINER_INACTIVE = `Name:          mvdc
Driver:        docker-container
Last Activity: 2026-11-29 06:26:24 +0000 UTC

Nodes:
Name:                  mvdc0
Endpoint:              unix:///var/run/docker.sock
Status:                inactive
BuildKit daemon flags: --allow-insecure-entitlement=network.host
`

const REMOTE_RUNNING = `Name:          mvremote
Driver:        remote
Last Activity: 2026-11-29 06:16:49 +0000 UTC

Nodes:
Name:             mvremote0
Endpoint:         unix:///tmp/bk/bk.sock
Status:           running
BuildKit version: v0.0.0+unknown
Platforms:        linux/amd64, linux/amd64/v2, linux/amd64/v3, linux/amd64/v4, linux/arm64, linux/riscv64, linux/ppc64, linux/ppc64le, linux/s390x, linux/mips64le, linux/mips64, linux/loong64
Labels:
 org.mobyproject.buildkit.worker.executor:             containerd
 org.mobyproject.buildkit.worker.network:              host
 org.mobyproject.buildkit.worker.snapshotter:          overlayfs
`

const arches = (text: string): string[] =>
  parseBuilderInspect(text).platforms.map(p => [p.architecture, p.variant].filter(Boolean).join('/'))

test('docker-container with two nodes: the builder name (not a node name), and the platforms of both nodes', () => {
  const b = parseBuilderInspect(DOCKER_CONTAINER_RUNNING)
  expect(b).toMatchObject({ name: 'elated_tesla', driver: 'docker-container' })
  expect(b.error).toBeUndefined()
  expect(arches(DOCKER_CONTAINER_RUNNING)).toEqual(['amd64', 'arm64', 'arm/v7', 'arm/v6'])
  expect(canRun(b, parsePlatform('linux/arm/v7'))).toBe(true)
  expect(canRun(b, parsePlatform('linux/s390x'))).toBe(false)
})

test('docker-container before its BuildKit container is booted: no platforms yet, and no error', () => {
  const b = parseBuilderInspect(DOCKER_CONTAINER_INACTIVE)
  expect(b).toEqual({ name: 'mvdc', driver: 'docker-container', platforms: [] })
})

test('remote: driver, name and the platforms its BuildKit reports (label lines are not platforms)', () => {
  const b = parseBuilderInspect(REMOTE_RUNNING)
  expect(b).toMatchObject({ name: 'mvremote', driver: 'remote' })
  expect(arches(REMOTE_RUNNING)).toEqual([
    'amd64',
    'amd64/v2',
    'amd64/v3',
    'amd64/v4',
    'arm64',
    'riscv64',
    'ppc64',
    'ppc64le',
    's390x',
    'mips64le',
    'mips64',
    'loong64'
  ])
})

test('a platform a docker-container builder lacks: the fix names QEMU and the builder', () => {
  const why = emulationMissing(parseBuilderInspect(DOCKER_CONTAINER_RUNNING), parsePlatform('linux/s390x'), EXEC_FAILED)
  expect(why).toContain('the buildx builder "elated_tesla" cannot run its programs')
  expect(why).toContain('(it offers linux/amd64, linux/arm64, linux/arm/v7, linux/arm/v6)')
})
