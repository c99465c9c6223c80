/**
 * What the sticky comment remembers between runs: the head commit and, per platform, whether its image was read and a
 * short key per finding, in a hidden HTML comment, so the next run can say what is new and what was fixed. A finding
 * is compared only where both runs could have seen it: a platform left out of a run, or whose image was not read
 * (its build failed), is named as not compared instead of its findings counted as fixed or new. Anyone who can edit
 * the comment can edit the state, so it is read defensively (a strict grammar: platform names of a narrow alphabet,
 * hex keys; bounded) and believed for nothing but counting and naming what was not compared. Its size counts against the comment's: past its share it says it is partial, and the next
 * run says it cannot tell. Pure.
 */
import { createHash } from 'node:crypto'
import { DOCKERFILE_SCOPE, type Finding } from '../findings.js'
import { wasRead, type Report } from './model.js'

/** A scope of findings (a platform, or the Dockerfile) in one run: whether what it holds was read, and its keys. */
interface ScopeState {
  /** Its image was read (the Dockerfile: it was known and linted); otherwise it was in the run but not read. */
  read: boolean
  keys: Set<string>
}

export interface CommentState {
  sha?: string
  /** The state was too large for its share of the comment: nothing can be compared with it. */
  partial?: boolean
  /** By the platform's name (or `Dockerfile`). */
  scopes: Map<string, ScopeState>
}

/** The largest state ever written: a quarter of GitHub's comment limit. */
export const MAX_STATE_BYTES = 16 * 1024
const PREFIX = '<!-- multiarch-verify:state v2'

/** A finding's identity across runs: its rule, platform and file (or its message), not its wording or line. */
export function findingKey(f: Finding): string {
  return createHash('sha256')
    .update(`${f.rule}\0${f.platform}\0${f.path ?? f.message}`)
    .digest('hex')
    .slice(0, 12)
}

/** The scopes of a report by name: its platforms, and the Dockerfile when it was known; each with its findings. */
function scopesOf(r: Pick<Report, 'platforms' | 'findings' | 'dockerfile'>): Map<string, ScopeState> {
  const out = new Map<string, ScopeState>()
  for (const p of r.platforms) out.set(p.platform, { read: wasRead(p.status), keys: new Set() })
  if (r.dockerfile) out.set(DOCKERFILE_SCOPE, { read: true, keys: new Set() })
  for (const f of r.findings) {
    const s = out.get(f.platform) ?? { read: true, keys: new Set<string>() }
    s.keys.add(findingKey(f))
    out.set(f.platform, s)
  }
  return out
}

/**
 * The hidden state of a comment, within `maxBytes` (at most MAX_STATE_BYTES): past that it says it is partial, and the
 * next run compares nothing rather than a part.
 */
export function stateComment(
  r: Pick<Report, 'platforms' | 'findings' | 'dockerfile'>,
  sha: string | undefined,
  maxBytes = MAX_STATE_BYTES
): string {
  const head = sha && /^[0-9a-f]{7,64}$/i.test(sha) ? ` sha=${sha.toLowerCase()}` : ''
  // A name outside the grammar (none is: formatPlatform writes them) is left out, and with it what it would compare.
  const entries = [...scopesOf(r)]
    .filter(([name]) => NAME.test(name))
    .map(([name, s]) => `${name}=${s.read ? 'i' : 'x'}:${[...s.keys].join(',')}`)
  const full = `${PREFIX}${head} p=${entries.join(';')} -->`
  return full.length <= Math.min(maxBytes, MAX_STATE_BYTES) ? full : `${PREFIX}${head} partial -->`
}

/** A platform's name as formatPlatform writes it (`linux/arm/v7`, `windows(10.0.20348)/amd64`), or `Dockerfile`. */
const NAME = /^[A-Za-z0-9][A-Za-z0-9._()/+-]{0,99}$/
const ENTRY = /^([A-Za-z0-9][A-Za-z0-9._()/+-]{0,99})=([ix]):((?:[0-9a-f]{12}(?:,[0-9a-f]{12})*)?)$/

/** The state of a previous comment's body, or undefined when it has none or it does not parse. */
export function parseState(body: string | null | undefined): CommentState | undefined {
  if (!body) return undefined
  const at = body.lastIndexOf(PREFIX)
  if (at < 0) return undefined
  const end = body.indexOf('-->', at)
  if (end < 0 || end - at > MAX_STATE_BYTES) return undefined
  const m =
    /^<!-- multiarch-verify:state v2(?: sha=([0-9a-f]{7,64}))? (?:(partial)|p=([A-Za-z0-9._()/+=:,;-]*)) $/.exec(
      body.slice(at, end)
    )
  if (!m) return undefined
  const state: CommentState = { ...(m[1] ? { sha: m[1] } : {}), scopes: new Map() }
  if (m[2]) return { ...state, partial: true }
  for (const entry of (m[3] ?? '').split(';').filter(Boolean)) {
    const e = ENTRY.exec(entry)
    if (!e || state.scopes.has(e[1] as string)) return undefined
    state.scopes.set(e[1] as string, { read: e[2] === 'i', keys: new Set((e[3] ?? '').split(',').filter(Boolean)) })
  }
  return state
}

/** Why a scope's findings were not compared: it was missing from, or not read in, one of the two runs. */
export type NotCompared = 'not in this run' | 'not in the last run' | 'not read this time' | 'not read in the last run'

export interface Changes {
  /** Findings not in the previous run, where it could have seen them. */
  added: Finding[]
  /** Findings of the previous run that are gone, where this run could have seen them. */
  fixed: number
  /** Scopes whose findings could not all be compared, by name. */
  notCompared: Array<{ name: string; why: NotCompared }>
  /** The previous state was partial: nothing was compared. */
  unknown?: boolean
}

/**
 * What changed since the previous run, only where both runs could see it. A finding of a scope read in both runs
 * counts as new or fixed. A scope read before and not now (its build fails) can have new findings (the failure) and
 * none fixed; one not read before and read now, fixed ones (the failure) and none new; one in a single run, neither.
 */
export function changesSince(
  r: Pick<Report, 'platforms' | 'findings' | 'dockerfile'>,
  previous: CommentState
): Changes {
  if (previous.partial) return { added: [], fixed: 0, notCompared: [], unknown: true }
  const now = scopesOf(r)
  const notCompared: Changes['notCompared'] = []
  let fixed = 0
  const newIn = new Set<string>()
  for (const [name, s] of now) {
    const before = previous.scopes.get(name)
    if (!before) {
      // The Dockerfile not known in the last run is said only when it has findings now.
      if (name !== DOCKERFILE_SCOPE || s.keys.size) notCompared.push({ name, why: 'not in the last run' })
      continue
    }
    if (before.read && !s.read) notCompared.push({ name, why: 'not read this time' })
    if (!before.read && s.read) notCompared.push({ name, why: 'not read in the last run' })
    if (before.read || !s.read) newIn.add(name)
    if (s.read || !before.read) fixed += [...before.keys].filter(k => !s.keys.has(k)).length
  }
  for (const [name, before] of previous.scopes)
    if (!now.has(name) && (name !== DOCKERFILE_SCOPE || before.keys.size))
      notCompared.push({ name, why: 'not in this run' })
  const added = r.findings.filter(
    f => newIn.has(f.platform) && !previous.scopes.get(f.platform)?.keys.has(findingKey(f))
  )
  return { added, fixed, notCompared }
}
