/**
 * Python extension modules (`*.so` under site-packages, dist-packages and lib-dynload), as CPython's import system
 * finds them: in a directory, `NAME` plus each of `importlib.machinery.EXTENSION_SUFFIXES` in order
 * (`.cpython-311-aarch64-linux-gnu.so`, `.abi3.so`, `.so`), the first that exists loaded. A module tagged for another
 * architecture, or for the other libc, is never found: CPython's own tag names `linux-gnu` on glibc, and on musl
 * `linux-musl` from 3.13 on (`linux-gnu` before, as Alpine's CPython 3.11 still does). Each module belongs to its
 * distribution (the top directory under site-packages: `numpy`), so that one cause is one finding. Pure.
 */
import { posix } from 'node:path'
import { archOfTuple, type Architecture } from '../binary/arch.js'
import type { ElfFacts } from '../binary/elf.js'
import type { ModuleFacts } from './facts.js'
import type { Libc } from './targets.js'
import { append } from '../maps.js'

/** NAME, then its tag: `cpython-311[d]-TUPLE`, PyPy's `pypy310-pp73-TUPLE`, `abi3`, or none. */
const PY_EXT = /^([A-Za-z_]\w*)(?:\.(?:(?:cpython-(\d)(\d+)[a-z]*|pypy\d+-pp\d+)-([\w]+-linux-[\w]+)|(abi3)))?\.so$/
const SITE = /^(.*\/(?:site-packages|dist-packages|lib-dynload))\/(.*)$/

interface Build {
  path: string
  kind: 'tagged' | 'abi3' | 'plain'
  arch?: string
  /** The libc its tag names, and the tag itself (`x86_64-linux-musl`). */
  libc?: Libc
  tag?: string
  /** CPython's version in the tag (3.11 → [3, 11]). */
  version?: [number, number]
}

/** The libc word of a tag's tuple: `x86_64-linux-musl`, `arm-linux-musleabihf` are musl, the rest glibc. */
function tagLibc(tuple: string): Libc {
  return /-linux-musl/.test(tuple) ? 'musl' : 'glibc'
}

/** The libc a CPython of `version` names in its own tag when it runs on `libc` (musl's own tag from 3.13 on). */
function ownTagLibc(libc: Libc, version: [number, number] | undefined): Libc {
  if (libc === 'glibc') return 'glibc'
  if (!version) return 'musl'
  return version[0] > 3 || version[1] >= 13 ? 'musl' : 'glibc'
}

/** The distribution a module belongs to: its site directory's top entry (`numpy`, `yaml`, `_cffi_backend`). */
function distribution(path: string): { dir: string; name: string } | undefined {
  const m = SITE.exec(path)
  if (!m) return undefined
  const [site, rest] = [m[1] as string, m[2] as string]
  if (site.endsWith('lib-dynload')) return { dir: site, name: 'the standard library (lib-dynload)' }
  const top = rest.split('/')[0] as string
  const name = rest.includes('/') ? top : (PY_EXT.exec(top)?.[1] ?? top)
  return { dir: posix.join(site, rest.includes('/') ? top : name), name }
}

/**
 * The extension modules among ELF files, by path: which one of each name this platform's Python loads, and the
 * distribution each belongs to. `libc`: the C library Python runs on.
 */
export function pythonModules(
  files: Array<{ path: string; elf: ElfFacts }>,
  arch: Architecture,
  libc: Libc,
  out: Map<string, ModuleFacts>
): void {
  const groups = new Map<string, Build[]>()
  for (const f of files) {
    if (!SITE.test(f.path)) continue
    const m = PY_EXT.exec(posix.basename(f.path))
    if (!m) continue
    const key = posix.join(posix.dirname(f.path), m[1] as string)
    const tuple = m[4]
    const build: Build = { path: f.path, kind: tuple ? 'tagged' : m[5] ? 'abi3' : 'plain' }
    if (tuple) {
      build.arch = archOfTuple(tuple.replace(/-linux-musl\w*$/, '-linux-gnu'))?.name ?? archOfTuple(tuple)?.name
      build.libc = tagLibc(tuple)
      build.tag = tuple
      if (m[2] && m[3]) build.version = [Number(m[2]), Number(m[3])]
    }
    append(groups, key, build)
  }
  for (const [key, builds] of groups) {
    // This platform's Python tries its own tag, then .abi3.so, then .so, and loads the first that exists.
    const own = (b: Build): boolean => b.arch === arch.name && b.libc === ownTagLibc(libc, b.version)
    const loaded =
      builds.find(b => b.kind === 'tagged' && own(b)) ??
      builds.find(b => b.kind === 'abi3') ??
      builds.find(b => b.kind === 'plain')
    const dist = distribution(key + '.so')
    for (const b of builds) {
      const facts: ModuleFacts = { runtime: 'python', loaded: b === loaded, name: posix.basename(key) }
      if (dist) facts.package = { ecosystem: 'python', name: dist.name, path: dist.dir }
      if (!loaded) {
        facts.noBuildForPlatform = true
        // Only the other libc's build of this architecture: found by no Python here, whatever the machine.
        if (b.arch === arch.name && b.libc !== undefined && b.libc !== ownTagLibc(libc, b.version)) {
          facts.otherLibc = b.libc
        }
      }
      out.set(b.path, facts)
    }
  }
}
