import { binaryArchMismatch } from '../../src/checks/binary-arch-mismatch.js'
import { buildFailed } from '../../src/checks/build-failed.js'
import { configPlatformMismatch } from '../../src/checks/config-platform-mismatch.js'
import { entrypointNotFound } from '../../src/checks/entrypoint-not-found.js'
import { entrypointUnset } from '../../src/checks/entrypoint-unset.js'
import { identicalBinary } from '../../src/checks/identical-binary.js'
import { imageUnreadable } from '../../src/checks/image-unreadable.js'
import { RULES, runChecks } from '../../src/checks/index.js'
import { platformMissing } from '../../src/checks/platform-missing.js'
import type { PlatformRule } from '../../src/checks/types.js'
import { summarisePlatform } from '../../src/inspect/summary.js'
import { parseDockerfile } from '../../src/dockerfile/parse.js'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from '../helpers/fixtures.js'
import { checkAndReport } from '../../src/verify.js'
import { parsePlatform } from '../../src/platform.js'
import { exe, platform } from '../helpers/facts.js'
import { debianPlatform } from '../helpers/debian.js'

const clean = [
  platform('linux/amd64', 'go-amd64'),
  platform('linux/arm64', 'go-arm64'),
  platform('linux/arm/v7', 'go-arm-v7')
]

describe.each(RULES.map(r => [r.id, r] as const))('%s', (_id, rule) => {
  test('stays silent on correct images', () => {
    const fixed = readFileSync(join(ROOT, 'examples/go-fixed/Dockerfile'), 'utf8')
    const found =
      rule.scope === 'platform'
        ? rule.check({ platforms: clean })
        : rule.scope === 'cross'
          ? rule.check({ platforms: clean.map(summarisePlatform).map(p => ({ platform: p.platform, files: p.files })) })
          : rule.check({ file: 'Dockerfile', stages: parseDockerfile(fixed) })
    expect(found).toEqual([])
  })
})

// Real Debian 12 dynamic programs and libraries (uuidgen, libuuid1, libc6) through the loader model, which runs
// them in a chroot with its real loader (fixtures/debian/*/oracle.txt): what static Go programs cannot show.
const cleanDynamic = [
  debianPlatform('amd64', { uuidgen: '2.38', libuuid: 'amd64' }),
  debianPlatform('arm64', { uuidgen: '2.38', libuuid: 'arm64' })
]

describe.each(RULES.filter(r => r.scope !== 'dockerfile').map(r => [r.id, r] as const))('%s', (_id, rule) => {
  test('stays silent on correct images of real dynamic programs (Debian 12 uuidgen, libuuid1, libc6)', () => {
    const found =
      rule.scope === 'platform'
        ? rule.check({ platforms: cleanDynamic })
        : rule.scope === 'cross'
          ? rule.check({
              platforms: cleanDynamic.map(summarisePlatform).map(p => ({ platform: p.platform, files: p.files }))
            })
          : []
    expect(found).toEqual([])
  })
})

describe('binary-arch-mismatch', () => {
  test('an x86-64 entrypoint in the arm64 image is an error that explains exec format error and the fix', () => {
    const [f, ...rest] = binaryArchMismatch.check({
      platforms: [platform('linux/amd64', 'go-amd64'), platform('linux/arm64', 'go-amd64')]
    })
    expect(rest).toEqual([])
    expect(f).toMatchObject({
      rule: 'binary-arch-mismatch',
      severity: 'error',
      platform: 'linux/arm64',
      path: '/server'
    })
    expect(f?.message).toMatch(/is an x86-64 .* but this image is linux\/arm64.*exec format error/)
    expect(f?.hint).toContain('--platform=$BUILDPLATFORM')
    expect(f?.hint).toContain('TARGETARCH')
  })

  test('a big-endian s390x binary in a ppc64le image is caught by byte order and machine', () => {
    expect(binaryArchMismatch.check({ platforms: [platform('linux/ppc64le', 'go-s390x')] })).toHaveLength(1)
  })

  test('a 386 binary in an amd64 image is caught by class and machine', () => {
    expect(binaryArchMismatch.check({ platforms: [platform('linux/amd64', 'go-386')] })).toHaveLength(1)
  })

  test('a foreign program in a PATH directory is an error; elsewhere a warning', () => {
    const p = platform('linux/arm64', 'go-arm64', {})
    p.executables.push(exe('/usr/bin/helper', 'go-amd64'), exe('/opt/tools/helper', 'go-amd64'))
    const found = binaryArchMismatch.check({ platforms: [p] }).map(f => [f.path, f.severity])
    expect(found).toEqual([
      ['/usr/bin/helper', 'error'],
      ['/opt/tools/helper', 'warning']
    ])
  })

  test('libraries and native modules are loaded, not run: what loads them says what fails, not this rule', () => {
    const p = platform('linux/arm64', 'go-arm64')
    const addon = exe('/app/node_modules/x/build/Release/x.node', 'c-amd64-dyn')
    addon.module = { runtime: 'node', loaded: true, name: 'x' }
    p.executables.push(exe('/usr/lib/libfoo.so.1', 'c-amd64-dyn'), addon)
    expect(binaryArchMismatch.check({ platforms: [p] })).toEqual([])
  })

  test('never a finding: test data, /usr/share, non-executable files and objects', () => {
    const p = platform('linux/arm64', 'go-arm64')
    p.executables.push(
      exe('/usr/lib/go/src/debug/elf/testdata/go-amd64', 'go-amd64'),
      exe('/usr/share/misc/x', 'go-amd64'),
      exe('/usr/lib/plugin.bin', 'go-amd64', 0o644),
      exe('/usr/lib/race_linux_amd64.syso', 'go-amd64')
    )
    expect(binaryArchMismatch.check({ platforms: [p] })).toEqual([])
  })
})

