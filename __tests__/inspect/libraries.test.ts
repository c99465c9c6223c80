import { parseElf, type ElfFacts } from '../../src/binary/elf.js'
import { libraryMissing } from '../../src/checks/library-missing.js'
import { FileTree } from '../../src/image/filetree.js'
import { ldSoConfDirs, missingLibraries, searchContext } from '../../src/inspect/libraries.js'
import { dirEntry, fileEntry, linkEntry } from '../helpers/entries.js'
import { bin } from '../helpers/fixtures.js'
import { exe, platform } from '../helpers/facts.js'

const tree = FileTree.fromLayers([
  [
    fileEntry('/lib64/ld-linux-x86-64.so.2'),
    fileEntry('/lib/x86_64-linux-gnu/libc.so.6'),
    fileEntry('/etc/ld.so.conf', { text: '# system\ninclude /etc/ld.so.conf.d/*.conf\n' }),
    fileEntry('/etc/ld.so.conf.d/local.conf', { text: '/opt/lib\n' }),
    fileEntry('/etc/ld.so.conf.d/README', { text: '/not/used\n' }),
    fileEntry('/opt/lib/libfoo.so.1.2'),
    linkEntry('/opt/lib/libfoo.so.1', 'libfoo.so.1.2'),
    dirEntry('/app/lib'),
    fileEntry('/app/lib/libbar.so'),
    fileEntry('/etc/ld-musl-x86_64.path', { text: '/lib:/usr/glibc-compat/lib\n' }),
    fileEntry('/usr/glibc-compat/lib/libgcompat.so.0')
  ]
])

const elf = (needed: string[], extra: Partial<ElfFacts> = {}): ElfFacts => ({
  ...(parseElf(bin('c-amd64-dyn')) as ElfFacts),
  needed,
  ...extra
})

test('ld.so.conf includes are followed, with globs, and only .conf files match *.conf', () => {
  expect(ldSoConfDirs(tree)).toEqual(['/opt/lib'])
})

test('glibc: multiarch and ld.so.conf dirs, $ORIGIN in RUNPATH, symlinked sonames; the rest is missing', () => {
  const ctx = searchContext(tree, 'amd64', 64, '/lib64/ld-linux-x86-64.so.2', [])
  const e = elf(['libc.so.6', 'libfoo.so.1', 'libbar.so', 'libnope.so.9'], { runpath: ['$ORIGIN/../lib'] })
  expect(missingLibraries(tree, '/app/bin/prog', e, ctx)).toEqual(['libnope.so.9'])
  expect(missingLibraries(tree, '/usr/bin/prog', e, ctx)).toEqual(['libbar.so', 'libnope.so.9']) // $ORIGIN differs
})

test('LD_LIBRARY_PATH from the image config is searched', () => {
  const ctx = searchContext(tree, 'amd64', 64, '/lib64/ld-linux-x86-64.so.2', ['LD_LIBRARY_PATH=/app/lib'])
  expect(missingLibraries(tree, '/usr/bin/prog', elf(['libbar.so']), ctx)).toEqual([])
})

test('musl: /etc/ld-musl-ARCH.path replaces the default directories', () => {
  const ctx = searchContext(tree, 'amd64', 64, '/lib/ld-musl-x86_64.so.1', [])
  expect(ctx.system).toEqual(['/lib', '/usr/glibc-compat/lib'])
  expect(missingLibraries(tree, '/usr/bin/prog', elf(['libgcompat.so.0', 'libc.so.6']), ctx)).toEqual(['libc.so.6'])
})

test('library-missing: error for the entrypoint, warning for other programs; clean without missing libraries', () => {
  const p = platform('linux/amd64', 'c-amd64-dyn')
  p.executables[0]!.deps = {
    interpreter: { path: '/lib64/ld-linux-x86-64.so.2', found: true },
    missingLibraries: ['libssl.so.3']
  }
  p.executables.push({
    ...exe('/usr/bin/tool', 'c-amd64-dyn'),
    deps: { interpreter: { path: '/lib64/ld-linux-x86-64.so.2', found: true }, missingLibraries: ['libz.so.1'] }
  })
  const found = libraryMissing.check({ platforms: [p] })
  expect(found.map(f => [f.path, f.severity])).toEqual([
    ['/server', 'error'],
    ['/usr/bin/tool', 'warning']
  ])
  expect(found[0]?.message).toContain('needs `libssl.so.3`, which the loader cannot find')
  expect(libraryMissing.check({ platforms: [platform('linux/amd64', 'c-amd64-dyn')] })).toEqual([])
})
