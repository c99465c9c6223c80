/** The report: the public JSON contract (docs/output.md, "The JSON report") and the model every renderer reads. Pure. */
import type { Evaluation } from '../checks/evaluate.js'
import { judges } from '../checks/index.js'
import { SEVERITY_RANK, sortFindings, type Finding, type Severity } from '../findings.js'
import { osFamily, type OsFamily } from '../inspect/os.js'
import { wasRead, type PlatformStatus, type PlatformSummary } from '../inspect/summary.js'
import { parsePlatform } from '../platform.js'
import { TOOL_NAME, VERSION } from '../version.js'

export { wasRead, type ElfSummary, type PlatformStatus } from '../inspect/summary.js'

export type FailOn = Severity | 'never'
export type Verdict = 'pass' | 'fail'
export type PlatformReport = PlatformSummary

/** Where the report was made, so that a later job (`mode: comment`) can post it to the right pull request. */
export interface ReportContext {
  repository?: string
  pullRequest?: number
  headSha?: string
  workflow?: string
  job?: string
}

export interface Report {
  schemaVersion: 1
  tool: { name: string; version: string }
  verdict: Verdict
  failOn: FailOn
  source: string
  platforms: PlatformReport[]
  findings: Finding[]
  /**
   * What the environment kept from being checked (a builder without an emulator, a daemon that died), one line
   * each. The CLI exits 2 when there are any: the verdict covers only what could be checked.
   */
  errors?: string[]
  /** Checks that crashed: a bug in this tool. Their absence of findings proves nothing. `stack`: the error's. */
  internalErrors?: Array<{ rule: string; error: string; stack?: string }>
  context?: ReportContext
  /** The Dockerfile that was built (build mode), for locations. */
  dockerfile?: string
  /** Findings the config file turned off or ignored. */
  suppressed?: number
}

export function atOrAbove(severity: Severity, failOn: FailOn): boolean {
  return failOn !== 'never' && SEVERITY_RANK[severity] >= SEVERITY_RANK[failOn]
}

export function verdictOf(findings: Finding[], failOn: FailOn): Verdict {
  return findings.some(f => atOrAbove(f.severity, failOn)) ? 'fail' : 'pass'
}

function withStatus(p: PlatformReport, findings: Finding[]): PlatformReport {
  if (!wasRead(p.status)) return p
  const mine = findings.filter(f => f.platform === p.platform)
  const foreign = new Set(mine.filter(f => f.rule === 'binary-arch-mismatch').map(f => f.path)).size
  const status: PlatformStatus = mine.some(f => f.severity === 'error')
    ? 'fail'
    : mine.some(f => f.severity === 'warning')
      ? 'warning'
      : 'pass'
  return { ...p, status, binaries: { ...p.binaries, foreign } }
}

/** Put the platforms and the evaluated findings together: statuses, verdict, order. */
export function assembleReport(args: {
  source: string
  platforms: PlatformReport[]
  evaluation: Evaluation
  failOn: FailOn
  /** Crashes of an earlier run (the jobs of a merge), besides this evaluation's own. */
  internalErrors?: Array<{ rule: string; error: string; stack?: string }>
  context?: ReportContext
  dockerfile?: string
}): Report {
  const findings = sortFindings(args.evaluation.findings)
  const errors = [...new Set(args.platforms.flatMap(p => (p.status === 'not-checked' && p.error ? [p.error] : [])))]
  const crashed = [...(args.internalErrors ?? []), ...args.evaluation.crashed]
  const report: Report = {
    schemaVersion: 1,
    tool: { name: TOOL_NAME, version: VERSION },
    // A platform the environment kept from being checked cannot pass.
    verdict: errors.length ? 'fail' : verdictOf(findings, args.failOn),
    failOn: args.failOn,
    source: args.source,
    platforms: args.platforms.map(p => withStatus(p, findings)),
    findings
  }
  if (errors.length) report.errors = errors
  if (crashed.length) report.internalErrors = crashed
  if (args.context) report.context = args.context
  if (args.dockerfile) report.dockerfile = args.dockerfile
  if (args.evaluation.suppressed) report.suppressed = args.evaluation.suppressed
  return report
}

/** Platforms that cannot run what they ship: status fail, missing, build-failed or unreadable. */
export function failedPlatforms(report: Report): string[] {
  return report.platforms
    .filter(p => p.status !== 'pass' && p.status !== 'warning' && p.status !== 'not-checked')
    .map(p => p.platform)
}

/** Platforms the build environment kept from being checked: neither verified nor failed. */
export function uncheckedPlatforms(report: Report): string[] {
  return report.platforms.filter(p => p.status === 'not-checked').map(p => p.platform)
}

/**
 * Platforms whose image was read but whose programs no rule judges (an OS without rules here: only its index and
 * config were compared). They pass, since nothing is wrong that could be seen, but nothing says they can run.
 */
export function unjudgedPlatforms(report: Pick<Report, 'platforms'>): string[] {
  return report.platforms.filter(p => wasRead(p.status) && !programsJudged(p.platform)).map(p => p.platform)
}

/** The kind of system a report's platform is; a name that does not parse (a hand-made report) has no rules. */
export function familyOf(platform: string): OsFamily {
  try {
    return osFamily(parsePlatform(platform))
  } catch {
    return 'other'
  }
}

/** Whether a platform's programs are judged: the rule every program is held to judges its OS. */
export function programsJudged(platform: string): boolean {
  return judges('binary-arch-mismatch', familyOf(platform))
}

/**
 * Programs checked and ignored, counted from the list the report gives (the ELF and PE files and scripts of the list
 * under the matrix): the one count every renderer shows.
 */
export function programCounts(p: PlatformReport): { checked: number; ignored: number } {
  const files = p.files ?? []
  const ignored = files.filter(f => f.ignored).length
  return { checked: files.length - ignored, ignored }
}
