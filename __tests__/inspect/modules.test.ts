/**
 * Which native modules a runtime would load, on images made of real ELF headers (the fixtures' compilers): Python's
 * suffix order, builds named for an architecture (prebuilds, per-platform npm packages, Ruby platform directories)
 * and their counterparts, and what is never a module of this platform (another architecture's multiarch directory,
 * test data). The runtimes themselves are the oracle in the differential suite (loader-oracle.itg.test.ts).
 */
import { parseElf, type ElfFacts } from '../../src/binary/elf.js'
import type { FileNode } from '../../src/image/filetree.js'
import { findModules, type ModuleFacts } from '../../src/inspect/modules.js'
import { bin } from '../helpers/fixtures.js'
import { SERIAL, SERIAL_PREBUILDS, shipped, USB, USB_PREBUILDS, type Kind } from '../helpers/prebuilds.js'

const ELF: Record<string, ElfFacts> = {
  amd64: { ...(parseElf(bin('c-amd64-dyn')) as ElfFacts), type: 3 },
  arm64: { ...(parseElf(bin('c-arm64-dyn')) as ElfFacts), type: 3 },
  arm: { ...(parseElf(bin('c-armhf-dyn')) as ElfFacts), type: 3 },
  '386': { ...(parseElf(bin('c-386-dyn')) as ElfFacts), type: 3 }
}

function modules(
  files: Array<[string, Kind | ElfFacts]>,
  arch = 'arm64',
  opts: { env?: string[] } = {}
): Record<string, ModuleFacts> {
  const nodes = files.map(([path, kind]) => ({
    path,
    node: {
      path,
      kind: 'file',
      mode: 0o644,
      size: 1,
      uid: 0,
      gid: 0,
      ...(kind === 'text' ? {} : { binary: typeof kind === 'string' ? ELF[kind] : kind })
    } as FileNode
  }))
  return Object.fromEntries(findModules(nodes, arch, opts))
}

const SP = '/usr/lib/python3/dist-packages'

test("Python loads its own tag, then abi3, then untagged: another architecture's tag is never loaded", () => {
  expect(
    modules([
      [`${SP}/yaml/_yaml.cpython-311-aarch64-linux-gnu.so`, 'arm64'],
      [`${SP}/yaml/_yaml.cpython-311-x86_64-linux-gnu.so`, 'amd64'], // a co-installed amd64 build: harmless
      [`${SP}/pkg/_speed.abi3.so`, 'amd64'],
      [`${SP}/pkg/_plain.so`, 'arm64']
    ])
  ).toEqual({
    [`${SP}/yaml/_yaml.cpython-311-aarch64-linux-gnu.so`]: { runtime: 'python', loaded: true, name: '_yaml' },
    [`${SP}/yaml/_yaml.cpython-311-x86_64-linux-gnu.so`]: { runtime: 'python', loaded: false, name: '_yaml' },
    [`${SP}/pkg/_speed.abi3.so`]: { runtime: 'python', loaded: true, name: '_speed' }, // loaded, and foreign
    [`${SP}/pkg/_plain.so`]: { runtime: 'python', loaded: true, name: '_plain' }
  })
})

test('a Python module built only for another architecture is missing on this platform', () => {
  expect(modules([[`${SP}/yaml/_yaml.cpython-311-x86_64-linux-gnu.so`, 'amd64']])).toEqual({
    [`${SP}/yaml/_yaml.cpython-311-x86_64-linux-gnu.so`]: {
      runtime: 'python',
      loaded: false,
      name: '_yaml',
      noBuildForPlatform: true
    }
  })
})

