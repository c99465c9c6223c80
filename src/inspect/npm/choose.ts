/**
 * Which native build each npm package's own loader takes on a platform, and what it does when none loads. A package
 * ships its native code in one of a few layouts, and its loader chooses among the builds by the platform Node.js
 * reports (`process.platform`, `process.arch`, the libc it runs on):
 *
 * - per-platform packages among its optionalDependencies (napi-rs's `@scope/x-linux-x64-gnu`, `@esbuild/linux-arm64`,
 *   `@img/sharp-linuxmusl-x64`, `turbo-linux-64`): the loader requires the one named for the platform, and a build for
 *   another platform beside it is never looked at. Families (sharp's binding and its libvips) are judged apart; GPU
 *   builds are tried only where that GPU is; a WebAssembly build, when installed, is what the loader falls back to;
 * - a `prebuilds/` directory, as node-gyp-build chooses from it (prebuilds.ts);
 * - `build/Release`, where node-gyp puts the addon it compiled at install (bindings, node-gyp-build);
 * - node-pre-gyp's `binary.module_path`, a path with the platform in it;
 * - one package holding every platform's build, named for its platform (`bin/napi-v3/linux/arm64/`, `musl_x64/`,
 *   `-linux-x64-glibc-115.node`).
 *
 * A package whose loader finds no build here, and that has no JavaScript fallback, cannot be loaded: that is said
 * once for the package, with what its loader looks for and what is installed instead. Pure over the npm tree.
 */
import { posix } from 'node:path'
import type { Architecture } from '../../binary/arch.js'
import type { FileNode } from '../../image/filetree.js'
import { namesTarget, targetIn, withoutTarget, type Libc, type Target } from '../targets.js'
import type { NpmManifest } from './manifest.js'
import { choosePrebuild, type PrebuildTarget } from './prebuilds.js'
import type { NpmPackage, NpmTree } from './tree.js'
import { loaderWords } from './words.js'
import { append } from '../../maps.js'

/** The platform as a package's loader sees it. */
export interface NodePlatform {
  arch: Architecture
  /** Node.js's `process.arch`. */
  nodeArch: string
  /** The C library Node.js runs on: what napi-rs's loaders, detect-libc and koffi find. */
  libc: Libc
  /** What node-gyp-build is told (its own libc test: `LIBC`, else /etc/alpine-release). */
  gyp: PrebuildTarget
}

export type Layout = 'platform-packages' | 'prebuilds' | 'build' | 'node-pre-gyp' | 'per-platform-files'

export interface NpmFailure {
  /** What the loader looks for here (a package name or a path in the package). */
  wants: string
  /** The builds installed instead, with the platform each is for. */
  has: string[]
  /** What the loader throws, in its own words (up to what depends on the Node.js binary). */
  words: string
}

export interface NpmVerdict {
  dir: string
  name: string
  version?: string
  layout: Layout
  /** The layer that wrote its package.json. */
  layer?: number
  /** The native files its loader loads or spawns here. */
  takes: string[]
  /** No build for this platform loads and nothing falls back. */
  fails?: NpmFailure
  /** It loads without a native build of its own here: what it falls back to. */
  fallback?: string
  /** The packages that depend on it, when every one of them does so optionally (and goes on without it). */
  optionalFor?: string[]
  /** The packages that need it (their dependencies): they fail with it. */
  dependents?: string[]
}

export interface NpmModel {
  verdicts: NpmVerdict[]
  /** Native files a package's loader never looks at on this platform (another platform's, libc's or GPU's). */
  passes: Set<string>
  /** Native files a package's loader takes here, with the verdict of the package that takes them. */
  takes: Map<string, NpmVerdict>
}

const NATIVE = /\.(node|so(\.\d+)*|dylib|dll)$/

/** A file of native code, by its format or its name. */
function isNative(rel: string, node: FileNode): boolean {
  const f = node.binary?.format
  return f === 'elf' || f === 'pe' || f === 'macho' || NATIVE.test(rel)
}

