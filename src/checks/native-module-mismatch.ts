import { describe } from '../inspect/loader/candidate.js'
import { exclusionOf } from '../inspect/role.js'
import type { ExecutableFacts, PackageFacts, PlatformFacts } from '../inspect/facts.js'
import type { Runtime } from '../inspect/modules.js'
import { formatPlatform } from '../platform.js'
import { elfMatchesPlatform } from '../binary/arch.js'
import { code, platformRule, type Draft } from './types.js'
import { moduleFix } from './module-fixes.js'
import { RUNTIME_NAME } from './subject.js'
import { append } from '../maps.js'

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

/** What a file is, for a message: `x86-64 (64-bit, LSB)`. */
function what(f: ExecutableFacts): string {
  return f.binary.format === 'elf' ? describe(f.binary) : 'not a loadable file'
}

/** A package as a message names it: `sharp` 0.33.5. */
function named(p: { name: string; version?: string }): string {
  return `${code(p.name)}${p.version ? ` ${p.version}` : ''}`
}

/** The one module file of a module, or one file of a package's, that is wrong here. */
function fileMessage(p: PlatformFacts, f: ExecutableFacts, runtime: Runtime): string {
  const plat = formatPlatform(p.platform)
  const name = f.module?.name ?? ''
  if (f.module?.otherLibc) {
    const libc = f.module.otherLibc === 'musl' ? 'glibc' : 'musl'
    return (
      `The Python extension module ${code(name)} is here only as ${code(f.path)}, built for ${f.module.otherLibc} (the ` +
      `other C library): this ${libc} image's Python never looks for that tag, so ${code(`import ${name}`)} fails with ` +
      '"ModuleNotFoundError" (or the package falls back to slower pure Python without a word).'
    )
  }
  if (f.module?.noBuildForPlatform) {
    if (runtime === 'python') {
      return (
        `The Python extension module ${code(name)} is here only as ${code(f.path)}, built for ${what(f)}, and not for ${plat}: ` +
        `this platform's Python does not even see it, so ${code(`import ${name}`)} fails with "ModuleNotFoundError" (or the package ` +
        'falls back to slower pure Python without a word).'
      )
    }
    return (
      `${RUNTIME_NAME[runtime]} ${code(f.path)} is the ${what(f)} build of ${code(name)}, and no build for ${plat} stands beside it: ` +
      `on ${plat} the package looks for its own build and fails to load.`
    )
  }
  return `${RUNTIME_NAME[runtime]} ${code(f.path)} is ${what(f)}, but this image is ${plat}: ${FAILS[runtime]}.`
}

/** Several files of one package, wrong for one reason: one message naming the package and how many. */
function packageMessage(p: PlatformFacts, files: ExecutableFacts[], runtime: Runtime): string {
  const first = files[0] as ExecutableFacts
  const pkg = first.module?.package
  if (!pkg || files.length === 1) return fileMessage(p, first, runtime)
  const plat = formatPlatform(p.platform)
  const machines = [...new Set(files.map(what))].join(', ')
  const how =
    runtime === 'python'
      ? `this platform's Python does not even see modules tagged for another architecture, and cannot load the others: \`import\` fails with "ModuleNotFoundError" or "ImportError"`
      : FAILS[runtime]
  return (
    `The ${runtime === 'python' ? 'Python package' : 'package'} ${named(pkg)} was installed for another platform: ` +
    `its ${files.length} native modules are ${machines}, and none is built for ${plat} (${code(first.path)}, …): ${how}.`
  )
}

/**
 * An npm package or jar whose own loader finds no build for this platform; `copies`: the other installed copies of
 * the same npm package that fail too (another version nested under a dependent), said in the same finding.
 */
