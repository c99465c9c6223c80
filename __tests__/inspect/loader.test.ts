/**
 * The loader model on images made of real ELF headers (the fixtures' compilers) with the dynamic facts of each case:
 * glibc's search order and what it passes over, ld.so.cache, symbol versions, musl. The differential suite
 * (loader-oracle.itg.test.ts) holds the model against the real loaders on real Debian userlands.
 */
import { parseElf, type ElfFacts } from '../../src/binary/elf.js'
import { FileTree } from '../../src/image/filetree.js'
import type { LayerEntry } from '../../src/image/layer.js'
import type { ExecutableFacts } from '../../src/inspect/facts.js'
import { dependenciesOf } from '../../src/inspect/dependencies.js'
import { LoadingModel, attachLoading } from '../../src/inspect/loading.js'
import type { LdCacheEntry } from '../../src/inspect/loader/ld-cache.js'
import { dirEntry, fileEntry, linkEntry } from '../helpers/entries.js'
import { bin } from '../helpers/fixtures.js'
import { amd64, glibcBase, lib, prog } from '../helpers/glibc-image.js'

const i386 = parseElf(bin('c-386-dyn')) as ElfFacts
const arm64 = parseElf(bin('c-arm64-dyn')) as ElfFacts
const s390x = parseElf(bin('c-s390x-dyn')) as ElfFacts
const armhf = parseElf(bin('c-armhf-dyn')) as ElfFacts
const armel = parseElf(bin('c-armel-dyn')) as ElfFacts

function load(
  layers: LayerEntry[][],
  opts: { env?: string[]; entrypoint?: string; arch?: string } = {}
): Map<string, ExecutableFacts> {
  const tree = FileTree.fromLayers(layers)
  const exes: ExecutableFacts[] = []
  for (const f of tree.files()) {
    if (!f.binary) continue
    const e: ExecutableFacts = { path: f.path, mode: f.mode, size: f.size, binary: f.binary }
    const deps = dependenciesOf(tree, e.binary, ['/usr/bin'])
    if (deps) e.deps = deps
    exes.push(e)
  }
  attachLoading(exes, {
    tree,
    architecture: opts.arch ?? 'amd64',
    env: opts.env ?? [],
    workdir: '/',
    ...(opts.entrypoint ? { entrypoint: opts.entrypoint } : {})
  })
  return new Map(exes.map(e => [e.path, e]))
}

