/**
 * Files judged in the process that loads them, on images made of real ELF headers: a JDK's libraries inside the JVM
 * its launcher starts (libjvm.so loaded first), jars' JNI natives, the NVIDIA driver's libraries the container
 * runtime provides, musl behind a glibc-named loader link (gcompat), Python modules tagged for the other libc, and
 * glibc's own details proven on 2.36 ($ORIGIN in a needed name with a slash, an empty LD_LIBRARY_PATH element). The
 * real runtimes are the truth in the corpus (test-env/runtimes, __tests__/itg/runtimes.itg.test.ts).
 */
import { parseElf, type ElfFacts } from '../../src/binary/elf.js'
import { FileTree } from '../../src/image/filetree.js'
import type { LayerEntry } from '../../src/image/layer.js'
import { dependenciesOf } from '../../src/inspect/dependencies.js'
import type { ExecutableFacts, PlatformFacts } from '../../src/inspect/facts.js'
import { jarVerdicts } from '../../src/inspect/jar.js'
import { findJdks } from '../../src/inspect/jvm.js'
import { attachLoading } from '../../src/inspect/loading.js'
import { libcOf } from '../../src/inspect/loader/loaders.js'
import { findModules } from '../../src/inspect/modules.js'
import { providerOf } from '../../src/inspect/provided.js'
import { parseManifest } from '../../src/inspect/npm/manifest.js'
import { libraryMissing } from '../../src/checks/library-missing.js'
import { platform } from '../helpers/facts.js'
import { ARCHITECTURES, type Architecture } from '../../src/binary/arch.js'
import { dirEntry, fileEntry, linkEntry } from '../helpers/entries.js'
import { amd64, glibcBase as base, LD, lib, prog } from '../helpers/glibc-image.js'
import { bin } from '../helpers/fixtures.js'

const arm64 = parseElf(bin('c-arm64-dyn')) as ElfFacts
const glibcBase = (): LayerEntry[] => base('libm.so.6', 'libz.so.1')

interface Loaded {
  exes: Map<string, ExecutableFacts>
  facts: Pick<PlatformFacts, 'packages' | 'provided'>
}

function load(
  layers: LayerEntry[][],
  opts: { env?: string[]; arch?: string; workdir?: string; provided?: string[] } = {}
): Loaded {
  const tree = FileTree.fromLayers(layers)
  const exes: ExecutableFacts[] = []
  for (const f of tree.files()) {
    if (!f.binary) continue
    const e: ExecutableFacts = { path: f.path, mode: f.mode, size: f.size, binary: f.binary }
    const deps = dependenciesOf(tree, e.binary, ['/usr/bin'])
    if (deps) e.deps = deps
    exes.push(e)
  }
  const facts = attachLoading(exes, {
    tree,
    architecture: opts.arch ?? 'amd64',
    env: opts.env ?? [],
    workdir: opts.workdir ?? '/',
    ...(opts.provided ? { providedLibraries: opts.provided } : {})
  })
  return { exes: new Map(exes.map(e => [e.path, e])), facts }
}

const missing = (r: Loaded, path: string): string[] => r.exes.get(path)?.load?.missing.map(m => m.name) ?? []

