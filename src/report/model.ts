/** The report: the public JSON contract (README, "JSON report") and the model every renderer reads. Pure. */
import { describeElfMachine, elfArchitecture } from '../binary/arch.js'
import { sortFindings } from '../checks/index.js'
import { exclusionOf } from '../checks/scope.js'
import { SEVERITY_RANK, type CrossInput, type FileSummary, type Finding, type Severity } from '../checks/types.js'
import type { ExecutableFacts, PlatformFacts } from '../inspect/facts.js'
import { formatPlatform } from '../platform.js'
import { TOOL_NAME, VERSION } from '../version.js'

export type FailOn = Severity | 'never'
export type Verdict = 'pass' | 'fail'
export type PlatformStatus = 'pass' | 'warning' | 'fail' | 'missing' | 'build-failed' | 'unreadable' | 'not-checked'

/** Whether a platform's image was read: the others have no files, entrypoint or findings of their own. */
export function wasRead(status: PlatformStatus): boolean {
  return status === 'pass' || status === 'warning' || status === 'fail'
}

export interface ElfSummary {
  machine: string
  architecture?: string
  bits: number
  endian: 'little' | 'big'
  linkage?: string
  interpreter?: string
}

export interface PlatformReport {
  platform: string
  status: PlatformStatus
  digest?: string
  config?: { os: string; architecture: string; variant?: string }
  entrypoint?: { argv: string[]; resolvedPath?: string; kind?: 'elf' | 'script' | 'other'; elf?: ElfSummary }
  /** Regular files with an exec bit or an ELF/`#!` magic. */
  executables: number
  binaries: { elf: number; checked: number; foreign: number; ignored: number }
  /** The ELF files and scripts found, with what was read of them. */
  files: FileSummary[]
  /** Why it was not checked (status `not-checked`). */
  error?: string
  durationMs: number
}

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
  /** Checks that crashed: a bug in this tool. Their absence of findings proves nothing. */
  internalErrors?: Array<{ rule: string; error: string }>
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

function elfSummary(elf: {
  machine: number
  bits: 32 | 64
  endian: 'little' | 'big'
  linkage?: string
  interpreter?: string
}): ElfSummary {
  const s: ElfSummary = { machine: describeElfMachine(elf), bits: elf.bits, endian: elf.endian }
  const arch = elfArchitecture(elf)
  if (arch) s.architecture = arch
  if (elf.linkage) s.linkage = elf.linkage
  if (elf.interpreter) s.interpreter = elf.interpreter
  return s
}

function fileSummary(e: ExecutableFacts): FileSummary | undefined {
  const b = e.binary
  if (b.format === 'script') return { path: e.path, format: 'script', interpreter: b.interpreter }
  if (b.format !== 'elf') return undefined
  const s: FileSummary = { path: e.path, format: 'elf', machine: describeElfMachine(b) }
  const arch = elfArchitecture(b)
  if (arch) s.architecture = arch
  if (b.linkage) s.linkage = b.linkage
  if (b.interpreter) s.interpreter = b.interpreter
  if (e.sha256) s.sha256 = e.sha256
  const mod = b.go?.mainModule
  if (mod?.version && mod.version !== '(devel)') {
    const rev = b.go?.settings['vcs.revision']
    s.goModule = `${mod.path}@${mod.version}${rev ? ` ${rev.slice(0, 12)}` : ''}`
  } else if (b.go?.settings['vcs.revision']) {
    s.goModule = `${b.go.path ?? 'main'} ${b.go.settings['vcs.revision'].slice(0, 12)}`
  }
  const why = exclusionOf(e, b)
  if (why) s.ignored = why
  return s
}

/** The report's view of one platform's facts. Its status is set by assembleReport, once all findings are known. */
export function summarisePlatform(p: PlatformFacts): PlatformReport {
  const files = p.executables.map(fileSummary).filter((f): f is FileSummary => f !== undefined)
  const elf = files.filter(f => f.format === 'elf')
  const ignored = elf.filter(f => f.ignored).length
  const r: PlatformReport = {
    platform: formatPlatform(p.platform),
    status: p.status === 'inspected' ? 'pass' : p.status,
    executables: p.executables.length,
    binaries: { elf: elf.length, checked: elf.length - ignored, foreign: 0, ignored },
    files,
    durationMs: p.durationMs
  }
  if (p.digest) r.digest = p.digest
  if (p.status === 'not-checked' && p.error) r.error = p.error
  if (p.config) r.config = p.config
  if (p.entrypoint) {
    const ep = p.entrypoint
    r.entrypoint = { argv: ep.argv }
    if (ep.resolved) {
      r.entrypoint.resolvedPath = ep.resolvedPath
      r.entrypoint.kind = ep.binary.format === 'elf' ? 'elf' : ep.binary.format === 'script' ? 'script' : 'other'
      if (ep.binary.format === 'elf') r.entrypoint.elf = elfSummary(ep.binary)
    }
  }
  return r
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

/** Put platforms and all findings (platform and cross-platform rules) together: statuses, verdict, order. */
export function assembleReport(args: {
  source: string
  platforms: PlatformReport[]
  findings: Finding[]
  failOn: FailOn
  internalErrors?: Array<{ rule: string; error: string }>
  context?: ReportContext
  dockerfile?: string
  suppressed?: number
}): Report {
  const findings = sortFindings(args.findings)
  const errors = [...new Set(args.platforms.flatMap(p => (p.status === 'not-checked' && p.error ? [p.error] : [])))]
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
  if (args.internalErrors?.length) report.internalErrors = args.internalErrors
  if (args.context) report.context = args.context
  if (args.dockerfile) report.dockerfile = args.dockerfile
  if (args.suppressed) report.suppressed = args.suppressed
  return report
}

/** What the cross-platform rules compare: the platforms whose images were read (a missing one has no files). */
export function crossInputOf(platforms: PlatformReport[]): CrossInput {
  return {
    platforms: platforms.filter(p => wasRead(p.status)).map(p => ({ platform: p.platform, files: p.files ?? [] }))
  }
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
