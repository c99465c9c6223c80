/** Identify a file from its first bytes: ELF, a `#!` script, or something else. Pure. */
import { isElf, parseElf } from '../binary/elf.js'
import { parseShebang } from '../binary/shebang.js'
import type { BinaryFacts } from './facts.js'

export function classify(head: Buffer | undefined): BinaryFacts {
  if (!head) return { format: 'other' }
  if (isElf(head)) return parseElf(head)
  return parseShebang(head) ?? { format: 'other' }
}