/** Debian's openjdk-17 layout: the launcher, libjli through $ORIGIN/../lib, jvm.cfg, the server VM, its libraries. */
function jdk(home: string, opts: { cfg?: string; withX11?: boolean } = {}): LayerEntry[] {
  return [
    prog(`${home}/bin/java`, ['libz.so.1', 'libjli.so', 'libc.so.6'], { runpath: ['$ORIGIN/../lib'] }),
    prog(`${home}/bin/keytool`, ['libz.so.1', 'libjli.so', 'libc.so.6'], { runpath: ['$ORIGIN/../lib'] }),
    lib(`${home}/lib/libjli.so`, { soname: 'libjli.so', needed: ['libz.so.1', 'libc.so.6'] }),
    fileEntry(`${home}/lib/jvm.cfg`, { text: opts.cfg ?? '-server KNOWN\n-client IGNORE\n' }),
    fileEntry(`${home}/lib/jrt-fs.jar`, { size: 100 }),
    lib(`${home}/lib/server/libjvm.so`, { soname: 'libjvm.so', needed: ['libm.so.6', 'libc.so.6'] }),
    lib(`${home}/lib/zero/libjvm.so`, { soname: 'libjvm.so', needed: ['libffi.so.8', 'libc.so.6'] }),
    lib(`${home}/lib/libjava.so`, { soname: 'libjava.so', needed: ['libjvm.so', 'libc.so.6'], runpath: ['$ORIGIN'] }),
    lib(`${home}/lib/libnio.so`, {
      soname: 'libnio.so',
      needed: ['libnet.so', 'libjava.so', 'libjvm.so', 'libc.so.6'],
      runpath: ['$ORIGIN']
    }),
    lib(`${home}/lib/libnet.so`, {
      soname: 'libnet.so',
      needed: ['libjava.so', 'libjvm.so', 'libc.so.6'],
      runpath: ['$ORIGIN']
    }),
    lib(`${home}/lib/libattach.so`, {
      soname: 'libattach.so',
      needed: ['libjvm.so', 'libc.so.6'],
      runpath: ['$ORIGIN']
    }),
    lib(`${home}/lib/libjsound.so`, {
      soname: 'libjsound.so',
      needed: ['libasound.so.2', 'libjava.so', 'libjvm.so', 'libc.so.6'],
      runpath: ['$ORIGIN']
    }),
    lib(`${home}/lib/libawt_xawt.so`, {
      soname: 'libawt_xawt.so',
      needed: ['libX11.so.6', 'libXext.so.6', 'libjvm.so', 'libc.so.6'],
      runpath: ['$ORIGIN']
    })
  ]
}

describe('a JDK, in the process its launcher starts', () => {
  const HOME = '/usr/lib/jvm/java-17-openjdk-amd64'

  test("every library's need for libjvm.so is met by the VM the launcher loaded: no error on a correct headless JRE", () => {
    const r = load([[...glibcBase(), ...jdk(HOME)]])
    for (const path of ['libjava.so', 'libnio.so', 'libnet.so', 'libattach.so'].map(l => `${HOME}/lib/${l}`)) {
      expect([path, missing(r, path)]).toEqual([path, []])
    }
    expect(missing(r, `${HOME}/bin/java`)).toEqual([])
    // The zero VM jvm.cfg does not choose is never loaded: its libffi is nobody's problem.
    expect(r.exes.get(`${HOME}/lib/zero/libjvm.so`)?.module?.loaded).toBe(false)
    expect(r.exes.get(`${HOME}/lib/zero/libjvm.so`)?.load).toBeUndefined()
  })

  test('libraries loaded only when a program uses their API lack X11 and ALSA here: said, as on-demand', () => {
    const r = load([[...glibcBase(), ...jdk(HOME)]])
    expect(missing(r, `${HOME}/lib/libawt_xawt.so`)).toEqual(['libX11.so.6', 'libXext.so.6'])
    expect(r.exes.get(`${HOME}/lib/libawt_xawt.so`)?.module).toMatchObject({ runtime: 'java', onDemand: true })
    expect(r.exes.get(`${HOME}/lib/libjava.so`)?.module?.onDemand).toBeUndefined()
  })

  test('the same JDK under /opt/java/openjdk (Temurin) and JDK 8 layouts are found; jvm.cfg chooses the VM', () => {
    const tree = FileTree.fromLayers([
      [
        ...glibcBase(),
        ...jdk('/opt/java/openjdk', { cfg: '-zero KNOWN\n-server KNOWN\n' }),
        prog('/usr/lib/jvm/jdk8/jre/bin/java', ['libc.so.6']),
        fileEntry('/usr/lib/jvm/jdk8/jre/lib/amd64/jvm.cfg', { text: '-server KNOWN\n' }),
        lib('/usr/lib/jvm/jdk8/jre/lib/amd64/server/libjvm.so', { soname: 'libjvm.so' }),
        lib('/usr/lib/jvm/jdk8/jre/lib/amd64/jli/libjli.so', { soname: 'libjli.so' })
      ]
    ])
    expect(findJdks(tree, ['/opt/java/openjdk/bin/java', '/usr/lib/jvm/jdk8/jre/bin/java'])).toEqual([
      {
        home: '/opt/java/openjdk',
        vm: '/opt/java/openjdk/lib/zero/libjvm.so',
        jli: '/opt/java/openjdk/lib/libjli.so',
        otherVms: ['/opt/java/openjdk/lib/server/libjvm.so']
      },
      {
        home: '/usr/lib/jvm/jdk8/jre',
        vm: '/usr/lib/jvm/jdk8/jre/lib/amd64/server/libjvm.so',
        jli: '/usr/lib/jvm/jdk8/jre/lib/amd64/jli/libjli.so',
        otherVms: []
      }
    ])
  })

  test('a VM whose own library is missing is an error on the VM: java cannot start', () => {
    const files = [...glibcBase().filter(e => !e.path.endsWith('/libm.so.6')), ...jdk(HOME)]
    const r = load([files])
    expect(missing(r, `${HOME}/lib/server/libjvm.so`)).toEqual(['libm.so.6'])
    expect(r.exes.get(`${HOME}/lib/server/libjvm.so`)?.module?.onDemand).toBeUndefined()
  })

  test('without the JDK model (a fresh process per library), libjvm.so would be missing: the JDK is what decides', () => {
    const tree = FileTree.fromLayers([[...glibcBase(), ...jdk(HOME)]])
    const model = findModules(tree, 'amd64')
    expect(model.modules.get(`${HOME}/lib/libattach.so`)?.preloaded).toEqual([
      `${HOME}/lib/server/libjvm.so`,
      `${HOME}/lib/libjli.so`
    ])
    expect(model.owners.get(`${HOME}/bin/java`)).toEqual({
      ecosystem: 'jdk',
      name: 'java-17-openjdk-amd64',
      path: HOME
    })
  })
})

