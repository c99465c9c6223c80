/**
 * Native modules: shared objects a language runtime loads with dlopen, whatever their mode bits, judged as the
 * process that loads them would load them, each by its own chooser:
 *
 * - Python extension modules, as CPython's import system finds them (python.ts);
 * - npm packages, as each package's own loader chooses its build (npm/): per-platform packages, prebuilds/,
 *   build/Release, node-pre-gyp's path, builds named per platform; what a loader passes over is not this platform's;
 * - a JDK's libraries, inside the JVM its launcher starts (jvm.ts): libjvm.so is loaded first, so their need for it
 *   is met, and those loaded only on demand (AWT, sound) are said to be;
 * - JNI natives inside jars (jar.ts), per jar;
 * - Ruby extensions, Perl XS, PHP extensions, JNI libraries next to a jar, and plugins under the platform's own
 *   library directories: builds named for an architecture are alternatives, wrong only when no build for this
 *   platform stands beside them; anything else a runtime loads by its path is judged by its ELF header.
 *
 * Foreign files nothing here loads (another architecture's multiarch directory, cross-compilers' libraries, test
 * data, /usr/share) are not modules of this platform. Each module and program of a package carries the package, so
 * that what is wrong with a package is one finding. Pure over the file tree.
 */
import { posix } from 'node:path'
import {
  ARCHITECTURES,
  archNamedIn,
  archOfTuple,
  archNeutral,
  sameElfShape,
  type Architecture
} from '../binary/arch.js'
import type { ElfFacts } from '../binary/elf.js'
import type { FileNode, FileTree } from '../image/filetree.js'
import { lookPath } from './dependencies.js'
import { DEFAULT_PATH } from './entrypoint.js'
import type { ModuleFacts, PackageFacts, PackageRef, Runtime } from './facts.js'
import { jarVerdicts } from './jar.js'
import { CORE_LIBRARIES, findJdks, jdkOf, type Jdk } from './jvm.js'
import { libcOf } from './loader/loaders.js'
import { chooseNative, type NodePlatform, type NpmModel } from './npm/choose.js'
import { prebuildTarget } from './npm/prebuilds.js'
import { NpmTree, nameOfDir, packageDirOf } from './npm/tree.js'
import { pythonModules } from './python.js'
import { notShippedToRun } from './role.js'
import type { Libc } from './targets.js'

export type { ModuleFacts, Runtime } from './facts.js'

/** Another architecture's multiarch or cross-compiler directory: its files are for programs of that architecture. */
function foreignArchDir(path: string, arch: Architecture): boolean {
  if (path.startsWith('/usr/lib/gcc-cross/')) return true
  const m = /^\/(?:usr\/)?(?:lib|lib32|lib64|libx32)\/([^/]+)\//.exec(path) ?? /^\/usr\/([^/]+)\//.exec(path)
  const dirArch = m?.[1] ? archOfTuple(m[1]) : undefined
  return dirArch !== undefined && dirArch.name !== arch.name
}

interface Candidate {
  path: string
  elf: ElfFacts
}

/** Alternatives named for an architecture: wrong only when no build for this platform stands beside them. */
function labelled(
  files: Candidate[],
  arch: Architecture,
  runtime: Runtime,
  pick: (f: Candidate) => boolean,
  packageOf: (path: string) => string,
  out: Map<string, ModuleFacts>,
  refOf: (pkg: string) => PackageRef | undefined = () => undefined
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
    const ref = refOf(pkg)
    const named = archNamedIn(f.path)
    const facts: ModuleFacts = { runtime, loaded: true, name: ref?.name ?? posix.basename(pkg) }
    if (ref) facts.package = ref
    if (named && named.name !== arch.name) {
      // An alternative for another architecture: this platform loads the build named for it, if there is one.
      facts.loaded = false
      if (!nativeKeys.has(archNeutral(f.path)) && !nativePackages.has(pkg)) facts.noBuildForPlatform = true
    }
    out.set(f.path, facts)
  }
}

/** What the runtimes of one platform image load: its native modules, and the packages that choose their own. */
export interface RuntimeModel {
  /** Native modules by path: which runtime loads them and whether it loads this very file. */
  modules: Map<string, ModuleFacts>
  /** Packages whose loaders choose their native builds (npm, jars): what they take, and what fails. */
  packages: PackageFacts[]
  /** The package each file of a package belongs to (node_modules, site-packages, a JDK), by path. */
  owners: Map<string, PackageRef>
}

export interface ModuleOptions {
  /** The image config's Env (LIBC and ARM_VERSION for node-gyp-build). */
  env?: string[]
  /** The PATH directories (where `node` is looked for). */
  searchPath?: string[]
}

/**
 * The C library a runtime of the image runs on: that of its `node` (the libc its PT_INTERP really is), else that of
 * the first of the architecture's loaders the image has (a glibc-named link to musl is musl), else glibc.
 */
