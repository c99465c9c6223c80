/**
 * The oracle: the userland's own loader and runtimes, run in a chroot (QEMU through binfmt for foreign
 * architectures), asked about every dynamic ELF object of the scenario. Nothing here predicts; it only records what
 * the real programs printed and parses their own words.
 */
import { join } from 'node:path'
import { elfInfo, resolveIn, sameIdentity, walk } from './elf.mjs'
import { inChroot, pool } from './util.mjs'

const TIMEOUT_MS = 60_000

/** Parses `ld.so --list` output (stdout and stderr) into libraries, version errors and fatal errors. */
export function parseList(stdout, stderr) {
  const libraries = []
  const versionErrors = []
  const errors = []
  let vdso = null
  let noNeeded = false
  for (const raw of `${stdout}\n${stderr}`.split('\n')) {
    const line = raw.trim()
    if (!line) continue
    let m
    // `version 'X' not found (required by Y)`: glibc 2.36 opens the quote with a backquote, 2.37+ with a straight one.
    if ((m = /^(?:(.*?): )?(?:(\S+): )?version [`'](.+?)' not found \(required by (.+)\)$/.exec(line))) {
      versionErrors.push({ version: m[3], library: m[2] ?? m[1] ?? null, requiredBy: m[4], line: raw })
      continue
    }
    if ((m = /error while loading shared libraries: (.*?): (.*)$/.exec(line))) {
      errors.push({ name: m[1], message: m[2], line: raw })
      continue
    }
    if ((m = /^(\S+) => not found$/.exec(line))) {
      libraries.push({ name: m[1], path: null })
      continue
    }
    if ((m = /^(\S+) => (.+?) \(0x[0-9a-f]+\)$/.exec(line))) {
      libraries.push({ name: m[1], path: m[2] })
      continue
    }
    if ((m = /^(\S+) \(0x[0-9a-f]+\)$/.exec(line))) {
      if (m[1].startsWith('/')) libraries.push({ name: m[1], path: m[1], byPath: true })
      else vdso = m[1]
      continue
    }
    if (/^\(0x[0-9a-f]+\)$/.test(line)) {
      vdso = '' // QEMU's vDSO has no name
      continue
    }
    // The loader's words for an object without DT_NEEDED (a leaf library, or a static-pie like ldconfig).
    if (line === 'statically linked') {
      noNeeded = true
      continue
    }
    if (line === 'not a dynamic executable') {
      errors.push({ name: null, message: line, line: raw })
      continue
    }
    errors.push({ name: null, message: line, line: raw, unparsed: true })
  }
  return { libraries, versionErrors, errors, vdso, noNeeded }
}

/** The ELF objects of a root: the platform's dynamic ones, and every foreign ELF (asked too, marked foreign). */
export function findObjects(root, want, { skipGconv = false } = {}) {
  const objects = []
  const skipped = { static: [], relocatable: 0, gconv: 0 }
  for (const f of walk(root)) {
    if (f.size < 52) continue
    const info = elfInfo(join(root, f.path))
    if (!info) continue
    // gconv: 250-odd iconv modules of libc6, all alike; the ci set keeps those with a RUNPATH ($ORIGIN) and the
    // lib*.so helpers they need.
    if (skipGconv && /^\/usr\/lib\/[^/]+\/gconv\//.test(f.path) && !info.rpath && !/\/lib[^/]*\.so$/.test(f.path)) {
      skipped.gconv++
      continue
    }
    if (info.bad) {
      objects.push({ path: f.path, kind: 'unknown', foreign: true, elf: info })
      continue
    }
    if (info.type !== 2 && info.type !== 3) {
      skipped.relocatable++
      continue
    }
    const own = sameIdentity(info, want)
    if (own && !info.dynamic) {
      skipped.static.push(f.path)
      continue
    }
    objects.push({
      path: f.path,
      kind: info.interp ? 'program' : 'library',
      foreign: !own,
      elf: {
        class: info.class,
        data: info.data,
        machine: info.machine,
        type: info.type,
        interp: info.interp,
        rpath: info.rpath
      },
      mode: (f.mode & 0o7777).toString(8)
    })
  }
  return { objects, skipped }
}

/**
 * Splits LD_DEBUG=libs output off stderr and parses it: for each lookup the loader made, the name, where it looked
 * (`search path=DIRS (SOURCE)` and `search cache=FILE` in its order) and every file it tried.
 */
export function parseDebug(stderr) {
  const searches = []
  const rest = []
  let cur = null
  for (const raw of stderr.split('\n')) {
    const m = /^\s*\d+:\t(.*)$/.exec(raw)
    if (!m) {
      if (raw) rest.push(raw)
      continue
    }
    const line = m[1]
    let x
    if ((x = /^find library=(\S+) \[(\d+)\]; searching$/.exec(line))) {
      cur = { name: x[1], steps: [], tried: [] }
      searches.push(cur)
    } else if (!cur) continue
    else if ((x = /^ search path=(.*?)\t+\((.*)\)$/.exec(line)))
      cur.steps.push({ source: x[2], dirs: x[1] ? x[1].split(':') : [] })
    else if ((x = /^ search cache=(.*)$/.exec(line))) cur.steps.push({ source: 'cache', file: x[1] })
    else if ((x = /^ {2}trying file=(.*)$/.exec(line))) cur.tried.push(x[1])
    else if (line.trim()) (cur.other ??= []).push(line.trim())
  }
  return { searches, rest: rest.join('\n') + (rest.length ? '\n' : '') }
}

function parsed(r) {
  const p = parseList(r.stdout, r.stderr)
  return {
    exit: r.exit,
    signal: r.signal ?? undefined,
    timedOut: r.timedOut || undefined,
    ms: r.ms,
    stdout: r.stdout,
    stderr: r.stderr,
    libraries: p.libraries,
    versionErrors: p.versionErrors,
    errors: p.errors,
    staticallyLinked: p.noNeeded || undefined
  }
}

/**
 * Asks the loader about each object, two ways:
 *  - `list`:  `LOADER --list OBJECT` (glibc 2.36 stops at the first missing library: exit 127, no list);
 *  - `trace`: `LOADER OBJECT` with LD_TRACE_LOADED_OBJECTS=1, which is what ldd does: every missing library shows
 *             as `NAME => not found` and the list goes on. It runs with LD_DEBUG=libs too: `trace.searches` is the
 *             loader's own account of each lookup (directories in order, cache, every file tried); the debug lines
 *             are taken out of `trace.stderr`.
 * The object's `libraries` and `notFound` come from `trace`; `versionErrors` from both; `loads` is true only when
 * both runs are clean. `listWhenClean: false` (the ci set) runs `--list` only when the trace is not clean.
 */
export async function listAll(root, loader, objects, env, concurrency, { listWhenClean = true } = {}) {
  return pool(
    objects,
    async o => {
      const traced = await inChroot(root, [loader, o.path], {
        env: { ...env, LD_TRACE_LOADED_OBJECTS: '1', LD_DEBUG: 'libs' },
        timeoutMs: TIMEOUT_MS
      })
      const debug = parseDebug(traced.stderr)
      const trace = { ...parsed({ ...traced, stderr: debug.rest }), searches: debug.searches }
      const traceClean =
        trace.exit === 0 &&
        !trace.timedOut &&
        !trace.libraries.some(l => l.path === null) &&
        !trace.versionErrors.length &&
        !trace.errors.length
      // The ci set asks `--list` only when the trace saw a problem: over the 20,986 objects of a full run whose
      // trace was clean, `--list` was clean too, every time (README). Then `list` is the trace's, marked.
      const list =
        listWhenClean || !traceClean
          ? parsed(await inChroot(root, [loader, '--list', o.path], { env, timeoutMs: TIMEOUT_MS }))
          : { ...trace, searches: undefined, stderr: '', sameAsTrace: true }
      const notFound = trace.libraries.filter(l => l.path === null).map(l => l.name)
      const seen = new Set()
      const versionErrors = [...list.versionErrors, ...trace.versionErrors].filter(v => {
        const k = `${v.version} ${v.library} ${v.requiredBy}`
        return seen.has(k) ? false : seen.add(k)
      })
      return {
        ...o,
        exit: list.exit,
        stdout: list.stdout,
        stderr: list.stderr,
        libraries: trace.libraries,
        notFound,
        versionErrors,
        errors: [...list.errors, ...trace.errors.filter(e => !list.errors.some(l => l.line === e.line))],
        staticallyLinked: list.staticallyLinked || trace.staticallyLinked,
        loads:
          list.exit === 0 &&
          trace.exit === 0 &&
          !list.timedOut &&
          !trace.timedOut &&
          notFound.length === 0 &&
          versionErrors.length === 0 &&
          list.errors.length === 0,
        list,
        trace
      }
    },
    concurrency
  )
}

/** Runs a program as the image would (exec through its PT_INTERP), with a harmless argument. */
export async function probe(root, argv, env) {
  const r = await inChroot(root, argv, { env, timeoutMs: TIMEOUT_MS })
  const parsed = parseList('', r.stderr)
  return {
    command: argv,
    exit: r.exit,
    signal: r.signal ?? undefined,
    timedOut: r.timedOut || undefined,
    ms: r.ms,
    stdout: r.stdout.slice(0, 4000),
    stderr: r.stderr.slice(0, 4000),
    loaderError: /error while loading shared libraries|version [`'].+' not found/.test(r.stderr),
    versionErrors: parsed.versionErrors,
    errors: parsed.errors.filter(e => !e.unparsed),
    ok: r.exit === 0 && !r.timedOut
  }
}

const PY_SCRIPT = `
import importlib, json, sys
out = []
for m in sys.argv[1:]:
    try:
        mod = importlib.import_module(m)
        out.append({"name": m, "ok": True, "file": getattr(mod, "__file__", None)})
    except BaseException as e:
        out.append({"name": m, "ok": False, "error": type(e).__name__, "message": str(e)})
print(json.dumps(out))
`

const NODE_SCRIPT = `
const out = []
for (const p of process.argv.slice(1)) {
  try { require(p); out.push({ name: p, ok: true }) }
  catch (e) { out.push({ name: p, ok: false, error: e.code || e.name, message: String(e.message) }) }
}
console.log(JSON.stringify(out))
`

const PERL_SCRIPT = `
for my $m (@ARGV) {
  my $ok = eval "require $m; 1";
  my $err = $ok ? "" : "$@";
  $err =~ s/[\\t\\n]+/ /g;
  print join("\\t", $m, $ok ? 1 : 0, $err), "\\n";
}
`

/** The language runtimes' own verdicts on native modules found in the root (the runs go in parallel). */
export async function checkModules(root, objects, env, tuple, concurrency = 2, runtimes = null) {
  const tasks = []
  const want = r => !runtimes || runtimes.includes(r)
  const py = want('python') && existsIn(root, '/usr/bin/python3')
  const node = want('node') && existsIn(root, '/usr/bin/node')
  const perl = want('perl') && existsIn(root, '/usr/bin/perl')

  const cmd = (runtime, name, argv) =>
    tasks.push(async () => {
      const r = await inChroot(root, argv, { env, timeoutMs: TIMEOUT_MS })
      return {
        runtime,
        name,
        command: argv,
        exit: r.exit,
        timedOut: r.timedOut || undefined,
        ok: r.exit === 0 && !r.timedOut,
        output: (r.stdout + r.stderr).slice(-4000),
        ms: r.ms
      }
    })
  const batch = (runtime, argv, names, parse) => {
    if (!names.length) return
    tasks.push(async () => {
      const r = await inChroot(root, [...argv, ...names], { env, timeoutMs: TIMEOUT_MS * 3 })
      let results = null
      try {
        results = parse(r.stdout)
        if (!results?.length) results = null
      } catch {
        /* the runtime did not get as far as printing */
      }
      return {
        runtime,
        name: `(every ${runtime} native module found, one process)`,
        command: [...argv.slice(0, -1), '<script>', `<${names.length} names>`],
        exit: r.exit,
        timedOut: r.timedOut || undefined,
        ok: r.exit === 0 && !r.timedOut && !!results && results.every(x => x.ok),
        output: results ? r.stderr.slice(-2000) : (r.stdout + r.stderr).slice(-4000),
        ms: r.ms,
        results: results ?? undefined
      }
    })
  }

  if (py) {
    cmd('python', 'yaml._yaml', ['python3', '-c', 'import yaml._yaml'])
    cmd('python', '_yaml', ['python3', '-c', 'import _yaml'])
    cmd('python', 'yaml.__with_libyaml__', ['python3', '-c', 'import yaml; print(yaml.__with_libyaml__)'])
    if (existsIn(root, '/usr/lib/python3/dist-packages/numpy/__init__.py'))
      cmd('python', 'numpy', ['python3', '-c', 'import numpy; print(numpy.__version__)'])
    const names = []
    for (const o of objects) {
      const m = /^\/usr\/lib\/(?:python3\.11\/lib-dynload|python3\/dist-packages)\/(.+)\.so$/.exec(o.path)
      if (!m) continue
      const parts = m[1].split('/')
      parts[parts.length - 1] = parts[parts.length - 1].split('.')[0]
      if (!parts.every(p => /^[A-Za-z_][A-Za-z0-9_]*$/.test(p))) continue
      names.push(parts.join('.'))
    }
    batch('python', ['python3', '-c', PY_SCRIPT], [...new Set(names)].sort(), s =>
      JSON.parse(s.trim().split('\n').pop())
    )
  }
  if (node) {
    cmd('node', 'node --version', ['node', '--version'])
    if (
      existsIn(root, `/usr/lib/${tuple}/nodejs/iconv/package.json`) ||
      existsIn(root, '/usr/share/nodejs/iconv/package.json')
    )
      cmd('node', 'iconv', [
        'node',
        '-e',
        "const {Iconv} = require('iconv'); console.log(new Iconv('UTF-8','ISO-8859-1').convert('ok').toString())"
      ])
    const addons = objects.filter(o => o.path.endsWith('.node')).map(o => o.path)
    batch('node', ['node', '-e', NODE_SCRIPT], addons, s => JSON.parse(s.trim().split('\n').pop()))
  }
  if (perl) {
    cmd('perl', 'perl -MPOSIX', ['perl', '-MPOSIX', '-e', 'print POSIX::floor(2.5), "\\n"'])
    const names = []
    for (const o of objects) {
      const m = /\/auto\/(.+)\/([^/]+)\.so$/.exec(o.path)
      if (!m || !/^\/usr\/lib\/[^/]+\/perl/.test(o.path)) continue
      if (m[1].split('/').pop() !== m[2]) continue
      names.push(m[1].split('/').join('::'))
    }
    batch('perl', ['perl', '-e', PERL_SCRIPT], [...new Set(names)].sort(), s =>
      s
        .split('\n')
        .filter(Boolean)
        .map(l => {
          const [name, ok, message] = l.split('\t')
          return ok === '1' ? { name, ok: true } : { name, ok: false, message }
        })
    )
  }
  return pool(tasks, t => t(), concurrency)
}

const existsIn = (root, p) => resolveIn(root, p) !== null
