/** The thin API edges over Octokit (GITHUB_API_URL is honoured by @actions/github), with retries on every request. */
import * as github from '@actions/github'
import type { ChecksApi } from './check-run.js'
import type { CommentApi, IssueComment } from './comment.js'
import type { PullFile, ReviewApi, ReviewComment } from './review.js'
import { DEFAULT_RETRY, withRetry, type RetryOptions } from '../retry.js'

export type Octokit = ReturnType<typeof github.getOctokit>

export function createOctokit(token: string, retry: RetryOptions = DEFAULT_RETRY): Octokit {
  const octokit = github.getOctokit(token)
  octokit.hook.wrap('request', (request, options) => withRetry(async () => request(options), retry))
  return octokit
}

/** The login the token acts as, when the API tells (a GITHUB_TOKEN cannot read /user). */
async function tokenLogin(octokit: Octokit): Promise<string | undefined> {
  try {
    return (await octokit.rest.users.getAuthenticated()).data.login
  } catch {
    return undefined
  }
}

/** One page (of 100, the most GitHub gives) of a listing. */
function pages<T>(list: (q: { per_page: number; page: number }) => Promise<{ data: unknown }>) {
  return async (page: number): Promise<T[]> => (await list({ per_page: 100, page })).data as T[]
}

export function commentApi(octokit: Octokit, owner: string, repo: string, issue: number): CommentApi {
  return {
    list: pages<IssueComment>(q => octokit.rest.issues.listComments({ owner, repo, issue_number: issue, ...q })),
    async create(body) {
      const r = await octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body })
      return r.data.id
    },
    async update(id, body) {
      await octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body })
    },
    login: () => tokenLogin(octokit)
  }
}

export function checksApi(octokit: Octokit, owner: string, repo: string): ChecksApi {
  return {
    async create({ name, headSha, conclusion, output }) {
      const r = await octokit.rest.checks.create({
        owner,
        repo,
        name,
        head_sha: headSha,
        status: 'completed',
        conclusion,
        output
      })
      return r.data.id
    },
    async update(id, output) {
      await octokit.rest.checks.update({ owner, repo, check_run_id: id, output })
    }
  }
}

/** The head commit of a pull request, to check that a report posted from workflow_run belongs to it. */
export async function pullHeadSha(octokit: Octokit, owner: string, repo: string, pull: number): Promise<string> {
  const r = await octokit.rest.pulls.get({ owner, repo, pull_number: pull })
  return r.data.head.sha
}

export function reviewApi(octokit: Octokit, owner: string, repo: string, pull: number): ReviewApi {
  return {
    listFiles: pages<PullFile>(q => octokit.rest.pulls.listFiles({ owner, repo, pull_number: pull, ...q })),
    listComments: pages<ReviewComment>(q =>
      octokit.rest.pulls.listReviewComments({ owner, repo, pull_number: pull, ...q })
    ),
    async createReview(commitId, comments) {
      await octokit.rest.pulls.createReview({
        owner,
        repo,
        pull_number: pull,
        commit_id: commitId,
        event: 'COMMENT',
        comments: comments.map(c => ({
          path: c.path,
          line: c.line,
          side: 'RIGHT' as const,
          ...(c.startLine ? { start_line: c.startLine, start_side: 'RIGHT' as const } : {}),
          body: c.body
        }))
      })
    },
    login: () => tokenLogin(octokit)
  }
}
