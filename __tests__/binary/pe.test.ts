/**
 * The PE reader on real Windows programs from real compilers (test-env/make-fixtures.sh: Go, Debian's MinGW-w64,
 * Mono's C# compiler) and on hostile bytes.
 */
import fc from 'fast-check'
import { Readable } from 'node:stream'
import { describePeMachine, peArchitecture } from '../../src/binary/arch.js'
import { bufferPart, bufferSource, sparseSource } from '../../src/binary/bytes.js'
import { identify } from '../../src/binary/identify.js'
import { parsePe, peCapturePlan, type PeFacts } from '../../src/binary/pe.js'
import { captureEntry } from '../../src/image/capture.js'
import { bin, inChunks } from '../helpers/fixtures.js'

const pe = (name: string): PeFacts => parsePe(bin(name)) as PeFacts

describe('machine, PE32 or PE32+, program or DLL, subsystem', () => {
  test.each([
    ['go-windows-amd64.exe', 0x8664, 64, 'amd64', 'x86-64'],
    ['go-windows-arm64.exe', 0xaa64, 64, 'arm64', 'ARM64'],
    ['go-windows-386.exe', 0x14c, 32, '386', 'Intel 80386'],
    ['go-windows-arm.exe', 0x1c4, 32, 'arm', 'ARM Thumb-2'],
    ['c-windows-amd64.exe', 0x8664, 64, 'amd64', 'x86-64'],
    ['c-windows-386.exe', 0x14c, 32, '386', 'Intel 80386']
  ])('%s: machine 0x%s, PE%s, %s', (name, machine, bits, arch, described) => {
    const f = pe(name)
    expect({ machine: f.machine, bits: f.bits, dll: f.dll, subsystem: f.subsystem }).toEqual({
      machine,
      bits,
      dll: false,
      subsystem: 3 // console
    })
    expect(peArchitecture(f.machine)).toBe(arch)
    expect(describePeMachine(f.machine)).toBe(described)
    expect(identify(bufferSource(bin(name)))).toEqual(f)
  })

  test("MinGW-w64's runtime DLL from Debian is a 64-bit DLL", () => {
    const f = pe('mingw-libwinpthread-1.dll')
    expect({ machine: f.machine, bits: f.bits, dll: f.dll }).toEqual({ machine: 0x8664, bits: 64, dll: true })
  })

  test('an unknown machine is named by its number', () => {
    expect(describePeMachine(0x1234)).toBe('machine 0x1234')
    expect(peArchitecture(0x1234)).toBeUndefined()
  })
})

describe('Go build info in PE files, read the way debug/buildinfo does', () => {
  test.each([
    ['go-windows-amd64.exe', 'amd64'],
    ['go-windows-arm64.exe', 'arm64'],
    ['go-windows-386.exe', '386'],
    ['go-windows-arm.exe', 'arm']
  ])('%s records GOOS=windows GOARCH=%s', (name, goarch) => {
    const go = pe(name).go
    expect(go?.goVersion).toMatch(/^go1\.\d+/)
    expect(go?.settings).toMatchObject({ GOOS: 'windows', GOARCH: goarch })
    expect(go?.mainModule).toEqual({ path: 'example.com/hello', version: '(devel)' })
  })

  test('a C program has none', () => {
    expect(pe('c-windows-amd64.exe').go).toBeUndefined()
  })
})

describe('.NET assemblies: the CLR header flags say what runs where', () => {
  test.each([
    ['dotnet-anycpu.exe', 0x14c, 32, { ilOnly: true, requires32: false }],
    ['dotnet-x86.exe', 0x14c, 32, { ilOnly: true, requires32: true }],
    ['dotnet-x64.exe', 0x8664, 64, { ilOnly: true, requires32: false }],
    ['dotnet-arm.exe', 0x1c4, 32, { ilOnly: true, requires32: false }]
  ])('%s: machine 0x%s, PE%s, %o', (name, machine, bits, clr) => {
    const f = pe(name)
    expect({ machine: f.machine, bits: f.bits }).toEqual({ machine, bits })
    expect(f.clr).toMatchObject(clr)
  })

  test('native programs have no CLR header', () => {
    expect(pe('go-windows-amd64.exe').clr).toBeUndefined()
    expect(pe('c-windows-386.exe').clr).toBeUndefined()
  })
})

