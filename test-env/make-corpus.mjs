#!/usr/bin/env node
/**
 * The hostile-image corpus (issue 6): small OCI layouts and archives, each built around one attack, with the outcome
 * the CLI must give for it. `node test-env/make-corpus.mjs OUTDIR` writes them and prints the list;
 * __tests__/hostile/corpus.test.ts imports writeCorpus() and runs the bundled CLI on every case.
 *
 * Tar headers are written by hand here rather than with tar-stream: the attacks need bytes tar-stream will not write
 * (invalid UTF-8 names, control characters, sizes that lie about the data that follows).
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const BIN = fileURLToPath(new URL('../__tests__/fixtures/bin/', import.meta.url))
const bin = name => readFileSync(join(BIN, name))

/** Where the `../` entries point. Nothing may ever be created there. */
export const ESCAPE_DIR = '/tmp/mv-corpus-escape'
const CLIMB = '../'.repeat(24)

const MT = {
  index: 'application/vnd.oci.image.index.v1+json',
  manifest: 'application/vnd.oci.image.manifest.v1+json',
  config: 'application/vnd.oci.image.config.v1+json',
  gzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
  zstd: 'application/vnd.oci.image.layer.v1.tar+zstd',
  tar: 'application/vnd.oci.image.layer.v1.tar'
}

const sha256 = b => createHash('sha256').update(b).digest('hex')

// ---------------------------------------------------------------------------------------------------------------
// tar, by hand

const TYPEFLAG = { file: '0', link: '1', symlink: '2', dir: '5' }

/** A size field: octal when it fits in 11 digits, else GNU base-256 (how real tars write files of 8 GiB and more). */
function sizeField(n) {
  const f = Buffer.alloc(12)
  if (n < 8 ** 11) {
    f.write(n.toString(8).padStart(11, '0'), 0, 'latin1')
    return f
  }
  f[0] = 0x80
  let v = BigInt(n)
  for (let i = 11; i > 0; i--, v >>= 8n) f[i] = Number(v & 0xffn)
  return f
}

/** One ustar header. `name` may be a Buffer of raw bytes; `size` may lie about the body that follows. */
function tarHeader({ name, type = 'file', mode, size = 0, linkname = '' }) {
  const h = Buffer.alloc(512)
  const raw = Buffer.isBuffer(name) ? name : Buffer.from(name, 'utf8')
  if (raw.length > 100) throw new Error(`tar name too long for this writer: ${raw.length} bytes`)
  raw.copy(h, 0)
  const octal = (n, at, width) => h.write(n.toString(8).padStart(width - 1, '0') + '\0', at, 'latin1')
  octal(mode ?? (type === 'dir' ? 0o755 : 0o644), 100, 8)
  octal(0, 108, 8) // uid
  octal(0, 116, 8) // gid
  sizeField(type === 'file' ? size : 0).copy(h, 124)
  octal(0, 136, 12) // mtime
  h.write(' '.repeat(8), 148, 'latin1')
  h.write(TYPEFLAG[type], 156, 'latin1')
  Buffer.from(linkname, 'utf8').copy(h, 157)
  h.write('ustar\0' + '00', 257, 'latin1')
  let sum = 0
  for (const b of h) sum += b
  h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 'latin1')
  return h
}

const pad512 = n => Buffer.alloc((512 - (n % 512)) % 512)

/** A whole tar: entries `{ name, type?, mode?, body?, size?, linkname? }`, then the two zero blocks. */
function tar(entries, { end = true } = {}) {
  const parts = []
  for (const e of entries) {
    const body = typeof e.body === 'string' ? Buffer.from(e.body) : (e.body ?? Buffer.alloc(0))
    parts.push(tarHeader({ ...e, size: e.size ?? body.length }), body, pad512(body.length))
  }
  if (end) parts.push(Buffer.alloc(1024))
  return Buffer.concat(parts)
}

// ---------------------------------------------------------------------------------------------------------------
// zstd frames, by hand (RFC 8878): raw and RLE blocks need no entropy coder, and RLE blocks make a bomb of any size.

const ZSTD_BLOCK = 128 * 1024

