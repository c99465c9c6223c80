/**
 * Where each file of a tar archive is, found by reading its headers only and seeking past the data: an image archive
 * (`oci-archive:`, `docker-archive:`) is indexed once, then its blobs are read as byte ranges when they are wanted,
 * so a layer is read once, when its platform is inspected, and never held whole. Handles ustar names with their
 * prefix, PAX `path` and `size` records and GNU long names. A header that lies (data past the end of the file, a size
 * that is not a number) is an error, never a read outside the file.
 */
import { open } from 'node:fs/promises'
import { UserError } from '../errors.js'
import { normalizeEntryPath } from './layer.js'

export interface TarMember {
  offset: number
  size: number
}

const BLOCK = 512
/** Far more members than any image archive has. */
const MAX_MEMBERS = 1_000_000
/** PAX and GNU long-name records are small; a larger one is not a header. */
const MAX_META = 1024 * 1024

function octal(b: Buffer, at: number, len: number): number | undefined {
  // GNU base-256 for sizes over 8 GiB: the first byte's high bit set.
  if ((b[at] ?? 0) & 0x80) {
    let v = (b[at] as number) & 0x7f
    for (let i = 1; i < len; i++) v = v * 256 + (b[at + i] as number)
    return Number.isSafeInteger(v) ? v : undefined
  }
  const text = b
    .toString('latin1', at, at + len)
    .replace(/\0.*$/s, '')
    .trim()
  if (text === '') return 0
  return /^[0-7]+$/.test(text) ? parseInt(text, 8) : undefined
}

function cstr(b: Buffer, at: number, len: number): string {
  const s = b.subarray(at, at + len)
  const nul = s.indexOf(0)
  return s.toString('utf8', 0, nul === -1 ? s.length : nul)
}

/** A header's checksum: the sum of its bytes with the checksum field read as spaces. */
function checksumOk(h: Buffer): boolean {
  const want = octal(h, 148, 8)
  let sum = 0
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : (h[i] as number)
  return want === sum
}

/** PAX records: `LEN KEY=VALUE\n`, repeated. */
function paxRecords(b: Buffer): Record<string, string> {
  const out: Record<string, string> = {}
  let at = 0
  while (at < b.length) {
    const sp = b.indexOf(0x20, at)
    const len = sp === -1 ? NaN : Number(b.toString('latin1', at, sp))
    if (!Number.isSafeInteger(len) || len <= 0 || at + len > b.length) break
    const rec = b.toString('utf8', sp + 1, at + len - 1)
    const eq = rec.indexOf('=')
    if (eq > 0) out[rec.slice(0, eq)] = rec.slice(eq + 1)
    at += len
  }
  return out
}

/** The regular files of a tar archive, by their path relative to its root (`blobs/sha256/…`, `manifest.json`). */
export async function indexTar(path: string, name: string): Promise<Map<string, TarMember>> {
  const fh = await open(path, 'r')
  const out = new Map<string, TarMember>()
  try {
    const { size: fileSize } = await fh.stat()
    if (fileSize < BLOCK) throw new UserError(`${name}: not a readable tar archive (${fileSize} bytes)`)
    const header = Buffer.alloc(BLOCK)
    let at = 0
    let longName: string | undefined
    let pax: Record<string, string> = {}
    const readAt = async (buf: Buffer, pos: number): Promise<number> =>
      (await fh.read(buf, 0, buf.length, pos)).bytesRead
    while (at + BLOCK <= fileSize) {
      if ((await readAt(header, at)) < BLOCK) break
      if (header.every(x => x === 0)) break // the end-of-archive blocks
      if (!checksumOk(header)) throw new UserError(`${name}: not a readable tar archive (no tar header at ${at})`)
      const type = String.fromCharCode(header[156] || 0x30)
      const declared = octal(header, 124, 12)
      const size = pax.size !== undefined && /^\d+$/.test(pax.size) ? Number(pax.size) : declared
      if (size === undefined || !Number.isSafeInteger(size))
        throw new UserError(`${name}: not a readable tar archive (bad size in a header at ${at})`)
      const data = at + BLOCK
      if (data + size > fileSize)
        throw new UserError(`${name}: not a readable tar archive (cut short at ${fileSize} bytes)`)
      const next = data + Math.ceil(size / BLOCK) * BLOCK
      if (type === 'x' || type === 'L') {
        if (size > MAX_META) throw new UserError(`${name}: not a readable tar archive (a ${size}-byte header record)`)
        const meta = Buffer.alloc(size)
        await readAt(meta, data)
        if (type === 'x') pax = paxRecords(meta)
        else longName = cstr(meta, 0, size)
      } else if (type === 'g' || type === 'K') {
        // global PAX records and GNU long link names say nothing about where files are
      } else {
        const prefix = cstr(header, 345, 155)
        const short = cstr(header, 0, 100)
        const full = pax.path ?? longName ?? (prefix ? `${prefix}/${short}` : short)
        if (type === '0' || type === '\0' || type === '7') {
          if (out.size >= MAX_MEMBERS) throw new UserError(`${name}: more than ${MAX_MEMBERS} files`)
          out.set(normalizeEntryPath(full).slice(1), { offset: data, size })
        }
        pax = {}
        longName = undefined
      }
      at = next
    }
    return out
  } finally {
    await fh.close()
  }
}

/** The bytes of one member, read whole (JSON documents: callers bound the size). */
export async function readMember(path: string, m: TarMember): Promise<Buffer> {
  const fh = await open(path, 'r')
  try {
    const buf = Buffer.alloc(m.size)
    const { bytesRead } = await fh.read(buf, 0, m.size, m.offset)
    return buf.subarray(0, bytesRead)
  } finally {
    await fh.close()
  }
}
