/** What a file is, from its bytes: an ELF file or a PE file (with all its facts), a `#!` script, another format. */
import { firstBytes, type ByteSource } from './bytes.js'
import { isElf, parseElf, type ElfError, type ElfFacts } from './elf.js'
import { identifyOther, type OtherFormat } from './magic.js'
import { isPe, parsePe, type PeError, type PeFacts } from './pe.js'
import { parseShebang, type Shebang } from './shebang.js'

export type BinaryFacts = ElfFacts | ElfError | PeFacts | PeError | Shebang | OtherFormat | { format: 'other' }

export function identify(src: ByteSource): BinaryFacts {
  const head = firstBytes(src)
  if (!head || head.length === 0) return { format: 'other' }
  if (isElf(head)) return parseElf(src)
  if (isPe(head)) return parsePe(src)
  return parseShebang(head) ?? identifyOther(head) ?? { format: 'other' }
}