function zstdBlock(type, last, size, content) {
  const h = Buffer.alloc(3)
  h.writeUIntLE((size << 3) | (type << 1) | (last ? 1 : 0), 0, 3)
  return Buffer.concat([h, content])
}

/** A zstd frame of `parts`: a Buffer is stored as raw blocks, a number is that many zero bytes as RLE blocks. */
function zstdFrame(parts) {
  // Frame header: no checksum, no content size (the decoder cannot know in advance), window 2^17 (0x38).
  const out = [Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x00, 0x38])]
  const blocks = []
  for (const part of parts) {
    if (typeof part === 'number') {
      for (let left = part; left > 0; left -= ZSTD_BLOCK) blocks.push([1, Math.min(left, ZSTD_BLOCK), Buffer.from([0])])
    } else {
      for (let at = 0; at < part.length; at += ZSTD_BLOCK) {
        const chunk = part.subarray(at, at + ZSTD_BLOCK)
        blocks.push([0, chunk.length, chunk])
      }
    }
  }
  blocks.forEach(([type, size, content], i) => out.push(zstdBlock(type, i === blocks.length - 1, size, content)))
  return Buffer.concat(out)
}

// ---------------------------------------------------------------------------------------------------------------
// ELF mutations. Offsets are those of the ELF64 little-endian header (the fixtures used are all ELF64 LE).

function phdrs(elf) {
  const off = Number(elf.readBigUInt64LE(0x20))
  const n = elf.readUInt16LE(0x38)
  return Array.from({ length: n }, (_, i) => off + i * 56)
}

function mutate(name, fn) {
  const elf = Buffer.from(bin(name))
  fn(elf)
  return elf
}

const PT_LOAD = 1
const PT_INTERP = 3

/** The Go build info header (`\xff Go buildinf:`), whose varint lengths follow at +32 in the inline format. */
function goBuildInfoAt(elf) {
  const at = elf.indexOf(Buffer.from('\xff Go buildinf:', 'latin1'))
  if (at < 0) throw new Error('no Go build info in the fixture')
  return at
}

// ---------------------------------------------------------------------------------------------------------------
// OCI layouts

class Layout {
  constructor(dir) {
    this.dir = dir
    mkdirSync(join(dir, 'blobs', 'sha256'), { recursive: true })
    writeFileSync(join(dir, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}')
  }

  /** Store bytes as a blob. `as` stores them under another digest (a blob that does not match its name). */
  blob(bytes, mediaType, extra = {}, as = undefined) {
    const hex = as ?? sha256(bytes)
    writeFileSync(join(this.dir, 'blobs', 'sha256', hex), bytes)
    return { mediaType, digest: `sha256:${hex}`, size: bytes.length, ...extra }
  }

  json(value, mediaType, extra = {}) {
    return this.blob(Buffer.from(JSON.stringify(value)), mediaType, extra)
  }

  config(entrypoint, architecture = 'amd64', extra = {}) {
    return this.json(
      {
        architecture,
        os: 'linux',
        config: { Entrypoint: entrypoint },
        rootfs: { type: 'layers', diff_ids: [] },
        ...extra
      },
      MT.config
    )
  }

  /** A platform image: its config descriptor and layer descriptors. Returns the manifest descriptor. */
  image(config, layers, platform = { os: 'linux', architecture: 'amd64' }, annotations = undefined) {
    const manifest = { schemaVersion: 2, mediaType: MT.manifest, config, layers }
    if (annotations) manifest.annotations = annotations
    return this.json(manifest, MT.manifest, platform ? { platform } : {})
  }

  gzipLayer(entries) {
    return this.blob(gzipSync(tar(entries)), MT.gzip)
  }

  /** index.json naming one nested index of the given manifests, as buildx writes a multi-platform result. */
  finish(manifests) {
    const top = this.json({ schemaVersion: 2, mediaType: MT.index, manifests }, MT.index)
    this.root([top])
  }

  root(manifests) {
    writeFileSync(join(this.dir, 'index.json'), JSON.stringify({ schemaVersion: 2, mediaType: MT.index, manifests }))
  }
}

/** A one-platform linux/amd64 layout with these layer entries and this entrypoint. */
function simple(dir, entries, entrypoint = ['/server'], { platform, architecture } = {}) {
  const l = new Layout(dir)
  l.finish([l.image(l.config(entrypoint, architecture), [l.gzipLayer(entries)], platform)])
  return l
}

/** A tar of a directory's files (an oci-archive), plus `extra` entries; `cut` truncates it to that many bytes. */
function archiveOf(dir, extra = []) {
  const entries = []
  const walk = d => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name)
      if (statSync(p).isDirectory()) walk(p)
      else entries.push({ name: relative(dir, p), body: readFileSync(p) })
    }
  }
  walk(dir)
  return tar([...entries, ...extra])
}

