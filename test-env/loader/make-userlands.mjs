#!/usr/bin/env node
/**
 * The loader oracle: real Debian 12 userlands for several architectures, broken in realistic ways, with the real
 * glibc loader and language runtimes run under QEMU on every dynamic ELF object, and an OCI layout of each.
 *
 *   node test-env/loader/make-userlands.mjs --out DIR [--arches amd64,arm64,armhf,s390x] [--set ci|full]
 *        [--scenarios clean,missing-libssl,...] [--keep-rootfs | --no-rootfs] [--jobs N]
 *
 * Writes DIR/<arch>/<scenario>/{oracle.json,image/} and DIR/summary.json. See README.md beside this file.
 * Needs root (chroot), dpkg-deb, GNU tar, apt, and binfmt handlers for QEMU (qemu-user-static, binfmt-support).
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { ARCHES, DEFAULT_ARCHES, platformString } from './lib/arches.mjs'
import { DEB_CACHE, fetchDebs, userlandDebs } from './lib/apt.mjs'
import { elfInfo, resolveIn } from './lib/elf.mjs'
import { checkModules, findObjects, listAll, probe } from './lib/oracle.mjs'
import { writeImage } from './lib/oci.mjs'
import { addDevNodes, buildRootfs, cloneRootfs, diffRoots, unpackDeb } from './lib/rootfs.mjs'
import { SCENARIOS, Skip } from './lib/scenarios.mjs'
import { inChroot, log, run, seconds } from './lib/util.mjs'

/** Package sets. Each is closed over its dependencies by apt (no Recommends). */
const SETS = {
  // Essential's dash, coreutils and perl-base are in both: without them Debian's own scripts have no /bin/sh,
  // /usr/bin/env or /usr/bin/perl, and the image is not a clean Debian userland.
  ci: arch => [
    'libc-bin',
    'base-passwd',
    'bash',
    'dash',
    'coreutils',
    'perl-base',
    'curl',
    'openssl',
    'libstdc++6',
    'python3-yaml',
    ...(['amd64', 'arm64'].includes(arch) ? ['node-iconv'] : [])
  ],
  full: () => [
    'libc-bin',
    'base-files',
    'base-passwd',
    'bash',
    'dash',
    'coreutils',
    'grep',
    'sed',
    'findutils',
    'tar',
    'gzip',
    'curl',
    'libcurl4',
    'libssl3',
    'openssl',
    'libstdc++6',
    'libgcc-s1',
    'perl-base',
    'perl',
    'python3.11-minimal',
    'python3.11',
    'python3-yaml',
    'python3-numpy',
    'nodejs',
    'node-iconv'
  ]
}
/** Dropped, one at a time from the end, when an architecture lacks them. */
const OPTIONAL = ['node-iconv', 'nodejs', 'python3-numpy']

const { values: args } = parseArgs({
  options: {
    out: { type: 'string' },
    arches: { type: 'string', default: DEFAULT_ARCHES.join(',') },
    set: { type: 'string', default: 'ci' },
    scenarios: { type: 'string' },
    'keep-rootfs': { type: 'boolean', default: true },
    'no-rootfs': { type: 'boolean', default: false },
    jobs: { type: 'string' },
    help: { type: 'boolean', short: 'h' }
  }
})
if (args.help || !args.out) {
  process.stderr.write(
    'usage: node test-env/loader/make-userlands.mjs --out DIR [--arches amd64,arm64,armhf,s390x] [--set ci|full]\n' +
      '         [--scenarios a,b] [--no-rootfs] [--jobs N]\n'
  )
  process.exit(args.help ? 0 : 2)
}
const OUT = resolve(args.out)
const arches = args.arches.split(',').filter(Boolean)
for (const a of arches) if (!ARCHES[a] || ARCHES[a].trixieOnly) throw new Error(`unsupported architecture ${a}`)
if (!SETS[args.set]) throw new Error(`unknown set ${args.set} (ci or full)`)
const onlyScenarios = args.scenarios ? new Set(args.scenarios.split(',')) : null
const jobs = Number(args.jobs) || availableParallelism()
if (process.getuid?.() !== 0) throw new Error('make-userlands.mjs needs root (chroot)')

const t0 = Date.now()
const timings = {}
await run(['rm', '-rf', OUT])
mkdirSync(OUT, { recursive: true })
const WORK = join(OUT, '.work')
mkdirSync(WORK, { recursive: true })

