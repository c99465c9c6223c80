/**
 * The rules about loading, on facts as the loader model gives them: what each says (the loader's own words, who
 * needs what, the likely cause) and how severe it is for each role. Their clean cases are in rules.test.ts (every
 * rule stays silent on correct images) and in the differential suite on real userlands.
 */
import { libraryMissing } from '../../src/checks/library-missing.js'
import { libraryVersionMissing } from '../../src/checks/library-version-missing.js'
import { nativeModuleMismatch } from '../../src/checks/native-module-mismatch.js'
import type { ElfFacts } from '../../src/binary/elf.js'
import type { LoadResult } from '../../src/inspect/loader/types.js'
import { FileTree } from '../../src/image/filetree.js'
import type { LayerEntry } from '../../src/image/layer.js'
import { findModules, type Runtime } from '../../src/inspect/modules.js'
import { exe, platform } from '../helpers/facts.js'
import { FIXTURE, SERIAL, SERIAL_PREBUILDS, shipped, USB, USB_PREBUILDS, type Kind } from '../helpers/prebuilds.js'
import { debianFile, debianPlatform, type DebianArch } from '../helpers/debian.js'
import { messageParts } from '../../src/findings.js'

const load = (more: Partial<LoadResult>): LoadResult => ({
  libc: 'glibc',
  missing: [],
  versions: [],
  unknown: [],
  loaded: 5,
  ...more
})

test('library-missing: a dependency of a dependency, in the loader words, error for the entrypoint and PATH', () => {
  const p = platform('linux/s390x', 'c-s390x-dyn', { searchPath: ['/usr/bin'] })
  const curl = exe('/usr/bin/curl', 'c-s390x-dyn')
  const tool = exe('/opt/tool', 'c-s390x-dyn')
  const missing = [
    { name: 'libssl.so.3', neededBy: '/lib/s390x-linux-gnu/libcurl.so.4', skipped: [], reason: 'not-found' as const }
  ]
  curl.load = load({ missing })
  tool.load = load({ missing })
  p.executables.push(curl, tool)
  const found = libraryMissing.check({ platforms: [p] })
  expect(found.map(f => [f.path, f.severity])).toEqual([
    ['/usr/bin/curl', 'error'],
    ['/opt/tool', 'warning']
  ])
  expect(found[0]?.message).toBe(
    'The program `/usr/bin/curl` cannot start: it loads `/lib/s390x-linux-gnu/libcurl.so.4`, which needs ' +
      '`libssl.so.3`. The loader cannot find `libssl.so.3` in the image: it fails with `error while loading shared ' +
      'libraries: libssl.so.3: cannot open shared object file: No such file or directory`.'
  )
})

test('library-missing: the only candidate is for another machine, and the loader passes it over', () => {
  const p = platform('linux/arm64', 'c-arm64-dyn')
  p.executables[0]!.load = load({
    missing: [
      {
        name: 'libc.so.6',
        neededBy: '/server',
        reason: 'not-found',
        skipped: [{ path: '/lib/aarch64-linux-gnu/libc.so.6', what: 'x86-64 (64-bit, LSB)' }]
      }
    ]
  })
  const [f] = libraryMissing.check({ platforms: [p] })
  expect(f?.message).toContain(
    "The only `libc.so.6` on the loader's search path, `/lib/aarch64-linux-gnu/libc.so.6`, is x86-64 (64-bit, LSB), and the loader passes it over"
  )
  expect(f?.hint).toContain('copied from a build for another architecture')
  expect(f?.severity).toBe('error')
})

