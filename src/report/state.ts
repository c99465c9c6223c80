/**
 * What the sticky comment remembers between runs: the head commit and a short key per finding, in a hidden HTML
 * comment, so the next run can say what is new and what was fixed. Anyone who can edit the comment can edit it, so
 * it is read defensively (a strict grammar, hex only, bounded) and believed for nothing but counting. Pure.
 */
import { createHash } from 'node:crypto'
import type { Finding } from '../findings.js'

export interface CommentState {
  sha?: string
  keys: Set<string>
}

const MAX_KEYS = 4000
const PREFIX = '<!-- multiarch-verify:state v1'

/** A finding's identity across runs: its rule, platform and file (or its message), not its wording or line. */
export function findingKey(f: Finding): string {
  return createHash('sha256')
    .update(`${f.rule}\0${f.platform}\0${f.path ?? f.message}`)
    .digest('hex')
    .slice(0, 12)
}

/** The hidden state for a comment. Past MAX_KEYS it says it is partial, and the next run compares nothing. */
export function stateComment(findings: Finding[], sha: string | undefined): string {
  const keys = [...new Set(findings.map(findingKey))]
  const head = sha && /^[0-9a-f]{7,64}$/i.test(sha) ? ` sha=${sha.toLowerCase()}` : ''
  if (keys.length > MAX_KEYS) return `${PREFIX}${head} partial -->`
  return `${PREFIX}${head} keys=${keys.join(',')} -->`
}

/** The state of a previous comment's body, or undefined when it has none or it does not parse. */
export function parseState(body: string | null | undefined): CommentState | undefined {
  if (!body) return undefined
  const at = body.lastIndexOf(PREFIX)
  if (at < 0) return undefined
  const end = body.indexOf('-->', at)
  if (end < 0 || end - at > MAX_KEYS * 13 + 200) return undefined
  const m =
    /^<!-- multiarch-verify:state v1(?: sha=([0-9a-f]{7,64}))? keys=((?:[0-9a-f]{12}(?:,[0-9a-f]{12})*)?) $/.exec(
      body.slice(at, end)
    )
  if (!m) return undefined
  const keys = new Set((m[2] ?? '').split(',').filter(Boolean))
  if (keys.size > MAX_KEYS) return undefined
  return { ...(m[1] ? { sha: m[1] } : {}), keys }
}

/** The findings not in the previous run, and how many of the previous run's are gone. */
export function changesSince(findings: Finding[], previous: CommentState): { added: Finding[]; fixed: number } {
  const now = new Set(findings.map(findingKey))
  return {
    added: findings.filter(f => !previous.keys.has(findingKey(f))),
    fixed: [...previous.keys].filter(k => !now.has(k)).length
  }
}
