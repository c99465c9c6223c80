/**
 * Streams one layer blob once: verifies its digest, decompresses it by its magic bytes, walks its tar entries and
 * keeps per file only what the checks need (path, type, mode, size, link target, and the facts of files that may be
 * programs, read as they pass). Nothing is written to disk.
 */
import { createHash } from 'node:crypto'
import { Readable, Transform, type Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import * as tar from 'tar-stream'
import type { BinaryFacts } from '../binary/identify.js'
import { UserError, errorMessage } from '../errors.js'
import { isTransient } from '../retry.js'
import { parseLdCache, type LdCacheEntry } from '../inspect/loader/ld-cache.js'
import { captureEntry } from './capture.js'
import { MAGIC_BYTES, compressionOf, consumesOnWrite, decompressor } from './decompress.js'
import { FileChunks, type Range } from './file-chunks.js'
import { packageFileKind, readPackageFile, type PackageFile } from './package-files.js'
import { peek, readFrom } from './peek.js'
import { layerMismatch } from './source.js'

export type EntryType = 'file' | 'dir' | 'symlink' | 'hardlink' | 'other'

/** What is kept of every entry, in a layer and in the flattened tree alike. */
export interface EntryMeta {
  /** Absolute, normalised path inside the image (`/usr/bin/env`). */
  path: string
  mode: number
  size: number
  uid: number
  gid: number
  linkname?: string
  /** What the file is, read while it streamed: for executables and for files with an ELF or `#!` magic. */
  binary?: BinaryFacts
  /** sha256 (hex) of the whole file, for ELF files. */
  sha256?: string
  /** The text of the files isKeptText names (loader configuration, /etc/passwd). */
  text?: string
  /** /etc/ld.so.cache, parsed: the libraries glibc's loader finds by name (a cache it cannot parse: []). */
  ldCache?: LdCacheEntry[]
  /** What a language package's file tells of its native builds (package.json, loader JavaScript, a jar's natives). */
  pkg?: PackageFile
}

/**
 * The only file contents kept besides programs' facts and package files' (package-files.ts): the loader's
 * configuration (where libraries are found), /etc/passwd (which uid a named User is, for the entrypoint's exec bit)
 * and a JDK's jvm.cfg (which VM its launcher loads).
 */
const MAX_CONFIG_TEXT = 256 * 1024
const LD_CACHE = '/etc/ld.so.cache'
const MAX_LD_CACHE = 16 * 1024 * 1024
export function isKeptText(path: string): boolean {
  return (
    path === '/etc/ld.so.conf' ||
    path === '/etc/passwd' ||
    /^\/etc\/ld\.so\.conf\.d\/[^/]+$/.test(path) ||
    /^\/etc\/ld-musl-[\w-]+\.path$/.test(path) ||
    /\/lib\/(?:[\w-]+\/)?jvm\.cfg$/.test(path)
  )
}

export interface LayerEntry extends EntryMeta {
  type: EntryType
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

/** What a layer's bytes must hash to: its blob digest, or (docker save before Docker 25) its uncompressed diff_id. */
export interface Expected {
  digest: string
  of?: 'stored' | 'uncompressed'
}

/**
 * Walk a layer blob, checking its bytes against `expected` as they stream by; a mismatch throws a UserError naming
 * the blob (`label`, or the digest).
 */
export async function walkLayer(
  raw: AsyncIterable<Buffer>,
  expectedDigest: Expected | string | undefined,
  label?: string
): Promise<LayerEntry[]> {
  const expected = typeof expectedDigest === 'string' ? { digest: expectedDigest } : expectedDigest
  label ??= expected?.digest ?? 'layer'
  const algo = expected?.digest.startsWith('sha512:') ? 'sha512' : 'sha256'
  const uncompressed = expected?.of === 'uncompressed'
  const got = await readLayer(raw, label, algo, uncompressed)
  const digest = uncompressed ? got.uncompressedDigest : got.digest
  if (expected && digest !== expected.digest) throw layerMismatch(label, expected, digest)
  return got.entries
}

/** A layer blob in a file (or a range of one: a blob inside an archive), read by file-chunks.ts. */
export function walkFile(
  path: string,
  expected: Expected | string | undefined,
  range?: Range,
  label?: string
): Promise<LayerEntry[]> {
  return walkLayer(new FileChunks(path, range), expected, label)
}

/** A tar entry as the parser hands it out: its header, and its bytes as a stream. */
type TarEntry = tar.Extract extends AsyncIterable<infer E> ? E : never

/** What is kept of one tar entry, read from its bytes as they pass (`bytes`: the entry's own, see bytesOf). */
async function entryOf(entry: TarEntry, bytes: AsyncIterable<Buffer> & { resume: () => unknown }): Promise<LayerEntry> {
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
  const pkgKind = type === 'file' ? packageFileKind(e.path, e.size, mode) : undefined
  if (type === 'file' && isKeptText(e.path) && e.size <= MAX_CONFIG_TEXT) {
    e.text = (await readFrom(bytes, 0)).toString('utf8')
  } else if (type === 'file' && e.path === LD_CACHE && e.size <= MAX_LD_CACHE) {
    e.ldCache = parseLdCache(await readFrom(bytes, 0)) ?? []
  } else if (pkgKind) {
    const pkg = await readPackageFile(pkgKind, bytes, e.size)
    if (pkg) e.pkg = pkg
  } else if (type === 'file') {
    const kept = await captureEntry(bytes, mode, e.size)
    if (kept.binary) e.binary = kept.binary
    if (kept.sha256) e.sha256 = kept.sha256
  } else {
    entry.resume()
  }
  return e
}

/**
 * A layer's fault, as the user is told of it: an error of its bytes (the stream, the decompressor, the tar parser)
 * becomes a UserError naming the layer; a transient network error stays itself, so that the source can read the
 * layer again.
 */
function layerError(err: unknown, label: string): unknown {
  if (err instanceof UserError || isTransient(err)) return err
  return new UserError(`cannot read layer ${label}: ${errorMessage(err)}`)
}

/**
 * An entry's bytes, as captureEntry and readFrom read them, with every error that comes out of them (a layer cut
 * short, a corrupt tar) put in `fromData`: what is thrown while an entry is read is then either the data's or a bug.
 * `resume` lets a file that is not kept be drained.
 */
function bytesOf(entry: TarEntry, fromData: WeakSet<object>): AsyncIterable<Buffer> & { resume: () => unknown } {
  const mark = (err: unknown): never => {
    if (typeof err === 'object' && err !== null) fromData.add(err)
    throw err
  }
  return {
    resume: () => entry.resume(),
    [Symbol.asyncIterator]: () => {
      const it = (entry as AsyncIterable<Buffer>)[Symbol.asyncIterator]()
      return {
        next: () => it.next().catch(mark),
        return: async (value?: unknown) => (it.return ? it.return(value) : { done: true as const, value })
      }
    }
  }
}

/** Write one chunk, settled when the stream has taken it in (its callback) or is gone. */
function written(stream: Writable, chunk: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    const gone = (): void => reject(new Error('the decompressor closed before its input ended'))
    stream.once('close', gone)
    stream.write(chunk, (err?: Error | null) => {
      stream.off('close', gone)
      if (err) reject(err)
      else resolve()
    })
  })
}

