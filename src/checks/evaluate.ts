/**
 * The findings pipeline, owned here and used by a fresh verification and by a merge alike: every kind of rule through
 * the crash guard, then one finding per problem, then the config file (severities, ignores), then the Dockerfile lines
 * at fault. Pure.
 */
import { applyConfig, type Config } from '../config/config.js'
import { locateFindings, type DockerfileContext } from '../dockerfile/locate.js'
import { sortFindings, type Finding } from '../findings.js'
import type { PlatformFacts } from '../inspect/facts.js'
import { wasRead, type PlatformSummary } from '../inspect/summary.js'
import { consolidate } from './consolidate.js'
import { withFix } from './fixes.js'
import { CROSS_RULES, DOCKERFILE_RULES, PLATFORM_RULES } from './index.js'
import { runEach, type CheckResult } from './run.js'
import type { CrossInput } from './types.js'

export interface EvaluateInput {
  /** A fresh verification: every platform's facts, for the platform rules and the Dockerfile lines. */
  facts?: PlatformFacts[]
  /** Every platform's summary: what the cross-platform rules compare (fresh, or merged from several jobs). */
  summaries: PlatformSummary[]
  /** A merge: the platform and Dockerfile findings each job already made (their locations included). */
  carried?: Finding[]
  /** The Dockerfile, when known: its lint runs, and findings point at its lines. */
  dockerfile?: DockerfileContext
  config: Config
}

export interface Evaluation {
  findings: Finding[]
  /** How many findings the config file turned off or ignored. */
  suppressed: number
  /** Rules that crashed: a bug in this tool, whose absence of findings proves nothing. */
  crashed: CheckResult['crashed']
}

/** What the cross-platform rules compare: the platforms whose images were read (a missing one has no files). */
export function crossInputOf(platforms: PlatformSummary[]): CrossInput {
  return {
    platforms: platforms.filter(p => wasRead(p.status)).map(p => ({ platform: p.platform, files: p.files ?? [] }))
  }
}

/** The same finding twice (the Dockerfile lint of every job of a merge) is one finding. */
function unique(findings: Finding[]): Finding[] {
  const seen = new Set<string>()
  return findings.filter(f => {
    const key = JSON.stringify([f.rule, f.platform, f.path, f.message, f.location])
    return !seen.has(key) && seen.add(key)
  })
}

export function evaluate(input: EvaluateInput): Evaluation {
  const results: CheckResult[] = []
  if (input.facts) results.push(runEach(PLATFORM_RULES, { platforms: input.facts }))
  results.push(runEach(CROSS_RULES, crossInputOf(input.summaries)))
  if (input.dockerfile) results.push(runEach(DOCKERFILE_RULES, input.dockerfile))
  const all = consolidate(unique([...(input.carried ?? []), ...results.flatMap(r => r.findings)]))
  const { findings, suppressed } = applyConfig(all, input.config)
  const located = input.dockerfile && input.facts ? locateFindings(findings, input.facts, input.dockerfile) : findings
  // A fresh verification knows the programs and the Dockerfile: each finding gets the edit of its line and the fix
  // that fits; a merge keeps the fixes each job made.
  const fixed = input.facts
    ? located.map(f =>
        withFix(f, { facts: input.facts, ...(input.dockerfile ? { dockerfile: input.dockerfile } : {}) })
      )
    : located
  return { findings: sortFindings(fixed), suppressed, crashed: results.flatMap(r => r.crashed) }
}