test('Node.js: prebuilds for each architecture stand beside each other; a lone build for another one does not serve', () => {
  const pkg = '/app/node_modules/bufferutil'
  expect(
    modules([
      [`${pkg}/prebuilds/linux-x64/node.napi.node`, 'amd64'],
      [`${pkg}/prebuilds/linux-arm64/node.napi.node`, 'arm64']
    ])[`${pkg}/prebuilds/linux-x64/node.napi.node`]
  ).toEqual({ runtime: 'node', loaded: false, name: 'bufferutil' })
  expect(
    modules([[`${pkg}/prebuilds/linux-x64/node.napi.node`, 'amd64']])[`${pkg}/prebuilds/linux-x64/node.napi.node`]
  ).toEqual({
    runtime: 'node',
    loaded: false,
    name: 'bufferutil',
    noBuildForPlatform: true,
    prebuilds: { looksIn: 'prebuilds/linux-arm64', has: ['linux-x64'] }
  })
  // A native build of the package (node-gyp's build/Release, which node-gyp-build tries first) serves too.
  expect(
    modules([
      [`${pkg}/prebuilds/linux-x64/node.napi.node`, 'amd64'],
      [`${pkg}/build/Release/bufferutil.node`, 'arm64']
    ])[`${pkg}/prebuilds/linux-x64/node.napi.node`]
  ).toEqual({ runtime: 'node', loaded: false, name: 'bufferutil' })
})

test('Node.js: an unnamed build is what require() loads; a per-platform package of the build machine only is missing here', () => {
  const m = modules([
    ['/app/node_modules/iconv/build/Release/iconv.node', 'amd64'],
    ['/app/node_modules/@img/sharp-linux-x64/lib/sharp-linux-x64.node', 'amd64'],
    ['/app/node_modules/@esbuild/linux-x64/bin/esbuild', 'amd64']
  ])
  expect(m['/app/node_modules/iconv/build/Release/iconv.node']).toEqual({
    runtime: 'node',
    loaded: true,
    name: 'iconv'
  })
  expect(m['/app/node_modules/@img/sharp-linux-x64/lib/sharp-linux-x64.node']).toMatchObject({
    noBuildForPlatform: true
  })
  expect(m['/app/node_modules/@esbuild/linux-x64/bin/esbuild']).toMatchObject({ noBuildForPlatform: true })
  // With the arm64 packages installed as well (npm ci on each platform, or --cpu), nothing is missing.
  const both = modules([
    ['/app/node_modules/@img/sharp-linux-x64/lib/sharp-linux-x64.node', 'amd64'],
    ['/app/node_modules/@img/sharp-linux-arm64/lib/sharp-linux-arm64.node', 'arm64']
  ])
  expect(Object.values(both).some(f => f.noBuildForPlatform)).toBe(false)
})

test('Ruby, Perl XS, PHP and JNI modules are judged where their runtimes look', () => {
  const m = modules([
    ['/usr/local/bundle/gems/nokogiri-1.16.0-x86_64-linux/lib/nokogiri/3.2/nokogiri.so', 'amd64'],
    ['/usr/lib/aarch64-linux-gnu/perl5/5.36/auto/List/Util/Util.so', 'amd64'],
    ['/usr/local/lib/php/extensions/no-debug-non-zts-20220829/redis.so', 'amd64'],
    ['/opt/app/lib/app.jar', 'text'],
    ['/opt/app/lib/libnative.so', 'amd64']
  ])
  expect(Object.entries(m).map(([p, f]) => [p, f.runtime, f.loaded, f.noBuildForPlatform ?? false])).toEqual([
    ['/usr/local/bundle/gems/nokogiri-1.16.0-x86_64-linux/lib/nokogiri/3.2/nokogiri.so', 'ruby', false, true],
    ['/usr/lib/aarch64-linux-gnu/perl5/5.36/auto/List/Util/Util.so', 'perl', true, false],
    ['/usr/local/lib/php/extensions/no-debug-non-zts-20220829/redis.so', 'php', true, false],
    ['/opt/app/lib/libnative.so', 'java', true, false]
  ])
})

test("another architecture's multiarch directory, cross-compilers' libraries and test data are no modules of this platform", () => {
  expect(
    modules([
      ['/usr/lib/x86_64-linux-gnu/perl5/5.36/auto/List/Util/Util.so', 'amd64'],
      ['/usr/lib/x86_64-linux-gnu/gconv/EUC-JP.so', 'amd64'],
      ['/usr/lib/gcc-cross/x86_64-linux-gnu/12/plugin/libcc1plugin.so', 'amd64'],
      ['/app/node_modules/foo/test/fixtures/x.node', 'amd64'],
      [`${SP}/numpy/core/tests/_helper.cpython-311-x86_64-linux-gnu.so`, 'amd64']
    ])
  ).toEqual({})
})

