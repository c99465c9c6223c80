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
