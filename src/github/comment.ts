/**
 * The sticky PR comment: one per workflow and job, found by a hidden marker and by its author across every page of
 * comments, and updated in place. The decision is pure; the API calls are a thin interface.
 */
import type { CommentMode } from '../inputs.js'

export interface IssueComment {
  id: number
  body?: string | null
  user?: { login?: string; type?: string } | null
}

export interface CommentApi {
  /** One page of an issue's comments (100 per page); an empty page ends the listing. */
  list(page: number): Promise<IssueComment[]>
  create(body: string): Promise<number>
  update(id: number, body: string): Promise<void>
  /** The login the token acts as, when the API tells (a GITHUB_TOKEN cannot read /user). */
  login(): Promise<string | undefined>
}

/** The comment's hidden marker; `--` and `>` are removed so a workflow name cannot end the HTML comment. */
export function commentMarker(workflow: string, job: string): string {
  const clean = (s: string): string => s.replace(/--+/g, '-').replace(/[<>\r\n]/g, '')
  return `<!-- multiarch-verify:${clean(workflow)}/${clean(job)} -->`
}

export const ACTIONS_BOT = 'github-actions[bot]'

export function isOurs(c: IssueComment, marker: string, login: string | undefined): boolean {
  if (!c.body?.includes(marker)) return false
  return c.user?.login === (login ?? ACTIONS_BOT)
}

export type CommentOutcome = 'created' | 'updated' | 'skipped'

/** What to do given the mode, whether a comment exists, and whether the run failed. Pure. */
export function decide(mode: CommentMode, exists: boolean, failed: boolean): 'create' | 'update' | 'skip' {
  if (mode === 'off') return 'skip'
  if (exists) return 'update' // also when everything is fixed, so no stale failure stays on the PR
  if (mode === 'update-only') return 'skip'
  if (mode === 'on-failure' && !failed) return 'skip'
  return 'create'
}

const MAX_PAGES = 100

export async function findComment(api: CommentApi, marker: string): Promise<IssueComment | undefined> {
  const login = await api.login()
  for (let page = 1; page <= MAX_PAGES; page++) {
    const comments = await api.list(page)
    const hit = comments.find(c => isOurs(c, marker, login))
    if (hit) return hit
    if (comments.length < 100) return undefined
  }
  return undefined
}

export async function upsertComment(
  api: CommentApi,
  marker: string,
  body: string,
  mode: CommentMode,
  failed: boolean
): Promise<{ outcome: CommentOutcome; id?: number }> {
  if (mode === 'off') return { outcome: 'skipped' }
  const existing = await findComment(api, marker)
  const action = decide(mode, existing !== undefined, failed)
  if (action === 'update' && existing) {
    await api.update(existing.id, body)
    return { outcome: 'updated', id: existing.id }
  }
  if (action === 'create') return { outcome: 'created', id: await api.create(body) }
  return { outcome: 'skipped' }
}
