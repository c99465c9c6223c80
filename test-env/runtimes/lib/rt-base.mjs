/**
 * What the Python, Mono, musl and CUDA groups share: Debian 12 base roots built once per run (through the loader
 * oracle's apt and rootfs helpers), files of other architectures' packages, the glibc loader's answers on a root's
 * ELF objects (the loader oracle's listAll), dynamic-section facts read by binutils, and a one-line verdict.
 * Nothing here predicts: every answer comes from a real loader or runtime run in the root.
 */
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fetchDebs, userlandDebs } from '../../loader/lib/apt.mjs'
import { findObjects, listAll } from '../../loader/lib/oracle.mjs'
import { buildRootfs, cloneRootfs, unpackDeb } from '../../loader/lib/rootfs.mjs'
import { inChroot, log, run } from '../../loader/lib/util.mjs'

/** fn() once per run for `key` (the promise is shared, so concurrent callers wait for the same work). */
export function once(ctx, key, fn) {
  if (!ctx.memo.has(key)) ctx.memo.set(key, fn())
  return ctx.memo.get(key)
}

/**
 * A merged-/usr Debian 12 root of the apt closure of `pkgs` (no Recommends), plus `extra` .debs unpacked without
 * their dependencies ({ path, name, version } each: packages from contrib/non-free whose Depends would pull in what
 * the image must not have, such as the NVIDIA driver). The root's own ldconfig has run. Built once per run and arch.
 */
export function debianBase(ctx, name, pkgs, extra = async () => []) {
  return once(ctx, `base ${ctx.arch} ${name}`, async () => {
    const u = await userlandDebs(ctx.arch, pkgs)
    const more = await extra()
    const root = join(ctx.work, 'bases', `${ctx.arch}-${name}`)
    log(`${ctx.arch}: base ${name}: ${u.packages.length} packages + ${more.length} without dependencies`)
    await buildRootfs([...u.debs, ...more.map(e => e.path)], root)
    const packages = [
      ...u.packages.map(p => `${p.name}:${p.arch} ${p.version}`),
      ...more.map(e => `${e.name}:${ctx.arch} ${e.version} (unpacked without its dependencies)`)
    ].sort()
    return { root, packages }
  })
}

/** The scenario's root: a hard-linked copy of a base (change files only through rootfs.mjs's helpers). */
export async function fromBase(ctx, base) {
  await cloneRootfs(base.root, ctx.root)
}

/** A package of `arch` (`name`, `name=version`, `name/trixie`) unpacked once per run; returns the directory. */
export function unpackedDeb(ctx, arch, spec) {
  return once(ctx, `deb ${arch} ${spec}`, async () => {
    const { paths } = await fetchDebs(arch, [spec])
    return unpackDeb(paths[0], join(ctx.work, 'debs', `${arch}-${spec.replace(/\W/g, '_')}`))
  })
}

/** The glibc loader's version line, once per root. */
export async function glibcVersion(ctx) {
  const r = await inChroot(ctx.root, [ctx.a.loader, '--version'])
  return r.stdout.split('\n')[0]
}

/**
 * The glibc loader on the root's ELF objects (loader oracle's listAll: `--list` and an ldd-style trace with
 * LD_DEBUG=libs). In the ci set only the objects `focus(path)` picks (and every foreign one) are asked, to keep
 * under QEMU what the scenario is about; the rest are counted in skippedObjects.ci. The full set asks all of them.
 */
export async function glibcObjects(ctx, env, focus) {
  const { objects, skipped } = findObjects(ctx.root, ctx.a.elf, { skipGconv: ctx.set === 'ci' })
  let asked = objects
  if (ctx.set === 'ci' && focus) {
    asked = objects.filter(o => o.foreign || focus(o.path))
    skipped.ci = objects.length - asked.length
  }
  const listed = await listAll(ctx.root, ctx.a.loader, asked, env, ctx.jobs, { listWhenClean: ctx.set === 'full' })
  return { objects: listed, skippedObjects: skipped }
}

