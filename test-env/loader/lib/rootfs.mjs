/**
 * A merged-/usr Debian 12 (or 13) root file system from .deb files: each package is unpacked (dpkg-deb -x) into a staging
 * tree, the staging tree's /bin, /sbin, /lib, /lib64 ... are moved under /usr, and those top-level names become the
 * symlinks a real Debian 12 image has (bin -> usr/bin). Then the target's own ldconfig runs in the chroot, as dpkg's
 * libc-bin trigger would, to write /etc/ld.so.cache.
 */
import {
  chmodSync,
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  symlinkSync,
  unlinkSync,
  writeFileSync
} from 'node:fs'
import { dirname, join } from 'node:path'
import { inChroot, pool, run } from './util.mjs'

const MERGED = ['bin', 'sbin', 'lib', 'lib32', 'lib64', 'libx32', 'libo32']

const isSymlink = p => {
  try {
    return lstatSync(p).isSymbolicLink()
  } catch {
    return false
  }
}

export async function buildRootfs(debs, root, { runLdconfig = true } = {}) {
  const staging = `${root}.staging`
  await run(['rm', '-rf', root, staging])
  mkdirSync(staging, { recursive: true })
  // dpkg-deb -x extracts on top of what is there; each package into its own tree first would be slower, and
  // Debian 12's packages do not overlap (dpkg would refuse).
  await pool(debs, deb => run(['dpkg-deb', '-x', deb, staging], { check: true }), 2)
  for (const top of MERGED) {
    const src = join(staging, top)
    if (!existsSync(src) || lstatSync(src).isSymbolicLink()) continue
    mkdirSync(join(staging, 'usr', top), { recursive: true })
    await run(['cp', '-a', `${src}/.`, join(staging, 'usr', top) + '/'], { check: true })
    await run(['rm', '-rf', src], { check: true })
  }
  for (const top of MERGED) {
    // Debian 13's base-files ships these symlinks itself (bin -> usr/bin, lib64 -> usr/lib64 on amd64): keep them.
    if (isSymlink(join(staging, top))) continue
    if (existsSync(join(staging, 'usr', top)) || ['bin', 'sbin', 'lib'].includes(top)) {
      mkdirSync(join(staging, 'usr', top), { recursive: true })
      symlinkSync(`usr/${top}`, join(staging, top))
    }
  }
  for (const d of ['tmp', 'root', 'proc', 'sys', 'dev', 'run', 'var/tmp', 'etc', 'usr/local/bin', 'usr/local/lib'])
    mkdirSync(join(staging, d), { recursive: true })
  chmodSync(join(staging, 'tmp'), 0o1777)
  chmodSync(join(staging, 'var/tmp'), 0o1777)
  chmodSync(join(staging, 'root'), 0o700)
  // What base-passwd's and base-files' maintainer scripts would write.
  for (const [master, target] of [
    ['usr/share/base-passwd/passwd.master', 'etc/passwd'],
    ['usr/share/base-passwd/group.master', 'etc/group']
  ])
    if (existsSync(join(staging, master)) && !existsSync(join(staging, target)))
      copyFileSync(join(staging, master), join(staging, target))
  await alternatives(debs, staging)
  renameSync(staging, root)
  if (runLdconfig) await ldconfig(root)
}

/**
 * What the packages' postinst scripts do with `update-alternatives --install LINK NAME PATH PRIORITY` (Debian's
 * libblas3 and liblapack3 give numpy its libblas.so.3 and liblapack.so.3 this way; mawk gives /usr/bin/awk):
 * LINK -> /etc/alternatives/NAME -> PATH, the highest priority whose PATH is there. Only literal paths are taken.
 */
async function alternatives(debs, root) {
  const best = new Map()
  const scripts = await pool(debs, deb => run(['dpkg-deb', '-I', deb, 'postinst']), 4)
  for (const r of scripts) {
    if (r.exit !== 0) continue
    const text = r.stdout.replace(/\\\n/g, ' ')
    for (const m of text.matchAll(/update-alternatives\s+--install\s+(\S+)\s+(\S+)\s+(\S+)\s+(\d+)/g)) {
      const [, linkPath, name, path, prio] = m
      if ([linkPath, name, path].some(x => x.includes('$') || x.includes('"'))) continue
      if (!existsSync(join(root, path))) continue
      const cur = best.get(name)
      if (!cur || Number(prio) > cur.prio) best.set(name, { link: linkPath, path, prio: Number(prio) })
    }
  }
  for (const [name, a] of best) {
    mkdirSync(join(root, 'etc/alternatives'), { recursive: true })
    link(root, `/etc/alternatives/${name}`, a.path)
    if (!existsSync(join(root, a.link))) link(root, a.link, `/etc/alternatives/${name}`)
  }
}

