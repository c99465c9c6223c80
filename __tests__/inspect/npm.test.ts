/**
 * Which native build each npm package's own loader takes, as the layouts of real packages ship them: per-platform
 * packages chosen by name (esbuild, sharp's binding and libvips, rollup's gnu and musl builds, node-llama-cpp's CPU and
 * GPU builds), node-gyp-build's prebuilds/ (usb and @serialport/bindings-cpp as their tarballs lay them out, checked
 * against node-gyp-build 4.8.4's own resolve()), build/Release, node-pre-gyp's module_path, one package holding every
 * platform (onnxruntime-node, koffi, @sentry/profiling-node), and the fallbacks (bufferutil's fallback.js, a
 * WebAssembly build). The truth for the real packages is node itself in a chroot (test-env/npm-survey).
 */
import { parseElf, type ElfFacts } from '../../src/binary/elf.js'
import { FileTree } from '../../src/image/filetree.js'
import type { LayerEntry } from '../../src/image/layer.js'
import { findModules, type RuntimeModel } from '../../src/inspect/modules.js'
import { readLoaderSource } from '../../src/inspect/npm/loader-source.js'
import { parseManifest } from '../../src/inspect/npm/manifest.js'
import { bin } from '../helpers/fixtures.js'
import { SERIAL, SERIAL_PREBUILDS, shipped, USB, USB_PREBUILDS, type Kind } from '../helpers/prebuilds.js'

const ELF: Record<Exclude<Kind, 'text'>, ElfFacts> = {
  amd64: { ...(parseElf(bin('c-amd64-dyn')) as ElfFacts), type: 3 },
  arm64: { ...(parseElf(bin('c-arm64-dyn')) as ElfFacts), type: 3 },
  arm: { ...(parseElf(bin('c-armhf-dyn')) as ElfFacts), type: 3 },
  '386': { ...(parseElf(bin('c-386-dyn')) as ElfFacts), type: 3 }
}

type File = [string, Kind] | [string, { json: Record<string, unknown> }] | [string, { js: string }]

const NM = '/app/node_modules'

function entry([path, what]: File): LayerEntry {
  const e: LayerEntry = { path, type: 'file', mode: 0o644, size: 1, uid: 0, gid: 0 }
  if (typeof what === 'string') {
    if (what !== 'text') e.binary = ELF[what]
  } else if ('json' in what) {
    const manifest = parseManifest(JSON.stringify(what.json))
    if (manifest) e.pkg = { kind: 'npm', manifest }
  } else {
    const loader = readLoaderSource(what.js)
    if (loader) e.pkg = { kind: 'js', loader }
  }
  return e
}

function model(files: File[], arch = 'arm64', env: string[] = []): RuntimeModel {
  return findModules(FileTree.fromLayers([files.map(entry)]), arch, { env })
}

/** Each ELF file of node_modules: what its package's loader does with it here. */
function roles(m: RuntimeModel): Record<string, string> {
  return Object.fromEntries([...m.modules].map(([p, f]) => [p.slice(NM.length + 1), f.loaded ? 'takes' : 'passes']))
}

const failures = (m: RuntimeModel): Array<{ name: string; wants?: string; has?: string[]; words?: string }> =>
  m.packages
    .filter(p => p.fails)
    .map(p => ({ name: p.name, wants: p.fails?.wants, has: p.fails?.has, words: p.fails?.words }))

/** A per-platform package as npm installs it: its package.json with os/cpu/libc, and its files. */
function platformPackage(name: string, os: string, cpu: string, files: Array<[string, Kind]>, libc?: string): File[] {
  return [
    [
      `${NM}/${name}/package.json`,
      { json: { name, version: '1.0.0', os: [os], cpu: [cpu], ...(libc ? { libc: [libc] } : {}) } }
    ],
    ...files.map(([rel, kind]): File => [`${NM}/${name}/${rel}`, kind])
  ]
}

