/** The binary readers on real binaries from real compilers (test-env/make-fixtures.sh), and on hostile bytes. */
import fc from 'fast-check'
import { Readable } from 'node:stream'
import { bufferSource } from '../../src/binary/bytes.js'
import { parseElf, type ElfFacts } from '../../src/binary/elf.js'
import { identify } from '../../src/binary/identify.js'
import { readArmAttributes } from '../../src/binary/arm.js'
import { captureEntry } from '../../src/image/capture.js'
import { elfLargeExtent } from '../../src/binary/plan.js'
import { bin, inChunks } from '../helpers/fixtures.js'

const elf = (name: string): ElfFacts => parseElf(bin(name)) as ElfFacts

describe('C binaries from Debian cross compilers: loader, libraries, linkage', () => {
  test.each([
    ['c-amd64-dyn', 62, '/lib64/ld-linux-x86-64.so.2'],
    ['c-arm64-dyn', 183, '/lib/ld-linux-aarch64.so.1'],
    ['c-armhf-dyn', 40, '/lib/ld-linux-armhf.so.3'],
    ['c-armel-dyn', 40, '/lib/ld-linux.so.3'],
    ['c-386-dyn', 3, '/lib/ld-linux.so.2'],
    ['c-ppc64le-dyn', 21, '/lib64/ld64.so.2'],
    ['c-s390x-dyn', 22, '/lib/ld64.so.1'],
    ['c-riscv64-dyn', 243, '/lib/ld-linux-riscv64-lp64d.so.1']
  ])('%s: machine %d, PT_INTERP %s, DT_NEEDED libc.so.6, dynamic', (name, machine, interp) => {
    expect(elf(name)).toMatchObject({
      machine,
      interpreter: interp,
      needed: ['libc.so.6'],
      linkage: 'dynamic',
      type: 3
    })
  })

  test.each([
    ['c-amd64-static', 'static'],
    ['c-amd64-musl-static', 'static'],
    ['c-amd64-static-pie', 'static-pie']
  ])('%s is %s, as file(1) says', (name, linkage) => {
    expect(elf(name).linkage).toBe(linkage)
    expect(elf(name).interpreter).toBeUndefined()
  })

  test('.comment names the compiler', () => {
    expect(elf('c-arm64-dyn').compiler).toMatch(/^GCC: \(Debian 12\./)
    expect(elf('c-amd64-musl-static').compiler).toMatch(/^GCC: /)
  })
})

describe('ARM: EABI flags, float ABI and .ARM.attributes', () => {
  test.each([
    ['c-armhf-dyn', 'hard', 10, 1],
    ['c-armel-dyn', 'soft', 4, undefined],
    ['c-armv6-soft', 'soft', 6, undefined],
    ['c-armv7-soft', 'soft', 10, undefined]
  ])('%s: %s float, Tag_CPU_arch %d, Tag_ABI_VFP_args %s', (name, float, cpuArch, vfp) => {
    const f = elf(name)
    expect(f.armEabi).toBe(5)
    expect(f.armFloat).toBe(float)
    expect(f.arm?.cpuArch).toBe(cpuArch)
    expect(f.arm?.vfpArgs).toBe(vfp)
  })
})

describe('Go build info (inline format, Go 1.18+)', () => {
  test.each([
    ['go-amd64', 'amd64', { GOAMD64: 'v1' }],
    ['go-arm64', 'arm64', {}],
    ['go-arm-v7', 'arm', { GOARM: '7' }],
    ['go-arm-v6', 'arm', { GOARM: '6' }],
    ['go-386', '386', {}],
    ['go-ppc64le', 'ppc64le', {}],
    ['go-s390x', 's390x', {}],
    ['go-riscv64', 'riscv64', {}]
  ])('%s records GOOS=linux GOARCH=%s', (name, goarch, extra) => {
    const go = elf(name).go
    expect(go?.goVersion).toMatch(/^go1\.\d+/)
    expect(go?.settings).toMatchObject({ GOOS: 'linux', GOARCH: goarch, CGO_ENABLED: '0', ...extra })
    expect(go?.mainModule).toEqual({ path: 'example.com/hello', version: '(devel)' })
    expect(go?.path).toBe('example.com/hello')
  })

  test('Go 1.15 (the pointer format, before 1.18) gives its version and main module', () => {
    expect(elf('go115-amd64').go).toEqual({
      goVersion: 'go1.15.15',
      path: 'example.com/hello',
      mainModule: { path: 'example.com/hello', version: '(devel)' },
      settings: {} // Go records GOOS/GOARCH only since 1.18
    })
  })

  test('C binaries have no Go build info', () => {
    expect(elf('c-amd64-static').go).toBeUndefined()
  })
})

describe('other formats by magic, never as ELF', () => {
  test.each([
    ['go-windows-amd64.exe', 'pe'],
    ['go-darwin-arm64', 'macho'],
    ['go-js.wasm', 'wasm']
  ])('%s is %s', (name, format) => {
    expect(identify(bufferSource(bin(name))).format).toBe(format)
  })

  test('a Java class file (also 0xCAFEBABE) is not Mach-O', () => {
    const cls = Buffer.from([0xca, 0xfe, 0xba, 0xbe, 0, 0, 0, 61, 0, 0])
    expect(identify(bufferSource(cls)).format).toBe('other')
  })
})

describe('streaming capture gives the same facts as reading the whole file', () => {
  const small = { full: 64 * 1024, head: 16 * 1024 } // forces the sparse path on every fixture above 64 KiB
  test.each(['go-arm64', 'go-arm-v7', 'c-amd64-static', 'c-amd64-static-pie', 'c-arm64-dyn', 'c-armhf-dyn'])(
    '%s',
    async name => {
      const bytes = bin(name)
      const chunks = inChunks(bytes)
      const got = await captureEntry(Readable.from(chunks), 0o755, bytes.length, small)
      expect(got.binary).toEqual(parseElf(bytes))
    }
  )

  // Go's own linker (a cgo program, dynamic): headers and text first, the dynamic tables after .rodata in the next,
  // read-only segment, the dynamic section in the data segment. The head alone never holds them.
  test('a dynamic Go program keeps its read-only segment, not its text, and reads what it needs', async () => {
    const bytes = bin('go-amd64-cgo')
    const whole = parseElf(bytes) as ElfFacts
    expect(whole).toMatchObject({ linkage: 'dynamic', needed: ['libc.so.6'] })
    expect(whole.versionNeeds?.map(v => v.file)).toEqual(['libc.so.6'])
    const extent = elfLargeExtent(bufferSource(bytes.subarray(0, 8192), bytes.length), 8 * 1024 * 1024)
    expect(extent.head).toBe(0) // the first segment (the text) is not held
    expect(extent.tables).toBeGreaterThan(0)
    expect(extent.tables).toBeLessThan(bytes.length / 2)
    const got = await captureEntry(Readable.from(inChunks(bytes)), 0o755, bytes.length, {
      ...small,
      headMax: 8 * 1024 * 1024
    })
    expect(got.binary).toEqual(whole)
  })

  test('without room for its table segment, what a dynamic Go program needs stays unknown, never guessed', async () => {
    const bytes = bin('go-amd64-cgo')
    const got = await captureEntry(Readable.from(inChunks(bytes)), 0o755, bytes.length, small)
    expect(got.binary).toMatchObject({ format: 'elf', hasDynamic: true, interpreter: '/lib64/ld-linux-x86-64.so.2' })
    expect((got.binary as ElfFacts).needed).toBeUndefined()
  })
})

const u32le = (n: number): Buffer => {
  const b = Buffer.alloc(4)
  b.writeUInt32LE(n)
  return b
}

describe('hostile bytes give a typed result, never a throw', () => {
  test('random bytes behind each magic (ELF, #!, MZ, Mach-O, wasm) never throw', () => {
    const magics = [
      [0x7f, 0x45, 0x4c, 0x46, 1, 1],
      [0x7f, 0x45, 0x4c, 0x46, 2, 2],
      [0x23, 0x21],
      [0x4d, 0x5a],
      [0xca, 0xfe, 0xba, 0xbe],
      [0, 0x61, 0x73, 0x6d]
    ]
    fc.assert(
      fc.property(fc.constantFrom(...magics), fc.uint8Array({ maxLength: 4096 }), (magic, rest) => {
        const f = identify(bufferSource(Buffer.concat([Buffer.from(magic), Buffer.from(rest)])))
        expect(typeof f.format).toBe('string')
      }),
      { numRuns: 2000 }
    )
  })

  test('.ARM.attributes: random and mutated sections never throw', () => {
    const tags = Buffer.from([0x05, 0x37, 0x2d, 0x41, 0x00, 0x06, 0x0a, 0x1c, 0x01]) // CPU_name "7-A", CPU_arch 10, VFP_args 1
    const file = Buffer.concat([Buffer.from([0x01]), u32le(5 + tags.length), tags])
    const sub = Buffer.concat([u32le(4 + 6 + file.length), Buffer.from('aeabi\0', 'latin1'), file])
    const good = Buffer.concat([Buffer.from('A'), sub])
    expect(readArmAttributes(good, true)).toMatchObject({ cpuArch: 10, vfpArgs: 1 })
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(good.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
        fc.boolean(),
        (muts, le) => {
          const b = Buffer.from(good)
          for (const [i, v] of muts) b[i] = v
          readArmAttributes(b, le)
        }
      ),
      { numRuns: 3000 }
    )
  })

  test('Go build info: mutations around the header never throw and give either nothing or strings', () => {
    const base = bin('go-arm64')
    const at = base.indexOf(Buffer.from('\xff Go buildinf:', 'latin1'))
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 255 })), { maxLength: 12 }),
        muts => {
          const b = Buffer.from(base)
          for (const [i, v] of muts) b[at + i] = v
          const f = parseElf(b) as ElfFacts
          expect(f.go === undefined || typeof f.go.goVersion === 'string').toBe(true)
        }
      ),
      { numRuns: 300 }
    )
  })

  const base = bin('go-arm-v7')
  test('random mutations of a Go ARM binary (headers, sections, attributes, build info)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(base.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 60 }),
        muts => {
          const buf = Buffer.from(base)
          for (const [i, v] of muts) buf[i] = v
          expect(['elf', 'elf-error']).toContain(parseElf(buf).format)
        }
      ),
      { numRuns: 300 }
    )
  })

  test('a build info header with lengths past the end gives no build info', () => {
    const buf = Buffer.from(bin('go-amd64'))
    const at = buf.indexOf(Buffer.from('\xff Go buildinf:', 'latin1'))
    expect(at).toBeGreaterThan(0)
    buf.fill(0xff, at + 32, at + 42) // an endless uvarint length
    const f = parseElf(buf) as ElfFacts
    expect(f.format).toBe('elf')
    expect(f.go).toBeUndefined()
  })

  test('PT_INTERP without its terminator is reported as broken, not read past', () => {
    const buf = Buffer.from(bin('c-amd64-dyn'))
    const at = buf.indexOf(Buffer.from('/lib64/ld-linux-x86-64.so.2\0', 'latin1'))
    buf[at + 27] = 0x41 // overwrite the NUL
    const f = parseElf(buf.subarray(0, at + 28)) as ElfFacts
    expect(f.interpreter).toBeUndefined()
  })
})
