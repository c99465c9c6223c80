/**
 * parseLdCache on caches the real ldconfig wrote over real Debian libraries (test-env/make-ld-cache-fixtures.mjs):
 * little- and big-endian (amd64 by the host's ldconfig, s390x by its own under QEMU), in each format ldconfig
 * writes (new, compat: the old table then the new, old alone). Each must give the entries `ldconfig -p` printed
 * from the same file, in its order: soname, ABI, path, and whether it is a glibc-hwcaps entry.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { parseLdCache } from '../../src/inspect/loader/ld-cache.js'
import { ROOT } from '../helpers/fixtures.js'

const DIR = join(ROOT, '__tests__/fixtures/ld-cache')

/** How ldconfig -p names an entry's flags (elf/cache.c print_entry): the C library, then the ABI. */
const ABI: Record<number, string> = {
  0x0003: 'libc6',
  0x0303: 'libc6,x86-64',
  0x0403: 'libc6,64bit',
  0x0503: 'libc6,64bit',
  0x0803: 'libc6,x32',
  0x0903: 'libc6,hard-float',
  0x0a03: 'libc6,AArch64',
  0x0b03: 'libc6,soft-float'
}

/** `ldconfig -p`'s lines: `\tSONAME (ABI[, hwcap: "NAME"]) => PATH`. */
function printed(text: string): Array<[string, string, string, boolean]> {
  return text
    .split('\n')
    .map(l => /^\t(\S+) \(([^,)]+(?:,[^,)]+)?)(, hwcap: "[^"]*")?\) => (.+)$/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map(m => [m[1] as string, m[2] as string, m[4] as string, m[3] !== undefined])
}

const CACHES = readdirSync(DIR)
  .filter(f => f.endsWith('.cache'))
  .sort()

test('the fixtures are there: two architectures, three formats', () => {
  expect(CACHES).toEqual([
    'amd64-compat.cache',
    'amd64-new.cache',
    'amd64-old.cache',
    's390x-compat.cache',
    's390x-new.cache',
    's390x-old.cache'
  ])
})

test.each(CACHES)('%s: the entries ldconfig -p prints, in its order', file => {
  const expected = printed(readFileSync(join(DIR, file.replace(/\.cache$/, '.txt')), 'utf8'))
  expect(expected.length).toBeGreaterThanOrEqual(4)
  const entries = parseLdCache(readFileSync(join(DIR, file)))
  expect(entries?.map(e => [e.soname, ABI[e.flags] ?? `0x${e.flags.toString(16)}`, e.path, e.hwcap !== 0])).toEqual(
    expected
  )
})

test('a cache cut short, or with its table pointing past its end, is no cache (never a throw)', () => {
  const whole = readFileSync(join(DIR, 's390x-new.cache'))
  for (let n = 0; n < whole.length; n += 7) expect(() => parseLdCache(whole.subarray(0, n))).not.toThrow()
  expect(parseLdCache(whole.subarray(0, 40))).toBeUndefined()
})
