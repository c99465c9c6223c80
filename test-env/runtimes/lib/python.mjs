/**
 * Python images: Debian 12's python3 with python3-numpy (and python3-yaml, which the loader oracle's module checks
 * import), clean; with numpy's package directory copied from the other architecture's package (a COPY of
 * dist-packages from a build stage of another platform); and with an extension module whose only build is tagged
 * for musl (`_speedups.cpython-311-x86_64-linux-musl.so`, really built with musl-gcc: what a musllinux wheel puts in
 * site-packages), which CPython on glibc never opens: its EXTENSION_SUFFIXES do not include the musl tag.
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { checkModules } from '../../loader/lib/oracle.mjs'
import { copyIn, putFile, remove } from '../../loader/lib/rootfs.mjs'
import {
  debianBase,
  dynamicFacts,
  fromBase,
  glibcObjects,
  glibcVersion,
  once,
  runIn,
  unpackedDeb,
  verdict
} from './rt-base.mjs'
import { muslArch, src, toolchain } from './rt-musl-cc.mjs'
import { retryTimedOut } from './rt-retry.mjs'

// bash and perl-base are Essential: every Debian image has them (scripts in these packages name /bin/bash and /usr/bin/perl).
const PKGS = [
  'libc-bin',
  'base-passwd',
  'bash',
  'dash',
  'coreutils',
  'perl-base',
  'python3',
  'python3-numpy',
  'python3-yaml'
]
const DIST = '/usr/lib/python3/dist-packages'
const LOCAL = '/usr/local/lib/python3.11/dist-packages'
const OTHER = { amd64: 'arm64', arm64: 'amd64' }

/** In the ci set the loader is asked only about these (and foreign files); the full set asks every object. */
const focus = p => /\/numpy\/|^\/usr\/local\/|\/python3\.11$|libblas|liblapack|libgfortran|libyaml/.test(p)

const base = ctx => debianBase(ctx, 'python', PKGS)

/** Files under dir (relative paths), recursively. */
function files(dir, rel = '') {
  const out = []
  for (const d of readdirSync(join(dir, rel), { withFileTypes: true })) {
    const r = `${rel}/${d.name}`
    if (d.isDirectory()) out.push(...files(dir, r))
    else out.push(r)
  }
  return out
}

const PROBES = [
  ['EXTENSION_SUFFIXES', ['python3', '-c', 'import importlib.machinery as m; print(m.EXTENSION_SUFFIXES)']],
  ['import numpy', ['python3', '-c', 'import numpy; print(numpy.__version__, numpy.__file__)']],
  [
    'import numpy.core._multiarray_umath',
    ['python3', '-c', 'import numpy.core._multiarray_umath as m; print(m.__file__)']
  ]
]

async function oracle(ctx, built) {
  const env = built.env ?? {}
  const { objects, skippedObjects } = await glibcObjects(ctx, env, focus)
  const modules = await retryTimedOut(
    ctx,
    await checkModules(ctx.root, objects, env, ctx.tuple, ctx.jobs, ['python']),
    env
  )
  const probes = []
  for (const [name, argv] of [...PROBES, ...(built.probes ?? [])]) probes.push(await runIn(ctx, argv, env, { name }))
  const facts = {}
  for (const p of built.factsOf ?? []) facts[p] = await dynamicFacts(join(ctx.root, p))
  return {
    libc: 'glibc',
    loader: ctx.a.loader,
    glibc: await glibcVersion(ctx),
    packages: (await base(ctx)).packages,
    changes: built.changes ?? [],
    objects,
    skippedObjects,
    probes,
    modules,
    dynamicFacts: facts,
    verdict: verdict({ objects, probes, modules }, built.expected)
  }
}

/** numpy's directory replaced by the other architecture's python3-numpy package's (every file, modes kept). */
async function copyNumpy(ctx) {
  const other = OTHER[ctx.arch]
  const pkg = await unpackedDeb(ctx, other, 'python3-numpy')
  await remove(ctx.root, `${DIST}/numpy`)
  for (const f of files(join(pkg, DIST, 'numpy'))) copyIn(ctx.root, `${DIST}/numpy${f}`, join(pkg, DIST, 'numpy', f))
  return [{ path: `${DIST}/numpy`, change: 'replaced', from: `python3-numpy:${other}` }]
}

