/**
 * What a file is to its image: the entrypoint, a program on PATH, a program elsewhere, or a file that is not shipped
 * to run on this platform at all (relocatable objects, non-executable files, architecture-independent data under
 * /usr/share by the FHS, test data, examples and docs). Real images ship foreign files of the last kind legitimately
 * (Go's race .syso objects, testdata ELF files in the Go toolchain image): they are counted, never reported. Pure.
 */
import { ElfType, type ElfFacts } from '../binary/elf.js'
import { isPeProgram, type PeFacts } from '../binary/pe.js'
import type { Severity } from '../findings.js'
import type { ExecutableFacts, PlatformFacts } from './facts.js'
import { sameWindowsPath } from './windows.js'

/** Directories whose files are not shipped to run: test data, examples, documentation. */
const NOT_RUN_DIRS = new Set(['testdata', 'test', 'tests', 'fixtures', 'examples', 'example', 'doc', 'docs'])

export type Exclusion =
  'relocatable' | 'not-executable' | 'data-dir' | 'test-data' | 'not-a-program' | 'library' | 'not-chosen'

/** Whether a path is architecture-independent data (/usr/share) or test data, examples or docs. */
export function notShippedToRun(path: string): Exclusion | undefined {
  if (path.startsWith('/usr/share/')) return 'data-dir'
  const dirs = path.split('/').slice(0, -1)
  return dirs.some(part => NOT_RUN_DIRS.has(part)) ? 'test-data' : undefined
}

/**
 * Why no rule judges this PE file as a program, or undefined when it is one: DLLs are loaded, not started; drivers
 * and boot applications are not started by the container; Windows' component store (WinSxS) keeps every build of a
 * component, for every architecture the system can run, and nothing runs from there; test data as on Linux.
 */
export function peExclusionOf(file: Pick<ExecutableFacts, 'path'>, pe: PeFacts): Exclusion | undefined {
  if (pe.dll) return 'library'
  if (!isPeProgram(pe)) return 'not-a-program'
  const dirs = file.path.toLowerCase().split('\\').slice(0, -1)
  if (dirs[1] === 'windows' && dirs[2] === 'winsxs') return 'data-dir'
  return dirs.some(part => NOT_RUN_DIRS.has(part)) ? 'test-data' : undefined
}

/**
 * Why no platform rule judges this ELF file as a program, or undefined when it is one. A package's build for another
 * platform, which its own loader never takes here (`@esbuild/darwin-arm64`'s binary, a musl build beside the glibc
 * one), is not one of this platform's programs.
 */
export function exclusionOf(
  file: Pick<ExecutableFacts, 'path' | 'mode' | 'module' | 'package'>,
  elf: Pick<ElfFacts, 'type'>
): Exclusion | undefined {
  if (file.package && file.module?.loaded === false && !file.module.noBuildForPlatform) return 'not-chosen'
  if (elf.type === ElfType.REL) return 'relocatable'
  if (elf.type !== ElfType.EXEC && elf.type !== ElfType.DYN) return 'not-a-program'
  if ((file.mode & 0o111) === 0) return 'not-executable'
  if (/\.(o|a|syso)$/.test(file.path)) return 'relocatable'
  return notShippedToRun(file.path)
}

/** A shared library by its name (`libc.so.6`, `ld-linux-x86-64.so.2`, `_yaml.cpython-311-x86_64-linux-gnu.so`): loaded, not run. */
export function isLibraryName(path: string): boolean {
  return /\.so(\.\d+)*$/.test(path.slice(path.lastIndexOf('/') + 1))
}

/** Whether a file lives directly in one of the PATH directories (Windows paths compared as Windows does). */
export function inSearchPath(path: string, searchPath: string[]): boolean {
  if (/^[A-Za-z]:\\/.test(path)) {
    const winDir = path.slice(0, path.lastIndexOf('\\'))
    return searchPath.some(d => sameWindowsPath(d, winDir))
  }
  const dir = path.slice(0, path.lastIndexOf('/')) || '/'
  return searchPath.some(d => d.replace(/\/+$/, '') === dir)
}

export type Role = 'entrypoint' | 'path' | 'elsewhere'

/**
 * The role of a program in its image: what `docker run` starts (on Windows, also what a shell form's `cmd /C`
 * starts), what a shell finds on PATH, or neither.
 */
export function roleOf(p: Pick<PlatformFacts, 'entrypoint' | 'searchPath'>, path: string): Role {
  const ep = p.entrypoint
  if (ep?.resolved && (ep.resolvedPath === path || (ep.inner?.resolved && ep.inner.resolvedPath === path))) {
    return 'entrypoint'
  }
  return inSearchPath(path, p.searchPath ?? []) ? 'path' : 'elsewhere'
}

/** A program that cannot start is an error where users start it (entrypoint, PATH), a warning elsewhere. */
export const ROLE_SEVERITY: Record<Role, Severity> = { entrypoint: 'error', path: 'error', elsewhere: 'warning' }

/** How a message names a program of each role. */
export const ROLE_NAME: Record<Role, string> = {
  entrypoint: 'The entrypoint',
  path: 'The program',
  elsewhere: 'The executable'
}
