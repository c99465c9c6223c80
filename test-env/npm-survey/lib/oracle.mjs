/**
 * The oracle: each package in its own `node` process in the chroot of a scenario's root (under QEMU for arm64),
 * with the probe preloaded, and the record of what node did. Nothing is predicted here: every field comes from the
 * probe's log or the process's own output.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { dirname, join, posix } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ARCHES } from '../../loader/lib/arches.mjs'
import { resolveIn } from '../../loader/lib/elf.mjs'
import { addDevNodes } from '../../loader/lib/rootfs.mjs'
import { CHROOT_ENV, inChroot, log, run } from '../../loader/lib/util.mjs'
import { ARCH_MACHINE, binaryInfo, describeBinary, libcOf } from './facts.mjs'

const PROBE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'probe')
const NODE = '/usr/bin/node'
/** Where the probe lives in the root while the oracle runs (not in the image: the image is written first). */
const IN_ROOT = '/mv-survey'
const NODE_ARCH = { amd64: 'x64', arm64: 'arm64' }

/**
 * Makes `root` ready for runs: device nodes, /proc (a container has it: /proc/self/maps is how the probe sees what
 * ld.so loaded) and /sys (read-only), the probe beside a node_modules symlink to /app/node_modules. Returns the
 * cleanup function.
 */
export async function prepareRoot(root) {
  const removeDev = await addDevNodes(root)
  const proc = join(root, 'proc')
  mkdirSync(proc, { recursive: true })
  await run(['mount', '-t', 'proc', 'proc', proc], { check: true })
  mounted.add(proc)
  // /sys read-only, as a container runtime mounts it (usb's getDevices() reads /sys/bus/usb/devices).
  const sys = join(root, 'sys')
  mkdirSync(sys, { recursive: true })
  await run(['mount', '-t', 'sysfs', '-o', 'ro,nosuid,nodev,noexec', 'sysfs', sys], { check: true })
  mounted.add(sys)
  const dir = join(root, IN_ROOT)
  mkdirSync(join(dir, 'specs'), { recursive: true })
  mkdirSync(join(dir, 'logs'), { recursive: true })
  mkdirSync(join(dir, 'tmp'), { recursive: true })
  for (const f of ['probe.cjs', 'runner.mjs']) copyFileSync(join(PROBE_DIR, f), join(dir, f))
  if (!existsSync(join(dir, 'node_modules'))) symlinkSync('/app/node_modules', join(dir, 'node_modules'))
  // Files the runs create or change under /app (a package writing into node_modules at run time) are listed after.
  const stamp = join(dir, 'stamp')
  writeFileSync(stamp, '')
  return async () => {
    await unmount(sys)
    await unmount(proc)
    await removeDev()
    const changed = await run(['find', join(root, 'app'), '-newer', stamp, '-printf', '/app/%P\\n'])
    await run(['rm', '-rf', dir])
    return changed.stdout.split('\n').filter(l => l && l !== '/app/')
  }
}

const mounted = new Set()
async function unmount(p) {
  const r = await run(['umount', p])
  if (r.exit !== 0) await run(['umount', '-l', p])
  mounted.delete(p)
}
/** Unmounts what this process mounted (on SIGINT/SIGTERM). */
export async function unmountAll() {
  for (const p of [...mounted]) await unmount(p)
}
/** Unmounts /proc and /sys mounts left under `dir` by a killed run, before anything deletes it. */
export async function unmountStale(dir) {
  const mounts = readFileSync('/proc/mounts', 'utf8')
    .split('\n')
    .map(l => l.split(' ')[1])
    .filter(m => m && (m === dir || m.startsWith(dir + '/')))
  for (const m of mounts.sort().reverse()) {
    log(`unmounting a stale ${m}`)
    await unmount(m)
  }
}

let nextRun = 0

/**
 * Runs one spec ({ name, exercise | bin, nodeArgs }) in `root`: the raw outcome (events from the probe's log, the
 * process's exit, stdout, stderr). `id` names its files.
 */