function runtimeLibc(tree: FileTree, arch: Architecture, searchPath: string[], program?: string): Libc {
  const dirs = searchPath.length ? searchPath : DEFAULT_PATH.split(':')
  const bin = program ? dirs.map(d => posix.join(d, program)).find(p => lookPath(tree, p, [])) : undefined
  const r = bin ? tree.resolve(bin) : undefined
  const interp = r?.ok && r.node.binary?.format === 'elf' ? r.node.binary.interpreter : undefined
  const loader = interp ?? arch.loaders.find(l => tree.isFile(l))
  return (loader && libcOf(tree, loader)) || 'glibc'
}

function npmRef(npm: NpmTree, path: string): PackageRef | undefined {
  const dir = packageDirOf(path)
  if (!dir) return undefined
  const pkg = npm.packages.get(dir)
  return {
    ecosystem: 'npm',
    name: pkg?.name ?? nameOfDir(dir),
    path: dir,
    ...(pkg?.manifest.version ? { version: pkg.manifest.version } : {})
  }
}

/** Node.js addons and the programs of npm packages, as each package's loader chooses them. */
function nodeModules(
  tree: FileTree,
  files: FileNode[],
  elf: Candidate[],
  arch: Architecture,
  opts: ModuleOptions,
  out: Map<string, ModuleFacts>,
  owners: Map<string, PackageRef>
): NpmModel | undefined {
  if (!arch.node) return undefined
  const npm = new NpmTree(tree, files)
  const searchPath = opts.searchPath ?? []
  const node: NodePlatform = {
    arch,
    nodeArch: arch.node,
    libc: runtimeLibc(tree, arch, searchPath, 'node'),
    gyp: prebuildTarget(arch.node, tree.isFile('/etc/alpine-release'), opts.env ?? [])
  }
  const model = chooseNative(npm, node)
  for (const f of elf) {
    if (!f.path.includes('/node_modules/')) continue
    const ref = npmRef(npm, f.path)
    if (ref) owners.set(f.path, ref)
    const taker = model.takes.get(f.path)
    if (model.passes.has(f.path)) {
      out.set(f.path, {
        runtime: 'node',
        loaded: false,
        name: ref?.name ?? posix.basename(f.path),
        ...(ref ? { package: ref } : {})
      })
    } else if (taker) {
      const facts: ModuleFacts = { runtime: 'node', loaded: true, name: taker.name }
      facts.package = {
        ecosystem: 'npm',
        name: taker.name,
        path: taker.dir,
        ...(taker.version ? { version: taker.version } : {})
      }
      out.set(f.path, facts)
    }
  }
  const rest = elf.filter(f => !out.has(f.path) && (f.path.endsWith('.node') || f.path.includes('/node_modules/')))
  labelled(
    rest,
    arch,
    'node',
    () => true,
    p => packageDirOf(p) ?? posix.dirname(p),
    out,
    dir => npmRef(npm, `${dir}/x`)
  )
  return model
}

/** A JDK's libraries, in the process its launcher starts. */
function jdkModules(
  tree: FileTree,
  elf: Candidate[],
  out: Map<string, ModuleFacts>,
  owners: Map<string, PackageRef>
): Jdk[] {
  const jdks = findJdks(
    tree,
    elf.filter(f => f.path.endsWith('/bin/java')).map(f => f.path)
  )
  for (const f of elf) {
    const jdk = jdkOf(jdks, f.path)
    if (!jdk) continue
    const ref: PackageRef = { ecosystem: 'jdk', name: posix.basename(jdk.home), path: jdk.home }
    owners.set(f.path, ref)
    if (!/\.so$/.test(f.path) || !f.path.startsWith(`${jdk.home}/lib/`)) continue
    const base = posix.basename(f.path)
    const facts: ModuleFacts = { runtime: 'java', loaded: true, name: base, package: ref }
    if (jdk.otherVms.includes(f.path))
      facts.loaded = false // a VM jvm.cfg does not choose: never loaded
    else if (f.path !== jdk.vm && f.path !== jdk.jli) {
      facts.preloaded = [jdk.vm, jdk.jli].filter((p): p is string => p !== undefined)
      if (!CORE_LIBRARIES.has(base)) facts.onDemand = true
    }
    out.set(f.path, facts)
  }
  return jdks
}