/** The musl build of c/pyspeedups.c, once per run and architecture. */
function muslExtension(ctx) {
  return once(ctx, `pyspeedups ${ctx.arch}`, async () => {
    const { cc, pythonIncludes } = await toolchain(ctx)
    const out = join(ctx.work, `pyspeedups-${ctx.arch}.so`)
    await cc(['-O2', '-shared', '-fPIC', ...pythonIncludes, '-o', out, src('pyspeedups.c')])
    return out
  })
}

export const scenarios = [
  {
    name: 'python-numpy-clean',
    description:
      "Debian 12's python3 with python3-numpy and python3-yaml, as apt installs them (alternatives for libblas/liblapack made).",
    arches: ['amd64', 'arm64'],
    sets: ['ci', 'full'],
    build: async ctx => {
      await fromBase(ctx, await base(ctx))
      return { entrypoint: ['/usr/bin/python3'], expected: 'clean: numpy and every extension module import' }
    },
    oracle
  },
  {
    name: 'python-numpy-copied',
    description:
      "numpy's package directory replaced by the other architecture's python3-numpy (amd64's in the arm64 image, arm64's in the amd64 image): extension modules tagged for the other machine, as a COPY of dist-packages from another platform's build stage leaves them.",
    arches: ['amd64', 'arm64'],
    sets: ['ci', 'full'],
    build: async ctx => {
      await fromBase(ctx, await base(ctx))
      const changes = await copyNumpy(ctx)
      return {
        entrypoint: ['/usr/bin/python3'],
        changes,
        expected: "one error: numpy's extension modules are another machine's, import numpy fails"
      }
    },
    oracle
  },
  {
    name: 'python-musl-tag',
    description:
      'A package whose only build of its extension module is tagged for musl (mvspeedups/_speedups.cpython-311-TUPLE-musl.so, built with musl-gcc, and a dist-info whose WHEEL says musllinux_1_2) in /usr/local/lib/python3.11/dist-packages of the glibc image.',
    arches: ['amd64', 'arm64'],
    sets: ['ci', 'full'],
    build: async ctx => {
      await fromBase(ctx, await base(ctx))
      const so = await muslExtension(ctx)
      const tag = `${muslArch(ctx.arch)}-linux-musl`
      const file = `${LOCAL}/mvspeedups/_speedups.cpython-311-${tag}.so`
      putFile(ctx.root, `${LOCAL}/mvspeedups/__init__.py`, 'from ._speedups import answer\n')
      copyIn(ctx.root, file, so, 0o755)
      const di = `${LOCAL}/mvspeedups-1.0.dist-info`
      putFile(ctx.root, `${di}/METADATA`, 'Metadata-Version: 2.1\nName: mvspeedups\nVersion: 1.0\n')
      putFile(
        ctx.root,
        `${di}/WHEEL`,
        `Wheel-Version: 1.0\nGenerator: test-env/runtimes\nRoot-Is-Purelib: false\nTag: cp311-cp311-musllinux_1_2_${muslArch(ctx.arch)}\n`
      )
      putFile(
        ctx.root,
        `${di}/RECORD`,
        `mvspeedups/__init__.py,,\nmvspeedups/_speedups.cpython-311-${tag}.so,,\n${di.slice(LOCAL.length + 1)}/RECORD,,\n`
      )
      return {
        entrypoint: ['/usr/bin/python3'],
        changes: [{ path: file, change: 'added', built: 'musl-gcc, c/pyspeedups.c' }],
        factsOf: [file],
        probes: [
          ['import mvspeedups', ['python3', '-c', 'import mvspeedups; print(mvspeedups.answer())']],
          ['import mvspeedups._speedups', ['python3', '-c', 'import mvspeedups._speedups']],
          [
            'load the musl file by path (what CPython never does by itself)',
            [
              'python3',
              '-c',
              'import importlib.util as u, sys; s = u.spec_from_file_location("mvspeedups._speedups", sys.argv[1]); m = u.module_from_spec(s); s.loader.exec_module(m); print(m.answer())',
              file
            ]
          ]
        ],
        expected:
          'the musl-tagged module is never loaded: import mvspeedups fails with ModuleNotFoundError (a module built for another libc)'
      }
    },
    oracle
  }
]
