import fc from 'fast-check'
import { describeElfMachine, elfArchitecture, elfMatchesPlatform } from '../../src/binary/arch.js'
import { parseElf, type ElfFacts } from '../../src/binary/elf.js'
import { parsePlatform } from '../../src/platform.js'
import { bin } from '../helpers/fixtures.js'

function elf(name: string): ElfFacts {
  const r = parseElf(bin(name))
  if (r.format !== 'elf') throw new Error(`${name}: ${r.reason}`)
  return r
}

describe('real binaries from real compilers', () => {
  test.each([
    ['go-amd64', 62, 64, 'little', 'amd64'],
    ['go-arm64', 183, 64, 'little', 'arm64'],
    ['go-arm-v7', 40, 32, 'little', 'arm'],
    ['go-arm-v6', 40, 32, 'little', 'arm'],
    ['go-386', 3, 32, 'little', '386'],
    ['go-ppc64le', 21, 64, 'little', 'ppc64le'],
    ['go-s390x', 22, 64, 'big', 's390x'],
    ['go-riscv64', 243, 64, 'little', 'riscv64'],
    ['c-amd64-dyn', 62, 64, 'little', 'amd64']
  ])('%s is machine %d, %d-bit, %s-endian (%s)', (name, machine, bits, endian, arch) => {
    const f = elf(name)
    expect([f.machine, f.bits, f.endian]).toEqual([machine, bits, endian])
    expect(elfArchitecture(f)).toBe(arch)
    expect(elfMatchesPlatform(f, parsePlatform(`linux/${arch}`))).toBe(true)
  })

  test('a Go binary built with CGO_ENABLED=0 is static with no interpreter', () => {
    const f = elf('go-arm64')
    expect(f.linkage).toBe('static')
    expect(f.interpreter).toBeUndefined()
    expect(f.type).toBe(2)
  })

  test('a dynamic C binary names the glibc loader and libc', () => {
    const f = elf('c-amd64-dyn')
    expect(f.linkage).toBe('dynamic')
    expect(f.interpreter).toBe('/lib64/ld-linux-x86-64.so.2')
    expect(f.needed).toContain('libc.so.6')
  })

  test('a static glibc C binary is static (or static-pie), without interpreter', () => {
    const f = elf('c-amd64-static')
    expect(['static', 'static-pie']).toContain(f.linkage)
    expect(f.interpreter).toBeUndefined()
  })

  test('an x86-64 binary does not match linux/arm64', () => {
    const f = elf('go-amd64')
    expect(elfMatchesPlatform(f, parsePlatform('linux/arm64'))).toBe(false)
    expect(describeElfMachine(f)).toBe('x86-64')
  })

  test('only the first bytes are enough for machine, class, byte order and interpreter', () => {
    const f = parseElf(bin('c-amd64-dyn').subarray(0, 4096))
    expect(f.format).toBe('elf')
    expect((f as ElfFacts).interpreter).toBe('/lib64/ld-linux-x86-64.so.2')
  })
})

describe('bad input gives a typed error, never a throw', () => {
  test.each([
    ['empty', Buffer.alloc(0), /not an ELF/],
    ['text', Buffer.from('#!/bin/sh\necho hi\n'), /not an ELF/],
    ['magic only', Buffer.from([0x7f, 0x45, 0x4c, 0x46]), /truncated/],
    ['bad class', Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 9, 1]), Buffer.alloc(60)]), /class/]
  ])('%s', (_name, input, reason) => {
    const r = parseElf(input)
    expect(r.format).toBe('elf-error')
    expect((r as { reason: string }).reason).toMatch(reason)
  })

  test('random bytes after an ELF magic never throw', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 2048 }), bytes => {
        const buf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46]), Buffer.from(bytes)])
        const r = parseElf(buf)
        expect(['elf', 'elf-error']).toContain(r.format)
      }),
      { numRuns: 2000 }
    )
  })

  test('mutated real binaries never throw', () => {
    const base = bin('c-amd64-dyn').subarray(0, 8192)
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(base.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 40 }),
        muts => {
          const buf = Buffer.from(base)
          for (const [i, v] of muts) buf[i] = v
          const r = parseElf(buf)
          expect(['elf', 'elf-error']).toContain(r.format)
        }
      ),
      { numRuns: 2000 }
    )
  })
})
