/**
 * Property tests for every parser: random and mutated input gives a typed result or a UserError, never another throw
 * and never a hang. CI runs a few hundred cases per property; `npm run fuzz` runs 100,000 (MV_FUZZ_RUNS).
 */
import fc from 'fast-check'
import { Readable } from 'node:stream'
import { parseElf } from '../../src/binary/elf.js'
import { parsePe } from '../../src/binary/pe.js'
import { parseShebang } from '../../src/binary/shebang.js'
import { dockerfileHardcodedPlatform } from '../../src/checks/dockerfile-hardcoded-platform.js'
import { parseDockerfile } from '../../src/dockerfile/parse.js'
import { UserError } from '../../src/errors.js'
import { FileTree } from '../../src/image/filetree.js'
import { walkLayer } from '../../src/image/layer.js'
import { parseLdCache } from '../../src/inspect/loader/ld-cache.js'
import { formatPlatform, parsePlatform } from '../../src/platform.js'
import { ROOT, bin } from '../helpers/fixtures.js'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { makeTar, type TarItem } from '../helpers/tar.js'

const RUNS = Number(process.env.MV_FUZZ_RUNS ?? 300)
const opts = { numRuns: RUNS }

test('ELF: mutated real binaries of every class and byte order', () => {
  const bases = ['go-arm64', 'go-s390x', 'c-armhf-dyn', 'c-386-dyn', 'go115-amd64'].map(n =>
    bin(n).subarray(0, 64 * 1024)
  )
  fc.assert(
    fc.property(
      fc.nat(bases.length - 1),
      fc.array(fc.tuple(fc.nat(64 * 1024 - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 64 }),
      (i, muts) => {
        const buf = Buffer.from(bases[i] as Buffer)
        for (const [at, v] of muts) if (at < buf.length) buf[at] = v
        expect(['elf', 'elf-error']).toContain(parseElf(buf).format)
      }
    ),
    opts
  )
})

test('ld.so.cache: mutated real caches of both byte orders and all three formats give entries or undefined', () => {
  const bases = ['amd64-new', 'amd64-compat', 'amd64-old', 's390x-new', 's390x-compat', 's390x-old'].map(n =>
    readFileSync(join(ROOT, '__tests__/fixtures/ld-cache', `${n}.cache`))
  )
  fc.assert(
    fc.property(
      fc.nat(bases.length - 1),
      fc.array(fc.tuple(fc.nat(1023), fc.integer({ min: 0, max: 255 })), { maxLength: 16 }),
      (i, muts) => {
        const buf = Buffer.from(bases[i] as Buffer)
        for (const [at, v] of muts) if (at < buf.length) buf[at] = v
        const r = parseLdCache(buf)
        expect(r === undefined || Array.isArray(r)).toBe(true)
      }
    ),
    opts
  )
})

test('PE: mutated real Windows programs (Go amd64/arm64/386, MinGW, a .NET assembly, a DLL)', () => {
  const bases = [
    'go-windows-amd64.exe',
    'go-windows-arm64.exe',
    'go-windows-386.exe',
    'c-windows-amd64.exe',
    'dotnet-x86.exe',
    'mingw-libwinpthread-1.dll'
  ].map(n => bin(n).subarray(0, 64 * 1024))
  fc.assert(
    fc.property(
      fc.nat(bases.length - 1),
      // The headers are in the first KiB: most mutations land there.
      fc.array(fc.tuple(fc.nat(1023), fc.integer({ min: 0, max: 255 })), { maxLength: 32 }),
      fc.array(fc.tuple(fc.nat(64 * 1024 - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 16 }),
      (i, head, body) => {
        const buf = Buffer.from(bases[i] as Buffer)
        for (const [at, v] of [...head, ...body]) if (at < buf.length) buf[at] = v
        expect(['pe', 'pe-error']).toContain(parsePe(buf).format)
      }
    ),
    opts
  )
})

test('Go build info: mutated headers and varint lengths of real binaries (1.18+ inline, 1.15 pointers)', () => {
  const magic = Buffer.from('\xff Go buildinf:', 'latin1')
  const bases = ['go-arm64', 'go-s390x', 'go115-amd64'].map(n => {
    const buf = bin(n)
    return { buf, at: buf.indexOf(magic) }
  })
  for (const b of bases) {
    expect(b.at).toBeGreaterThan(0)
    const clean = parseElf(b.buf)
    expect(clean.format === 'elf' && clean.go?.goVersion).toMatch(/^go1\.\d+/) // the header is really read
  }
  fc.assert(
    fc.property(
      fc.nat(bases.length - 1),
      fc.array(fc.tuple(fc.nat(511), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 16 }),
      (i, muts) => {
        const { buf, at } = bases[i] as { buf: Buffer; at: number }
        const saved = Buffer.from(buf.subarray(at, at + 512))
        try {
          for (const [off, v] of muts) buf[at + off] = v
          const elf = parseElf(buf)
          expect(elf.format).toBe('elf')
          const go = elf.format === 'elf' ? elf.go : undefined
          expect(go === undefined || typeof go.goVersion === 'string').toBe(true)
        } finally {
          saved.copy(buf, at)
        }
      }
    ),
    { numRuns: Math.min(RUNS, 20000) }
  )
})

test('shebang: any bytes', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 512 }), bytes => {
      const s = parseShebang(Buffer.concat([Buffer.from('#!'), Buffer.from(bytes)]))
      expect(s === undefined || s.interpreter.length > 0).toBe(true)
    }),
    opts
  )
})

