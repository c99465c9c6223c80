/**
 * Where the dynamic loader looks for DT_NEEDED libraries, as glibc's ld.so and musl's ldso do: DT_RPATH (when there
 * is no DT_RUNPATH), LD_LIBRARY_PATH, DT_RUNPATH, then the system directories (glibc: /etc/ld.so.conf and its
 * includes, the multiarch and default directories; musl: /etc/ld-musl-ARCH.path or /lib:/usr/local/lib:/usr/lib).
 * `$ORIGIN` is the program's directory. Pure over the file tree.
 */
import { posix } from 'node:path'
import type { ElfFacts } from '../binary/elf.js'
import type { FileTree } from '../image/filetree.js'

/** Debian's multiarch triplets, which glibc searches by default there. */
const TRIPLETS: Record<string, string[]> = {
  amd64: ['x86_64-linux-gnu'],
  arm64: ['aarch64-linux-gnu'],
  arm: ['arm-linux-gnueabihf', 'arm-linux-gnueabi'],
  '386': ['i386-linux-gnu'],
  ppc64le: ['powerpc64le-linux-gnu'],
  s390x: ['s390x-linux-gnu'],
  riscv64: ['riscv64-linux-gnu']
}

function globToRegExp(glob: string): RegExp {
  return new RegExp(
    '^' +
      glob
        .replace(/[.+^${}()|\\]/g, '\\$&')
        .replace(/\*/g, '[^/]*')
        .replace(/\?/g, '[^/]') +
      '$'
  )
}

/** The directories of /etc/ld.so.conf, following `include` lines (with globs) once each. */
export function ldSoConfDirs(tree: FileTree, file = '/etc/ld.so.conf', seen = new Set<string>()): string[] {
  if (seen.has(file) || seen.size > 256) return []
  seen.add(file)
  const out: string[] = []
  for (const raw of (tree.text(file) ?? '').split('\n')) {
    const line = raw.replace(/#.*/, '').trim()
    if (!line) continue
    const inc = /^include\s+(.+)$/.exec(line)
    if (!inc) {
      out.push(...line.split(/[:,\s]+/).filter(d => d.startsWith('/')))
      continue
    }
    for (const pattern of (inc[1] ?? '').split(/\s+/)) {
      const abs = posix.resolve(posix.dirname(file), pattern)
      const dir = posix.dirname(abs)
      const re = globToRegExp(posix.basename(abs))
      for (const name of tree.list(dir)) if (re.test(name)) out.push(...ldSoConfDirs(tree, posix.join(dir, name), seen))
    }
  }
  return out
}

export interface SearchContext {
  architecture: string
  bits: number
  musl: boolean
  ldLibraryPath: string[]
  system: string[]
}

export function searchContext(
  tree: FileTree,
  architecture: string,
  bits: number,
  interpreter: string,
  env: string[]
): SearchContext {
  const musl = interpreter.includes('ld-musl')
  const llp = env.find(e => e.startsWith('LD_LIBRARY_PATH='))?.slice(16) ?? ''
  let system: string[]
  if (musl) {
    const conf = tree.text(`/etc/${posix.basename(interpreter).replace(/\.so\.1$/, '.path')}`)
    system =
      conf !== undefined
        ? conf
            .split(/[:\n]/)
            .map(s => s.trim())
            .filter(Boolean)
        : ['/lib', '/usr/local/lib', '/usr/lib']
  } else {
    const triplets = TRIPLETS[architecture] ?? []
    system = [
      ...ldSoConfDirs(tree),
      ...triplets.flatMap(t => [`/lib/${t}`, `/usr/lib/${t}`]),
      ...(bits === 64 ? ['/lib64', '/usr/lib64'] : []),
      '/lib',
      '/usr/lib'
    ]
  }
  return { architecture, bits, musl, ldLibraryPath: llp.split(':').filter(Boolean), system }
}

function expand(dir: string, origin: string): string {
  return dir.replace(/\$\{?ORIGIN\}?/g, origin)
}

/** DT_NEEDED entries the loader would not find in the image. */
export function missingLibraries(tree: FileTree, path: string, elf: ElfFacts, ctx: SearchContext): string[] {
  if (!elf.needed?.length) return []
  const origin = posix.dirname(path)
  const runpath = (elf.runpath ?? []).map(d => expand(d, origin))
  const rpath = runpath.length ? [] : (elf.rpath ?? []).map(d => expand(d, origin))
  const dirs = [...rpath, ...ctx.ldLibraryPath, ...runpath, ...ctx.system]
  const found = (lib: string): boolean => {
    if (lib.includes('/')) return tree.isFile(posix.resolve(origin, lib))
    return dirs.some(d => tree.isFile(posix.join(posix.resolve('/', d), lib)))
  }
  return elf.needed.filter(lib => !found(lib))
}
