/**
 * musl userlands laid out as Alpine lays them out, from Debian's musl package, with real musl-linked programs:
 * test programs built with Debian's musl-gcc (specs from musl-dev), and real prebuilt ones from npm (sass-embedded's
 * Dart VM `dart`, a musl program built on Alpine: PT_INTERP /lib/ld-musl-ARCH.so.1, DT_NEEDED
 * libc.musl-ARCH.so.1, DT_RPATH $ORIGIN/; rollup's napi-rs addon, DT_NEEDED libc.so).
 *
 * Layout (see README): Debian ships libc at /lib/TUPLE-musl/libc.so, /lib/ld-musl-ARCH.so.1 as a symlink to
 * it, and /etc/ld-musl-ARCH.path naming /lib/TUPLE-musl and /usr/lib/TUPLE-musl, which *replaces* musl's default
 * search (/lib:/usr/local/lib:/usr/lib). Alpine has the libc file itself at /lib/ld-musl-ARCH.so.1, the link
 * /lib/libc.musl-ARCH.so.1 -> ld-musl-ARCH.so.1, no path file, and separate /lib, /usr/lib, /usr/local/lib. These
 * images are Alpine's layout: the package's libc.so bytes copied to /lib/ld-musl-ARCH.so.1 (0755), the libc.musl
 * link added, the TUPLE-musl directories and the path file left out, no merged /usr.
 */
