/**
 * Run the bundled CLI as a user would, measured and fenced: a fresh cwd, TMPDIR and HOME (so anything it writes
 * shows), a minimal environment holding a sentinel token (so a leak shows), a hang guard that kills it, and its peak
 * RSS recorded by a preload (rss-preload.mjs).
 */
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { ROOT } from './fixtures.js'

/** A token-shaped value in the child's environment; it must never appear in any output. */
export const SENTINEL_TOKEN = 'ghp_multiarchVerifyCorpusSentinel0000000000'

export interface MeasuredRun {
  code: number | null
  stdout: string
  stderr: string
  /** Killed by the hang guard. */
  killed: boolean
  ms: number
  /** Peak resident set size in bytes, worker threads included; 0 if the process never exited normally. */
  peakRss: number
  /** Whatever the run left in its cwd, TMPDIR and HOME, as `cwd/x`, `tmp/y`, `home/z`. */
  created: string[]
}

const PRELOAD = pathToFileURL(join(ROOT, '__tests__', 'helpers', 'rss-preload.mjs')).href

/**
 * `cacheDir`: the facts cache to use (outside the fence, so a test can run the same input cold and warm); without it
 * the run has `--no-cache`, since the default cache lives under HOME and would count as written.
 */
export async function runMeasured(args: string[], timeoutMs = 60_000, cacheDir?: string): Promise<MeasuredRun> {
  const box = await mkdtemp(join(tmpdir(), 'mv-hostile-'))
  const dirs = { cwd: join(box, 'cwd'), tmp: join(box, 'tmp'), home: join(box, 'home') }
  for (const d of Object.values(dirs)) await mkdir(d)
  const rssFile = join(box, 'rss')
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    TMPDIR: dirs.tmp,
    HOME: dirs.home,
    NO_COLOR: '1',
    GITHUB_TOKEN: SENTINEL_TOKEN,
    INPUT_GITHUB_TOKEN: SENTINEL_TOKEN,
    MV_RSS_FILE: rssFile
  }
  const started = Date.now()
  try {
    const r = await new Promise<Omit<MeasuredRun, 'ms' | 'peakRss' | 'created'>>(resolve => {
      execFile(
        process.execPath,
        [
          '--import',
          PRELOAD,
          join(ROOT, 'dist', 'cli.js'),
          ...args,
          ...(cacheDir ? ['--cache-dir', cacheDir] : ['--no-cache'])
        ],
        { env, cwd: dirs.cwd, timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 256 * 1024 * 1024 },
        (err, stdout, stderr) => {
          const e = err as (Error & { code?: unknown; killed?: boolean }) | null
          resolve({
            code: e ? (typeof e.code === 'number' ? e.code : null) : 0,
            stdout,
            stderr,
            killed: e?.killed === true
          })
        }
      )
    })
    const ms = Date.now() - started
    const peakRss = Number(await readFile(rssFile, 'utf8').catch(() => '0'))
    const created: string[] = []
    for (const [name, d] of Object.entries(dirs)) for (const f of await readdir(d)) created.push(`${name}/${f}`)
    return { ...r, ms, peakRss, created }
  } finally {
    await rm(box, { recursive: true, force: true })
  }
}

/** The engine's documented memory bound (docs/performance.md). */
export const RSS_BOUND = 250 * 1024 * 1024

/**
 * What every run on any input must do: finish in time, exit 0, 1 or 2, never crash, stay under the memory bound,
 * write nothing, leak no token, print no raw ESC or CR, and on exit 2 say one line.
 */
export function expectWellBehaved(r: MeasuredRun): void {
  expect({ killed: r.killed, code: [0, 1, 2].includes(r.code as number) }).toEqual({ killed: false, code: true })
  expect(r.stderr).not.toMatch(/internal error/)
  expect(r.peakRss).toBeGreaterThan(0)
  expect(r.peakRss).toBeLessThan(RSS_BOUND)
  expect(r.created).toEqual([])
  expect(r.stdout + r.stderr).not.toContain(SENTINEL_TOKEN)
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  expect(r.stdout + r.stderr).not.toMatch(/[\u001b\r]/)
  if (r.code === 2) {
    expect(r.stderr).toMatch(/^multiarch-verify: [^\n]+\n$/)
    expect(r.stdout).toBe('')
  }
}
