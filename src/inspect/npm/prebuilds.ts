/**
 * Which of a package's prebuilt Node.js addons node-gyp-build loads (prebuildify's layout, node-gyp-build 4.x's
 * selection, as its source does it):
 *
 * 1. the first `.node` file of `build/Release`, then of `build/Debug`, when there is one;
 * 2. else, among the directories `prebuilds/<platform>-<arch>[+<arch>…]`, the one for `linux` that names the
 *    platform's Node.js architecture (`x64`, `arm64`, …), fewest architectures first. Only that directory is looked in;
 * 3. in it, the `.node` files whose dot-separated tags do not rule them out, the most specific first: a `glibc` or
 *    `musl` tag must be the image's libc as node-gyp-build tells it (`LIBC` from the environment, else musl when
 *    `/etc/alpine-release` exists, else glibc), an `armvN` tag the ARM version (`ARM_VERSION`, else 8 on arm64).
 *
 * Nothing else rules a file out here: runtime (`node`, `electron`), ABI (`abi115`) and libuv tags depend on the Node.js
 * binary and on the node-gyp-build version installed (before 4.8 an untagged runtime did not match), and 32-bit ARM's
 * version is Node.js's own build setting; a rule that cannot be sure does not fire. Pure over paths.
 */
import { posix } from 'node:path'
import { append } from '../../maps.js'

/** What node-gyp-build is told about the platform. */
export interface PrebuildTarget {
  /** Node.js's `process.arch`. */
  arch: string
  libc: 'glibc' | 'musl'
  /** The ARM version it wants, when it is known (arm64: 8). */
  armv?: string
}

export interface PrebuildChoice {
  /** The file node-gyp-build loads, if it finds one. */
  file?: string
  /** The prebuilds directory it looks in (`prebuilds/linux-arm64`), or would look in when the package has none. */
  looksIn: string
  /** The Linux directories the package has (`linux-arm64`, `linux-x64`). */
  has: string[]
  /** The tag no file of its directory has, when that directory has files but none for this libc or ARM version. */
  wants?: string
}

/** The environment's word first, as node-gyp-build reads `process.env`. */
export function prebuildTarget(nodeArch: string, alpine: boolean, env: string[]): PrebuildTarget {
  const value = (name: string): string | undefined =>
    env.find(e => e.startsWith(`${name}=`))?.slice(name.length + 1) || undefined
  const libc = value('LIBC') ?? (alpine ? 'musl' : 'glibc')
  const armv = value('ARM_VERSION') ?? (nodeArch === 'arm64' ? '8' : undefined)
  return { arch: nodeArch, libc: libc === 'musl' ? 'musl' : 'glibc', ...(armv ? { armv } : {}) }
}

interface Tuple {
  name: string
  platform: string
  archs: string[]
}

function parseTuple(name: string): Tuple | undefined {
  const parts = name.split('-')
  if (parts.length !== 2 || !parts[0]) return undefined
  const archs = (parts[1] as string).split('+')
  return archs.every(Boolean) ? { name, platform: parts[0], archs } : undefined
}

interface Tags {
  file: string
  runtime?: string
  abi?: boolean
  libc?: string
  armv?: string
  specificity: number
}

function parseTags(file: string): Tags | undefined {
  const parts = file.split('.')
  if (parts.pop() !== 'node') return undefined
  const tags: Tags = { file, specificity: 0 }
  for (const tag of parts) {
    if (tag === 'node' || tag === 'electron' || tag === 'node-webkit') tags.runtime = tag
    else if (tag.startsWith('abi')) tags.abi = true
    else if (tag.startsWith('armv')) tags.armv = tag.slice(4)
    else if (tag === 'glibc' || tag === 'musl') tags.libc = tag
    else if (tag !== 'napi' && !tag.startsWith('uv')) continue
    tags.specificity++
  }
  return tags
}

/** node-gyp-build's order: its own runtime's builds, then ABI-specific over N-API, then the most tags. */
function compareTags(a: Tags, b: Tags): number {
  if (a.runtime !== b.runtime) return a.runtime === 'node' ? -1 : b.runtime === 'node' ? 1 : 0
  if (Boolean(a.abi) !== Boolean(b.abi)) return a.abi ? -1 : 1
  return b.specificity - a.specificity
}

/**
 * node-gyp-build's choice for one package, from the paths of its files under `prebuilds/` (`pkg` is the package's
 * directory). Undefined when the package has a `build/Release` or `build/Debug` addon, which it loads instead.
 */
export function choosePrebuild(pkg: string, paths: string[], target: PrebuildTarget): PrebuildChoice | undefined {
  const dirs = new Map<string, string[]>()
  for (const p of paths) {
    const rel = p.slice(pkg.length + 1).split('/')
    if (rel.length === 3 && (rel[0] === 'build' || rel[0] === 'prebuilds')) {
      const key = `${rel[0]}/${rel[1] as string}`
      append(dirs, key, rel[2] as string)
    }
  }
  const built = ['build/Release', 'build/Debug'].some(d => dirs.get(d)?.some(f => f.endsWith('.node')))
  if (built) return undefined
  const tuples = [...dirs.keys()]
    .filter(d => d.startsWith('prebuilds/'))
    .map(d => parseTuple(d.slice('prebuilds/'.length)))
    .filter((t): t is Tuple => t?.platform === 'linux')
  const has = tuples.map(t => t.name).sort()
  const mine = tuples.filter(t => t.archs.includes(target.arch)).sort((a, b) => a.archs.length - b.archs.length)[0]
  if (!mine) return { looksIn: `prebuilds/linux-${target.arch}`, has }
  const looksIn = `prebuilds/${mine.name}`
  const tags = (dirs.get(looksIn) ?? [])
    .sort()
    .map(parseTags)
    .filter((t): t is Tags => t !== undefined)
  const fits = tags.filter(
    t => (!t.libc || t.libc === target.libc) && (!t.armv || !target.armv || t.armv === target.armv)
  )
  const winner = fits.sort(compareTags)[0]
  if (winner) return { file: posix.join(pkg, looksIn, winner.file), looksIn, has }
  const wants = tags.some(t => t.libc && t.libc !== target.libc) ? `libc=${target.libc}` : `armv=${target.armv ?? ''}`
  return { looksIn, has, ...(tags.length ? { wants } : {}) }
}
