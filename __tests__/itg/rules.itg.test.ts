/**
 * The rules on real images built by buildx for linux/amd64 and linux/arm64 from real binaries: each relative of the
 * wrong-architecture bug fires on its image, and the correct images stay silent.
 */
import { join } from 'node:path'
import { requireDocker } from '../helpers/docker.js'
import { ROOT } from '../helpers/fixtures.js'
import { cli } from '../helpers/run.js'

interface Json {
  platforms: Array<{ platform: string; status: string }>
  findings: Array<{ rule: string; platform: string; path?: string; severity: string; message: string; hint?: string }>
}

beforeAll(requireDocker)

const fixtures = join(ROOT, '__tests__/fixtures')
async function build(name: string, platforms = 'linux/amd64,linux/arm64'): Promise<{ code: number; report: Json }> {
  const r = await cli([
    'build',
    fixtures,
    '--file',
    join(fixtures, 'dockerfiles', name, 'Dockerfile'),
    '--platforms',
    platforms,
    '--format',
    'json'
  ])
  if (!r.stdout) throw new Error(r.stderr)
  return { code: r.code, report: JSON.parse(r.stdout) as Json }
}
const summary = (j: Json): string[][] => j.findings.map(f => [f.rule, f.platform, f.path ?? '', f.severity])

test('a glibc program on busybox: interpreter-missing on both platforms, with the glibc hint', async () => {
  const { code, report } = await build('glibc-on-busybox')
  expect(code).toBe(1)
  expect(summary(report)).toEqual([
    ['interpreter-missing', 'linux/amd64', '/usr/local/bin/hello', 'error'],
    ['interpreter-missing', 'linux/arm64', '/usr/local/bin/hello', 'error']
  ])
  expect(report.findings[1]?.message).toContain('`/lib/ld-linux-aarch64.so.1`')
  expect(report.findings[0]?.hint).toContain('linked against glibc')
})

test('the same program on a glibc base is clean', async () => {
  const { code, report } = await build('glibc-on-glibc')
  expect(report.findings).toEqual([])
  expect(code).toBe(0)
})

test('CMD ["./server"] with the binary outside WORKDIR: entrypoint-not-found', async () => {
  const { report } = await build('relative-cmd')
  expect(summary(report)).toEqual([
    ['entrypoint-not-found', 'linux/amd64', './server', 'error'],
    ['entrypoint-not-found', 'linux/arm64', './server', 'error']
  ])
  expect(report.findings[0]?.message).toContain('/app/server does not exist in the image')
})

test('a #!/bin/bash entrypoint on busybox: shebang-interpreter-missing', async () => {
  const { report } = await build('bash-entrypoint')
  expect(summary(report)).toEqual([
    ['shebang-interpreter-missing', 'linux/amd64', '/entry.sh', 'error'],
    ['shebang-interpreter-missing', 'linux/arm64', '/entry.sh', 'error']
  ])
})

test('an entrypoint copied with mode 0644: entrypoint-not-executable', async () => {
  const { report } = await build('not-executable')
  expect(summary(report)).toEqual([
    ['entrypoint-not-executable', 'linux/amd64', '/server', 'error'],
    ['entrypoint-not-executable', 'linux/arm64', '/server', 'error']
  ])
})

test('a static musl program on busybox is clean', async () => {
  const { code, report } = await build('musl-static', 'linux/amd64')
  expect(report.findings).toEqual([])
  expect(code).toBe(0)
})

test('noise budget: a Go toolchain userland (Debian golang-1.19 with its sources) is clean on both platforms', async () => {
  // Its sources hold dozens of foreign-architecture ELF files (race .syso objects, debug/elf testdata): counted, never reported.
  const ctx = join(process.env.MV_CACHE ?? '/var/cache/multiarch-verify-test', 'golang-userland-ctx')
  const r = await cli(['build', ctx, '--platforms', 'linux/amd64,linux/arm64', '--format', 'json'])
  const report = JSON.parse(r.stdout) as Json & {
    platforms: Array<{ binaries: { ignored: number }; files: Array<{ architecture?: string; ignored?: string }> }>
  }
  expect(report.findings).toEqual([])
  expect(r.code).toBe(0)
  const arm = report.platforms[1]
  expect(arm?.files.filter(f => f.ignored && f.architecture && f.architecture !== 'arm64').length).toBeGreaterThan(30)
})

test('a helper only the amd64 image gets: cross-platform-drift on arm64', async () => {
  const { report } = await build('drift')
  expect(summary(report)).toEqual([['cross-platform-drift', 'linux/arm64', '/usr/local/bin/helper', 'warning']])
})

test('glibc loader without libc.so.6: library-missing on the entrypoint', async () => {
  const { report } = await build('lib-missing')
  expect(summary(report)).toEqual([
    ['library-missing', 'linux/amd64', '/usr/local/bin/hello', 'error'],
    ['library-missing', 'linux/arm64', '/usr/local/bin/hello', 'error']
  ])
  expect(report.findings[0]?.message).toContain('`libc.so.6`')
})

test('GOARM=7 in a linux/arm/v6 image: cpu-variant-mismatch; the same binary is clean in linux/arm/v7', async () => {
  const v6 = await build('arm-v6-goarm7', 'linux/arm/v6')
  expect(summary(v6.report)).toEqual([['cpu-variant-mismatch', 'linux/arm/v6', '/server', 'warning']])
  const v7 = await build('arm-v6-goarm7', 'linux/arm/v7')
  expect(v7.report.findings).toEqual([])
})

describe('Windows images built by buildx on Linux (FROM scratch, so layers without Files/)', () => {
  const windows = 'windows/amd64,windows/arm64'

  test('the arm64 Windows program copied into windows/amd64: binary-arch-mismatch there, at the COPY line', async () => {
    const { code, report } = await build('windows-scratch-copied', windows)
    expect(code).toBe(1)
    expect(summary(report).filter(f => f[3] !== 'note')).toEqual([
      ['binary-arch-mismatch', 'windows/amd64', 'C:\\app\\app.exe', 'error']
    ])
    expect(report.findings[0]?.message).toContain('is an ARM64 Windows program (PE32+)')
    expect(report.findings[0]?.hint).toContain('GOOS=windows GOARCH=$TARGETARCH')
  })

  test('each platform its own program by TARGETARCH: nothing above a note, which says the layout was not Windows', async () => {
    const { code, report } = await build('windows-scratch-fixed', windows)
    expect(code).toBe(0)
    expect(summary(report)).toEqual([
      ['platform-not-checked', 'windows/amd64', '', 'note'],
      ['platform-not-checked', 'windows/arm64', '', 'note']
    ])
    expect(report.platforms.map(p => [p.platform, p.status])).toEqual([
      ['windows/amd64', 'pass'],
      ['windows/arm64', 'pass']
    ])
  })
})