/**
 * A platform word of a target as a package names it (`linux-arm64`, `linux-x64-musl`, `darwin-arm64`; `darwin` for
 * a build of every CPU, as @sentry/cli-darwin's universal binary).
 */
export function describeTarget(t: Target): string {
  if (t.wasm) return 'wasm32'
  const words = [t.os, t.arch?.node ?? t.arch?.name, t.libc, t.gpu].filter((w): w is string => Boolean(w))
  return words.join('-') || 'another platform'
}

/** Whether a build named for `t` is the one a loader takes on this platform (for a libc-tagged one, this libc). */
function fits(t: Target, p: NodePlatform, libc: Libc = p.libc): boolean {
  if (t.wasm || t.gpu || !t.arch || t.arch.name !== p.arch.name) return false
  if (t.os !== undefined && t.os !== 'linux') return false
  return t.libc === undefined || t.libc === libc
}

/** A target read from a name, completed from the package's own os/cpu/libc where the name is silent. */
function refine(t: Target, m: NpmManifest | undefined): Target {
  if (!m) return t
  const out = { ...t }
  if (!out.os && m.os?.length === 1) out.os = targetIn(m.os[0] as string).os
  if (!out.arch && m.cpu?.length === 1) out.arch = targetIn(m.cpu[0] as string).arch
  if (!out.libc && m.libc?.length === 1) out.libc = m.libc[0] === 'musl' ? 'musl' : 'glibc'
  return out
}

