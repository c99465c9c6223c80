/**
 * The loader model's built-in search path against what each real Debian loader says of its own (`ld.so --help`,
 * recorded by test-env/loader/record-ld-so-help.mjs): for every recording, the system directories in their order,
 * the glibc-hwcaps subdirectories in their order, and every legacy subdirectory glibc 2.36 lists (a library only
 * there loads). One row per recorded file: a new recording is checked without a new line here.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join, posix, relative } from 'node:path'
import { parseElf, type ElfFacts } from '../../src/binary/elf.js'
import { FileTree } from '../../src/image/filetree.js'
import type { LayerEntry } from '../../src/image/layer.js'
import { LoadingModel } from '../../src/inspect/loading.js'
import { loaderFor, type Glibc } from '../../src/inspect/loader/loaders.js'
import { dirEntry, fileEntry, linkEntry } from '../helpers/entries.js'
import { ROOT, bin } from '../helpers/fixtures.js'

const HELP = join(ROOT, 'test-env/loader/ld-so-help')

/** Debian architecture → the fixture compiled for it (its ELF header), its multiarch tuple, its OCI name. */
const ARCH: Record<string, { elf: () => ElfFacts; tuple: string; oci: string }> = {
  amd64: { elf: () => fixture('c-amd64-dyn'), tuple: 'x86_64-linux-gnu', oci: 'amd64' },
  arm64: { elf: () => fixture('c-arm64-dyn'), tuple: 'aarch64-linux-gnu', oci: 'arm64' },
  armhf: { elf: () => fixture('c-armhf-dyn'), tuple: 'arm-linux-gnueabihf', oci: 'arm' },
  armel: { elf: () => fixture('c-armel-dyn'), tuple: 'arm-linux-gnueabi', oci: 'arm' },
  i386: { elf: () => fixture('c-386-dyn'), tuple: 'i386-linux-gnu', oci: '386' },
  ppc64el: { elf: () => fixture('c-ppc64le-dyn'), tuple: 'powerpc64le-linux-gnu', oci: 'ppc64le' },
  s390x: { elf: () => fixture('c-s390x-dyn'), tuple: 's390x-linux-gnu', oci: 's390x' },
  riscv64: { elf: () => fixture('c-riscv64-dyn'), tuple: 'riscv64-linux-gnu', oci: 'riscv64' },
  // No mips64el compiler among the fixtures': the header of a 64-bit little-endian program with MIPS's machine.
  mips64el: {
    elf: () => ({ ...fixture('c-riscv64-dyn'), machine: 8, flags: 0 }),
    tuple: 'mips64el-linux-gnuabi64',
    oci: 'mips64le'
  }
}

function fixture(name: string): ElfFacts {
  return parseElf(bin(name)) as ElfFacts
}

interface Recording {
  file: string
  arch: string
  interpreter: string
  /** Where the loader's real file is: from the header, else where Debian's libc6 puts it (the multiarch dir). */
  realFile?: string
  system: string[]
  hwcaps: string[]
  /** The legacy section, when the loader has one (2.36; 2.41 has none): AT_PLATFORM, and every other name. */
  legacy?: { platform?: string; names: string[] }
}

function section(lines: string[], title: RegExp): string[] | undefined {
  const start = lines.findIndex(l => title.test(l))
  if (start < 0) return undefined
  const out: string[] = []
  for (const l of lines.slice(start + 1)) {
    if (!l.startsWith('  ')) break
    out.push(l.trim())
  }
  return out
}

function parse(file: string): Recording {
  const text = readFileSync(join(HELP, file), 'utf8')
  const lines = text.split('\n')
  const interpreter = /self-identifies as: (\S+)/.exec(text)?.[1] ?? ''
  const system = (section(lines, /^Shared library search path:/) ?? [])
    .filter(l => l.endsWith('(system search path)'))
    .map(l => l.replace(/ \(system search path\)$/, ''))
  const hwcaps = (section(lines, /^Subdirectories of glibc-hwcaps directories/) ?? []).map(
    l => l.split(' ')[0] as string
  )
  const legacyLines = section(lines, /^Legacy HWCAP subdirectories/)
  const legacy = legacyLines && {
    ...(legacyLines.find(l => l.includes('AT_PLATFORM')) ? { platform: legacyLines[0]?.split(' ')[0] } : {}),
    names: legacyLines
      .filter(l => !l.includes('AT_PLATFORM'))
      .map(l => l.split(' ')[0] as string)
      .filter(n => n !== 'tls')
  }
  const realFile = /real file (\S+),/.exec(lines[0] ?? '')?.[1]
  const arch = posix.basename(file, '.txt')
  return { file, arch, interpreter, system, hwcaps, ...(legacy ? { legacy } : {}), ...(realFile ? { realFile } : {}) }
}