async function runSpec(root, spec, { timeoutMs, env = {} }) {
  const id = `${String(++nextRun).padStart(3, '0')}-${spec.name.replace(/[^\w.-]+/g, '_')}`
  const tmp = `${IN_ROOT}/tmp/${id}`
  mkdirSync(join(root, tmp), { recursive: true })
  const specPath = `${IN_ROOT}/specs/${id}.json`
  writeFileSync(join(root, specPath), JSON.stringify({ ...spec, tmp }))
  const logPath = `${IN_ROOT}/logs/${id}.jsonl`
  const argv = [NODE, ...(spec.nodeArgs ?? []), `${IN_ROOT}/runner.mjs`, specPath]
  // The probe through NODE_OPTIONS, not --require: a worker created with `execArgv: []` (esbuild's sync API does
  // that) still preloads it, and so does a node child process.
  const probeEnv = { NODE_OPTIONS: `--require ${IN_ROOT}/probe.cjs`, MV_SURVEY_LOG: logPath }
  const r = await inChroot(root, argv, { env: { ...env, ...probeEnv }, timeoutMs, maxBytes: 1 << 20 })
  let events = []
  try {
    events = readFileSync(join(root, logPath), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map(l => JSON.parse(l))
  } catch {
    /* no log: node did not get as far as the probe */
  }
  return { id, argv, r, events }
}

/** node's version, platform and libc in this root, and the runtime's own view (process.report's header). */
export async function runtimeInfo(root, { timeoutMs }) {
  const { r, events } = await runSpec(
    root,
    {
      name: 'runtime',
      exercise: `const h = process.report.getReport().header
        return { node: process.version, platform: process.platform, arch: process.arch, modules: process.versions.modules,
          napi: process.versions.napi, glibcVersionRuntime: h.glibcVersionRuntime, osRelease: require('fs').readFileSync('/etc/os-release', 'utf8').match(/PRETTY_NAME="([^"]*)"/)?.[1] }`
    },
    { timeoutMs }
  )
  const res = events.find(e => e.type === 'result')
  if (!res?.ok) throw new Error(`node does not run in ${root}: ${r.exit} ${r.stderr.slice(0, 2000)}`)
  return { ...res.value, startMs: r.ms }
}

/** Resolves a spawned file as execvp would in the root (PATH search for a bare name), to an image path. */
function resolveSpawned(root, file) {
  if (file.includes('/')) return resolveIn(root, posix.resolve('/app', file))
  for (const d of CHROOT_ENV.PATH.split(':')) {
    const p = resolveIn(root, `${d}/${file}`)
    if (p) return p
  }
  return null
}

/** ELF facts of an image path, and whether it is of another machine than the image. */
function binaryFacts(root, path, arch) {
  const real = path && resolveIn(root, path)
  if (!real) return { exists: false }
  const b = binaryInfo(join(root, real))
  if (!b) return { what: 'not a binary' }
  const out = { what: describeBinary(b) }
  if (b.format === 'elf') {
    out.machine = b.machineName
    if (libcOf(b)) out.libc = libcOf(b)
    if (b.machine !== ARCH_MACHINE[NODE_ARCH[arch]]) out.foreign = true
  } else out.foreign = true
  if (real !== path) out.realPath = real
  return out
}

const shortErr = e => e && Object.fromEntries(Object.entries(e).filter(([, v]) => v !== undefined))

/**
 * Runs package `pkg` (from packages.mjs) in `root` and returns its record (see README: oracle.json).
 */
export async function runPackage(root, arch, pkg, { timeoutMs, env, logDir }) {
  const spec = { name: pkg.name, exercise: pkg.exercise, bin: pkg.bin, nodeArgs: pkg.nodeArgs }
  const { id, r, events } = await runSpec(root, spec, { timeoutMs, env })
  if (logDir) {
    mkdirSync(logDir, { recursive: true })
    writeFileSync(join(logDir, `${id}.jsonl`), events.map(e => JSON.stringify(e)).join('\n') + '\n')
  }
  const mainPid = events.find(e => e.type === 'start' && !e.thread && e.argv?.[0]?.endsWith('/runner.mjs'))?.pid
  const dlopened = events
    .filter(e => e.type === 'dlopen')
    .map(e => ({
      path: e.path,
      ok: e.ok,
      ...(e.error ? { error: shortErr(e.error) } : {}),
      ...(e.mapped?.length ? { mapped: e.mapped } : {}),
      ...binaryFacts(root, e.path, arch),
      ...(e.thread ? { thread: e.thread } : {}),
      ...(e.pid !== mainPid ? { childProcess: e.pid } : {})
    }))
  // A dlopen that began and never ended: the process died inside it (an addon's initialisation crashed).
  const ended = new Set(events.filter(e => e.type === 'dlopen').map(e => `${e.pid}:${e.thread}:${e.path}`))
  for (const e of events.filter(e => e.type === 'dlopen-begin' && !ended.has(`${e.pid}:${e.thread}:${e.path}`)))
    dlopened.push({
      path: e.path,
      ok: false,
      crashed: true,
      error: { message: `the process died in dlopen (${r.signal ?? `exit ${r.exit}`})` },
      ...binaryFacts(root, e.path, arch)
    })
  const spawns = new Map()
  for (const e of events) {
    if (e.type === 'spawn') {
      const path = resolveSpawned(root, e.file)
      spawns.set(e.id, {
        api: e.api,
        file: e.file,
        ...(e.args?.length ? { args: e.args } : {}),
        ...(e.command ? { command: e.command } : {}),
        ...(e.shell ? { shell: true } : {}),
        path,
        ...binaryFacts(root, path, arch),
        ...(e.thread ? { thread: e.thread } : {}),
        ...(e.pid !== mainPid ? { childProcess: e.pid } : {})
      })
    } else if (e.type === 'spawn-end' && spawns.has(e.id)) {
      const s = spawns.get(e.id)
      if (e.started !== undefined) s.started = s.started || e.started
      if (e.error) s.error = shortErr(e.error)
      if (e.exit !== undefined) s.exit = e.exit
      if (e.signal) s.signal = e.signal
    }
  }
  const spawned = [...spawns.values()].map(s => ({
    ...s,
    ok: !!s.started && !s.error && !s.signal && (s.exit === undefined || s.exit === 0)
  }))
  // Every failed require (the loader's candidates, in its order) and a loader helper's own throw.
  const tried = events
    .filter(e => e.type === 'require-error' || e.type === 'loader-error')
    .map(e => ({
      ...(e.type === 'loader-error' ? { helper: e.helper, args: e.args } : { request: e.request, phase: e.phase }),
      from: e.from,
      error: { code: e.error?.code, message: String(e.error?.message ?? '').slice(0, 600) },
      ...(e.pid !== mainPid ? { childProcess: e.pid } : {})
    }))
  const result = events.find(e => e.type === 'result')
  // The runner's own process (a node child process with the probe logs into the same file, with its own pid).
  const exitEv = events.filter(e => e.type === 'exit' && !e.thread && e.pid === mainPid).pop()
  const uncaught = events.find(e => e.type === 'uncaught')
  const mapped = [
    ...new Set([...events.filter(e => e.type === 'dlopen').flatMap(e => e.mapped ?? []), ...(exitEv?.mapped ?? [])])
  ]
  const exit = { code: r.exit, ...(r.signal ? { signal: r.signal } : {}), ...(r.timedOut ? { timedOut: true } : {}) }

  let ok
  let error
  if (r.timedOut) {
    ok = false
    error = { code: 'TIMEOUT', message: `no result in ${timeoutMs / 1000} s (killed)` }
  } else if (pkg.bin) {
    ok = !result?.error && !uncaught && exitEv?.code === 0 && r.exit === 0
    if (!ok)
      error = result?.error ??
        uncaught?.error ?? {
          code: `EXIT_${r.exit ?? r.signal}`,
          message: (r.stderr.trim() || r.stdout.trim()).slice(0, 2000)
        }
  } else {
    ok = result?.ok === true
    if (!ok)
      error = result?.error ??
        uncaught?.error ?? {
          code: r.signal ? `SIGNAL_${r.signal}` : `EXIT_${r.exit}`,
          message: (r.stderr.trim() || 'no result from the exercise').slice(0, 2000)
        }
  }
  // Loaded without its native part: the exercise worked, but no addon was loaded and no executable of the package ran.
  const native =
    dlopened.some(d => d.ok) ||
    spawned.some(s => s.ok && s.path?.startsWith('/app/node_modules/')) ||
    mapped.some(m => m.startsWith('/app/'))
  const fallbackFiles = exitEv?.fallbackFiles ?? []
  return {
    name: pkg.name,
    version: pkg.version,
    layout: pkg.layout,
    ok,
    ...(error ? { error: { ...shortErr(error), message: String(error.message ?? '').slice(0, 2000) } } : {}),
    ...(ok && !native ? { fallback: true } : {}),
    ...(result?.ok ? { value: result.value } : {}),
    dlopened,
    spawned,
    mapped: mapped.filter(m => m.startsWith('/app/')),
    ...(mapped.some(m => !m.startsWith('/app/')) ? { mappedSystem: mapped.filter(m => !m.startsWith('/app/')) } : {}),
    ...(fallbackFiles.length ? { fallbackFiles } : {}),
    ...(tried.length ? { requireErrors: tried } : {}),
    exit,
    ms: r.ms,
    ...(r.stdout.trim() ? { stdout: r.stdout.trim().slice(0, 2000) } : {}),
    ...(r.stderr.trim() ? { stderr: r.stderr.trim().slice(0, 4000) } : {}),
    log: id
  }
}

/** Warns when the root's node is not the one the oracle expects (an arch table out of step with the image). */
export function checkRuntime(info, arch) {
  if (info.arch !== NODE_ARCH[arch] || info.platform !== 'linux')
    throw new Error(`${arch}: node reports ${info.platform}/${info.arch} (expected linux/${NODE_ARCH[arch]})`)
  if (!ARCHES[arch]) throw new Error(`unknown arch ${arch}`)
}
