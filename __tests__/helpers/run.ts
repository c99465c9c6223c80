/** Run a bundled entry point as a user or the runner would: a real node process, argv array, env as given. */
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { ROOT } from './fixtures.js'

export interface RunResult {
  code: number
  stdout: string
  stderr: string
}

export function runNode(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
  cwd = ROOT
): Promise<RunResult> {
  return new Promise(resolve => {
    execFile(
      process.execPath,
      [join(ROOT, script), ...args],
      { env, cwd, maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) => {
        const code = err
          ? typeof (err as { code?: unknown }).code === 'number'
            ? (err as { code: number }).code
            : 99
          : 0
        resolve({ code, stdout, stderr })
      }
    )
  })
}

/**
 * The CLI without the facts cache unless a test asks for one (`--cache-dir`): a layer cached by an earlier test would
 * not be read again, and a fault injected into its download would never be met.
 */
export const cli = (args: string[], env?: NodeJS.ProcessEnv): Promise<RunResult> =>
  runNode(
    'dist/cli.js',
    args.some(a => a === '--cache-dir' || a === '--no-cache') ? args : [...args, '--no-cache'],
    env
  )
