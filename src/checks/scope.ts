/**
 * Which files a platform rule may judge. Relocatable objects, non-executable files, architecture-independent data
 * (/usr/share, by the FHS) and test data are never platform errors: real images ship foreign ones legitimately
 * (Go's race .syso objects, testdata ELF files in the Go toolchain image). They are counted, not reported.
 */
import { ElfType, type ElfFacts } from '../binary/elf.js'
import type { ExecutableFacts } from '../inspect/facts.js'

const TEST_DIRS = new Set(['testdata', 'test', 'tests', 'fixtures'])

export type Exclusion = 'relocatable' | 'not-executable' | 'data-dir' | 'test-data' | 'not-a-program'

export function exclusionOf(file: ExecutableFacts, elf: ElfFacts): Exclusion | undefined {
  if (elf.type === ElfType.REL) return 'relocatable'
  if (elf.type !== ElfType.EXEC && elf.type !== ElfType.DYN) return 'not-a-program'
  if ((file.mode & 0o111) === 0) return 'not-executable'
  if (file.path.startsWith('/usr/share/')) return 'data-dir'
  if (file.path.split('/').some(part => TEST_DIRS.has(part))) return 'test-data'
  if (/\.(o|a|syso)$/.test(file.path)) return 'relocatable'
  return undefined
}

/** Whether a file lives directly in one of the PATH directories. */
export function inSearchPath(path: string, searchPath: string[]): boolean {
  const dir = path.slice(0, path.lastIndexOf('/')) || '/'
  return searchPath.some(d => d.replace(/\/+$/, '') === dir)
}
