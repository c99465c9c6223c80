/**
 * Temporary directories that are always removed: after use, on failure, and when the process is interrupted (Ctrl-C,
 * or GitHub cancelling a job: the runner sends SIGINT, then SIGTERM). A build's work directory holds the uncompressed
 * OCI export of every platform, gigabytes on a large image.
 */
import { rmSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const TEMP_PREFIX = 'multiarch-verify-'

const live = new Set<string>()
let installed = false

function onSignal(signal: NodeJS.Signals): void {
  for (const dir of live) rmSync(dir, { recursive: true, force: true })
  live.clear()
  // Die of the same signal, as the process would have without this handler (exit code 130 or 143).
  process.kill(process.pid, signal)
}

function install(): void {
  if (installed) return
  installed = true
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, onSignal)
}

/** The directory temporary files go to: the runner's RUNNER_TEMP in the action, else the system's. */
export function tempRoot(): string {
  return process.env.RUNNER_TEMP || tmpdir()
}

/** Run `fn` with a fresh directory under `parent`, and remove it whatever happens. */
export async function withTempDir<T>(fn: (dir: string) => Promise<T>, parent = tempRoot()): Promise<T> {
  const dir = await mkdtemp(join(parent, TEMP_PREFIX))
  live.add(dir)
  install()
  try {
    return await fn(dir)
  } finally {
    live.delete(dir)
    await rm(dir, { recursive: true, force: true })
  }
}
