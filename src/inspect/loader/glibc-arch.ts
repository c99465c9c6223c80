/**
 * What each architecture's glibc loader searches by itself, as the real loaders say of themselves (`ld.so --help` of
 * Debian 12's and 13's loaders, recorded in test-env/loader/ld-so-help/ and held against this table by
 * loader-definitions.test.ts): the ld.so.cache ABI flags it accepts (sysdeps/generic/ldconfig.h, checked against the
 * caches ldconfig writes), its multiarch tuple, its glibc-hwcaps subdirectories, the legacy subdirectories glibc 2.36
 * still tries, and its system directories, which depend on the build (Debian's multiarch libc6, a biarch package
 * such as libc6-i386, another distribution's /lib64). Pure.
 */
import { posix } from 'node:path'
import type { ElfFacts } from '../../binary/elf.js'
import type { FileTree } from '../../image/filetree.js'

export interface GlibcArch {
  flags: number[]
  tuple: string
  /** glibc-hwcaps subdirectories, most preferred first (`--help`: "Subdirectories of glibc-hwcaps directories"). */
  hwcaps: string[]
  /**
   * The legacy hwcap names (HWCAP_IMPORTANT), in the order `--help` lists them under "Legacy HWCAP subdirectories",
   * `tls` and AT_PLATFORM aside. The recordings list every name, supported by the emulated CPU or not.
   */
  legacy: string[]
  /**
   * The values AT_PLATFORM can take (one per CPU; the recordings show the one QEMU or the host gives, the others are
   * the kernel's and glibc's: x86-64's `haswell` and `xeon_phi` are glibc's names for newer Intel CPUs).
   */
  platforms: string[]
  /** What `$PLATFORM` expands to on a baseline CPU. */
  platform: string
  /**
   * Where a build of this ABI that is not Debian's multiarch one keeps its libraries: Debian's biarch packages
   * (libc6-i386 in /lib32, libc6-amd64 in /lib64: recorded) and other distributions' 64-bit builds (/lib64).
   */
  libdir?: string
}

const EF_ARM_ABI_FLOAT_SOFT = 0x200
const EF_ARM_ABI_FLOAT_HARD = 0x400
const EF_MIPS_NAN2008 = 0x400

const ARM = { legacy: ['neon', 'vfp'], platforms: ['v5l', 'v6l', 'v7l', 'v8l'] }
const S390_PLATFORMS = ['z900', 'z990', 'z9-109', 'z10', 'z196', 'zEC12', 'z13', 'z14', 'z15', 'z16']