describe('JNI natives inside jars', () => {
  const ARM64 = ARCHITECTURES.arm64 as Architecture
  const jarEntry = (path: string, natives: string[]): LayerEntry =>
    fileEntry(path, { size: 1000, pkg: { kind: 'jar', natives, entries: natives.length + 3 } })

  test("a jar with Linux natives for x86-64 only is wrong on arm64, in the library's own words", () => {
    const tree = FileTree.fromLayers([
      [
        jarEntry('/app/lib/jna-5.13.0.jar', [
          'com/sun/jna/linux-x86-64/libjnidispatch.so',
          'com/sun/jna/darwin-aarch64/libjnidispatch.jnilib'
        ])
      ]
    ])
    expect(jarVerdicts(tree, ARM64)).toEqual([
      {
        ecosystem: 'jar',
        name: 'jna-5.13.0.jar',
        path: '/app/lib/jna-5.13.0.jar',
        layout: 'jar-natives',
        layer: 0,
        takes: [],
        fails: {
          wants: 'linux-aarch64',
          has: ['com/sun/jna/linux-x86-64/'],
          words: 'Native library (com/sun/jna/linux-aarch64/libjnidispatch.so) not found in resource path'
        }
      }
    ])
    expect(jarVerdicts(tree, ARCHITECTURES.amd64 as Architecture)).toEqual([])
  })

  test("Netty ships each architecture in a jar of its own: another jar's build serves; only Windows natives say nothing", () => {
    const netty = (arch: string): LayerEntry =>
      jarEntry(`/app/lib/netty-transport-native-epoll-4.1.100.Final-linux-${arch}.jar`, [
        `META-INF/native/libnetty_transport_native_epoll_${arch}.so`
      ])
    expect(jarVerdicts(FileTree.fromLayers([[netty('x86_64'), netty('aarch_64')]]), ARM64)).toEqual([])
    const alone = jarVerdicts(FileTree.fromLayers([[netty('x86_64')]]), ARM64)
    expect(alone.map(j => [j.layout, j.fails?.words])).toEqual([
      ['jar-natives-optional', 'could not load a native library: netty_transport_native_epoll_x86_64']
    ])
    expect(
      jarVerdicts(FileTree.fromLayers([[jarEntry('/app/lib/win.jar', ['native/win32-x86-64/helper.dll'])]]), ARM64)
    ).toEqual([])
  })
  test('a jar whose central directory was not read whole is never said to lack a build: it may be among the rest', () => {
    const partial = fileEntry('/app/lib/big.jar', {
      size: 1000,
      pkg: { kind: 'jar', natives: ['com/sun/jna/linux-x86-64/libjnidispatch.so'], entries: 100_000, truncated: true }
    })
    expect(jarVerdicts(FileTree.fromLayers([[partial]]), ARM64)).toEqual([])
    const whole = jarEntry('/app/lib/big.jar', ['com/sun/jna/linux-x86-64/libjnidispatch.so'])
    expect(jarVerdicts(FileTree.fromLayers([[whole]]), ARM64)).toHaveLength(1)
  })

  test("JNA looks on the JVM's library path before its jar: Debian's libjna-jni for this machine serves; another machine's does not", () => {
    const jna = jarEntry('/usr/share/java/jna.jar', ['com/sun/jna/linux-x86-64/libjnidispatch.so'])
    const system = (elf: ElfFacts): LayerEntry =>
      lib('/usr/lib/aarch64-linux-gnu/jni/libjnidispatch.system.so', { soname: 'libjnidispatch.system.so' }, elf)
    expect(jarVerdicts(FileTree.fromLayers([[jna, system(arm64)]]), ARM64)).toEqual([])
    const foreign = jarVerdicts(FileTree.fromLayers([[jna, system(amd64)]]), ARM64)
    expect(foreign.map(j => [j.name, j.fails?.wants])).toEqual([['jna.jar', 'linux-aarch64']])
  })
})

