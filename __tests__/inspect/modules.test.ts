/**
 * Which native modules a runtime would load, on images made of real ELF headers (the fixtures' compilers): Python's
 * suffix order, builds named for an architecture (prebuilds, per-platform npm packages, Ruby platform directories)
 * and their counterparts, and what is never a module of this platform (another architecture's multiarch directory,
 * test data). The runtimes themselves are the oracle in the differential suite (loader-oracle.itg.test.ts).
 */
import { parseElf, type ElfFacts } from '../../src/binary/elf.js'
import { FileTree } from '../../src/image/filetree.js'
import type { LayerEntry } from '../../src/image/layer.js'
import { findModules, type ModuleFacts, type RuntimeModel } from '../../src/inspect/modules.js'
import { bin } from '../helpers/fixtures.js'
import type { Kind } from '../helpers/prebuilds.js'

const ELF: Record<string, ElfFacts> = {
  amd64: { ...(parseElf(bin('c-amd64-dyn')) as ElfFacts), type: 3 },
  arm64: { ...(parseElf(bin('c-arm64-dyn')) as ElfFacts), type: 3 },
  arm: { ...(parseElf(bin('c-armhf-dyn')) as ElfFacts), type: 3 },
  '386': { ...(parseElf(bin('c-386-dyn')) as ElfFacts), type: 3 }
}

/** The image of `files` (mode 0644), as a flattened tree. */
function treeOf(files: Array<[string, Kind | ElfFacts]>): FileTree {
  const entries: LayerEntry[] = files.map(([path, kind]) => ({
    path,
    type: 'file',
    mode: 0o644,
    size: 1,
    uid: 0,
    gid: 0,
    ...(kind === 'text' ? {} : { binary: typeof kind === 'string' ? (ELF[kind] as ElfFacts) : kind })
  }))
  return FileTree.fromLayers([entries])
}

function runtimes(
  files: Array<[string, Kind | ElfFacts]>,
  arch = 'arm64',
  opts: { env?: string[] } = {}
): RuntimeModel {
  return findModules(treeOf(files), arch, opts)
}

/** The module facts of each file, without the package each belongs to. */
function modules(
  files: Array<[string, Kind | ElfFacts]>,
  arch = 'arm64',
  opts: { env?: string[] } = {}
): Record<string, ModuleFacts> {
  return Object.fromEntries(
    [...runtimes(files, arch, opts).modules].map(([p, m]) => {
      const rest = { ...m }
      delete rest.package
      return [p, rest]
    })
  )
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
  const lone = runtimes([[`${pkg}/prebuilds/linux-x64/node.napi.node`, 'amd64']])
  expect(lone.modules.get(`${pkg}/prebuilds/linux-x64/node.napi.node`)?.loaded).toBe(false)
  expect(lone.packages).toEqual([
    expect.objectContaining({
      ecosystem: 'npm',
      name: 'bufferutil',
      path: pkg,
      layout: 'prebuilds',
      fails: expect.objectContaining({ wants: 'prebuilds/linux-arm64/', has: ['prebuilds/linux-x64/'] })
    })
  ])
  // A native build of the package (node-gyp's build/Release, which node-gyp-build tries first) serves too.
  const built = runtimes([
    [`${pkg}/prebuilds/linux-x64/node.napi.node`, 'amd64'],
    [`${pkg}/build/Release/bufferutil.node`, 'arm64']
  ])
  expect(built.packages).toEqual([])
  expect(built.modules.get(`${pkg}/build/Release/bufferutil.node`)?.loaded).toBe(true)
  expect(built.modules.get(`${pkg}/prebuilds/linux-x64/node.napi.node`)?.loaded).toBe(false)
})

test('Node.js: an unnamed build is what require() loads; per-platform packages are chosen by their parent', () => {
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
  // Packages named for another platform are never loaded here, whoever installed them.
  expect(m['/app/node_modules/@img/sharp-linux-x64/lib/sharp-linux-x64.node']).toEqual({
    runtime: 'node',
    loaded: false,
    name: '@img/sharp-linux-x64'
  })
  expect(m['/app/node_modules/@esbuild/linux-x64/bin/esbuild']?.loaded).toBe(false)
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
