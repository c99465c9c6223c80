/** The report: the public JSON contract (README, "JSON report") and the model every renderer reads. Pure. */
import { describeElfMachine, elfArchitecture } from '../binary/arch.js'
import { SEVERITY_RANK, type Finding, type Severity } from '../checks/types.js'
import { exclusionOf } from '../checks/scope.js'
import type { PlatformFacts } from '../inspect/facts.js'
import { formatPlatform } from '../platform.js'
import { TOOL_NAME, VERSION } from '../version.js'

export type FailOn = Severity | 'never'
export type Verdict = 'pass' | 'fail'
export type PlatformStatus = 'pass' | 'warning' | 'fail' | 'missing' | 'build-failed' | 'unreadable'

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
  durationMs: number
}

export interface Report {
  schemaVersion: 1
  tool: { name: string; version: string }
  verdict: Verdict
  failOn: FailOn
  source: string
  platforms: PlatformReport[]
  findings: Finding[]
  /** Checks that crashed: a bug in this tool. Their absence of findings proves nothing. */
  internalErrors?: Array<{ rule: string; error: string }>
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

function summarisePlatform(p: PlatformFacts, findings: Finding[]): PlatformReport {
  const name = formatPlatform(p.platform)
  const mine = findings.filter(f => f.platform === name)
  let status: PlatformStatus
  if (p.status !== 'inspected') status = p.status
  else if (mine.some(f => f.severity === 'error')) status = 'fail'
  else if (mine.some(f => f.severity === 'warning')) status = 'warning'
  else status = 'pass'
  const elfs = p.executables.filter(e => e.binary.format === 'elf')
  let ignored = 0
  for (const e of elfs) if (e.binary.format === 'elf' && exclusionOf(e, e.binary)) ignored++
  const foreign = new Set(mine.filter(f => f.rule === 'binary-arch-mismatch').map(f => f.path)).size
  const r: PlatformReport = {
    platform: name,
    status,
    executables: p.executables.length,
    binaries: { elf: elfs.length, checked: elfs.length - ignored, foreign, ignored },
    durationMs: p.durationMs
  }
  if (p.digest) r.digest = p.digest
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

export function buildReport(args: {
  source: string
  platforms: PlatformFacts[]
  findings: Finding[]
  failOn: FailOn
  internalErrors?: Array<{ rule: string; error: string }>
}): Report {
  const report: Report = {
    schemaVersion: 1,
    tool: { name: TOOL_NAME, version: VERSION },
    verdict: verdictOf(args.findings, args.failOn),
    failOn: args.failOn,
    source: args.source,
    platforms: args.platforms.map(p => summarisePlatform(p, args.findings)),
    findings: args.findings
  }
  if (args.internalErrors?.length) report.internalErrors = args.internalErrors
  return report
}

/** Platforms that cannot run what they ship: status fail, missing, build-failed or unreadable. */
export function failedPlatforms(report: Report): string[] {
  return report.platforms.filter(p => p.status !== 'pass' && p.status !== 'warning').map(p => p.platform)
}
