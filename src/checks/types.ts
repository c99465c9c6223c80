/** Findings and rules: the contract between the checks and the report. */
import type { Stage } from '../dockerfile/parse.js'
import type { PlatformFacts } from '../inspect/facts.js'
import { showControls } from '../text.js'

export type Severity = 'error' | 'warning' | 'note'

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, note: 1 }

export type RuleId =
  | 'platform-missing'
  | 'config-platform-mismatch'
  | 'binary-arch-mismatch'
  | 'entrypoint-not-found'
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
  | 'required-path-missing'
  | 'cross-platform-drift'

export interface Finding {
  rule: RuleId
  severity: Severity
  /** The platform the finding is about, formatted (`linux/arm64`). */
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
}

export interface CheckInput {
  platforms: PlatformFacts[]
}

/** One program of a platform image as the report lists it; cross-platform rules compare these. */
export interface FileSummary {
  path: string
  format: 'elf' | 'script'
  /** Go-style architecture of an ELF file (`amd64`), when it is one we know. */
  architecture?: string
  machine?: string
  linkage?: string
  interpreter?: string
  sha256?: string
  /** Go binaries: the main module and its version, and the commit (`path@version vcs.revision`). */
  goModule?: string
  /** Why no platform rule judges this file (relocatable, test data, …). */
  ignored?: string
}

/** What cross-platform rules see: per platform, its programs. Built from facts, or from merged JSON reports. */
export interface CrossInput {
  platforms: Array<{ platform: string; files: FileSummary[] }>
}

interface RuleBase {
  id: RuleId
  defaultSeverity: Severity
  /** One line for the README, SARIF and the report's legend. */
  description: string
  /** The fix in general terms, for SARIF's rule help. */
  help: string
}

/** A rule over the facts of each platform image. */
export interface PlatformRule extends RuleBase {
  scope: 'platform'
  check(input: CheckInput): Finding[]
}

/** A rule across platforms; it runs again when the reports of several jobs are merged. */
export interface CrossRule extends RuleBase {
  scope: 'cross'
  check(input: CrossInput): Finding[]
}

/** What a Dockerfile rule sees: the parsed stages, and the file's path for locations. */
export interface DockerfileInput {
  file: string
  stages: Stage[]
}

/** A rule over the Dockerfile itself (a lint), run when the Dockerfile is known. */
export interface DockerfileRule extends RuleBase {
  scope: 'dockerfile'
  check(input: DockerfileInput): Finding[]
}

export type Rule = PlatformRule | CrossRule | DockerfileRule

/** User-controlled text made safe for a message: no backticks, control characters shown as `\\xNN`, bounded. */
export function plain(text: string, max = 500): string {
  const clean = showControls(text).replace(/`/g, "'")
  return clean.length > max ? clean.slice(0, max - 1) + '…' : clean
}

/** Quote user-controlled text as a code span in a message. */
export function code(text: string): string {
  return '`' + plain(text, 200) + '`'
}