const amd64 = () => bin('c-amd64-musl-static') // static, small: a correct linux/amd64 entrypoint
const exe = (name, body) => ({ name, body, mode: 0o755 })

// ---------------------------------------------------------------------------------------------------------------
// The cases. `expect.code` is the CLI's exit code; `rules` the finding rule ids the JSON report must hold; `error` a
// pattern of the one stderr line (exit 2). `mustNotExist` names host paths the input points at.

const GiB = 1024 ** 3

/** Each case: `write(dir)` makes the input at `dir` and returns the SOURCE argument. */
const CASES = [
  {
    name: 'tar-dotdot-entry',
    about: 'layer entries named ../../…/tmp/mv-corpus-escape/server and ../../etc/x: clamped to the image root',
    expect: { code: 0, rules: [] },
    mustNotExist: [ESCAPE_DIR],
    write: dir => {
      simple(
        dir,
        [exe(`${CLIMB}tmp/mv-corpus-escape/server`, amd64()), { name: '../../etc/x', body: 'x' }],
        ['/tmp/mv-corpus-escape/server']
      )
      return `oci:${dir}`
    }
  },
  {
    name: 'tar-absolute-entry',
    about: 'a layer entry named /abs/server (absolute): read as inside the image',
    expect: { code: 0, rules: [] },
    write: dir => {
      simple(dir, [exe('/abs/server', amd64())], ['/abs/server'])
      return `oci:${dir}`
    }
  },
  {
    name: 'symlink-loop',
    about: 'the entrypoint /a -> /b -> /a',
    expect: { code: 1, rules: ['entrypoint-not-found'] },
    write: dir => {
      simple(
        dir,
        [
          { name: 'a', type: 'symlink', linkname: '/b' },
          { name: 'b', type: 'symlink', linkname: 'a' }
        ],
        ['/a']
      )
      return `oci:${dir}`
    }
  },
  {
    name: 'symlink-escaping-root',
    about: 'the entrypoint is a symlink ../../../../usr/bin/env out of the root; the host has it, the image does not',
    expect: { code: 1, rules: ['entrypoint-not-found'] },
    write: dir => {
      simple(dir, [{ name: 'app/run', type: 'symlink', linkname: `${CLIMB}usr/bin/env` }], ['/app/run'])
      return `oci:${dir}`
    }
  },
  {
    name: 'symlink-absolute-host-path',
    about: 'the entrypoint is a symlink to /etc/passwd, which the image lacks and the host has',
    expect: { code: 1, rules: ['entrypoint-not-found'] },
    write: dir => {
      simple(dir, [{ name: 'server', type: 'symlink', linkname: '/etc/passwd' }])
      return `oci:${dir}`
    }
  },
  {
    name: 'hardlink-to-missing',
    about: 'the entrypoint is a hardlink (mode 0755) to a file no layer has, which no runtime can extract',
    expect: { code: 1, rules: ['entrypoint-not-found'] },
    write: dir => {
      simple(dir, [{ name: 'server', type: 'link', mode: 0o755, linkname: 'nowhere/server' }])
      return `oci:${dir}`
    }
  },
  {
    name: 'tar-huge-declared-size',
    about: 'a tar header declaring a 16 GiB file, followed by 4 KiB of data and the end of the stream',
    expect: { code: 1, rules: ['image-unreadable'] },
    write: dir => {
      const l = new Layout(dir)
      const body = Buffer.concat([
        tarHeader({ name: 'server', size: 16 * GiB, mode: 0o755 }),
        amd64().subarray(0, 4096)
      ])
      l.finish([l.image(l.config(['/server']), [l.blob(gzipSync(body), MT.gzip)])])
      return `oci:${dir}`
    }
  },
  {
    name: 'descriptor-size-lies-small',
    about: 'a layer descriptor declaring 10 bytes for a larger blob (the digest is right)',
    expect: { code: 0, rules: [] },
    write: dir => {
      const l = new Layout(dir)
      const layer = { ...l.gzipLayer([exe('server', amd64())]), size: 10 }
      l.finish([l.image(l.config(['/server']), [layer])])
      return `oci:${dir}`
    }
  },
  {
    name: 'descriptor-size-lies-huge',
    about: 'a config descriptor declaring 1 TiB for a small config: refused unread, as a finding',
    expect: { code: 1, rules: ['image-unreadable'] },
    write: dir => {
      const l = new Layout(dir)
      const config = { ...l.config(['/server']), size: 1024 * GiB }
      l.finish([l.image(config, [l.gzipLayer([exe('server', amd64())])])])
      return `oci:${dir}`
    }
  },
  {
    name: 'gzip-truncated',
    about: 'a gzip layer cut in the middle (its digest is that of the cut bytes)',
    expect: { code: 1, rules: ['image-unreadable'] },
    write: dir => {
      const l = new Layout(dir)
      const gz = gzipSync(tar([exe('server', amd64())]))
      l.finish([l.image(l.config(['/server']), [l.blob(gz.subarray(0, gz.length >> 1), MT.gzip)])])
      return `oci:${dir}`
    }
  },
  {
    name: 'zstd-truncated',
    about: 'a zstd layer cut in the middle (its digest is that of the cut bytes)',
    expect: { code: 1, rules: ['image-unreadable'] },
    write: dir => {
      const l = new Layout(dir)
      const zst = zstdFrame([tar([exe('server', amd64())])])
      l.finish([l.image(l.config(['/server']), [l.blob(zst.subarray(0, zst.length >> 1), MT.zstd)])])
      return `oci:${dir}`
    }
  },
  {
    name: 'layer-digest-mismatch',
    about: 'a layer blob stored under a digest its bytes do not have',
    expect: { code: 1, rules: ['image-unreadable'] },
    write: dir => {
      const l = new Layout(dir)
      const good = gzipSync(tar([exe('server', amd64())]))
      const bad = gzipSync(tar([exe('server', bin('c-arm64-dyn'))]))
      l.finish([l.image(l.config(['/server']), [l.blob(bad, MT.gzip, {}, sha256(good))])])
      return `oci:${dir}`
    }
  },
  {
    name: 'index-self-reference',
    about: 'an index whose only entry is its own digest (stored under it, so it cannot also match it)',
    expect: { code: 2, error: /does not match its digest|refers to itself/ },
    write: dir => {
      const l = new Layout(dir)
      const fake = sha256('self')
      const self = { mediaType: MT.index, digest: `sha256:${fake}`, size: 0 }
      const bytes = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MT.index, manifests: [self] }))
      l.blob(bytes, MT.index, {}, fake)
      l.root([{ ...self, size: bytes.length }])
      return `oci:${dir}`
    }
  },
  {
    name: 'index-nesting-deep',
    about: 'a chain of 20 indexes, each nesting the next (content-addressed, so valid blob by blob)',
    expect: { code: 2, error: /nests too deep/ },
    write: dir => {
      const l = new Layout(dir)
      let d = l.image(l.config(['/server']), [l.gzipLayer([exe('server', amd64())])])
      for (let i = 0; i < 20; i++) d = l.json({ schemaVersion: 2, mediaType: MT.index, manifests: [d] }, MT.index)
      l.root([d])
      return `oci:${dir}`
    }
  },
  {
    name: 'index-1000-manifests',
    about: '1,000 distinct unlabelled manifests sharing one config and layer: each must be read for its platform',
    expect: { code: 0, rules: [] },
    write: dir => {
      const l = new Layout(dir)
      const config = l.config(['/server'])
      const layer = l.gzipLayer([exe('server', amd64())])
      const manifests = Array.from({ length: 1000 }, (_, i) => l.image(config, [layer], null, { n: String(i) }))
      l.finish(manifests)
      return `oci:${dir}`
    }
  },
  {
    name: 'config-10mb',
    about: 'a 10 MB image config (50,000 history entries and a long Env)',
    expect: { code: 0, rules: [] },
    write: dir => {
      const l = new Layout(dir)
      const history = Array.from({ length: 50_000 }, (_, i) => ({ created_by: `RUN echo ${'x'.repeat(160)} ${i}` }))
      const Env = [`BIG=${'y'.repeat(1_500_000)}`, 'PATH=/usr/bin:/bin']
      const bytes = Buffer.from(
        JSON.stringify({
          architecture: 'amd64',
          os: 'linux',
          config: { Entrypoint: ['/server'], Env },
          history,
          rootfs: { type: 'layers', diff_ids: [] }
        })
      )
      const config = l.blob(bytes, MT.config)
      l.finish([l.image(config, [l.gzipLayer([exe('server', amd64())])])])
      return `oci:${dir}`
    }
  },
  {
    name: 'gzip-bomb',
    about: 'a ~1 MB gzip layer holding one 1 GiB executable of zeros (1,024 concatenated gzip members)',
    expect: { code: 0, rules: [] },
    write: dir => {
      const l = new Layout(dir)
      const MiB = 1024 * 1024
      const zeros = gzipSync(Buffer.alloc(MiB), { level: 9 })
      const parts = [gzipSync(Buffer.concat([tarHeader({ name: 'bomb', size: GiB, mode: 0o755 }), Buffer.alloc(MiB)]))]
      for (let i = 1; i < 1024; i++) parts.push(zeros)
      const tail = tar([exe('server', amd64())]) // after the bomb: a real entrypoint, which must still be found
      parts.push(gzipSync(tail))
      l.finish([l.image(l.config(['/server']), [l.blob(Buffer.concat(parts), MT.gzip)])])
      return `oci:${dir}`
    }
  },
  {
    name: 'zstd-bomb',
    about: 'a ~130 KB zstd layer holding one 4 GiB executable of zeros (RLE blocks: 32,768:1), then the entrypoint',
    expect: { code: 0, rules: [] },
    write: dir => {
      const l = new Layout(dir)
      const head = tarHeader({ name: 'bomb', size: 4 * GiB, mode: 0o755 })
      const zst = zstdFrame([head, 4 * GiB, tar([exe('server', amd64())])])
      l.finish([l.image(l.config(['/server']), [l.blob(zst, MT.zstd)])])
      return `oci:${dir}`
    }
  },
  ...elfCases(),
  ...peCases(),
  {
    name: 'names-control-characters',
    about: 'an entrypoint named with ESC[31m and \\r\\n, a foreign binary named with the raw bytes 0xff 0xfe in PATH',
    expect: { code: 1, rules: ['entrypoint-not-found', 'binary-arch-mismatch'] },
    hostileNames: true,
    write: dir => {
      const evil = '/app/\x1b[31mred\r\nFAKE: all good\x1b[0m'
      const ff = Buffer.concat([Buffer.from('usr/bin/'), Buffer.from([0xff, 0xfe]), Buffer.from('\x1b[2J')])
      simple(dir, [exe(ff, bin('c-arm64-dyn'))], [evil])
      return `oci:${dir}`
    }
  },
  {
    name: 'unreadable-platform-keeps-other-findings',
    about: 'two platforms: amd64 ships an arm64 entrypoint, arm64 has a truncated layer; both findings must show',
    expect: { code: 1, rules: ['binary-arch-mismatch', 'image-unreadable'] },
    write: dir => {
      const l = new Layout(dir)
      const amd = l.image(l.config(['/server']), [l.gzipLayer([exe('server', bin('c-arm64-dyn'))])])
      const gz = gzipSync(tar([exe('server', bin('go-arm64'))]))
      const arm = l.image(l.config(['/server'], 'arm64'), [l.blob(gz.subarray(0, 4096), MT.gzip)], {
        os: 'linux',
        architecture: 'arm64'
      })
      l.finish([amd, arm])
      return `oci:${dir}`
    }
  },
  {
    name: 'archive-dotdot-entries',
    about: 'an oci-archive whose tar also holds ../../…/tmp/mv-corpus-escape/pwned and /tmp/mv-corpus-escape/abs',
    expect: { code: 0, rules: [] },
    mustNotExist: [ESCAPE_DIR],
    write: dir => {
      const layout = `${dir}.layout`
      simple(layout, [exe('server', amd64())])
      const extra = [
        { name: `${CLIMB}tmp/mv-corpus-escape/pwned`, body: Buffer.from('pwned') },
        { name: '/tmp/mv-corpus-escape/abs', body: Buffer.from('pwned') }
      ]
      writeFileSync(dir, archiveOf(layout, extra))
      rmSync(layout, { recursive: true })
      return `oci-archive:${dir}`
    }
  },
  {
    name: 'archive-truncated',
    about: 'an oci-archive cut in the middle of its layer blob',
    expect: { code: 2, error: /oci-archive:.*(not a readable tar|cannot read layer|missing)/ },
    write: dir => {
      const layout = `${dir}.layout`
      simple(layout, [exe('server', bin('c-amd64-static'))])
      const whole = archiveOf(layout)
      writeFileSync(dir, whole.subarray(0, whole.length >> 1))
      rmSync(layout, { recursive: true })
      return `oci-archive:${dir}`
    }
  },
  {
    name: 'docker-archive-config-not-json',
    about: 'docker save output whose config file is not JSON',
    expect: { code: 2, error: /docker-archive:.*config config.json is not a valid JSON object/ },
    write: dir => {
      const manifest = [{ Config: 'config.json', RepoTags: ['x:1'], Layers: ['layer.tar'] }]
      const entries = [
        { name: 'manifest.json', body: Buffer.from(JSON.stringify(manifest)) },
        { name: 'config.json', body: Buffer.from('{"architecture": "amd64", ') },
        { name: 'layer.tar', body: tar([exe('server', amd64())]) }
      ]
      writeFileSync(dir, tar(entries))
      return `docker-archive:${dir}`
    }
  },
  {
    name: 'docker-archive-malformed-manifest',
    about: 'docker save output whose manifest.json lists null and an entry with Layers as a string',
    expect: { code: 2, error: /docker-archive:.*manifest.json is not a list of images/ },
    write: dir => {
      const manifest = [null, { Config: 'config.json', Layers: 'layer.tar' }]
      writeFileSync(dir, tar([{ name: 'manifest.json', body: Buffer.from(JSON.stringify(manifest)) }]))
      return `docker-archive:${dir}`
    }
  },
  {
    name: 'docker-archive-names-control-characters',
    about: 'docker save output whose manifest.json names a missing config with a newline and ESC in its name',
    expect: { code: 2, error: /docker-archive:.*missing config/ },
    hostileNames: true,
    write: dir => {
      const manifest = [{ Config: 'x\n\x1b[31mFAKE second line\r', Layers: [] }]
      writeFileSync(dir, tar([{ name: 'manifest.json', body: Buffer.from(JSON.stringify(manifest)) }]))
      return `docker-archive:${dir}`
    }
  }
]

