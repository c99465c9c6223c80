/**
 * Which kind of system a platform is, and so which rules can judge it. Linux images get every rule; Windows images
 * their own reading (inspect/windows.ts); other Unix-like systems the rules that hold for any ELF system (machine,
 * Go build info, exec, `#!`) but not the glibc/musl loader model; WebAssembly images the ones that hold for a module
 * (it runs on any architecture); any other OS nothing but its index and config, and a note saying so. Pure.
 */
import type { Platform } from '../platform.js'

export type OsFamily = 'linux' | 'windows' | 'unix' | 'wasm' | 'other'

/** Unix-like systems whose programs are ELF files started by execve (or Mach-O, for darwin: read, never judged). */
const UNIX = new Set(['freebsd', 'netbsd', 'openbsd', 'dragonfly', 'solaris', 'illumos', 'aix', 'darwin', 'android'])
/** WASI targets as runwasi and Docker name them (`wasi/wasm`, `wasip1/wasm`). */
const WASI = new Set(['wasi', 'wasip1', 'wasip2'])

export function osFamily(p: Pick<Platform, 'os' | 'architecture'>): OsFamily {
  if (p.os === 'linux') return 'linux'
  if (p.os === 'windows') return 'windows'
  if (WASI.has(p.os) || p.architecture === 'wasm' || p.architecture === 'wasm32') return 'wasm'
  return UNIX.has(p.os) ? 'unix' : 'other'
}

/** Every family: for rules that hold whatever the system (the index, the config, the build). */
export const ALL_OS: readonly OsFamily[] = ['linux', 'windows', 'unix', 'wasm', 'other']

/** Every family whose files are read: for rules about the command and the programs, whatever their format. */
export const FILES_OS: readonly OsFamily[] = ['linux', 'unix', 'windows', 'wasm']

/** What is not checked on a platform of each family, said once per platform as a note (undefined: everything is). */
export function notCheckedOn(p: Pick<Platform, 'os' | 'architecture'>): string | undefined {
  switch (osFamily(p)) {
    case 'linux':
    case 'windows':
      return undefined
    case 'unix':
      return (
        `On ${p.os}, programs are checked for their machine, Go build info and the entrypoint, but not against a ` +
        "loader: the libraries and native modules a program loads are judged only by glibc's and musl's rules, " +
        'which are Linux.'
      )
    case 'wasm':
      return (
        'A WebAssembly image is checked for its entrypoint, which must be a WebAssembly module (a module runs on ' +
        'any architecture); nothing else in it is judged.'
      )
    default:
      return `This tool has no rules for ${p.os} images: only the index and the image config were checked; no file was read.`
  }
}
