/**
 * The probe, preloaded (NODE_OPTIONS=--require) in the image's own node (in the chroot) before anything of the
 * package runs. CommonJS on purpose: a --require preload runs synchronously before the main module, and again in
 * every worker thread (through NODE_OPTIONS even in a worker made with `execArgv: []`, as esbuild's sync API makes
 * them) and in node child processes, which an ESM --import hook would not give as simply.
 *
 * It records, as one JSON line per event appended synchronously to $MV_SURVEY_LOG (so a crash or a kill loses
 * nothing already seen):
 *   dlopen      every process.dlopen (what require() of a .node file and createRequire do): path, ok, error
 *   spawn       every child_process call (spawn, spawnSync, execFile, execFileSync, exec, execSync, fork): the file,
 *               its arguments, and then spawn-end: whether it started, its error, its exit status or signal
 *   exit        the exit code, the shared objects mapped since the last event (/proc/self/maps: what ld.so loaded
 *               for an addon through DT_NEEDED/RUNPATH, what an addon dlopened itself), and the package files
 *               loaded (require.cache) that look like fallbacks (fallback*.js, *wasi*, *wasm*)
 *   (dlopen events carry `mapped` too: the files mapped by that dlopen; everything mapped before the probe ran,
 *   node and its own libraries, is left out)
 *   require-error  every require() or require.resolve() that threw, caught by the package or not: the candidates
 *               a loader tried (phase resolve: not found; phase load: found, failed while loading)
 *   loader-error   a throw of node-gyp-build or node-gyp-build-optional-packages (often caught: the
 *               package then falls back), with node's message ("No native build was found for ...")
 *   uncaught    an uncaught exception (observed with uncaughtExceptionMonitor: node's own behaviour is unchanged)
 * Nothing here changes what the package sees: no listener is added to a child process (its emit is observed), and
 * every original is called with its own arguments.
 */
'use strict'
/* global require, process */
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS preload (see above) */
const fs = require('fs')
const childProcess = require('child_process')
const { threadId } = require('worker_threads')

const LOG = process.env.MV_SURVEY_LOG
const cut = (s, n) => (typeof s === 'string' && s.length > n ? s.slice(0, n) : s)
const argList = a => (Array.isArray(a) ? a.slice(0, 12).map(x => cut(String(x), 300)) : [])

function emit(ev) {
  if (!LOG) return
  try {
    fs.appendFileSync(LOG, JSON.stringify({ ...ev, pid: process.pid, thread: threadId, t: Date.now() }) + '\n')
  } catch {
    /* the log is best effort; the run must not change because of it */
  }
}

function errInfo(e) {
  if (e == null || typeof e !== 'object') return { message: String(e) }
  const out = { message: cut(String(e.message), 2000) }
  for (const k of ['code', 'errno', 'syscall', 'path', 'status', 'signal']) if (e[k] != null) out[k] = e[k]
  return out
}

// ---- shared objects mapped: what ld.so loaded for an addon (DT_NEEDED through RUNPATH) and what it dlopened ----
function readMaps() {
  const files = new Set()
  for (const line of fs.readFileSync('/proc/self/maps', 'utf8').split('\n')) {
    const i = line.indexOf(' /')
    if (i > 0) files.add(line.slice(i + 1).trim())
  }
  return [...files].filter(f => !f.startsWith('/proc/') && !f.startsWith('/dev/') && !f.startsWith('/memfd:'))
}
let seen = null // what was mapped before the package ran (node itself, its libraries)
try {
  seen = new Set(readMaps())
} catch {
  /* no /proc: mapped files are not recorded */
}
/** Files mapped since the last call (only new ones, so the log says which event brought them). */
function newlyMapped() {
  if (!seen) return undefined
  try {
    const fresh = readMaps().filter(f => !seen.has(f))
    for (const f of fresh) seen.add(f)
    return fresh
  } catch {
    return undefined
  }
}

// ---- process.dlopen: every native addon node loads goes through it ----
const dlopen = process.dlopen
process.dlopen = function (module, filename, ...rest) {
  // Before the call too: an addon whose initialisation kills the process leaves a begin without an end.
  emit({ type: 'dlopen-begin', path: filename })
  try {
    const r = dlopen.call(this, module, filename, ...rest)
    emit({ type: 'dlopen', path: filename, ok: true, mapped: newlyMapped() })
    return r
  } catch (e) {
    emit({ type: 'dlopen', path: filename, ok: false, error: errInfo(e), mapped: newlyMapped() })
    throw e
  }
}

// ---- require(): failed requests (caught or not) show the candidates a loader tried, in its order ----
const Module = require('module')
let requireErrors = 0
const load = Module._load
/**
 * The loader helpers whose own throw is often caught by the package (bufferutil's try/catch): observed too. Not
 * `bindings`: it finds its caller's package from the stack (the first frame outside bindings.js), so a wrapper's
 * frame would make it search the probe's directory; its error reaches require-error or the result anyway.
 */