describe('glibc', () => {
  test('a clean program loads: libc found in the system directories, ld.so by its soname', () => {
    const r = load([[...glibcBase(), prog('/usr/bin/app', ['libc.so.6'])]])
    expect(r.get('/usr/bin/app')?.load).toBeUndefined()
  })

  test('a dependency of a dependency that is missing is found, with the library that needs it', () => {
    const r = load([
      [
        ...glibcBase(),
        lib('/usr/lib/x86_64-linux-gnu/libcurl.so.4', { soname: 'libcurl.so.4', needed: ['libssl.so.3', 'libc.so.6'] }),
        prog('/usr/bin/curl', ['libcurl.so.4', 'libc.so.6'])
      ]
    ])
    expect(r.get('/usr/bin/curl')?.load?.missing).toEqual([
      // Debian's first system directory is /lib/x86_64-linux-gnu: ld.so opens it there, through the /lib link.
      { name: 'libssl.so.3', neededBy: '/lib/x86_64-linux-gnu/libcurl.so.4', skipped: [], reason: 'not-found' }
    ])
  })

  test('a 32-bit and an arm64 candidate are passed over, the x86-64 one further on is taken', () => {
    const layers = [
      ...glibcBase(),
      lib('/app/lib/libfoo.so.1', { soname: 'libfoo.so.1' }, i386),
      lib('/app/lib2/libfoo.so.1', { soname: 'libfoo.so.1' }, arm64),
      lib('/usr/lib/x86_64-linux-gnu/libfoo.so.1', { soname: 'libfoo.so.1' }),
      prog('/app/bin/app', ['libfoo.so.1', 'libc.so.6'], { runpath: ['$ORIGIN/../lib', '$ORIGIN/../lib2'] })
    ]
    expect(load([layers]).get('/app/bin/app')?.load).toBeUndefined()
    const only = load([layers.filter(e => e.path !== '/usr/lib/x86_64-linux-gnu/libfoo.so.1')])
    expect(only.get('/app/bin/app')?.load?.missing).toEqual([
      {
        name: 'libfoo.so.1',
        neededBy: '/app/bin/app',
        reason: 'not-found',
        skipped: [
          { path: '/app/lib/libfoo.so.1', what: 'Intel 80386 (32-bit, LSB)', otherClass: 32 },
          { path: '/app/lib2/libfoo.so.1', what: 'AArch64 (64-bit, LSB)' }
        ]
      }
    ])
  })

  test('a candidate of the other byte order is passed over (what the real 2.36 loader does)', () => {
    const r = load([
      [
        ...glibcBase(),
        lib('/app/lib/libfoo.so.1', { soname: 'libfoo.so.1' }, s390x),
        lib('/usr/lib/x86_64-linux-gnu/libfoo.so.1', { soname: 'libfoo.so.1' }),
        prog('/app/bin/app', ['libfoo.so.1', 'libc.so.6'], { runpath: ['/app/lib'] })
      ]
    ])
    expect(r.get('/app/bin/app')?.load).toBeUndefined()
  })

  test('a file of that name that is not ELF stops the loader: "invalid ELF header", named by its path', () => {
    const r = load([
      [
        ...glibcBase(),
        fileEntry('/app/lib/libfoo.so.1', { mode: 0o644, size: 130 }), // a Git LFS pointer: text, no binary facts
        lib('/usr/lib/x86_64-linux-gnu/libfoo.so.1', { soname: 'libfoo.so.1' }),
        prog('/app/bin/app', ['libfoo.so.1', 'libc.so.6'], { runpath: ['/app/lib'] })
      ]
    ])
    expect(r.get('/app/bin/app')?.load?.missing[0]).toMatchObject({
      reason: 'fatal',
      fatal: { path: '/app/lib/libfoo.so.1', error: 'invalid ELF header' }
    })
  })

  test('ld.so.cache finds what the system directories do not; a directory only ld.so.conf names is not searched', () => {
    const cache: LdCacheEntry[] = [
      { flags: 0x303, soname: 'libvendor.so.1', path: '/opt/vendor/lib/libvendor.so.1', hwcap: 0 },
      { flags: 0x0a03, soname: 'libother.so.1', path: '/opt/other/libother.so.1', hwcap: 0 } // AArch64's entry
    ]
    const files = [
      ...glibcBase(),
      fileEntry('/etc/ld.so.conf.d/vendor.conf', { text: '/opt/vendor/lib\n/opt/other\n' }),
      lib('/opt/vendor/lib/libvendor.so.1', { soname: 'libvendor.so.1' }),
      lib('/opt/other/libother.so.1', { soname: 'libother.so.1' }),
      prog('/usr/bin/app', ['libvendor.so.1', 'libother.so.1', 'libc.so.6'])
    ]
    const withCache = load([[...files, fileEntry('/etc/ld.so.cache', { ldCache: cache })]])
    expect(withCache.get('/usr/bin/app')?.load?.missing.map(m => m.name)).toEqual(['libother.so.1'])
    const stale = load([files]) // ldconfig never ran: the conf file alone does nothing at run time
    expect(stale.get('/usr/bin/app')?.load?.missing.map(m => m.name)).toEqual(['libvendor.so.1', 'libother.so.1'])
  })

  test("a program's DT_RPATH serves its libraries' needs; a DT_RUNPATH does not", () => {
    const files = (tag: 'rpath' | 'runpath'): LayerEntry[] => [
      ...glibcBase(),
      lib('/app/lib/liba.so', { soname: 'liba.so', needed: ['libb.so', 'libc.so.6'] }),
      lib('/app/lib/libb.so', { soname: 'libb.so', needed: ['libc.so.6'] }),
      prog('/app/bin/app', ['liba.so', 'libc.so.6'], { [tag]: ['$ORIGIN/../lib'] })
    ]
    expect(load([files('rpath')]).get('/app/bin/app')?.load).toBeUndefined()
    expect(load([files('runpath')]).get('/app/bin/app')?.load?.missing).toEqual([
      { name: 'libb.so', neededBy: '/app/lib/liba.so', skipped: [], reason: 'not-found' }
    ])
  })

  test('LD_LIBRARY_PATH from the config is searched; DF_1_NODEFLIB skips the system directories', () => {
    const files = [
      ...glibcBase(),
      lib('/opt/l/libz.so.1', { soname: 'libz.so.1' }),
      prog('/usr/bin/app', ['libz.so.1', 'libc.so.6'])
    ]
    expect(load([files], { env: ['LD_LIBRARY_PATH=/opt/l'] }).get('/usr/bin/app')?.load).toBeUndefined()
    expect(
      load([files])
        .get('/usr/bin/app')
        ?.load?.missing.map(m => m.name)
    ).toEqual(['libz.so.1'])
    const nodeflib = [...glibcBase(), prog('/usr/bin/app', ['libc.so.6'], { flags1: 0x800 })]
    expect(
      load([nodeflib])
        .get('/usr/bin/app')
        ?.load?.missing.map(m => m.name)
    ).toEqual(['libc.so.6'])
  })

  test('a library already loaded under its soname serves a later need of that name', () => {
    const r = load([
      [
        ...glibcBase(),
        lib('/app/lib/libx.so', { soname: 'libx.so.1', needed: ['libc.so.6'] }),
        lib('/app/lib/liby.so', { soname: 'liby.so', needed: ['libx.so.1'] }), // no RUNPATH: libx.so.1 is not on disk
        prog('/app/bin/app', ['libx.so', 'liby.so', 'libc.so.6'], { runpath: ['/app/lib'] })
      ]
    ])
    expect(r.get('/app/bin/app')?.load).toBeUndefined()
  })

  test('a symbol version the library does not define is missing; a weak one and a library without versions are not', () => {
    const r = load([
      [
        ...glibcBase(),
        lib('/usr/lib/x86_64-linux-gnu/libnover.so.1', { soname: 'libnover.so.1' }),
        prog('/usr/local/bin/app', ['libc.so.6', 'libnover.so.1'], {
          versionNeeds: [
            {
              file: 'libc.so.6',
              versions: [
                { name: 'GLIBC_2.38', weak: false },
                { name: 'GLIBC_2.34', weak: false },
                { name: 'GLIBC_2.99', weak: true }
              ]
            },
            { file: 'libnover.so.1', versions: [{ name: 'NOVER_1', weak: false }] }
          ]
        })
      ]
    ])
    expect(r.get('/usr/local/bin/app')?.load?.versions).toEqual([
      {
        version: 'GLIBC_2.38',
        library: '/lib/x86_64-linux-gnu/libc.so.6',
        realPath: '/usr/lib/x86_64-linux-gnu/libc.so.6',
        file: 'libc.so.6',
        requiredBy: '/usr/local/bin/app'
      }
    ])
  })

  test('glibc-hwcaps and (glibc 2.36) legacy subdirectories of a directory are searched before it', () => {
    const r = load([
      [
        ...glibcBase(),
        lib('/usr/lib/x86_64-linux-gnu/glibc-hwcaps/x86-64-v3/libfast.so.1', { soname: 'libfast.so.1' }),
        lib('/usr/lib/x86_64-linux-gnu/tls/libold.so.1', { soname: 'libold.so.1' }),
        lib('/usr/lib/x86_64-linux-gnu/x86_64/libplat.so.1', { soname: 'libplat.so.1' }),
        prog('/usr/bin/app', ['libfast.so.1', 'libold.so.1', 'libplat.so.1', 'libc.so.6'])
      ]
    ])
    expect(r.get('/usr/bin/app')?.load).toBeUndefined()
  })

  test('legacy subdirectories combine as 2.36 tries them: tls, the platform, then hwcap names (tls/x86_64/x86_64)', () => {
    const r = load([
      [
        ...glibcBase(),
        // The real amd64 loader's first legacy directory (LD_DEBUG=libs, no cache): tls, AT_PLATFORM, hwcap x86_64.
        lib('/usr/lib/x86_64-linux-gnu/tls/x86_64/x86_64/libdeep.so.1', { soname: 'libdeep.so.1' }),
        prog('/usr/bin/app', ['libdeep.so.1', 'libc.so.6'])
      ]
    ])
    expect(r.get('/usr/bin/app')?.load).toBeUndefined()
  })

  test("Debian's loader copied into /lib64 as a file (COPY follows the link) still searches the multiarch dirs", () => {
    // The real loader, copied so into a chroot with libc.so.6 only in /lib/x86_64-linux-gnu and no cache, runs it.
    const files = [
      dirEntry('/lib/x86_64-linux-gnu'),
      lib('/lib64/ld-linux-x86-64.so.2', { soname: 'ld-linux-x86-64.so.2' }, amd64, 0o755),
      lib('/lib/x86_64-linux-gnu/libc.so.6', { soname: 'libc.so.6', needed: ['ld-linux-x86-64.so.2'] }),
      prog('/app', ['libc.so.6'])
    ]
    expect(load([files]).get('/app')?.load).toBeUndefined()
  })

  test('another build in /lib64 (a biarch package, another distribution) finds what it keeps in /usr/lib64', () => {
    const files = [
      lib('/usr/lib64/ld-linux-x86-64.so.2', { soname: 'ld-linux-x86-64.so.2' }, amd64, 0o755),
      linkEntry('/lib64', 'usr/lib64'),
      lib('/usr/lib64/libc.so.6', { soname: 'libc.so.6', needed: ['ld-linux-x86-64.so.2'] }),
      prog('/app', ['libc.so.6', 'libnope.so.1'])
    ]
    expect(
      load([files])
        .get('/app')
        ?.load?.missing.map(m => m.name)
    ).toEqual(['libnope.so.1'])
  })

  test('programs of another architecture are not loaded here (binary-arch-mismatch reports them)', () => {
    const r = load([[...glibcBase(), fileEntry('/usr/bin/arm', { binary: { ...arm64, needed: ['libnope.so'] } })]])
    expect(r.get('/usr/bin/arm')?.load).toBeUndefined()
  })
})

