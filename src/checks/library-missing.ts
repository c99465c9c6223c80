import type { MissingLibrary } from '../inspect/loader/types.js'
import { code, platformRule, type Draft } from './types.js'
import { subjectOf } from './subject.js'
import { append } from '../maps.js'

const HELP =
  'Install the package that ships the library in the final stage (`apt-get install`, `apk add`), or copy the library ' +
  'from the build stage into a directory the loader searches; on a `scratch` or distroless base, link statically ' +
  '(`CGO_ENABLED=0` for Go, `-static` for C, `target-feature=+crt-static` for Rust).'

const FOREIGN_HELP =
  'The library was copied from a build for another architecture. Copy it from a stage built for the target platform ' +
  '(a stage without `--platform=$BUILDPLATFORM`), or install it with the package manager of the final stage; when ' +
  "copying from multiarch directories, use the target's directory (`/usr/lib/$(uname -m)-linux-gnu` inside the stage, " +
  'or a path derived from `TARGETARCH`).'

/**
 * An npm package's module whose RPATH/RUNPATH points into the package tree (`$ORIGIN/../../sharp-libvips-linux-x64/lib`):
 * the library is another npm package's, installed beside it by npm (an optional dependency), not the system's.
 */
const NPM_TREE_HELP =
  "The library is another npm package's, which npm installs beside this one as an optional dependency (sharp's " +
  '`@img/sharp-libvips-<platform>`): run `npm ci` with optional dependencies (not `--omit=optional` or ' +
  '`--no-optional`) in a stage that runs on the target platform, or `npm ci --os=linux --cpu=<arch>` for it, and copy ' +
  "that stage's whole `node_modules`."

/** Whether `f` is an npm package's file whose library search points into its own package tree. */
function searchesNpmTree(f: { package?: { ecosystem: string }; binary?: unknown }): boolean {
  if (f.package?.ecosystem !== 'npm') return false
  const elf = f.binary as { rpath?: string[]; runpath?: string[] } | undefined
  return [...(elf?.rpath ?? []), ...(elf?.runpath ?? [])].some(d => /^\$(\{ORIGIN\}|ORIGIN)\/\.\./.test(d))
}

/** What the loader prints when it gives up on this library. */
function loaderWords(m: MissingLibrary, libc: 'glibc' | 'musl'): string {
  if (libc === 'musl') {
    const why = m.reason === 'fatal' ? (m.fatal?.error ?? 'Exec format error') : 'No such file or directory'
    return `Error loading shared library ${m.name}: ${why} (needed by ${m.neededBy})`
  }
  // A fatal candidate is named by its path, as glibc names it: "/opt/lib/libssl.so.3: invalid ELF header".
  if (m.reason === 'fatal' && m.fatal) return `error while loading shared libraries: ${m.fatal.path}: ${m.fatal.error}`
  const wrongClass = m.skipped.find(s => s.otherClass)?.otherClass
  const reason = wrongClass
    ? `wrong ELF class: ELFCLASS${wrongClass}`
    : 'cannot open shared object file: No such file or directory'
  return `error while loading shared libraries: ${m.name}: ${reason}`
}

/** Why the loader gives up on the library, as a sentence. */
function why(m: MissingLibrary): string {
  if (m.reason === 'fatal' && m.fatal) return `The loader stops at ${code(m.fatal.path)}: ${m.fatal.error}`
  if (m.skipped.length === 1) {
    const s = m.skipped[0] as MissingLibrary['skipped'][number]
    return `The only ${code(m.name)} on the loader's search path, ${code(s.path)}, is ${s.what}, and the loader passes it over`
  }
  if (m.skipped.length > 1) {
    return `Every ${code(m.name)} on the loader's search path is for another machine (${m.skipped.map(s => `${code(s.path)}: ${s.what}`).join(', ')})`
  }
  return `The loader cannot find ${code(m.name)} in the image`
}

/** One entry per library name: the loader reports a name again for every object that needs it. */
function unique(list: MissingLibrary[]): MissingLibrary[] {
  return list.filter((m, i) => list.findIndex(x => x.name === m.name) === i)
}

/** A library that cannot be loaded, with why in a few words when it is not simply absent. */
function brief(m: MissingLibrary): string {
  if (m.reason === 'fatal' && m.fatal) return `${code(m.name)} (${code(m.fatal.path)}: ${m.fatal.error})`
  if (m.skipped.length) return `${code(m.name)} (only ${m.skipped.map(s => `${code(s.path)}, ${s.what}`).join('; ')})`
  return code(m.name)
}

/**
 * A library a program or native module loads, directly or through another library, cannot be loaded: not in the
 * image, or only builds of it for another architecture. It fails with "error while loading shared libraries".
 */