/** Hostile ELF files: each is an arm64 binary in a linux/amd64 image, so a parser giving up would lose the finding. */
function elfCases() {
  const u64 = (elf, at, v) => elf.writeBigUInt64LE(BigInt(v), at)
  const kinds = [
    ['elf-phoff-past-end', 'e_phoff 2^40, far past the end of the file', e => u64(e, 0x20, 2 ** 40)],
    [
      'elf-shoff-past-end',
      'e_shoff past the end, e_shstrndx out of range',
      e => {
        u64(e, 0x28, e.length + 4096)
        e.writeUInt16LE(60000, 0x3e)
      }
    ],
    [
      'elf-absurd-counts',
      'e_phnum and e_shnum 65535',
      e => {
        e.writeUInt16LE(65535, 0x38)
        e.writeUInt16LE(65535, 0x3c)
      }
    ],
    [
      'elf-overlapping-segments',
      'every PT_LOAD at the same offset and address as the first',
      e => {
        const loads = phdrs(e).filter(p => e.readUInt32LE(p) === PT_LOAD)
        const [first] = loads
        for (const p of loads) {
          u64(e, p + 8, e.readBigUInt64LE(first + 8))
          u64(e, p + 16, e.readBigUInt64LE(first + 16))
        }
      }
    ],
    [
      'elf-interp-unterminated',
      'PT_INTERP with its NUL overwritten and its size running to the end of the file',
      e => {
        const p = phdrs(e).find(p => e.readUInt32LE(p) === PT_INTERP)
        const off = Number(e.readBigUInt64LE(p + 8))
        e.fill(0x41, off, e.length) // no NUL anywhere after the interpreter's start
        u64(e, p + 32, e.length - off)
        u64(e, p + 40, e.length - off)
      }
    ],
    [
      'elf-interp-past-end',
      'PT_INTERP at an offset past the end of the file',
      e => {
        const p = phdrs(e).find(p => e.readUInt32LE(p) === PT_INTERP)
        u64(e, p + 8, e.length + 100)
      }
    ]
  ]
  const cases = kinds.map(([name, about, fn]) => ({ name, about, base: 'c-arm64-dyn', fn }))
  cases.push({
    name: 'go-buildinfo-lengths-past-end',
    about: 'Go build info (inline format) whose varint lengths claim 2^35 bytes',
    base: 'go-arm64',
    fn: e => {
      const at = goBuildInfoAt(e) + 32
      Buffer.from([0xff, 0xff, 0xff, 0xff, 0x7f]).copy(e, at)
    }
  })
  cases.push({
    name: 'go-buildinfo-pointers-past-end',
    about: 'Go 1.15 build info (pointer format) whose pointers lead past the end of the file',
    base: 'go115-amd64',
    platform: 'arm64',
    fn: e => {
      const at = goBuildInfoAt(e) + 16
      e.writeBigUInt64LE(0xffffffffffff0000n, at)
      e.writeBigUInt64LE(0xfffffffffffffff0n, at + 8)
    }
  })
  return cases.map(c => ({
    name: c.name,
    about: `${c.about} (${c.base} in a linux/${c.platform ?? 'amd64'} image)`,
    expect: { code: 1, rules: ['binary-arch-mismatch'] },
    write: dir => {
      const architecture = c.platform ?? 'amd64'
      simple(dir, [exe('server', mutate(c.base, c.fn))], ['/server'], {
        architecture,
        platform: { os: 'linux', architecture }
      })
      return `oci:${dir}`
    }
  }))
}

