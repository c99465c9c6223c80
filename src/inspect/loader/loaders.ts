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

/** The loader a program names, with what it searches; undefined for a loader this model does not know. */
export function loaderFor(tree: FileTree, elf: ElfFacts, interpreter: string): Loader | undefined {
  const musl = muslArch(interpreter)
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
