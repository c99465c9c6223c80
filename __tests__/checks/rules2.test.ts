/** The rules about how a program starts: Go build info, CPU variants, exec bits, loaders and interpreters. */
import { cpuVariantMismatch } from '../../src/checks/cpu-variant-mismatch.js'
import { canExecute, entrypointNotExecutable } from '../../src/checks/entrypoint-not-executable.js'
import { goBuildinfoMismatch } from '../../src/checks/go-buildinfo-mismatch.js'
import { interpreterMissing } from '../../src/checks/interpreter-missing.js'
import { shebangInterpreterMissing } from '../../src/checks/shebang-interpreter-missing.js'
import type { ElfFacts } from '../../src/binary/elf.js'
import type { ExecutableFacts, PlatformFacts } from '../../src/inspect/facts.js'
import { checkAndReport } from '../../src/verify.js'
import { numericUser } from '../../src/inspect/image.js'
import { exe, platform } from '../helpers/facts.js'

const withExe = (p: PlatformFacts, ...files: ExecutableFacts[]): PlatformFacts => ({
  ...p,
  executables: [...p.executables, ...files]
})
const script = (
  path: string,
  interpreter: string,
  opts: { argument?: string; found?: boolean; program?: boolean } = {}
): ExecutableFacts => ({
  path,
  mode: 0o755,
  size: 20,
  binary: { format: 'script', interpreter, ...(opts.argument ? { argument: opts.argument } : {}) },
  deps: {
    interpreter: { path: interpreter, found: opts.found ?? true },
    ...(opts.program !== undefined ? { program: { name: opts.argument ?? '', found: opts.program } } : {})
  }
})

describe('go-buildinfo-mismatch', () => {
  test('an amd64 Go build in the arm64 image: reported alone, and folded into the arch finding in the report', () => {
    const p = platform('linux/arm64', 'go-amd64')
    const [f] = goBuildinfoMismatch.check({ platforms: [p] })
    expect(f).toMatchObject({
      rule: 'go-buildinfo-mismatch',
      severity: 'error',
      path: '/server',
      evidence: { goos: 'linux', goarch: 'amd64' }
    })
    const r = checkAndReport('t', [p], 'error')
    expect(r.findings.map(x => x.rule)).toEqual(['binary-arch-mismatch'])
    expect(r.findings[0]?.message).toContain('The Go toolchain recorded GOOS=linux GOARCH=amd64 for it.')
  })

  test('clean: Go builds for their own platforms, and Go 1.15 (no GOOS/GOARCH recorded)', () => {
    expect(
      goBuildinfoMismatch.check({
        platforms: [
          platform('linux/arm64', 'go-arm64'),
          platform('linux/arm/v7', 'go-arm-v7'),
          platform('linux/amd64', 'go115-amd64')
        ]
      })
    ).toEqual([])
  })
})

test("go-buildinfo-mismatch: a package's own Go program (esbuild's) is its package manager's, not a Go build of the user's", () => {
  const esbuild = exe('/app/node_modules/@esbuild/linux-x64/bin/esbuild', 'go-amd64')
  const p = withExe(platform('linux/arm64', 'go-arm64'), {
    ...esbuild,
    package: { ecosystem: 'npm', name: '@esbuild/linux-x64', path: '/app/node_modules/@esbuild/linux-x64' }
  })
  expect(goBuildinfoMismatch.check({ platforms: [p] })).toEqual([])
  expect(
    goBuildinfoMismatch.check({ platforms: [withExe(platform('linux/arm64', 'go-arm64'), esbuild)] })
  ).toHaveLength(1)
})