const ESBUILD_OPTIONAL = ['linux-x64', 'linux-arm64', 'linux-arm', 'darwin-arm64', 'darwin-x64', 'win32-x64'].map(
  t => `@esbuild/${t}`
)
const esbuild = (...platforms: File[][]): File[] => [
  [
    `${NM}/esbuild/package.json`,
    {
      json: {
        name: 'esbuild',
        version: '0.24.0',
        optionalDependencies: Object.fromEntries(ESBUILD_OPTIONAL.map(n => [n, '0.24.0']))
      }
    }
  ],
  ...platforms.flat()
]
const esbuildFor = (os: string, cpu: string, kind: Kind): File[] =>
  platformPackage(`@esbuild/${os}-${cpu}`, os, cpu, [['bin/esbuild', kind]])

describe('per-platform packages: the loader requires the one named for the platform', () => {
  test('each platform installed for itself: its own package is taken, and the build of another platform beside it is passed over', () => {
    const files = esbuild(esbuildFor('linux', 'arm64', 'arm64'), esbuildFor('linux', 'x64', 'amd64'))
    expect(roles(model(files, 'arm64'))).toEqual({
      '@esbuild/linux-arm64/bin/esbuild': 'takes',
      '@esbuild/linux-x64/bin/esbuild': 'passes'
    })
    expect(failures(model(files, 'arm64'))).toEqual([])
    expect(failures(model(files, 'amd64'))).toEqual([])
  })

  test("copied across: only the build machine's package is installed, so the package fails once, in its loader's words", () => {
    const m = model(esbuild(esbuildFor('linux', 'x64', 'amd64')), 'arm64')
    expect(failures(m)).toEqual([
      {
        name: 'esbuild',
        wants: '@esbuild/linux-arm64',
        has: ['@esbuild/linux-x64 (linux-x64)'],
        words: "You installed esbuild for another platform than the one you're currently using."
      }
    ])
    // The x64 binary is not this platform's program: never loaded, never judged on its own.
    expect(roles(m)).toEqual({ '@esbuild/linux-x64/bin/esbuild': 'passes' })
  })

  test('installed on a Mac and copied in (COPY . .): no Linux build at all fails on every Linux platform', () => {
    const files = esbuild(esbuildFor('darwin', 'arm64', 'text'))
    for (const arch of ['amd64', 'arm64']) expect(failures(model(files, arch)).map(f => f.name)).toEqual(['esbuild'])
  })

  test("a Mac's universal build (@sentry/cli-darwin: every CPU) is named by its OS alone", () => {
    const files: File[] = [
      [
        `${NM}/@sentry/cli/package.json`,
        {
          json: {
            name: '@sentry/cli',
            version: '3.8.0',
            optionalDependencies: { '@sentry/cli-linux-arm64': '3.8.0', '@sentry/cli-darwin': '3.8.0' }
          }
        }
      ],
      [
        `${NM}/@sentry/cli-darwin/package.json`,
        { json: { name: '@sentry/cli-darwin', version: '3.8.0', os: ['darwin'] } }
      ],
      [`${NM}/@sentry/cli-darwin/bin/sentry-cli`, 'text']
    ]
    expect(failures(model(files, 'arm64'))).toEqual([
      expect.objectContaining({ name: '@sentry/cli', has: ['@sentry/cli-darwin (darwin)'] })
    ])
  })

  test('nothing of the family installed (--omit=optional, or never needed): not judged', () => {
    expect(failures(model(esbuild(), 'arm64'))).toEqual([])
  })

  test("sharp's binding and its libvips are two families: a Mac tree fails once, naming sharp's runtime", () => {
    const optional = ['linux-x64', 'linux-arm64', 'linuxmusl-x64', 'darwin-arm64'].flatMap(t => [
      `@img/sharp-${t}`,
      `@img/sharp-libvips-${t}`
    ])
    const files: File[] = [
      [
        `${NM}/sharp/package.json`,
        {
          json: {
            name: 'sharp',
            version: '0.33.5',
            optionalDependencies: Object.fromEntries(optional.map(n => [n, '1']))
          }
        }
      ],
      ...platformPackage('@img/sharp-darwin-arm64', 'darwin', 'arm64', [['lib/sharp-darwin-arm64.node', 'text']]),
      ...platformPackage('@img/sharp-libvips-darwin-arm64', 'darwin', 'arm64', [['lib/libvips-cpp.42.dylib', 'text']])
    ]
    expect(failures(model(files, 'amd64'))).toEqual([
      {
        name: 'sharp',
        wants: '@img/sharp-linux-x64',
        has: ['@img/sharp-darwin-arm64 (darwin-arm64)'],
        words: 'Could not load the "sharp" module using the linux-x64 runtime'
      }
    ])
    // The platform package of the Mac is never judged as a package of its own.
    expect(model(files, 'amd64').packages.map(p => p.name)).toEqual(['sharp'])
  })

  test('both libc builds installed (yarn v1, old lockfiles): the loader takes the one for the libc node runs on', () => {
    const optional = ['linux-x64-gnu', 'linux-x64-musl', 'linux-arm64-gnu', 'linux-arm64-musl'].map(
      t => `@rollup/rollup-${t}`
    )
    const files: File[] = [
      [
        `${NM}/rollup/package.json`,
        {
          json: {
            name: 'rollup',
            version: '4.24.0',
            optionalDependencies: Object.fromEntries(optional.map(n => [n, '4']))
          }
        }
      ],
      ...platformPackage(
        '@rollup/rollup-linux-x64-gnu',
        'linux',
        'x64',
        [['rollup.linux-x64-gnu.node', 'amd64']],
        'glibc'
      ),
      ...platformPackage(
        '@rollup/rollup-linux-x64-musl',
        'linux',
        'x64',
        [['rollup.linux-x64-musl.node', 'amd64']],
        'musl'
      ),
      ['/lib64/ld-linux-x86-64.so.2', 'amd64']
    ]
    expect(roles(model(files, 'amd64'))).toEqual({
      '@rollup/rollup-linux-x64-gnu/rollup.linux-x64-gnu.node': 'takes',
      '@rollup/rollup-linux-x64-musl/rollup.linux-x64-musl.node': 'passes'
    })
    // A musl image whose glibc-named loader is a link to musl's (gcompat): musl's build is taken.
    const musl: File[] = [
      ...files.filter(([p]) => p !== '/lib64/ld-linux-x86-64.so.2'),
      ['/lib/ld-musl-x86_64.so.1', 'amd64']
    ]
    const tree = FileTree.fromLayers([
      [
        ...musl.map(entry),
        {
          path: '/lib64/ld-linux-x86-64.so.2',
          type: 'symlink',
          linkname: '/lib/ld-musl-x86_64.so.1',
          mode: 0o777,
          size: 0,
          uid: 0,
          gid: 0
        }
      ]
    ])
    const m = findModules(tree, 'amd64')
    expect(roles(m)['@rollup/rollup-linux-x64-musl/rollup.linux-x64-musl.node']).toBe('takes')
    expect(roles(m)['@rollup/rollup-linux-x64-gnu/rollup.linux-x64-gnu.node']).toBe('passes')
    expect(failures(m)).toEqual([])
  })

  test('node-llama-cpp: its arm64 package declares cpu [arm64, x64] and npm installs it on x64; GPU builds are tried only with that GPU', () => {
    const optional = [
      'linux-x64',
      'linux-x64-cuda',
      'linux-x64-vulkan',
      'linux-arm64',
      'linux-armv7l',
      'mac-arm64-metal'
    ].map(t => `@node-llama-cpp/${t}`)
    const files: File[] = [
      [
        `${NM}/node-llama-cpp/package.json`,
        {
          json: {
            name: 'node-llama-cpp',
            version: '3.22.1',
            optionalDependencies: Object.fromEntries(optional.map(n => [n, '3']))
          }
        }
      ],
      ...platformPackage('@node-llama-cpp/linux-x64', 'linux', 'x64', [['bins/linux-x64/llama-addon.node', 'amd64']]),
      ...platformPackage('@node-llama-cpp/linux-x64-cuda', 'linux', 'x64', [
        ['bins/linux-x64-cuda/libggml-cuda.so', 'amd64']
      ]),
      [
        `${NM}/@node-llama-cpp/linux-arm64/package.json`,
        { json: { name: '@node-llama-cpp/linux-arm64', os: ['linux'], cpu: ['arm64', 'x64'] } }
      ],
      [`${NM}/@node-llama-cpp/linux-arm64/bins/linux-arm64/llama-addon.node`, 'arm64']
    ]
    const m = model(files, 'amd64')
    expect(failures(m)).toEqual([])
    expect(roles(m)).toEqual({
      '@node-llama-cpp/linux-x64/bins/linux-x64/llama-addon.node': 'takes',
      '@node-llama-cpp/linux-x64-cuda/bins/linux-x64-cuda/libggml-cuda.so': 'passes',
      '@node-llama-cpp/linux-arm64/bins/linux-arm64/llama-addon.node': 'passes'
    })
  })

  test('a WebAssembly build installed beside them is what a napi-rs loader falls back to', () => {
    const optional = ['linux-x64-gnu', 'linux-arm64-gnu', 'wasm32-wasi'].map(t => `@tailwindcss/oxide-${t}`)
    const files: File[] = [
      [
        `${NM}/@tailwindcss/oxide/package.json`,
        {
          json: {
            name: '@tailwindcss/oxide',
            napi: { binaryName: 'tailwindcss-oxide' },
            optionalDependencies: Object.fromEntries(optional.map(n => [n, '4']))
          }
        }
      ],
      ...platformPackage(
        '@tailwindcss/oxide-linux-x64-gnu',
        'linux',
        'x64',
        [['tailwindcss-oxide.linux-x64-gnu.node', 'amd64']],
        'glibc'
      ),
      [
        `${NM}/@tailwindcss/oxide-wasm32-wasi/package.json`,
        { json: { name: '@tailwindcss/oxide-wasm32-wasi', cpu: ['wasm32'] } }
      ]
    ]
    const m = model(files, 'arm64')
    expect(failures(m)).toEqual([])
    expect(m.packages).toEqual([
      expect.objectContaining({ name: '@tailwindcss/oxide', fallback: '@tailwindcss/oxide-wasm32-wasi' })
    ])
  })

  test("a napi-rs loader's own words are quoted from its generated loader", () => {
    const js = `if (!nativeBinding) {\n  throw new Error('Cannot find native binding. npm has a bug related to optional dependencies (https://github.com/npm/cli/issues/4828).')\n}`
    const files: File[] = [
      [
        `${NM}/lightningcss-x/package.json`,
        {
          json: {
            name: 'x-napi',
            napi: {},
            optionalDependencies: { 'x-napi-linux-x64-gnu': '1', 'x-napi-linux-arm64-gnu': '1' }
          }
        }
      ],
      [`${NM}/lightningcss-x/index.js`, { js }],
      ...platformPackage('x-napi-linux-x64-gnu', 'linux', 'x64', [['x.linux-x64-gnu.node', 'amd64']], 'glibc')
    ]
    expect(failures(model(files, 'arm64'))[0]?.words).toBe(
      'Cannot find native binding. npm has a bug related to optional dependencies (https://github.com/npm/cli/issues/4828).'
    )
  })
})

