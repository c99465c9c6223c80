/** The rule catalogue, and running it so that one rule's crash never hides another rule's findings. */
import { errorMessage } from '../errors.js'
import { binaryArchMismatch } from './binary-arch-mismatch.js'
import { buildFailed } from './build-failed.js'
import { configPlatformMismatch } from './config-platform-mismatch.js'
import { entrypointNotFound } from './entrypoint-not-found.js'
import { imageUnreadable } from './image-unreadable.js'
import { platformMissing } from './platform-missing.js'
import type { CheckInput, Finding, Rule } from './types.js'

export const RULES: readonly Rule[] = [
  platformMissing,
  configPlatformMismatch,
  binaryArchMismatch,
  entrypointNotFound,
  buildFailed,
  imageUnreadable
]

export interface CheckResult {
  findings: Finding[]
  /** Rules that threw: a bug in this tool, reported in the log, never silently dropped. */
  crashed: Array<{ rule: string; error: string }>
}

export function runChecks(input: CheckInput, rules: readonly Rule[] = RULES): CheckResult {
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

/** Deterministic order: platform, then rule, then path. */
export function sortFindings(findings: Finding[]): Finding[] {
  const key = (f: Finding): string => `${f.platform}\u0000${f.rule}\u0000${f.path ?? ''}`
  return [...findings].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
}