import { chmodSync, mkdirSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { copyIn, link, putFile } from '../../loader/lib/rootfs.mjs'
import { inChroot, run } from '../../loader/lib/util.mjs'
import { findMuslObjects, muslListAll } from './musl-list.mjs'
import { dynamicFacts, once, runIn, unpackedDeb, verdict } from './rt-base.mjs'
import { muslArch, src, toolchain } from './rt-musl-cc.mjs'
import { npmInstallPath, npmPackage } from './rt-npm.mjs'

/** The real npm packages (exact versions): a musl program and a musl napi-rs addon per architecture. */
const NPM = {
  amd64: { sass: 'sass-embedded-linux-musl-x64', rollup: '@rollup/rollup-linux-x64-musl', node: 'x64' },
  arm64: { sass: 'sass-embedded-linux-musl-arm64', rollup: '@rollup/rollup-linux-arm64-musl', node: 'arm64' }
}
const SASS_VERSION = '1.105.0'
const ROLLUP_VERSION = '4.69.3'
const APP = '/opt/app'

/** glibc's loader name for the architecture: the name gcompat / libc6-compat links to musl. */
const GLIBC_NAME = { amd64: '/lib64/ld-linux-x86-64.so.2', arm64: '/lib/ld-linux-aarch64.so.1' }

const muslLoader = arch => `/lib/ld-musl-${muslArch(arch)}.so.1`

/** The test programs of c/, built once per run and architecture. */
function programs(ctx) {
  return once(ctx, `musl programs ${ctx.arch}`, async () => {
    const { cc, gnuCc } = await toolchain(ctx)
    const out = join(ctx.work, `musl-bin-${ctx.arch}`)
    mkdirSync(out, { recursive: true })
    const o = name => join(out, name)
    const glibcName = GLIBC_NAME[ctx.arch]
    await cc(['-O2', '-o', o('mvhello'), src('mvhello.c')])
    await cc(['-O2', '-o', o('mvdlopen'), src('mvdlopen.c')])
    for (const lib of ['libmvdemo', 'libmvlocal'])
      await cc(['-shared', '-fPIC', `-Wl,-soname,${lib}.so.1`, '-o', o(`${lib}.so.1`), src('libmvdemo.c')])
    await cc(['-O2', '-o', o('mvapp'), src('mvapp.c'), '-L', out, '-l:libmvdemo.so.1'])
    // A musl program whose PT_INTERP is glibc's loader name: it runs only where that name is musl.
    await cc([
      '-O2',
      `-Wl,--dynamic-linker=${glibcName}`,
      '-o',
      o('mvlocal'),
      src('mvapp.c'),
      '-L',
      out,
      '-l:libmvlocal.so.1'
    ])
    await cc(['-shared', '-fPIC', '-o', o('mvlocalplugin.so'), src('mvplugin.c'), '-L', out, '-l:libmvlocal.so.1'])
    // The same hello with glibc (Debian's gcc does not fortify by default: no __printf_chk).
    await gnuCc(['-O2', '-o', o('mvhello-glibc'), src('mvhello.c')])
    return o
  })
}

/** The Alpine-style musl root shared by the scenarios, made in ctx.root. */
async function muslRoot(ctx) {
  const ma = muslArch(ctx.arch)
  const pkg = await unpackedDeb(ctx, ctx.arch, 'musl')
  const bin = await programs(ctx)
  const root = ctx.root
  await run(['rm', '-rf', root])
  for (const d of ['lib', 'usr/lib', 'usr/bin', 'usr/local/lib', 'usr/local/bin', 'etc', 'tmp', 'root', 'dev', 'proc'])
    mkdirSync(join(root, d), { recursive: true })
  chmodSync(join(root, 'tmp'), 0o1777)
  copyIn(root, `/lib/ld-musl-${ma}.so.1`, join(pkg, 'lib', `${ma}-linux-musl`, 'libc.so'), 0o755)
  symlinkSync(`ld-musl-${ma}.so.1`, join(root, `lib/libc.musl-${ma}.so.1`))
  copyIn(root, '/usr/bin/mvhello', bin('mvhello'), 0o755)
  copyIn(root, '/usr/bin/mvapp', bin('mvapp'), 0o755)
  copyIn(root, '/usr/bin/mvdlopen', bin('mvdlopen'), 0o755)
  copyIn(root, '/usr/lib/libmvdemo.so.1', bin('libmvdemo.so.1'), 0o755)
  // The npm packages as npm installs them for an app in /opt/app.
  const n = NPM[ctx.arch]
  const sass = await npmPackage(ctx, n.sass, SASS_VERSION)
  const rollup = await npmPackage(ctx, n.rollup, ROLLUP_VERSION)
  for (const [name, from] of [
    [n.sass, sass],
    [n.rollup, rollup]
  ]) {
    const to = join(root, npmInstallPath(APP, name))
    mkdirSync(to, { recursive: true })
    await run(['cp', '-a', `${from}/.`, `${to}/`], { check: true })
  }
  putFile(root, '/etc/passwd', 'root:x:0:0:root:/root:/bin/sh\n')
  return {
    sassDir: npmInstallPath(APP, n.sass),
    rollupNode: `${npmInstallPath(APP, n.rollup)}/rollup.linux-${n.node}-musl.node`
  }
}

/** The gcompat-style additions: the glibc-named link, a library only in /usr/local/lib and what needs it. */
async function gcompat(ctx, withLocalLib) {
  const bin = await programs(ctx)
  const glibcName = GLIBC_NAME[ctx.arch]
  link(ctx.root, glibcName, muslLoader(ctx.arch))
  if (withLocalLib) copyIn(ctx.root, '/usr/local/lib/libmvlocal.so.1', bin('libmvlocal.so.1'), 0o755)
  copyIn(ctx.root, '/usr/local/bin/mvlocal', bin('mvlocal'), 0o755)
  copyIn(ctx.root, '/usr/local/lib/mvplugins/mvlocalplugin.so', bin('mvlocalplugin.so'), 0o755)
  // glibc programs run through the link: Debian's own hello (built with _FORTIFY_SOURCE) and a plain gcc build.
  const hello = await unpackedDeb(ctx, ctx.arch, 'hello')
  copyIn(ctx.root, '/usr/local/bin/hello-debian', join(hello, 'usr/bin/hello'), 0o755)
  copyIn(ctx.root, '/usr/local/bin/mvhello-glibc', bin('mvhello-glibc'), 0o755)
}

async function oracle(ctx, built) {
  const loader = muslLoader(ctx.arch)
  const glibcName = GLIBC_NAME[ctx.arch]
  const env = built.env ?? {}
  const found = findMuslObjects(ctx.root, ctx.a.elf)
  for (const o of found) o.dynamic = await dynamicFacts(join(ctx.root, o.path))
  const hasLink = built.gcompat
  const objects = await muslListAll(ctx.root, loader, found, env, ctx.jobs, {
    // Asked again through the glibc name when that is what the program names and the link is there.
    alsoVia: o => (hasLink && o.elf.interp === glibcName ? [glibcName] : [])
  })
  const usage = await inChroot(ctx.root, [loader])
  const probes = []
  const p = (name, argv) => runIn(ctx, argv, env, { name })
  probes.push(await p('mvhello', ['/usr/bin/mvhello', 'x']))
  probes.push(await p('mvapp (libmvdemo.so.1 in /usr/lib)', ['/usr/bin/mvapp']))
  probes.push(
    await p('sass-embedded dart --version', [
      `${built.sassDir}/dart-sass/src/dart`,
      `${built.sassDir}/dart-sass/src/sass.snapshot`,
      '--version'
    ])
  )
  if (hasLink) {
    probes.push(
      await p('mvlocal (PT_INTERP glibc name, libmvlocal.so.1 in /usr/local/lib)', ['/usr/local/bin/mvlocal'])
    )
    probes.push(await p('mvlocal through the glibc-named loader', [glibcName, '/usr/local/bin/mvlocal']))
    probes.push(
      await p('dlopen mvlocalplugin.so (needs libmvlocal.so.1)', [
        '/usr/bin/mvdlopen',
        '/usr/local/lib/mvplugins/mvlocalplugin.so'
      ])
    )
    probes.push(await p('Debian hello (glibc, fortified) through the link', ['/usr/local/bin/hello-debian']))
    probes.push(await p('glibc mvhello through the link', ['/usr/local/bin/mvhello-glibc', 'x']))
  }
  return {
    libc: 'musl',
    loader,
    musl: `${usage.stdout}${usage.stderr}`.split('\n').slice(0, 2).join(' '),
    layout: built.layout,
    objects,
    probes,
    verdict: verdict({ objects, probes }, built.expected)
  }
}

const layout = (arch, extra = {}) => ({
  loader: `${muslLoader(arch)} (the file: Debian musl's /lib/${muslArch(arch)}-linux-musl/libc.so, 0755)`,
  links: { [`/lib/libc.musl-${muslArch(arch)}.so.1`]: `ld-musl-${muslArch(arch)}.so.1`, ...extra },
  pathFile: `none (/etc/ld-musl-${muslArch(arch)}.path left out: musl searches /lib:/usr/local/lib:/usr/lib)`,
  mergedUsr: false
})

export const scenarios = [
  {
    name: 'musl-clean',
    description:
      "An Alpine-style musl userland from Debian's musl package: musl-gcc programs (one needing libmvdemo.so.1 in /usr/lib), sass-embedded's Dart VM and rollup's musl addon from npm.",
    arches: ['amd64', 'arm64'],
    sets: ['ci', 'full'],
    build: async ctx => {
      const r = await muslRoot(ctx)
      return {
        ...r,
        entrypoint: ['/usr/bin/mvapp'],
        layout: layout(ctx.arch),
        expected: "clean: every program runs; the addon resolves libc.so to musl (its napi_* symbols are node's)"
      }
    },
    oracle
  },
  {
    name: 'musl-gcompat-link',
    description:
      "musl-clean plus the gcompat/libc6-compat link (glibc's loader name -> musl's loader), a musl program and a musl module whose library libmvlocal.so.1 is only in /usr/local/lib (the program's PT_INTERP is glibc's name), and two glibc programs run through the link.",
    arches: ['amd64', 'arm64'],
    sets: ['ci', 'full'],
    build: async ctx => {
      const r = await muslRoot(ctx)
      await gcompat(ctx, true)
      return {
        ...r,
        gcompat: true,
        entrypoint: ['/usr/local/bin/mvlocal'],
        layout: layout(ctx.arch, { [GLIBC_NAME[ctx.arch]]: muslLoader(ctx.arch) }),
        expected:
          "mvlocal and the plugin load (musl searches /usr/local/lib); the glibc programs run under musl by musl's rules: libc.so.6 is musl itself, the plain one runs, Debian's hello fails to relocate (__printf_chk, error, __wprintf_chk are glibc's)"
      }
    },
    oracle
  },
  {
    name: 'musl-missing-lib',
    description: 'musl-gcompat-link with /usr/local/lib/libmvlocal.so.1 removed: the real musl error.',
    arches: ['amd64', 'arm64'],
    sets: ['ci', 'full'],
    build: async ctx => {
      const r = await muslRoot(ctx)
      await gcompat(ctx, false)
      return {
        ...r,
        gcompat: true,
        entrypoint: ['/usr/local/bin/mvlocal'],
        layout: layout(ctx.arch, { [GLIBC_NAME[ctx.arch]]: muslLoader(ctx.arch) }),
        changes: [{ path: '/usr/local/lib/libmvlocal.so.1', change: 'removed' }],
        expected: 'mvlocal and mvlocalplugin.so fail: libmvlocal.so.1 is nowhere'
      }
    },
    oracle
  }
]