describe("two glibc loaders in one image: what one program finds is not another ABI's answer", () => {
  // Debian's armel loader beside the armhf one (multiarch), each with its own directories; only armhf's libc.
  const arm = (): LayerEntry[] => [
    dirEntry('/usr/lib/arm-linux-gnueabihf'),
    dirEntry('/usr/lib/arm-linux-gnueabi'),
    linkEntry('/lib', 'usr/lib'),
    lib('/usr/lib/arm-linux-gnueabihf/ld-linux-armhf.so.3', { soname: 'ld-linux-armhf.so.3' }, armhf, 0o755),
    linkEntry('/usr/lib/ld-linux-armhf.so.3', 'arm-linux-gnueabihf/ld-linux-armhf.so.3'),
    lib('/usr/lib/arm-linux-gnueabi/ld-linux.so.3', { soname: 'ld-linux.so.3' }, armel, 0o755),
    linkEntry('/usr/lib/ld-linux.so.3', 'arm-linux-gnueabi/ld-linux.so.3'),
    lib('/usr/lib/arm-linux-gnueabihf/libc.so.6', { soname: 'libc.so.6' }, armhf),
    fileEntry('/usr/bin/hf', { binary: { ...armhf, needed: ['libc.so.6'], runpath: [], rpath: [] } }),
    fileEntry('/usr/bin/el', { binary: { ...armel, needed: ['libc.so.6'], runpath: [], rpath: [] } })
  ]

  test.each([
    ['armhf first', ['/usr/bin/hf', '/usr/bin/el']],
    ['armel first', ['/usr/bin/el', '/usr/bin/hf']]
  ])('%s: the armhf program loads, the armel one lacks its libc', (_order, paths) => {
    const model = new LoadingModel(FileTree.fromLayers([arm()]), { architecture: 'arm', env: [], workdir: '/' })
    const got = Object.fromEntries(paths.map(p => [p, model.load(p, true)?.missing.map(m => [m.name, m.reason])]))
    expect(got).toEqual({ '/usr/bin/hf': [], '/usr/bin/el': [['libc.so.6', 'not-found']] })
  })

  test.each([
    ['amd64 first', ['/usr/bin/app64', '/usr/bin/app32']],
    ['i386 first', ['/usr/bin/app32', '/usr/bin/app64']]
  ])(
    'amd64 with the i386 biarch loader, %s: each finds its own libc and libfast.so.1 only where it is',
    (_o, paths) => {
      // x86-64's glibc-hwcaps subdirectories are its own: the i386 loader has none, and must not hide them.
      const files = [
        ...glibcBase(),
        dirEntry('/usr/lib32'),
        linkEntry('/lib32', 'usr/lib32'),
        lib('/usr/lib32/ld-linux.so.2', { soname: 'ld-linux.so.2' }, i386, 0o755),
        linkEntry('/usr/lib/ld-linux.so.2', '../lib32/ld-linux.so.2'),
        lib('/usr/lib32/libc.so.6', { soname: 'libc.so.6' }, i386),
        lib('/usr/lib/x86_64-linux-gnu/glibc-hwcaps/x86-64-v3/libfast.so.1', { soname: 'libfast.so.1' }),
        prog('/usr/bin/app64', ['libfast.so.1', 'libc.so.6']),
        fileEntry('/usr/bin/app32', {
          binary: {
            ...i386,
            interpreter: '/lib/ld-linux.so.2',
            needed: ['libfast.so.1', 'libc.so.6'],
            runpath: [],
            rpath: []
          }
        })
      ]
      const model = new LoadingModel(FileTree.fromLayers([files]), { architecture: 'amd64', env: [], workdir: '/' })
      const got = Object.fromEntries(paths.map(p => [p, model.load(p, true)?.missing.map(m => [m.name, m.reason])]))
      expect(got).toEqual({ '/usr/bin/app64': [], '/usr/bin/app32': [['libfast.so.1', 'not-found']] })
    }
  )
})

