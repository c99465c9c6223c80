/**
 * What a package's loader throws when it finds no build for the platform, in its own words as far as they do not
 * depend on the Node.js binary (ABI, versions) or on paths of the machine: esbuild's, sharp's, rollup's, @parcel/watcher's
 * and lightningcss's own messages, napi-rs's generated loaders' (read from the package's loader), node-gyp-build's and
 * node-pre-gyp's, and Node.js's own "Cannot find module" for a loader that lets require() fail. Checked against what
 * `node` printed loading each package in a chroot of the image (test-env/npm-survey). Pure.
 */
import type { Layout, NodePlatform } from './choose.js'
import type { NpmPackage } from './tree.js'

interface Failure {
  layout: Layout
  wants: string
  has: string[]
  platform: NodePlatform
  /** node-gyp-build: the tag its directory has no build for (`libc=musl`). */
  tag?: string
}

/** The platform as the package names it (`linux-arm64`, `linuxmusl-x64` for sharp). */
function runtime(p: NodePlatform, musl: string): string {
  return `linux${p.libc === 'musl' ? musl : ''}-${p.nodeArch}`
}

const FAMILIES: Array<{ test: (pkg: NpmPackage) => boolean; words: (pkg: NpmPackage, f: Failure) => string }> = [
  {
    test: pkg => pkg.name === 'esbuild',
    words: (_, f) =>
      f.has.some(h => h.startsWith('@esbuild/'))
        ? "You installed esbuild for another platform than the one you're currently using."
        : `The package "${f.wants}" could not be found, and is needed by esbuild.`
  },
  {
    test: pkg => pkg.name === 'sharp',
    words: (_, f) => `Could not load the "sharp" module using the ${runtime(f.platform, 'musl')} runtime`
  },
  {
    test: pkg => pkg.name === 'rollup',
    words: (_, f) => `Cannot find module ${f.wants}.`
  },
  {
    test: pkg => pkg.name === '@parcel/watcher',
    words: (_, f) => `No prebuild or local build of @parcel/watcher found. Tried ${f.wants}.`
  },
  {
    test: pkg => pkg.name === 'turbo',
    words: () => 'Turborepo did not find the correct binary for your platform.'
  },
  {
    test: pkg => pkg.name === 'sass-embedded',
    words: () => "Embedded Dart Sass couldn't find the embedded compiler executable."
  },
  {
    test: pkg => pkg.name === '@sentry/cli',
    words: () => 'Sentry CLI binary for this platform/architecture not found!'
  },
  {
    test: pkg => pkg.name === 'node-llama-cpp',
    words: () => 'NoBinaryFoundError'
  },
  {
    test: pkg => pkg.name === 'koffi',
    words: () => 'Cannot find the native Koffi module; did you bundle it correctly?'
  },
  {
    // Its last resort is a build beside it, named as the platform package would be: that require() is what fails.
    test: pkg => pkg.name === 'lightningcss',
    words: (_, f) => `Cannot find module '../lightningcss.${f.wants.replace(/^lightningcss-/, '')}.node'`
  }
]

/** The words of the loader of `pkg`, for a failure of `f`'s layout. */
export function loaderWords(pkg: NpmPackage, f: Failure): string {
  const family = FAMILIES.find(x => x.test(pkg))
  if (family) return family.words(pkg, f)
  // node-gyp-build-optional-packages (lmdb, msgpackr-extract) looks in prebuilds/, then in the platform's package,
  // and throws node-gyp-build's words.
  if (f.layout === 'prebuilds' || pkg.manifest.uses?.includes('node-gyp-build-optional-packages')) {
    // node-gyp-build's message, up to what depends on the Node.js binary (abi, uv, node's version).
    const armv = f.platform.gyp.armv ? ` armv=${f.platform.gyp.armv}` : ''
    return `No native build was found for platform=linux arch=${f.platform.nodeArch} runtime=node abi=…${armv} libc=${f.platform.gyp.libc}`
  }
  // napi-rs's loaders throw their own words, but the older ones rethrow the last require()'s error first.
  const napi = pkg.loaders.find(l => l.napiError)
  if (f.layout === 'platform-packages' && napi?.napiError && !napi.rethrows) return napi.napiError
  // bindings (deasync's last resort): it names every path it tried after these words.
  if (pkg.manifest.uses?.includes('bindings') && f.layout !== 'platform-packages') {
    return 'Could not locate the bindings file. Tried:'
  }
  // Node.js's own words for a require() that finds nothing; the loader may ask for a file in the package (`/biome`).
  return f.layout === 'node-pre-gyp' ? `Cannot find module '${f.wants}'` : `Cannot find module '${f.wants}…'`
}
