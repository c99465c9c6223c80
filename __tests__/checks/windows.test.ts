/**
 * Every OS of an index judged as itself (issue 14): Windows images from layers in the Windows layout with real PE
 * files, next to Linux images, FreeBSD, WebAssembly, an OS without rules and an attestation, through the whole
 * pipeline (layout → inspect → rules → report) and through the bundled CLI.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { EMPTY_CONFIG, parseConfig } from '../../src/config/config.js'
import type { Finding } from '../../src/findings.js'
import { OciDirSource } from '../../src/image/oci-layout.js'
import type { Report } from '../../src/report/model.js'
import { checkAndReport, inspectSource } from '../../src/verify.js'
import { bin } from '../helpers/fixtures.js'
import { writeLayout, type ImageSpec } from '../helpers/layout.js'
import { cli } from '../helpers/run.js'
import { windowsApp, windowsBase, windowsImage } from '../helpers/windows.js'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mv-windows-'))
})
afterEach(async () => rm(dir, { recursive: true, force: true }))

const linux = (arch: 'amd64' | 'arm64'): ImageSpec => ({
  platform: { os: 'linux', architecture: arch },
  config: { os: 'linux', architecture: arch, config: { Entrypoint: ['/bin/busybox'] } },
  layers: [[{ name: 'bin/busybox', mode: 0o755, content: bin(`go-${arch}`) }]]
})

/** A Windows image whose entrypoint is C:\app\app.exe, the given real PE file. */
const win = (
  arch: 'amd64' | 'arm64',
  exe: string | Buffer,
  extra: { wow64?: boolean; osVersion?: string; osFeatures?: string[] } = {}
): ImageSpec =>
  windowsImage(
    arch,
    { Entrypoint: ['C:\\app\\app.exe'], WorkingDir: 'C:\\app', Env: ['PATH=C:\\Windows\\system32;C:\\Windows'] },
    [
      windowsBase({ arch, wow64: extra.wow64 ?? arch === 'amd64' }),
      windowsApp({ 'app/app.exe': typeof exe === 'string' ? bin(exe) : exe })
    ],
    extra.osVersion,
    extra.osFeatures
  )

async function report(images: ImageSpec[], opts: { attestation?: boolean; config?: string } = {}): Promise<Report> {
  await writeLayout(dir, images, opts)
  const source = await OciDirSource.open(dir)
  try {
    const config = opts.config ? parseConfig('cfg.yml', opts.config) : EMPTY_CONFIG
    const facts = await inspectSource(source, [], undefined, config)
    return checkAndReport('oci:test', facts, 'error', { config })
  } finally {
    await source.close()
  }
}

const above = (r: Report): Finding[] => r.findings.filter(f => f.severity !== 'note')

