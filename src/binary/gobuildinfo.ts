/**
 * Go build info, read the way golang.org/src/debug/buildinfo does, without running anything: the Go version, the
 * main module, and the build settings (GOOS, GOARCH, GOARM, GOAMD64, CGO_ENABLED, vcs.revision). Both the inline
 * format (Go 1.18+) and the older pointer format. Bounded: lengths past the data at hand give no build info, not a
 * crash.
 */
import { readUpTo, type ByteSource } from './bytes.js'
import { PF_W, PF_X, PT_LOAD, vaddrToOffset, type ElfReader, type Phdr, type Section } from './elf-reader.js'

export interface GoBuildInfo {
  goVersion: string
  /** The main package's path (`path` line), e.g. example.com/server/cmd/server. */
  path?: string
  mainModule?: { path: string; version: string }
  /** `build` lines: GOOS, GOARCH, GOARM, GOAMD64, CGO_ENABLED, vcs.revision, vcs.modified, -ldflags, … */
  settings: Record<string, string>
}

const MAGIC = Buffer.from('\xff Go buildinf:', 'latin1')
const SEARCH = 64 * 1024
const MAX_STRING = 1 << 20

function uvarint(buf: Buffer, pos: number): [number, number] | undefined {
  let v = 0
  for (let shift = 0, i = pos; i < buf.length && shift <= 49; i++, shift += 7) {
    const b = buf[i] as number
    v += (b & 0x7f) * 2 ** shift
    if ((b & 0x80) === 0) return [v, i + 1]
  }
  return undefined
}

/** Where to look: the .go.buildinfo section, or else the first writable, non-executable PT_LOAD segment. */
function region(phdrs: Phdr[], sections: Section[] | undefined): number | undefined {
  const sec = sections?.find(s => s.name === '.go.buildinfo')
  if (sec) return sec.offset
  return phdrs.find(p => p.type === PT_LOAD && (p.flags & PF_W) !== 0 && (p.flags & PF_X) === 0)?.offset
}

/** The modinfo text as the linker writes it, between 16-byte sentinels. */
export function parseModinfo(text: string, goVersion: string): GoBuildInfo {
  const info: GoBuildInfo = { goVersion, settings: {} }
  for (const line of text.split('\n')) {
    const [kind, a, b] = line.split('\t')
    if (kind === 'path' && a) info.path = a
    else if (kind === 'mod' && a) info.mainModule = { path: a, version: b ?? '' }
    else if (kind === 'build' && a) {
      const eq = a.indexOf('=')
      if (eq > 0) info.settings[a.slice(0, eq)] = a.slice(eq + 1)
    }
  }
  return info
}

function stripSentinels(s: string): string {
  return s.length >= 33 && s.charCodeAt(s.length - 17) === 0x0a ? s.slice(16, -16) : s
}

function readInline(buf: Buffer, at: number): [string, string] | undefined {
  const v = uvarint(buf, at)
  if (!v || v[0] > MAX_STRING || v[1] + v[0] > buf.length) return undefined
  const version = buf.toString('utf8', v[1], v[1] + v[0])
  const m = uvarint(buf, v[1] + v[0])
  if (!m || m[0] > MAX_STRING || m[1] + m[0] > buf.length) return undefined
  return [version, buf.toString('utf8', m[1], m[1] + m[0])]
}

/** Pre-1.18: two pointers to Go string headers (data pointer, length), followed through the loaded segments. */
function readPointers(
  src: ByteSource,
  toOffset: (vaddr: number) => number | undefined,
  buf: Buffer,
  at: number,
  ptrSize: number,
  bigEndian: boolean
): [string, string] | undefined {
  if (ptrSize !== 4 && ptrSize !== 8) return undefined
  const ptr = (b: Buffer, o: number): number | undefined => {
    if (o + ptrSize > b.length) return undefined
    if (ptrSize === 4) return bigEndian ? b.readUInt32BE(o) : b.readUInt32LE(o)
    const v = bigEndian ? b.readBigUInt64BE(o) : b.readBigUInt64LE(o)
    return v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : undefined
  }
  const str = (addr: number | undefined): string | undefined => {
    if (addr === undefined) return undefined
    const hdrOff = toOffset(addr)
    const hdr = hdrOff === undefined ? undefined : src.read(hdrOff, ptrSize * 2)
    const data = hdr && ptr(hdr, 0)
    const len = hdr && ptr(hdr, ptrSize)
    if (data === undefined || len === undefined || len > MAX_STRING) return undefined
    const off = toOffset(data)
    return off === undefined ? undefined : src.read(off, len)?.toString('utf8')
  }
  const version = str(ptr(buf, at))
  const mod = str(ptr(buf, at + ptrSize))
  return version === undefined ? undefined : [version, mod ?? '']
}

/** An ELF file's build info: in .go.buildinfo, or else the first writable, non-executable PT_LOAD segment. */
export function readGoBuildInfo(r: ElfReader, phdrs: Phdr[], sections: Section[] | undefined): GoBuildInfo | undefined {
  const start = region(phdrs, sections)
  if (start === undefined) return undefined
  return readGoBuildInfoAt(r.src, start, vaddr => vaddrToOffset(phdrs, vaddr))
}

/**
 * The build info header searched for in the first 64 KiB at file offset `start` (the data a format's reader chose:
 * ELF above, PE's first writable data section), with `toOffset` mapping the pre-1.18 format's pointers to the file.
 */
export function readGoBuildInfoAt(
  src: ByteSource,
  start: number,
  toOffset: (vaddr: number) => number | undefined
): GoBuildInfo | undefined {
  const buf = readUpTo(src, start, SEARCH)
  if (!buf) return undefined
  // The header is 16-byte aligned. indexOf searches natively and allocates nothing: comparing a subarray at every
  // 16th byte made 4,096 short-lived objects per file, enough to keep the garbage collector busy over a whole image.
  for (let i = buf.indexOf(MAGIC); i !== -1 && i + 32 <= buf.length; i = buf.indexOf(MAGIC, i + 1)) {
    if (i % 16 !== 0) continue
    const ptrSize = buf[i + 14] as number
    const flags = buf[i + 15] as number
    const pair =
      flags & 2 ? readInline(buf, i + 32) : readPointers(src, toOffset, buf, i + 16, ptrSize, (flags & 1) !== 0)
    if (!pair || !pair[0].startsWith('go')) return undefined
    return parseModinfo(stripSentinels(pair[1]), pair[0])
  }
  return undefined
}
