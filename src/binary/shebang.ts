/** The `#!` line of a script: interpreter and optional single argument, as the kernel splits it. Pure. */
export interface Shebang {
  format: 'script'
  interpreter: string
  argument?: string
}

const MAX_LINE = 256 // BINPRM_BUF_SIZE on Linux

export function parseShebang(buf: Uint8Array): Shebang | undefined {
  if (buf.length < 3 || buf[0] !== 0x23 || buf[1] !== 0x21) return undefined
  const head = Buffer.from(buf.subarray(2, Math.min(buf.length, MAX_LINE)))
  const nl = head.indexOf(0x0a)
  const line = head
    .toString('latin1', 0, nl === -1 ? head.length : nl)
    .replace(/\r$/, '')
    .trim()
  if (line === '') return undefined
  const m = /^(\S+)(?:[ \t]+(.*))?$/.exec(line)
  if (!m || !m[1]) return undefined
  const argument = m[2]?.trim()
  return argument ? { format: 'script', interpreter: m[1], argument } : { format: 'script', interpreter: m[1] }
}
