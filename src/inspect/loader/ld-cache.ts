/**
 * /etc/ld.so.cache as ldconfig writes it and glibc's ld.so reads it (sysdeps/generic/dl-cache.h): the new format
 * (`glibc-ld.so.cache1.1`: a header, then entries of flags, soname offset, path offset, an unused word and a hwcap
 * word, then the strings), possibly after the old `ld.so-1.7.0` table, or that old table alone (`ldconfig -c old`;
 * entries of flags, soname offset and path offset, no hwcap). Only the entries are kept: soname, path and the
 * flags that say which C library and ABI a path is for. Bounded: a malformed cache gives undefined, never a throw.
 */

export interface LdCacheEntry {
  /** The entry's flags: FLAG_ELF_LIBC6 (3) plus the architecture's ABI flag (0x0300 x86-64, 0x0a00 AArch64, ...). */
  flags: number
  soname: string
  path: string
  hwcap: number
}

const OLD_MAGIC = 'ld.so-1.7.0'
const NEW_MAGIC = 'glibc-ld.so.cache1.1'
const NEW_HEADER = 48
const NEW_ENTRY = 24
const OLD_HEADER = 16
const OLD_ENTRY = 12
/** More entries than this is not a cache ldconfig wrote. */
const MAX_ENTRIES = 1 << 20

function cstring(buf: Buffer, at: number): string | undefined {
  if (at < 0 || at >= buf.length) return undefined
  const end = buf.indexOf(0, at)
  return end === -1 ? undefined : buf.toString('utf8', at, end)
}

/**
 * Parse a cache. Caches written before glibc 2.33 leave the byte order unset in the header: then the order that
 * makes the table fit the file is taken (little-endian first).
 */
export function parseLdCache(buf: Buffer): LdCacheEntry[] | undefined {
  return parseAs(buf, true) ?? parseAs(buf, false)
}

function parseAs(buf: Buffer, littleEndian: boolean): LdCacheEntry[] | undefined {
  let base = 0
  if (buf.toString('latin1', 0, OLD_MAGIC.length) === OLD_MAGIC) {
    if (buf.length < OLD_HEADER) return undefined
    const nold = littleEndian ? buf.readUInt32LE(12) : buf.readUInt32BE(12)
    if (nold > MAX_ENTRIES || OLD_HEADER + nold * OLD_ENTRY > buf.length) return undefined
    base = (OLD_HEADER + nold * OLD_ENTRY + 7) & ~7 // the new format follows, aligned as ldconfig aligns it
    // `ldconfig -c old` writes the old table alone, and glibc 2.36's ld.so still reads it (dl-cache.c).
    if (buf.length < base + NEW_HEADER || buf.toString('latin1', base, base + NEW_MAGIC.length) !== NEW_MAGIC) {
      return parseOld(buf, nold, littleEndian)
    }
  }
  if (buf.length < base + NEW_HEADER || buf.toString('latin1', base, base + NEW_MAGIC.length) !== NEW_MAGIC) {
    return undefined
  }
  const endian = buf[base + 28] ?? 0 // cache_file_new.flags & 3: 2 little, 3 big, 0 unset
  const le = (endian & 3) === 2 ? true : (endian & 3) === 3 ? false : littleEndian
  const u32 = (at: number): number => (le ? buf.readUInt32LE(at) : buf.readUInt32BE(at))
  const nlibs = u32(base + 20)
  if (nlibs > MAX_ENTRIES || base + NEW_HEADER + nlibs * NEW_ENTRY > buf.length) return undefined
  const out: LdCacheEntry[] = []
  for (let i = 0; i < nlibs; i++) {
    const at = base + NEW_HEADER + i * NEW_ENTRY
    const flags = le ? buf.readInt32LE(at) : buf.readInt32BE(at)
    // Offsets count from the start of the new-format header.
    const soname = cstring(buf, base + u32(at + 4))
    const path = cstring(buf, base + u32(at + 8))
    if (soname === undefined || path === undefined) return undefined
    const hwcap = Number(le ? buf.readBigUInt64LE(at + 16) : buf.readBigUInt64BE(at + 16))
    out.push({ flags, soname, path, hwcap })
  }
  return out
}

/** The old table: entries of flags, key and value, whose offsets count from the strings after the last entry. */
function parseOld(buf: Buffer, nold: number, le: boolean): LdCacheEntry[] | undefined {
  const strings = OLD_HEADER + nold * OLD_ENTRY
  const u32 = (at: number): number => (le ? buf.readUInt32LE(at) : buf.readUInt32BE(at))
  const out: LdCacheEntry[] = []
  for (let i = 0; i < nold; i++) {
    const at = OLD_HEADER + i * OLD_ENTRY
    const flags = le ? buf.readInt32LE(at) : buf.readInt32BE(at)
    const soname = cstring(buf, strings + u32(at + 4))
    const path = cstring(buf, strings + u32(at + 8))
    if (soname === undefined || path === undefined) return undefined
    out.push({ flags, soname, path, hwcap: 0 })
  }
  return out
}
