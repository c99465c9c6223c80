/** Test helpers: real tar archives made with tar-stream, in memory. */
import { gzipSync } from 'node:zlib'
import { createHash } from 'node:crypto'
import * as tar from 'tar-stream'

export interface TarItem {
  name: string
  type?: 'file' | 'directory' | 'symlink' | 'link'
  mode?: number
  linkname?: string
  content?: Buffer | string
  /** PAX records, as Windows layers carry them (`MSWINDOWS.fileattr`, `MSWINDOWS.rawsd`). */
  pax?: Record<string, string>
}

export async function makeTar(items: TarItem[]): Promise<Buffer> {
  const pack = tar.pack()
  const chunks: Buffer[] = []
  pack.on('data', (c: unknown) => {
    chunks.push(c as Buffer)
  })
  const done = new Promise<void>((resolve, reject) => {
    pack.on('end', () => resolve())
    pack.on('error', reject)
  })
  for (const it of items) {
    const type = it.type ?? 'file'
    const body = typeof it.content === 'string' ? Buffer.from(it.content) : (it.content ?? Buffer.alloc(0))
    const header: Partial<tar.Header> & { name: string } = {
      name: it.name,
      type,
      mode: it.mode ?? (type === 'directory' ? 0o755 : 0o644)
    }
    if (it.linkname) header.linkname = it.linkname
    if (it.pax) header.pax = it.pax
    if (type === 'file') pack.entry({ ...header, size: body.length }, body)
    else pack.entry(header)
  }
  pack.finalize()
  await done
  return Buffer.concat(chunks)
}

export function digestOf(buf: Buffer): string {
  return `sha256:${createHash('sha256').update(buf).digest('hex')}`
}

export const gzip = (b: Buffer): Buffer => gzipSync(b)