describe('the issue: linux/amd64 next to a windows/amd64 image whose C:\\app\\app.exe is an ARM64 program', () => {
  test('one finding: binary-arch-mismatch on windows/amd64, with the Windows fix; nothing judged by Linux rules', async () => {
    const r = await report([linux('amd64'), win('amd64', 'go-windows-arm64.exe')])
    expect(r.findings.map(f => [f.rule, f.severity, f.platform, f.path])).toEqual([
      ['binary-arch-mismatch', 'error', 'windows/amd64', 'C:\\app\\app.exe']
    ])
    const [f] = r.findings as [Finding]
    expect(f.message).toMatch(
      /^The entrypoint `C:\\app\\app\.exe` is an ARM64 Windows program \(PE32\+\), but this image is windows\/amd64: Windows cannot start it/
    )
    expect(f.message).toContain('The Go toolchain recorded GOOS=windows GOARCH=arm64 for it.')
    expect(f.hint).toContain('GOOS=windows GOARCH=$TARGETARCH')
    expect(f.hint).toContain('win-x64')
    expect(f.hint).toContain('win-arm64')
    expect(f.evidence).toMatchObject({ peMachine: '0xaa64', peClass: 64, peArchitecture: 'arm64', goarch: 'arm64' })
    expect(r.verdict).toBe('fail')
  })

  test('the report keeps os.version, and lists the Windows programs with their machine', async () => {
    const r = await report([linux('amd64'), win('amd64', 'go-windows-arm64.exe')])
    const w = r.platforms.find(p => p.platform === 'windows/amd64')
    expect(w).toMatchObject({
      osVersion: '10.0.20348.2655',
      status: 'fail',
      entrypoint: {
        argv: ['C:\\app\\app.exe'],
        resolvedPath: 'C:\\app\\app.exe',
        kind: 'pe',
        pe: { machine: 'ARM64', architecture: 'arm64', bits: 64 }
      },
      binaries: { elf: 0, pe: 5, checked: 3, foreign: 1, ignored: 2 }
    })
    expect(w?.files.map(f => [f.path, f.machine, f.ignored ?? ''])).toEqual([
      ['C:\\app\\app.exe', 'ARM64', ''],
      ['C:\\Windows\\System32\\cmd.exe', 'x86-64', ''],
      ['C:\\Windows\\System32\\libwinpthread-1.dll', 'x86-64', 'library'],
      ['C:\\Windows\\SysWOW64\\cmd.exe', 'Intel 80386', ''],
      ['C:\\Windows\\WinSxS\\x86_microsoft-windows-commandprompt_31bf3856ad364e35\\cmd.exe', 'Intel 80386', 'data-dir']
    ])
  })
})

describe('a correct mixed index has no finding above a note', () => {
  test('linux/amd64, linux/arm64, windows/amd64 (Server Core), windows/arm64, and an attestation', async () => {
    const r = await report(
      [linux('amd64'), linux('arm64'), win('amd64', 'go-windows-amd64.exe'), win('arm64', 'go-windows-arm64.exe')],
      { attestation: true }
    )
    expect(r.findings).toEqual([])
    expect(r.platforms.map(p => [p.platform, p.status])).toEqual([
      ['linux/amd64', 'pass'],
      ['linux/arm64', 'pass'],
      ['windows/amd64', 'pass'],
      ['windows/arm64', 'pass']
    ])
  })

  test('a .NET AnyCPU program shipped byte-identical in both Windows images is right', async () => {
    const r = await report([win('amd64', 'dotnet-anycpu.exe'), win('arm64', 'dotnet-anycpu.exe')])
    expect(above(r)).toEqual([])
    expect(r.platforms[0]?.entrypoint?.pe).toEqual({ machine: '.NET (AnyCPU)', anyCpu: true, bits: 32 })
  })

  test('a 32-bit x86 program runs on Server Core through WoW64', async () => {
    expect(above(await report([win('amd64', 'c-windows-386.exe', { wow64: true })]))).toEqual([])
  })
})

