/**
 * How each ecosystem installs a native module for the target platform, in that ecosystem's own names for it: npm's
 * (Node.js's `process.arch`: `x64`, `ia32`), pip's wheel tags (`manylinux2014_aarch64`), RubyGems' platforms
 * (`aarch64-linux`). Docker's `TARGETARCH` is none of these (`amd64`), and `$(uname -m)` in a
 * `--platform=$BUILDPLATFORM` stage names the build machine. Every fix says first to install in a stage that runs on
 * the target platform, which needs no names at all. Pure.
 */
import { ARCHITECTURES } from '../binary/arch.js'
import type { Runtime } from '../inspect/facts.js'
import { formatPlatform, type Platform } from '../platform.js'

/** pip's architecture in wheel tags (`platform.machine()` on the target), by Docker architecture and variant. */
const PIP_ARCH: Record<string, string> = {
  amd64: 'x86_64',
  arm64: 'aarch64',
  arm: 'armv7l',
  'arm/v7': 'armv7l',
  'arm/v6': 'armv6l',
  '386': 'i686',
  ppc64le: 'ppc64le',
  ppc64: 'ppc64',
  s390x: 's390x',
  riscv64: 'riscv64',
  loong64: 'loongarch64'
}

/** The architectures manylinux2014 (PEP 599) defines. */
const MANYLINUX2014 = new Set(['x86_64', 'i686', 'aarch64', 'armv7l', 'ppc64', 'ppc64le', 's390x'])

/** RubyGems' CPU in platform names (`Gem::Platform`: i686 is `x86`, and `arm` matches every `armv*`). */
const GEM_CPU: Record<string, string> = {
  amd64: 'x86_64',
  arm64: 'aarch64',
  arm: 'arm',
  '386': 'x86',
  ppc64le: 'powerpc64le',
  s390x: 's390x',
  riscv64: 'riscv64'
}

const NPM_MAP =
  'From `TARGETARCH`: amd64 → x64, 386 → ia32, ppc64le → ppc64, mips64le → mips64el, the others as they are.'
const PIP_MAP =
  'From `TARGETARCH` and `TARGETVARIANT`: amd64 → x86_64, arm64 → aarch64, arm/v7 → armv7l, 386 → i686, ppc64le and ' +
  's390x as they are.'
const GEM_MAP = 'From `TARGETARCH`: amd64 → x86_64, arm64 → aarch64, arm → arm, 386 → x86, ppc64le → powerpc64le.'

function node(p?: Platform): string {
  const npm = p ? ARCHITECTURES[p.architecture]?.node : '<cpu>'
  const stage =
    'Run `npm ci` (or `npm rebuild`) in a stage that runs on the target platform, not in a `--platform=$BUILDPLATFORM` ' +
    'stage whose node_modules is copied across: npm installs the per-platform packages (@esbuild/linux-x64, ' +
    '@img/sharp-linux-arm64…) and compiles or downloads the addons of the machine it runs on.'
  if (!npm) return `${stage} Node.js has no build of its own for ${p ? formatPlatform(p) : 'it'}.`
  const example = p ? ` for ${formatPlatform(p)}` : ''
  return (
    `${stage} To install from the build machine, name the target in npm's words, which are Node.js's and not ` +
    `Docker's: \`npm ci --os=linux --cpu=${npm}\`${example} (npm 10.1 or newer; add \`--libc=musl\` on Alpine, npm 10.3 or ` +
    `newer) chooses the per-platform packages, and \`npm_config_arch=${npm}\` the prebuilt addons that prebuild-install ` +
    `or node-pre-gyp download at install. ${NPM_MAP} Addons that node-gyp compiles at install still need the target stage.`
  )
}

/** The target Python's version, from the module's tag (`cpython-311`) or its directory (`python3.11`). */
function pythonVersion(path: string): string | undefined {
  const m = /\.cpython-3(\d+)[a-z]*-/.exec(path) ?? /\/python3\.(\d+)\//.exec(path)
  return m ? `3.${m[1] as string}` : undefined
}

function python(p?: Platform, path = ''): string {
  const stage =
    'Install Python packages in a stage that runs on the target platform (`pip install` in the final stage, or in a ' +
    'build stage without `--platform=$BUILDPLATFORM`), then copy the site-packages: pip run on the build machine ' +
    'chooses wheels for the build machine (and `$(uname -m)` there names the build machine, not the target).'
  const key = p ? (p.variant && p.architecture === 'arm' ? `arm/${p.variant}` : p.architecture) : ''
  const arch = p ? PIP_ARCH[key] : '<arch>'
  if (!arch) return stage
  if (!MANYLINUX2014.has(arch) && p)
    return `${stage} manylinux2014 has no wheels for ${arch}: install in the target stage.`
  const version = pythonVersion(path) ?? 'X.Y'
  const example = p ? ` for ${formatPlatform(p)}` : ''
  return (
    `${stage} To install from the build machine, ask pip for the target's wheels in pip's words: \`pip install --target ` +
    `/deps --only-binary=:all: --implementation cp --python-version ${version} --platform manylinux2014_${arch} …\`` +
    `${example} (\`musllinux_1_2_${arch}\` on Alpine; a wheel tagged only for a newer glibc needs its tag as another ` +
    `\`--platform\`, such as \`manylinux_2_28_${arch}\`). ${PIP_MAP}`
  )
}

function ruby(p?: Platform): string {
  const stage =
    'Run `bundle install` in a stage that runs on the target platform, so that native gems are compiled (or the ' +
    'platform gem chosen) for it.'
  const cpu = p ? GEM_CPU[p.architecture] : '<cpu>'
  if (!cpu) return stage
  const example = p ? ` for ${formatPlatform(p)}` : ''
  return (
    `${stage} With a committed Gemfile.lock, add the target's platform in RubyGems' words: \`bundle lock ` +
    `--add-platform ${cpu}-linux\`${example} (\`${cpu}-linux-musl\` on Alpine). ${GEM_MAP}`
  )
}

const STAGE_ONLY: Record<'perl' | 'php' | 'java' | 'plugin', string> = {
  perl: 'Build and install the Perl modules (`cpanm`, `apt-get install`) in a stage that runs on the target platform.',
  php: 'Build the extension in a stage that runs on the target platform (`docker-php-ext-install`, `pecl install`).',
  java:
    'Ship the native library built for each platform (most Java libraries with JNI ship one per architecture, e.g. ' +
    '`linux-aarch64/`), or copy the one for the target platform in a stage that runs on it.',
  plugin:
    "Install the package that provides the plugin with the final stage's package manager, for the target platform."
}

/**
 * The fix for a native module of `runtime` that does not load on platform `p`, or in general terms (SARIF's rule help)
 * without one. `path` is the module's, for what it tells (a Python module's version tag).
 */
export function moduleFix(runtime: Runtime, p?: Platform, path?: string): string {
  switch (runtime) {
    case 'node':
      return node(p)
    case 'python':
      return python(p, path)
    case 'ruby':
      return ruby(p)
    default:
      return STAGE_ONLY[runtime]
  }
}
