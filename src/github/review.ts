/**
 * The edits of Dockerfile lines as review comments with a `suggestion` block, one click to apply, as reviewdog does:
 * only where the lines are in the pull request's diff with the very text the edit replaces (the diff's patch says
 * both), once per edit however often the workflow runs (a hidden key in each comment). Planning is pure; the API
 * calls are a thin interface.
 */
import { createHash } from 'node:crypto'
import type { Finding, LineFix } from '../findings.js'
import { fenced, messageToMarkdown } from '../report/escape.js'
import { isRepoPath } from '../report/paths.js'
import { ACTIONS_BOT } from './comment.js'

export interface PullFile {
  filename: string
  /** The unified diff of the file; absent for binary files and very large diffs. */
  patch?: string
}

export interface ReviewComment {
  id: number
  body?: string | null
  user?: { login?: string } | null
}

export interface NewReviewComment {
  path: string
  line: number
  startLine?: number
  body: string
}

export interface ReviewApi {
  /** One page (100) of the pull request's files; an empty or short page ends the listing. */
  listFiles(page: number): Promise<PullFile[]>
  /** One page (100) of the pull request's review comments. */
  listComments(page: number): Promise<ReviewComment[]>
  /** One review (event COMMENT) holding the comments, on the head commit. */
  createReview(commitId: string, comments: NewReviewComment[]): Promise<void>
  login(): Promise<string | undefined>
}

/** At most this many suggestions in one run: a review is for a person to read. */
export const MAX_SUGGESTIONS = 20
const MAX_PAGES = 30

/** The lines of the new file a patch shows (added and unchanged), by number, with their text. */
export function diffLines(patch: string): Map<number, string> {
  const out = new Map<number, string>()
  let line = 0
  let inHunk = false
  for (const raw of patch.split('\n')) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(raw)
    if (hunk) {
      line = Number(hunk[1])
      inHunk = true
      continue
    }
    if (!inHunk || raw.startsWith('\\')) continue
    if (raw.startsWith('+') || raw.startsWith(' ')) out.set(line++, raw.slice(1).replace(/\r$/, ''))
  }
  return out
}

/** An edit's identity: the file, its lines and what replaces them. */
export function fixKey(fix: LineFix): string {
  return createHash('sha256')
    .update(JSON.stringify([fix.file, fix.line, fix.before, fix.after]))
    .digest('hex')
    .slice(0, 16)
}

export function suggestionMarker(workflow: string, job: string, key: string): string {
  const clean = (s: string): string => s.replace(/--+/g, '-').replace(/[<>\r\n]/g, '')
  return `<!-- multiarch-verify-suggestion:${clean(workflow)}/${clean(job)}:${key} -->`
}

/** The comment: which rule, what the edit does, and the replacement lines in a fence nothing in them can close. */
export function suggestionBody(f: Finding, fix: LineFix, marker: string): string {
  return [
    `**multiarch-verify** \`${f.rule}\` (${messageToMarkdown(f.platform)}): this edit ${messageToMarkdown(fix.summary)}.`,
    '',
    ...fenced(fix.after.join('\n'), 'suggestion'),
    '',
    marker
  ].join('\n')
}

/** Whether the edit's lines are in the diff, each with the text the edit replaces. */
function inDiff(fix: LineFix, files: PullFile[]): boolean {
  const file = files.find(f => f.filename === fix.file)
  if (!file?.patch) return false
  const lines = diffLines(file.patch)
  return fix.before.every((text, i) => lines.get(fix.line + i) === text.replace(/\r$/, ''))
}

/** What to post: each distinct edit in the diff, not already suggested (by any job of this tool). Pure. */
export function planSuggestions(
  findings: Finding[],
  files: PullFile[],
  posted: string[],
  workflow: string,
  job: string
): NewReviewComment[] {
  const out: NewReviewComment[] = []
  const seen = new Set<string>()
  for (const f of findings) {
    const fix = f.fix
    if (!fix || !isRepoPath(fix.file) || out.length >= MAX_SUGGESTIONS) continue
    // A control character would be shown escaped, so the suggestion would not be the line itself: not offered.
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    if ([...fix.before, ...fix.after].some(l => /[\u0000-\u0008\u000a-\u001f\u007f]/.test(l))) continue
    const key = fixKey(fix)
    const marker = suggestionMarker(workflow, job, key)
    // The same edit suggested by any job of this tool is not suggested again.
    const already = posted.some(b => b.includes('<!-- multiarch-verify-suggestion:') && b.includes(`:${key} -->`))
    if (seen.has(key) || already || !inDiff(fix, files)) continue
    seen.add(key)
    out.push({
      path: fix.file,
      line: fix.endLine,
      ...(fix.endLine > fix.line ? { startLine: fix.line } : {}),
      body: suggestionBody(f, fix, marker)
    })
  }
  return out
}

async function pages<T>(list: (page: number) => Promise<T[]>): Promise<T[]> {
  const out: T[] = []
  for (let page = 1; page <= MAX_PAGES; page++) {
    const items = await list(page)
    out.push(...items)
    if (items.length < 100) break
  }
  return out
}

/** Post the edits that are in the diff as one review; returns how many were posted. */
export async function postSuggestions(
  api: ReviewApi,
  findings: Finding[],
  commitId: string,
  workflow: string,
  job: string
): Promise<number> {
  if (!findings.some(f => f.fix)) return 0
  const files = await pages(p => api.listFiles(p))
  const login = (await api.login()) ?? ACTIONS_BOT
  const posted = (await pages(p => api.listComments(p))).filter(c => c.user?.login === login).map(c => c.body ?? '')
  const comments = planSuggestions(findings, files, posted, workflow, job)
  if (comments.length) await api.createReview(commitId, comments)
  return comments.length
}
