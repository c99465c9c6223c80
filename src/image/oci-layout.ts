/** An OCI image layout directory (`oci:DIR`), read on demand; archives are in archive.ts. */
import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { UserError, errorMessage } from '../errors.js'
import { MAX_JSON_BYTES, blobPath, parseIndex, parseJsonBlob, type ImageSource, type LayerBlob } from './source.js'
import type { Descriptor, Index } from './types.js'

export class OciDirSource implements ImageSource {
  constructor(
    readonly name: string,
    private readonly dir: string
  ) {}

  static async open(dir: string): Promise<OciDirSource> {
    const name = `oci:${dir}`
    const st = await stat(dir).catch(() => undefined)
    if (!st?.isDirectory()) throw new UserError(`${name}: no such directory`)
    const layout = await stat(join(dir, 'index.json')).catch(() => undefined)
    if (!layout) throw new UserError(`${name}: not an OCI image layout (no index.json)`)
    return new OciDirSource(name, dir)
  }

  async rootIndex(): Promise<Index> {
    return parseIndex(this.name, await readFile(join(this.dir, 'index.json')))
  }

  async json<T>(desc: Descriptor): Promise<T> {
    if (desc.size > MAX_JSON_BYTES) throw new UserError(`${this.name}: blob ${desc.digest} is too large for JSON`)
    const bytes = await readFile(join(this.dir, blobPath(desc.digest))).catch(err => {
      throw new UserError(`${this.name}: missing blob ${desc.digest} (${errorMessage(err)})`)
    })
    return parseJsonBlob<T>(this.name, desc, bytes)
  }

  async blob(desc: Descriptor): Promise<LayerBlob> {
    const path = join(this.dir, blobPath(desc.digest))
    if (!(await stat(path).catch(() => undefined)))
      throw new UserError(`${this.name}: missing layer blob ${desc.digest}`)
    return { kind: 'file', path, expected: { digest: desc.digest } }
  }

  async close(): Promise<void> {}
}
