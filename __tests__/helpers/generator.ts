/**
 * Test helper: the ground-truth generators of the integration tests (test-env/loader, test-env/runtimes,
 * test-env/npm-survey) are slow, so each test runs its generator only when its output was made by another version of
 * it: a stamp file beside the output holds the key (a hash of the generator's files and of what was asked of it).
 */
import { execFileSync } from 'node:child_process'
import type { Hash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** Hash into `h` the name and contents of every file under `dir` that `keep` takes, in name order, depth first. */
export function hashFiles(h: Hash, dir: string, keep: (name: string) => boolean): void {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = join(dir, e.name)
    if (e.isDirectory()) hashFiles(h, p, keep)
    else if (keep(e.name)) h.update(e.name).update(readFileSync(p))
  }
}

/**
 * Run the generator script `argv[0]` with node (and the rest of `argv`) unless `stamp` holds `key`; then write `key`
 * there. Its standard error goes to the test's, for the progress of a long run.
 */
export function generateOnce(stamp: string, key: string, argv: string[]): void {
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === key) return
  mkdirSync(join(stamp, '..'), { recursive: true })
  execFileSync(process.execPath, argv, { stdio: ['ignore', 'ignore', 'inherit'] })
  writeFileSync(stamp, key)
}
