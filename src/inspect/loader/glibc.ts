/**
 * What glibc's ld.so does when a program starts (elf/dl-load.c `_dl_map_object`, elf/dl-deps.c, elf/dl-version.c),
 * over the image's files: its dependencies loaded breadth first; each DT_NEEDED name reused if an object already
 * loaded goes by it (its path, the names it was asked for, its DT_SONAME), else searched in the DT_RPATH of the
 * needing object and of the objects that loaded it (when the needing object has no DT_RUNPATH), LD_LIBRARY_PATH, the
 * needing object's DT_RUNPATH, /etc/ld.so.cache and the loader's system directories, each directory tried with its
 * glibc-hwcaps subdirectories first; candidates of another class or machine passed over; then every needed symbol
 * version checked against the library that provides it. Pure over the file tree.
 */
import { posix } from 'node:path'
import { DF_1_NODEFLIB, type ElfFacts } from '../../binary/elf.js'
import type { FileNode, FileTree } from '../../image/filetree.js'
import { breadthFirst } from './bfs.js'
import { glibcTakes } from './candidate.js'
import type { Glibc } from './loaders.js'
import type { LoadResult, MissingLibrary, MissingVersion, ProcessContext, Skipped } from './types.js'

interface Loaded {
  /** In the process already, by another's doing (a JVM's libjvm.so): met, not loaded. */
  preloaded?: boolean
  /** The path it was opened under (not symlink-resolved), which $ORIGIN is the directory of. */
  path: string
  node: FileNode
  elf: ElfFacts
  origin: string
  loader?: Loaded
  names: Set<string>
}

type Found = { found: { path: string; node: FileNode; elf: ElfFacts } } | { missing: MissingLibrary }

/** The environment a program starts in, shared by every program of the image. */
export interface ProcessEnv {
  tree: FileTree
  /** LD_LIBRARY_PATH from the image config's Env, as set. */
  libraryPath: string
  /** The working directory (relative library paths are opened from it). */
  workdir: string
  /**
   * Searches already made, by the searching ABI (its loader and the program's ELF identity), name and search path:
   * most programs of an image share them, but never across loaders (armhf's and armel's, amd64's and i386's).
   */
  memo: Map<string, Found>
  /** The subdirectories each directory is searched with, by ABI and directory (they are the loader's). */
  subdirs: Map<string, string[]>
}

/** Expand $ORIGIN, $LIB and $PLATFORM in a search directory; relative directories count from the working dir. */
function expand(dir: string, origin: string, loader: Glibc, workdir: string): string {
  const out = dir
    .replace(/\$(\{ORIGIN\}|ORIGIN(?=\/|$))/g, origin)
    .replace(/\$(\{LIB\}|LIB(?=\/|$))/g, loader.lib)
    .replace(/\$(\{PLATFORM\}|PLATFORM(?=\/|$))/g, loader.platform)
  return posix.resolve(workdir, out)
}

function elfAt(node: FileNode): ElfFacts | undefined {
  return node.binary?.format === 'elf' ? node.binary : undefined
}

/** Try one path: taken, passed over (recorded), fatal, or not there. */
function tryPath(
  env: ProcessEnv,
  path: string,
  main: ElfFacts,
  skipped: Skipped[]
): { path: string; node: FileNode; elf: ElfFacts } | { fatal: string } | undefined {
  const r = env.tree.resolve(path)
  if (!r.ok || r.node.kind !== 'file') return undefined
  const verdict = glibcTakes(r.node.binary, main)
  if (verdict.take) return { path, node: r.node, elf: elfAt(r.node) as ElfFacts }
  if ('skip' in verdict) {
    // One file met under several paths (/lib is /usr/lib, the cache names it too) is one candidate passed over.
    if (
      !skipped.some(
        s => env.tree.resolve(s.path).ok && (env.tree.resolve(s.path) as { node: FileNode }).node === r.node
      )
    )
      skipped.push({ path, what: verdict.skip, ...(verdict.otherClass ? { otherClass: verdict.otherClass } : {}) })
    return undefined
  }
  return { fatal: verdict.fatal }
}

/**
 * What a search's answer depends on besides the name and the directories: the loader (its cache ABI, system
 * directories and subdirectories) and the program, whose class, byte order and machine decide what is taken.
 */
function abiKey(loader: Glibc, main: ElfFacts): string {
  return `${loader.interpreter}\u0000${main.machine}:${main.bits}:${main.endian}:${main.flags}`
}

