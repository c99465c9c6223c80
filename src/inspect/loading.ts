/**
 * What the platform's loader makes of each program and native module that can be loaded: every program of the
 * platform's architecture that names a loader present in the image, and every native module its runtime would
 * load, resolved as glibc's or musl's loader would (inspect/loader/). Only results with something wrong are kept.
 * Pure over the file tree.
 */
import { posix } from 'node:path'
import { ARCHITECTURES, sameElfShape } from '../binary/arch.js'
import type { ElfFacts } from '../binary/elf.js'
import type { FileNode, FileTree } from '../image/filetree.js'
import type { ExecutableFacts } from './facts.js'
import { loadWithGlibc, type ProcessEnv } from './loader/glibc.js'
import { loaderFor, type Loader } from './loader/loaders.js'
import { loadWithMusl } from './loader/musl.js'
import type { LoadResult } from './loader/types.js'
import { findModules } from './modules.js'
import { exclusionOf, isLibraryName } from './role.js'

/** LD_LIBRARY_PATH of the image config's Env: split on `:` and `;`, as glibc does. */
function libraryPath(env: string[]): string[] {
  const llp = env.find(e => e.startsWith('LD_LIBRARY_PATH='))?.slice(16) ?? ''
  return llp.split(/[:;]/).filter(Boolean)
}

function hasProblems(r: LoadResult): boolean {
  return r.missing.length > 0 || r.versions.length > 0
}

export interface LoadingOptions {
  tree: FileTree
  architecture: string
  env: string[]
  workdir: string
  /** The entrypoint's resolved path: it is loaded whatever its mode bits. */
  entrypoint?: string
}

/** Attach to each executable its module facts and, when something is wrong, what the loader would make of it. */
export function attachLoading(executables: ExecutableFacts[], opts: LoadingOptions): void {
  const arch = ARCHITECTURES[opts.architecture]
  if (!arch) return
  const { tree } = opts
  const env: ProcessEnv = { tree, libraryPath: libraryPath(opts.env), workdir: opts.workdir, memo: new Map() }
  const nodes = new Map<string, FileNode>()
  for (const f of tree.files()) if (f.binary?.format === 'elf') nodes.set(f.path, f)
  const modules = findModules(
    [...tree.files()].map(node => ({ path: node.path, node })),
    opts.architecture
  )
  // The loader a module's process runs under: the first of the architecture's loaders the image has.
  let moduleLoader: Loader | null | undefined
  const loaderForModules = (elf: ElfFacts): Loader | undefined => {
    if (moduleLoader === undefined) {
      const interp = arch.loaders.find(l => tree.isFile(l))
      moduleLoader = (interp && loaderFor(tree, elf, interp)) || null
    }
    return moduleLoader ?? undefined
  }
  for (const e of executables) {
    const elf = e.binary
    if (elf.format !== 'elf') continue
    const module = modules.get(e.path)
    if (module) e.module = module
    if (!sameElfShape(elf, arch)) continue
    const node = nodes.get(e.path)
    if (!node) continue
    let loader: Loader | undefined
    // Plugins are loaded by what uses them, for what they are used: their own needs are that program's concern.
    if (module?.loaded && module.runtime !== 'plugin') loader = loaderForModules(elf)
    else if (elf.interpreter && e.deps?.interpreter?.found) {
      const program = e.path === opts.entrypoint || (!exclusionOf(e, elf) && !isLibraryName(e.path))
      if (program) loader = loaderFor(tree, elf, posix.resolve('/', elf.interpreter))
    }
    if (!loader) continue
    const subject = { path: e.path, node, elf }
    const result = loader.libc === 'glibc' ? loadWithGlibc(env, loader, subject) : loadWithMusl(env, loader, subject)
    if (hasProblems(result)) e.load = result
  }
}