describe("library-missing in each loader's own words", () => {
  /** The words library-missing quotes for `/server`'s one missing library. */
  const words = (libc: 'glibc' | 'musl', missing: LoadResult['missing'][number]): string | undefined => {
    const p = platform('linux/amd64', 'c-amd64-dyn')
    p.executables[0]!.load = load({ libc, missing: [missing] })
    const [f] = libraryMissing.check({ platforms: [p] })
    return /fails with `([^`]+)`/.exec(f?.message ?? '')?.[1]
  }

  test('musl, not found: "Error loading shared library", with who needs it', () => {
    expect(words('musl', { name: 'libssl.so.3', neededBy: '/server', skipped: [], reason: 'not-found' })).toBe(
      'Error loading shared library libssl.so.3: No such file or directory (needed by /server)'
    )
  })

  test('musl, a candidate it stops at: its error in the same line', () => {
    const fatal = { path: '/usr/lib/libssl.so.3', error: 'Exec format error' }
    expect(words('musl', { name: 'libssl.so.3', neededBy: '/server', skipped: [], reason: 'fatal', fatal })).toBe(
      'Error loading shared library libssl.so.3: Exec format error (needed by /server)'
    )
  })

  test('glibc, only a candidate of the other ELF class: "wrong ELF class"', () => {
    const skipped = [{ path: '/usr/lib/libssl.so.3', what: 'Intel 80386 (32-bit, LSB)', otherClass: 32 as const }]
    expect(words('glibc', { name: 'libssl.so.3', neededBy: '/server', skipped, reason: 'not-found' })).toBe(
      'error while loading shared libraries: libssl.so.3: wrong ELF class: ELFCLASS32'
    )
  })

  test('glibc, only a candidate of another machine of the same class: not found, as glibc says it', () => {
    const skipped = [{ path: '/usr/lib/libssl.so.3', what: 'ARM aarch64 (64-bit, LSB)' }]
    expect(words('glibc', { name: 'libssl.so.3', neededBy: '/server', skipped, reason: 'not-found' })).toBe(
      'error while loading shared libraries: libssl.so.3: cannot open shared object file: No such file or directory'
    )
  })
})

test('library-version-missing: the version, the library, the loader words, the cause and glibc of the image', () => {
  const p = platform('linux/amd64', 'c-amd64-dyn')
  const libc = exe('/usr/lib/x86_64-linux-gnu/libc.so.6', 'c-amd64-dyn', 0o755)
  ;(libc.binary as ElfFacts).versionDefs = ['libc.so.6', 'GLIBC_2.2.5', 'GLIBC_2.34', 'GLIBC_2.36']
  p.executables.push(libc)
  p.executables[0]!.load = load({
    versions: [
      {
        version: 'GLIBC_2.38',
        library: '/lib/x86_64-linux-gnu/libc.so.6',
        realPath: '/usr/lib/x86_64-linux-gnu/libc.so.6',
        file: 'libc.so.6',
        requiredBy: '/server'
      }
    ]
  })
  const [f, ...rest] = libraryVersionMissing.check({ platforms: [p] })
  expect(rest).toEqual([])
  expect(f).toMatchObject({ rule: 'library-version-missing', severity: 'error', path: '/server' })
  expect(f?.message).toBe(
    "The entrypoint `/server` cannot start: it needs `GLIBC_2.38` from `libc.so.6`. The image's " +
      '`/lib/x86_64-linux-gnu/libc.so.6` does not define it: it fails with ``/server: /lib/x86_64-linux-gnu/libc.so.6: ' +
      "version `GLIBC_2.38' not found (required by /server)``. The program was built against glibc 2.38 or newer, but " +
      'the image has glibc 2.36: its build stage is on a newer distribution release than its runtime stage.'
  )
  expect(f?.hint).toContain('same distribution release')
  // The loader's words quote with a backtick, as glibc prints them: a longer span holds it, shown as it is.
  const spans = messageParts(f?.message ?? '').filter(x => x.code)
  expect(spans.map(x => x.text)).toHaveLength(5)
  expect(spans[4]?.text).toBe(
    "/server: /lib/x86_64-linux-gnu/libc.so.6: version `GLIBC_2.38' not found (required by /server)"
  )
})

