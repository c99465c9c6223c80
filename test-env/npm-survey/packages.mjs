/**
 * The survey list: much-downloaded npm packages that ship native code, pinned, each with its layout and an exercise.
 *
 * An exercise is the body of an async function run in the image's own `node` after the probe is installed. It gets
 * `require` and `importModule` (both resolve from /app/node_modules), and `tmp` (an empty directory of its own). It
 * calls the package's public API far enough that the native part really loads (or the executable really runs): a
 * bare require() is not enough for packages that load lazily. A `bin` entry instead runs the package's own JS
 * wrapper in the same process, as `npx`/a package.json script would (process.argv set to [node, wrapper, ...args]);
 * the run ends when the wrapper exits.
 *
 * Fields: name, version (exact), layout (see LAYOUTS), ci (part of the `ci` set), exercise | bin, nodeArgs (what a
 * real app must pass to node for this package), overrides (the app's package.json "overrides" for it), installNote
 * (what its install script would do, when it matters).
 * Versions: the newest release that supports Node 20 (Debian 13's nodejs is 20.19), as of the survey's writing.
 */

/** Layouts: how the package finds its native part. */
export const LAYOUTS = {
  'napi-rs': 'napi-rs generated loader: platform, arch, libc (musl test) → ./x.<triple>.node or @scope/x-<triple>',
  'napi-rs+wasm':
    'napi-rs generated loader with a WASI fallback package (@scope/x-wasm32-wasi) tried when no native binding loads',
  'optional-packages':
    "the package's own loader picks one of its optionalDependencies by platform, arch and (detect-libc) libc",
  'optional-packages+exe':
    'a JS wrapper picks an executable from one of its optionalDependencies and spawns it (Go, Rust, Dart VM)',
  sharp:
    '@img/sharp-<platform> (sharp.node) + @img/sharp-libvips-<platform> (libvips-cpp.so.*) through $ORIGIN RUNPATH',
  'node-gyp-build':
    'node-gyp-build: prebuilds/<platform>-<arch>/*.node in the tarball, chosen by tags (napi, abi, libc)',
  'node-gyp-build+fallback': "node-gyp-build in a try/catch: require('./fallback') (pure JS) when no build matches",
  'node-gyp-build-optional-packages':
    'node-gyp-build-optional-packages: @scope/x-<platform>-<arch> packages holding node.<abi|napi>.<libc>.node files',
  'optional-native+js-fallback':
    'the package works in pure JS; a native accelerator (an optional dependency) is used when it loads',
  'all-platforms-in-one': 'one package holds every platform, the file chosen by name (<os>/<arch>, -<libc>-<abi>)',
  'libc-dirs': 'per-platform optional packages holding one directory per libc (linux_x64/, musl_x64/)',
  bindings: "the `bindings` package (build/Release, ...), or the package's own bin/<platform>-<arch>-<node> dirs",
  'install-download':
    'the binary is fetched by an install script (prebuild-install from GitHub releases): not in the tarball',
  compile: 'compiled by node-gyp at install (no Linux prebuild in the tarball)',
  'gpu-variants': 'per-platform packages for CPU, CUDA, Vulkan builds; the loader tries the GPU ones it detects'
}