/** The native modules of an image, and the packages that choose their own builds. */
export function findModules(tree: FileTree, archName: string, opts: ModuleOptions = {}): RuntimeModel {
  const modules = new Map<string, ModuleFacts>()
  const owners = new Map<string, PackageRef>()
  const arch = ARCHITECTURES[archName]
  if (!arch) return { modules, packages: [], owners }
  const files = [...tree.files()]
  const elf: Candidate[] = []
  for (const node of files) {
    if (node.binary?.format !== 'elf' || node.binary.type === 1) continue
    if (notShippedToRun(node.path) || foreignArchDir(node.path, arch)) continue
    elf.push({ path: node.path, elf: node.binary })
  }
  pythonModules(elf, arch, runtimeLibc(tree, arch, opts.searchPath ?? []), modules)
  for (const [path, m] of modules) if (m.package) owners.set(path, m.package)
  const npm = nodeModules(tree, files, elf, arch, opts, modules, owners)
  const jdks = jdkModules(tree, elf, modules, owners)
  const packages: PackageFacts[] = [...npmPackages(npm), ...jarVerdicts(tree, arch, files)]
  labelOthers(files, elf, arch, modules, owners, jdks)
  return { modules, packages, owners }
}

/** The npm packages with something to say: those that fail, or fall back, here. */
function npmPackages(model: NpmModel | undefined): PackageFacts[] {
  return (model?.verdicts ?? [])
    .filter(v => v.fails || v.fallback)
    .map(v => ({
      ecosystem: 'npm',
      name: v.name,
      path: v.dir,
      ...(v.version ? { version: v.version } : {}),
      layout: v.layout,
      ...(v.layer !== undefined ? { layer: v.layer } : {}),
      takes: v.takes,
      ...(v.fails ? { fails: v.fails } : {}),
      ...(v.fallback ? { fallback: v.fallback } : {}),
      ...(v.optionalFor ? { optionalFor: v.optionalFor } : {}),
      ...(v.dependents ? { dependents: v.dependents } : {})
    }))
}

/** Ruby, Perl, PHP, JNI next to a jar, plugins: builds named for an architecture are alternatives. */
function labelOthers(
  files: FileNode[],
  elf: Candidate[],
  arch: Architecture,
  out: Map<string, ModuleFacts>,
  owners: Map<string, PackageRef>,
  jdks: Jdk[]
): void {
  const jarDirs = new Set(files.filter(f => f.path.endsWith('.jar')).map(f => posix.dirname(f.path)))
  const needed = new Set(elf.flatMap(f => f.elf.needed ?? []))
  // Debian's multiarch directories, and on 64-bit platforms lib64, the library directory of the RPM distributions
  // (Fedora, RHEL/UBI, Amazon Linux, SUSE: /usr/lib64/gconv, /usr/lib64/security). On a 32-bit platform lib64 holds
  // the 64-bit multilib, which its programs never load.
  const ownLibDirs = arch.tuples
    .flatMap(t => [`/usr/lib/${t}/`, `/lib/${t}/`])
    .concat(arch.bits === 64 ? ['/usr/lib64/', '/lib64/'] : [])
  const so = (p: string): boolean => /\.so(\.[\d.]+)?$/.test(p)
  const gemOf = (p: string): string => /^(.*\/gems\/[^/]+)\//.exec(p)?.[1] ?? posix.dirname(p)
  const kinds: Array<{
    runtime: Runtime
    pick: (p: string) => boolean
    packageOf: (p: string) => string
    refOf?: (pkg: string) => PackageRef | undefined
  }> = [
    {
      runtime: 'ruby',
      pick: p => so(p) && /\/(gems|ruby)\//.test(p),
      packageOf: gemOf,
      refOf: pkg =>
        /\/gems\/[^/]+$/.test(pkg) ? { ecosystem: 'gem', name: posix.basename(pkg), path: pkg } : undefined
    },
    { runtime: 'perl', pick: p => so(p) && /\/perl5?\/.*\/auto\//.test(p), packageOf: posix.dirname },
    { runtime: 'php', pick: p => so(p) && /\/php[\d.]*\/(extensions\/|\d{8})/.test(p), packageOf: posix.dirname },
    {
      runtime: 'java',
      pick: p =>
        so(p) && !jdkOf(jdks, p) && (jarDirs.has(posix.dirname(p)) || jarDirs.has(posix.dirname(posix.dirname(p)))),
      packageOf: posix.dirname
    },
    // Plugins: shared objects in subdirectories of this platform's own library directories (gconv, security, …)
    // that nothing needs by name: a library another object needs is judged by what the loader makes of that need.
    {
      runtime: 'plugin',
      pick: p =>
        so(p) &&
        !jdkOf(jdks, p) &&
        ownLibDirs.some(d => p.startsWith(d) && p.slice(d.length).includes('/')) &&
        !needed.has(posix.basename(p)),
      packageOf: posix.dirname
    }
  ]
  for (const k of kinds) {
    labelled(elf, arch, k.runtime, f => !out.has(f.path) && k.pick(f.path), k.packageOf, out, k.refOf)
  }
  for (const [path, m] of out) if (m.package && !owners.has(path)) owners.set(path, m.package)
}
