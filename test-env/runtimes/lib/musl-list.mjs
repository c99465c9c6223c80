/**
 * musl's loader in list mode (`/lib/ld-musl-ARCH.so.1 --list FILE`, what musl's ldd is), asked about every ELF file
 * of a root, and its words parsed. musl 1.2.3 prints, on stdout, one line per object:
 *   `\t/lib/ld-musl-x86_64.so.1 (0x...)`          the loader itself (first)
 *   `\tlibc.so => /lib/ld-musl-x86_64.so.1 (0x...)` a name it resolved (libc.*, libm, libpthread... to itself)
 * and on stderr:
 *   `Error loading shared library NAME: No such file or directory (needed by FILE)`
 *   `Error relocating FILE: SYMBOL: symbol not found`
 * exiting 127 after any error. A module (no PT_INTERP) asked alone has no process around it: symbols its host
 * program supplies (node's napi_*, python's Py*) are "not found" in list mode, so relocation errors of modules are
 * kept apart from load errors (see `loads`).
 */
import { join } from 'node:path'
import { elfInfo, sameIdentity, walk } from '../../loader/lib/elf.mjs'
import { inChroot, pool } from '../../loader/lib/util.mjs'

export function parseMuslList(stdout, stderr) {
  const libraries = []
  const loadErrors = []
  const relocationErrors = []
  const other = []
  for (const raw of `${stdout}\n${stderr}`.split('\n')) {
    const line = raw.trim()
    if (!line) continue
    let m
    if ((m = /^Error loading shared library (.+?): (.+?) \(needed by (.+)\)$/.exec(line)))
      loadErrors.push({ name: m[1], message: m[2], neededBy: m[3], line: raw })
    else if ((m = /^Error relocating (.+?): (.+?): (.+)$/.exec(line)))
      relocationErrors.push({ file: m[1], symbol: m[2], message: m[3] })
    else if ((m = /^(\S+) => (.+?) \(0x[0-9a-f]+\)$/.exec(line))) libraries.push({ name: m[1], path: m[2] })
    else if ((m = /^(\/\S+) \(0x[0-9a-f]+\)$/.exec(line))) libraries.push({ name: m[1], path: m[1], byPath: true })
    else other.push(raw)
  }
  return { libraries, loadErrors, relocationErrors, other }
}

/** The root's ELF files of the platform's machine, with PT_INTERP (program) or without (library or module). */
export function findMuslObjects(root, want) {
  const out = []
  for (const f of walk(root)) {
    if (f.size < 52) continue
    const info = elfInfo(join(root, f.path))
    if (!info || info.bad || !sameIdentity(info, want) || !info.dynamic) continue
    if (info.type !== 2 && info.type !== 3) continue
    out.push({
      path: f.path,
      kind: info.interp ? 'program' : 'library',
      elf: { class: info.class, machine: info.machine, type: info.type, interp: info.interp, rpath: info.rpath },
      mode: (f.mode & 0o7777).toString(8)
    })
  }
  return out
}

/**
 * `LOADER --list PATH` for each object. `loaders` names the loader paths to ask through: musl's own name always, and
 * for an object whose PT_INTERP is another existing name (the glibc-named link to musl), that name too, in `via`.
 * `loads`: no load error, and (for programs only) no relocation error.
 */
export async function muslListAll(root, loader, objects, env, concurrency, { alsoVia = () => [] } = {}) {
  const ask = async (ldso, path) => {
    const r = await inChroot(root, [ldso, '--list', path], { env, timeoutMs: 60_000 })
    const p = parseMuslList(r.stdout, r.stderr)
    return { loader: ldso, exit: r.exit, timedOut: r.timedOut || undefined, stdout: r.stdout, stderr: r.stderr, ...p }
  }
  return pool(
    objects,
    async o => {
      const list = await ask(loader, o.path)
      const via = []
      for (const other of alsoVia(o)) via.push(await ask(other, o.path))
      const fatal = l =>
        l.exit !== 0 || l.timedOut || l.loadErrors.length || (o.kind === 'program' && l.relocationErrors.length)
      return {
        ...o,
        exit: list.exit,
        libraries: list.libraries,
        loadErrors: list.loadErrors,
        relocationErrors: list.relocationErrors,
        // A module's undefined symbols are its host's to give; only its libraries decide here.
        loads: o.kind === 'program' ? !fatal(list) : !list.loadErrors.length && !list.timedOut,
        list,
        ...(via.length ? { via } : {})
      }
    },
    concurrency
  )
}
