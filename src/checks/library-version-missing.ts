import type { ExecutableFacts, PlatformFacts } from '../inspect/facts.js'
import type { MissingVersion } from '../inspect/loader/types.js'
import { code, platformRule, type Draft } from './types.js'
import { subjectOf } from './subject.js'

const HELP =
  'Build the program on the same distribution release as the image it runs in (both stages `FROM debian:bookworm`, ' +
  'or the builder image of that release), or link it statically, or build it against an older baseline (an older ' +
  'builder, manylinux, `zig cc -target x86_64-linux-gnu.2.31`).'

/** The newest GLIBC_2.x a libc defines: the image's glibc version. */
function newestGlibc(defs: string[] | undefined): string | undefined {
  const versions = (defs ?? [])
    .map(d => /^GLIBC_(\d+)\.(\d+)(?:\.(\d+))?$/.exec(d))
    .filter((m): m is RegExpExecArray => m !== null)
    .map(m => [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)] as const)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2])
  const v = versions.at(-1)
  return v ? `${v[0]}.${v[1]}${v[2] ? `.${v[2]}` : ''}` : undefined
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
      // The newest missing one says most: the others are older versions of the same library, usually.
      const first = versions[0] as MissingVersion
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
