/**
 * The dynamic loaders a program can name in PT_INTERP, and what each searches by itself (glibc's and musl's own
 * definitions; facts checked against the real loaders, see test-env/loader): which C library it is, which
 * ld.so.cache entries it accepts, its glibc-hwcaps and legacy subdirectories and its built-in system directories
 * (glibc-arch.ts, from `ld.so --help`). Pure.
 */
import { posix } from 'node:path'
import type { ElfFacts } from '../../binary/elf.js'
import type { FileTree } from '../../image/filetree.js'
import { glibcArch, systemDirs } from './glibc-arch.js'

export interface Glibc {
  libc: 'glibc'
  /** The PT_INTERP string, and the loader's own file as found in the image. */
  interpreter: string
  /** ld.so.cache entry flags this loader accepts (exactly). */
  cacheFlags: number[]
  /** glibc-hwcaps subdirectories tried in each directory before it, most preferred first. */
  hwcaps: string[]
  /**
   * glibc up to 2.36 also tries legacy subdirectories of each directory, every combination of `tls`, the AT_PLATFORM
   * name and the hwcap names (`tls/aarch64/atomics` ... `atomics`), as far as the CPU supports them (`ld.so --help`);
   * 2.37 removed them. Every name counts, whatever the CPU, so that a library a CPU would find there is never called
   * missing.
   */
  legacy: { platforms: string[]; names: string[] }
  /** The system directories built into this ld.so, in order. */
  system: string[]
  /** What `$LIB` expands to (no leading slash). */
  lib: string
  /** What `$PLATFORM` expands to on a baseline CPU of the architecture. */
  platform: string
}

export interface Musl {
  libc: 'musl'
  interpreter: string
  /** /etc/ld-musl-ARCH.path: its lines replace the default directories when the file exists. */
  pathFile: string
}

export type Loader = Glibc | Musl

/** musl's LDSO_ARCH for a machine: the name in /lib/ld-musl-ARCH.so.1 and /etc/ld-musl-ARCH.path. */
function muslArch(interpreter: string): string | undefined {
  return /ld-musl-([\w-]+)\.so\.1$/.exec(interpreter)?.[1]
}

/** The file a loader's path really is, as a musl file names itself: musl's loader, its libc, gcompat's shim. */
const MUSL_FILE =
  /(^|\/)(ld-musl-[\w-]+\.so\.1|libc\.musl-[\w-]+\.so\.1|libgcompat\.so[\w.]*)$|-linux-musl\w*\/libc\.so$/

/**
 * The musl behind a loader path that names something else: a gcompat or libc6-compat image links
 * `/lib64/ld-linux-x86-64.so.2` (glibc's name) to musl's loader, and what runs is musl, with musl's rules. Its
 * LDSO_ARCH is the one of the architecture's musl loader that is the same file, else its name in the target's.
 */
function muslBehind(tree: FileTree, interpreter: string): string | undefined {
  const real = tree.resolve(posix.resolve('/', interpreter))
  if (!real.ok || real.node.kind !== 'file') return undefined
  const direct = muslArch(real.path)
  if (direct) return direct
  if (!MUSL_FILE.test(real.path)) return undefined
  for (const candidate of ['/lib', '/usr/lib']) {
    for (const name of tree.list(candidate)) {
      const arch = muslArch(name)
      const r = arch ? tree.resolve(posix.join(candidate, name)) : undefined
      if (arch && r?.ok && r.node === real.node) return arch
    }
  }
  return /\/([\w]+)-linux-musl/.exec(real.path)?.[1]
}

/** Which C library a loader path really is (what the file is, not what it is called), if it is one of the two. */
export function libcOf(tree: FileTree, interpreter: string): 'glibc' | 'musl' | undefined {
  if (muslArch(interpreter) || muslBehind(tree, interpreter)) return 'musl'
  const r = tree.resolve(posix.resolve('/', interpreter))
  return r.ok && r.node.kind === 'file' ? 'glibc' : undefined
}

/** The loader a program names, with what it searches; undefined for a loader this model does not know. */
export function loaderFor(tree: FileTree, elf: ElfFacts, interpreter: string): Loader | undefined {
  const musl = muslArch(interpreter) ?? muslBehind(tree, interpreter)
  if (musl) {
    // The path file sits in ../etc from the loader's directory: /lib/ld-musl-x86_64.so.1 reads /etc/ld-musl-x86_64.path.
    const prefix = posix.dirname(posix.dirname(posix.resolve('/', interpreter)))
    return { libc: 'musl', interpreter, pathFile: posix.join(prefix, 'etc', `ld-musl-${musl}.path`) }
  }
  const arch = glibcArch(elf)
  if (!arch) return undefined
  const { system, lib } = systemDirs(tree, interpreter, arch)
  return {
    libc: 'glibc',
    interpreter,
    cacheFlags: arch.flags,
    hwcaps: arch.hwcaps,
    legacy: { platforms: arch.platforms, names: arch.legacy },
    system,
    lib,
    platform: arch.platform
  }
}

/** musl's built-in search path, used when the path file does not exist. */
export const MUSL_DEFAULT_PATH = ['/lib', '/usr/local/lib', '/usr/lib']