describe('streaming capture gives the same facts as reading the whole file', () => {
  const small = { full: 64 * 1024, head: 16 * 1024 } // forces the sparse path on every fixture above 64 KiB
  test.each(['go-windows-amd64.exe', 'go-windows-arm64.exe', 'go-windows-386.exe', 'mingw-libwinpthread-1.dll'])(
    '%s, mode 0 as in a Windows layer',
    async name => {
      const bytes = bin(name)
      const chunks = inChunks(bytes)
      const got = await captureEntry(Readable.from(chunks), 0o100000, bytes.length, small)
      expect(got.binary).toEqual(parsePe(bytes))
      expect(got.sha256).toMatch(/^[0-9a-f]{64}$/)
    }
  )

  test("the plan names the data section's start, where Go's build info is", () => {
    const bytes = bin('go-windows-arm64.exe')
    const head = bytes.subarray(0, 4096)
    const ranges = peCapturePlan(bufferSource(head, bytes.length)).map(w =>
      bufferPart(w.offset, bytes.subarray(w.offset, w.offset + w.length))
    )
    const got = parsePe(sparseSource(bytes.length, [bufferPart(0, head), ...ranges]))
    expect(got).toEqual(pe('go-windows-arm64.exe'))
  })

  test('a sparse read that misses the CLR header says so, never guesses', () => {
    const bytes = bin('dotnet-x86.exe')
    const got = parsePe(sparseSource(bytes.length, [bufferPart(0, bytes.subarray(0, 512))])) as PeFacts
    expect({ clr: got.clr, clrUnknown: got.clrUnknown, machine: got.machine }).toEqual({
      clr: undefined,
      clrUnknown: true,
      machine: 0x14c
    })
  })
})

describe('hostile bytes give a typed result, never a throw', () => {
  test('every real PE file cut short at every offset of its headers', () => {
    for (const name of ['go-windows-amd64.exe', 'dotnet-x64.exe', 'c-windows-386.exe']) {
      const bytes = bin(name)
      for (let n = 0; n <= 1024; n++) {
        const got = parsePe(bytes.subarray(0, n))
        expect(['pe', 'pe-error']).toContain(got.format)
      }
    }
  })

  test('a DOS program (MZ without PE\\0\\0) is not a PE file', () => {
    const dos = Buffer.alloc(128)
    dos.write('MZ', 0, 'latin1')
    dos.writeUInt32LE(64, 0x3c)
    expect(parsePe(dos)).toEqual({ format: 'pe-error', reason: 'no PE signature (a DOS program)' })
    expect(identify(bufferSource(dos)).format).toBe('other')
  })

  test('e_lfanew past the end, absurd section counts and directory counts', () => {
    const base = Buffer.from(bin('go-windows-amd64.exe').subarray(0, 4096))
    const lfanew = base.readUInt32LE(0x3c)
    const cases: Array<(b: Buffer) => void> = [
      b => b.writeUInt32LE(0xfffffff0, 0x3c),
      b => b.writeUInt16LE(0xffff, lfanew + 6), // NumberOfSections
      b => b.writeUInt16LE(0xffff, lfanew + 20), // SizeOfOptionalHeader
      b => b.writeUInt32LE(0xffffffff, lfanew + 24 + 108), // NumberOfRvaAndSizes
      b => b.writeUInt16LE(0x107, lfanew + 24) // a ROM image's magic
    ]
    for (const mutate of cases) {
      const b = Buffer.from(base)
      mutate(b)
      expect(() => parsePe(b)).not.toThrow()
      expect(() => peCapturePlan(bufferSource(b, 1 << 30))).not.toThrow()
    }
  })

  test('random bytes behind MZ and a PE signature', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 2048 }), fc.nat(512), (bytes, lfanew) => {
        const b = Buffer.alloc(Math.max(bytes.length, 0x40))
        Buffer.from(bytes).copy(b)
        b.write('MZ', 0, 'latin1')
        b.writeUInt32LE(lfanew, 0x3c)
        if (lfanew + 4 <= b.length) b.write('PE\0\0', lfanew, 'latin1')
        expect(['pe', 'pe-error']).toContain(parsePe(b).format)
        expect(Array.isArray(peCapturePlan(bufferSource(b)))).toBe(true)
      }),
      { numRuns: Number(process.env.MV_FUZZ_RUNS ?? 300) }
    )
  })
})