// 1. Package closures and downloads, every architecture at once.
log(`set ${args.set}, arches ${arches.join(' ')}, .deb cache ${DEB_CACHE}`)
const userlands = {}
await Promise.all(
  arches.map(async arch => {
    let pkgs = SETS[args.set](arch)
    const dropped = []
    for (;;) {
      try {
        userlands[arch] = { ...(await userlandDebs(arch, pkgs)), requested: pkgs, dropped }
        break
      } catch (e) {
        const opt = OPTIONAL.find(p => pkgs.includes(p))
        if (!opt) throw e
        log(`${arch}: apt could not resolve the set (${e.message.split('\n')[0]}); dropping ${opt}`)
        dropped.push(opt)
        pkgs = pkgs.filter(p => p !== opt)
      }
    }
    const u = userlands[arch]
    log(
      `${arch}: ${u.packages.length} packages, ${(u.bytes / 1e6).toFixed(1)} MB (${(u.downloaded / 1e6).toFixed(1)} MB downloaded)`
    )
  })
)
timings.download = Date.now() - t0

// Files from other architectures or from trixie: the real .deb, unpacked once per run.
const unpacked = new Map()
const foreignDeb = (arch, spec) => {
  const key = `${arch} ${spec}`
  if (!unpacked.has(key))
    unpacked.set(
      key,
      (async () => {
        const { paths, downloaded } = await fetchDebs(arch, [spec])
        foreignBytes += downloaded
        return unpackDeb(paths[0], join(WORK, 'debs', `${arch}-${spec.replace(/\W/g, '_')}`))
      })()
    )
  return unpacked.get(key)
}
let foreignBytes = 0

const summary = {
  generator: 'test-env/loader/make-userlands.mjs',
  set: args.set,
  arches: {},
  timings: {},
  debCache: DEB_CACHE
}