/**
 * Hostile PE files: each is an ARM64 Go program at C:\app\app.exe of a windows/amd64 image, in the Windows layer
 * layout (Files/, Hives/, no exec bits), so a reader giving up would lose the finding. A file whose PE header is
 * out of reach is no program Windows starts: then there is nothing to find.
 */
function peCases() {
  const lfanew = e => e.readUInt32LE(0x3c)
  const opt = e => lfanew(e) + 24
  const kinds = [
    [
      'pe-absurd-counts',
      'NumberOfSections 65535, SizeOfOptionalHeader 65535',
      e => {
        e.writeUInt16LE(65535, lfanew(e) + 6)
        e.writeUInt16LE(65535, lfanew(e) + 20)
      }
    ],
    [
      'pe-sections-past-end',
      'every section header pointing past the end of the file',
      e => {
        const at = opt(e) + e.readUInt16LE(lfanew(e) + 20)
        for (let i = 0; i < e.readUInt16LE(lfanew(e) + 6); i++) {
          e.writeUInt32LE(0xfffffff0, at + i * 40 + 20) // PointerToRawData
          e.writeUInt32LE(0x7fffffff, at + i * 40 + 16) // SizeOfRawData
        }
      }
    ],
    [
      'pe-directories-absurd',
      'NumberOfRvaAndSizes 2^32-1 and a CLR header directory at RVA 2^32-16',
      e => {
        e.writeUInt32LE(0xffffffff, opt(e) + 108)
        e.writeUInt32LE(0xfffffff0, opt(e) + 112 + 14 * 8)
        e.writeUInt32LE(0x48, opt(e) + 112 + 14 * 8 + 4)
      }
    ],
    [
      'pe-go-buildinfo-lengths-past-end',
      'Go build info whose varint lengths claim 2^35 bytes',
      e => {
        Buffer.from([0xff, 0xff, 0xff, 0xff, 0x7f]).copy(e, goBuildInfoAt(e) + 32)
      }
    ]
  ]
  const cases = kinds.map(([name, about, fn]) => ({
    name,
    about,
    fn,
    expect: { code: 1, rules: ['binary-arch-mismatch'] }
  }))
  cases.push({
    name: 'pe-lfanew-past-end',
    about: 'e_lfanew 2^32-8: the PE header is past the end, so this is no program to judge',
    fn: e => e.writeUInt32LE(0xfffffff8, 0x3c),
    expect: { code: 0, rules: [] }
  })
  return cases.map(c => ({
    name: c.name,
    about: `${c.about} (go-windows-arm64.exe in a windows/amd64 image)`,
    expect: c.expect,
    write: dir => {
      const l = new Layout(dir)
      const wdir = name => ({ name, type: 'dir', mode: 0 })
      const layer = l.gzipLayer([
        wdir('Files/'),
        wdir('Files/app/'),
        { name: 'Files/app/app.exe', body: mutate('go-windows-arm64.exe', c.fn), mode: 0 },
        wdir('Hives/'),
        { name: 'Hives/Software_Delta', body: 'regf', mode: 0 }
      ])
      const config = l.config(['C:\\app\\app.exe'], 'amd64', { os: 'windows', 'os.version': '10.0.20348.2655' })
      const platform = { os: 'windows', architecture: 'amd64', 'os.version': '10.0.20348.2655' }
      l.finish([l.image(config, [layer], platform)])
      return `oci:${dir}`
    }
  }))
}