describe('what Windows does and does not run', () => {
  test('a 32-bit x86 program on Nano Server (no WoW64) cannot start', async () => {
    const r = await report([win('amd64', 'go-windows-386.exe', { wow64: false })])
    expect(r.findings.map(f => [f.rule, f.severity, f.path])).toEqual([
      ['binary-arch-mismatch', 'error', 'C:\\app\\app.exe']
    ])
    expect(r.findings[0]?.message).toContain('no WoW64')
  })

  test('an x64 program in a windows/arm64 image runs only under emulation: a warning, and the copy is named', async () => {
    const r = await report([win('amd64', 'go-windows-amd64.exe'), win('arm64', 'go-windows-amd64.exe')])
    expect(r.findings.map(f => [f.rule, f.severity, f.platform, f.path])).toEqual([
      ['binary-arch-mismatch', 'warning', 'windows/arm64', 'C:\\app\\app.exe']
    ])
    expect(r.findings[0]?.message).toMatch(
      /x86\/x64 emulation.*byte-identical to `C:\\app\\app\.exe` in the windows\/amd64 image/s
    )
  })

  test("Windows on Arm's own x86 files (SysWOW64) are not judged", async () => {
    expect(above(await report([win('arm64', 'go-windows-arm64.exe', { wow64: true })]))).toEqual([])
  })

  test('a .NET assembly built for x64 only is an x64 program', async () => {
    const r = await report([win('arm64', 'dotnet-x64.exe')])
    expect(r.findings.map(f => [f.rule, f.severity])).toEqual([['binary-arch-mismatch', 'warning']])
  })

  /** A real PE program whose COFF machine field says `machine`, which its PE32/PE32+ class does not fit. */
  const withMachine = (name: string, machine: number): Buffer => {
    const b = Buffer.from(bin(name))
    b.writeUInt16LE(machine, b.readUInt32LE(0x3c) + 4)
    return b
  }

  test.each([
    ['a PE32 program whose machine is x64', 'c-windows-386.exe', 0x8664],
    [
      'a PE32+ program whose machine is x86 (on Server Core, whose WoW64 would run a real x86 one)',
      'go-windows-amd64.exe',
      0x14c
    ]
  ])('%s is no valid program for any Windows: "not a valid Win32 application"', async (_what, exe, machine) => {
    const r = await report([win('amd64', withMachine(exe, machine), { wow64: true })])
    expect(r.findings.map(f => [f.rule, f.severity, f.path])).toEqual([
      ['binary-arch-mismatch', 'error', 'C:\\app\\app.exe']
    ])
    expect(r.findings[0]?.message).toContain(
      'its PE32/PE32+ class does not fit its machine, so no Windows starts it ("not a valid Win32 application")'
    )
  })

  test('a Linux program as the entrypoint of a Windows image cannot start', async () => {
    const r = await report([win('amd64', 'go-amd64')])
    expect(r.findings.map(f => [f.rule, f.severity, f.path])).toEqual([
      ['binary-arch-mismatch', 'error', 'C:\\app\\app.exe']
    ])
    expect(r.findings[0]?.message).toContain(
      'is an ELF program (Linux and other Unix systems), but this image is windows/amd64'
    )
  })

  test('a Windows program as the entrypoint of a Linux image cannot start', async () => {
    const img = linux('amd64')
    img.layers = [[{ name: 'bin/busybox', mode: 0o755, content: bin('go-windows-amd64.exe') }]]
    const r = await report([img])
    expect(r.findings.map(f => [f.rule, f.path])).toEqual([['binary-arch-mismatch', '/bin/busybox']])
    expect(r.findings[0]?.message).toContain('is a Windows program (PE)')
  })
})

test('layers without Files/ (buildx FROM scratch) are read as the C: drive as they are, and a note says so', async () => {
  const img = win('amd64', 'go-windows-arm64.exe')
  img.layers = [[{ name: 'app/app.exe', mode: 0o755, content: bin('go-windows-arm64.exe') }]]
  const r = await report([img])
  expect(r.findings.map(f => [f.rule, f.severity, f.path ?? ''])).toEqual([
    ['binary-arch-mismatch', 'error', 'C:\\app\\app.exe'],
    ['platform-not-checked', 'note', '']
  ])
  expect(r.findings[1]?.message).toContain('no Files/ directory')
})