test('platforms: any text parses to a normalised platform that round-trips, or is a UserError', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 40 }), text => {
      const outcome = (): string => {
        try {
          const p = parsePlatform(text)
          return formatPlatform(parsePlatform(formatPlatform(p))) === formatPlatform(p) ? 'round-trips' : 'changes'
        } catch (err) {
          return err instanceof UserError ? 'user error' : `threw ${String(err)}`
        }
      }
      expect(['round-trips', 'user error']).toContain(outcome())
    }),
    opts
  )
})

test('Dockerfile: any text parses and lints without throwing, each finding at a line of the text', () => {
  const words = fc.constantFrom(
    'FROM',
    'RUN',
    'COPY',
    'ADD',
    'ENV',
    'ARG',
    '--platform=$BUILDPLATFORM',
    '--platform=linux/amd64',
    'GOARCH=amd64',
    'https://x.io/amd64/t',
    '--from=b',
    'AS',
    'b',
    '\\',
    '\n',
    '"',
    '[',
    ']',
    '$TARGETARCH'
  )
  fc.assert(
    fc.property(fc.array(fc.oneof(words, fc.string({ maxLength: 8 })), { maxLength: 40 }), parts => {
      const text = parts.join(' ')
      const stages = parseDockerfile(text)
      const lines = text.split(/\r\n|\r|\n/).length
      const findings = dockerfileHardcodedPlatform.check({ file: 'Dockerfile', stages })
      expect(
        findings.filter(
          f =>
            f.rule !== 'dockerfile-hardcoded-platform' ||
            !(f.location && f.location.line >= 1 && f.location.line <= lines)
        )
      ).toEqual([])
    }),
    { numRuns: Math.min(RUNS, 5000) }
  )
})

test('layers: whiteouts, opaque dirs, links and `..` in any order flatten without escaping or showing whiteouts', async () => {
  const name = fc.constantFrom('a', 'b', 'c', '.wh.a', '.wh.b', '.wh..wh..opq', '..', '.')
  const path = fc.array(name, { minLength: 1, maxLength: 4 }).map(p => p.join('/'))
  const item: fc.Arbitrary<TarItem> = fc.oneof(
    path.map(n => ({ name: n, content: 'x' })),
    path.map(n => ({ name: n, type: 'directory' as const })),
    fc.tuple(path, path).map(([n, l]) => ({ name: n, type: 'symlink' as const, linkname: l })),
    fc.tuple(path, path).map(([n, l]) => ({ name: n, type: 'link' as const, linkname: l }))
  )
  await fc.assert(
    fc.asyncProperty(fc.array(fc.array(item, { maxLength: 6 }), { minLength: 1, maxLength: 3 }), async layers => {
      const walked = []
      for (const l of layers) walked.push(await walkLayer(Readable.from([await makeTar(l)]), undefined))
      const tree = FileTree.fromLayers(walked)
      for (const f of tree.files()) {
        expect(f.path.startsWith('/')).toBe(true)
        expect(f.path.split('/')).not.toContain('..')
        expect(f.path.split('/').some(p => p.startsWith('.wh.'))).toBe(false)
      }
      for (const p of ['/a', '/a/b', '/c/../a', '/b/b/b']) tree.resolve(p) // never throws, never loops
    }),
    { numRuns: Math.min(RUNS, 3000) }
  )
})