function recordings(dir = HELP): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(d =>
    d.isDirectory()
      ? recordings(join(dir, d.name))
      : /^[a-z0-9]+\.txt$/.test(d.name)
        ? [relative(HELP, join(dir, d.name))]
        : []
  )
}

/** A merged-/usr image of that loader alone, its real file where the package puts it and its PT_INTERP name. */
function imageOf(r: Recording, elf: ElfFacts, more: LayerEntry[] = []): FileTree {
  const { tuple } = ARCH[r.arch] as (typeof ARCH)[string]
  const real = posix.join(
    '/usr',
    (r.realFile ?? `/lib/${tuple}/${posix.basename(r.interpreter)}`).replace(/^\/usr/, '')
  )
  const ld = { ...elf, type: 3, interpreter: undefined, needed: [], soname: posix.basename(r.interpreter) }
  const entries: LayerEntry[] = [
    dirEntry('/usr/lib'),
    dirEntry(posix.dirname(real)),
    linkEntry('/lib', 'usr/lib'),
    ...(r.interpreter.startsWith('/lib64/') || real.startsWith('/usr/lib64/')
      ? [dirEntry('/usr/lib64'), linkEntry('/lib64', 'usr/lib64')]
      : []),
    ...(real.startsWith('/usr/lib32/') ? [dirEntry('/usr/lib32'), linkEntry('/lib32', 'usr/lib32')] : []),
    fileEntry(real, { mode: 0o755, binary: ld as ElfFacts })
  ]
  const name = posix.join('/usr', r.interpreter.replace(/^\/usr/, ''))
  if (name !== real) entries.push(linkEntry(name, real))
  return FileTree.fromLayers([[...entries, ...more]])
}

const ROWS = recordings().map(parse)

test('every recording is read: an architecture, a loader, system directories', () => {
  expect(ROWS.length).toBeGreaterThanOrEqual(15)
  for (const r of ROWS) {
    expect([r.file, r.arch in ARCH, r.interpreter.startsWith('/'), r.system.length]).toEqual([r.file, true, true, 4])
  }
})

describe.each(ROWS.map(r => [r.file, r] as const))('%s', (_file, r) => {
  const elf = (ARCH[r.arch] as (typeof ARCH)[string]).elf()

  test('the system directories and glibc-hwcaps subdirectories are the loader’s own, in its order', () => {
    const loader = loaderFor(imageOf(r, elf), elf, r.interpreter) as Glibc
    expect(loader.system).toEqual(r.system)
    expect(loader.hwcaps).toEqual(r.hwcaps)
  })

  // glibc 2.41 has no legacy section (it searches none); the model still tries them: a superset is never a false
  // "missing" (docs/loading.md).
  const legacy = r.legacy
    ? [...new Set(['tls', ...(r.legacy.platform ? [r.legacy.platform] : []), ...r.legacy.names])]
    : []
  if (legacy.length === 0) return
  test.each(legacy)('a library only in the legacy subdirectory %s of each system directory loads', name => {
    for (const dir of r.system) {
      const lib = posix.join(dir, name, 'libprobe.so.1')
      const probe = { ...elf, type: 3, interpreter: undefined, needed: [], soname: 'libprobe.so.1' } as ElfFacts
      const prog = { ...elf, interpreter: r.interpreter, needed: ['libprobe.so.1'], runpath: [], rpath: [] }
      const tree = imageOf(r, elf, [
        fileEntry(lib.startsWith('/usr/') ? lib : `/usr${lib}`, { mode: 0o644, binary: probe }),
        fileEntry('/usr/bin/app', { binary: prog as ElfFacts })
      ])
      const model = new LoadingModel(tree, {
        architecture: (ARCH[r.arch] as (typeof ARCH)[string]).oci,
        env: [],
        workdir: '/'
      })
      expect([lib, model.load('/usr/bin/app', true)?.missing]).toEqual([lib, []])
    }
  })
})