describe("node-gyp-build's prebuilds/ (usb and @serialport/bindings-cpp as npm ships them)", () => {
  const files = (): File[] => [...shipped(USB, USB_PREBUILDS), ...shipped(SERIAL, SERIAL_PREBUILDS)]
  const taken = (m: RuntimeModel): string[] =>
    Object.entries(roles(m))
      .filter(([, r]) => r === 'takes')
      .map(([p]) => p)

  test('the directory of the platform Node.js names is the one that loads, its file tagged for the libc', () => {
    expect(taken(model(files(), 'amd64'))).toEqual([
      '@serialport/bindings-cpp/prebuilds/linux-x64/@serialport+bindings-cpp.glibc.node',
      'usb/prebuilds/linux-x64/node.napi.glibc.node'
    ])
    expect(taken(model(files(), 'arm64'))).toEqual([
      '@serialport/bindings-cpp/prebuilds/linux-arm64/@serialport+bindings-cpp.armv8.glibc.node',
      'usb/prebuilds/linux-arm64/node.napi.armv8.node'
    ])
    // The Android builds (ELF for the same machines) are never loaded, and nothing fails on either platform.
    expect(roles(model(files(), 'arm64'))['usb/prebuilds/android-arm64/node.napi.armv8.node']).toBe('passes')
    expect(failures(model(files(), 'arm64'))).toEqual([])
  })

  test("no build for 386 in @serialport/bindings-cpp (win32-ia32's is PE): one failure, in node-gyp-build's words", () => {
    expect(failures(model(files(), '386'))).toEqual([
      {
        name: '@serialport/bindings-cpp',
        wants: 'prebuilds/linux-ia32/',
        has: ['prebuilds/linux-arm/', 'prebuilds/linux-arm64/', 'prebuilds/linux-x64/'],
        words: 'No native build was found for platform=linux arch=ia32 runtime=node abi=… libc=glibc'
      }
    ])
  })

  test('on Alpine (/etc/alpine-release) the musl build loads, and a glibc-only directory has none', () => {
    const alpine: File[] = [['/etc/alpine-release', 'text'], ...files()]
    expect(taken(model(alpine, 'amd64'))).toEqual([
      '@serialport/bindings-cpp/prebuilds/linux-x64/@serialport+bindings-cpp.musl.node',
      'usb/prebuilds/linux-x64/node.napi.musl.node'
    ])
    const glibcOnly = alpine.filter(([p]) => !p.endsWith('.musl.node'))
    expect(failures(model(glibcOnly, 'amd64')).map(f => [f.name, f.wants])).toEqual([
      ['@serialport/bindings-cpp', 'prebuilds/linux-x64/ (libc=musl)'],
      ['usb', 'prebuilds/linux-x64/ (libc=musl)']
    ])
    // The image's LIBC, which node-gyp-build reads before /etc/alpine-release, is honoured.
    expect(failures(model(glibcOnly, 'amd64', ['LIBC=glibc']))).toEqual([])
  })

  test('a JavaScript fallback in a catch block (bufferutil, utf-8-validate) loads when no prebuild does', () => {
    const pkg = `${NM}/bufferutil`
    const fallback: File[] = [
      [
        `${pkg}/package.json`,
        { json: { name: 'bufferutil', version: '4.0.8', dependencies: { 'node-gyp-build': '^4' } } }
      ],
      [
        `${pkg}/index.js`,
        {
          js: "'use strict';\n\ntry {\n  module.exports = require('node-gyp-build')(__dirname);\n} catch (e) {\n  module.exports = require('./fallback');\n}\n"
        }
      ],
      [`${pkg}/prebuilds/linux-x64/bufferutil.node`, 'amd64']
    ]
    const m = model(fallback, 'arm64')
    expect(failures(m)).toEqual([])
    expect(m.packages).toEqual([expect.objectContaining({ name: 'bufferutil', fallback: './fallback' })])
  })
})