/**
 * DT_NEEDED, DT_SONAME, DT_RPATH, DT_RUNPATH and PT_INTERP of a file, as binutils' readelf prints them (a fact about
 * the file recorded beside the loader's answer, never an answer).
 */
export async function dynamicFacts(file) {
  const r = await run(['readelf', '-dlW', file])
  const pick = re => [...r.stdout.matchAll(re)].map(m => m[1])
  return {
    interp: pick(/\[Requesting program interpreter: (.+?)\]/g)[0] ?? null,
    needed: pick(/\(NEEDED\)\s+Shared library: \[(.+?)\]/g),
    soname: pick(/\(SONAME\)\s+Library soname: \[(.+?)\]/g)[0] ?? null,
    rpath: pick(/\(RPATH\)\s+Library rpath: \[(.*?)\]/g)[0] ?? null,
    runpath: pick(/\(RUNPATH\)\s+Library runpath: \[(.*?)\]/g)[0] ?? null
  }
}

/** Runs argv in the root (the image's Env) and keeps what a reader needs: exit, output, time. */
export async function runIn(ctx, argv, env = {}, { timeoutMs = 120_000, name } = {}) {
  const r = await inChroot(ctx.root, argv, { env, timeoutMs })
  return {
    ...(name ? { name } : {}),
    command: argv,
    exit: r.exit,
    signal: r.signal ?? undefined,
    timedOut: r.timedOut || undefined,
    ok: r.exit === 0 && !r.timedOut,
    stdout: r.stdout.slice(0, 8000),
    stderr: r.stderr.slice(0, 8000),
    ms: r.ms
  }
}

/**
 * A short account of the answers: own-architecture objects the loader did not load, probes and module checks that
 * failed. `expected` (a sentence) says what the scenario is meant to show, for the reader of summary.json.
 */
export function verdict({ objects = [], probes = [], modules = [] }, expected) {
  const notLoading = objects.filter(o => !o.foreign && o.loads === false).map(o => o.path)
  // A probe marked informational (it needs what no image has: a GPU) is recorded, not counted.
  const counted = probes.filter(p => !p.informational)
  const failingProbes = counted.filter(p => !p.ok).map(p => p.name ?? p.command.join(' '))
  const failingModules = []
  for (const m of modules) {
    if (m.results) for (const r of m.results) if (!r.ok) failingModules.push(`${m.runtime}: ${r.name}`)
    if (!m.results && !m.ok) failingModules.push(`${m.runtime}: ${m.name}`)
  }
  return {
    expected,
    clean: !notLoading.length && !failingProbes.length && !failingModules.length,
    summary:
      `${objects.length} objects asked, ${notLoading.length} not loading; ` +
      `${counted.length - failingProbes.length}/${counted.length} probes ok; ${failingModules.length} module checks failing`,
    notLoading,
    failingProbes,
    failingModules
  }
}

/**
 * fn() with a proc file system mounted at ROOT/proc, as a container runtime mounts one (Mono refuses to start
 * without it: "Mono requires /proc to be mounted."). Unmounted afterwards, whatever fn did.
 */
export async function withProc(ctx, fn) {
  const dir = join(ctx.root, 'proc')
  mkdirSync(dir, { recursive: true })
  await run(['mount', '-t', 'proc', 'proc', dir], { check: true })
  try {
    return await fn()
  } finally {
    await run(['umount', '-l', dir])
  }
}

/** Unmounts whatever a killed run left mounted under `dir` (before the entry script deletes it). */
export async function unmountUnder(dir) {
  let mounts = ''
  try {
    mounts = readFileSync('/proc/self/mounts', 'utf8')
  } catch {
    return
  }
  const points = mounts
    .split('\n')
    .map(l => l.split(' ')[1])
    .filter(m => m && (m === dir || m.startsWith(`${dir}/`)))
  for (const m of points.reverse()) await run(['umount', '-l', m])
}