describe('libraries the container runtime provides', () => {
  const cudaProgram = (): LayerEntry[] => [
    ...glibcBase(),
    prog('/usr/local/bin/nbody', ['libcuda.so.1', 'libnvidia-ml.so.1', 'libcudart.so.12', 'libc.so.6'])
  ]

  test("the NVIDIA driver's libraries are provided (a note), the CUDA runtime's are the image's to ship", () => {
    const r = load([cudaProgram()], {
      env: ['NVIDIA_VISIBLE_DEVICES=all', 'NVIDIA_DRIVER_CAPABILITIES=compute,utility']
    })
    expect(missing(r, '/usr/local/bin/nbody')).toEqual(['libcudart.so.12'])
    expect(r.facts.provided?.map(p => [p.name, p.neededBy])).toEqual([
      ['libcuda.so.1', ['/usr/local/bin/nbody']],
      ['libnvidia-ml.so.1', ['/usr/local/bin/nbody']]
    ])
    expect(r.facts.provided?.[0]?.by).toContain('NVIDIA_VISIBLE_DEVICES=all')
  })

  test('without NVIDIA_* the driver still comes from the runtime when the container runs with GPUs; the config adds names', () => {
    const by = providerOf([])
    expect(by('libcuda.so.1')).toContain('docker run --gpus')
    expect(by('libcudart.so.12')).toBeUndefined()
    expect(providerOf(['NVIDIA_VISIBLE_DEVICES=all', 'NVIDIA_DRIVER_CAPABILITIES=utility'])('libcuda.so.1')).toContain(
      'leaves it out'
    )
    expect(providerOf([], ['libmali.so.1', 'libvendor-*'])('libvendor-gpu.so.2')).toContain('provided-libraries')
    const r = load([[...glibcBase(), prog('/usr/bin/app', ['libmali.so.1', 'libc.so.6'])]], {
      provided: ['libmali.so.1']
    })
    expect(missing(r, '/usr/bin/app')).toEqual([])
  })
})

