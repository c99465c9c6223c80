/**
 * Just enough ELF to pick the files the loader is asked about: class, byte order, machine, type, PT_INTERP and
 * whether there is a PT_DYNAMIC. The oracle's answers come from the real loader, never from here.
 */
import { closeSync, openSync, readSync, readdirSync, readlinkSync, lstatSync } from 'node:fs'
import { join, posix } from 'node:path'

const normalize = p => posix.normalize(p)

const PT_DYNAMIC = 2
const PT_INTERP = 3

function readAt(fd, pos, len) {
  const b = Buffer.alloc(len)
  const n = readSync(fd, b, 0, len, pos)
  return b.subarray(0, n)
}

/** The header facts of `file`, or null when it is not ELF. */
export function elfInfo(file) {
  let fd
  try {
    fd = openSync(file, 'r')
  } catch {
    return null
  }
  try {
    const h = readAt(fd, 0, 64)
    if (h.length < 52 || h.readUInt32BE(0) !== 0x7f454c46) return null
    const cls = h[4] === 2 ? 64 : h[4] === 1 ? 32 : 0
    const le = h[5] === 1
    if (!cls || (h[5] !== 1 && h[5] !== 2)) return { bad: true }
    const u16 = (b, o) => (le ? b.readUInt16LE(o) : b.readUInt16BE(o))
    const u32 = (b, o) => (le ? b.readUInt32LE(o) : b.readUInt32BE(o))
    const u64 = (b, o) => Number(le ? b.readBigUInt64LE(o) : b.readBigUInt64BE(o))
    const type = u16(h, 16)
    const machine = u16(h, 18)
    const phoff = cls === 64 ? u64(h, 32) : u32(h, 28)
    const phentsize = u16(h, cls === 64 ? 54 : 42)
    const phnum = u16(h, cls === 64 ? 56 : 44)
    let interp = null
    let dynamic = false
    let rpath = false
    if (phoff && phnum && phentsize && phnum < 256) {
      const ph = readAt(fd, phoff, phentsize * phnum)
      for (let i = 0; i < phnum && (i + 1) * phentsize <= ph.length; i++) {
        const o = i * phentsize
        const ptype = u32(ph, o)
        if (ptype === PT_DYNAMIC) {
          dynamic = true
          // Only whether DT_RPATH (15) or DT_RUNPATH (29) is there: the tags, not their strings.
          const off = cls === 64 ? u64(ph, o + 8) : u32(ph, o + 4)
          const sz = Math.min(cls === 64 ? u64(ph, o + 32) : u32(ph, o + 16), 65536)
          const dyn = readAt(fd, off, sz)
          const es = cls === 64 ? 16 : 8
          for (let d = 0; d + es <= dyn.length; d += es) {
            const tag = cls === 64 ? u64(dyn, d) : u32(dyn, d)
            if (tag === 0) break
            if (tag === 15 || tag === 29) rpath = true
          }
        }
        if (ptype === PT_INTERP) {
          const off = cls === 64 ? u64(ph, o + 8) : u32(ph, o + 4)
          const sz = cls === 64 ? u64(ph, o + 32) : u32(ph, o + 16)
          interp = readAt(fd, off, Math.min(sz, 4096)).toString('latin1').replace(/\0.*$/s, '')
        }
      }
    }
    return { class: cls, data: le ? 'LSB' : 'MSB', machine, type, interp, dynamic, rpath }
  } finally {
    closeSync(fd)
  }
}

/** Every regular file under `root` (symlinks not followed), as image paths ('/usr/bin/x'). */
export function* walk(root, rel = '') {
  let names
  try {
    names = readdirSync(join(root, rel)).sort()
  } catch {
    return
  }
  for (const name of names) {
    const r = `${rel}/${name}`
    const st = lstatSync(join(root, r))
    if (st.isDirectory()) yield* walk(root, r)
    else if (st.isFile()) yield { path: r, mode: st.mode, size: st.size, ino: st.ino }
  }
}

export const sameIdentity = (info, want) =>
  info && !info.bad && info.class === want.class && info.data === want.data && info.machine === want.machine

/** Resolves an image path inside `root`, following symlinks as the kernel would in a chroot; null when dangling. */
export function resolveIn(root, path, depth = 0) {
  if (depth > 40) return null
  const parts = path.split('/').filter(Boolean)
  let cur = ''
  for (let i = 0; i < parts.length; i++) {
    const next = `${cur}/${parts[i]}`
    let st
    try {
      st = lstatSync(join(root, next))
    } catch {
      return null
    }
    if (st.isSymbolicLink()) {
      const target = readlinkSync(join(root, next))
      const base = target.startsWith('/') ? target : `${cur}/${target}`
      const resolved = resolveIn(root, normalize(base), depth + 1)
      if (resolved === null) return null
      cur = resolved === '/' ? '' : resolved
    } else cur = next
  }
  return cur || '/'
}