/**
 * musl: what each real loader found by itself (test-env/loader/record-musl-path.mjs): a library needing
 * libpcre2-8.so.0 with copies of it in some of /lib, /usr/local/lib and /usr/lib, without /etc/ld-musl-ARCH.path
 * and with the one Debian ships. The model must take the same directory: the other copies are made foreign,
 * and musl stops at the first file it finds, so taking another one would be a fatal error.
 */
const MUSL = join(ROOT, 'test-env/loader/musl-path')

interface MuslProbe {
  title: string
  pathFile?: string
  placed: string[]
  found?: string
}

function parseMusl(file: string): { arch: string; interpreter: string; probes: MuslProbe[] } {
  const text = readFileSync(join(MUSL, file), 'utf8')
  const interpreter = /^# (\S+),/.exec(text)?.[1] ?? ''
  const probes = text
    .split('\n## ')
    .slice(1)
    .map(block => {
      const [title = '', ...lines] = block.split('\n')
      const shipped = /as shipped: (".*"); libpcre2/.exec(title)?.[1]
      const placed = (/placed in: (.*)$/.exec(title)?.[1] ?? '').split(' ').filter(d => d.startsWith('/'))
      const found = lines.map(l => /=> (\S+)\/libpcre2-8\.so\.0$/.exec(l)?.[1]).find(Boolean)
      return {
        title,
        placed,
        ...(shipped ? { pathFile: JSON.parse(shipped) as string } : {}),
        ...(found ? { found } : {})
      }
    })
  return { arch: posix.basename(file, '.txt'), interpreter, probes }
}

const MUSL_ROWS = readdirSync(MUSL)
  .filter(f => f.endsWith('.txt'))
  .map(parseMusl)

test('every musl recording is read: a loader and its probes', () => {
  expect(MUSL_ROWS.length).toBeGreaterThanOrEqual(8)
  for (const r of MUSL_ROWS) expect([r.arch in ARCH, r.interpreter, r.probes.length]).toEqual([true, r.interpreter, 5])
  expect(MUSL_ROWS.every(r => r.interpreter.startsWith('/lib/ld-musl-'))).toBe(true)
})

describe.each(MUSL_ROWS.map(r => [r.arch, r] as const))('musl %s', (_arch, r) => {
  const own = (ARCH[r.arch] as (typeof ARCH)[string]).elf()
  const foreign = fixture(own.machine === 22 ? 'c-amd64-dyn' : 'c-s390x-dyn')
  const libOf = (elf: ElfFacts): ElfFacts => ({
    ...elf,
    type: 3,
    interpreter: undefined,
    needed: [],
    runpath: [],
    rpath: []
  })

  test.each(r.probes.map(p => [p.title, p] as const))('%s', (_title, p) => {
    const entries: LayerEntry[] = [
      dirEntry('/lib'),
      dirEntry('/usr/lib'),
      dirEntry('/usr/local/lib'),
      fileEntry(r.interpreter, { binary: { ...libOf(own), soname: 'libc.so' } }),
      fileEntry('/probe/app', {
        binary: { ...own, interpreter: r.interpreter, needed: ['libpcre2-8.so.0'], runpath: [], rpath: [] }
      }),
      ...p.placed.map(d =>
        fileEntry(`${d}/libpcre2-8.so.0`, { mode: 0o644, binary: libOf(d === p.found ? own : foreign) })
      ),
      ...(p.pathFile !== undefined
        ? [fileEntry(`/etc/${posix.basename(r.interpreter).replace(/\.so\.1$/, '.path')}`, { text: p.pathFile })]
        : [])
    ]
    const oci = (ARCH[r.arch] as (typeof ARCH)[string]).oci
    const model = new LoadingModel(FileTree.fromLayers([entries]), { architecture: oci, env: [], workdir: '/' })
    const missing = model.load('/probe/app', true)?.missing.map(m => [m.name, m.reason])
    expect(missing).toEqual(p.found ? [] : [['libpcre2-8.so.0', 'not-found']])
  })
})
