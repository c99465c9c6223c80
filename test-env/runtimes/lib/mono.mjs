/**
 * A Mono image: Debian 12's mono-runtime with mono-mcs (whose compiler, mcs.exe, is itself a CIL program), and a
 * program and a class library compiled in the image's own chroot by that mcs from cs/: MvHello.exe (AnyCPU) and
 * the same source as -platform:x86, anycpu32bitpreferred, x64 (a PE32+ file whose COFF machine says AMD64) and arm
 * (machine ARMNT). The assemblies are PE files with a CLI header; Mono runs them on any architecture. Each PE file's
 * header facts (lib/pe.mjs) are recorded beside what mono did with it.
 */
import { mkdirSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { addDevNodes, copyIn } from '../../loader/lib/rootfs.mjs'
import { walk } from '../../loader/lib/elf.mjs'
import { peInfo } from './pe.mjs'
import { debianBase, fromBase, glibcObjects, glibcVersion, once, runIn, verdict, withProc } from './rt-base.mjs'
import { run } from '../../loader/lib/util.mjs'

// bash and perl-base are Essential: every Debian image has them (debconf's scripts name /usr/bin/perl).
const PKGS = ['libc-bin', 'base-passwd', 'bash', 'dash', 'coreutils', 'perl-base', 'mono-runtime', 'mono-mcs']
const CS_DIR = join(fileURLToPath(import.meta.url), '..', '..', 'cs')
const APP = '/usr/local/lib/mvhello'
const MCS = '/usr/lib/mono/4.5/mcs.exe'
const PLATFORMS = ['x86', 'anycpu32bitpreferred', 'x64', 'arm']

const focus = p => /^\/usr\/bin\/mono|\/libmono|\/libMonoPosixHelper|\/usr\/lib\/mono\//.test(p)

/**
 * mcs in the chroot (mono runs it: natively on amd64, under QEMU on arm64), once per run: CIL does not depend on
 * the machine, so the first architecture's build is copied into the others' images (the same bytes run on both;
 * mcs under QEMU takes 15-25 s a file). Returns the compile steps and the files.
 */
function compiled(ctx) {
  return once(ctx, 'mono compiled', async () => {
    const steps = []
    const mcs = (name, args) =>
      runIn(ctx, ['mono', MCS, ...args], {}, { name, timeoutMs: 300_000 }).then(r => (steps.push(r), r))
    const src = '/usr/local/src/mvhello'
    for (const f of readdirSync(CS_DIR)) copyIn(ctx.root, `${src}/${f}`, join(CS_DIR, f), 0o644)
    mkdirSync(join(ctx.root, APP), { recursive: true })
    const removeDev = await addDevNodes(ctx.root)
    try {
      await withProc(ctx, async () => {
        await mcs('mcs: MvGreeting.dll', ['-target:library', `-out:${APP}/MvGreeting.dll`, `${src}/MvGreeting.cs`])
        const ref = `-r:${APP}/MvGreeting.dll`
        await mcs('mcs: MvHello.exe (anycpu)', [ref, `-out:${APP}/MvHello.exe`, `${src}/MvHello.cs`])
        for (const p of PLATFORMS)
          await mcs(`mcs: MvHello-${p}.exe`, [
            ref,
            `-platform:${p}`,
            `-out:${APP}/MvHello-${p}.exe`,
            `${src}/MvHello.cs`
          ])
      })
    } finally {
      await removeDev()
    }
    const failed = steps.filter(s => !s.ok)
    if (failed.length) throw new Error(`mcs failed in the ${ctx.arch} chroot: ${failed[0].stdout}${failed[0].stderr}`)
    const keep = join(ctx.work, 'mono-compiled')
    mkdirSync(keep, { recursive: true })
    await run(['cp', '-a', `${join(ctx.root, APP)}/.`, `${keep}/`], { check: true })
    return { arch: ctx.arch, steps, dir: keep, files: readdirSync(keep) }
  })
}

/** The compiled assemblies (and their sources) in this root: built here, or copied from the first build. */
async function install(ctx) {
  const c = await compiled(ctx)
  if (c.arch !== ctx.arch) {
    for (const f of c.files) copyIn(ctx.root, `${APP}/${f}`, join(c.dir, f), 0o644)
    for (const f of readdirSync(CS_DIR)) copyIn(ctx.root, `/usr/local/src/mvhello/${f}`, join(CS_DIR, f), 0o644)
  }
  return c
}

/** Header facts of every PE file (.exe, .dll) in the root; totals by what the headers say. */
function peFacts(root) {
  const files = []
  for (const f of walk(root)) {
    if (!/\.(exe|dll)$/i.test(f.path) || f.size < 128) continue
    const info = peInfo(join(root, f.path))
    if (info) files.push({ path: f.path, ...info })
  }
  const totals = {}
  for (const f of files) {
    const k = f.cli
      ? `${f.machineName} ${f.format} CLI ${f.cli.flagNames.join('+')}`
      : `${f.machineName} ${f.format} no CLI header`
    totals[k] = (totals[k] ?? 0) + 1
  }
  return { count: files.length, totals, files }
}

export const scenarios = [
  {
    name: 'mono-clean',
    description:
      "Debian 12's mono-runtime and mono-mcs, and a CIL program and class library compiled in the image by its own mcs (AnyCPU, and x86, anycpu32bitpreferred, x64, arm variants): PE files on Linux, run by mono.",
    arches: ['amd64', 'arm64'],
    sets: ['ci', 'full'],
    build: async ctx => {
      const base = await debianBase(ctx, 'mono', PKGS)
      await fromBase(ctx, base)
      const c = await install(ctx)
      return {
        entrypoint: ['/usr/bin/mono', `${APP}/MvHello.exe`],
        compiled: { in: c.arch, steps: c.steps },
        packages: base.packages,
        expected:
          'clean: the PE files are CIL assemblies that mono runs on this architecture, whatever their COFF machine'
      }
    },
    oracle: async (ctx, built) => {
      const env = {}
      const { objects, skippedObjects } = await glibcObjects(ctx, env, focus)
      const probes = []
      // Mono needs /proc (a container has one); mounted for the runs only, never in the image.
      const p = async (name, argv, extra = {}) => probes.push({ ...(await runIn(ctx, argv, env, { name })), ...extra })
      await withProc(ctx, async () => {
        await p('mono --version', ['mono', '--version'])
        await p('mcs.exe --version (a Debian CIL program)', ['mono', MCS, '--version'])
        await p('MvHello.exe (anycpu)', ['mono', `${APP}/MvHello.exe`])
        for (const pl of PLATFORMS) await p(`MvHello-${pl}.exe`, ['mono', `${APP}/MvHello-${pl}.exe`])
      })
      const pe = peFacts(ctx.root)
      return {
        libc: 'glibc',
        loader: ctx.a.loader,
        glibc: await glibcVersion(ctx),
        packages: built.packages,
        compiled: built.compiled,
        objects,
        skippedObjects,
        pe: {
          count: pe.count,
          totals: pe.totals,
          ours: pe.files.filter(f => f.path.startsWith(APP)),
          debian: pe.files.filter(f => f.path === MCS || f.path.endsWith('/4.5/mscorlib.dll')),
          notIlOnly: pe.files.filter(f => !f.cli || !f.cli.flagNames.includes('ILONLY')),
          all: pe.files.map(f => ({
            path: f.path,
            machine: f.machine,
            format: f.format,
            dll: f.dll,
            cli: f.cli?.flags ?? null
          }))
        },
        probes,
        notes: [
          "The kernel execs a PE file only through a binfmt_misc handler registered on the host (mono-runtime's 'cli': magic MZ, interpreter /usr/lib/binfmt-support/run-detectors); a container runtime adds none, so the Entrypoint names mono. Not probed: the answer depends on the host's registrations (with the host's 'cli' handler the exec fails with ENOENT: the interpreter is not in the image), and the chroot's perl exec falls back to /bin/sh on ENOEXEC where runc reports 'exec format error'."
        ],
        verdict: verdict({ objects, probes }, built.expected)
      }
    }
  }
]
