/** What the workflow run says about where we are: the repository, the pull request, the workflow and job. */
import * as github from '@actions/github'

export interface RunContext {
  owner: string
  repo: string
  /** The pull request number, when the event is about one. */
  pullNumber?: number
  headSha?: string
  /** True on a pull request from a fork, where the token is read-only. */
  fromFork: boolean
  workflow: string
  job: string
  serverUrl: string
  runUrl?: string
}

interface PullPayload {
  number?: number
  head?: { sha?: string; repo?: { full_name?: string } | null }
  base?: { repo?: { full_name?: string } }
}

export function runContext(): RunContext {
  const ctx = github.context
  const [owner = '', repo = ''] = (process.env.GITHUB_REPOSITORY ?? '').split('/')
  const pr = ctx.payload.pull_request as PullPayload | undefined
  const out: RunContext = {
    owner,
    repo,
    fromFork: !!pr && pr.head?.repo?.full_name !== undefined && pr.head.repo?.full_name !== pr.base?.repo?.full_name,
    workflow: ctx.workflow || 'workflow',
    job: ctx.job || 'job',
    serverUrl: ctx.serverUrl
  }
  if (pr?.number) out.pullNumber = pr.number
  if (pr?.head?.sha) out.headSha = pr.head.sha
  if (ctx.runId) {
    const attempt = ctx.runAttempt ? `/attempts/${ctx.runAttempt}` : ''
    out.runUrl = `${ctx.serverUrl}/${owner}/${repo}/actions/runs/${ctx.runId}${attempt}`
  }
  return out
}
