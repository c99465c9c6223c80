/** Run the bundled action (dist/index.js) as the runner does, against a FakeGitHub, in a scratch directory. */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ROOT } from './fixtures.js'
import type { FakeGitHub } from './github-server.js'
import { runNode, type RunResult } from './run.js'

export const TOKEN = 'ghs_e2eSecretToken0123456789'

export interface ActionRun extends RunResult {
  outputs: Record<string, string>
  summary: string
}

export function pullRequestEvent(opts: { number?: number; sha?: string; fork?: boolean } = {}): object {
  return {
    action: 'synchronize',
    number: opts.number ?? 42,
    pull_request: {
      number: opts.number ?? 42,
      head: { sha: opts.sha ?? 'abc123', repo: { full_name: opts.fork ? 'someone/r' : 'o/r' } },
      base: { repo: { full_name: 'o/r' } }
    }
  }
}

/** Values of GITHUB_OUTPUT's heredoc format (name<<delimiter / value / delimiter). */
export function outputsOf(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const re = /^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm
  for (let m = re.exec(text); m; m = re.exec(text)) out[m[1] as string] = m[3] as string
  return out
}

export async function runAction(
  dir: string,
  gh: FakeGitHub,
  inputs: Record<string, string>,
  opts: { event?: object; eventName?: string; env?: NodeJS.ProcessEnv; workspace?: string } = {}
): Promise<ActionRun> {
  // The runner starts an action in the workspace, the checkout of the repository.
  const workspace = opts.workspace ?? ROOT
  const eventPath = join(dir, 'event.json')
  await writeFile(eventPath, JSON.stringify(opts.event ?? pullRequestEvent()))
  const outputFile = join(dir, 'output.txt')
  const summaryFile = join(dir, 'summary.md')
  await writeFile(outputFile, '')
  await writeFile(summaryFile, '')
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: opts.eventName ?? 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_API_URL: gh.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKFLOW: 'CI',
    GITHUB_JOB: 'verify',
    GITHUB_RUN_ID: '7',
    GITHUB_SHA: 'mergesha',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: dir,
    // The facts cache (input cache: true) in the run's own directory, not the tester's home.
    XDG_CACHE_HOME: join(dir, 'cache'),
    'INPUT_GITHUB-TOKEN': TOKEN,
    ...opts.env
  }
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v
  const r = await runNode('dist/index.js', [], env, workspace)
  return { ...r, outputs: outputsOf(await readFile(outputFile, 'utf8')), summary: await readFile(summaryFile, 'utf8') }
}
