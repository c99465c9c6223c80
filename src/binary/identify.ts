/** What a file is, from its bytes: an ELF file (with all its facts), a `#!` script, another executable format. */
import type { ByteSource } from './bytes.js'
import { isElf, parseElf, type ElfError, type ElfFacts } from './elf.js'
import { identifyOther, type OtherFormat } from './magic.js'
import { parseShebang, type Shebang } from './shebang.js'

export type BinaryFacts = ElfFacts | ElfError | Shebang | OtherFormat | { format: 'other' }

export function identify(src: ByteSource): BinaryFacts {
  const head = src.read(0, Math.min(src.size, 4096)) ?? src.read(0, Math.min(src.size, 4))
  if (!head || head.length === 0) return { format: 'other' }
  if (isElf(head)) return parseElf(src)
  return parseShebang(head) ?? identifyOther(head) ?? { format: 'other' }
}
