/** The rule catalogue, and running it so that one rule's crash never hides another rule's findings. */
import { errorMessage } from '../errors.js'
import { binaryArchMismatch } from './binary-arch-mismatch.js'
import { buildFailed } from './build-failed.js'
import { configPlatformMismatch } from './config-platform-mismatch.js'
import { entrypointNotFound } from './entrypoint-not-found.js'
import { identicalBinary } from './identical-binary.js'
import { imageUnreadable } from './image-unreadable.js'
import { platformMissing } from './platform-missing.js'
import {
  code,
  type CheckInput,
  type CrossInput,
  type CrossRule,
  type Finding,
  type PlatformRule,
  type Rule
} from './types.js'

export const PLATFORM_RULES: readonly PlatformRule[] = [
  platformMissing,
  configPlatformMismatch,
  binaryArchMismatch,
  entrypointNotFound,
  buildFailed,
  imageUnreadable
]

export const CROSS_RULES: readonly CrossRule[] = [identicalBinary]

export const RULES: readonly Rule[] = [...PLATFORM_RULES, ...CROSS_RULES]

export interface CheckResult {
  findings: Finding[]
  /** Rules that threw: a bug in this tool, reported in the log, never silently dropped. */
  crashed: Array<{ rule: string; error: string }>
}

function runEach<I>(rules: readonly { id: string; check(input: I): Finding[] }[], input: I): CheckResult {
  const findings: Finding[] = []
  const crashed: CheckResult['crashed'] = []
  for (const rule of rules) {
    try {
      findings.push(...rule.check(input))
    } catch (err) {
      crashed.push({ rule: rule.id, error: errorMessage(err) })
    }
  }
  return { findings: sortFindings(findings), crashed }
}

export function runChecks(input: CheckInput, rules: readonly PlatformRule[] = PLATFORM_RULES): CheckResult {
  return runEach(rules, input)
}

export function runCrossChecks(input: CrossInput, rules: readonly CrossRule[] = CROSS_RULES): CheckResult {
  return runEach(rules, input)
}

/** Whether a finding comes from a cross-platform rule (those run again after a merge). */
export function isCrossFinding(f: Finding): boolean {
  return CROSS_RULES.some(r => r.id === f.rule)
}

/**
 * One problem, one finding: an identical-binary finding about a file that binary-arch-mismatch already reports is
 * folded into that finding (a sentence and evidence), instead of a second error on the same line of the comment.
 */
export function consolidate(findings: Finding[]): Finding[] {
  const key = (f: Finding): string => `${f.platform}\u0000${f.path ?? ''}`
  const copies = findings.map(f => ({ ...f }))
  const arch = new Map(copies.filter(f => f.rule === 'binary-arch-mismatch').map(f => [key(f), f]))
  const out: Finding[] = []
  for (const f of copies) {
    const twin = f.rule === 'identical-binary' ? arch.get(key(f)) : undefined
    if (!twin) {
      out.push(f)
      continue
    }
    const same = String(f.evidence?.samePlatform ?? '')
    const path = String(f.evidence?.samePath ?? '')
    twin.message += ` It is byte-identical to ${code(path)} in the ${same} image: one build was copied into both.`
    twin.evidence = { ...twin.evidence, identicalTo: same, sha256: String(f.evidence?.sha256 ?? '') }
  }
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
