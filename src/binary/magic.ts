/**
 * Other executable formats, told apart by their magic so that none is ever taken for ELF. Pure. (PE files are read by
 * pe.ts.)
 */
export type OtherFormat = { format: 'macho' | 'wasm' }

export function identifyOther(b: Buffer): OtherFormat | undefined {
  if (b.length >= 4 && b.readUInt32BE(0) === 0x0061736d) return { format: 'wasm' } // \0asm
  if (b.length >= 4) {
    const m = b.readUInt32BE(0)
    if (m === 0xfeedface || m === 0xfeedfacf || m === 0xcefaedfe || m === 0xcffaedfe) return { format: 'macho' }
    // 0xcafebabe is also a Java class file; a fat Mach-O has few architectures where Java has its version (>= 45).
    if (m === 0xcafebabe && b.length >= 8 && b.readUInt32BE(4) > 0 && b.readUInt32BE(4) < 20) return { format: 'macho' }
  }
  return undefined
}
