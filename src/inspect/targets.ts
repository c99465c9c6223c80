/**
 * The platform a name is for: npm's per-platform package names (`@esbuild/linux-arm64`, `@rollup/rollup-linux-x64-musl`,
 * `@img/sharp-linuxmusl-x64`, `turbo-linux-64`, `@node-llama-cpp/linux-x64-cuda`), the directories and file names
 * packages keep one build per platform under (`bin/napi-v3/linux/arm64/`, `musl_x64/koffi.node`,
 * `sentry_cpu_profiler-linux-x64-glibc-115.node`) and JNI natives inside jars (`com/sun/jna/linux-aarch64/`,
 * `META-INF/native/libnetty_transport_native_epoll_aarch_64.so`). Loaders that choose among such builds build these
 * names from the running platform, so reading them back tells which build a loader takes where. Pure.
 */
import { archNamedIn, archNeutral, type Architecture } from '../binary/arch.js'

export type Os = 'linux' | 'darwin' | 'win32' | 'freebsd' | 'openbsd' | 'netbsd' | 'android' | 'sunos' | 'aix' | 'wasi'
export type Libc = 'glibc' | 'musl'

export interface Target {
  os?: Os
  arch?: Architecture
  /** Whether the name is for the WebAssembly build (`wasm32-wasi`), which runs on any CPU. */
  wasm?: boolean
  libc?: Libc
  /** A GPU build (`cuda`, `vulkan`, `rocm`...): its loader takes it only when it finds that GPU. */
  gpu?: string
}

const OS_WORDS: Array<[RegExp, Os]> = [
  [/^(linux|linuxmusl|linux64|linux32)$/, 'linux'],
  [/^(darwin|macos|osx|mac)$/, 'darwin'],
  [/^(win32|win64|windows|win)$/, 'win32'],
  [/^freebsd$/, 'freebsd'],
  [/^openbsd$/, 'openbsd'],
  [/^netbsd$/, 'netbsd'],
  [/^android$/, 'android'],
  [/^(sunos|solaris)$/, 'sunos'],
  [/^aix$/, 'aix'],
  [/^wasi$/, 'wasi']
]

const GPU = /^(cuda\d*|vulkan|rocm|hip|metal|opencl|cublas|cudnn)$/

/** The words of a name: lower case, split where a package or file name separates them. */
function words(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
}

/**
 * The platform `name` names, as far as it names one: its OS, architecture (any of its names, `64` right after an OS
 * meaning x64 as turbo and rocksdb write it), libc (`musl`, `linuxmusl`, `gnu`, `glibc`, musleabihf) and GPU.
 */
export function targetIn(name: string): Target {
  const t: Target = {}
  const ws = words(name)
  for (const [i, w] of ws.entries()) {
    const os = OS_WORDS.find(([re]) => re.test(w))?.[1]
    if (os && !t.os) {
      t.os = os
      if (w === 'linuxmusl') t.libc = 'musl'
      if (w === 'linux64' || (ws[i + 1] === '64' && !t.arch)) t.arch = archNamedIn('x64')
      continue
    }
    if (/^musl(eabi|eabihf)?$/.test(w)) t.libc = 'musl'
    else if (/^(gnu|glibc|gnueabi|gnueabihf)$/.test(w)) t.libc ??= 'glibc'
    else if (w === 'wasm32' || w === 'wasm') t.wasm = true
    else if (GPU.test(w)) t.gpu = w
  }
  if (/(^|[^a-z0-9])(wasm32-wasi|wasm32_wasi)/i.test(name)) t.wasm = true
  // Architecture names with separators of their own (x86_64, aarch_64, x86-64, arm-linux-gnueabihf) are found whole.
  const arch = t.arch ?? archNamedIn(name.replace(/aarch_64/gi, 'aarch64'))
  if (arch) t.arch = arch
  return t
}

/** Whether a name names a platform at all (an OS or an architecture). */
export function namesTarget(t: Target): boolean {
  return t.os !== undefined || t.arch !== undefined || t.wasm === true
}

const TARGET_WORD =
  /^(linux|linuxmusl|linux64|linux32|darwin|macos|osx|mac|win32|win64|windows|win|freebsd|openbsd|netbsd|android|sunos|solaris|aix|wasi|musl|musleabi|musleabihf|gnu|glibc|gnueabi|gnueabihf|msvc|eabi|eabihf|wasm32|universal)$/

/**
 * A name with its platform taken out, so that the builds of every platform compare equal: its OS, architecture and
 * libc words removed (`@img/sharp-linuxmusl-x64` and `@img/sharp-darwin-arm64` are both `@img/sharp`; GPU words stay:
 * `@node-llama-cpp/linux-x64-cuda` is `@node-llama-cpp/cuda`).
 */
export function withoutTarget(name: string): string {
  const plain = name
    .replace(/aarch_64/gi, 'aarch64')
    .replace(/(^|[^a-z0-9])(linux|darwin|win32)-64(?![a-z0-9])/gi, '$1$2')
  const noArch = archNeutral(plain).replace(/\{arch\}/g, '')
  return noArch
    .split(/([^a-zA-Z0-9]+)/)
    .filter(w => !TARGET_WORD.test(w.toLowerCase()))
    .join('')
    .replace(/[^a-zA-Z0-9]*([^a-zA-Z0-9])/g, '$1')
    .replace(/[^a-zA-Z0-9]+$/, '')
}