describe('the entrypoint, as Windows finds it', () => {
  test('a missing drive path is entrypoint-not-found, in Windows words', async () => {
    const img = win('amd64', 'go-windows-amd64.exe')
    img.config.config = { Entrypoint: ['C:\\app\\server.exe'] }
    const r = await report([img])
    expect(r.findings.map(f => [f.rule, f.severity, f.path])).toEqual([
      ['entrypoint-not-found', 'error', 'C:\\app\\server.exe']
    ])
    expect(r.findings[0]?.message).toContain('The system cannot find the file specified')
  })

  test('a shell form whose program is missing: cmd says it is not recognized', async () => {
    const img = win('amd64', 'go-windows-amd64.exe')
    img.config.config = { Cmd: ['cmd /S /C C:\\app\\server.exe'], ArgsEscaped: true }
    const r = await report([img])
    expect(r.findings.map(f => [f.rule, f.severity, f.path])).toEqual([
      ['entrypoint-not-found', 'error', 'C:\\app\\server.exe']
    ])
    expect(r.findings[0]?.message).toContain('is not recognized as an internal or external command')
  })

  test("a shell form's program is the entrypoint too: a foreign one is an error", async () => {
    const img = win('amd64', 'go-windows-arm64.exe')
    img.config.config = { Cmd: ['cmd', '/S', '/C', 'C:\\app\\app.exe --port 80'], ArgsEscaped: true }
    const r = await report([img])
    expect(r.findings.map(f => [f.rule, f.severity, f.path])).toEqual([
      ['binary-arch-mismatch', 'error', 'C:\\app\\app.exe']
    ])
  })

  test('a bare name found nowhere it looked is a note, never an error: the registry PATH is not read', async () => {
    const img = win('amd64', 'go-windows-amd64.exe')
    img.config.config = { Entrypoint: ['dotnet', 'app.dll'], WorkingDir: 'C:\\app' }
    const r = await report([img])
    expect(r.findings.map(f => [f.rule, f.severity, f.path])).toEqual([['platform-not-checked', 'note', 'dotnet']])
    expect(r.findings[0]?.message).toContain('registry')
  })

  test('a required path is checked on the platforms of its style', async () => {
    const cfg = 'require:\n  - /bin/busybox\n  - C:\\app\\app.exe\n  - C:\\app\\missing.exe\n'
    const r = await report([linux('amd64'), win('amd64', 'go-windows-amd64.exe')], { config: cfg })
    expect(r.findings.map(f => [f.rule, f.platform, f.path])).toEqual([
      ['required-path-missing', 'windows/amd64', 'C:\\app\\missing.exe']
    ])
  })

  test('ignore globs match Windows paths written with /', async () => {
    const cfg = 'rules:\n  binary-arch-mismatch:\n    ignore: ["C:/app/**"]\n'
    const r = await report([win('amd64', 'go-windows-arm64.exe')], { config: cfg })
    expect(r.findings).toEqual([])
    expect(r.suppressed).toBe(1)
  })
})

describe('cross-platform rules compare platforms of one OS only', () => {
  test('a program only in the Windows images is no drift against the Linux ones, and the reverse', async () => {
    const w1 = win('amd64', 'go-windows-amd64.exe')
    const w2 = win('arm64', 'go-windows-arm64.exe')
    w2.layers.push(windowsApp({ 'tools/extra.exe': bin('go-windows-arm64.exe') }))
    const r = await report([linux('amd64'), linux('arm64'), w1, w2])
    expect(r.findings.map(f => [f.rule, f.platform, f.path])).toEqual([
      ['cross-platform-drift', 'windows/amd64', 'C:\\tools\\extra.exe']
    ])
  })

  test('images of two Windows releases are named by their os.version and each is inspected', async () => {
    const r = await report([
      win('amd64', 'go-windows-amd64.exe', { osVersion: '10.0.17763.6893' }),
      win('amd64', 'go-windows-amd64.exe', { osVersion: '10.0.20348.3207' })
    ])
    expect(r.platforms.map(p => [p.platform, p.osVersion, p.status])).toEqual([
      ['windows(10.0.17763.6893)/amd64', '10.0.17763.6893', 'pass'],
      ['windows(10.0.20348.3207)/amd64', '10.0.20348.3207', 'pass']
    ])
    expect(r.findings).toEqual([])
  })
})