/** What each module is to the platform: the build it loads, an alternative it passes over, or a missing build. */
function verdicts(m: Record<string, ModuleFacts>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(m).map(([p, f]) => [p, f.noBuildForPlatform ? 'no build' : f.loaded ? 'loads' : 'passed over'])
  )
}
const loads = (m: Record<string, ModuleFacts>): string[] =>
  Object.entries(verdicts(m))
    .filter(([, v]) => v !== 'passed over')
    .map(([p, v]) => `${v}: ${p}`)

test("node-gyp-build: a package's prebuilds/linux-<arch>/ directory is the build that loads, whatever its files are named", () => {
  const files = [...shipped(USB, USB_PREBUILDS), ...shipped(SERIAL, SERIAL_PREBUILDS)]
  // glibc images (no /etc/alpine-release): the directory of the platform's own architecture, its file not tagged for musl.
  expect(loads(modules(files, 'amd64'))).toEqual([
    `loads: ${USB}/prebuilds/linux-x64/node.napi.glibc.node`,
    `loads: ${SERIAL}/prebuilds/linux-x64/@serialport+bindings-cpp.glibc.node`
  ])
  expect(loads(modules(files, 'arm64'))).toEqual([
    `loads: ${USB}/prebuilds/linux-arm64/node.napi.armv8.node`,
    `loads: ${SERIAL}/prebuilds/linux-arm64/@serialport+bindings-cpp.armv8.glibc.node`
  ])
  expect(loads(modules(files, '386'))).toEqual([
    `loads: ${USB}/prebuilds/linux-ia32/node.napi.node`,
    expect.any(String)
  ])
  // No build for 386 in @serialport/bindings-cpp (win32-ia32's is PE): the one finding names its first Linux build.
  expect(loads(modules(files, '386'))[1]).toBe(
    `no build: ${SERIAL}/prebuilds/linux-arm/@serialport+bindings-cpp.armv6.glibc.node`
  )
  // Every file of the package has its facts, and the Android builds (ELF for the same machines) are never loaded.
  const arm64 = modules(files, 'arm64')
  expect(Object.keys(arm64)).toHaveLength(17)
  expect(arm64[`${USB}/prebuilds/android-arm64/node.napi.armv8.node`]).toEqual({
    runtime: 'node',
    loaded: false,
    name: 'usb'
  })
  expect(arm64[`${SERIAL}/prebuilds/linux-arm64/@serialport+bindings-cpp.armv8.glibc.node`]?.name).toBe(
    '@serialport/bindings-cpp'
  )
})

test('node-gyp-build: on Alpine (/etc/alpine-release) the musl build loads, and a glibc-only directory has none', () => {
  const alpine: Array<[string, Kind]> = [['/etc/alpine-release', 'text']]
  const files = [...alpine, ...shipped(USB, USB_PREBUILDS), ...shipped(SERIAL, SERIAL_PREBUILDS)]
  expect(loads(modules(files, 'amd64'))).toEqual([
    `loads: ${USB}/prebuilds/linux-x64/node.napi.musl.node`,
    `loads: ${SERIAL}/prebuilds/linux-x64/@serialport+bindings-cpp.musl.node`
  ])
  // usb's arm64 build has no libc tag: it serves musl as well.
  expect(loads(modules(files, 'arm64'))).toEqual([
    `loads: ${USB}/prebuilds/linux-arm64/node.napi.armv8.node`,
    `loads: ${SERIAL}/prebuilds/linux-arm64/@serialport+bindings-cpp.armv8.musl.node`
  ])
  // The musl builds removed (a prune of "unused" files): node-gyp-build finds no build for musl and throws.
  const glibcOnly = files.filter(([p]) => !p.endsWith('.musl.node'))
  const m = modules(glibcOnly, 'amd64')
  expect(loads(m)).toEqual([`no build: ${USB}/prebuilds/linux-x64/node.napi.glibc.node`, expect.any(String)])
  expect(m[`${USB}/prebuilds/linux-x64/node.napi.glibc.node`]?.prebuilds).toEqual({
    looksIn: 'prebuilds/linux-x64',
    has: ['linux-arm', 'linux-arm64', 'linux-ia32', 'linux-x64'],
    wants: 'libc=musl'
  })
  // The image's LIBC, which node-gyp-build reads before /etc/alpine-release, is honoured.
  expect(loads(modules(glibcOnly, 'amd64', { env: ['LIBC=glibc'] }))[0]).toBe(
    `loads: ${USB}/prebuilds/linux-x64/node.napi.glibc.node`
  )
})