function search(env: ProcessEnv, loader: Glibc, name: string, dirs: string[], main: ElfFacts, neededBy: Loaded): Found {
  const nodeflib = ((neededBy.elf.flags1 ?? 0) & DF_1_NODEFLIB) !== 0
  const key = `${abiKey(loader, main)}\u0000${name}\u0000${dirs.join(':')}\u0000${nodeflib}`
  const memo = env.memo.get(key)
  if (memo) {
    return 'missing' in memo ? { missing: { ...memo.missing, neededBy: neededBy.path } } : memo
  }
  const skipped: Skipped[] = []
  const fail = (fatal?: { path: string; error: string }): Found => ({
    missing: {
      name,
      neededBy: neededBy.path,
      skipped,
      reason: fatal ? 'fatal' : 'not-found',
      ...(fatal ? { fatal } : {})
    }
  })
  const inDirs = (list: string[]): Found | undefined => {
    for (const dir of list) {
      for (const sub of subdirs(env, loader, main, dir)) {
        const path = posix.join(dir, sub, name)
        const got = tryPath(env, path, main, skipped)
        if (!got) continue
        return 'fatal' in got ? fail({ path, error: got.fatal }) : { found: got }
      }
    }
    return undefined
  }
  let result = inDirs(dirs)
  if (!result) {
    const cached = cacheLookup(env.tree, loader, name)
    const system = (p: string): boolean => loader.system.some(d => p.startsWith(d.endsWith('/') ? d : `${d}/`))
    if (cached && !(nodeflib && system(cached))) {
      const got = tryPath(env, cached, main, skipped)
      if (got) result = 'fatal' in got ? fail({ path: cached, error: got.fatal }) : { found: got }
    }
  }
  if (!result && !nodeflib) result = inDirs(loader.system)
  result ??= fail()
  env.memo.set(key, result)
  return result
}

/** More legacy subdirectories of one directory than glibc's power set of real names makes: a bound. */
const MAX_SUBDIRS = 1024

/**
 * The subdirectories of `dir` to try before it, most specific first: the glibc-hwcaps ones, then (glibc 2.36) every
 * combination of `tls`, the AT_PLATFORM name and the legacy hwcap names, in that order within a path and in the
 * order the real loader tries them (LD_DEBUG=libs on s390x: `tls/vxe/vx/eimm/ldisp/zarch`, ..., `tls`,
 * `vxe/vx/eimm/ldisp/zarch`, ..., `zarch`, then the directory). Only combinations that exist are kept, so most
 * directories cost a few lookups.
 */
function subdirs(env: ProcessEnv, loader: Glibc, main: ElfFacts, dir: string): string[] {
  const key = `${abiKey(loader, main)}\u0000${dir}`
  let out = env.subdirs.get(key)
  if (out) return out
  const isDir = (path: string): boolean => {
    const r = env.tree.resolve(path)
    return r.ok && r.node.kind === 'dir'
  }
  // One slot per path component: tls, then one of the platforms (a CPU has one), then each hwcap name.
  const slots = [['tls'], loader.legacy.platforms, ...loader.legacy.names.map(n => [n])]
  const legacy: string[] = []
  const walk = (rel: string, slot: number): void => {
    if (legacy.length >= MAX_SUBDIRS) return
    if (slot === slots.length) {
      if (rel) legacy.push(rel)
      return
    }
    for (const name of slots[slot] as string[]) {
      const sub = rel ? `${rel}/${name}` : name
      if (isDir(posix.join(dir, sub))) walk(sub, slot + 1)
    }
    walk(rel, slot + 1)
  }
  walk('', 0)
  out = [...loader.hwcaps.map(h => `glibc-hwcaps/${h}`), ...legacy, '']
  env.subdirs.set(key, out)
  return out
}

/** The path ld.so.cache gives for a name: the first entry of an accepted ABI (plain entries before hwcaps ones). */
function cacheLookup(tree: FileTree, loader: Glibc, name: string): string | undefined {
  const entries = tree.ldCache()
  if (!entries) return undefined
  const mine = entries.filter(e => e.soname === name && loader.cacheFlags.includes(e.flags))
  return (mine.find(e => e.hwcap === 0) ?? mine[0])?.path
}

/** Where `obj` searches for a name without a slash, before the cache and the system directories. */
function searchPath(env: ProcessEnv, loader: Glibc, obj: Loaded, main: Loaded): string[] {
  const dirs: string[] = []
  const rpath = (l: Loaded): string[] =>
    l.elf.runpath?.length ? [] : (l.elf.rpath ?? []).map(d => expand(d, l.origin, loader, env.workdir))
  if (!obj.elf.runpath?.length) {
    let sawMain = false
    for (let l: Loaded | undefined = obj; l; l = l.loader) {
      dirs.push(...rpath(l))
      sawMain ||= l === main
    }
    if (!sawMain) dirs.push(...rpath(main))
  }
  // Split on `:` and `;`; an empty element is the working directory (`/usr/local/lib:`), an empty value nothing.
  const llp = env.libraryPath ? env.libraryPath.split(/[:;]/) : []
  dirs.push(...llp.map(d => expand(d, main.origin, loader, env.workdir)))
  dirs.push(...(obj.elf.runpath ?? []).map(d => expand(d, obj.origin, loader, env.workdir)))
  return dirs
}