describe('musl', () => {
  const muslBase = (): LayerEntry[] => [
    lib('/lib/ld-musl-x86_64.so.1', { soname: 'libc.musl-x86_64.so.1' }, amd64, 0o755),
    linkEntry('/lib/libc.musl-x86_64.so.1', 'ld-musl-x86_64.so.1')
  ]
  const mprog = (path: string, needed: string[], runpath: string[] = []): LayerEntry =>
    fileEntry(path, {
      mode: 0o755,
      binary: { ...amd64, interpreter: '/lib/ld-musl-x86_64.so.1', needed, runpath, rpath: [] }
    })

  test("a program's RUNPATH ($ORIGIN too) is searched before musl's default directories", () => {
    const files = [...muslBase(), lib('/app/lib/libz.so.1'), mprog('/app/bin/app', ['libz.so.1'], ['$ORIGIN/../lib'])]
    expect(load([files]).get('/app/bin/app')?.load).toBeUndefined()
    const without = [...muslBase(), lib('/app/lib/libz.so.1'), mprog('/app/bin/app', ['libz.so.1'])]
    expect(
      load([without])
        .get('/app/bin/app')
        ?.load?.missing.map(m => m.name)
    ).toEqual(['libz.so.1'])
  })

  test("libc's own names need no file; /etc/ld-musl-ARCH.path replaces the default directories", () => {
    const files = [
      ...muslBase(),
      lib('/opt/l/libz.so.1'),
      mprog('/usr/bin/app', ['libc.musl-x86_64.so.1', 'libz.so.1'])
    ]
    expect(
      load([files])
        .get('/usr/bin/app')
        ?.load?.missing.map(m => m.name)
    ).toEqual(['libz.so.1'])
    const withPath = [...files, fileEntry('/etc/ld-musl-x86_64.path', { text: '/lib\n/opt/l:/usr/lib\n' })]
    expect(load([withPath]).get('/usr/bin/app')?.load).toBeUndefined()
  })

  test('musl takes the first file of the name, whatever its machine: a foreign one stops it', () => {
    const files = [
      ...muslBase(),
      lib('/lib/libz.so.1', {}, arm64),
      lib('/usr/lib/libz.so.1'),
      mprog('/usr/bin/app', ['libz.so.1'])
    ]
    expect(load([files]).get('/usr/bin/app')?.load?.missing[0]).toMatchObject({
      name: 'libz.so.1',
      reason: 'fatal',
      fatal: { path: '/lib/libz.so.1' }
    })
  })
})

test('glibc: a library whose dynamic section was not read is listed as unknown, not as missing or loaded', () => {
  const r = load([
    [
      ...glibcBase(),
      lib('/usr/lib/x86_64-linux-gnu/libhuge.so.1', { soname: 'libhuge.so.1', needed: undefined, hasDynamic: true }),
      prog('/usr/bin/app', ['libhuge.so.1', 'libc.so.6'])
    ]
  ])
  expect(r.get('/usr/bin/app')?.load).toMatchObject({
    missing: [],
    versions: [],
    unknown: ['/lib/x86_64-linux-gnu/libhuge.so.1']
  })
})
