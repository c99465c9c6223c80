/**
 * The flattened file system of an image: layers applied in order with OCI whiteouts and opaque directories (the
 * semantics of go-containerregistry's mutate.Extract), and path resolution that follows symlinks inside the image
 * root, as the kernel would inside the container. A tree for a Windows image compares names as NTFS does, without
 * case (`foldCase`); it keeps each name as its layer wrote it. Pure.
 */
import type { LdCacheEntry } from '../inspect/loader/ld-cache.js'
import type { EntryMeta, LayerEntry } from './layer.js'

export interface FileNode extends EntryMeta {
  kind: 'file' | 'dir' | 'symlink' | 'other'
  /** The index of the layer that last wrote this entry. */
  layer?: number
  children?: Map<string, FileNode>
}

const WHITEOUT = '.wh.'
const OPAQUE = '.wh..wh..opq'
/** Linux gives up after 40 symlinks in one lookup (MAXSYMLINKS). */
const MAX_SYMLINKS = 40

/** A whiteout name used as a directory (`.wh.x/y`) is malformed: such entries are never shown (found by fuzzing). */
function malformed(parts: string[]): boolean {
  return parts.slice(0, -1).some(p => p.startsWith(WHITEOUT))
}

function split(path: string): string[] {
  return path.split('/').filter(p => p !== '' && p !== '.')
}

export type Resolution =
  | { ok: true; node: FileNode; path: string }
  | { ok: false; reason: 'not-found' | 'loop' | 'not-a-directory'; path: string }

export interface TreeOptions {
  /** Names are equal whatever their case (Windows). */
  foldCase?: boolean
}

/** A name as NTFS compares it: each UTF-16 unit upper-cased on its own (never `ß` → `SS`). */
function upcase(name: string): string {
  const up = name.toUpperCase()
  if (up.length === name.length) return up
  let out = ''
  for (const c of name) {
    const u = c.toUpperCase()
    out += u.length === c.length ? u : c
  }
  return out
}

export class FileTree {
  readonly root: FileNode = { kind: 'dir', path: '/', mode: 0o755, size: 0, uid: 0, gid: 0, children: new Map() }
  private readonly key: (name: string) => string
  private readonly foldCase: boolean

  constructor(opts: TreeOptions = {}) {
    this.foldCase = opts.foldCase === true
    this.key = this.foldCase ? upcase : name => name
  }

  /** Apply layers bottom to top. */
  static fromLayers(layers: LayerEntry[][], opts: TreeOptions = {}): FileTree {
    const tree = new FileTree(opts)
    layers.forEach((layer, i) => tree.apply(layer, i))
    return tree
  }

  /** Apply one layer: its whiteouts hide lower content first, then its entries are added in order. */
  apply(entries: LayerEntry[], layer?: number): void {
    for (const e of entries) {
      const parts = split(e.path)
      const base = parts[parts.length - 1]
      if (base === undefined || !base.startsWith(WHITEOUT) || malformed(parts)) continue
      const dir = this.lookupExact(parts.slice(0, -1))
      if (!dir?.children) continue
      if (base === OPAQUE) dir.children.clear()
      else dir.children.delete(this.key(base.slice(WHITEOUT.length)))
    }
    for (const e of entries) {
      const parts = split(e.path)
      const base = parts[parts.length - 1]
      if (base === undefined || base.startsWith(WHITEOUT) || malformed(parts)) continue
      this.add(parts, e, layer)
    }
  }

  private lookupExact(parts: string[]): FileNode | undefined {
    let node: FileNode | undefined = this.root
    for (const p of parts) node = node?.children?.get(this.key(p))
    return node
  }

  private add(parts: string[], e: LayerEntry, layer: number | undefined): void {
    const node = this.nodeFor(e)
    if (!node) return
    let dir = this.root
    for (let i = 0; i < parts.length - 1; i++) {
      const name = parts[i] as string
      let next = dir.children?.get(this.key(name))
      if (next?.kind === 'symlink') {
        // Extraction resolves parent directories inside the root (containerd's fs.RootPath), so a layer writing
        // /lib/x over a /lib -> usr/lib link writes /usr/lib/x.
        const r = this.resolve('/' + parts.slice(0, i + 1).join('/'))
        if (r.ok && r.node.kind === 'dir') next = r.node
      }
      if (!next || next.kind !== 'dir') {
        next = { kind: 'dir', path: '/' + parts.slice(0, i + 1).join('/'), mode: 0o755, size: 0, uid: 0, gid: 0 }
        next.children = new Map()
        dir.children?.set(this.key(name), next)
      }
      dir = next
    }
    const name = parts[parts.length - 1] as string
    const existing = dir.children?.get(this.key(name))
    if (layer !== undefined) node.layer = layer
    if (node.kind === 'dir' && existing?.kind === 'dir') {
      // A directory entry over a directory updates its metadata and keeps the lower children.
      node.children = existing.children
    }
    dir.children?.set(this.key(name), node)
  }

