/** Paths and bytes of the committed fixtures (test-env/make-fixtures.sh, examples/make-example.sh). */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
export const BIN = join(ROOT, '__tests__', 'fixtures', 'bin')
export const EXAMPLE_ARCHIVE = join(ROOT, 'examples', 'go-wrong-arch.oci.tar')

export function bin(name: string): Buffer {
  return readFileSync(join(BIN, name))
}

/** A file's bytes as a stream gives them: chunks of an odd size, so that headers fall across chunk ends. */
export function inChunks(bytes: Buffer, size = 7919): Buffer[] {
  return Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size))
}