const HELPERS = new Set(['node-gyp-build', 'node-gyp-build-optional-packages'])
const wrapped = new WeakMap()
const reported = new WeakSet()
/** Once per error: the same error thrown on through the requires above it is not a new candidate. */
function requireError(phase, request, parent, e) {
  const fresh = !(e && typeof e === 'object' && reported.has(e))
  if (e && typeof e === 'object') reported.add(e)
  if (fresh && requireErrors++ < 100)
    emit({
      type: 'require-error',
      phase,
      request: cut(String(request), 300),
      from: parent && parent.filename,
      error: errInfo(e)
    })
}
// Resolution: require() and require.resolve() both go through it (napi-rs's newer loaders probe their WASI
// candidates with require.resolve), so a candidate that is not there is seen here, whoever asked.
const resolveFilename = Module._resolveFilename
Module._resolveFilename = function (request, parent) {
  try {
    return resolveFilename.apply(this, arguments)
  } catch (e) {
    requireError('resolve', request, parent, e)
    throw e
  }
}
Module._load = function (request, parent) {
  let m
  try {
    m = load.apply(this, arguments)
  } catch (e) {
    requireError('load', request, parent, e)
    throw e
  }
  if (typeof m === 'function' && HELPERS.has(request)) {
    // A Proxy keeps the helper's properties (node-gyp-build's .resolve, .path) and its identity across requires.
    if (!wrapped.has(m))
      wrapped.set(
        m,
        new Proxy(m, {
          apply(target, self, args) {
            try {
              return Reflect.apply(target, self, args)
            } catch (e) {
              if (e && typeof e === 'object') reported.add(e)
              emit({
                type: 'loader-error',
                helper: request,
                args: argList(args),
                from: parent && parent.filename,
                error: errInfo(e)
              })
              throw e
            }
          }
        })
      )
    return wrapped.get(m)
  }
  return m
}

// ---- child_process ----
let nextId = 1
let depth = 0 // exec calls execFile: only the outermost call is recorded

function describe(api, args) {
  const [a0, a1, a2] = args
  const opts = (Array.isArray(a1) ? a2 : a1) ?? {}
  const shellOpt = typeof opts === 'object' && opts !== null ? opts.shell : undefined
  if (api === 'exec' || api === 'execSync')
    return { file: typeof shellOpt === 'string' ? shellOpt : '/bin/sh', command: cut(String(a0), 500), shell: true }
  if (api === 'fork') return { file: process.execPath, args: [String(a0), ...argList(a1)], fork: true }
  const d = { file: String(a0), args: argList(Array.isArray(a1) ? a1 : []) }
  if (shellOpt) {
    d.shell = true
    d.command = cut([a0, ...d.args].join(' '), 500)
    d.file = typeof shellOpt === 'string' ? shellOpt : '/bin/sh'
  }
  return d
}

function observeChild(child, id) {
  if (!child || typeof child.emit !== 'function') return child
  const emitOrig = child.emit
  let started = false
  child.emit = function (name, ...a) {
    try {
      if (name === 'spawn' && !started) {
        started = true
        emit({ type: 'spawn-end', id, started: true, pid: child.pid })
      } else if (name === 'error') emit({ type: 'spawn-end', id, started, error: errInfo(a[0]) })
      else if (name === 'exit') emit({ type: 'spawn-end', id, started: true, exit: a[0], signal: a[1] })
    } catch {
      /* observation only */
    }
    return emitOrig.call(this, name, ...a)
  }
  return child
}

for (const api of ['spawn', 'execFile', 'exec', 'fork']) {
  const orig = childProcess[api]
  childProcess[api] = function (...args) {
    if (depth > 0) return orig.apply(this, args)
    const id = `${process.pid}.${threadId}.${nextId++}`
    emit({ type: 'spawn', id, api, ...describe(api, args) })
    depth++
    let child
    try {
      child = orig.apply(this, args)
    } catch (e) {
      emit({ type: 'spawn-end', id, started: false, error: errInfo(e) })
      throw e
    } finally {
      depth--
    }
    return observeChild(child, id)
  }
}

for (const api of ['spawnSync', 'execFileSync', 'execSync']) {
  const orig = childProcess[api]
  childProcess[api] = function (...args) {
    if (depth > 0) return orig.apply(this, args)
    const id = `${process.pid}.${threadId}.${nextId++}`
    emit({ type: 'spawn', id, api, ...describe(api, args) })
    depth++
    try {
      const r = orig.apply(this, args)
      if (api === 'spawnSync')
        emit({
          type: 'spawn-end',
          id,
          started: !r.error,
          ...(r.error ? { error: errInfo(r.error) } : { exit: r.status, signal: r.signal })
        })
      else emit({ type: 'spawn-end', id, started: true, exit: 0 })
      return r
    } catch (e) {
      // execFileSync/execSync throw on a spawn error (e.code ENOENT...) and on a non-zero exit (e.status).
      const spawnError = e && e.code && typeof e.code === 'string' && e.status == null
      emit({
        type: 'spawn-end',
        id,
        started: !spawnError,
        ...(spawnError ? { error: errInfo(e) } : { exit: e && e.status, signal: e && e.signal })
      })
      throw e
    } finally {
      depth--
    }
  }
}

// ---- the end of the process ----
process.on('uncaughtExceptionMonitor', (err, origin) => {
  emit({ type: 'uncaught', origin, error: { ...errInfo(err), stack: cut(String(err && err.stack), 2000) } })
})

process.on('exit', code => {
  const ev = { type: 'exit', code, mapped: newlyMapped() }
  if (!seen) ev.mapsError = 'no /proc/self/maps'
  try {
    ev.fallbackFiles = Object.keys(require.cache).filter(f => /node_modules\/.*(fallback[^/]*\.js|wasi|wasm)/i.test(f))
  } catch {
    /* no module cache */
  }
  emit(ev)
})

// The runner (main thread) reads this to emit its own events into the same log.
globalThis.__mvSurveyProbe = { emit, errInfo }
emit({ type: 'start', pid: process.pid, argv: process.argv.slice(1), node: process.version, arch: process.arch })
