/**
 * Runs one package's exercise in the image's own node, after probe.cjs (preloaded with --require). One process per
 * package: a crash, a hang or a process.exit() in one package loses nothing of the others.
 *
 *   node [nodeArgs] --require /mv-survey/probe.cjs /mv-survey/runner.mjs SPEC.json
 *
 * SPEC: { name, exercise?: "async function body", bin?: { path, args }, tmp }. This file lives beside a
 * `node_modules` symlink to /app/node_modules, so that `require` and `import()` here resolve the app's packages as
 * the app's own code would (node follows the symlink: the packages see their /app/node_modules/... paths).
 * Events go to the probe's log: result { ok, value | error } and, for a bin, the wrapper's own exit.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const probe = globalThis.__mvSurveyProbe
if (!probe) throw new Error('runner.mjs needs probe.cjs preloaded (--require)')
const { emit, errInfo } = probe
const spec = JSON.parse(readFileSync(process.argv[2], 'utf8'))
const require = createRequire(import.meta.url)
const importModule = id => import(id)

/** An error as recorded: node's code and message, the first line of its stack, and its causes (napi-rs chains). */
function describeError(e) {
  const out = errInfo(e)
  if (e && typeof e.stack === 'string') out.stack = e.stack.split('\n').find(l => l.trim().startsWith('at ')) ?? ''
  // error.cause: a chain (napi-rs's newer loaders) or an array (@swc/core's: { cause: loadErrors }).
  const causes = []
  const walk = c => {
    if (!c || causes.length >= 12) return
    if (Array.isArray(c)) return c.forEach(walk)
    causes.push(errInfo(c))
    walk(c.cause)
  }
  walk(e?.cause)
  if (causes.length) out.causes = causes
  return out
}

/** A short, JSON-safe picture of what the exercise returned. */
function summarize(v) {
  if (v === undefined) return null
  if (typeof v === 'string') return v.length > 300 ? v.slice(0, 300) + '…' : v
  try {
    const s = JSON.stringify(v)
    return s && s.length > 300 ? s.slice(0, 300) + '…' : JSON.parse(s ?? 'null')
  } catch {
    return String(v).slice(0, 300)
  }
}

process.chdir('/app')
if (spec.bin) {
  // The wrapper decides when the process ends (process.exit, or its child's exit); the probe's exit event says
  // with which code, and an exception it throws is the error.
  // By path, not require.resolve: a package's "exports" may not list its bin file.
  const wrapper = `/app/node_modules/${spec.bin.path}`
  process.argv = [process.argv[0], wrapper, ...(spec.bin.args ?? [])]
  emit({ type: 'bin', wrapper })
  try {
    if (wrapper.endsWith('.mjs') || isModule(wrapper)) await import(wrapper)
    else require(wrapper)
  } catch (e) {
    emit({ type: 'result', ok: false, error: describeError(e) })
    process.exitCode = 1
  }
} else {
  const AsyncFunction = (async () => {}).constructor
  try {
    const run = new AsyncFunction('require', 'importModule', 'tmp', spec.exercise)
    const value = await run(require, importModule, spec.tmp)
    emit({ type: 'result', ok: true, value: summarize(value) })
  } catch (e) {
    emit({ type: 'result', ok: false, error: describeError(e) })
  }
  // Watchers, services and worker pools may keep the loop alive: the result is in; give spawned children a moment
  // to report their exit, then end.
  setTimeout(() => process.exit(), 300)
}

/** Whether a wrapper without .mjs is ESM: a `bin` of a "type": "module" package (oxlint's bin/oxlint). */
function isModule(file) {
  try {
    let dir = file
    for (let i = 0; i < 4; i++) {
      dir = dir.slice(0, dir.lastIndexOf('/'))
      try {
        return JSON.parse(readFileSync(dir + '/package.json', 'utf8')).type === 'module'
      } catch {
        /* no package.json here: go up */
      }
    }
  } catch {
    /* not found */
  }
  return false
}