export const PACKAGES = [
  // ---- napi-rs generated loaders, per-platform optional packages ----
  {
    name: 'rollup',
    version: '4.69.3',
    layout: 'optional-packages',
    ci: true,
    exercise: `const { rollup } = require('rollup')
      const bundle = await rollup({ input: 'v', plugins: [{ name: 'v', resolveId: id => id, load: () => 'export const a = 1' }] })
      const { output } = await bundle.generate({ format: 'es' })
      return output[0].code`
  },
  {
    name: '@swc/core',
    version: '1.16.22',
    layout: 'napi-rs',
    exercise: `return require('@swc/core').transformSync('let x: number = 1', { jsc: { parser: { syntax: 'typescript' } } }).code`,
    installNote: 'postinstall.js: checks the binding loads, else installs @swc/wasm (a network install)'
  },
  {
    name: 'lightningcss',
    version: '1.33.0',
    layout: 'optional-packages',
    exercise: `return require('lightningcss').transform({ filename: 'a.css', code: Buffer.from('.a { color: red }'), minify: true }).code.toString()`
  },
  {
    name: '@parcel/watcher',
    version: '2.6.0',
    layout: 'optional-packages',
    ci: true,
    exercise: `const watcher = require('@parcel/watcher')
      const sub = await watcher.subscribe(tmp, () => {})
      await sub.unsubscribe()
      return 'subscribed'`,
    installNote: 'install: scripts/build-from-source.js (only builds when no prebuild package is there)'
  },
  {
    name: '@tailwindcss/oxide',
    version: '4.3.5',
    layout: 'napi-rs+wasm',
    ci: true,
    exercise: `const { Scanner } = require('@tailwindcss/oxide')
      const s = new Scanner({ sources: [] })
      return s.getCandidatesWithPositions({ content: '<div class="flex p-4">', extension: 'html' }).map(c => c.candidate).join(' ')`
  },
  {
    name: 'rolldown',
    version: '1.3.4',
    layout: 'napi-rs+wasm',
    exercise: `const { rolldown } = await importModule('rolldown')
      const bundle = await rolldown({ input: 'v', plugins: [{ name: 'v', resolveId: id => id, load: () => 'export const a = 1' }] })
      const { output } = await bundle.generate({ format: 'es' })
      await bundle.close()
      return output[0].code.length`
  },
  {
    name: 'unrs-resolver',
    version: '1.13.0',
    layout: 'napi-rs+wasm',
    exercise: `const { ResolverFactory } = require('unrs-resolver')
      return new ResolverFactory({}).sync('/app', 'unrs-resolver').path`,
    installNote: 'postinstall (napi-postinstall) in some versions: installs the missing platform package'
  },
  {
    name: '@node-rs/argon2',
    version: '2.2.1',
    layout: 'napi-rs+wasm',
    exercise: `return require('@node-rs/argon2').hashSync('password').slice(0, 12)`
  },
  {
    name: 'oxc-parser',
    version: '0.160.0',
    layout: 'napi-rs+wasm',
    exercise: `const { parseSync } = await importModule('oxc-parser')
      return parseSync('a.js', 'let x = 1').program.body.length`
  },
  {
    name: '@ast-grep/napi',
    version: '0.51.2',
    layout: 'napi-rs',
    exercise: `const { parse, Lang } = require('@ast-grep/napi')
      return parse(Lang.JavaScript, 'let x = 1').root().kind()`
  },
  {
    name: '@resvg/resvg-js',
    version: '2.6.2',
    layout: 'napi-rs',
    exercise: `const { Resvg } = require('@resvg/resvg-js')
      return new Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="2" height="2"/>').render().asPng().length`
  },
  {
    name: 'snappy',
    version: '7.4.3',
    layout: 'napi-rs+wasm',
    exercise: `return require('snappy').compressSync('hello hello hello').length`
  },
  {
    name: '@napi-rs/canvas',
    version: '1.2.1',
    layout: 'napi-rs',
    exercise: `const { createCanvas } = require('@napi-rs/canvas')
      return createCanvas(2, 2).toBuffer('image/png').length`
  },
  {
    name: 'oxlint',
    version: '1.96.0',
    layout: 'napi-rs+wasm',
    bin: { path: 'oxlint/bin/oxlint', args: ['--version'] }
  },

  // ---- executables spawned by a JS wrapper ----
  {
    name: 'esbuild',
    version: '0.28.2',
    layout: 'optional-packages+exe',
    ci: true,
    exercise: `return require('esbuild').transformSync('let x = 1').code`,
    installNote: 'postinstall install.js: checks @esbuild/<platform>, else downloads it from the npm registry'
  },
  {
    name: 'turbo',
    version: '2.11.13',
    layout: 'optional-packages+exe',
    bin: { path: 'turbo/bin/turbo', args: ['--version'] }
  },
  {
    name: 'sass-embedded',
    // The newest release whose platform packages (linux x64/arm64, glibc and musl, darwin-arm64) the registry has:
    // 1.108.2's sass-embedded-linux-arm64 and the rest are 404 here, and npm skips a 404 optional dependency
    // silently (see README: the trees).
    version: '1.105.0',
    layout: 'optional-packages+exe',
    exercise: `return (await require('sass-embedded').compileStringAsync('a { b: c }')).css`
  },
  {
    name: '@biomejs/biome',
    version: '2.6.9',
    layout: 'optional-packages+exe',
    bin: { path: '@biomejs/biome/bin/biome', args: ['--version'] }
  },
  {
    name: 'dprint',
    // 0.57.4's @dprint/linux-arm64-glibc, -musl and darwin-arm64 are 404 on the registry: 0.54.0 has them all.
    version: '0.54.0',
    layout: 'optional-packages+exe',
    bin: { path: 'dprint/bin.cjs', args: ['--version'] },
    installNote:
      'postinstall install.cjs: hard-links @dprint/<target>/dprint to dprint/dprint; bin.cjs does it at run time otherwise, or downloads the package from the registry'
  },
  {
    name: 'lefthook',
    // 2.2.4's lefthook-darwin-arm64 is 404 on the registry: 2.2.2 has every platform package used here.
    version: '2.2.2',
    layout: 'optional-packages+exe',
    bin: { path: 'lefthook/bin/index.js', args: ['version'] },
    installNote: 'postinstall.js: runs `lefthook install` (git hooks) in the project'
  },
  {
    name: '@sentry/cli',
    version: '3.8.0',
    layout: 'optional-packages+exe',
    exercise: `const { SentryCli } = require('@sentry/cli')
      return (await new SentryCli().execute(['--version'])).trim()`,
    installNote: 'postinstall scripts/install.js: downloads the binary from GitHub/Sentry when no platform package'
  },

  // ---- sharp ----
  {
    name: 'sharp',
    version: '0.35.6',
    layout: 'sharp',
    ci: true,
    exercise: `const sharp = require('sharp')
      const png = await sharp({ create: { width: 1, height: 1, channels: 3, background: 'red' } }).png().toBuffer()
      return png.length`
  },

  // ---- node-gyp-build, prebuilds in the tarball ----
  {
    name: 'bufferutil',
    version: '4.1.0',
    layout: 'node-gyp-build+fallback',
    ci: true,
    exercise: `const { mask } = require('bufferutil')
      const out = Buffer.alloc(4)
      mask(Buffer.from('abcd'), Buffer.from([1, 2, 3, 4]), out, 0, 4)
      return out.toString('hex')`,
    installNote: 'install: node-gyp-build (compiles when no prebuild matches; needs a toolchain)'
  },
  {
    name: 'utf-8-validate',
    version: '6.0.6',
    layout: 'node-gyp-build+fallback',
    exercise: `return require('utf-8-validate')(Buffer.from('héllo'))`,
    installNote: 'install: node-gyp-build'
  },
  {
    name: 'usb',
    version: '3.1.0',
    layout: 'napi-rs',
    // require() loads the binding; enumerating needs /sys/bus/usb, which a VM without USB (this one) lacks.
    exercise: `const { usb } = require('usb')
      return typeof usb.getDevices`
  },
  {
    name: '@serialport/bindings-cpp',
    version: '13.0.1',
    layout: 'node-gyp-build',
    exercise: `const { autoDetect } = require('@serialport/bindings-cpp')
      return typeof autoDetect().open`,
    installNote: 'install: node-gyp-build'
  },
  {
    name: 'classic-level',
    version: '3.0.0',
    layout: 'node-gyp-build',
    exercise: `const { ClassicLevel } = require('classic-level')
      const db = new ClassicLevel(tmp + '/db')
      await db.put('a', 'b')
      const v = await db.get('a')
      await db.close()
      return v`,
    installNote: 'install: node-gyp-build'
  },
  {
    name: 'bcrypt',
    version: '6.0.0',
    layout: 'node-gyp-build',
    exercise: `return require('bcrypt').hashSync('password', 4).slice(0, 7)`,
    installNote: 'install: node-gyp-build'
  },
  {
    name: 'argon2',
    // 0.45.1's prebuilds/linux-x64/argon2.glibc.node dies of SIGSEGV in dlopen on Node 20 (Debian 13's 20.19 and
    // 20.20 alike): not a platform question, so the release before it.
    version: '0.44.0',
    layout: 'node-gyp-build',
    exercise: `return (await require('argon2').hash('password')).slice(0, 12)`,
    installNote: 'install: cross-env ZERO_AR_DATE=1 node-gyp-build'
  },

  // ---- node-gyp-build-optional-packages ----
  {
    name: 'lmdb',
    version: '3.5.6',
    layout: 'node-gyp-build-optional-packages',
    ci: true,
    exercise: `const { open } = require('lmdb')
      const db = open({ path: tmp + '/lmdb' })
      await db.put('a', { b: 1 })
      const v = db.get('a')
      await db.close()
      return JSON.stringify(v)`,
    installNote: 'install: node-gyp-build-optional-packages (compiles when no package fits)'
  },
  {
    name: 'msgpackr',
    version: '2.1.4',
    layout: 'optional-native+js-fallback',
    exercise: `const m = require('msgpackr')
      const v = m.unpack(m.pack({ a: 'x'.repeat(100) }))
      return { nativeAcceleration: m.isNativeAccelerationEnabled, ok: v.a.length === 100 }`
  },
  {
    name: 'cbor-x',
    version: '1.6.9',
    layout: 'optional-native+js-fallback',
    // cbor-x wants cbor-extract ^2.2.0; 2.2.3 (the newest) names @cbor-extract/* 2.2.3 packages that are 404 on the
    // registry, so npm installs none and cbor-x falls back to JS everywhere. An app's override to 2.2.2 (whose
    // platform packages exist) gives the native case.
    overrides: { 'cbor-extract': '2.2.2' },
    exercise: `const c = require('cbor-x')
      const v = c.decode(c.encode({ a: 'x'.repeat(100) }))
      return { nativeAcceleration: c.isNativeAccelerationEnabled, ok: v.a.length === 100 }`
  },

  // ---- bindings, compiled, downloaded ----
  {
    name: 'deasync',
    version: '0.1.32',
    layout: 'bindings',
    exercise: `const deasync = require('deasync')
      let done = false
      setTimeout(() => { done = true }, 5)
      deasync.loopWhile(() => !done)
      return done`,
    installNote: 'install: build.js (node-gyp rebuild unless bin/<platform>-<arch>-node-<major>/ has a build)'
  },
  {
    name: 'better-sqlite3',
    version: '12.9.0',
    layout: 'install-download',
    exercise: `const Database = require('better-sqlite3')
      return new Database(':memory:').prepare('select 41 + 1 as x').get().x`,
    installNote: 'install: prebuild-install (downloads from GitHub releases) || node-gyp rebuild: not possible here'
  },
  {
    name: 'isolated-vm',
    version: '5.0.4',
    layout: 'install-download',
    nodeArgs: ['--no-node-snapshot'],
    exercise: `const ivm = require('isolated-vm')
      return new ivm.Isolate({ memoryLimit: 16 }).createContextSync().evalSync('6 * 7')`,
    installNote: 'install: prebuild-install (GitHub releases) || node-gyp rebuild: not possible here'
  },
  {
    name: 'node-pty',
    version: '1.1.0',
    layout: 'compile',
    exercise: `const pty = require('node-pty')
      const p = pty.spawn('/bin/sh', ['-c', 'exit 0'], {})
      return await new Promise(r => p.onExit(e => r(e.exitCode)))`,
    installNote: 'install: scripts/prebuild.js (prebuilds for darwin and win32 only) || node-gyp rebuild'
  },
  {
    name: 'ssh2',
    version: '1.17.0',
    layout: 'optional-native+js-fallback',
    exercise: `const { utils } = require('ssh2')
      return utils.generateKeyPairSync('ed25519').public.length > 0`,
    installNote: 'install.js: node-gyp builds crypto/build/Release/sshcrypto.node (optional); cpu-features likewise'
  },

  // ---- one package, every platform ----
  {
    name: 'onnxruntime-node',
    version: '1.31.1',
    layout: 'all-platforms-in-one',
    exercise: `const ort = require('onnxruntime-node')
      // The smallest model: y = Identity(x), float[1], opset 13, protobuf written by hand.
      const model = ${JSON.stringify(Array.from(identityModel()))}
      const session = await ort.InferenceSession.create(Uint8Array.from(model))
      const out = await session.run({ x: new ort.Tensor('float32', Float32Array.from([42]), [1]) })
      return out.y.data[0]`,
    installNote:
      'postinstall script/install: on linux/x64 downloads the CUDA 12 providers (libonnxruntime_providers_{cuda,shared,tensorrt}.so) from NuGet'
  },
  {
    name: 'koffi',
    version: '3.3.4',
    layout: 'libc-dirs',
    ci: true,
    exercise: `const koffi = require('koffi')
      const getpid = koffi.load('libc.so.6').func('int getpid()')
      return getpid() > 0`,
    installNote: 'install: cnoke --prebuild (checks the prebuilt package, builds otherwise)'
  },
  {
    name: '@sentry/profiling-node',
    version: '11.1.0',
    layout: 'all-platforms-in-one',
    exercise: `const { nodeProfilingIntegration } = require('@sentry/profiling-node')
      return nodeProfilingIntegration().name`
  },
  {
    name: '@duckdb/node-api',
    version: '1.5.6-r.1',
    layout: 'optional-packages',
    exercise: `const { DuckDBInstance } = require('@duckdb/node-api')
      const instance = await DuckDBInstance.create(':memory:')
      const conn = await instance.connect()
      const reader = await conn.runAndReadAll('select 42 as x')
      return String(reader.getRows()[0][0])`
  }
]

