/**
 * Native modules: shared objects a language runtime loads with dlopen, whatever their mode bits. Python extension
 * modules (site-packages, dist-packages, lib-dynload), Node.js addons (`*.node`, and the binaries of per-platform npm
 * packages such as @esbuild/linux-x64), Ruby extensions, Perl XS, PHP extensions, JNI libraries next to a Java
 * application, and plugins under the platform's own library directories (multiarch, and lib64 on 64-bit platforms).
 * For each, whether the runtime of this platform would load it, and so whether a foreign one breaks the image:
 *
 * - Python looks for `NAME` + each of its extension suffixes in order (`.cpython-311-aarch64-linux-gnu.so`,
 *   `.abi3.so`, `.so`) and loads the first that exists: a module tagged for another architecture is never loaded,
 *   but when it is the only build of that module, the module is missing on this platform.
 * - Node.js addons under a package's `prebuilds/`: the one node-gyp-build would choose loads (prebuilds.ts); the
 *   others are alternatives, and a package whose Linux prebuilds hold none for this platform fails to load.
 * - Other files named for an architecture (@img/sharp-linux-x64, x86_64-linux gem directories) are alternatives for
 *   that architecture: one is wrong only when no build for this platform stands beside it.
 * - Anything else a runtime loads by its path: a foreign one fails to load.
 *
 * Foreign files nothing here loads (another architecture's multiarch directory, cross-compilers' libraries, test
 * data, /usr/share) are not modules of this platform. Pure over the file tree.
 */
import { posix } from 'node:path'
import { ARCHITECTURES, archNamedIn, archNeutral, sameElfShape, type Architecture } from '../binary/arch.js'
import type { ElfFacts } from '../binary/elf.js'
import type { FileNode } from '../image/filetree.js'
import type { ModuleFacts, Runtime } from './facts.js'
import { choosePrebuild, prebuildTarget, type PrebuildTarget } from './prebuilds.js'
import { notShippedToRun } from './role.js'

export type { ModuleFacts, Runtime } from './facts.js'

const TUPLE_ARCH = new Map<string, Architecture>(
  Object.values(ARCHITECTURES).flatMap(a => a.tuples.map(t => [t, a] as [string, Architecture]))
)

/** Another architecture's multiarch or cross-compiler directory: its files are for programs of that architecture. */
function foreignArchDir(path: string, arch: Architecture): boolean {
  if (path.startsWith('/usr/lib/gcc-cross/')) return true
  const m = /^\/(?:usr\/)?(?:lib|lib32|lib64|libx32)\/([^/]+)\//.exec(path) ?? /^\/usr\/([^/]+)\//.exec(path)
  const dirArch = m?.[1] ? TUPLE_ARCH.get(m[1]) : undefined
  return dirArch !== undefined && dirArch.name !== arch.name
}

interface Candidate {
  path: string
  elf: ElfFacts
}

/** Python's extension module file names: NAME, then its tag (`cpython-311-x86_64-linux-gnu`, `abi3`, or none). */
const PY_EXT = /^([A-Za-z_]\w*)(?:\.(cpython-\d+[a-z]*-([\w]+-linux-[\w]+)|abi3))?\.so$/