/**
 * Write every case under `outDir` (which must not exist or be empty) and return them: name, what it is, the SOURCE
 * argument for the CLI, and the expected outcome. `only` limits it to the named cases.
 */
export function writeCorpus(outDir, only = undefined) {
  mkdirSync(outDir, { recursive: true })
  return CASES.filter(c => !only || only.includes(c.name)).map(c => {
    const source = c.write(join(outDir, c.name))
    const out = { name: c.name, about: c.about, source, expect: c.expect }
    if (c.mustNotExist) out.mustNotExist = c.mustNotExist
    if (c.hostileNames) out.hostileNames = true
    return out
  })
}

export const CASE_NAMES = CASES.map(c => c.name)

/**
 * The cases that once crashed, hung, blew the memory bound or lost a finding, kept as committed single-file
 * regression fixtures (__tests__/fixtures/regressions/, see its README.md): an OCI layout is written as an oci-archive.
 */
export const REGRESSIONS = [
  'zstd-bomb',
  'docker-archive-config-not-json',
  'docker-archive-names-control-characters',
  'names-control-characters',
  'hardlink-to-missing'
]

export function writeRegressions(outDir) {
  const work = join(outDir, '.work')
  const written = []
  for (const c of writeCorpus(work, REGRESSIONS)) {
    const [kind, path] = [c.source.slice(0, c.source.indexOf(':')), c.source.slice(c.source.indexOf(':') + 1)]
    const file = join(outDir, `${c.name}.${kind === 'oci' ? 'oci' : 'docker'}.tar`)
    writeFileSync(file, kind === 'oci' ? archiveOf(path) : readFileSync(path))
    written.push(file)
  }
  rmSync(work, { recursive: true })
  return written
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = process.argv[2]
  if (!out) {
    process.stderr.write('usage: node test-env/make-corpus.mjs OUTDIR [CASE...] | --regressions DIR\n')
    process.exit(2)
  }
  if (out === '--regressions') {
    for (const f of writeRegressions(process.argv[3] ?? '__tests__/fixtures/regressions'))
      process.stdout.write(`${f}\n`)
    process.exit(0)
  }
  const only = process.argv.length > 3 ? process.argv.slice(3) : undefined
  for (const c of writeCorpus(out, only)) {
    const want = c.expect.error
      ? `exit ${c.expect.code}, ${c.expect.error}`
      : `exit ${c.expect.code} ${c.expect.rules.join(' ')}`
    process.stdout.write(`${c.name}\t${c.source}\t${want}\n`)
  }
}