test('platform-missing names what the index offers', () => {
  const [f] = platformMissing.check({
    platforms: [
      platform('linux/amd64', 'go-amd64'),
      { platform: parsePlatform('linux/arm64'), status: 'missing', executables: [], durationMs: 0 }
    ]
  })
  expect(f).toMatchObject({ rule: 'platform-missing', severity: 'error', platform: 'linux/arm64' })
  expect(f?.message).toContain('The index offers linux/amd64')
})

describe('config-platform-mismatch', () => {
  test('fires when the config says amd64 for the arm64 index entry', () => {
    const p = platform('linux/arm64', 'go-arm64', { config: { os: 'linux', architecture: 'amd64' } })
    const [f] = configPlatformMismatch.check({ platforms: [p] })
    expect(f?.message).toMatch(/index lists it as `linux\/arm64` but its config says `linux\/amd64`/)
  })

  test('compares after normalisation: arm64/v8 in the config equals the arm64 index entry', () => {
    const p = platform('linux/arm64', 'go-arm64', { config: { os: 'linux', architecture: 'aarch64', variant: 'v8' } })
    expect(configPlatformMismatch.check({ platforms: [p] })).toEqual([])
  })
})

test('entrypoint-not-found says what was searched', () => {
  const p = platform('linux/amd64', 'go-amd64', {
    entrypoint: {
      argv: ['./server'],
      resolved: false,
      reason: '/app/server does not exist in the image',
      searched: ['/app/server']
    }
  })
  const [f] = entrypointNotFound.check({ platforms: [p] })
  expect(f).toMatchObject({
    rule: 'entrypoint-not-found',
    severity: 'error',
    path: './server',
    evidence: { searched: '/app/server' }
  })
  expect(f?.message).toContain('no such file or directory')
})

describe('entrypoint-unset', () => {
  const unset = (name: string) => {
    const p = platform(name, name.startsWith('windows') ? 'go-windows-amd64.exe' : 'go-amd64')
    p.entrypoint = { argv: [], resolved: false, reason: 'the image sets no Entrypoint or Cmd', searched: [] }
    return p
  }

  test('an image with no Entrypoint and no Cmd is a note of its own, on Linux and Windows alike', () => {
    const found = entrypointUnset.check({ platforms: [unset('linux/amd64'), unset('windows/amd64')] })
    expect(found.map(f => [f.rule, f.severity, f.platform, f.path])).toEqual([
      ['entrypoint-unset', 'note', 'linux/amd64', undefined],
      ['entrypoint-unset', 'note', 'windows/amd64', undefined]
    ])
    expect(found[0]?.hint).toContain('entrypoint-unset: {severity: error}')
    expect(entrypointNotFound.check({ platforms: [unset('linux/amd64')] })).toEqual([])
  })

  test('a command that is set, found or not, is not its business', () => {
    const missing = platform('linux/amd64', 'go-amd64', {
      entrypoint: { argv: ['./server'], resolved: false, reason: 'gone', searched: ['/app/server'] }
    })
    expect(entrypointUnset.check({ platforms: [platform('linux/amd64', 'go-amd64'), missing] })).toEqual([])
  })
})

test('build-failed carries the failing step, the Dockerfile line and the log tail', () => {
  const p = {
    platform: parsePlatform('linux/arm64'),
    status: 'build-failed' as const,
    executables: [],
    durationMs: 0,
    build: {
      step: '[build 4/4] RUN make',
      logTail: 'make: *** [all] Error 1',
      location: { file: 'Dockerfile', line: 7 }
    }
  }
  const [f] = buildFailed.check({ platforms: [p] })
  expect(f).toMatchObject({
    rule: 'build-failed',
    location: { file: 'Dockerfile', line: 7 },
    evidence: { logTail: 'make: *** [all] Error 1' }
  })
  expect(f?.message).toContain('`[build 4/4] RUN make`')
})

