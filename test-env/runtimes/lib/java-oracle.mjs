/**
 * The Java oracle: the image's own JVM and glibc loader, run in a chroot of the scenario's root (QEMU through binfmt
 * for a foreign architecture), asked
 *  - `probes`: `java -version`, the image's entrypoint, and programs that make the JVM load natives on demand;
 *  - `jvmLoads`: every shared object under the JDK's lib/ loaded into a running JVM (System.load), as the JDK's
 *    classes load them after the launcher has loaded lib/server/libjvm.so;
 *  - `ldList`: the glibc loader on the same files and on bin/*, outside any JVM (the loader oracle's listAll);
 *  - `layout`: what the files say about themselves (readelf: DT_NEEDED, SONAME, RPATH/RUNPATH; jvm.cfg; links).
 * /proc is mounted for the runs, as in a container: without it glibc cannot expand $ORIGIN for the main program
 * (it reads /proc/self/exe), and bin/java finds libjli.so only through $ORIGIN (Debian's postinst refuses to
 * configure without /proc for that reason). One `java -version` without /proc is recorded to show it.
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync } from 'node:fs'
import { join } from 'node:path'
import { resolveIn } from '../../loader/lib/elf.mjs'
import { findObjects, listAll } from '../../loader/lib/oracle.mjs'
import { inChroot, pool, run } from '../../loader/lib/util.mjs'
import { dynamicFacts } from './rt-base.mjs'

const PROBE_DIR = '/tmp/mv-java-probe'
const TIMEOUT_MS = 240_000

// /proc mounts still up, unmounted if the process ends early (an error, ^C) so no root is left with /proc in it.
const mounted = new Set()
const unmountAll = () => {
  for (const p of mounted) spawnSync('umount', ['-l', p])
  mounted.clear()
}
process.on('exit', unmountAll)
for (const sig of ['SIGINT', 'SIGTERM'])
  process.once(sig, () => {
    unmountAll()
    process.exit(130)
  })

export async function withProc(root, fn) {
  const p = join(root, 'proc')
  mkdirSync(p, { recursive: true })
  await run(['mount', '-t', 'proc', 'proc', p], { check: true })
  mounted.add(p)
  try {
    return await fn()
  } finally {
    await run(['umount', p], { check: true })
    mounted.delete(p)
  }
}

/** Runs argv in the root with the image's Env; keeps what a reader needs. */
export async function probe(root, argv, env, name) {
  const r = await inChroot(root, argv, { env, timeoutMs: TIMEOUT_MS })
  return {
    name,
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

/** Every regular file under `dir` of the root (image paths), sorted. */
function filesUnder(root, dir) {
  const out = []
  const walk = rel => {
    let names
    try {
      names = readdirSync(join(root, rel)).sort()
    } catch {
      return
    }
    for (const n of names) {
      const r = `${rel}/${n}`
      const st = lstatSync(join(root, r))
      if (st.isDirectory()) walk(r)
      else if (st.isFile()) out.push(r)
    }
  }
  walk(dir)
  return out
}

/**
 * `loaded`: System.load returned. `loaded-by-jdk`: the JVM refused because the library is already loaded by another
 * class loader (the JDK's boot loader loaded it at startup, or from an earlier library's JNI_OnLoad: libawt.so
 * loads libawt_headless.so): it is in the process. `failed`: any other error (the dlopen failed).
 */
const statusOf = o =>
  o.ok ? 'loaded' : /already loaded in another classloader/.test(o.message ?? '') ? 'loaded-by-jdk' : 'failed'

/** The JVM's answers to JvmLoads' JSON lines: { jvm, results: [{ path, ok, error, message }] }. */
function parseLoads(stdout) {
  let jvm = null
  const results = []
  for (const line of stdout.split('\n')) {
    if (!line.startsWith('{')) continue
    try {
      const o = JSON.parse(line)
      if (o.jvm) jvm = o.jvm
      else results.push({ ...o, status: statusOf(o) })
    } catch {
      /* not ours */
    }
  }
  return { jvm, results }
}

/**
 * Every shared object under JAVA_HOME/lib, loaded by a JVM started from the image's own bin/java:
 *  - `one`:  one JVM loads them all in turn, sorted by path (both sets: one JVM start, 5-30 s under QEMU);
 *  - `each`: one JVM per object (the `full` set): nothing loaded before it but what the JVM loaded at startup.
 * A failed System.load leaves nothing behind (dlopen undoes a failed load), but a successful one stays: its
 * JNI_OnLoad may load others through the JDK's own class loader (libawt.so loads libawt_headless.so), and a later
 * System.load of those from the application's class loader is then refused ("already loaded in another
 * classloader"). `disagreements` lists where the two modes differ.
 */
export async function jvmLoads(root, javaHome, env, modes, jobs) {
  const libs = filesUnder(root, `${javaHome}/lib`).filter(p => /\.so(\.[0-9.]+)?$/.test(p))
  const java = `${javaHome}/bin/java`
  const out = { java, libraries: libs, modes }
  // A JVM that loads nothing first: its startup facts, and whether it starts at all (the foreign JRE does not).
  const first = await inChroot(root, [java, '-cp', PROBE_DIR, 'JvmLoads'], { env, timeoutMs: TIMEOUT_MS })
  out.jvm = parseLoads(first.stdout).jvm
  out.started = out.jvm !== null
  if (!out.started) {
    out.notStarted = { exit: first.exit, stdout: first.stdout.slice(0, 4000), stderr: first.stderr.slice(0, 4000) }
    return out
  }
  if (modes.includes('one')) {
    const r = await inChroot(root, [java, '-cp', PROBE_DIR, 'JvmLoads', ...libs], { env, timeoutMs: TIMEOUT_MS })
    const { jvm, results } = parseLoads(r.stdout)
    out.one = {
      exit: r.exit,
      ms: r.ms,
      started: jvm !== null,
      stderr: r.stderr.slice(0, 8000),
      results
    }
  }
  if (modes.includes('each')) {
    const each = await pool(
      libs,
      async lib => {
        const r = await inChroot(root, [java, '-cp', PROBE_DIR, 'JvmLoads', lib], { env, timeoutMs: TIMEOUT_MS })
        const { results } = parseLoads(r.stdout)
        return (
          results[0] ?? {
            path: lib,
            ok: null,
            status: 'jvm-did-not-start',
            jvmExit: r.exit,
            stderr: r.stderr.slice(0, 2000)
          }
        )
      },
      jobs
    )
    out.each = { results: each }
    if (out.one?.started) {
      const byPath = new Map(out.one.results.map(x => [x.path, x]))
      out.disagreements = each
        .filter(x => {
          const o = byPath.get(x.path)
          return !o || o.status !== x.status || (o.message ?? null) !== (x.message ?? null)
        })
        .map(x => ({ path: x.path, each: x, one: byPath.get(x.path) ?? null }))
      out.agree = out.disagreements.length === 0
    }
  }
  return out
}

/** The glibc loader on every ELF file under JAVA_HOME (own or foreign), alone: `--list` and an ldd-style trace. */
export async function ldList(root, loader, elfIdentity, javaHome, env, jobs) {
  const { objects } = findObjects(root, elfIdentity)
  const mine = objects.filter(o => o.path.startsWith(`${javaHome}/`))
  return listAll(root, loader, mine, env, jobs, { listWhenClean: true })
}

/** Where each missing name comes from, by name only (for the reader; the loader said which were missing). */
export function needGroup(name) {
  if (name === 'libjvm.so') return 'libjvm (the JVM itself: loaded first by the launcher)'
  if (/^lib(X11|Xext|Xi|Xrender|Xtst|Xrandr|Xinerama|Xcursor|Xfixes|xcb)[.-]/.test(name)) return 'X11'
  if (/^libasound\./.test(name)) return 'ALSA'
  if (/^lib(gtk|gdk|gio|gobject|glib|cairo|pango)/.test(name)) return 'GTK/GLib'
  if (/^libGL/.test(name)) return 'OpenGL'
  return 'other'
}

/** A symlink chain from `path` in the root: [path, target, target's target, ...] until a non-link. */
function chain(root, path) {
  const out = [path]
  let cur = path
  for (let i = 0; i < 10; i++) {
    let st
    try {
      st = lstatSync(join(root, cur))
    } catch {
      out.push('(missing)')
      break
    }
    if (!st.isSymbolicLink()) break
    const t = readlinkSync(join(root, cur))
    cur = t.startsWith('/') ? t : join(cur, '..', t)
    out.push(t)
  }
  return out
}

/**
 * The JDK's layout as its files say (readelf and the file system): bin/java's PT_INTERP, DT_NEEDED, RPATH/RUNPATH;
 * libjli's and libjvm's; jvm.cfg (its link chain and lines); every lib/**.so's soname, needs and whether it names
 * libjvm.so; which names the loader alone did not find (from `ld`), grouped (X11, ALSA, ...); the alternatives.
 */
export async function layout(root, javaHome, ld) {
  const facts = async p => {
    const real = resolveIn(root, p)
    return real ? { path: p, ...(await dynamicFacts(join(root, real))) } : { path: p, missing: true }
  }
  const byPath = new Map(ld.map(o => [o.path, o]))
  const libs = filesUnder(root, `${javaHome}/lib`).filter(p => /\.so$/.test(p))
  const libraries = []
  for (const p of libs) {
    const f = await facts(p)
    const o = byPath.get(p)
    const missing = o ? [...new Set(o.notFound)] : null
    libraries.push({
      path: p,
      soname: f.soname,
      needed: f.needed,
      rpath: f.rpath,
      runpath: f.runpath,
      needsLibjvm: (f.needed ?? []).includes('libjvm.so'),
      notFoundAlone: missing,
      notFoundGroups: missing ? [...new Set(missing.map(needGroup))] : null,
      loadsAlone: o ? o.loads : null
    })
  }
  const cfgPath = `${javaHome}/lib/jvm.cfg`
  const cfgReal = resolveIn(root, cfgPath)
  const alternatives = existsSync(join(root, 'etc/alternatives'))
    ? readdirSync(join(root, 'etc/alternatives'))
        .sort()
        .filter(n => lstatSync(join(root, 'etc/alternatives', n)).isSymbolicLink())
        .map(n => ({ name: n, target: readlinkSync(join(root, 'etc/alternatives', n)) }))
    : []
  const usrBinLinks = []
  for (const n of existsSync(join(root, 'usr/bin')) ? readdirSync(join(root, 'usr/bin')).sort() : []) {
    const st = lstatSync(join(root, 'usr/bin', n))
    if (!st.isSymbolicLink()) continue
    const c = chain(root, `/usr/bin/${n}`)
    if (c.some(x => x.includes('/jvm/') || x.startsWith('/etc/alternatives/'))) usrBinLinks.push(c)
  }
  return {
    javaHome,
    bin: await Promise.all(filesUnder(root, `${javaHome}/bin`).map(facts)),
    libjli: await facts(`${javaHome}/lib/libjli.so`),
    libjvm: await facts(`${javaHome}/lib/server/libjvm.so`),
    jvmCfg: {
      path: cfgPath,
      chain: chain(root, cfgPath),
      resolved: cfgReal,
      content: cfgReal ? readFileSync(join(root, cfgReal), 'utf8') : null
    },
    vmDirs: readdirSync(join(root, javaHome, 'lib'), { withFileTypes: true })
      .filter(d => d.isDirectory() && existsSync(join(root, javaHome, 'lib', d.name, 'libjvm.so')))
      .map(d => d.name),
    libraries,
    needLibjvm: libraries.filter(l => l.needsLibjvm).map(l => l.path.slice(javaHome.length + 1)),
    alternatives,
    usrBinLinks
  }
}

/** Puts the probe classes (JvmLoads, AwtProbe, SoundProbe) in the root, after the image was written; returns the cleanup. */
export async function placeProbeClasses(root, classes) {
  const dir = join(root, PROBE_DIR)
  mkdirSync(dir, { recursive: true })
  for (const c of ['JvmLoads.class', 'AwtProbe.class', 'SoundProbe.class']) copyFileSync(join(classes, c), join(dir, c))
  return () => run(['rm', '-rf', dir])
}

export { PROBE_DIR }
