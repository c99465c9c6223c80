/** The CommentApi over Octokit (GITHUB_API_URL is honoured by @actions/github). */
import * as github from '@actions/github'
import type { CommentApi, IssueComment } from './comment.js'

export function octokitCommentApi(token: string, owner: string, repo: string, issue: number): CommentApi {
  const octokit = github.getOctokit(token)
  return {
    async list(page) {
      const r = await octokit.rest.issues.listComments({ owner, repo, issue_number: issue, per_page: 100, page })
      return r.data as IssueComment[]
    },
    async create(body) {
      const r = await octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body })
      return r.data.id
    },
    async update(id, body) {
      await octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body })
    },
    async login() {
      try {
        return (await octokit.rest.users.getAuthenticated()).data.login
      } catch {
        return undefined
      }
    }
  }
}