describe('which C library a loader path really is', () => {
  const muslLib = (path: string): LayerEntry => lib(path, {}, amd64, 0o755)

  test('a glibc-named link to musl (gcompat, libc6-compat) is musl, whose search then applies', () => {
    const layers: LayerEntry[][] = [
      [
        dirEntry('/lib'),
        muslLib('/lib/ld-musl-x86_64.so.1'),
        linkEntry('/lib/libc.musl-x86_64.so.1', 'ld-musl-x86_64.so.1'),
        dirEntry('/lib64'),
        linkEntry('/lib64/ld-linux-x86-64.so.2', '/lib/ld-musl-x86_64.so.1'),
        lib('/usr/local/lib/libvendor.so.1', { soname: 'libvendor.so.1' }),
        prog('/app/server', ['libvendor.so.1', 'libc.so.6'])
      ]
    ]
    const tree = FileTree.fromLayers(layers)
    expect(libcOf(tree, LD)).toBe('musl')
    // musl searches /usr/local/lib by itself, and takes libc.so.6 for itself: the program loads.
    const r = load(layers)
    expect(r.exes.get('/app/server')?.load).toBeUndefined()
    // Debian's musl package: the loader is a link to /lib/x86_64-linux-musl/libc.so.
    const debian = FileTree.fromLayers([
      [
        dirEntry('/lib/x86_64-linux-musl'),
        muslLib('/lib/x86_64-linux-musl/libc.so'),
        linkEntry('/lib/ld-musl-x86_64.so.1', 'x86_64-linux-musl/libc.so'),
        linkEntry('/lib64/ld-linux-x86-64.so.2', '/lib/ld-musl-x86_64.so.1')
      ]
    ])
    expect(libcOf(debian, LD)).toBe('musl')
    expect(libcOf(FileTree.fromLayers([glibcBase()]), LD)).toBe('glibc')
  })
})

describe('glibc, as 2.36 does it', () => {
  test('$ORIGIN in a needed name with a slash is the needing object’s directory', () => {
    const files = [
      ...glibcBase(),
      lib('/app/lib/libhelper.so', { soname: 'libhelper.so' }),
      prog('/app/bin/app', ['$ORIGIN/../lib/libhelper.so', 'libc.so.6'])
    ]
    expect(load([files]).exes.get('/app/bin/app')?.load).toBeUndefined()
    expect(missing(load([files.filter(e => !e.path.endsWith('libhelper.so'))]), '/app/bin/app')).toEqual([
      '$ORIGIN/../lib/libhelper.so'
    ])
  })

  test('an empty LD_LIBRARY_PATH element is the working directory; an empty value is nothing', () => {
    const files = [
      ...glibcBase(),
      lib('/srv/libwork.so.1', { soname: 'libwork.so.1' }),
      prog('/usr/bin/app', ['libwork.so.1', 'libc.so.6'])
    ]
    const env = (v: string): string[] => [`LD_LIBRARY_PATH=${v}`]
    expect(
      load([files], { env: env('/usr/local/lib:'), workdir: '/srv' }).exes.get('/usr/bin/app')?.load
    ).toBeUndefined()
    expect(missing(load([files], { env: env('/usr/local/lib'), workdir: '/srv' }), '/usr/bin/app')).toEqual([
      'libwork.so.1'
    ])
    expect(missing(load([files], { env: env(''), workdir: '/srv' }), '/usr/bin/app')).toEqual(['libwork.so.1'])
  })
})

describe('Python modules tagged for the other libc', () => {
  const SP = '/usr/lib/python3/dist-packages'
  test('a -linux-musl module in a glibc image is never found, and says so; CPython 3.11 on musl still names linux-gnu', () => {
    const glibc = FileTree.fromLayers([[...glibcBase(), lib(`${SP}/yaml/_yaml.cpython-311-x86_64-linux-musl.so`)]])
    expect(findModules(glibc, 'amd64').modules.get(`${SP}/yaml/_yaml.cpython-311-x86_64-linux-musl.so`)).toMatchObject({
      loaded: false,
      noBuildForPlatform: true,
      otherLibc: 'musl',
      package: { ecosystem: 'python', name: 'yaml', path: `${SP}/yaml` }
    })
    const musl = (tag: string): FileTree =>
      FileTree.fromLayers([
        [
          lib('/lib/ld-musl-x86_64.so.1', {}, amd64, 0o755),
          lib(`/usr/lib/python3.${tag.slice(1)}/site-packages/m/_m.cpython-${tag}-x86_64-linux-gnu.so`)
        ]
      ])
    expect([...findModules(musl('311'), 'amd64').modules.values()][0]?.loaded).toBe(true)
    expect([...findModules(musl('313'), 'amd64').modules.values()][0]?.loaded).toBe(false)
  })

  test('numpy copied from amd64 is one package: its modules carry the distribution', () => {
    const files = ['core/_multiarray_umath', 'linalg/_umath_linalg', 'random/mtrand'].map(m =>
      lib(`${SP}/numpy/${m}.cpython-311-x86_64-linux-gnu.so`)
    )
    const model = findModules(FileTree.fromLayers([files]), 'arm64')
    expect(new Set([...model.modules.values()].map(m => m.package?.path))).toEqual(new Set([`${SP}/numpy`]))
    expect([...model.modules.values()].every(m => m.noBuildForPlatform)).toBe(true)
    void arm64
  })
})

