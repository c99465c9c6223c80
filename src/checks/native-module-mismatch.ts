import { describe } from '../inspect/loader/candidate.js'
import type { ExecutableFacts, PlatformFacts } from '../inspect/facts.js'
import type { Runtime } from '../inspect/modules.js'
import { formatPlatform } from '../platform.js'
import { elfMatchesPlatform } from '../binary/arch.js'
import { code, platformRule, type Draft } from './types.js'
import { moduleFix } from './module-fixes.js'
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
    const pre = f.module.prebuilds
    if (pre) {
      // node-gyp-build's own error, up to the tags that depend on the Node.js binary.
      const tuple = pre.looksIn.slice('prebuilds/'.length)
      const arch = tuple.split('-')[1]?.split('+')[0] ?? ''
      const words = code(
        `No native build was found for platform=linux arch=${arch} runtime=node …${pre.wants ? ` ${pre.wants}` : ''}`
      )
      const where = pre.wants
        ? `its directory for ${plat}, ${code(pre.looksIn + '/')}, has no build for ${code(pre.wants)}, which node-gyp-build ` +
          'wants on this image (musl when the image has `/etc/alpine-release`, else glibc, unless `LIBC` says otherwise)'
        : `its prebuilds are for ${pre.has.map(code).join(', ')}, and node-gyp-build looks in ${code(pre.looksIn + '/')}, ` +
          'which it does not have'
      return (
        `${RUNTIME_NAME[runtime]} ${code(name)} cannot be loaded on ${plat}: ${where}. \`require()\` fails with ${words} ` +
        `(${code(f.path)} is its ${elf} build).`
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
  help: moduleFix('node'),
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
        hint: moduleFix(m.runtime, p.platform, f.path),
        evidence: {
          runtime: m.runtime,
          module: m.name,
          ...(m.noBuildForPlatform ? { noBuildForPlatform: true } : {}),
          ...(m.prebuilds ? { looksIn: m.prebuilds.looksIn } : {})
        }
      })
    }
    return out
  }
})