const unscoped = (name: string): string => name.replace(/^@[^/]+\//, '')

interface Declared {
  name: string
  target: Target
  installed?: NpmPackage
  family: string
}

class Chooser {
  readonly passes = new Set<string>()
  readonly takes = new Map<string, NpmVerdict>()
  /** Platform packages some loader takes, and those some loader passes over. */
  private readonly takenDirs = new Set<string>()
  private readonly passedDirs = new Set<string>()

  constructor(
    private readonly npm: NpmTree,
    private readonly p: NodePlatform
  ) {}

  run(): NpmModel {
    const verdicts: NpmVerdict[] = []
    for (const pkg of this.npm.packages.values()) {
      if (this.forAnotherPlatform(pkg)) {
        // Never loaded here (fsevents copied from a Mac, a platform package npm installed for its `cpu` list): its
        // files are another platform's, and so are the per-platform packages it would choose from.
        for (const n of this.natives(pkg)) this.passes.add(n.node.path)
        continue
      }
      const v =
        this.platformPackages(pkg) ??
        this.prebuilt(pkg) ??
        this.built(pkg) ??
        this.preGyp(pkg) ??
        this.perPlatformFiles(pkg)
      if (v) verdicts.push(v)
    }
    // The files of a platform package go with the choice: taken where a loader takes the package, else passed over.
    for (const dir of this.passedDirs) {
      if (this.takenDirs.has(dir)) continue
      for (const [rel, node] of this.npm.packages.get(dir)?.files ?? []) {
        if (isNative(rel, node)) this.passes.add(node.path)
      }
    }
    for (const v of verdicts) for (const f of v.takes) this.takes.set(f, v)
    for (const f of this.takes.keys()) this.passes.delete(f)
    for (const v of verdicts) if (v.fails) this.markOptional(v)
    return { verdicts, passes: this.passes, takes: this.takes }
  }

  /**
   * A package that fails here but that every package depending on it lists as optional (msgpackr's
   * msgpackr-extract, ws's bufferutil): they go on without it. One that nothing in node_modules depends on is the
   * application's own dependency.
   */
  private markOptional(v: NpmVerdict): void {
    const optional: string[] = []
    const requiredBy: string[] = []
    for (const dep of this.npm.packages.values()) {
      if (dep.manifest.requires?.includes(v.name)) requiredBy.push(dep.name)
      else if (dep.manifest.optional?.includes(v.name)) optional.push(dep.name)
    }
    if (requiredBy.length) v.dependents = [...new Set(requiredBy)].sort()
    // Optional only when the application is known to leave it out too: without its package.json, it may be its own.
    const roots = [...this.npm.roots.values()]
    const app = roots.some(r => r.requires?.includes(v.name) || r.optional?.includes(v.name))
    if (!requiredBy.length && optional.length && roots.length && !app) v.optionalFor = [...new Set(optional)].sort()
  }

  private verdict(pkg: NpmPackage, layout: Layout, takes: string[], rest: Partial<NpmVerdict> = {}): NpmVerdict {
    return {
      dir: pkg.dir,
      name: pkg.name,
      ...(pkg.manifest.version ? { version: pkg.manifest.version } : {}),
      layout,
      ...(pkg.files.get('package.json')?.layer !== undefined ? { layer: pkg.files.get('package.json')?.layer } : {}),
      takes,
      ...rest
    }
  }

  /**
   * A package that is itself for another platform: named for one (`@esbuild/darwin-arm64`, with its package.json's
   * os/cpu/libc where the name is silent), or whose package.json's `os` or `cpu` leaves this one out.
   */
  private forAnotherPlatform(pkg: NpmPackage): boolean {
    const m = pkg.manifest
    const named = targetIn(unscoped(pkg.name))
    if (namesTarget(named)) {
      const t = refine(named, m)
      if (t.wasm) return false
      return (
        t.gpu !== undefined ||
        (t.os !== undefined && t.os !== 'linux') ||
        (t.arch !== undefined && t.arch.name !== this.p.arch.name) ||
        (t.libc !== undefined && t.libc !== this.p.libc)
      )
    }
    const excluded = (list: string[] | undefined, value: string): boolean =>
      list !== undefined &&
      list.length > 0 &&
      (list.every(x => x.startsWith('!')) ? list.includes(`!${value}`) : !list.includes(value))
    return excluded(m.os, 'linux') || excluded(m.cpu, this.p.nodeArch) || excluded(m.libc, this.p.libc)
  }

  /**
   * No build of `pkg` loads here: its JavaScript fallback, if it has one, else its failure, with what its loader
   * looks for, what is installed instead, and its words.
   */
  private failing(
    pkg: NpmPackage,
    layout: Layout,
    wants: string,
    has: string[],
    extra: { tag?: string; takes?: string[] } = {}
  ): NpmVerdict {
    const takes = extra.takes ?? []
    const fallback = this.fallbackOf(pkg)
    if (fallback) return this.verdict(pkg, layout, takes, { fallback })
    const words = loaderWords(pkg, { layout, wants, has, platform: this.p, ...(extra.tag ? { tag: extra.tag } : {}) })
    return this.verdict(pkg, layout, takes, { fails: { wants, has, words } })
  }

  /** What the package's JavaScript falls back to when its native build does not load, if anything. */
  private fallbackOf(pkg: NpmPackage): string | undefined {
    return pkg.loaders.flatMap(l => l.fallbacks ?? [])[0]
  }

  /**
   * The files of a platform package its loader takes: all of them, but those named for another platform or libc (a
   * musl build beside the glibc one: `musl_x64/koffi.node`, `node.napi.musl.node`), which are passed over.
   */
  private within(pkg: NpmPackage): string[] {
    const takes: string[] = []
    for (const n of this.natives(pkg)) {
      const t = targetIn(n.rel)
      if (!namesTarget(t) && !t.libc) takes.push(n.node.path)
      else if (fits({ ...t, os: t.os ?? 'linux', arch: t.arch ?? this.p.arch }, this.p)) takes.push(n.node.path)
      else this.passes.add(n.node.path)
    }
    return takes
  }

  /** The package's own native files (not its nested packages'), with their paths relative to it. */
  private natives(pkg: NpmPackage): Array<{ rel: string; node: FileNode }> {
    return [...pkg.files].filter(([rel, node]) => isNative(rel, node)).map(([rel, node]) => ({ rel, node }))
  }

  private platformPackages(pkg: NpmPackage): NpmVerdict | undefined {
    const declared: Declared[] = (pkg.manifest.optional ?? [])
      .map(name => ({ name, target: targetIn(unscoped(name)) }))
      .filter(d => namesTarget(d.target))
      .map(d => {
        const installed = this.npm.resolve(pkg.dir, d.name)
        return {
          ...d,
          target: refine(d.target, installed?.manifest),
          ...(installed ? { installed } : {}),
          family: withoutTarget(d.name)
        }
      })
    if (!declared.length) return undefined
    const families = new Map<string, Declared[]>()
    for (const d of declared) append(families, d.family, d)
    const takes: string[] = []
    const broken: Declared[][] = []
    let wasm: Declared | undefined
    for (const members of families.values()) {
      const installed = members.filter(m => m.installed)
      const fit = installed
        .filter(m => fits(m.target, this.p))
        .sort((a, b) => Number(b.target.libc === this.p.libc) - Number(a.target.libc === this.p.libc))
      const chosen = fit[0]
      for (const m of installed) {
        const dir = (m.installed as NpmPackage).dir
        if (m === chosen) this.takenDirs.add(dir)
        else this.passedDirs.add(dir)
      }
      if (chosen) takes.push(...this.within(chosen.installed as NpmPackage))
      wasm ??= installed.find(m => m.target.wasm)
      // A family of GPU builds is tried only where its GPU is, after or instead of the CPU build: never required.
      if (!chosen && installed.some(m => !m.target.wasm) && !members.every(m => m.target.gpu)) broken.push(members)
    }
    // napi-rs's loaders try a build beside them first (`x.linux-x64-gnu.node`, as `napi build` leaves it).
    const local = this.natives(pkg).filter(n => fits(targetIn(n.rel), this.p))
    takes.push(...local.map(n => n.node.path))
    const first = broken[0]
    if (!first || local.length) return this.verdict(pkg, 'platform-packages', takes)
    if (wasm?.installed) {
      return this.verdict(pkg, 'platform-packages', takes, { fallback: wasm.installed.name })
    }
    const named = (m: Declared): boolean =>
      m.target.os === 'linux' && m.target.arch?.name === this.p.arch.name && !m.target.gpu
    const wants = (first.find(m => fits(m.target, this.p)) ?? first.find(named) ?? first[0])?.name ?? ''
    const has = first.filter(m => m.installed).map(m => `${m.name} (${describeTarget(m.target)})`)
    return this.failing(pkg, 'platform-packages', wants, has, { takes })
  }

  private prebuilt(pkg: NpmPackage): NpmVerdict | undefined {
    const paths = [...pkg.files.keys()].filter(rel => /^(build|prebuilds)\/[^/]+\/[^/]+$/.test(rel))
    if (!paths.some(rel => rel.startsWith('prebuilds/'))) return undefined
    const choice = choosePrebuild(
      pkg.dir,
      paths.map(rel => `${pkg.dir}/${rel}`),
      this.p.gyp
    )
    if (!choice) return undefined // build/Release is what it loads
    for (const n of this.natives(pkg)) if (n.rel.startsWith('prebuilds/')) this.passes.add(n.node.path)
    if (choice.file) return this.verdict(pkg, 'prebuilds', [choice.file])
    if (!choice.has.length) return undefined // no Linux prebuilds: what it loads is not known here
    // Another native build of its own (outside prebuilds/) may be what it loads: never guessed wrong.
    const other = this.natives(pkg).filter(n => !n.rel.startsWith('prebuilds/') && fits(targetIn(n.rel), this.p))
    if (other.length)
      return this.verdict(
        pkg,
        'prebuilds',
        other.map(n => n.node.path)
      )
    const wants = choice.wants ? `${choice.looksIn}/ (${choice.wants})` : `${choice.looksIn}/`
    const has = choice.has.map(h => `prebuilds/${h}/`)
    return this.failing(pkg, 'prebuilds', wants, has, choice.wants ? { tag: choice.wants } : {})
  }

  private built(pkg: NpmPackage): NpmVerdict | undefined {
    const built = this.natives(pkg).filter(n => /^build\/(Release|Debug)\/[^/]+\.node$/.test(n.rel))
    if (!built.length) return undefined
    // node-gyp-build and bindings take build/Release first: the package's other builds are not looked at.
    const release = built.filter(n => n.rel.startsWith('build/Release/'))
    const takes = (release.length ? release : built).map(n => n.node.path)
    for (const n of this.natives(pkg))
      if (n.rel.endsWith('.node') && !takes.includes(n.node.path)) this.passes.add(n.node.path)
    return this.verdict(pkg, 'build', takes)
  }

  /** node-pre-gyp: `binary.module_path` with the platform's values put in (`{platform}`, `{arch}`, `{libc}`). */
  private preGyp(pkg: NpmPackage): NpmVerdict | undefined {
    const bin = pkg.manifest.binary
    if (!bin) return undefined
    const path = (values: Record<string, string>): RegExp => {
      const dir = posix.normalize(bin.modulePath).replace(/^\.\//, '').replace(/\/+$/, '')
      const escaped = dir.replace(/[.*+?^$()|[\]\\]/g, '\\$&')
      const withValues = escaped.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '[^/]*')
      return new RegExp(`^${withValues}/${(bin.moduleName ?? '[^/]+').replace(/[.*+?^$()|[\]\\{}]/g, '\\$&')}\\.node$`)
    }
    const here = path({
      platform: 'linux',
      target_platform: 'linux',
      arch: this.p.nodeArch,
      target_arch: this.p.nodeArch,
      libc: this.p.libc,
      configuration: '(?:Release|Debug)'
    })
    const any = path({})
    const natives = this.natives(pkg).filter(n => any.test(n.rel))
    if (!natives.length) return undefined
    const takes = natives.filter(n => here.test(n.rel))
    for (const n of natives) if (!takes.includes(n)) this.passes.add(n.node.path)
    if (takes.length)
      return this.verdict(
        pkg,
        'node-pre-gyp',
        takes.map(n => n.node.path)
      )
    const wants = `${bin.modulePath
      .replace(/\{platform\}/g, 'linux')
      .replace(/\{arch\}/g, this.p.nodeArch)
      .replace(/\{libc\}/g, this.p.libc)}/${bin.moduleName ?? '…'}.node`
    return this.failing(
      pkg,
      'node-pre-gyp',
      wants,
      natives.map(n => n.rel)
    )
  }

  /** One package holding every platform's build, each named for its platform: the one named for this one loads. */
  private perPlatformFiles(pkg: NpmPackage): NpmVerdict | undefined {
    const named = this.natives(pkg)
      .filter(n => !/^(build\/(Release|Debug)|prebuilds)\//.test(n.rel))
      .map(n => ({ ...n, target: targetIn(n.rel) }))
    const targeted = named.filter(n => namesTarget(n.target))
    if (!targeted.length) return undefined
    const takes = targeted.filter(n => fits(n.target, this.p))
    for (const n of targeted) if (!takes.includes(n)) this.passes.add(n.node.path)
    const untargeted = named.length > targeted.length
    const linuxElsewhere = targeted.some(n => !n.target.gpu && (n.target.os ?? 'linux') === 'linux')
    if (takes.length || untargeted || !linuxElsewhere) {
      return this.verdict(
        pkg,
        'per-platform-files',
        takes.map(n => n.node.path)
      )
    }
    const has = [...new Set(targeted.filter(n => !n.target.gpu).map(n => describeTarget(n.target)))]
    return this.failing(
      pkg,
      'per-platform-files',
      `linux-${this.p.nodeArch}${this.p.libc === 'musl' ? '-musl' : ''}`,
      has
    )
  }
}

/** What each npm package's loader takes on this platform. */
export function chooseNative(npm: NpmTree, platform: NodePlatform): NpmModel {
  return new Chooser(npm, platform).run()
}
