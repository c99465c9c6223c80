import type { ExecutableFacts, PlatformFacts } from '../inspect/facts.js'
import type { MissingVersion } from '../inspect/loader/types.js'
import { code, platformRule, type Draft } from './types.js'
import { subjectOf } from './subject.js'

const HELP =
  'Build the program on the same distribution release as the image it runs in (both stages `FROM debian:bookworm`, ' +
  'or the builder image of that release), or link it statically, or build it against an older baseline (an older ' +
  'builder, manylinux, `zig cc -target x86_64-linux-gnu.2.31`).'

/** A version name's family (`GLIBC_`, `GLIBCXX_`, `UUID_`) and its numbers (`GLIBC_2.3.4`: 2, 3, 4). */
function parts(version: string): { family: string; numbers: number[] } {
  const m = /^(.*?_)(\d[\d.]*)/.exec(version)
  return m
    ? { family: m[1] as string, numbers: (m[2] as string).split('.').filter(Boolean).map(Number) }
    : { family: version, numbers: [] }
}

/** Numeric order of two versions of one family: GLIBC_2.9 before GLIBC_2.38. */
function compareVersions(a: string, b: string): number {
  const x = parts(a).numbers
  const y = parts(b).numbers
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0)
    if (d !== 0) return d
  }
  return 0
}

/** The newest GLIBC_2.x a libc defines: the image's glibc version. */
function newestGlibc(defs: string[] | undefined): string | undefined {
  const newest = (defs ?? [])
    .filter(d => /^GLIBC_\d+\.\d+(\.\d+)?$/.test(d))
    .sort(compareVersions)
    .at(-1)
  return newest?.slice(6)
}

/**
 * The version a finding leads with: of the library the loader complains about first (it prints every missing
 * version, in the order the model lists them), the newest missing one of that family, compared numerically; the
 * older ones of it are implied by it.
 */
function lead(versions: [MissingVersion, ...MissingVersion[]]): MissingVersion {
  const first = versions[0]
  const family = parts(first.version).family
  return versions
    .filter(v => v.file === first.file && v.requiredBy === first.requiredBy && parts(v.version).family === family)
    .reduce((newest, v) => (compareVersions(v.version, newest.version) > 0 ? v : newest), first)
}

function libraryDefs(p: PlatformFacts, path: string): string[] | undefined {
  const lib = p.executables.find(e => e.path === path)?.binary
  return lib?.format === 'elf' ? lib.versionDefs : undefined
}

/** Why this version is missing, in a sentence: the usual cause for glibc, libstdc++ and the others. */
function cause(p: PlatformFacts, v: MissingVersion): string {
  if (v.version.startsWith('GLIBC_')) {
    const has = newestGlibc(libraryDefs(p, v.realPath))
    return ` The program was built against glibc ${v.version.slice(6)} or newer${has ? `, but the image has glibc ${has}` : ''}: its build stage is on a newer distribution release than its runtime stage.`
  }
  if (/^(GLIBCXX|CXXABI)_/.test(v.version)) {
    return " It was built with a newer C++ compiler than the image's libstdc++: its build stage is on a newer distribution release than its runtime stage."
  }
  return ` The image's ${code(v.file)} is older than the one it was built against.`
}

function message(p: PlatformFacts, f: ExecutableFacts, v: MissingVersion, name: string, more: number): string {
  const who = v.requiredBy === f.path ? 'it' : `it loads ${code(v.requiredBy)}, which`
  const cannot = f.module?.loaded ? 'cannot be loaded' : 'cannot start'
  const words = `${v.requiredBy}: ${v.library}: version \`${v.version}' not found (required by ${v.requiredBy})`
  return (
    `${name} ${code(f.path)} ${cannot}: ${who} needs ${code(v.version)} from ${code(v.file)}. ` +
    `The image's ${code(v.library)} does not define it: it fails with ${code(words)}.${cause(p, v)}` +
    (more ? ` ${more} more needed version${more > 1 ? 's are' : ' is'} missing too.` : '')
  )
}

/** A symbol version a program (or a library it loads) needs is not defined by the library that the loader loads. */
export const libraryVersionMissing = platformRule({
  id: 'library-version-missing',
  defaultSeverity: 'error',
  description:
    'A symbol version a program or native module needs (GLIBC_2.38, GLIBCXX_3.4.32, OPENSSL_3.2.0…) is not defined by the library the loader finds in the image.',
  help: HELP,
  each(p) {
    const out: Draft[] = []
    for (const f of p.executables) {
      const versions = f.load?.versions
      if (!versions?.length) continue
      const { severity, name } = subjectOf(p, f)
      const first = lead(versions as [MissingVersion, ...MissingVersion[]])
      out.push({
        severity,
        path: f.path,
        message: message(p, f, first, name, versions.length - 1),
        evidence: {
          versions: versions.map(v => `${v.file}:${v.version}`).join(' '),
          library: first.library,
          requiredBy: first.requiredBy
        }
      })
    }
    return out
  }
})