/**
 * Feed a layer's chunks to its decompressor, one write in flight while the next chunk is read: chunk k has been taken
 * in before chunk k + 2 is asked for, as FileChunks' `reuse` needs.
 */
async function feed(chunks: AsyncIterable<Buffer>, into: Writable): Promise<void> {
  let inflight: Promise<void> = Promise.resolve()
  for await (const chunk of chunks) {
    await inflight
    inflight = written(into, chunk)
    inflight.catch(() => undefined) // awaited on the next turn: its failure is not unhandled while a chunk is read
  }
  await inflight
  into.end()
}

/**
 * Walk a layer blob and return its entries with the digest of its bytes as they came (`sha256:<hex>`). The layer's
 * own faults are UserErrors (transient network errors stay themselves); anything else thrown is a bug here (a
 * TypeError in a reader, the capture plan or the ld.so.cache parser) and propagates as it is, never passed off as a
 * corrupt image.
 */
export async function readLayer(
  raw: AsyncIterable<Buffer>,
  label: string,
  algo: 'sha256' | 'sha512' = 'sha256',
  hashUncompressed = false
): Promise<{ entries: LayerEntry[]; digest: string; uncompressedDigest?: string; compressed: boolean }> {
  const hash = createHash(algo)
  const plainHash = hashUncompressed ? createHash(algo) : undefined
  let peeked: Awaited<ReturnType<typeof peek>>
  try {
    peeked = await peek(raw, MAGIC_BYTES)
  } catch (err) {
    throw layerError(err, label)
  }
  const { head, stream } = peeked
  async function* hashed(): AsyncGenerator<Buffer> {
    for await (const chunk of stream) {
      hash.update(chunk)
      yield chunk
    }
  }
  const entries: LayerEntry[] = []
  const extract = tar.extract()
  const fromData = new WeakSet<object>()
  // The first error our own code threw while an entry was read: set before the walk is torn down, so that the errors
  // the teardown causes in the streams (a premature close) cannot hide it.
  let bug: { error: unknown } | undefined
  const consume = (async () => {
    for await (const entry of extract) {
      try {
        entries.push(await entryOf(entry, bytesOf(entry, fromData)))
      } catch (err) {
        if (!(typeof err === 'object' && err !== null && fromData.has(err))) bug ??= { error: err }
        throw err
      }
    }
  })()
  const kind = compressionOf(head)
  const decompress = decompressor(kind)
  // A file's chunks can take turns in two buffers when the decompressor is what reads them (feed), not tar-stream,
  // which keeps what it was written.
  const inTurns = decompress !== undefined && raw instanceof FileChunks && consumesOnWrite(kind)
  if (inTurns) raw.reuse = true
  const sink = extract as unknown as NodeJS.WritableStream
  const stages: NodeJS.ReadWriteStream[] = []
  // The bytes go in through the decompressor's writes (feed), or as a stream at the head of the pipeline.
  const input: NodeJS.ReadableStream[] = []
  let fed: Promise<void> = Promise.resolve()
  if (inTurns) {
    // A read that fails fails the pipeline through the decompressor; a decompressor that fails first has its own
    // error there already (destroying it again does nothing).
    fed = feed(hashed(), decompress).catch((err: unknown) => {
      decompress.destroy(err as Error)
    })
  } else {
    input.push(Readable.from(hashed()))
  }
  if (decompress) stages.push(decompress)
  if (plainHash) {
    stages.push(
      new Transform({
        transform(chunk: Buffer, _enc, cb) {
          plainHash.update(chunk)
          cb(null, chunk)
        }
      })
    )
  }
  const done = pipeline([...input, ...stages, sink])
  try {
    await Promise.all([done, consume, fed])
  } catch (err) {
    await fed // the feed ends once the decompressor is gone, and closes the file then: before the caller hears of it
    if (bug) throw bug.error
    throw layerError(err, label)
  }
  const digest = `${algo}:${hash.digest('hex')}`
  return {
    entries,
    digest,
    ...(hashUncompressed ? { uncompressedDigest: plainHash ? `${algo}:${plainHash.digest('hex')}` : digest } : {}),
    compressed: decompress !== undefined
  }
}