test('image-unreadable keeps the reason', () => {
  const p = {
    platform: parsePlatform('linux/arm64'),
    status: 'unreadable' as const,
    executables: [],
    durationMs: 0,
    error: 'blob sha256:ab does not match'
  }
  expect(imageUnreadable.check({ platforms: [p] })[0]?.message).toContain('blob sha256:ab does not match')
})

test('a rule that crashes is reported with its stack and the other rules still report their findings', () => {
  const boom: PlatformRule = {
    id: 'platform-missing',
    scope: 'platform',
    os: ['linux'],
    defaultSeverity: 'error',
    description: 'x',
    help: 'x',
    check: () => {
      throw new Error('boom')
    }
  }
  const r = runChecks({ platforms: [platform('linux/arm64', 'go-amd64')] }, [boom, binaryArchMismatch])
  expect(r.crashed).toEqual([
    { rule: 'platform-missing', error: 'boom', stack: expect.stringMatching(/^Error: boom\n\s+at .*rules\.test\.ts/) }
  ])
  expect(r.findings.map(f => f.rule)).toEqual(['binary-arch-mismatch'])
})

describe('identical-binary', () => {
  const summaries = (...ps: ReturnType<typeof platform>[]) =>
    ps.map(summarisePlatform).map(p => ({ platform: p.platform, files: p.files }))
  const withSha = (p: ReturnType<typeof platform>, sha: string) => {
    for (const e of p.executables) e.sha256 = sha
    return p
  }

  test('the same x86-64 file in the amd64 and arm64 images is reported on arm64, naming the amd64 copy', () => {
    const found = identicalBinary.check({
      platforms: summaries(
        withSha(platform('linux/amd64', 'go-amd64'), 'ab'.repeat(32)),
        withSha(platform('linux/arm64', 'go-amd64'), 'ab'.repeat(32))
      )
    })
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({
      rule: 'identical-binary',
      severity: 'error',
      platform: 'linux/arm64',
      path: '/server'
    })
    expect(found[0]?.message).toContain('byte-identical to `/server` of linux/amd64')
  })

  test("a package's file copied across (node_modules, a JDK) is not the user's build: said as the package's, not here", () => {
    const esbuild = (name: string, server: string, sha: string) => {
      const p = withSha(platform(name, server), sha.repeat(32))
      const file = exe('/app/node_modules/@esbuild/linux-x64/bin/esbuild', 'go-amd64')
      file.sha256 = '12'.repeat(32)
      file.package = { ecosystem: 'npm', name: '@esbuild/linux-x64', path: '/app/node_modules/@esbuild/linux-x64' }
      p.executables.push(file)
      return p
    }
    const both = summaries(esbuild('linux/amd64', 'go-amd64', 'ef'), esbuild('linux/arm64', 'go-arm64', 'fe'))
    expect(identicalBinary.check({ platforms: both })).toEqual([])
    // The same file outside any package is the user's: reported.
    for (const p of both) for (const f of p.files) delete f.package
    expect(identicalBinary.check({ platforms: both }).map(f => f.path)).toEqual([
      '/app/node_modules/@esbuild/linux-x64/bin/esbuild'
    ])
  })

  test('the same file under two variants of one architecture is fine', () => {
    const found = identicalBinary.check({
      platforms: summaries(
        withSha(platform('linux/arm/v6', 'go-arm-v6'), 'cd'.repeat(32)),
        withSha(platform('linux/arm/v7', 'go-arm-v6'), 'cd'.repeat(32))
      )
    })
    expect(found).toEqual([])
  })
})

test('an identical binary that is also foreign is one finding, not two', () => {
  const amd = platform('linux/amd64', 'go-amd64')
  const arm = platform('linux/arm64', 'go-amd64')
  for (const e of [...amd.executables, ...arm.executables]) e.sha256 = 'ef'.repeat(32)
  const r = checkAndReport('test', [amd, arm], 'error')
  expect(r.findings.map(f => f.rule)).toEqual(['binary-arch-mismatch'])
  expect(r.findings[0]?.message).toContain('byte-identical to `/server` in the linux/amd64 image')
  expect(r.findings[0]?.evidence).toMatchObject({ samePlatform: 'linux/amd64', samePath: '/server' })
})

test('findings are sorted by platform, then rule, then path', () => {
  const a = platform('linux/arm64', 'go-amd64')
  a.executables.push(exe('/usr/bin/b', 'go-amd64'), exe('/usr/bin/a', 'go-amd64'))
  const r = runChecks({ platforms: [a, platform('linux/amd64', 'go-arm64')] }, [binaryArchMismatch])
  expect(r.findings.map(f => `${f.platform} ${f.path}`)).toEqual([
    'linux/amd64 /server',
    'linux/arm64 /server',
    'linux/arm64 /usr/bin/a',
    'linux/arm64 /usr/bin/b'
  ])
})
