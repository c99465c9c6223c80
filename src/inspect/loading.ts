/**
 * What the platform's loader makes of each program and native module that can be loaded: every program of the
 * platform's architecture that names a loader present in the image, and every native module its runtime would
 * load, resolved as glibc's or musl's loader would (inspect/loader/). Only results with something wrong are kept.
 * Pure over the file tree.
 */
import { posix } from 'node:path'
import { ARCHITECTURES, sameElfShape, type Architecture } from '../binary/arch.js'
import type { ElfFacts } from '../binary/elf.js'
import type { FileTree } from '../image/filetree.js'
import type { ExecutableFacts, PlatformFacts } from './facts.js'
import { loadWithGlibc, type ProcessEnv } from './loader/glibc.js'
import { loaderFor, type Loader } from './loader/loaders.js'
import { loadWithMusl } from './loader/musl.js'
import type { LoadResult, ProcessContext } from './loader/types.js'
import { findModules } from './modules.js'
import { providerOf } from './provided.js'
import { exclusionOf, isLibraryName } from './role.js'

/** LD_LIBRARY_PATH of the image config's Env, as set (each loader splits it its own way). */
function libraryPath(env: string[]): string {
  return env.find(e => e.startsWith('LD_LIBRARY_PATH='))?.slice(16) ?? ''
}

function hasProblems(r: LoadResult): boolean {
  return r.missing.length > 0 || r.versions.length > 0 || (r.provided?.length ?? 0) > 0
}

export interface LoadingOptions {
  tree: FileTree
  architecture: string
  env: string[]
  workdir: string
  /** The entrypoint's resolved path: it is loaded whatever its mode bits. */
  entrypoint?: string
  /** The PATH directories (where a runtime such as `node` is found). */
  searchPath?: string[]
  /** Libraries the config file says the container runtime provides (`provided-libraries`). */
  providedLibraries?: readonly string[]
}

/**
 * The loader model of one image: what its loader makes of any ELF file of the platform's architecture, as the
 * program it names in PT_INTERP would be started, or (for a library or module) as a process of the platform's own
 * loader would load it. Searches are shared between the files of the image.
 */
export class LoadingModel {
  private readonly env: ProcessEnv
  private readonly arch: Architecture
  private defaultLoader: Loader | null | undefined

  private readonly provided: (name: string) => string | undefined

  constructor(
    private readonly tree: FileTree,
    opts: { architecture: string; env: string[]; workdir: string; providedLibraries?: readonly string[] }
  ) {
    this.arch = ARCHITECTURES[opts.architecture] ?? (ARCHITECTURES.amd64 as Architecture)
    this.env = { tree, libraryPath: libraryPath(opts.env), workdir: opts.workdir, memo: new Map(), subdirs: new Map() }
    this.provided = providerOf(opts.env, opts.providedLibraries)
  }

  /** The first of the architecture's loaders the image has: the one a runtime's process runs under. */
  private platformLoader(elf: ElfFacts): Loader | undefined {
    if (this.defaultLoader === undefined) {
      const interp = this.arch.loaders.find(l => this.tree.isFile(l))
      this.defaultLoader = (interp && loaderFor(this.tree, elf, interp)) || null
    }
    return this.defaultLoader ?? undefined
  }

  /**
   * Load `path` as the loader would: by its own PT_INTERP when `asProgram` and it has one that the image holds,
   * else under the platform's loader, into a process that has `preloaded` loaded already. Undefined when no loader in
   * the image can load it.
   */
  load(path: string, asProgram: boolean, preloaded: string[] = []): LoadResult | undefined {
    const r = this.tree.resolve(path)
    if (!r.ok || r.node.kind !== 'file' || r.node.binary?.format !== 'elf') return undefined
    const elf = r.node.binary
    const interp = elf.interpreter ? posix.resolve('/', elf.interpreter) : undefined
    const loader =
      asProgram && interp
        ? this.tree.isFile(interp)
          ? loaderFor(this.tree, elf, interp)
          : undefined
        : this.platformLoader(elf)
    if (!loader) return undefined
    const subject = { path, node: r.node, elf }
    const ctx: ProcessContext = { preloaded }
    const result =
      loader.libc === 'glibc'
        ? loadWithGlibc(this.env, loader, subject, ctx)
        : loadWithMusl(this.env, loader, subject, ctx)
    return withProvided(result, this.provided)
  }
}

/**
 * A load's missing libraries that the container runtime provides (not found in the image: one it holds but cannot
 * load is still the image's fault), moved to `provided`.
 */
function withProvided(result: LoadResult, providerOf: (name: string) => string | undefined): LoadResult {
  const missing: LoadResult['missing'] = []
  for (const m of result.missing) {
    const by = m.reason === 'not-found' ? providerOf(m.name) : undefined
    if (by) (result.provided ??= []).push({ name: m.name, neededBy: m.neededBy, by })
    else missing.push(m)
  }
  result.missing = missing
  return result
}

/**
 * Attach to each executable its module facts, its package and, when something is wrong, what the loader would make
 * of it; return the packages whose loaders choose their builds, and the libraries the container runtime provides.
 */
export function attachLoading(
  executables: ExecutableFacts[],
  opts: LoadingOptions
): Pick<PlatformFacts, 'packages' | 'provided'> {
  const arch = ARCHITECTURES[opts.architecture]
  if (!arch) return {}
  const model = new LoadingModel(opts.tree, opts)
  const runtimes = findModules(opts.tree, opts.architecture, {
    env: opts.env,
    ...(opts.searchPath ? { searchPath: opts.searchPath } : {})
  })
  const provided = new Map<string, { name: string; by: string; neededBy: string[] }>()
  for (const e of executables) {
    const elf = e.binary
    if (elf.format !== 'elf') continue
    const module = runtimes.modules.get(e.path)
    if (module) e.module = module
    const owner = runtimes.owners.get(e.path)
    if (owner) e.package = owner
    if (!sameElfShape(elf, arch)) continue
    const asModule = module?.loaded === true
    const asProgram =
      !asModule &&
      elf.interpreter !== undefined &&
      e.deps?.interpreter?.found === true &&
      (e.path === opts.entrypoint || (!exclusionOf(e, elf) && !isLibraryName(e.path)))
    if (!asModule && !asProgram) continue
    const result = model.load(e.path, asProgram, asModule ? (module?.preloaded ?? []) : [])
    for (const p of result?.provided ?? []) {
      const seen = provided.get(p.name) ?? { name: p.name, by: p.by, neededBy: [] }
      if (!seen.neededBy.includes(e.path)) seen.neededBy.push(e.path)
      provided.set(p.name, seen)
    }
    // Kept when something would stop it, or when part of what it loads could not be read (said, not guessed).
    if (result && (hasProblems(result) || result.unknown.length > 0)) e.load = result
  }
  return {
    ...(runtimes.packages.length ? { packages: runtimes.packages } : {}),
    ...(provided.size ? { provided: [...provided.values()] } : {})
  }
}
