/**
 * The facts cache: what the layer walk made of a layer (its entries: metadata, the facts and sha256 of each program,
 * the loader's files), stored under the layer's digest. Those entries are a pure function of the layer's bytes and of
 * this engine's code, so a layer whose digest is known need not be downloaded, decompressed or walked again (a local
 * copy is still hashed: layers.ts).
 *
 * - An entry's name comes only from a validated digest (`sha256:` + 64 hex digits, or sha512), never from the image.
 * - Its file holds a header line (cache version, key, sha256 and length of the body) and the body (the entries as
 *   gzip'd JSON). An entry that fails any check (header, version, key, hash, gunzip, JSON, shape) is a miss: it is
 *   never trusted, and the walk that follows writes it again.
 * - Writes go to a temporary file in the cache directory, then are renamed into place (atomic on one file system).
 * - The directory is bounded: after a run, the least recently used entries (by mtime, set on every hit) are removed
 *   until the total is under the bound.
 * - A directory that cannot be written: one warning, and the run goes on without writing.
 *
 * Only layers read from a source that names their digest from a verified manifest are looked up (the reader,
 * layers.ts, decides which), and an entry is written only after the walk checked the bytes against that digest.
 */
import { createHash, randomBytes } from 'node:crypto'
import { mkdir, open, readdir, readFile, rename, rm, stat, utimes } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { gunzip, gzip } from 'node:zlib'
import { errorMessage } from '../errors.js'
import { ENGINE_BUILD, FACTS_VERSION, VERSION } from '../version.js'
import type { LayerEntry } from './layer.js'

const gzipAsync = promisify(gzip)
const gunzipAsync = promisify(gunzip)

/** Default bound of the cache directory. */
export const DEFAULT_CACHE_BYTES = 512 * 1024 * 1024
/** An entry's body larger than this is refused on read (a layer of a million files makes about 60 MB of JSON). */
const MAX_BODY_BYTES = 256 * 1024 * 1024
const MAGIC = 'multiarch-verify facts'

/**
 * What the cached facts depend on: the tool's version, the shape of the facts (FACTS_VERSION, raised by hand when an
 * entry's shape changes) and the bundled engine's own content hash (written into dist/ by scripts/bundle.mjs), so
 * that any change to the code, released or not, starts a new cache. Unbundled (tests), the engine hash is `dev`.
 */
export function cacheVersion(engine = ENGINE_BUILD): string {
  const build = /^[0-9a-f]{16,64}$/.test(engine) ? engine : 'dev'
  return createHash('sha256').update(`${VERSION}\0${FACTS_VERSION}\0${build}`).digest('hex').slice(0, 16)
}

/** The default cache directory of the CLI: $XDG_CACHE_HOME/multiarch-verify, else ~/.cache/multiarch-verify. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const xdg = env.XDG_CACHE_HOME
  return join(xdg && xdg.startsWith('/') ? xdg : join(homedir(), '.cache'), 'multiarch-verify')
}

/**
 * Which bytes a layer's digest is of: the blob as stored (an OCI or registry descriptor), or its uncompressed tar (a
 * docker save diff_id). Kept apart so one can never stand for the other.
 */
export interface CacheKey {
  digest: string
  of?: 'stored' | 'uncompressed'
}

/** The file name of a key, or undefined when its digest is not a well-formed sha256/sha512 digest. */
export function entryName(key: CacheKey): string | undefined {
  const m = /^(sha256|sha512):([a-f0-9]{64}|[a-f0-9]{128})$/.exec(key.digest)
  if (!m || (m[1] === 'sha256') !== (m[2]?.length === 64)) return undefined
  return `${key.of === 'uncompressed' ? 'u' : 'b'}-${m[1]}-${m[2]}.facts`
}

const TYPES = new Set(['file', 'dir', 'symlink', 'hardlink', 'other'])
const isNum = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v)

/** The shape the walk gives every entry; anything else in a cache file means it is not ours, or not intact. */
function wellFormed(e: unknown): e is LayerEntry {
  if (!e || typeof e !== 'object') return false
  const x = e as Record<string, unknown>
  return (
    typeof x.path === 'string' &&
    x.path.startsWith('/') &&
    typeof x.type === 'string' &&
    TYPES.has(x.type) &&
    isNum(x.mode) &&
    isNum(x.size) &&
    isNum(x.uid) &&
    isNum(x.gid) &&
    (x.linkname === undefined || typeof x.linkname === 'string') &&
    (x.binary === undefined || (typeof x.binary === 'object' && x.binary !== null)) &&
    (x.sha256 === undefined || (typeof x.sha256 === 'string' && /^[0-9a-f]{64}$/.test(x.sha256))) &&
    (x.text === undefined || typeof x.text === 'string') &&
    (x.ldCache === undefined || Array.isArray(x.ldCache)) &&
    (x.pkg === undefined ||
      (typeof x.pkg === 'object' && x.pkg !== null && typeof (x.pkg as { kind?: unknown }).kind === 'string'))
  )
}

interface Header {
  magic: string
  version: string
  key: string
  sha256: string
  length: number
  /** The size of the blob whose bytes hashed to the key's digest. */
  size: number
}

export interface CacheOptions {
  /** Bound of the directory, in bytes. */
  maxBytes?: number
  /** Told once when the directory cannot be written. */
  warn?: (message: string) => void
  /** For tests: the version entries are written and read with. */
  version?: string
}

