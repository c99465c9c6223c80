/**
 * Rules: the three kinds (over each platform's facts, across platforms, over the Dockerfile) and the runner that turns
 * a per-platform rule into findings. A platform rule says what it finds in one platform; the runner does the loop,
 * the status filter, the platform's name, the default severity, and the rule's help as the fix.
 */
import type { Stage } from '../dockerfile/parse.js'
import type { Finding, RuleId, Severity } from '../findings.js'
import type { PlatformFacts, PlatformStatus } from '../inspect/facts.js'
import { osFamily, type OsFamily } from '../inspect/os.js'
import { formatPlatform, parsePlatform } from '../platform.js'
import { append } from '../maps.js'

export { SEVERITY_RANK, code, plain } from '../findings.js'
export type { Finding, RuleId, Severity } from '../findings.js'

export interface CheckInput {
  platforms: PlatformFacts[]
}

/** One program of a platform image as the report lists it; cross-platform rules compare these. */
export interface FileSummary {
  path: string
  format: 'elf' | 'script' | 'pe'
  /** Go-style architecture of an ELF or PE file (`amd64`), when it is one we know (none for .NET AnyCPU code). */
  architecture?: string
  /** PE files: a DLL (loaded, not run), and .NET code that runs on any architecture (IL-only, AnyCPU). */
  dll?: boolean
  anyCpu?: boolean
  machine?: string
  linkage?: string
  interpreter?: string
  sha256?: string
  /** Go binaries: the main module and its version, and the commit (`path@version vcs.revision`). */
  goModule?: string
  /** Why no platform rule judges this file (relocatable, test data, …). */
  ignored?: string
  /**
   * The package it belongs to (`npm:sharp`, `jdk:java-17-openjdk-amd64`): judged with its package, as its package
   * manager installed it for each platform, never compared across platforms as a build of the user's.
   */
  package?: string
}

/** What cross-platform rules see: per platform, its programs. Built from facts, or from merged JSON reports. */
export interface CrossInput {
  platforms: Array<{ platform: string; files: FileSummary[] }>
}

/**
 * The platforms of a cross-platform input in groups of one OS each: programs are compared only with those of the same
 * system (a Windows image never with a Linux one), and each OS version of Windows with the others.
 */
export function sameOsGroups<T extends { platform: string }>(platforms: T[]): T[][] {
  const groups = new Map<string, T[]>()
  for (const p of platforms) {
    const os = parsePlatform(p.platform).os
    append(groups, os, p)
  }
  return [...groups.values()]
}

interface RuleBase {
  id: RuleId
  defaultSeverity: Severity
  /** One line for docs/rules.md, SARIF and the report's legend. */
  description: string
  /** The fix in general terms: SARIF's rule help, and the hint of a finding that gives no more specific one. */
  help: string
}

/** What a platform rule says about one platform: a finding without what the runner fills in. */
export interface Draft {
  severity?: Severity
  path?: string
  message: string
  hint?: string
  evidence?: Finding['evidence']
  location?: Finding['location']
}

/** The definition of a rule over each platform's facts. */
export interface PlatformRuleSpec extends RuleBase {
  /** The platform statuses it looks at: inspected images unless it says otherwise. */
  statuses?: readonly PlatformStatus[]
  /** The kinds of system it can judge (inspect/os.ts): Linux only unless it says otherwise. */
  os?: readonly OsFamily[]
  /** What it finds in platform `p`; `all` is every platform of the run (for rules that compare). */
  each(p: PlatformFacts, all: readonly PlatformFacts[]): Draft[]
}

/** A rule over the facts of each platform image. */
export interface PlatformRule extends RuleBase {
  scope: 'platform'
  /** The kinds of system it judges: on the others it says nothing, and the report says it did not look. */
  os: readonly OsFamily[]
  check(input: CheckInput): Finding[]
}

/** A rule across platforms; it runs again when the reports of several jobs are merged. */
export interface CrossRule extends RuleBase {
  scope: 'cross'
  check(input: CrossInput): Finding[]
}

/** The definition of a cross-platform rule: what it finds among platforms of one OS. */
export interface CrossRuleSpec extends RuleBase {
  each(platforms: CrossInput['platforms']): Finding[]
}

/** A cross-platform rule from its definition: platforms are compared with those of the same OS only, here. */
export function crossRule(spec: CrossRuleSpec): CrossRule {
  const { each, ...base } = spec
  return { ...base, scope: 'cross', check: ({ platforms }) => sameOsGroups(platforms).flatMap(group => each(group)) }
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

const INSPECTED: readonly PlatformStatus[] = ['inspected']
const LINUX: readonly OsFamily[] = ['linux']

/** A platform rule from its definition: the loop over platforms and the filling-in are done once, here. */
export function platformRule(spec: PlatformRuleSpec): PlatformRule {
  const statuses = spec.statuses ?? INSPECTED
  const systems = spec.os ?? LINUX
  return {
    id: spec.id,
    scope: 'platform',
    os: systems,
    defaultSeverity: spec.defaultSeverity,
    description: spec.description,
    help: spec.help,
    check({ platforms }) {
      const out: Finding[] = []
      for (const p of platforms) {
        if (!statuses.includes(p.status) || !systems.includes(osFamily(p.platform))) continue
        for (const d of spec.each(p, platforms)) {
          const f: Finding = {
            rule: spec.id,
            severity: d.severity ?? spec.defaultSeverity,
            platform: formatPlatform(p.platform),
            ...(d.path !== undefined ? { path: d.path } : {}),
            message: d.message,
            hint: d.hint ?? spec.help,
            ...(d.evidence ? { evidence: d.evidence } : {}),
            ...(d.location ? { location: d.location } : {})
          }
          out.push(f)
        }
      }
      return out
    }
  }
}