describe('cpu-variant-mismatch', () => {
  test('GOARM=7 in a linux/arm/v6 image', () => {
    const [f] = cpuVariantMismatch.check({ platforms: [platform('linux/arm/v6', 'go-arm-v7')] })
    expect(f).toMatchObject({ severity: 'warning', evidence: { goarm: 7 } })
    expect(f?.message).toContain('illegal instruction')
  })

  test('Tag_CPU_arch ARMv7 (Debian armhf) in a linux/arm/v6 image', () => {
    const p = withExe(platform('linux/arm/v6', 'go-arm-v6'), exe('/usr/bin/hello', 'c-armhf-dyn'))
    p.armLoaders = ['/lib/ld-linux-armhf.so.3']
    expect(cpuVariantMismatch.check({ platforms: [p] }).map(f => [f.path, f.evidence])).toEqual([
      ['/usr/bin/hello', { tagCpuArch: 10 }]
    ])
  })

  test('a soft-float program where only the hard-float loader is', () => {
    const p = withExe(platform('linux/arm/v7', 'go-arm-v7'), exe('/usr/bin/hello', 'c-armv7-soft'))
    p.armLoaders = ['/lib/ld-linux-armhf.so.3']
    expect(cpuVariantMismatch.check({ platforms: [p] }).map(f => f.evidence)).toEqual([{ floatAbi: 'soft' }])
  })

  test('GOAMD64=v3 in a baseline linux/amd64 image, but not in linux/amd64/v3', () => {
    const p = platform('linux/amd64', 'go-amd64')
    ;(p.executables[0]!.binary as ElfFacts).go!.settings.GOAMD64 = 'v3'
    expect(cpuVariantMismatch.check({ platforms: [p] }).map(f => f.evidence)).toEqual([{ goamd64: 'v3' }])
    const v3 = { ...p, platform: { ...p.platform, variant: 'v3' } }
    expect(cpuVariantMismatch.check({ platforms: [v3] })).toEqual([])
  })

  test('clean: GOARM=6 in arm/v6, armv6 soft-float C with the soft-float loader, armhf C in arm/v7, GOAMD64=v1', () => {
    const v6 = withExe(
      platform('linux/arm/v6', 'go-arm-v6'),
      exe('/usr/bin/a', 'c-armv6-soft'),
      exe('/usr/bin/b', 'c-armel-dyn')
    )
    v6.armLoaders = ['/lib/ld-linux.so.3']
    const v7 = withExe(platform('linux/arm/v7', 'go-arm-v7'), exe('/usr/bin/c', 'c-armhf-dyn'))
    v7.armLoaders = ['/lib/ld-linux-armhf.so.3']
    expect(cpuVariantMismatch.check({ platforms: [v6, v7, platform('linux/amd64', 'go-amd64')] })).toEqual([])
  })
})

describe('entrypoint-not-executable', () => {
  const ep = (mode: number, extra: Partial<PlatformFacts> = {}, isDirectory = false): PlatformFacts => {
    const p = platform('linux/amd64', 'go-amd64', extra)
    p.entrypoint = {
      argv: ['/server'],
      resolved: true,
      resolvedPath: '/server',
      mode,
      uid: 0,
      gid: 0,
      binary: p.executables[0]!.binary,
      isDirectory
    }
    return p
  }

  test('mode 0644 for root, 0750 for user 1000, and a directory are errors', () => {
    expect(entrypointNotExecutable.check({ platforms: [ep(0o644)] })[0]?.message).toContain(
      'has mode 0644, which root may not execute'
    )
    expect(entrypointNotExecutable.check({ platforms: [ep(0o750, { user: '1000' })] })[0]?.message).toContain(
      'which user 1000 may not execute'
    )
    expect(entrypointNotExecutable.check({ platforms: [ep(0o755, {}, true)] })[0]?.message).toContain('is a directory')
  })

  test('clean: 0755 for anyone, 0700 for root, 0750 for the owning group, a named user (not judged)', () => {
    expect(
      entrypointNotExecutable.check({
        platforms: [ep(0o755, { user: '65532' }), ep(0o700), ep(0o750, { user: '1000:0' }), ep(0o700, { user: 'app' })]
      })
    ).toEqual([])
  })

  test.each([
    [0o100, 0, 0, '0', true],
    [0o010, 0, 5, '7:5', true],
    [0o001, 0, 0, '7', true],
    [0o110, 0, 0, '7', false],
    [0o000, 0, 0, '', false]
  ])('canExecute(mode %o, uid %d, gid %d, user %j) = %s', (mode, uid, gid, user, ok) => {
    expect(canExecute(mode, uid, gid, user)).toBe(ok)
  })
})

