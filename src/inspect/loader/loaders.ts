/**
 * The dynamic loaders a program can name in PT_INTERP, and what each searches by itself (glibc's and musl's own
 * definitions; facts checked against the real loaders, see test-env/loader): which C library it is, which
 * ld.so.cache entries it accepts (sysdeps/generic/ldconfig.h flags, `_DL_CACHE_DEFAULT_ID`), its glibc-hwcaps
 * subdirectories, and its built-in system directories (`ld.so --help`). Pure.
 */
import { posix } from 'node:path'
import type { ElfFacts } from '../../binary/elf.js'
import type { FileTree } from '../../image/filetree.js'

export interface Glibc {
  libc: 'glibc'
  /** The PT_INTERP string, and the loader's own file as found in the image. */
  interpreter: string
  /** ld.so.cache entry flags this loader accepts (exactly). */
  cacheFlags: number[]
  /** glibc-hwcaps subdirectories tried in each directory before it, most preferred first. */
  hwcaps: string[]
  /**
   * glibc up to 2.36 also tries legacy subdirectories of each directory (`tls`, the platform `x86_64`, `aarch64`,
   * capabilities such as `atomics`, `neon`), as far as the CPU supports them (`ld.so --help`); 2.37 removed them.
   * All plausible ones count, so that a library a CPU would find there is never called missing.
   */
  legacy: string[]
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

const EF_ARM_ABI_FLOAT_SOFT = 0x200
const EF_MIPS_NAN2008 = 0x400

interface GlibcArch {
  flags: number[]
  tuple: string
  hwcaps?: string[]
  legacy?: string[]
  platform: string
  /** Where upstream glibc puts 64-bit libraries when it is not Debian's multiarch layout. */
  lib64?: boolean
}

const ARM_LEGACY = ['v5l', 'v6l', 'v7l', 'v8l', 'neon', 'vfp', 'vfpv3', 'vfpd32', 'crunch', 'iwmmxt']

/** By machine (and for ARM, MIPS, the ABI that e_flags declare). */
function glibcArch(elf: ElfFacts): GlibcArch | undefined {
  const le = elf.endian === 'little'
  switch (elf.machine) {
    case 62:
      return elf.bits === 64
        ? {
            flags: [0x303],
            tuple: 'x86_64-linux-gnu',
            hwcaps: ['x86-64-v4', 'x86-64-v3', 'x86-64-v2'],
            legacy: ['x86_64', 'haswell', 'xeon_phi', 'avx512_1'],
            platform: 'x86_64',
            lib64: true
          }
        : { flags: [0x803], tuple: 'x86_64-linux-gnux32', platform: 'x86_64' }
    case 183:
      return {
        flags: [0xa03],
        tuple: 'aarch64-linux-gnu',
        platform: 'aarch64',
        lib64: true,
        legacy: ['aarch64', 'atomics']
      }
    case 40:
      return elf.flags & EF_ARM_ABI_FLOAT_SOFT || !(elf.flags & 0x400)
        ? { flags: [0xb03, 0x003], tuple: 'arm-linux-gnueabi', platform: 'v5l', legacy: ARM_LEGACY }
        : { flags: [0x903, 0x003], tuple: 'arm-linux-gnueabihf', platform: 'v7l', legacy: ARM_LEGACY }
    case 3:
      return {
        flags: [0x001, 0x003],
        tuple: 'i386-linux-gnu',
        platform: 'i686',
        legacy: ['i386', 'i486', 'i586', 'i686', 'sse2']
      }
    case 21:
      return le
        ? {
            flags: [0x503],
            tuple: 'powerpc64le-linux-gnu',
            hwcaps: ['power10', 'power9'],
            legacy: ['power8', 'power9', 'power10', 'altivec', 'dfp'],
            platform: 'power8',
            lib64: true
          }
        : { flags: [0x503], tuple: 'powerpc64-linux-gnu', platform: 'power8', lib64: true }
    case 22:
      return {
        flags: [0x403],
        tuple: 's390x-linux-gnu',
        hwcaps: ['z16', 'z15', 'z14', 'z13'],
        legacy: ['z900', 'z990', 'z9-109', 'z10', 'z196', 'zEC12', 'z13', 'z14', 'z15', 'z16', 'high_gprs'],
        platform: 'z900',
        lib64: true
      }
    case 8:
      return elf.bits === 64
        ? {
            flags: [elf.flags & EF_MIPS_NAN2008 ? 0xe03 : 0x703],
            tuple: le ? 'mips64el-linux-gnuabi64' : 'mips64-linux-gnuabi64',
            platform: 'mips',
            lib64: true
          }
        : {
            flags: [elf.flags & EF_MIPS_NAN2008 ? 0xc03 : 0x003, 0x001],
            tuple: le ? 'mipsel-linux-gnu' : 'mips-linux-gnu',
            platform: 'mips'
          }
    case 243:
      return { flags: [0x1003], tuple: 'riscv64-linux-gnu', platform: 'riscv64', lib64: true }
    case 258:
      return { flags: [0x1203, 0x001, 0x003], tuple: 'loongarch64-linux-gnu', platform: 'loongarch', lib64: true }
    default:
      return undefined
  }
}

/**
 * glibc's system directories are its slibdir and libdir: Debian (and Ubuntu) build them as /lib/TUPLE and
 * /usr/lib/TUPLE and add /lib and /usr/lib (`ld.so --help`); other distributions as /lib64 and /usr/lib64 (64-bit
 * Fedora, RHEL, SUSE) or /lib and /usr/lib. Which one an image has shows in where its ld.so really is.
 */
function systemDirs(tree: FileTree, interpreter: string, arch: GlibcArch): { system: string[]; lib: string } {
  const r = tree.resolve(posix.resolve('/', interpreter))
  const dir = r.ok ? posix.dirname(r.path) : posix.dirname(posix.resolve('/', interpreter))
  const debian = tree.resolve(`/lib/${arch.tuple}`).ok || tree.resolve(`/usr/lib/${arch.tuple}`).ok
  if (dir.endsWith(`/${arch.tuple}`) || (debian && !/\/lib64$/.test(dir))) {
    return { system: [`/lib/${arch.tuple}`, `/usr/lib/${arch.tuple}`, '/lib', '/usr/lib'], lib: `lib/${arch.tuple}` }
  }
  if (arch.lib64 && /\/lib64$/.test(dir)) return { system: ['/lib64', '/usr/lib64'], lib: 'lib64' }
  return { system: ['/lib', '/usr/lib'], lib: 'lib' }
}

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
    hwcaps: arch.hwcaps ?? [],
    legacy: ['tls', ...(arch.legacy ?? [])],
    system,
    lib,
    platform: arch.platform
  }
}

/** musl's built-in search path, used when the path file does not exist. */
export const MUSL_DEFAULT_PATH = ['/lib', '/usr/local/lib', '/usr/lib']
