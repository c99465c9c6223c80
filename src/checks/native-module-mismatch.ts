import { describe } from '../inspect/loader/candidate.js'
import type { ExecutableFacts, PlatformFacts } from '../inspect/facts.js'
import type { Runtime } from '../inspect/modules.js'
import { formatPlatform } from '../platform.js'
import { elfMatchesPlatform } from '../binary/arch.js'
import { code, platformRule, type Draft } from './types.js'
import { RUNTIME_NAME } from './subject.js'

/** How each runtime fails on a foreign module, in its own words. */
const FAILS: Record<Runtime, string> = {
  python: '`import` fails with "ImportError: … wrong ELF class" or "cannot open shared object file"',
  node: '`require()` fails with "Error: … invalid ELF header" or "wrong ELF class"',
  ruby: '`require` fails with "LoadError: … wrong ELF class" or "cannot open shared object file"',
  perl: 'the module fails to load ("Can\'t load … wrong ELF class")',
  php: 'PHP fails to load the extension ("Unable to load dynamic library")',
  java: '`System.loadLibrary` fails with "UnsatisfiedLinkError: … wrong ELF class"',
  plugin: 'whatever loads it (dlopen) fails'
}

const FIX: Record<Runtime, string> = {
  python:
    'Install Python packages in a stage that runs on the target platform (`pip install` in the final stage, or in a build ' +
    'stage without `--platform=$BUILDPLATFORM`), then copy the site-packages. To install from the build machine, ask pip for ' +
    "the target's wheels: `pip install --platform manylinux2014_$(uname -m) --only-binary=:all: --target /deps …`, with the " +
    'platform derived from `TARGETPLATFORM`.',
  node:
    'Run `npm ci` (or `npm rebuild`) in a stage that runs on the target platform, not in a `--platform=$BUILDPLATFORM` stage ' +
    'whose node_modules is copied across: npm installs the native builds and the optional per-platform packages ' +
    '(@esbuild/linux-x64, @img/sharp-linux-arm64…) of the machine it runs on. To cross-install, set ' +
    '`npm_config_arch=$TARGETARCH` (x64/arm64) and `npm_config_platform=linux` for that `npm ci`.',
  ruby:
    'Run `bundle install` in a stage that runs on the target platform, so that native gems are compiled (or the platform gem ' +
    'chosen) for it; with a committed Gemfile.lock, add the platform: `bundle lock --add-platform aarch64-linux`.',
  perl: 'Build and install the Perl modules (`cpanm`, `apt-get install`) in a stage that runs on the target platform.',
  php: 'Build the extension in a stage that runs on the target platform (`docker-php-ext-install`, `pecl install`).',
  java:
    'Ship the native library built for each platform (most Java libraries with JNI ship one per architecture, e.g. ' +
    '`linux-aarch64/`), or copy the one for `TARGETARCH`.',
  plugin:
    "Install the package that provides the plugin with the final stage's package manager, for the target platform."
}

function message(p: PlatformFacts, f: ExecutableFacts, runtime: Runtime): string {
  const plat = formatPlatform(p.platform)
  const elf = f.binary.format === 'elf' ? describe(f.binary) : 'not a loadable file'
  const name = f.module?.name ?? ''
  if (f.module?.noBuildForPlatform) {
    if (runtime === 'python') {
      return (
        `The Python extension module ${code(name)} is here only as ${code(f.path)}, built for ${elf}, and not for ${plat}: ` +
        `this platform's Python does not even see it, so ${code(`import ${name}`)} fails with "ModuleNotFoundError" (or the package ` +
        'falls back to slower pure Python without a word).'
      )
    }
    return (
      `${RUNTIME_NAME[runtime]} ${code(f.path)} is the ${elf} build of ${code(name)}, and no build for ${plat} stands beside it: ` +
      `on ${plat} the package looks for its own build and fails to load.`
    )
  }
  return `${RUNTIME_NAME[runtime]} ${code(f.path)} is ${elf}, but this image is ${plat}: ${FAILS[runtime]}.`
}

/**
 * A native module its runtime would load is for another architecture, or the only build of a module is for another
 * architecture: the runtime fails to load it on this platform (npm or pip run on the build machine, their output
 * copied into the target image).
 */
export const nativeModuleMismatch = platformRule({
  id: 'native-module-mismatch',
  defaultSeverity: 'error',
  description:
    "A native module a runtime loads (Python extension, Node.js addon, Ruby/Perl/PHP extension, JNI library, plugin) is for another architecture, or only another architecture's build of it is installed.",
  help: FIX.node,
  each(p) {
    const out: Draft[] = []
    for (const f of p.executables) {
      const m = f.module
      if (!m || f.binary.format !== 'elf') continue
      const foreign = !elfMatchesPlatform(f.binary, p.platform)
      if (!(m.loaded && foreign) && !m.noBuildForPlatform) continue
      out.push({
        severity: m.runtime === 'plugin' ? 'warning' : 'error',
        path: f.path,
        message: message(p, f, m.runtime),
        hint: FIX[m.runtime],
        evidence: { runtime: m.runtime, module: m.name, ...(m.noBuildForPlatform ? { noBuildForPlatform: true } : {}) }
      })
    }
    return out
  }
})
