/**
 * What musl's dynamic linker does when a program starts (ldso/dynlink.c `load_library`), over the image's files:
 * names of its own (libc, libm, libpthread, libdl, librt, libutil, libxnet, and the loader's own PT_INTERP) are
 * itself; a name already loaded (by the base name it was found under, or the same file) is reused; otherwise
 * LD_LIBRARY_PATH, the RUNPATH (else RPATH) of the needing object and of each object that needed it, then the lines
 * of /etc/ld-musl-ARCH.path, or /lib:/usr/local/lib:/usr/lib when that file does not exist. The first file of the
 * name that opens is taken, whatever its machine. musl checks no symbol versions. Pure over the file tree.
 */
import { posix } from 'node:path'
import type { ElfFacts } from '../../binary/elf.js'
import type { FileNode } from '../../image/filetree.js'
import { breadthFirst } from './bfs.js'
import { muslTakes } from './candidate.js'
import type { ProcessEnv } from './glibc.js'
import { MUSL_DEFAULT_PATH, type Musl } from './loaders.js'
import type { LoadResult, MissingLibrary, ProcessContext } from './types.js'

interface Loaded {
  /** In the process already, by another's doing (a JVM's libjvm.so): met by its base name, not loaded. */
  preloaded?: boolean
  path: string
  node: FileNode
  elf: ElfFacts
  /** The base name a search found it under (musl's shortname). */
  shortname?: string
  neededBy?: Loaded
}

/** lib + c, pthread, rt, m, dl, util or xnet + `.`: the C library itself, never searched. */
const RESERVED = /^lib(c|pthread|rt|m|dl|util|xnet)\./

/** The directories of an object's RUNPATH (else RPATH); $ORIGIN expanded; any other `$` drops the whole list. */
function rpathOf(obj: Loaded, workdir: string): string[] {
  const list = obj.elf.runpath?.length ? obj.elf.runpath : (obj.elf.rpath ?? [])
  const origin = posix.dirname(obj.path)
  const out: string[] = []
  for (const d of list) {
    const e = d.replace(/\$(\{ORIGIN\}|ORIGIN)/g, origin)
    if (e.includes('$')) return []
    out.push(posix.resolve(workdir, e))
  }
  return out
}

/** LD_LIBRARY_PATH, then the RUNPATH (else RPATH) of the needing object and of each object that needed it, then sys. */
function searchPath(env: ProcessEnv, obj: Loaded, sys: string[]): string[] {
  // Split on `:` and newlines; empty elements are skipped (unlike glibc).
  const dirs = env.libraryPath
    .split(/[:\n]/)
    .filter(Boolean)
    .map(d => posix.resolve(env.workdir, d))
  for (let p: Loaded | undefined = obj; p; p = p.neededBy) dirs.push(...rpathOf(p, env.workdir))
  return [...dirs, ...sys]
}

function systemPath(env: ProcessEnv, loader: Musl): string[] {
  const r = env.tree.resolve(loader.pathFile)
  if (!r.ok || r.node.kind !== 'file') return MUSL_DEFAULT_PATH
  return (r.node.text ?? '').split(/[:\n]/).filter(Boolean)
}

export function loadWithMusl(
  env: ProcessEnv,
  loader: Musl,
  program: { path: string; node: FileNode; elf: ElfFacts },
  ctx: ProcessContext = {}
): LoadResult {
  const main: Loaded = { path: program.path, node: program.node, elf: program.elf }
  const objects: Loaded[] = [main]
  for (const path of ctx.preloaded ?? []) {
    const r = env.tree.resolve(path)
    if (!r.ok || r.node.kind !== 'file' || r.node.binary?.format !== 'elf') continue
    // A library loaded by its path goes by its base name afterwards (musl's shortname).
    objects.push({ path, node: r.node, elf: r.node.binary, shortname: posix.basename(path), preloaded: true })
  }
  const result: LoadResult = { libc: 'musl', missing: [], versions: [], unknown: [], loaded: 0 }
  const sys = systemPath(env, loader)
  breadthFirst(objects, result.unknown, (obj, name) => {
    if (RESERVED.test(name) || name === loader.interpreter) return
    if (!name.includes('/') && objects.some(o => o.shortname === name)) return
    const paths = name.includes('/')
      ? [posix.resolve(env.workdir, name)]
      : searchPath(env, obj, sys).map(d => posix.join(d, name))
    const missing: MissingLibrary = { name, neededBy: obj.path, skipped: [], reason: 'not-found' }
    let taken: Loaded | undefined
    for (const path of paths) {
      const r = env.tree.resolve(path)
      if (!r.ok || r.node.kind !== 'file') continue
      const verdict = muslTakes(r.node.binary, program.elf)
      if (!verdict.take) {
        missing.reason = 'fatal'
        missing.fatal = { path, error: 'fatal' in verdict ? verdict.fatal : verdict.skip }
      } else {
        taken = { path, node: r.node, elf: r.node.binary as ElfFacts, neededBy: obj }
        if (!name.includes('/')) taken.shortname = name
      }
      break
    }
    if (!taken) {
      result.missing.push(missing)
      return
    }
    const same = objects.find(o => o.node === taken.node)
    if (same) same.shortname ??= taken.shortname
    else objects.push(taken)
  })
  result.loaded = objects.length + 1 // the loader itself
  return result
}
