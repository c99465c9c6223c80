/**
 * While a file streams out of a layer, keep only the bytes its readers need, then read its facts and let the bytes go.
 * An ELF or PE file up to `limits.full` is kept whole for the moment it is read (every reader, the Go pointer format
 * too); a larger one keeps its head and the ranges its format's plan names. PE files are kept whatever their mode:
 * Windows layers carry no exec bits. Its head is its first loaded segment (up to `limits.headMax`): the dynamic string
 * table and the symbol version tables live there, and the dynamic section that locates them only comes later in the
 * file (a 47 MB libnode keeps 8.5 MB of head, once, while it passes). Go's own linker puts them in the read-only
 * segment after the text instead, which the plan then keeps (up to the same bound) in place of the first. Scripts
 * and other executables keep their first page. ELF and PE files are hashed whole for identical-binary. Nothing is
 * retained but the facts.
 */
import { createHash } from 'node:crypto'
import { bufferSource, sparseSource, type ByteSource } from '../binary/bytes.js'
import { isElf } from '../binary/elf.js'
import { identify, type BinaryFacts } from '../binary/identify.js'
import { Pieces } from '../binary/pieces.js'
import { capturePlan, elfLargeExtent } from '../binary/plan.js'

export interface CaptureLimits {
  /** ELF files up to this size are kept whole while they are read. */
  full: number
  /** Larger ones keep at least this much of their start, plus the planned ranges. */
  head: number
  /**
   * and at most this much (default: `head`) of the segments where the dynamic strings and versions are: the first
   * one (GNU ld, lld), or the read-only one after the text (Go's linker).
   */
  headMax?: number
}

export const DEFAULT_LIMITS: CaptureLimits = { full: 4 * 1024 * 1024, head: 1024 * 1024, headMax: 32 * 1024 * 1024 }
const PAGE = 4096
/** Bytes enough for every magic read here (ELF's 4, `#!`'s and MZ's 2), and for the ELF header's class and byte order. */
const PROBE = 64
/** Bytes enough to hold the ELF header and its program headers, to size a large file's head. */
const HEADERS = 8192

export interface Captured {
  binary?: BinaryFacts
  /** sha256 (hex) of the whole file, for ELF and PE files. */
  sha256?: string
}

type Kind = 'skip' | 'page' | 'whole' | 'sparse'

/** "MZ": the DOS header every PE file starts with (pe.ts tells a PE file from a DOS program or text). */
function isMz(first: Buffer): boolean {
  return first.length >= 2 && first[0] === 0x4d && first[1] === 0x5a
}

function kindOf(first: Buffer, mode: number, size: number, limits: CaptureLimits): Kind {
  if (isElf(first) || isMz(first)) return size <= limits.full ? 'whole' : 'sparse'
  const script = first.length >= 2 && first[0] === 0x23 && first[1] === 0x21
  return (mode & 0o111) !== 0 || script ? 'page' : 'skip'
}

/**
 * Buffers for the files kept whole, reused from file to file (each thread has its own): a fresh one per file was a
 * few hundred megabytes of buffers per platform for the garbage collector, and what it had not collected yet made
 * most of the process's memory on an image of many platforms. Nothing read from one outlives the file: the facts
 * copy what they keep.
 */
const spare: Buffer[] = []
const SPARE_MAX = 4
function takeWhole(size: number, capacity: number): Buffer {
  const b = spare.pop()
  if (b && b.length >= size) return b
  return Buffer.allocUnsafe(Math.max(size, capacity))
}
function giveWhole(b: Buffer): void {
  if (spare.length < SPARE_MAX) spare.push(b)
}

/**
 * One large head at a time per thread: several walks may meet large ELF files at once, and each waits (pausing its
 * stream) rather than holding tens of megabytes beside the others.
 */
let largeHead: Promise<void> = Promise.resolve()
async function takeLargeHead(): Promise<() => void> {
  const before = largeHead
  let release = (): void => {}
  largeHead = new Promise(resolve => (release = resolve))
  await before
  return release
}