describe('other OSes: checked for what can be checked, or a note saying what was not', () => {
  test('freebsd: its ELF programs by machine; the Linux loader rules not applied, and a note says so', async () => {
    const bsd: ImageSpec = {
      platform: { os: 'freebsd', architecture: 'amd64' },
      config: { os: 'freebsd', architecture: 'amd64', config: { Entrypoint: ['/usr/local/bin/app'] } },
      layers: [[{ name: 'usr/local/bin/app', mode: 0o755, content: bin('c-arm64-dyn') }]]
    }
    const r = await report([linux('amd64'), bsd])
    expect(r.findings.map(f => [f.rule, f.severity, f.platform])).toEqual([
      ['binary-arch-mismatch', 'error', 'freebsd/amd64'],
      ['platform-not-checked', 'note', 'freebsd/amd64']
    ])
  })

  test('wasi/wasm: a module runs on any architecture; an ELF entrypoint does not', async () => {
    const wasm = (content: Buffer): ImageSpec => ({
      platform: { os: 'wasi', architecture: 'wasm' },
      config: { os: 'wasi', architecture: 'wasm', config: { Entrypoint: ['/app.wasm'] } },
      layers: [[{ name: 'app.wasm', mode: 0o644, content }]]
    })
    const good = await report([linux('amd64'), wasm(bin('go-js.wasm'))])
    expect(above(good)).toEqual([])
    expect(good.findings.map(f => [f.rule, f.platform])).toEqual([['platform-not-checked', 'wasi/wasm']])
    const bad = await report([wasm(bin('go-amd64'))])
    expect(above(bad).map(f => [f.rule, f.severity])).toEqual([['binary-arch-mismatch', 'error']])
  })

  test('an OS without rules: its files are not read, and a note says so', async () => {
    const plan9: ImageSpec = {
      platform: { os: 'plan9', architecture: 'amd64' },
      config: { os: 'plan9', architecture: 'amd64', config: { Entrypoint: ['/bin/rc'] } },
      layers: [[{ name: 'bin/rc', mode: 0o755, content: bin('go-arm64') }]]
    }
    const r = await report([linux('amd64'), plan9])
    expect(r.findings.map(f => [f.rule, f.severity, f.platform, f.message])).toEqual([
      [
        'platform-not-checked',
        'note',
        'plan9/amd64',
        'This tool has no rules for plan9 images: only the index and the image config were checked; no file was read.'
      ]
    ])
  })
})

test('through the bundled CLI: the issue index fails on windows/amd64 only, exit 1', async () => {
  await writeLayout(dir, [linux('amd64'), win('amd64', 'go-windows-arm64.exe')], { attestation: true })
  const r = await cli(['inspect', `oci:${dir}`, '--format', 'json'])
  expect(r.code).toBe(1)
  const rep = JSON.parse(r.stdout) as Report
  expect(rep.findings.map(f => [f.rule, f.platform, f.path])).toEqual([
    ['binary-arch-mismatch', 'windows/amd64', 'C:\\app\\app.exe']
  ])
  expect(rep.platforms.map(p => [p.platform, p.status])).toEqual([
    ['linux/amd64', 'pass'],
    ['windows/amd64', 'fail']
  ])
  const text = await cli(['inspect', `oci:${dir}`])
  expect(text.stdout).toContain('error [binary-arch-mismatch] windows/amd64 C:\\app\\app.exe')
})

test("an index entry's os.features (win32k: the image needs the host's GUI subsystem) is kept in the JSON report", async () => {
  // Only the index entry names it, as registries list it; the config does not.
  const img = win('amd64', 'go-windows-amd64.exe', { osFeatures: ['win32k'] })
  expect(img.config['os.features']).toBeUndefined()
  await writeLayout(dir, [linux('amd64'), img])
  const r = await cli(['inspect', `oci:${dir}`, '--format', 'json'])
  expect(r.code).toBe(0)
  const rep = JSON.parse(r.stdout) as Report
  expect(rep.platforms.map(p => [p.platform, p.osVersion, p.osFeatures])).toEqual([
    ['linux/amd64', undefined, undefined],
    ['windows/amd64', '10.0.20348.2655', ['win32k']]
  ])
})