/**
 * Load a program (or a module, standing for the process that dlopens it) as glibc's ld.so would, into the process
 * `ctx` describes (objects it has loaded already).
 */
export function loadWithGlibc(
  env: ProcessEnv,
  loader: Glibc,
  program: { path: string; node: FileNode; elf: ElfFacts },
  ctx: ProcessContext = {}
): LoadResult {
  const realPath = env.tree.resolve(program.path)
  // The kernel starts the program by its real path: $ORIGIN is where /proc/self/exe points.
  const main: Loaded = {
    path: program.path,
    node: program.node,
    elf: program.elf,
    origin: posix.dirname(realPath.ok ? realPath.path : program.path),
    names: new Set([program.path])
  }
  const objects: Loaded[] = [main]
  const ld = env.tree.resolve(posix.resolve('/', loader.interpreter))
  if (ld.ok && ld.node.kind === 'file' && elfAt(ld.node)) {
    const elf = elfAt(ld.node) as ElfFacts
    const names = new Set([loader.interpreter, ...(elf.soname ? [elf.soname] : [])])
    objects.push({ path: loader.interpreter, node: ld.node, elf, origin: posix.dirname(loader.interpreter), names })
  }
  for (const path of ctx.preloaded ?? []) {
    const r = env.tree.resolve(path)
    const elf = r.ok && r.node.kind === 'file' ? elfAt(r.node) : undefined
    if (!r.ok || !elf || objects.some(o => o.node === r.node)) continue
    const names = new Set([path, ...(elf.soname ? [elf.soname] : [])])
    objects.push({ path, node: r.node, elf, origin: posix.dirname(path), names, preloaded: true })
  }
  const result: LoadResult = { libc: 'glibc', missing: [], versions: [], unknown: [], loaded: 0 }
  // Breadth first, as _dl_map_object_deps.
  breadthFirst(objects, result.unknown, (obj, name) => {
    if (objects.some(o => o.names.has(name) || o.elf.soname === name)) return
    const found: Found = name.includes('/')
      ? byPath(env, loader, name, program.elf, obj)
      : search(env, loader, name, searchPath(env, loader, obj, main), program.elf, obj)
    if ('missing' in found) {
      result.missing.push(found.missing)
      return
    }
    const same = objects.find(o => o.node === found.found.node)
    if (same) {
      same.names.add(name)
      return
    }
    objects.push({
      path: found.found.path,
      node: found.found.node,
      elf: found.found.elf,
      origin: posix.dirname(found.found.path),
      loader: obj,
      names: new Set([name, found.found.path])
    })
  })
  result.loaded = objects.length
  result.versions = checkVersions(objects)
  return result
}

/**
 * A DT_NEEDED with a slash is opened as written, its `$ORIGIN` (and `$LIB`, `$PLATFORM`) expanded for the object that
 * needs it, relative to the working directory.
 */
function byPath(env: ProcessEnv, loader: Glibc, name: string, main: ElfFacts, neededBy: Loaded): Found {
  const path = expand(name, neededBy.origin, loader, env.workdir)
  const skipped: Skipped[] = []
  const got = tryPath(env, path, main, skipped)
  if (got && !('fatal' in got)) return { found: got }
  const missing: MissingLibrary = { name, neededBy: neededBy.path, skipped, reason: got ? 'fatal' : 'not-found' }
  if (got && 'fatal' in got) missing.fatal = { path, error: got.fatal }
  return { missing }
}

/**
 * elf/dl-version.c: each needed version must be among the versions the library of that name defines; a weak one
 * only warns, and a library with no version definitions at all only warns ("no version information available").
 */
function checkVersions(objects: Loaded[]): MissingVersion[] {
  const out: MissingVersion[] = []
  for (const obj of objects) {
    if (obj.preloaded) continue
    for (const need of obj.elf.versionNeeds ?? []) {
      const lib = objects.find(o => o.names.has(need.file) || o.elf.soname === need.file)
      const defs = lib?.elf.versionDefs
      if (!lib || !defs) continue
      for (const v of need.versions) {
        if (v.weak || defs.includes(v.name)) continue
        out.push({ version: v.name, library: lib.path, realPath: lib.node.path, file: need.file, requiredBy: obj.path })
      }
    }
  }
  return out
}