  /** The node an entry makes, or none for a hardlink to a missing file: extraction fails there (link(2) gets ENOENT). */
  private nodeFor(e: LayerEntry): FileNode | undefined {
    const base = { path: e.path, mode: e.mode, size: e.size, uid: e.uid, gid: e.gid }
    switch (e.type) {
      case 'dir':
        return { ...base, kind: 'dir', children: new Map() }
      case 'symlink':
        return { ...base, kind: 'symlink', linkname: e.linkname ?? '' }
      case 'hardlink': {
        const target = this.lookupExact(split(e.linkname ?? ''))
        return target?.kind === 'file' ? { ...target, path: e.path } : undefined
      }
      case 'file': {
        const node: FileNode = { ...base, kind: 'file' }
        if (e.binary) node.binary = e.binary
        if (e.sha256) node.sha256 = e.sha256
        if (e.text !== undefined) node.text = e.text
        if (e.pkg) node.pkg = e.pkg
        if (e.ldCache) node.ldCache = e.ldCache
        return node
      }
      default:
        return { ...base, kind: 'other' }
    }
  }

  /**
   * Resolve a path as the kernel does inside the container: every symlink is followed (absolute ones from the image
   * root), `..` never climbs above the root, and more than 40 links is a loop. `followLast` false stops at a final
   * symlink (lstat).
   */
  resolve(path: string, followLast = true): Resolution {
    let hops = 0
    const stack: FileNode[] = [this.root]
    let pending = split(path)
    while (pending.length > 0) {
      const name = pending.shift() as string
      const cur = stack[stack.length - 1] as FileNode
      if (name === '..') {
        if (stack.length > 1) stack.pop()
        continue
      }
      if (cur.kind !== 'dir') return { ok: false, reason: 'not-a-directory', path: cur.path }
      const child = cur.children?.get(this.key(name))
      if (!child) return { ok: false, reason: 'not-found', path: joinPath(stack, name) }
      if (child.kind === 'symlink' && (pending.length > 0 || followLast)) {
        if (++hops > MAX_SYMLINKS) return { ok: false, reason: 'loop', path: child.path }
        const target = child.linkname ?? ''
        if (target.startsWith('/')) stack.splice(1)
        pending = [...split(target), ...pending]
        continue
      }
      stack.push(child)
    }
    const node = stack[stack.length - 1] as FileNode
    return { ok: true, node, path: stack.length === 1 ? '/' : node.path }
  }

  /** Whether a path resolves (links followed) to a regular file. */
  isFile(path: string): boolean {
    const r = this.resolve(path)
    return r.ok && r.node.kind === 'file'
  }

  /** The names in a directory (after following links to it), as written, or [] when it is not one. */
  list(path: string): string[] {
    const r = this.resolve(path)
    if (!r.ok || r.node.kind !== 'dir') return []
    const entries = [...(r.node.children?.entries() ?? [])]
    // Folded keys are upper case: the name as written is the last part of the node's path.
    return entries.map(([k, c]) => (this.foldCase ? c.path.slice(c.path.lastIndexOf('/') + 1) || k : k)).sort()
  }

  /** The text kept for a loader configuration file, if the path is one and exists. */
  text(path: string): string | undefined {
    const r = this.resolve(path)
    return r.ok && r.node.kind === 'file' ? r.node.text : undefined
  }

  /** The parsed ld.so.cache, if the path is one and exists. */
  ldCache(path = '/etc/ld.so.cache'): LdCacheEntry[] | undefined {
    const r = this.resolve(path)
    return r.ok && r.node.kind === 'file' ? r.node.ldCache : undefined
  }

  /** Every regular file, depth first, in name order. */
  *files(): Generator<FileNode> {
    const walk = function* (dir: FileNode): Generator<FileNode> {
      const names = [...(dir.children?.keys() ?? [])].sort()
      for (const n of names) {
        const c = dir.children?.get(n) as FileNode
        if (c.kind === 'file') yield c
        else if (c.kind === 'dir') yield* walk(c)
      }
    }
    yield* walk(this.root)
  }
}

function joinPath(stack: FileNode[], name: string): string {
  const dir = (stack[stack.length - 1] as FileNode).path
  return dir === '/' ? `/${name}` : `${dir}/${name}`
}
