/**
 * Layer decompression chosen by the blob's magic bytes, since media types lie (docker save writes gzip as `tar`):
 * gzip through node:zlib (off the main thread), zstd through node:zlib where this Node has it (22.15+, 24) and
 * through the fzstd package elsewhere (Node 20), and plain tar as it is.
 */
import { Transform, type TransformCallback } from 'node:stream'
import * as zlib from 'node:zlib'
import { Decompress } from 'fzstd'

export type Compression = 'gzip' | 'zstd' | 'none'

export function compressionOf(first: Buffer): Compression {
  if (first.length >= 2 && first[0] === 0x1f && first[1] === 0x8b) return 'gzip'
  if (first.length >= 4 && first.readUInt32LE(0) === 0xfd2fb528) return 'zstd'
  return 'none'
}

/** fzstd's streaming decoder as a Transform (exported for its own test on Node versions with native zstd). */
export class FzstdTransform extends Transform {
  private readonly zstd: Decompress
  private failure: Error | undefined
  constructor() {
    super()
    this.zstd = new Decompress(chunk => {
      this.push(Buffer.from(chunk))
    })
  }
  private feed(chunk: Uint8Array, final: boolean): Error | undefined {
    try {
      this.zstd.push(chunk, final)
      return undefined
    } catch (err) {
      return (this.failure = err instanceof Error ? err : new Error(String(err)))
    }
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    cb(this.failure ?? this.feed(chunk, false))
  }
  override _flush(cb: TransformCallback): void {
    cb(this.failure ?? this.feed(new Uint8Array(0), true))
  }
}

type ZstdFactory = () => Transform
const nativeZstd = (zlib as unknown as { createZstdDecompress?: ZstdFactory }).createZstdDecompress

export function decompressor(kind: Compression): NodeJS.ReadWriteStream | undefined {
  if (kind === 'gzip') return zlib.createGunzip()
  if (kind === 'zstd') return nativeZstd ? nativeZstd() : new FzstdTransform()
  return undefined
}