export interface CacheStats {
  hits: number
  misses: number
  /** Entries that were there but failed a check (ignored, written again). */
  rejected: number
  written: number
  evicted: number
}

export class FactsCache {
  readonly version: string
  readonly stats: CacheStats = { hits: 0, misses: 0, rejected: 0, written: 0, evicted: 0 }
  private readonly maxBytes: number
  private readonly pending = new Set<Promise<void>>()
  private writable = true
  private warned = false

  constructor(
    readonly dir: string,
    private readonly opts: CacheOptions = {}
  ) {
    this.version = opts.version ?? cacheVersion()
    this.maxBytes = opts.maxBytes ?? DEFAULT_CACHE_BYTES
  }

  private pathOf(name: string): string {
    return join(this.dir, name)
  }

  private keyText(key: CacheKey): string {
    return `${key.of ?? 'stored'}:${key.digest}`
  }

  /** The entries stored for `key` made from `size` bytes, or undefined: absent, or failing any check. */
  async get(key: CacheKey, size: number): Promise<LayerEntry[] | undefined> {
    const name = entryName(key)
    if (!name) return undefined
    let bytes: Buffer
    try {
      bytes = await readFile(this.pathOf(name))
    } catch {
      this.stats.misses++
      return undefined
    }
    const entries = await this.decode(key, size, bytes)
    if (!entries) {
      this.stats.rejected++
      return undefined
    }
    this.stats.hits++
    // Recently used: the eviction removes the oldest first.
    const now = new Date()
    await utimes(this.pathOf(name), now, now).catch(() => undefined)
    return entries
  }

  private async decode(key: CacheKey, size: number, bytes: Buffer): Promise<LayerEntry[] | undefined> {
    const nl = bytes.indexOf(0x0a)
    if (nl < 0 || nl > 4096) return undefined
    let header: Header
    try {
      header = JSON.parse(bytes.toString('utf8', 0, nl)) as Header
    } catch {
      return undefined
    }
    const body = bytes.subarray(nl + 1)
    if (
      header?.magic !== MAGIC ||
      header.version !== this.version ||
      header.key !== this.keyText(key) ||
      header.size !== size ||
      header.length !== body.length ||
      body.length > MAX_BODY_BYTES ||
      createHash('sha256').update(body).digest('hex') !== header.sha256
    )
      return undefined
    try {
      const json = await gunzipAsync(body, { maxOutputLength: MAX_BODY_BYTES })
      const entries = JSON.parse(json.toString('utf8')) as unknown
      if (!Array.isArray(entries) || !entries.every(wellFormed)) return undefined
      return entries
    } catch {
      return undefined
    }
  }

  /**
   * Store `entries` under `key`, in the background (flush() waits for it). They must come from `size` bytes that
   * hashed to the key's digest.
   */
  put(key: CacheKey, entries: LayerEntry[], size: number): void {
    const name = entryName(key)
    if (!name || !this.writable || !(size > 0)) return
    const p = this.write(name, key, entries, size).finally(() => this.pending.delete(p))
    this.pending.add(p)
  }

  private async write(name: string, key: CacheKey, entries: LayerEntry[], size: number): Promise<void> {
    const tmp = this.pathOf(`.tmp-${process.pid}-${randomBytes(6).toString('hex')}`)
    try {
      const body = await gzipAsync(Buffer.from(JSON.stringify(entries)), { level: 1 })
      const header: Header = {
        magic: MAGIC,
        version: this.version,
        key: this.keyText(key),
        sha256: createHash('sha256').update(body).digest('hex'),
        length: body.length,
        size
      }
      await mkdir(this.dir, { recursive: true, mode: 0o700 })
      const fh = await open(tmp, 'wx', 0o600)
      try {
        await fh.writeFile(Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), body]))
      } finally {
        await fh.close()
      }
      await rename(tmp, this.pathOf(name))
      this.stats.written++
    } catch (err) {
      await rm(tmp, { force: true }).catch(() => undefined)
      this.writable = false
      if (!this.warned) {
        this.warned = true
        this.opts.warn?.(`the facts cache ${this.dir} cannot be written (${errorMessage(err)}); going on without it`)
      }
    }
  }

  /** Wait for the writes in flight, then remove the least recently used entries past the bound. */
  async flush(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending])
    if (this.stats.written > 0) await this.evict()
  }

  /** Remove entries (oldest mtime first) and stale temporary files until the directory is under its bound. */
  async evict(): Promise<void> {
    let names: string[]
    try {
      names = await readdir(this.dir)
    } catch {
      return
    }
    const files: Array<{ name: string; size: number; mtime: number }> = []
    for (const name of names) {
      const st = await stat(this.pathOf(name)).catch(() => undefined)
      if (!st?.isFile()) continue
      // A temporary file left by a run that died: removed once it is an hour old.
      if (name.startsWith('.tmp-')) {
        if (Date.now() - st.mtimeMs > 3600_000) await rm(this.pathOf(name), { force: true }).catch(() => undefined)
        continue
      }
      if (!/^[bu]-sha(256|512)-[a-f0-9]+\.facts$/.test(name)) continue
      files.push({ name, size: st.size, mtime: st.mtimeMs })
    }
    let total = files.reduce((n, f) => n + f.size, 0)
    files.sort((a, b) => a.mtime - b.mtime)
    for (const f of files) {
      if (total <= this.maxBytes) break
      await rm(this.pathOf(f.name), { force: true }).catch(() => undefined)
      total -= f.size
      this.stats.evicted++
    }
  }
}
