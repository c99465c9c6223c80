/**
 * The npm packages installed in an image, as Node.js finds them: each package directory with its package.json facts,
 * its own files (not those of the packages nested in its node_modules), the loader facts of its JavaScript, and
 * `require()`'s resolution of a package name from a directory (each `node_modules` up the tree, symlinks followed, as
 * pnpm lays packages out). Pure over the file tree.
 */
import { posix } from 'node:path'
import type { FileNode, FileTree } from '../../image/filetree.js'
import type { LoaderSource } from './loader-source.js'
import type { NpmManifest } from './manifest.js'
import { append } from '../../maps.js'

export interface NpmPackage {
  /** Its directory, where its package.json is. */
  dir: string
  manifest: NpmManifest
  /** Its name as `require()` takes it: the manifest's, else its directory's. */
  name: string
  /** Its own files, by path relative to `dir`. */
  files: Map<string, FileNode>
  /** What its JavaScript says about loading native code. */
  loaders: LoaderSource[]
}

/** The package directory a path of node_modules belongs to (the last `node_modules/<name>` or `node_modules/@s/<name>`). */
export function packageDirOf(path: string): string | undefined {
  return /^(.*\/node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(path)?.[1]
}

/** The name a package directory stands for (`@img/sharp-linux-x64`). */
export function nameOfDir(dir: string): string {
  const at = dir.lastIndexOf('/node_modules/')
  return at >= 0 ? dir.slice(at + '/node_modules/'.length) : posix.basename(dir)
}

export class NpmTree {
  readonly packages = new Map<string, NpmPackage>()
  /** The applications' own package.json files (outside node_modules), by directory: what they depend on. */
  readonly roots = new Map<string, NpmManifest>()

  /** `files`: the tree's files, when the caller has listed them already. */
  constructor(
    private readonly tree: FileTree,
    files: Iterable<FileNode> = tree.files()
  ) {
    const byDir = new Map<string, FileNode[]>()
    for (const node of files) {
      const dir = packageDirOf(node.path)
      if (dir) append(byDir, dir, node)
      else if (node.pkg?.kind === 'npm' && tree.resolve(posix.join(posix.dirname(node.path), 'node_modules')).ok) {
        this.roots.set(posix.dirname(node.path), node.pkg.manifest)
      }
    }
    // Every directory of node_modules with files is a package; its package.json's facts when it has one (a
    // package.json too large or not valid JSON leaves the name of its directory).
    for (const [dir, nodes] of byDir) {
      const json = nodes.find(n => n.path === `${dir}/package.json`)?.pkg
      const manifest = json?.kind === 'npm' ? json.manifest : {}
      const pkg: NpmPackage = { dir, manifest, name: manifest.name ?? nameOfDir(dir), files: new Map(), loaders: [] }
      this.packages.set(dir, pkg)
      for (const n of nodes) {
        pkg.files.set(n.path.slice(dir.length + 1), n)
        if (n.pkg?.kind === 'js') pkg.loaders.push(n.pkg.loader)
      }
    }
  }

  /** The package `require(name)` finds from directory `from`: `node_modules/name` in it and each directory above. */
  resolve(from: string, name: string): NpmPackage | undefined {
    for (let dir = from; ; dir = posix.dirname(dir)) {
      if (posix.basename(dir) !== 'node_modules') {
        const r = this.tree.resolve(posix.join(dir, 'node_modules', name))
        const found = r.ok && r.node.kind === 'dir' ? this.packages.get(r.node.path) : undefined
        if (found) return found
      }
      if (dir === '/') return undefined
    }
  }
}