describe('one package holding every platform, each build named for its platform', () => {
  test("onnxruntime-node: the loader takes bin/napi-v3/linux/<arch>/; x64's CUDA provider beside it is never opened on arm64", () => {
    const base = 'onnxruntime-node/bin/napi-v3'
    const files: File[] = [
      [`${NM}/onnxruntime-node/package.json`, { json: { name: 'onnxruntime-node', version: '1.20.1' } }],
      [`${NM}/${base}/linux/x64/onnxruntime_binding.node`, 'amd64'],
      [`${NM}/${base}/linux/x64/libonnxruntime.so.1`, 'amd64'],
      [`${NM}/${base}/linux/x64/libonnxruntime_providers_shared.so`, 'amd64'],
      [`${NM}/${base}/linux/arm64/onnxruntime_binding.node`, 'arm64'],
      [`${NM}/${base}/linux/arm64/libonnxruntime.so.1`, 'arm64'],
      [`${NM}/${base}/darwin/arm64/onnxruntime_binding.node`, 'text']
    ]
    const m = model(files, 'arm64')
    expect(failures(m)).toEqual([])
    expect(
      Object.entries(roles(m))
        .filter(([, r]) => r === 'takes')
        .map(([p]) => p)
    ).toEqual([`${base}/linux/arm64/libonnxruntime.so.1`, `${base}/linux/arm64/onnxruntime_binding.node`])
    // Only x64's builds left (copied from an amd64 install with the arm64 directory pruned): the package fails.
    const pruned = files.filter(([p]) => !p.includes('/linux/arm64/'))
    expect(failures(model(pruned, 'arm64')).map(f => [f.name, f.wants])).toEqual([['onnxruntime-node', 'linux-arm64']])
  })

  test('koffi and @sentry/profiling-node: the musl builds beside the glibc ones are never loaded on glibc', () => {
    const files: File[] = [
      [`${NM}/koffi/package.json`, { json: { name: 'koffi', version: '2.9.0' } }],
      [`${NM}/koffi/build/koffi/linux_x64/koffi.node`, 'amd64'],
      [`${NM}/koffi/build/koffi/musl_x64/koffi.node`, 'amd64'],
      [`${NM}/koffi/build/koffi/linux_arm64/koffi.node`, 'arm64'],
      [`${NM}/koffi/build/koffi/musl_arm64/koffi.node`, 'arm64'],
      [`${NM}/@sentry/profiling-node/package.json`, { json: { name: '@sentry/profiling-node', version: '8.0.0' } }],
      [`${NM}/@sentry/profiling-node/lib/sentry_cpu_profiler-linux-x64-glibc-115.node`, 'amd64'],
      [`${NM}/@sentry/profiling-node/lib/sentry_cpu_profiler-linux-x64-musl-115.node`, 'amd64'],
      [`${NM}/@sentry/profiling-node/lib/sentry_cpu_profiler-linux-arm64-glibc-115.node`, 'arm64'],
      [`${NM}/@sentry/profiling-node/lib/sentry_cpu_profiler-linux-arm64-musl-115.node`, 'arm64']
    ]
    for (const arch of ['amd64', 'arm64']) {
      const m = model(files, arch)
      expect(failures(m)).toEqual([])
      const taken = Object.entries(roles(m))
        .filter(([, r]) => r === 'takes')
        .map(([p]) => p)
      expect(taken).toHaveLength(2)
      expect(taken.every(p => !p.includes('musl'))).toBe(true)
    }
  })
})

