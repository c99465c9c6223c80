/**
 * Findings: what a rule reports about an image. The contract between the checks (which make them), the Dockerfile
 * locator (which points them at a line) and the renderers (which show them). Pure.
 */
import { showControls } from './text.js'

export type Severity = 'error' | 'warning' | 'note'

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, note: 1 }

export type RuleId =
  | 'platform-missing'
  | 'config-platform-mismatch'
  | 'binary-arch-mismatch'
  | 'entrypoint-not-found'
  | 'entrypoint-unset'
  | 'build-failed'
  | 'image-unreadable'
  | 'identical-binary'
  | 'go-buildinfo-mismatch'
  | 'cpu-variant-mismatch'
  | 'entrypoint-not-executable'
  | 'interpreter-missing'
  | 'shebang-interpreter-missing'
  | 'dockerfile-hardcoded-platform'
  | 'library-missing'
  | 'library-version-missing'
  | 'native-module-mismatch'
  | 'required-path-missing'
  | 'cross-platform-drift'
  | 'platform-not-checked'

/** The `platform` of a finding about the Dockerfile itself: it concerns every platform at once. */
export const DOCKERFILE_SCOPE = 'Dockerfile'

export interface Finding {
  rule: RuleId
  severity: Severity
  /** The platform the finding is about, formatted (`linux/arm64`), or DOCKERFILE_SCOPE. */
  platform: string
  path?: string
  /**
   * Plain text for a newcomer. User-controlled text is in CommonMark code spans made by `code()` (a name's own
   * backticks kept, inside a longer run), so every renderer can tell it apart (`messageParts`) and escape it.
   */
  message: string
  /** The concrete fix: paragraphs, and code lines indented by four spaces. */
  hint?: string
  evidence?: Record<string, string | number | boolean>
  location?: { file: string; line: number }
  /** The edit of the Dockerfile that fixes it, when one can be named (the finding's own line, usually). */
  fix?: LineFix
}

/**
 * A concrete edit of a Dockerfile: lines `line`..`endLine` as they are written (an instruction continued with `\`
 * spans several), and the lines that replace them. Renderers show it as a diff and offer it as a suggestion.
 */
export interface LineFix {
  file: string
  line: number
  endLine: number
  before: string[]
  after: string[]
  /** What the edit does, in one sentence of message text (code spans from `code()`). */
  summary: string
}

/** User-controlled text made safe for prose: no backticks, control characters shown as `\\xNN`, bounded. */
export function plain(text: string, max = 500): string {
  return bounded(showControls(text).replace(/`/g, "'"), max)
}

function bounded(text: string, max: number): string {
  return text.length > max ? text.slice(0, max - 1) + '…' : text
}

/** A space at both ends of what is not all spaces: CommonMark takes one off each end of such a code span. */
function paddedAtBothEnds(t: string): boolean {
  return t.startsWith(' ') && t.endsWith(' ') && /[^ ]/.test(t)
}

/**
 * A CommonMark code span around any text, its backticks kept: the delimiters are a run of backticks longer than any
 * in the text, and a space pads a text that begins or ends with a backtick (or with a space at both ends), which the
 * span's reader takes off again. Control characters are shown as `\\xNN`; the text is bounded.
 */
export function codeSpanOf(text: string, max = 500): string {
  const t = bounded(showControls(text), max)
  const longest = Math.max(0, ...[...t.matchAll(/`+/g)].map(m => m[0].length))
  const ticks = '`'.repeat(longest + 1)
  const pad = /^`|`$/.test(t) || paddedAtBothEnds(t) ? ' ' : ''
  return `${ticks}${pad}${t}${pad}${ticks}`
}

/** Quote user-controlled text as a code span in a message: the file's own name, backticks and all. */
export function code(text: string): string {
  return codeSpanOf(text, 200)
}

/** A piece of a message: prose, or a code span's text; `raw` is the piece as the message writes it. */
export interface MessagePart {
  code: boolean
  text: string
  raw: string
}

/**
 * A message cut into prose and code spans, as CommonMark reads its backticks: a run opens a span that the next run of
 * the same length closes (an unmatched run is prose), and one space is taken off each end of a span padded at both.
 * Every renderer reads messages through this, so a name holding backticks is shown as it is.
 */
export function messageParts(message: string): MessagePart[] {
  const out: MessagePart[] = []
  let prose = ''
  let i = 0
  const runEnd = (at: number): number => {
    let e = at
    while (message[e] === '`') e++
    return e
  }
  while (i < message.length) {
    if (message[i] !== '`') {
      prose += message[i]
      i++
      continue
    }
    const open = runEnd(i)
    const n = open - i
    let close = -1
    for (let k = open; k < message.length;) {
      if (message[k] !== '`') {
        k++
        continue
      }
      const e = runEnd(k)
      if (e - k === n) {
        close = k
        break
      }
      k = e
    }
    if (close < 0) {
      prose += message.slice(i, open)
      i = open
      continue
    }
    let text = message.slice(open, close)
    if (paddedAtBothEnds(text)) text = text.slice(1, -1)
    if (prose) out.push({ code: false, text: prose, raw: prose })
    prose = ''
    out.push({ code: true, text, raw: message.slice(i, close + n) })
    i = close + n
  }
  if (prose) out.push({ code: false, text: prose, raw: prose })
  return out
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
/** Numbers in paths in numeric order (`tool-2` before `tool-10`), whatever the locale. */
const byPath = new Intl.Collator('en', { numeric: true, sensitivity: 'variant' }).compare

/** Deterministic order: platform, then rule, then path. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      byText(a.platform, b.platform) ||
      byText(a.rule, b.rule) ||
      byPath(a.path ?? '', b.path ?? '') ||
      byText(a.path ?? '', b.path ?? '')
  )
}