export const libraryMissing = platformRule({
  id: 'library-missing',
  defaultSeverity: 'error',
  description:
    "A library a program or native module needs (directly or through its libraries) is not found where the loader searches (RPATH/RUNPATH with $ORIGIN, LD_LIBRARY_PATH, ld.so.cache, the loader's own directories), or only in builds for another architecture.",
  help: HELP,
  each(p) {
    const out: Draft[] = []
    // A plugin that fails for a library a program fails for too says nothing new (hundreds of gconv modules when
    // libc.so.6 is gone): plugins are reported only for what is theirs alone.
    const plugin = (f: (typeof p.executables)[number]): boolean => f.module?.runtime === 'plugin'
    const elsewhere = new Set(
      p.executables.filter(f => !plugin(f)).flatMap(f => (f.load?.missing ?? []).map(m => m.name))
    )
    const onDemand = new Map<string, Array<{ f: (typeof p.executables)[number]; missing: MissingLibrary[] }>>()
    for (const f of p.executables) {
      const load = f.load
      if (!load?.missing.length) continue
      if (plugin(f) && load.missing.every(m => elsewhere.has(m.name))) continue
      if (f.module?.onDemand && f.module.loaded) {
        const key = f.package?.path ?? f.path
        append(onDemand, key, { f, missing: load.missing })
        continue
      }
      const { severity, name } = subjectOf(p, f)
      const [first, ...more] = load.missing as [MissingLibrary, ...MissingLibrary[]]
      const chain =
        first.neededBy === f.path
          ? `it needs ${code(first.name)}`
          : `it loads ${code(first.neededBy)}, which needs ${code(first.name)}`
      const cannot = f.module?.loaded ? 'cannot be loaded' : 'cannot start'
      const others = unique(more).filter(x => x.name !== first.name)
      const also = others.length ? ` It cannot load ${others.map(brief).join(', ')} either.` : ''
      out.push({
        severity,
        path: f.path,
        // The first sentence says who and what, short enough for a list of many; then why, in the loader's words.
        message: `${name} ${code(f.path)} ${cannot}: ${chain}. ${why(first)}: it fails with ${code(loaderWords(first, load.libc))}.${also}`,
        hint:
          first.skipped.length || first.reason === 'fatal' ? FOREIGN_HELP : searchesNpmTree(f) ? NPM_TREE_HELP : HELP,
        evidence: {
          missing: [...new Set(load.missing.map(x => x.name))].join(' '),
          neededBy: first.neededBy,
          ...(first.skipped.length ? { skipped: first.skipped.map(s => s.path).join(' ') } : {})
        }
      })
    }
    for (const [home, libs] of onDemand) out.push(onDemandNote(home, libs))
    for (const lib of p.provided ?? []) out.push(providedNote(lib))
    return out
  }
})

/**
 * A runtime's libraries that are loaded only when a program uses their API (a JDK's AWT and sound libraries) and
 * lack a library here: one note per runtime, since programs that never use them run (a headless JRE has no X11).
 */
function onDemandNote(home: string, libs: Array<{ f: { path: string }; missing: MissingLibrary[] }>): Draft {
  const list = libs.slice(0, 6).map(
    ({ f, missing }) =>
      `${code(f.path.slice(f.path.lastIndexOf('/') + 1))} (${unique(missing)
        .map(m => code(m.name))
        .join(', ')})`
  )
  const more = libs.length > 6 ? `, and ${libs.length - 6} more` : ''
  return {
    severity: 'note',
    path: (libs[0] as (typeof libs)[0]).f.path,
    message:
      `Libraries of the Java runtime ${code(home)} that the JVM loads only when a program uses their API lack libraries ` +
      `here: ${list.join(', ')}${more}. Java starts without them; a program that uses them (AWT, sound…) fails with ` +
      '`UnsatisfiedLinkError` when it does.',
    hint: 'Install the libraries those APIs need in the final stage if the application uses them (a headless application needs none).',
    evidence: { onDemand: libs.length, missing: [...new Set(libs.flatMap(l => l.missing.map(m => m.name)))].join(' ') }
  }
}

/** A library the image lacks that the container runtime provides when the container starts (the NVIDIA driver's). */
function providedNote(lib: { name: string; by: string; neededBy: string[] }): Draft {
  const [first, ...rest] = lib.neededBy
  const who = `${code(first ?? '')}${rest.length ? ` and ${rest.length} more` : ''}`
  return {
    severity: 'note',
    path: first ?? lib.name,
    message:
      `${who} need${rest.length ? '' : 's'} ${code(lib.name)}, which the image does not have: it is provided by ${lib.by}. ` +
      'Without it, they fail with "cannot open shared object file".',
    hint:
      'Nothing to fix when the image is run that way. The driver libraries must never be copied into an image: they ' +
      'have to match the host driver. List libraries other runtimes provide under `provided-libraries` in the config file.',
    evidence: { provided: lib.name, by: lib.by, neededBy: lib.neededBy.length }
  }
}
