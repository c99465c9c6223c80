/**
 * Rules: the three kinds (over each platform's facts, across platforms, over the Dockerfile) and the runner that turns
 * a per-platform rule into findings. A platform rule says what it finds in one platform; the runner does the loop,
 * the status filter, the platform's name, the default severity, and the rule's help as the fix.
 */
import type { Stage } from '../dockerfile/parse.js'
import type { Finding, RuleId, Severity } from '../findings.js'
import type { PlatformFacts, PlatformStatus } from '../inspect/facts.js'
import { formatPlatform } from '../platform.js'

export { SEVERITY_RANK, code, plain } from '../findings.js'
export type { Finding, RuleId, Severity } from '../findings.js'

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
  /** What it finds in platform `p`; `all` is every platform of the run (for rules that compare). */
  each(p: PlatformFacts, all: readonly PlatformFacts[]): Draft[]
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

const INSPECTED: readonly PlatformStatus[] = ['inspected']

/** A platform rule from its definition: the loop over platforms and the filling-in are done once, here. */
export function platformRule(spec: PlatformRuleSpec): PlatformRule {
  const statuses = spec.statuses ?? INSPECTED
  return {
    id: spec.id,
    scope: 'platform',
    defaultSeverity: spec.defaultSeverity,
    description: spec.description,
    help: spec.help,
    check({ platforms }) {
      const out: Finding[] = []
      for (const p of platforms) {
        if (!statuses.includes(p.status)) continue
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