test("node-gyp-build: only another architecture's prebuilds in an arm64 image is one finding per package", () => {
  const x64Only = shipped(USB, USB_PREBUILDS).filter(([p]) => p.includes('/linux-x64/'))
  const m = modules(x64Only, 'arm64')
  expect(verdicts(m)).toEqual({
    [`${USB}/prebuilds/linux-x64/node.napi.glibc.node`]: 'no build',
    [`${USB}/prebuilds/linux-x64/node.napi.musl.node`]: 'passed over'
  })
  expect(m[`${USB}/prebuilds/linux-x64/node.napi.glibc.node`]?.prebuilds).toEqual({
    looksIn: 'prebuilds/linux-arm64',
    has: ['linux-x64']
  })
  // On amd64 the same files are the platform's own.
  expect(loads(modules(x64Only, 'amd64'))).toEqual([`loads: ${USB}/prebuilds/linux-x64/node.napi.glibc.node`])
  // node-gyp-build loads build/Release first: a native build there serves whatever prebuilds/ holds.
  expect(loads(modules([...x64Only, [`${USB}/build/Release/usb_bindings.node`, 'arm64']], 'arm64'))).toEqual([
    `loads: ${USB}/build/Release/usb_bindings.node`
  ])
})

test("plugins: a shared object in a subdirectory of the platform's own library directories that nothing needs by name", () => {
  const m = modules([
    ['/usr/lib/aarch64-linux-gnu/gconv/EUC-JP.so', 'amd64'], // foreign: loaded, and wrong
    ['/usr/lib/aarch64-linux-gnu/gconv/UTF-7.so', 'arm64'],
    ['/lib/aarch64-linux-gnu/security/pam_unix.so', 'arm64'],
    ['/usr/lib/aarch64-linux-gnu/libunused.so.1', 'amd64'], // the directory itself holds libraries, not plugins
    // Needed by name (EUC-KR.so's DT_NEEDED, as glibc's gconv modules need libJIS.so and libKSC.so): a library,
    // judged by what the loader makes of that need, not a plugin of its own.
    ['/usr/lib/aarch64-linux-gnu/gconv/EUC-KR.so', { ...(ELF.arm64 as ElfFacts), needed: ['libKSC.so', 'libc.so.6'] }],
    ['/usr/lib/aarch64-linux-gnu/gconv/libKSC.so', 'arm64'],
    ['/usr/lib/aarch64-linux-gnu/gconv/testdata/x.so', 'amd64']
  ])
  const plugin = { runtime: 'plugin', loaded: true }
  expect(m).toEqual({
    '/usr/lib/aarch64-linux-gnu/gconv/EUC-JP.so': { ...plugin, name: 'gconv' },
    '/usr/lib/aarch64-linux-gnu/gconv/UTF-7.so': { ...plugin, name: 'gconv' },
    '/lib/aarch64-linux-gnu/security/pam_unix.so': { ...plugin, name: 'security' },
    '/usr/lib/aarch64-linux-gnu/gconv/EUC-KR.so': { ...plugin, name: 'gconv' }
  })
  // On amd64 the same directory is another architecture's: its files are no modules there.
  expect(modules([['/usr/lib/aarch64-linux-gnu/gconv/EUC-JP.so', 'amd64']], 'amd64')).toEqual({})
})

test('plugins on 64-bit platforms under /usr/lib64 too, the library directory of Fedora, RHEL/UBI, Amazon Linux and SUSE', () => {
  const m = modules([
    ['/usr/lib64/gconv/EUC-JP.so', 'amd64'],
    ['/usr/lib64/security/pam_unix.so', 'arm64'],
    ['/usr/lib64/libunused.so.1', 'amd64']
  ])
  expect(m).toEqual({
    '/usr/lib64/gconv/EUC-JP.so': { runtime: 'plugin', loaded: true, name: 'gconv' },
    '/usr/lib64/security/pam_unix.so': { runtime: 'plugin', loaded: true, name: 'security' }
  })
  // On a 32-bit platform lib64 holds the 64-bit multilib, which its programs never load.
  expect(modules([['/usr/lib64/gconv/EUC-JP.so', 'amd64']], '386')).toEqual({})
})
