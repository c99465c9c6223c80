/** The rule catalogue, and running it so that one rule's crash never hides another rule's findings. */
import { errorMessage } from '../errors.js'
import { binaryArchMismatch } from './binary-arch-mismatch.js'
import { buildFailed } from './build-failed.js'
import { configPlatformMismatch } from './config-platform-mismatch.js'
import { entrypointNotFound } from './entrypoint-not-found.js'
import { identicalBinary } from './identical-binary.js'
import { crossPlatformDrift } from './cross-platform-drift.js'
import { imageUnreadable } from './image-unreadable.js'
import { platformMissing } from './platform-missing.js'
import { goBuildinfoMismatch } from './go-buildinfo-mismatch.js'
import { cpuVariantMismatch } from './cpu-variant-mismatch.js'
import { entrypointNotExecutable } from './entrypoint-not-executable.js'
import { dockerfileHardcodedPlatform } from './dockerfile-hardcoded-platform.js'
import { interpreterMissing } from './interpreter-missing.js'
import { libraryMissing } from './library-missing.js'
import { requiredPathMissing } from './required-path-missing.js'
import { shebangInterpreterMissing } from './shebang-interpreter-missing.js'
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
  goBuildinfoMismatch,
  cpuVariantMismatch,
  entrypointNotFound,
  entrypointNotExecutable,
  interpreterMissing,
  libraryMissing,
  shebangInterpreterMissing,
  requiredPathMissing,
  buildFailed,
  imageUnreadable
]

export const CROSS_RULES: readonly CrossRule[] = [identicalBinary, crossPlatformDrift]

/** Every rule, for the catalogue (README, SARIF); the Dockerfile lint runs when the Dockerfile is known. */
export const RULES: readonly Rule[] = [...PLATFORM_RULES, ...CROSS_RULES, dockerfileHardcodedPlatform]

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

/** Sentences that findings about an already-foreign file add to its binary-arch-mismatch finding. */
const FOLDS: Partial<Record<string, (f: Finding) => string>> = {
  'identical-binary': f =>
    ` It is byte-identical to ${code(String(f.evidence?.samePath ?? ''))} in the ${String(f.evidence?.samePlatform ?? '')} image: one build was copied into both.`,
  'go-buildinfo-mismatch': f =>
    ` The Go toolchain recorded GOOS=${String(f.evidence?.goos)} GOARCH=${String(f.evidence?.goarch)} for it.`,
  // A foreign binary's loader is for its own architecture: that it is missing is part of the same mistake.
  'interpreter-missing': () => '',
  'library-missing': () => '',
  'cpu-variant-mismatch': () => ''
}

/**
 * One problem, one finding: a finding about a file that binary-arch-mismatch already reports (identical binary, Go
 * build info, its foreign loader) is folded into that finding as a sentence and evidence, not a second entry.
 */
export function consolidate(findings: Finding[]): Finding[] {
  const key = (f: Finding): string => `${f.platform}\u0000${f.path ?? ''}`
  const copies = findings.map(f => ({ ...f }))
  const arch = new Map(copies.filter(f => f.rule === 'binary-arch-mismatch').map(f => [key(f), f]))
  const out: Finding[] = []
  for (const f of copies) {
    const fold = FOLDS[f.rule]
    const twin = fold ? arch.get(key(f)) : undefined
    if (!fold || !twin) {
      out.push(f)
      continue
    }
    twin.message += fold(f)
    twin.evidence = { ...twin.evidence, ...f.evidence }
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