test("node-pre-gyp: binary.module_path with the platform's values is the build that loads", () => {
  const pkg = `${NM}/sqlite3`
  const files: File[] = [
    [
      `${pkg}/package.json`,
      {
        json: {
          name: 'sqlite3',
          version: '5.1.7',
          binary: {
            module_name: 'node_sqlite3',
            module_path: './lib/binding/napi-v{napi_build_version}-{platform}-{libc}-{arch}'
          }
        }
      }
    ],
    [`${pkg}/lib/binding/napi-v6-linux-glibc-x64/node_sqlite3.node`, 'amd64']
  ]
  expect(roles(model(files, 'amd64'))).toEqual({
    'sqlite3/lib/binding/napi-v6-linux-glibc-x64/node_sqlite3.node': 'takes'
  })
  expect(failures(model(files, 'arm64'))).toEqual([
    {
      name: 'sqlite3',
      wants: './lib/binding/napi-v{napi_build_version}-linux-glibc-arm64/node_sqlite3.node',
      has: ['lib/binding/napi-v6-linux-glibc-x64/node_sqlite3.node'],
      words: "Cannot find module './lib/binding/napi-v{napi_build_version}-linux-glibc-arm64/node_sqlite3.node'"
    }
  ])
})

test('a package whose package.json leaves this platform out (fsevents, os: darwin) is never loaded here', () => {
  const files: File[] = [
    [`${NM}/fsevents/package.json`, { json: { name: 'fsevents', version: '2.3.3', os: ['darwin'] } }],
    [`${NM}/fsevents/fsevents.node`, 'amd64']
  ]
  expect(roles(model(files, 'amd64'))).toEqual({ 'fsevents/fsevents.node': 'passes' })
  expect(failures(model(files, 'amd64'))).toEqual([])
})