/** By machine (and for ARM and MIPS, the ABI that e_flags declare). */
export function glibcArch(elf: ElfFacts): GlibcArch | undefined {
  const le = elf.endian === 'little'
  const none = { hwcaps: [], legacy: [], platforms: [] }
  switch (elf.machine) {
    case 62:
      return elf.bits === 64
        ? {
            flags: [0x303],
            tuple: 'x86_64-linux-gnu',
            hwcaps: ['x86-64-v4', 'x86-64-v3', 'x86-64-v2'],
            legacy: ['avx512_1', 'x86_64'],
            platforms: ['x86_64', 'haswell', 'xeon_phi'],
            platform: 'x86_64',
            libdir: 'lib64'
          }
        : { ...none, flags: [0x803], tuple: 'x86_64-linux-gnux32', platform: 'x86_64', libdir: 'libx32' }
    case 183:
      return {
        flags: [0xa03],
        tuple: 'aarch64-linux-gnu',
        hwcaps: [],
        legacy: ['atomics'],
        platforms: ['aarch64'],
        platform: 'aarch64',
        libdir: 'lib64'
      }
    case 40:
      return elf.flags & EF_ARM_ABI_FLOAT_SOFT || !(elf.flags & EF_ARM_ABI_FLOAT_HARD)
        ? { ...ARM, hwcaps: [], flags: [0xb03, 0x003], tuple: 'arm-linux-gnueabi', platform: 'v5l' }
        : { ...ARM, hwcaps: [], flags: [0x903, 0x003], tuple: 'arm-linux-gnueabihf', platform: 'v7l' }
    case 3:
      return {
        flags: [0x001, 0x003],
        tuple: 'i386-linux-gnu',
        hwcaps: [],
        legacy: ['sse2'],
        platforms: ['i686', 'i586', 'i486', 'i386'],
        platform: 'i686',
        libdir: 'lib32'
      }
    case 21:
      return le
        ? {
            flags: [0x503],
            tuple: 'powerpc64le-linux-gnu',
            hwcaps: ['power10', 'power9'],
            legacy: ['altivec', 'dfp'],
            platforms: ['power8', 'power9', 'power10'],
            platform: 'power8',
            libdir: 'lib64'
          }
        : { ...none, flags: [0x503], tuple: 'powerpc64-linux-gnu', platform: 'power8', libdir: 'lib64' }
    case 22:
      return {
        flags: [0x403],
        tuple: 's390x-linux-gnu',
        hwcaps: ['z16', 'z15', 'z14', 'z13'],
        legacy: ['vxe2', 'vxe', 'vx', 'dfp', 'eimm', 'ldisp', 'zarch'],
        platforms: S390_PLATFORMS,
        platform: 'z900',
        libdir: 'lib64'
      }
    case 8:
      return elf.bits === 64
        ? {
            ...none,
            flags: [elf.flags & EF_MIPS_NAN2008 ? 0xe03 : 0x703],
            tuple: le ? 'mips64el-linux-gnuabi64' : 'mips64-linux-gnuabi64',
            platform: 'mips',
            libdir: 'lib64'
          }
        : {
            ...none,
            flags: [elf.flags & EF_MIPS_NAN2008 ? 0xc03 : 0x003, 0x001],
            tuple: le ? 'mipsel-linux-gnu' : 'mips-linux-gnu',
            platform: 'mips'
          }
    case 243:
      return { ...none, flags: [0x1003], tuple: 'riscv64-linux-gnu', platform: 'riscv64', libdir: 'lib64/lp64d' }
    case 258:
      return {
        ...none,
        flags: [0x1203, 0x001, 0x003],
        tuple: 'loongarch64-linux-gnu',
        platform: 'loongarch',
        libdir: 'lib64'
      }
    default:
      return undefined
  }
}

/**
 * The system directories of the build whose loader the image has, and what `$LIB` expands to there. Every
 * recorded loader says `/lib/TUPLE`, `/usr/lib/TUPLE`, `/lib`, `/usr/lib` (Debian's and Ubuntu's multiarch libc6),
 * except the biarch ones, which say `/lib32` or `/lib64`, `/usr/lib32` or `/usr/lib64`, `/lib`, `/usr/lib`. Which
 * build it is shows in where the loader's file really is. A loader in /lib64 in an image that also has the
 * multiarch directory may be either (Docker's `COPY` of the /lib64 link copies the multiarch loader there as a
 * file): then both builds' directories count, so that neither's libraries are called missing.
 */
export function systemDirs(tree: FileTree, interpreter: string, arch: GlibcArch): { system: string[]; lib: string } {
  const r = tree.resolve(posix.resolve('/', interpreter))
  const dir = posix.dirname(r.ok ? r.path : posix.resolve('/', interpreter)).replace(/^\/usr(?=\/)/, '')
  const multiarch = {
    system: [`/lib/${arch.tuple}`, `/usr/lib/${arch.tuple}`, '/lib', '/usr/lib'],
    lib: `lib/${arch.tuple}`
  }
  if (!arch.libdir || dir !== `/${arch.libdir}`) return multiarch
  const own = [`/${arch.libdir}`, `/usr/${arch.libdir}`]
  if (!tree.resolve(`/lib/${arch.tuple}`).ok && !tree.resolve(`/usr/lib/${arch.tuple}`).ok) {
    return { system: [...own, '/lib', '/usr/lib'], lib: arch.libdir }
  }
  return { system: [...multiarch.system, ...own], lib: multiarch.lib }
}