/** node-llama-cpp: its own scenario (`llama`), its CUDA and Vulkan packages are big. */
export const LLAMA = {
  name: 'node-llama-cpp',
  version: '3.22.1',
  layout: 'gpu-variants',
  exercise: `const { getLlama } = await importModule('node-llama-cpp')
    const llama = await getLlama({ gpu: 'auto', build: 'never', skipDownload: true, usePrebuiltBinaries: true, progressLogs: false })
    return { gpu: llama.gpu, buildType: llama.buildType, cpuMathCores: llama.cpuMathCores, supportsGpuOffloading: llama.supportsGpuOffloading }`,
  installNote:
    'postinstall dist/cli/cli.js postinstall: may build llama.cpp from source (cmake) when no prebuilt binary fits'
}

/** The ci set: one or two of each main layout, small downloads. */
export const CI_SET = PACKAGES.filter(p => p.ci).map(p => p.name)

/**
 * The ONNX ModelProto of y = Identity(x), x and y float[1], IR version 7, opset 13, as protobuf bytes (written by
 * hand so that no model file has to be fetched).
 */
function identityModel() {
  const varint = n => {
    const out = []
    while (n > 127) {
      out.push((n & 127) | 128)
      n >>>= 7
    }
    out.push(n)
    return out
  }
  const field = (num, bytes) => [...varint((num << 3) | 2), ...varint(bytes.length), ...bytes]
  const int = (num, n) => [...varint(num << 3), ...varint(n)]
  const str = (num, s) => field(num, [...Buffer.from(s)])
  // ValueInfoProto { name, type { tensor_type { elem_type FLOAT, shape { dim { dim_value 1 } } } } }
  const valueInfo = name => [...str(1, name), ...field(2, field(1, [...int(1, 1), ...field(2, field(1, int(1, 1)))]))]
  const node = [...str(1, 'x'), ...str(2, 'y'), ...str(4, 'Identity')]
  const graph = [...field(1, node), ...str(2, 'g'), ...field(11, valueInfo('x')), ...field(12, valueInfo('y'))]
  return Buffer.from([...int(1, 7), ...field(7, graph), ...field(8, [...str(1, ''), ...int(2, 13)])])
}
