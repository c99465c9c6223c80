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

const statusOf = (err: unknown): number | undefined => (err as { status?: number })?.status

export interface CommentResult {
  outcome: CommentOutcome
  id?: number
  /** GitHub refused the full body (422) and the short one was posted. */
  shortened?: boolean
}

/**
 * Create or update the sticky comment. A comment deleted between the listing and the edit (404) is created again;
 * a body GitHub refuses as too long (422) is replaced by `short`, the verdict and matrix without the details.
 */
/** A body, or one made from the previous comment's body (to say what changed since). */
export type Body = string | ((previous: string | undefined) => string)

export async function upsertComment(
  api: CommentApi,
  marker: string,
  render: Body,
  mode: CommentMode,
  failed: boolean,
  renderShort?: Body
): Promise<CommentResult> {
  if (mode === 'off') return { outcome: 'skipped' }
  const existing = await findComment(api, marker)
  const previous = existing?.body ?? undefined
  const body = typeof render === 'string' ? render : render(previous)
  const short = typeof renderShort === 'function' ? renderShort(previous) : renderShort
  let shortened = false
  const send = async <T>(write: (text: string) => Promise<T>): Promise<T> => {
    try {
      return await write(body)
    } catch (err) {
      if (statusOf(err) !== 422 || short === undefined) throw err
      shortened = true
      return write(short)
    }
  }
  const done = (r: CommentResult): CommentResult => (shortened ? { ...r, shortened } : r)
  const action = decide(mode, existing !== undefined, failed)
  if (action === 'update' && existing) {
    try {
      await send(text => api.update(existing.id, text))
      return done({ outcome: 'updated', id: existing.id })
    } catch (err) {
      if (statusOf(err) !== 404) throw err
      // Deleted since it was listed: the mode decides as if it had never been there.
      if (decide(mode, false, failed) !== 'create') return { outcome: 'skipped' }
    }
  } else if (action !== 'create') return { outcome: 'skipped' }
  return done({ outcome: 'created', id: await send(text => api.create(text)) })
}
