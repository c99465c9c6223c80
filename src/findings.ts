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
   * Plain text for a newcomer. Spans between backticks come from `code()` and hold no backticks themselves, so every
   * renderer can tell user-controlled text apart and escape it.
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

/** User-controlled text made safe for a message: no backticks, control characters shown as `\\xNN`, bounded. */
export function plain(text: string, max = 500): string {
  const clean = showControls(text).replace(/`/g, "'")
  return clean.length > max ? clean.slice(0, max - 1) + '…' : clean
}

/** Quote user-controlled text as a code span in a message. */
export function code(text: string): string {
  return '`' + plain(text, 200) + '`'
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