test('library-version-missing leads with the newest missing version of that library, compared as numbers', () => {
  const p = platform('linux/amd64', 'c-amd64-dyn')
  const libc = exe('/usr/lib/x86_64-linux-gnu/libc.so.6', 'c-amd64-dyn', 0o755)
  ;(libc.binary as ElfFacts).versionDefs = ['libc.so.6', 'GLIBC_2.2.5', 'GLIBC_2.3', 'GLIBC_2.8']
  p.executables.push(libc)
  const need = (version: string, file = 'libc.so.6', library = '/lib/x86_64-linux-gnu/libc.so.6') => ({
    version,
    library,
    realPath: library.replace(/^\/lib\//, '/usr/lib/'),
    file,
    requiredBy: '/server'
  })
  // In the order the loader checks them (and prints them): the program's .gnu.version_r order.
  p.executables[0]!.load = load({
    versions: [
      need('GLIBC_2.9'),
      need('GLIBC_2.38'),
      need('GLIBC_2.34'),
      need('UUID_2.41', 'libuuid.so.1', '/lib/x86_64-linux-gnu/libuuid.so.1')
    ]
  })
  const [f] = libraryVersionMissing.check({ platforms: [p] })
  expect(f?.message).toContain('it needs `GLIBC_2.38` from `libc.so.6`')
  expect(f?.message).toContain('built against glibc 2.38 or newer, but the image has glibc 2.8')
  expect(f?.message).toContain('3 more needed versions are missing too')
  expect(f?.evidence).toMatchObject({
    versions: 'libc.so.6:GLIBC_2.9 libc.so.6:GLIBC_2.38 libc.so.6:GLIBC_2.34 libuuid.so.1:UUID_2.41'
  })
})

test('native-module-mismatch: a foreign module its runtime loads, and a module built only for another architecture', () => {
  const p = platform('linux/arm64', 'go-arm64')
  const addon = exe('/app/node_modules/iconv/build/Release/iconv.node', 'c-amd64-dyn', 0o644)
  addon.module = { runtime: 'node', loaded: true, name: 'iconv' }
  const yaml = exe('/usr/lib/python3/dist-packages/yaml/_yaml.cpython-311-x86_64-linux-gnu.so', 'c-amd64-dyn', 0o644)
  yaml.module = { runtime: 'python', loaded: false, name: '_yaml', noBuildForPlatform: true }
  const alternative = exe('/app/node_modules/x/prebuilds/linux-x64/x.node', 'c-amd64-dyn', 0o644)
  alternative.module = { runtime: 'node', loaded: false, name: 'x' } // an arm64 build stands beside it
  p.executables.push(addon, yaml, alternative)
  const found = nativeModuleMismatch.check({ platforms: [p] })
  expect(found.map(f => [f.path, f.severity])).toEqual([
    ['/app/node_modules/iconv/build/Release/iconv.node', 'error'],
    ['/usr/lib/python3/dist-packages/yaml/_yaml.cpython-311-x86_64-linux-gnu.so', 'error']
  ])
  expect(found[0]?.message).toContain('is x86-64 (64-bit, LSB), but this image is linux/arm64: `require()` fails')
  expect(found[0]?.hint).toContain('npm ci')
  expect(found[1]?.message).toContain('`import _yaml` fails with "ModuleNotFoundError"')
  expect(found[1]?.hint).toContain('pip install --target /deps --only-binary=:all:')
})

test('a library whose dynamic string table could not be read is said in a note, never guessed as loading or not', async () => {
  const { platformNotChecked } = await import('../../src/checks/platform-not-checked.js')
  const p = platform('linux/amd64', 'c-amd64-dyn')
  p.executables[0]!.load = load({ unknown: ['/usr/lib/x86_64-linux-gnu/libhuge.so.1'] })
  const notes = platformNotChecked.check({ platforms: [p] })
  expect(notes.map(f => [f.rule, f.severity])).toEqual([['platform-not-checked', 'note']])
  expect(notes[0]?.message).toContain(
    'the dynamic string table of `/usr/lib/x86_64-linux-gnu/libhuge.so.1` could not be read'
  )
  expect(libraryMissing.check({ platforms: [p] })).toEqual([])
})

/** An image of `name` holding the files, mode 0644, with their module facts as findModules gives them. */
function withModules(name: string, files: Array<[string, Kind]>): ReturnType<typeof platform> {
  const p = platform(name, name === 'linux/arm64' ? 'c-arm64-dyn' : 'c-amd64-dyn')
  const elf = files.flatMap(([path, kind]) => (kind === 'text' ? [] : [exe(path, FIXTURE[kind], 0o644)]))
  const entries: LayerEntry[] = files.map(([path]) => {
    const binary = elf.find(e => e.path === path)?.binary
    return { path, type: 'file', mode: 0o644, size: 1, uid: 0, gid: 0, ...(binary ? { binary } : {}) }
  })
  const runtimes = findModules(FileTree.fromLayers([entries]), p.platform.architecture)
  for (const e of elf) {
    const m = runtimes.modules.get(e.path)
    if (m) e.module = m
    const owner = runtimes.owners.get(e.path)
    if (owner) e.package = owner
  }
  p.executables.push(...elf)
  p.packages = runtimes.packages
  return p
}

test('native-module-mismatch: usb and @serialport/bindings-cpp as npm ships them are clean on amd64 and arm64', () => {
  const files = [...shipped(USB, USB_PREBUILDS), ...shipped(SERIAL, SERIAL_PREBUILDS)]
  for (const name of ['linux/amd64', 'linux/arm64']) {
    expect(nativeModuleMismatch.check({ platforms: [withModules(name, files)] })).toEqual([])
  }
})

test("native-module-mismatch: only linux-x64 prebuilds in an arm64 image is one error per package, in node-gyp-build's words", () => {
  const x64Only = shipped(USB, USB_PREBUILDS).filter(([path]) => path.includes('/linux-x64/'))
  const found = nativeModuleMismatch.check({ platforms: [withModules('linux/arm64', x64Only)] })
  expect(found.map(f => [f.path, f.severity])).toEqual([[`${USB}/package.json`, 'error']])
  expect(found[0]?.message).toBe(
    'The npm package `usb` cannot be loaded on linux/arm64: node-gyp-build looks in `prebuilds/linux-arm64/`, and ' +
      "its prebuilds are `prebuilds/linux-x64/`. `require('usb')` throws `No native build was found for " +
      'platform=linux arch=arm64 runtime=node abi=… armv=8 libc=glibc`.'
  )
  expect(found[0]?.evidence).toMatchObject({ package: 'usb', layout: 'prebuilds', wants: 'prebuilds/linux-arm64/' })
  expect(nativeModuleMismatch.check({ platforms: [withModules('linux/amd64', x64Only)] })).toEqual([])
})

test('native-module-mismatch: a glibc-only prebuilds directory on Alpine says which libc node-gyp-build wants', () => {
  const glibcOnly = shipped(USB, USB_PREBUILDS).filter(([path]) => !path.endsWith('.musl.node'))
  const found = nativeModuleMismatch.check({
    platforms: [withModules('linux/amd64', [['/etc/alpine-release', 'text'], ...glibcOnly])]
  })
  expect(found.map(f => f.path)).toEqual([`${USB}/package.json`])
  expect(found[0]?.message).toContain('node-gyp-build looks in `prebuilds/linux-x64/ (libc=musl)`')
  expect(found[0]?.message).toContain(
    '`No native build was found for platform=linux arch=x64 runtime=node abi=… libc=musl`'
  )
})

/** The hint native-module-mismatch gives for a foreign module of `runtime` loaded at `path` on platform `name`. */
function hintFor(name: string, runtime: Runtime, path: string): string {
  const foreign = name === 'linux/amd64' ? 'c-arm64-dyn' : 'c-amd64-dyn'
  const p = platform(name, name === 'linux/amd64' ? 'c-amd64-dyn' : 'go-arm64')
  const m = exe(path, foreign, 0o644)
  m.module = { runtime, loaded: true, name: 'm' }
  p.executables.push(m)
  const [f, ...rest] = nativeModuleMismatch.check({ platforms: [p] })
  expect(rest).toEqual([])
  return f?.hint ?? ''
}

test("native-module-mismatch hints: npm's CPU names are Node.js's (x64, ia32), never TARGETARCH's", () => {
  const addon = '/app/node_modules/x/build/Release/x.node'
  expect(hintFor('linux/amd64', 'node', addon)).toContain('`npm ci --os=linux --cpu=x64` for linux/amd64')
  expect(hintFor('linux/arm64', 'node', addon)).toContain('`npm ci --os=linux --cpu=arm64` for linux/arm64')
  expect(hintFor('linux/arm/v7', 'node', addon)).toContain('`npm ci --os=linux --cpu=arm` for linux/arm/v7')
  const i386 = hintFor('linux/386', 'node', addon)
  expect(i386).toContain('`npm ci --os=linux --cpu=ia32` for linux/386')
  expect(i386).toContain('`npm_config_arch=ia32`')
  expect(i386).toContain('amd64 → x64, 386 → ia32, ppc64le → ppc64')
  expect(hintFor('linux/ppc64le', 'node', addon)).toContain('--cpu=ppc64`')
  expect(i386).toMatch(/^Run `npm ci` \(or `npm rebuild`\) in a stage that runs on the target platform/)
  expect(i386).not.toContain('$TARGETARCH')
})

test("native-module-mismatch hints: pip's wheel tag names the target's architecture, never the build machine's", () => {
  const yaml = '/usr/local/lib/python3.11/site-packages/yaml/_yaml.abi3.so'
  const arm64 = hintFor('linux/arm64', 'python', yaml)
  expect(arm64).toContain(
    '`pip install --target /deps --only-binary=:all: --implementation cp --python-version 3.11 --platform ' +
      'manylinux2014_aarch64 …` for linux/arm64 (`musllinux_1_2_aarch64` on Alpine'
  )
  expect(arm64).toContain('amd64 → x86_64, arm64 → aarch64, arm/v7 → armv7l, 386 → i686')
  expect(arm64).not.toContain('$(uname -m)_') // no tag built from the build machine's uname
  expect(hintFor('linux/amd64', 'python', yaml)).toContain('--platform manylinux2014_x86_64 …` for linux/amd64')
  expect(hintFor('linux/arm/v7', 'python', yaml)).toContain('--platform manylinux2014_armv7l …`')
  expect(hintFor('linux/386', 'python', yaml)).toContain('--platform manylinux2014_i686 …`')
  // The version comes from the module's own tag when it has one.
  const tagged = '/usr/lib/python3/dist-packages/yaml/_yaml.cpython-312-x86_64-linux-gnu.so'
  expect(hintFor('linux/arm64', 'python', tagged)).toContain('--python-version 3.12 ')
  // No manylinux2014 wheels exist for riscv64 or armv6: only the target stage serves.
  const riscv = hintFor('linux/riscv64', 'python', yaml)
  expect(riscv).toContain('manylinux2014 has no wheels for riscv64: install in the target stage.')
  expect(riscv).not.toContain('--platform manylinux')
  expect(hintFor('linux/arm/v6', 'python', yaml)).toContain('manylinux2014 has no wheels for armv6l')
})

test("native-module-mismatch hints: RubyGems' platform for the target, and the target stage for Perl, PHP, JNI and plugins", () => {
  const gem = '/usr/local/bundle/gems/nokogiri-1.16.0/lib/nokogiri/3.2/nokogiri.so'
  expect(hintFor('linux/amd64', 'ruby', gem)).toContain('`bundle lock --add-platform x86_64-linux` for linux/amd64')
  expect(hintFor('linux/arm64', 'ruby', gem)).toContain('`bundle lock --add-platform aarch64-linux` for linux/arm64')
  expect(hintFor('linux/386', 'ruby', gem)).toContain('--add-platform x86-linux`')
  expect(hintFor('linux/arm/v7', 'ruby', gem)).toContain('--add-platform arm-linux`')
  expect(hintFor('linux/arm64', 'ruby', gem)).toMatch(/^Run `bundle install` in a stage that runs on the target/)
  const stage = /in a stage that runs on (it|the target platform)|for the target platform/
  expect(hintFor('linux/arm64', 'perl', '/usr/lib/aarch64-linux-gnu/perl5/5.36/auto/X/X.so')).toMatch(stage)
  expect(hintFor('linux/arm64', 'php', '/usr/local/lib/php/extensions/no-debug-non-zts-20220829/x.so')).toMatch(stage)
  expect(hintFor('linux/arm64', 'java', '/opt/app/lib/libx.so')).toMatch(stage)
  expect(hintFor('linux/arm64', 'plugin', '/usr/lib/aarch64-linux-gnu/gconv/X.so')).toMatch(stage)
})

test('plugins: a foreign plugin is a warning; a lost libc.so.6 is said for the programs, not again for every plugin', () => {
  const p = platform('linux/arm64', 'c-arm64-dyn')
  const lost = { name: 'libc.so.6', skipped: [], reason: 'not-found' as const }
  p.executables[0]!.load = load({ missing: [{ ...lost, neededBy: '/server' }] })
  const gconv = Array.from({ length: 300 }, (_, i) => {
    const g = exe(`/usr/lib/aarch64-linux-gnu/gconv/M${i}.so`, 'c-arm64-dyn', 0o644)
    g.module = { runtime: 'plugin', loaded: true, name: 'gconv' }
    g.load = load({ missing: [{ ...lost, neededBy: g.path }] })
    return g
  })
  // A plugin that fails for a library no program misses: that one is its own, and said.
  const sasl = exe('/usr/lib/aarch64-linux-gnu/sasl2/libgssapiv2.so', 'c-arm64-dyn', 0o644)
  sasl.module = { runtime: 'plugin', loaded: true, name: 'sasl2' }
  sasl.load = load({
    missing: [
      { ...lost, neededBy: sasl.path },
      { name: 'libgssapi_krb5.so.2', neededBy: sasl.path, skipped: [], reason: 'not-found' }
    ]
  })
  const foreign = exe('/usr/lib/aarch64-linux-gnu/gconv/EUC-JP.so', 'c-amd64-dyn', 0o644)
  foreign.module = { runtime: 'plugin', loaded: true, name: 'gconv' }
  p.executables.push(...gconv, sasl, foreign)
  expect(libraryMissing.check({ platforms: [p] }).map(f => [f.path, f.severity])).toEqual([
    ['/server', 'error'],
    ['/usr/lib/aarch64-linux-gnu/sasl2/libgssapiv2.so', 'warning']
  ])
  const [mismatch, ...more] = nativeModuleMismatch.check({ platforms: [p] })
  expect(more).toEqual([])
  expect(mismatch).toMatchObject({ path: '/usr/lib/aarch64-linux-gnu/gconv/EUC-JP.so', severity: 'warning' })
  expect(mismatch?.message).toBe(
    'The plugin `/usr/lib/aarch64-linux-gnu/gconv/EUC-JP.so` is x86-64 (64-bit, LSB), but this image is linux/arm64: ' +
      'whatever loads it (dlopen) fails.'
  )
  // Without the lost libc.so.6 and the foreign plugin, nothing is said about the plugins.
  const clean = platform('linux/arm64', 'c-arm64-dyn')
  clean.executables.push(...gconv.map(g => ({ ...g, load: undefined })))
  expect([
    ...libraryMissing.check({ platforms: [clean] }),
    ...nativeModuleMismatch.check({ platforms: [clean] })
  ]).toEqual([])
})

/**
 * On real Debian 12 and 13 files (fixtures/debian: uuidgen, libuuid1, libc6), through the loader model: each rule
 * fires where the real loader failed in a chroot of the same files, quoting the line it printed (oracle.txt) as it
 * printed it, and stays silent where it ran.
 */
describe.each(['amd64', 'arm64'] as const)('real Debian files, %s', arch => {
  const other: DebianArch = arch === 'amd64' ? 'arm64' : 'amd64'
  /** What the real loader printed when uuidgen ran in that case, and its exit status. */
  const oracle = (title: string): { exit: number; lines: string[] } => {
    const block =
      debianFile(arch, 'oracle.txt')
        .toString('utf8')
        .split('\n## ')
        .find(b => b.startsWith(title)) ?? ''
    const [, command = '', ...lines] = block.split('\n')
    return { exit: Number(/\(exit (\d+)\)/.exec(command)?.[1]), lines: lines.filter(Boolean) }
  }
  /** The code span after "it fails with" in a finding: the loader's line, as the tool quotes it. */
  const quoted = (message: string | undefined): string | undefined => {
    const parts = messageParts(message ?? '')
    const at = parts.findIndex((x, i) => !x.code && x.text.endsWith('it fails with ') && parts[i + 1]?.code)
    return at === -1 ? undefined : parts[at + 1]?.text
  }
  const real = (line: string | undefined): string => line ?? ''

  test("bookworm's uuidgen with its libraries: both rules stay silent, and the real loader ran it", () => {
    expect(oracle("bookworm's uuidgen\n").exit).toBe(0)
    const p = debianPlatform(arch, { uuidgen: '2.38', libuuid: arch })
    expect([...libraryMissing.check({ platforms: [p] }), ...libraryVersionMissing.check({ platforms: [p] })]).toEqual(
      []
    )
  })

  test("library-missing: libuuid.so.1 gone, an error for the entrypoint in the loader's own words", () => {
    const o = oracle("bookworm's uuidgen, libuuid.so.1's file removed")
    expect(o.exit).toBe(127)
    const [f, ...rest] = libraryMissing.check({
      platforms: [debianPlatform(arch, { uuidgen: '2.38', libuuid: 'none' })]
    })
    expect(rest).toEqual([])
    expect(f).toMatchObject({ severity: 'error', path: '/usr/bin/uuidgen', evidence: { missing: 'libuuid.so.1' } })
    expect(real(o.lines[0]).endsWith(`: ${quoted(f?.message)}`)).toBe(true)
  })

  test("library-missing: only the other architecture's libuuid.so.1, passed over, named as such", () => {
    const o = oracle(`bookworm's uuidgen, ${other}'s libuuid.so.1 in its place`)
    expect(o.exit).toBe(127)
    const [f] = libraryMissing.check({ platforms: [debianPlatform(arch, { uuidgen: '2.38', libuuid: other })] })
    expect(f?.message).toContain(`The only \`libuuid.so.1\` on the loader's search path, \`/usr/lib/`)
    expect(f?.message).toContain(arch === 'amd64' ? 'is AArch64 (64-bit, LSB)' : 'is x86-64 (64-bit, LSB)')
    expect(f?.hint).toContain('copied from a build for another architecture')
    expect(real(o.lines[0]).endsWith(`: ${quoted(f?.message)}`)).toBe(true)
  })

  test("library-version-missing: trixie's uuidgen on bookworm, the loader's first line, the other one counted", () => {
    const o = oracle("trixie's uuidgen")
    expect([o.exit, o.lines.length]).toEqual([1, 2])
    const p = debianPlatform(arch, { uuidgen: '2.41', libuuid: arch })
    const [f, ...rest] = libraryVersionMissing.check({ platforms: [p] })
    expect(rest).toEqual([])
    expect(f).toMatchObject({ severity: 'error', path: '/usr/bin/uuidgen' })
    // The real loader prints both, in the order of uuidgen's .gnu.version_r (libc.so.6's first on amd64 only).
    expect(real(o.lines[0])).toBe(quoted(f?.message))
    expect(f?.message).toContain('1 more needed version is missing too')
    expect(String(f?.evidence?.versions).split(' ').sort()).toEqual(['libc.so.6:GLIBC_2.38', 'libuuid.so.1:UUID_2.41'])
  })
})