for (const arch of arches) {
  const a = ARCHES[arch]
  const ta = Date.now()
  const archDir = join(OUT, arch)
  const cleanRoot = join(archDir, 'clean', 'rootfs')
  log(`${arch}: building the clean userland`)
  await buildRootfs(userlands[arch].debs, cleanRoot)
  const tBuilt = Date.now()

  // The loader: the platform's PT_INTERP, checked against the userland's own programs.
  const interps = new Set()
  for (const p of ['/usr/bin/bash', '/usr/bin/curl', '/usr/bin/python3.11']) {
    const real = resolveIn(cleanRoot, p)
    const info = real && elfInfo(join(cleanRoot, real))
    if (info?.interp) interps.add(info.interp)
  }
  if (interps.size !== 1 || !interps.has(a.loader))
    throw new Error(`${arch}: programs name the loader(s) ${[...interps].join(', ')}, expected ${a.loader}`)
  const help = await inChroot(cleanRoot, [a.loader, '--help'])
  const version = await inChroot(cleanRoot, [a.loader, '--version'])
  writeFileSync(join(archDir, 'ld-so-help.txt'), help.stdout)

  const archSummary = {
    platform: platformString(arch),
    loader: a.loader,
    glibc: version.stdout.split('\n')[0],
    packages: userlands[arch].packages.length,
    requested: userlands[arch].requested,
    dropped: userlands[arch].dropped,
    debBytes: userlands[arch].bytes,
    scenarios: {},
    skipped: {},
    timings: { build: tBuilt - ta }
  }
  summary.arches[arch] = archSummary
  writeFileSync(
    join(archDir, 'packages.txt'),
    userlands[arch].packages.map(p => `${p.name}:${p.arch} ${p.version}`).join('\n') + '\n'
  )

  for (const sc of SCENARIOS) {
    if (!sc.arches(arch) || (onlyScenarios && !onlyScenarios.has(sc.name))) continue
    if (args.set === 'ci' && sc.ci === false && !onlyScenarios) continue
    const ts = Date.now()
    const dir = join(archDir, sc.name)
    const root = sc.name === 'clean' ? cleanRoot : join(dir, 'rootfs')
    const ctx = { arch, a, tuple: a.tuple, libdir: `/usr/lib/${a.tuple}`, root, foreignDeb }
    if (sc.name !== 'clean') {
      await cloneRootfs(cleanRoot, root)
      try {
        await sc.apply(ctx)
      } catch (e) {
        if (!(e instanceof Skip)) throw e
        log(`${arch}/${sc.name}: skipped: ${e.message}`)
        archSummary.skipped[sc.name] = e.message
        await run(['rm', '-rf', dir])
        continue
      }
    }
    const changes = sc.name === 'clean' ? [] : diffRoots(cleanRoot, root)
    const env = sc.env ?? {}
    const image = await writeImage(root, join(dir, 'image'), {
      arch,
      scenario: sc.name,
      description: sc.description,
      entrypoint: sc.entrypoint,
      env
    })
    const tImage = Date.now()

    const removeDevNodes = await addDevNodes(root)
    const { objects, skipped } = findObjects(root, a.elf, { skipGconv: args.set === 'ci' })
    const listed = await listAll(root, a.loader, objects, env, jobs, { listWhenClean: args.set === 'full' })
    // Programs run as the image would run them: the entrypoint, and whatever the scenario put in /usr/local or /opt.
    const probeArgv = new Map()
    probeArgv.set(sc.entrypoint.join(' '), sc.probe ?? [...sc.entrypoint, '--version'])
    for (const o of objects)
      if (o.kind === 'program' && /^\/(usr\/local|opt)\//.test(o.path)) probeArgv.set(o.path, [o.path, '--version'])
    const probes = []
    for (const argv of probeArgv.values()) probes.push(await probe(root, argv, env))
    // The cache as the image's own ldconfig reads it back (ABI flags, hwcaps, paths), for checking a cache parser.
    const cacheDump = existsSync(join(root, 'etc/ld.so.cache')) ? await inChroot(root, ['/sbin/ldconfig', '-p']) : null
    const runtimes = args.set === 'full' || sc.modules === true ? null : sc.modules || []
    const modules = runtimes?.length === 0 ? [] : await checkModules(root, objects, env, a.tuple, jobs, runtimes)
    await removeDevNodes()
    const tOracle = Date.now()

    const oracle = {
      arch,
      platform: platformString(arch),
      scenario: sc.name,
      description: sc.description,
      set: args.set,
      loader: a.loader,
      glibc: archSummary.glibc,
      env: Object.entries(env).map(([k, v]) => `${k}=${v}`),
      entrypoint: sc.entrypoint,
      changes,
      image: { path: 'image', ...image },
      ldSoHelp: help.stdout,
      ldconfigP: cacheDump ? cacheDump.stdout + cacheDump.stderr : null,
      objects: listed,
      skippedObjects: skipped,
      probes,
      modules
    }
    writeFileSync(join(dir, 'oracle.json'), JSON.stringify(oracle, null, 1) + '\n')
    const own = listed.filter(o => !o.foreign)
    const failing = own.filter(o => !o.loads)
    archSummary.scenarios[sc.name] = {
      description: sc.description,
      objects: listed.length,
      programs: own.filter(o => o.kind === 'program').length,
      libraries: own.filter(o => o.kind === 'library').length,
      foreign: listed.length - own.length,
      notLoading: failing.length,
      notLoadingExamples: failing.slice(0, 8).map(o => ({
        path: o.path,
        exit: o.exit,
        why: (
          o.errors[0]?.line ??
          o.versionErrors[0]?.line ??
          (o.notFound.length ? `not found: ${o.notFound.join(' ')}` : '')
        ).trim()
      })),
      timedOut: listed.filter(o => o.timedOut).length,
      probes: probes.map(p => ({
        command: p.command.join(' '),
        exit: p.exit,
        ok: p.ok,
        stderr: p.stderr.trim().slice(0, 300)
      })),
      modules: modules.map(m => ({
        runtime: m.runtime,
        name: m.name,
        ok: m.ok,
        failed: m.results
          ? m.results.filter(r => !r.ok).map(r => `${r.name}: ${r.error ?? ''} ${r.message ?? ''}`.slice(0, 300))
          : undefined,
        count: m.results?.length,
        output: m.results ? undefined : m.output.trim().slice(-300)
      })),
      timings: { apply: tImage - ts, oracle: tOracle - tImage },
      layerBytes: image.layerSize
    }
    log(
      `${arch}/${sc.name}: ${listed.length} objects, ${failing.length} not loading, ${modules.filter(m => !m.ok).length}/${modules.length} module checks failing (${seconds(tOracle - ts)} s)`
    )
  }
  if (args['no-rootfs']) {
    for (const d of readdirSync(archDir))
      if (existsSync(join(archDir, d, 'rootfs'))) await run(['rm', '-rf', join(archDir, d, 'rootfs')])
  }
  archSummary.timings.total = Date.now() - ta
}

await run(['rm', '-rf', WORK])
timings.total = Date.now() - t0
summary.timings = { downloadMs: timings.download, totalMs: timings.total }
summary.foreignDebBytesDownloaded = foreignBytes
writeFileSync(join(OUT, 'summary.json'), JSON.stringify(summary, null, 1) + '\n')
log(`done in ${seconds(timings.total)} s: ${OUT}/summary.json`)
