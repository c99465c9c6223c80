/**
 * The digest of a layer blob kept in a file (or a range of one: a blob inside an archive), without decompressing or
 * walking it: what a facts-cache hit on a local source still checks. The cache vouches for what a layer's bytes make,
 * not for the bytes: a layout directory or an archive can be edited or damaged after the facts of its digest were
 * stored, and it is those bytes the user ships. Hashing is a small part of reading a layer (README, Cache).
 */
import { createHash } from 'node:crypto'
import { UserError, errorMessage } from '../errors.js'
import { FileChunks, type Range } from './file-chunks.js'
import type { Expected } from './layer.js'
import { layerMismatch } from './source.js'

/** The digest (`sha256:<hex>`) of the bytes of `path`, or of `range` of it. */
export async function fileDigest(path: string, range: Range | undefined, algo: 'sha256' | 'sha512'): Promise<string> {
  const hash = createHash(algo)
  const chunks = new FileChunks(path, range)
  // Each chunk is hashed before the next is asked for, so two buffers can take turns.
  chunks.reuse = true
  for await (const chunk of chunks) hash.update(chunk)
  return `${algo}:${hash.digest('hex')}`
}

/**
 * Check a layer file's bytes against the digest its manifest names; a mismatch is the same error the walk gives
 * (naming `label`, or the digest), and a file that cannot be read is an error naming the layer.
 */
export async function checkFileDigest(
  path: string,
  range: Range | undefined,
  expected: Expected,
  label = expected.digest
): Promise<void> {
  const algo = expected.digest.startsWith('sha512:') ? 'sha512' : 'sha256'
  let got: string
  try {
    got = await fileDigest(path, range, algo)
  } catch (err) {
    throw new UserError(`cannot read layer ${label}: ${errorMessage(err)}`)
  }
  if (got !== expected.digest) throw layerMismatch(label, expected, got)
}
