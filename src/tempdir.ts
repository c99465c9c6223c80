/**
 * Temporary directories that are always removed: after use, on failure, and when the process is interrupted (Ctrl-C,
 * or GitHub cancelling a job: the runner sends SIGINT, then SIGTERM). A build's work directory holds the uncompressed
 * OCI export of every platform, gigabytes on a large image. The programs that write into them (buildx) are started
 * through `spawnTracked`: on a signal they are stopped first, since a build signalled alone (not its process group)
 * would otherwise go on and write its export into a directory just removed.
 */
// eslint-disable-next-line no-restricted-imports -- a child the signal handler can stop needs spawn; argv array, no shell
import { spawn, type ChildProcess } from 'node:child_process'
import { rmSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const TEMP_PREFIX = 'multiarch-verify-'

const live = new Set<string>()
const children = new Set<ChildProcess>()
let installed = false
let interrupted = false
/** How long a signalled child may take to stop before its directory is removed anyway. */
const STOP_WAIT_MS = 10_000

function onSignal(signal: NodeJS.Signals): void {
  interrupted = true
  const stopping = [...children].map(
    c =>
      new Promise<void>(resolve =>
        c.exitCode !== null || c.signalCode !== null ? resolve() : c.once('close', () => resolve())
      )
  )
  for (const c of children) c.kill(signal)
  const waited = new Promise<void>(resolve => setTimeout(resolve, STOP_WAIT_MS).unref())
  void Promise.race([Promise.all(stopping), waited]).then(() => {
    for (const dir of live) rmSync(dir, { recursive: true, force: true })
    live.clear()
    // Die of the same signal, as the process would have without this handler (exit code 130 or 143).
    process.kill(process.pid, signal)
  })
}

function install(): void {
  if (installed) return
  installed = true
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, onSignal)
}

export interface Spawned {
  exitCode: number
  stdout: string
  stderr: string
}

/** What is kept of a child's output for the caller (the log tail a build failure is parsed from); all of it is logged. */
const MAX_KEPT = 8 * 1024 * 1024

/**
 * Run a program (argv, no shell), its output copied to `log` as it comes and kept (the last 8 MiB of each stream),
 * stopped with this process's signal if one comes. Rejects when the program cannot be started; after a signal, no new
 * program is started.
 */
export function spawnTracked(command: string, args: string[], log: NodeJS.WritableStream): Promise<Spawned> {
  install()
  if (interrupted) return Promise.reject(new Error(`not starting ${command}: interrupted`))
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], shell: false })
    children.add(child)
    const kept = { stdout: '', stderr: '' }
    for (const name of ['stdout', 'stderr'] as const) {
      child[name].setEncoding('utf8')
      child[name].on('data', (text: string) => {
        log.write(text)
        kept[name] = (kept[name] + text).slice(-MAX_KEPT)
      })
    }
    child.once('error', err => {
      children.delete(child)
      reject(err)
    })
    child.once('close', code => {
      children.delete(child)
      resolve({ exitCode: code ?? -1, ...kept })
    })
  })
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
