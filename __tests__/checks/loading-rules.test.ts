/**
 * The rules about loading, on facts as the loader model gives them: what each says (the loader's own words, who
 * needs what, the likely cause) and how severe it is for each role. Their clean cases are in rules.test.ts (every
 * rule stays silent on correct images) and in the differential suite on real userlands.
 */
import { libraryMissing } from '../../src/checks/library-missing.js'
import { libraryVersionMissing } from '../../src/checks/library-version-missing.js'
import { nativeModuleMismatch } from '../../src/checks/native-module-mismatch.js'
import type { ElfFacts } from '../../src/binary/elf.js'
import type { LoadResult } from '../../src/inspect/loader/types.js'
import { exe, platform } from '../helpers/facts.js'
import { messageParts } from '../../src/findings.js'

const load = (more: Partial<LoadResult>): LoadResult => ({
  libc: 'glibc',
  missing: [],
  versions: [],
  unknown: [],
  loaded: 5,
  ...more
})

test('library-missing: a dependency of a dependency, in the loader words, error for the entrypoint and PATH', () => {
  const p = platform('linux/s390x', 'c-s390x-dyn', { searchPath: ['/usr/bin'] })
  const curl = exe('/usr/bin/curl', 'c-s390x-dyn')
  const tool = exe('/opt/tool', 'c-s390x-dyn')
  const missing = [
    { name: 'libssl.so.3', neededBy: '/lib/s390x-linux-gnu/libcurl.so.4', skipped: [], reason: 'not-found' as const }
  ]
  curl.load = load({ missing })
  tool.load = load({ missing })
  p.executables.push(curl, tool)
  const found = libraryMissing.check({ platforms: [p] })
  expect(found.map(f => [f.path, f.severity])).toEqual([
    ['/usr/bin/curl', 'error'],
    ['/opt/tool', 'warning']
  ])
  expect(found[0]?.message).toBe(
    'The program `/usr/bin/curl` cannot start: it loads `/lib/s390x-linux-gnu/libcurl.so.4`, which needs ' +
      '`libssl.so.3`. The loader cannot find `libssl.so.3` in the image: it fails with `error while loading shared ' +
      'libraries: libssl.so.3: cannot open shared object file: No such file or directory`.'
  )
})

test('library-missing: the only candidate is for another machine, and the loader passes it over', () => {
  const p = platform('linux/arm64', 'c-arm64-dyn')
  p.executables[0]!.load = load({
    missing: [
      {
        name: 'libc.so.6',
        neededBy: '/server',
        reason: 'not-found',
        skipped: [{ path: '/lib/aarch64-linux-gnu/libc.so.6', what: 'x86-64 (64-bit, LSB)' }]
      }
    ]
  })
  const [f] = libraryMissing.check({ platforms: [p] })
  expect(f?.message).toContain(
    "The only `libc.so.6` on the loader's search path, `/lib/aarch64-linux-gnu/libc.so.6`, is x86-64 (64-bit, LSB), and the loader passes it over"
  )
  expect(f?.hint).toContain('copied from a build for another architecture')
  expect(f?.severity).toBe('error')
})

test('library-version-missing: the version, the library, the loader words, the cause and glibc of the image', () => {
  const p = platform('linux/amd64', 'c-amd64-dyn')
  const libc = exe('/usr/lib/x86_64-linux-gnu/libc.so.6', 'c-amd64-dyn', 0o755)
  ;(libc.binary as ElfFacts).versionDefs = ['libc.so.6', 'GLIBC_2.2.5', 'GLIBC_2.34', 'GLIBC_2.36']
  p.executables.push(libc)
  p.executables[0]!.load = load({
    versions: [
      {
        version: 'GLIBC_2.38',
        library: '/lib/x86_64-linux-gnu/libc.so.6',
        realPath: '/usr/lib/x86_64-linux-gnu/libc.so.6',
        file: 'libc.so.6',
        requiredBy: '/server'
      }
    ]
  })
  const [f, ...rest] = libraryVersionMissing.check({ platforms: [p] })
  expect(rest).toEqual([])
  expect(f).toMatchObject({ rule: 'library-version-missing', severity: 'error', path: '/server' })
  expect(f?.message).toBe(
    "The entrypoint `/server` cannot start: it needs `GLIBC_2.38` from `libc.so.6`. The image's " +
      '`/lib/x86_64-linux-gnu/libc.so.6` does not define it: it fails with ``/server: /lib/x86_64-linux-gnu/libc.so.6: ' +
      "version `GLIBC_2.38' not found (required by /server)``. The program was built against glibc 2.38 or newer, but " +
      'the image has glibc 2.36: its build stage is on a newer distribution release than its runtime stage.'
  )
  expect(f?.hint).toContain('same distribution release')
  // The loader's words quote with a backtick, as glibc prints them: a longer span holds it, shown as it is.
  const spans = messageParts(f?.message ?? '').filter(x => x.code)
  expect(spans.map(x => x.text)).toHaveLength(5)
  expect(spans[4]?.text).toBe(
    "/server: /lib/x86_64-linux-gnu/libc.so.6: version `GLIBC_2.38' not found (required by /server)"
  )
})

test('native-module-mismatch: a foreign module its runtime loads, and a module built only for another architecture', () => {
  const p = platform('linux/arm64', 'go-arm64')
  const addon = exe('/app/node_modules/iconv/build/Release/iconv.node', 'c-amd64-dyn', 0o644)
  addon.module = { runtime: 'node', loaded: true, name: 'iconv' }
  const yaml = exe('/usr/lib/python3/dist-packages/yaml/_yaml.cpython-311-x86_64-linux-gnu.so', 'c-amd64-dyn', 0o644)
  yaml.module = { runtime: 'python', loaded: false, name: '_yaml', noBuildForPlatform: true }
  const alternative = exe('/app/node_modules/x/prebuilds/linux-x64/x.node', 'c-amd64-dyn', 0o644)
  alternative.module = { runtime: 'node', loaded: false, name: 'x' } // an arm64 build stands beside it
  p.executables.push(addon, yaml, alternative)
  const found = nativeModuleMismatch.check({ platforms: [p] })
  expect(found.map(f => [f.path, f.severity])).toEqual([
    ['/app/node_modules/iconv/build/Release/iconv.node', 'error'],
    ['/usr/lib/python3/dist-packages/yaml/_yaml.cpython-311-x86_64-linux-gnu.so', 'error']
  ])
  expect(found[0]?.message).toContain('is x86-64 (64-bit, LSB), but this image is linux/arm64: `require()` fails')
  expect(found[0]?.hint).toContain('npm ci')
  expect(found[1]?.message).toContain('`import _yaml` fails with "ModuleNotFoundError"')
  expect(found[1]?.hint).toContain('pip install --platform')
})

test('a library whose dynamic string table could not be read is said in a note, never guessed as loading or not', async () => {
  const { platformNotChecked } = await import('../../src/checks/platform-not-checked.js')
  const p = platform('linux/amd64', 'c-amd64-dyn')
  p.executables[0]!.load = load({ unknown: ['/usr/lib/x86_64-linux-gnu/libhuge.so.1'] })
  const notes = platformNotChecked.check({ platforms: [p] })
  expect(notes.map(f => [f.rule, f.severity])).toEqual([['platform-not-checked', 'note']])
  expect(notes[0]?.message).toContain(
    'the dynamic string table of `/usr/lib/x86_64-linux-gnu/libhuge.so.1` could not be read'
  )
  expect(libraryMissing.check({ platforms: [p] })).toEqual([])
})