function pythonModules(files: Candidate[], arch: Architecture, out: Map<string, ModuleFacts>): void {
  const groups = new Map<string, Array<{ f: Candidate; kind: 'tagged' | 'abi3' | 'plain'; tagArch?: string }>>()
  for (const f of files) {
    if (!/\/(site-packages|dist-packages|lib-dynload)\//.test(f.path)) continue
    const m = PY_EXT.exec(posix.basename(f.path))
    if (!m) continue
    const key = posix.join(posix.dirname(f.path), m[1] as string)
    const kind = m[3] ? 'tagged' : m[2] ? 'abi3' : 'plain'
    const build = { f, kind, ...(m[3] ? { tagArch: TUPLE_ARCH.get(m[3])?.name ?? m[3] } : {}) } as const
    groups.set(key, [...(groups.get(key) ?? []), build])
  }
  for (const [key, builds] of groups) {
    // This platform's Python tries its own tag, then .abi3.so, then .so, and loads the first that exists.
    const loaded =
      builds.find(b => b.kind === 'tagged' && b.tagArch === arch.name) ??
      builds.find(b => b.kind === 'abi3') ??
      builds.find(b => b.kind === 'plain')
    for (const b of builds) {
      const facts: ModuleFacts = { runtime: 'python', loaded: b === loaded, name: posix.basename(key) }
      if (!loaded) facts.noBuildForPlatform = true
      out.set(b.f.path, facts)
    }
  }
}

/** The package a file of node_modules belongs to (`node_modules/@img/sharp-linux-x64`), or its directory. */
function nodePackage(path: string): string {
  const m = /^(.*\/node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(path)
  return m?.[1] ?? posix.dirname(path)
}

/** A package's name as `require()` takes it (`@serialport/bindings-cpp`), or its directory's name. */
function nodeName(pkg: string): string {
  const at = pkg.lastIndexOf('/node_modules/')
  return at >= 0 ? pkg.slice(at + '/node_modules/'.length) : posix.basename(pkg)
}

const PREBUILT = /^(.*)\/prebuilds\/[^/]+\/[^/]+\.node$/

/**
 * Node.js addons in a package's `prebuilds/<platform>-<arch>/`: the one node-gyp-build chooses loads, the others are
 * passed over. A package with Linux prebuilds but none that node-gyp-build takes on this platform, and no other native
 * build of its own, fails to load: that is said once, on its first Linux prebuild.
 */
function prebuiltAddons(
  files: Candidate[],
  paths: string[],
  arch: Architecture,
  target: PrebuildTarget,
  out: Map<string, ModuleFacts>
): void {
  const packages = new Map<string, Candidate[]>()
  for (const f of files) {
    const pkg = PREBUILT.exec(f.path)?.[1]
    if (pkg !== undefined) packages.set(pkg, [...(packages.get(pkg) ?? []), f])
  }
  if (!packages.size) return
  const layout = paths.filter(p => /\/(build|prebuilds)\/[^/]+\/[^/]+$/.test(p))
  for (const [pkg, addons] of packages) {
    const own = (p: string): boolean => p.startsWith(`${pkg}/`) && !p.slice(pkg.length).includes('/node_modules/')
    const choice = choosePrebuild(pkg, layout.filter(own), target)
    for (const f of addons) out.set(f.path, { runtime: 'node', loaded: f.path === choice?.file, name: nodeName(pkg) })
    if (!choice || choice.file || !choice.has.length) continue
    // Another native build of the package's own (outside prebuilds/) may be what its loader takes: never guessed wrong.
    if (files.some(f => own(f.path) && !PREBUILT.test(f.path) && sameElfShape(f.elf, arch))) continue
    const { looksIn, has, wants } = choice
    const dirs = wants ? [looksIn] : has.map(t => `prebuilds/${t}`)
    const first = addons
      .map(f => f.path)
      .sort()
      .find(p => dirs.some(d => p.startsWith(`${pkg}/${d}/`)))
    const facts = first === undefined ? undefined : out.get(first)
    if (!facts) continue
    facts.noBuildForPlatform = true
    facts.prebuilds = { looksIn, has, ...(wants ? { wants } : {}) }
  }
}

/** Alternatives named for an architecture: wrong only when no build for this platform stands beside them. */
function labelled(
  files: Candidate[],
  arch: Architecture,
  runtime: Runtime,
  pick: (f: Candidate) => boolean,
  packageOf: (path: string) => string,
  out: Map<string, ModuleFacts>
): void {
  const mine = files.filter(pick)
  const nativeKeys = new Set(mine.filter(f => sameElfShape(f.elf, arch)).map(f => archNeutral(f.path)))
  const nativePackages = new Set(
    mine
      .filter(f => sameElfShape(f.elf, arch) && !archNamedIn(f.path.slice(packageOf(f.path).length)))
      .map(f => packageOf(f.path))
  )
  for (const f of mine) {
    const pkg = packageOf(f.path)
    const name = runtime === 'node' ? nodeName(pkg) : posix.basename(pkg)
    const named = archNamedIn(f.path)
    const facts: ModuleFacts = { runtime, loaded: true, name }
    if (named && named.name !== arch.name) {
      // An alternative for another architecture: this platform loads the build named for it, if there is one.
      facts.loaded = false
      if (!nativeKeys.has(archNeutral(f.path)) && !nativePackages.has(pkg)) facts.noBuildForPlatform = true
    }
    out.set(f.path, facts)
  }
}

/** The native modules among an image's ELF files, by path. */
export function findModules(
  files: Array<{ path: string; node: FileNode }>,
  archName: string,
  opts: { env?: string[] } = {}
): Map<string, ModuleFacts> {
  const out = new Map<string, ModuleFacts>()
  const arch = ARCHITECTURES[archName]
  if (!arch) return out
  const elf: Candidate[] = []
  for (const { path, node } of files) {
    if (node.binary?.format !== 'elf' || node.binary.type === 1) continue
    if (notShippedToRun(path) || foreignArchDir(path, arch)) continue
    elf.push({ path, elf: node.binary })
  }
  pythonModules(elf, arch, out)
  if (arch.node) {
    const paths = files.map(f => f.path)
    const target = prebuildTarget(arch.node, paths.includes('/etc/alpine-release'), opts.env ?? [])
    prebuiltAddons(elf, paths, arch, target, out)
  }
  const jarDirs = new Set(files.filter(f => f.path.endsWith('.jar')).map(f => posix.dirname(f.path)))
  const needed = new Set(elf.flatMap(f => f.elf.needed ?? []))
  // Debian's multiarch directories, and on 64-bit platforms lib64, the library directory of the RPM distributions
  // (Fedora, RHEL/UBI, Amazon Linux, SUSE: /usr/lib64/gconv, /usr/lib64/security). On a 32-bit platform lib64 holds
  // the 64-bit multilib, which its programs never load.
  const ownLibDirs = arch.tuples
    .flatMap(t => [`/usr/lib/${t}/`, `/lib/${t}/`])
    .concat(arch.bits === 64 ? ['/usr/lib64/', '/lib64/'] : [])
  const so = (p: string): boolean => /\.so(\.[\d.]+)?$/.test(p)
  const kinds: Array<{ runtime: Runtime; pick: (p: string) => boolean; packageOf: (p: string) => string }> = [
    { runtime: 'node', pick: p => p.endsWith('.node') || p.includes('/node_modules/'), packageOf: nodePackage },
    {
      runtime: 'ruby',
      pick: p => so(p) && /\/(gems|ruby)\//.test(p),
      packageOf: p => /^(.*\/gems\/[^/]+)\//.exec(p)?.[1] ?? posix.dirname(p)
    },
    { runtime: 'perl', pick: p => so(p) && /\/perl5?\/.*\/auto\//.test(p), packageOf: posix.dirname },
    { runtime: 'php', pick: p => so(p) && /\/php[\d.]*\/(extensions\/|\d{8})/.test(p), packageOf: posix.dirname },
    {
      runtime: 'java',
      pick: p => so(p) && (jarDirs.has(posix.dirname(p)) || jarDirs.has(posix.dirname(posix.dirname(p)))),
      packageOf: posix.dirname
    },
    // Plugins: shared objects in subdirectories of this platform's own library directories (gconv, security, …)
    // that nothing needs by name: a library another object needs is judged by what the loader makes of that need.
    {
      runtime: 'plugin',
      pick: p =>
        so(p) &&
        ownLibDirs.some(d => p.startsWith(d) && p.slice(d.length).includes('/')) &&
        !needed.has(posix.basename(p)),
      packageOf: posix.dirname
    }
  ]
  for (const k of kinds) labelled(elf, arch, k.runtime, f => !out.has(f.path) && k.pick(f.path), k.packageOf, out)
  return out
}