/** Device nodes a container runtime provides (perl opens /dev/null), added for the oracle's runs only. */
export async function addDevNodes(root) {
  const nodes = [
    ['null', 3],
    ['zero', 5],
    ['random', 8],
    ['urandom', 9]
  ]
  for (const [name, minor] of nodes) {
    const p = join(root, 'dev', name)
    if (!existsSync(p)) await run(['mknod', '-m', '666', p, 'c', '1', String(minor)], { check: true })
  }
  return async () => {
    for (const [name] of nodes) await run(['rm', '-f', join(root, 'dev', name)])
  }
}

/** Runs the image's own ldconfig (static; under QEMU for a foreign architecture). */
export async function ldconfig(root) {
  const r = await inChroot(root, ['/sbin/ldconfig'], { timeoutMs: 300_000 })
  if (r.exit !== 0) throw new Error(`ldconfig in ${root} exited ${r.exit}: ${r.stderr}`)
  return r
}

/** A copy of a clean root that shares file data through hard links; change files only through the helpers below. */
export async function cloneRootfs(clean, root) {
  await run(['rm', '-rf', root])
  mkdirSync(dirname(root), { recursive: true })
  await run(['cp', '-al', clean, root], { check: true })
}

/** Removes a file or symlink from a cloned root (unlink: the clean root keeps its link). */
export function remove(root, path) {
  const p = join(root, path)
  try {
    lstatSync(p)
  } catch {
    throw new Error(`remove: ${path} is not in ${root}`)
  }
  return run(['rm', '-rf', p], { check: true })
}

/** Writes file bytes at `path` as a new inode (never through a shared hard link). */
export function putFile(root, path, bytes, mode = 0o644) {
  const p = join(root, path)
  mkdirSync(dirname(p), { recursive: true })
  try {
    unlinkSync(p)
  } catch {
    /* absent */
  }
  writeFileSync(p, bytes, { mode })
  chmodSync(p, mode)
}

/** Copies a real file (following symlinks) into the root as a new inode. */
export function copyIn(root, path, from, mode) {
  const st = lstatSync(from)
  putFile(root, path, readFileSync(from), mode ?? st.mode & 0o7777)
}

export function link(root, path, target) {
  const p = join(root, path)
  mkdirSync(dirname(p), { recursive: true })
  try {
    unlinkSync(p)
  } catch {
    /* absent */
  }
  symlinkSync(target, p)
}

/** Unpacks one .deb into a temporary tree (for taking single files from another architecture or release). */
export async function unpackDeb(deb, dir) {
  mkdirSync(dir, { recursive: true })
  await run(['dpkg-deb', '-x', deb, dir], { check: true })
  return dir
}

function entries(root, rel = '', out = new Map()) {
  let names
  try {
    names = readdirSync(join(root, rel))
  } catch {
    return out
  }
  for (const name of names) {
    const r = `${rel}/${name}`
    const st = lstatSync(join(root, r))
    if (st.isDirectory()) {
      out.set(r, { type: 'dir' })
      entries(root, r, out)
    } else if (st.isSymbolicLink()) out.set(r, { type: 'symlink', target: readlinkSync(join(root, r)) })
    else out.set(r, { type: 'file', ino: st.ino, mode: st.mode & 0o7777 })
  }
  return out
}

/** What a scenario changed in its hard-linked copy: added, removed and replaced entries (image paths). */
export function diffRoots(clean, root) {
  const a = entries(clean)
  const b = entries(root)
  const changes = []
  for (const [p, e] of b) {
    const o = a.get(p)
    if (!o) changes.push({ path: p, change: 'added', type: e.type, ...(e.target ? { target: e.target } : {}) })
    else if (
      o.type !== e.type ||
      (e.type === 'file' && (o.ino !== e.ino || o.mode !== e.mode)) ||
      (e.type === 'symlink' && o.target !== e.target)
    )
      changes.push({ path: p, change: 'replaced', type: e.type, ...(e.target ? { target: e.target } : {}) })
  }
  for (const [p, e] of a) if (!b.has(p)) changes.push({ path: p, change: 'removed', type: e.type })
  // A removed directory's children are implied.
  const removedDirs = changes.filter(c => c.change === 'removed' && c.type === 'dir').map(c => c.path + '/')
  return changes
    .filter(c => !(c.change === 'removed' && removedDirs.some(d => c.path.startsWith(d))))
    .sort((x, y) => (x.path < y.path ? -1 : 1))
}