export async function captureEntry(
  stream: AsyncIterable<Buffer> & { resume?: () => unknown },
  mode: number,
  size: number,
  limits: CaptureLimits = DEFAULT_LIMITS
): Promise<Captured> {
  let kind: Kind | undefined
  let hash: ReturnType<typeof createHash> | undefined
  // A whole ELF file goes into one buffer of its declared size: no list of copies, no concatenation.
  let whole: Buffer | undefined
  // A large file's head, or a script's first page, in fixed pieces (pieces.ts): a large head is never one buffer of
  // its size (up to 32 MiB), nor its copies concatenated.
  let head: Pieces | undefined
  let headLimit = limits.head
  const tablesBudget = Math.max(0, (limits.headMax ?? limits.head) - limits.head)
  let sized = false
  let ranges: Pieces[] | undefined
  let pos = 0
  let release: (() => void) | undefined
  /** The file as far as its head goes, for its plan. */
  const headSource = (): ByteSource => sparseSource(size, head ? [head] : [])
  const take = (chunk: Buffer): void => {
    hash?.update(chunk)
    if (whole) chunk.copy(whole, pos, 0, Math.max(0, Math.min(chunk.length, size - pos)))
    else head?.put(chunk, pos)
    if (kind === 'sparse') {
      if (!ranges && sized && (head?.length ?? 0) >= headLimit) {
        ranges = capturePlan(headSource(), tablesBudget).map(w => new Pieces(w.offset, w.length))
        for (const r of ranges) if (head) r.fillFrom(head)
      }
      for (const r of ranges ?? []) r.put(chunk, pos)
    }
    pos += chunk.length
  }
  /**
   * A large ELF file's head (its first segment) and table segments (Go's layout), sized once its program headers are
   * at hand, waiting for the lock when they are more than the plain head.
   */
  const sizeHead = async (): Promise<void> => {
    sized = true
    const extent = elfLargeExtent(headSource(), tablesBudget)
    const want = Math.min(Math.max(limits.head, extent.head), limits.headMax ?? limits.head)
    if (want > limits.head || extent.tables > 0) release = await takeLargeHead()
    headLimit = want
    if (head) head.limit = Math.min(want, size)
    if ((head?.length ?? 0) >= headLimit) take(Buffer.alloc(0)) // the head is complete already: plan now
  }
  const drain = typeof stream.resume === 'function' ? stream.resume : undefined
  // The kind is decided on the file's first PROBE bytes, gathered over as many chunks as it takes: a file whose data
  // starts a few bytes before a decompressed chunk ends arrives as a chunk of 1-3 bytes, too short for its magic.
  const probe: Buffer[] = []
  let probed = 0
  const decide = (first: Buffer = Buffer.concat(probe)): void => {
    probe.length = 0
    kind = kindOf(first, mode, size, limits)
    if (kind === 'whole' || kind === 'sparse') hash = createHash('sha256')
    if (kind === 'whole') whole = takeWhole(size, limits.full)
    // A large file's head holds all that streams by until it is sized: the chunk that brings its headers may bring
    // more than the head will hold, and the ranges planned then are filled from the head.
    if (kind === 'sparse' || kind === 'page') head = new Pieces(0, kind === 'page' ? PAGE : size)
    if (first.length > 0) take(first)
  }
  // Not `for await`: leaving that loop early would destroy the stream, and a file skipped is drained instead.
  const chunks = stream[Symbol.asyncIterator]()
  try {
    for (let r = await chunks.next(); !r.done; r = await chunks.next()) {
      const chunk = r.value
      if (kind === undefined && probed === 0 && chunk.length >= Math.min(PROBE, size)) {
        // The usual case: the first chunk holds the magic and is read in place, not copied (it is most of a small
        // file, and every file has one).
        decide(chunk)
      } else if (kind === undefined) {
        probe.push(Buffer.from(chunk)) // a copy: the probe outlives the chunk
        probed += chunk.length
        if (probed >= Math.min(PROBE, size)) decide()
      } else {
        take(chunk)
      }
      // The rest of a file that is not kept flows on unread: no promise and no turn of the loop per chunk.
      if (kind === 'skip' && drain) {
        drain.call(stream)
        return {}
      }
      if (kind === 'sparse' && !sized && (head?.length ?? 0) >= Math.min(HEADERS, size)) await sizeHead()
    }
    if (kind === undefined && probed > 0) decide()
    if (kind === 'sparse' && !sized) await sizeHead()
    if (kind === undefined || kind === 'skip') return {}
    // A file shorter than its header said keeps only what arrived; readers see the rest as missing.
    const src: ByteSource = whole
      ? bufferSource(whole.subarray(0, Math.min(pos, size)))
      : sparseSource(pos, [...(head ? [head] : []), ...(ranges ?? [])])
    const out: Captured = { binary: identify(src) }
    if (hash) out.sha256 = hash.digest('hex')
    return out
  } finally {
    release?.()
    if (whole) giveWhole(whole)
  }
}