function packageDraft(p: PlatformFacts, pkg: PackageFacts, copies: PackageFacts[] = []): Draft {
  const plat = formatPlatform(p.platform)
  const fails = pkg.fails as NonNullable<PackageFacts['fails']>
  const has = fails.has.length ? fails.has.map(code).join(', ') : 'nothing'
  if (pkg.ecosystem === 'jar') {
    const optional = pkg.layout === 'jar-natives-optional'
    return {
      severity: optional ? 'warning' : 'error',
      path: pkg.path,
      message:
        `The jar ${code(pkg.path)} carries its JNI library only for other architectures (${has}), and no jar in this ` +
        `image has the ${fails.wants} build: on ${plat} it throws ${code(fails.words)}` +
        (optional
          ? ', and the application runs without it only if it falls back (Netty to its NIO transport when it checks `isAvailable()`).'
          : '.'),
      hint: moduleFix('java', p.platform),
      evidence: { runtime: 'java', package: pkg.name, wants: fails.wants, has: fails.has.join(' ') }
    }
  }
  const layoutWords: Record<string, string> = {
    'platform-packages': `its loader requires ${code(fails.wants)}, which is not installed; installed instead: ${has}`,
    prebuilds: `node-gyp-build looks in ${code(fails.wants)}, and its prebuilds are ${has}`,
    'node-pre-gyp': `node-pre-gyp looks for ${code(fails.wants)}, and its builds are ${has}`,
    'per-platform-files': `it has builds for ${has}, and none for ${code(fails.wants)}`
  }
  const also = copies.length
    ? ` ${copies.length === 1 ? 'Another copy' : `${copies.length} other copies`} of it fail${copies.length === 1 ? 's' : ''} the same way: ${copies.map(c => `${c.version ?? '?'} in ${code(c.path)}`).join(', ')}.`
    : ''
  const needs = pkg.dependents?.length
    ? ` ${pkg.dependents.map(code).join(', ')} ${pkg.dependents.length === 1 ? 'needs' : 'need'} it, and fail${pkg.dependents.length === 1 ? 's' : ''} with it.`
    : ''
  const by = pkg.optionalFor ?? []
  const optional = by.length
    ? ` Only ${by.map(code).join(', ')} ${by.length === 1 ? 'depends' : 'depend'} on it, optionally, and ` +
      `${by.length === 1 ? 'goes' : 'go'} on without it (slower, or without what it adds).`
    : ''
  return {
    ...(optional ? { severity: 'note' as const } : {}),
    path: `${pkg.path}/package.json`,
    message:
      `The npm package ${named(pkg)} cannot be loaded on ${plat}: ${layoutWords[pkg.layout] ?? has}. ` +
      `${code(`require('${pkg.name}')`)} throws ${code(fails.words)}.${needs}${also}${optional}`,
    hint: moduleFix('node', p.platform),
    evidence: {
      runtime: 'node',
      package: pkg.name,
      ...(pkg.version ? { version: pkg.version } : {}),
      layout: pkg.layout,
      wants: fails.wants,
      has: fails.has.join(' '),
      ...(pkg.dependents?.length ? { dependents: pkg.dependents.join(' ') } : {}),
      ...(copies.length ? { copies: copies.length + 1 } : {})
    }
  }
}

/** Failing packages, one group per npm package name (its copies together); each jar its own. */
function byName(failing: PackageFacts[]): PackageFacts[][] {
  const groups = new Map<string, PackageFacts[]>()
  for (const pkg of failing) {
    const key = pkg.ecosystem === 'npm' ? `npm\u0000${pkg.name}` : `${pkg.ecosystem}\u0000${pkg.path}`
    append(groups, key, pkg)
  }
  return [...groups.values()]
}

/** The packages with a foreign program of their own (not a module): what binary-arch-mismatch reports. */
function foreignPrograms(p: PlatformFacts): string[] {
  return p.executables
    .filter(f => f.package && !f.module && f.binary.format === 'elf' && !elfMatchesPlatform(f.binary, p.platform))
    .filter(f => f.binary.format === 'elf' && !exclusionOf(f, f.binary))
    .map(f => (f.package as NonNullable<ExecutableFacts['package']>).path)
}

/**
 * A native module its runtime would load is for another architecture, or the only build of a module is for another
 * platform, or a package's own loader finds no build for this platform: the runtime fails to load it (npm or pip run
 * on the build machine, their output copied into the target image). One finding per package.
 */
export const nativeModuleMismatch = platformRule({
  id: 'native-module-mismatch',
  defaultSeverity: 'error',
  description:
    "A native module a runtime loads (Python extension, Node.js addon, Ruby/Perl/PHP extension, JNI library, plugin) is for another architecture, only another platform's build of it is installed, or a package's own loader (npm, a jar's natives) finds no build for the platform.",
  help: moduleFix('node'),
  each(p) {
    const failing = (p.packages ?? []).filter(pkg => pkg.fails)
    const out: Draft[] = byName(failing).map(([first, ...copies]) => packageDraft(p, first as PackageFacts, copies))
    // Said already: a package its loader cannot load at all, and a runtime whose programs are another platform's (a
    // JDK copied across, binary-arch-mismatch's): their modules add nothing.
    const said = new Set([...failing.map(pkg => pkg.path), ...foreignPrograms(p)])
    // The files of one package that are wrong for the same reason are one finding: one cause, one fix.
    const groups = new Map<string, ExecutableFacts[]>()
    for (const f of p.executables) {
      const m = f.module
      if (!m || f.binary.format !== 'elf' || (m.package && said.has(m.package.path))) continue
      const foreign = !elfMatchesPlatform(f.binary, p.platform)
      if (!(m.loaded && foreign) && !m.noBuildForPlatform) continue
      const key = `${m.runtime}\u0000${m.package?.path ?? f.path}\u0000${m.otherLibc ?? ''}`
      append(groups, key, f)
    }
    for (const files of groups.values()) {
      const f = files[0] as ExecutableFacts
      const m = f.module as NonNullable<ExecutableFacts['module']>
      out.push({
        severity: m.runtime === 'plugin' ? 'warning' : 'error',
        path: f.path,
        message: packageMessage(p, files, m.runtime),
        hint: moduleFix(m.runtime, p.platform, f.path),
        evidence: {
          runtime: m.runtime,
          module: m.name,
          ...(m.package ? { package: m.package.name } : {}),
          ...(files.length > 1 ? { files: files.length } : {}),
          ...(m.noBuildForPlatform ? { noBuildForPlatform: true } : {}),
          ...(m.otherLibc ? { otherLibc: m.otherLibc } : {})
        }
      })
    }
    return out
  }
})
