/**
 * Streams one layer blob once: verifies its digest, decompresses it by its magic bytes, walks its tar entries and
 * keeps per file only what the checks need (path, type, mode, size, link target, and the head of files that may be
 * executables). Nothing is written to disk.
 */
import { createHash } from 'node:crypto'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGunzip } from 'node:zlib'
import * as tar from 'tar-stream'
import { UserError } from '../errors.js'

/** Bytes kept from the start of a file that may be a binary: the ELF headers, PT_INTERP, a `#!` line. */
export const HEAD_BYTES = 64 * 1024

export type EntryType = 'file' | 'dir' | 'symlink' | 'hardlink' | 'other'

export interface LayerEntry {
  /** Absolute, normalised path inside the image (`/usr/bin/env`). */
  path: string
  type: EntryType
  mode: number
  size: number
  uid: number
  gid: number
  linkname?: string
  /** The first bytes of a regular file that is executable or starts with an ELF or `#!` magic. */
  head?: Buffer
  /** sha256 (hex) of the whole file, for ELF files. */
  sha256?: string
}

/** Normalise a tar entry name to an absolute path inside the image root; `..` never climbs above the root. */
export function normalizeEntryPath(name: string): string {
  const out: string[] = []
  for (const part of name.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') out.pop()
    else out.push(part)
  }
  return '/' + out.join('/')
}

function entryType(t: tar.Header['type']): EntryType {
  switch (t) {
    case 'file':
    case 'contiguous-file':
      return 'file'
    case 'directory':
      return 'dir'
    case 'symlink':
      return 'symlink'
    case 'link':
      return 'hardlink'
    default:
      return 'other'
  }
}

function worthKeeping(mode: number, first: Buffer): boolean {
  if ((mode & 0o111) !== 0 || isElfMagic(first)) return true
  return first.length >= 2 && first[0] === 0x23 && first[1] === 0x21
}

interface Kept {
  head?: Buffer
  sha256?: string
}

function isElfMagic(b: Buffer): boolean {
  return b.length >= 4 && b[0] === 0x7f && b[1] === 0x45 && b[2] === 0x4c && b[3] === 0x46
}

/**
 * Read one regular file's stream: keep its head when it may be a program, and hash ELF files whole (for
 * identical-binary across platforms). Everything else is drained without being kept.
 */
async function readEntry(stream: AsyncIterable<Buffer>, mode: number): Promise<Kept> {
  const chunks: Buffer[] = []
  let kept = 0
  let decided: boolean | undefined
  let hash: ReturnType<typeof createHash> | undefined
  for await (const chunk of stream) {
    if (decided === undefined) {
      decided = worthKeeping(mode, chunk)
      if (isElfMagic(chunk)) hash = createHash('sha256')
    }
    hash?.update(chunk)
    if (!decided || kept >= HEAD_BYTES) continue
    const take = chunk.subarray(0, HEAD_BYTES - kept)
    chunks.push(Buffer.from(take)) // copy: tar-stream may reuse the underlying buffer
    kept += take.length
  }
  const out: Kept = {}
  if (decided) out.head = Buffer.concat(chunks)
  if (hash) out.sha256 = hash.digest('hex')
  return out
}

/** Sniff the compression from the first bytes, since media types lie (docker save writes gzip as `tar`). */
function decompressorFor(first: Buffer): NodeJS.ReadWriteStream | undefined {
  if (first.length >= 2 && first[0] === 0x1f && first[1] === 0x8b) return createGunzip()
  if (first.length >= 4 && first.readUInt32LE(0) === 0xfd2fb528) {
    throw new UserError('zstd-compressed layers are not supported yet; export with compression=gzip or uncompressed')
  }
  return undefined
}

/**
 * Walk a layer blob. `expectedDigest` (`sha256:<hex>`) is checked against the bytes as they stream by; a mismatch
 * throws a UserError naming the blob.
 */
export async function walkLayer(raw: AsyncIterable<Buffer>, expectedDigest: string | undefined): Promise<LayerEntry[]> {
  const hash = createHash(expectedDigest?.startsWith('sha512:') ? 'sha512' : 'sha256')
  const iter = raw[Symbol.asyncIterator]()
  let first = await iter.next()
  while (!first.done && first.value.length === 0) first = await iter.next()
  const head = first.done ? Buffer.alloc(0) : Buffer.from(first.value)
  async function* hashed(): AsyncGenerator<Buffer> {
    if (head.length > 0) {
      hash.update(head)
      yield head
    }
    for (let r = await iter.next(); !r.done; r = await iter.next()) {
      hash.update(r.value)
      yield r.value
    }
  }
  const entries: LayerEntry[] = []
  const extract = tar.extract()
  const consume = (async () => {
    for await (const entry of extract) {
      const h = entry.header
      const type = entryType(h.type)
      const mode = h.mode ?? 0
      const e: LayerEntry = {
        path: normalizeEntryPath(h.name),
        type,
        mode,
        size: h.size ?? 0,
        uid: h.uid ?? 0,
        gid: h.gid ?? 0
      }
      if (h.linkname) e.linkname = h.linkname
      if (type === 'file') {
        const kept = await readEntry(entry as AsyncIterable<Buffer>, mode)
        if (kept.head) e.head = kept.head
        if (kept.sha256) e.sha256 = kept.sha256
      } else {
        entry.resume()
      }
      entries.push(e)
    }
  })()
  const decompress = decompressorFor(head)
  const input = Readable.from(hashed())
  const sink = extract as unknown as NodeJS.WritableStream
  const done = decompress ? pipeline(input, decompress, sink) : pipeline(input, sink)
  try {
    await Promise.all([done, consume])
  } catch (err) {
    if (err instanceof UserError) throw err
    const what = expectedDigest ?? 'layer'
    throw new UserError(`cannot read layer ${what}: ${(err as Error).message}`)
  }
  if (expectedDigest) {
    const actual = `${expectedDigest.split(':')[0]}:${hash.digest('hex')}`
    if (actual !== expectedDigest) {
      throw new UserError(`layer ${expectedDigest} does not match its digest (got ${actual}): the image is corrupt`)
    }
  }
  return entries
}