describe("an npm package's library from another npm package (sharp's libvips)", () => {
  const NM = '/app/node_modules'
  const json = (path: string, manifest: Record<string, unknown>): LayerEntry =>
    fileEntry(path, { mode: 0o644, pkg: { kind: 'npm', manifest: parseManifest(JSON.stringify(manifest)) as never } })
  const platformPkg = { os: ['linux'], cpu: ['x64'], libc: ['glibc'] }
  const MODULE = `${NM}/@img/sharp-linux-x64/lib/sharp-linux-x64-0.35.6.node`
  const sharp = (withLibvips: boolean): LayerEntry[] => [
    json('/app/package.json', { name: 'app', dependencies: { sharp: '0.35.6' } }),
    json(`${NM}/sharp/package.json`, {
      name: 'sharp',
      version: '0.35.6',
      optionalDependencies: { '@img/sharp-linux-x64': '0.35.6', '@img/sharp-libvips-linux-x64': '1.3.5' }
    }),
    json(`${NM}/@img/sharp-linux-x64/package.json`, {
      name: '@img/sharp-linux-x64',
      version: '0.35.6',
      ...platformPkg
    }),
    // As sharp 0.35.6 ships it (readelf -d): RPATH into the libvips package beside it.
    lib(MODULE, {
      needed: ['libvips-cpp.so.8.18.8', 'libm.so.6', 'libc.so.6'],
      rpath: [
        '$ORIGIN/../../sharp-libvips-linux-x64/lib',
        '$ORIGIN/../../node_modules/@img/sharp-libvips-linux-x64/lib'
      ]
    }),
    ...(withLibvips
      ? [
          json(`${NM}/@img/sharp-libvips-linux-x64/package.json`, {
            name: '@img/sharp-libvips-linux-x64',
            version: '1.3.5',
            ...platformPkg
          }),
          lib(`${NM}/@img/sharp-libvips-linux-x64/lib/libvips-cpp.so.8.18.8`, {
            soname: 'libvips-cpp.so.8.18.8',
            needed: ['libm.so.6', 'libc.so.6']
          })
        ]
      : [])
  ]
  const findings = (r: Loaded) =>
    libraryMissing.check({
      platforms: [{ ...platform('linux/amd64', 'c-amd64-dyn'), executables: [...r.exes.values()], ...r.facts }]
    })

  test("installed: found through $ORIGIN; the optional libvips package pruned: an error with npm's fix, not apt's", () => {
    const whole = load([glibcBase(), sharp(true)])
    expect(missing(whole, MODULE)).toEqual([])
    expect(findings(whole)).toEqual([])
    // node in a chroot of the survey's image with @img/sharp-libvips-linux-x64 removed: `Could not load the "sharp"
    // module using the linux-x64 runtime / ERR_DLOPEN_FAILED: libvips-cpp.so.8.18.8: cannot open shared object file`.
    const pruned = load([glibcBase(), sharp(false)])
    expect(missing(pruned, MODULE)).toEqual(['libvips-cpp.so.8.18.8'])
    const [f, ...rest] = findings(pruned)
    expect(rest).toEqual([])
    expect(f?.message).toContain('libvips-cpp.so.8.18.8: cannot open shared object file')
    expect(f?.hint).toContain('optional dependencies')
    expect(f?.hint).not.toContain('apt-get')
  })
})