describe('interpreter-missing', () => {
  const dyn = (found: boolean, binary = 'c-amd64-dyn'): ExecutableFacts => ({
    ...exe('/usr/bin/hello', binary),
    deps: { interpreter: { path: '/lib64/ld-linux-x86-64.so.2', found } }
  })

  test('a glibc program on an image without glibc: error in PATH, with the glibc hint', () => {
    const [f] = interpreterMissing.check({ platforms: [withExe(platform('linux/amd64', 'go-amd64'), dyn(false))] })
    expect(f).toMatchObject({
      severity: 'error',
      path: '/usr/bin/hello',
      evidence: { interpreter: '/lib64/ld-linux-x86-64.so.2' }
    })
    expect(f?.message).toContain('no such file or directory')
    expect(f?.hint).toMatch(/linked against glibc.*Alpine and busybox.*CGO_ENABLED=0/)
  })

  test('a musl loader gets the musl hint', () => {
    const e = { ...dyn(false), deps: { interpreter: { path: '/lib/ld-musl-x86_64.so.1', found: false } } }
    expect(interpreterMissing.check({ platforms: [withExe(platform('linux/amd64', 'go-amd64'), e)] })[0]?.hint).toMatch(
      /linked against musl.*FROM alpine/
    )
  })

  test("clean: a library's PT_INTERP (libc.so.6 has one) is used only when it is run as a program", () => {
    const lib = { ...dyn(false), path: '/usr/lib/x86_64-linux-gnu/libc.so.6' }
    expect(interpreterMissing.check({ platforms: [withExe(platform('linux/amd64', 'go-amd64'), lib)] })).toEqual([])
  })

  test('clean: the loader is there; static programs need none', () => {
    expect(
      interpreterMissing.check({
        platforms: [withExe(platform('linux/amd64', 'go-amd64'), dyn(true), exe('/usr/bin/s', 'c-amd64-static'))]
      })
    ).toEqual([])
  })
})

describe('shebang-interpreter-missing', () => {
  test('#!/bin/bash entrypoint without bash; #!/usr/bin/env python3 in PATH without python3', () => {
    const p = withExe(
      platform('linux/amd64', 'go-amd64'),
      script('/usr/local/bin/run', '/usr/bin/env', { argument: 'python3', program: false }),
      script('/entry.sh', '/bin/bash', { found: false })
    )
    p.entrypoint = {
      argv: ['/entry.sh'],
      resolved: true,
      resolvedPath: '/entry.sh',
      mode: 0o755,
      uid: 0,
      gid: 0,
      binary: { format: 'script', interpreter: '/bin/bash' },
      isDirectory: false
    }
    const found = shebangInterpreterMissing.check({ platforms: [p] })
    expect(found.map(f => [f.path, f.severity])).toEqual([
      ['/usr/local/bin/run', 'error'],
      ['/entry.sh', 'error']
    ])
    expect(found[0]?.message).toContain('the image has no `python3` on PATH')
    expect(found[1]?.message).toContain('the image has no `/bin/bash`')
  })

  test('clean: interpreters present; scripts outside PATH (examples, tools of other systems) are not judged', () => {
    const p = withExe(
      platform('linux/amd64', 'go-amd64'),
      script('/usr/bin/ok', '/bin/sh'),
      script('/opt/app/tools/x', '/bin/zsh', { found: false }),
      script('/usr/share/doc/y', '/usr/bin/perl', { found: false })
    )
    expect(shebangInterpreterMissing.check({ platforms: [p] })).toEqual([])
  })
})

test('a named User is resolved through /etc/passwd, as runc does', () => {
  const passwd = 'root:x:0:0:root:/root:/bin/sh\napp:x:1000:1001::/home/app:/sbin/nologin\n'
  expect(numericUser('app', passwd)).toBe('1000:1001')
  expect(numericUser('app:5', passwd)).toBe('1000:5')
  expect(numericUser('1000', passwd)).toBe('1000')
  expect(numericUser('ghost', passwd)).toBe('ghost') // unknown: not judged
  expect(canExecute(0o700, 0, 0, numericUser('app', passwd))).toBe(false)
  expect(canExecute(0o750, 0, 1001, numericUser('app', passwd))).toBe(true)
})
