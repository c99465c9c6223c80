/** Running rules so that one rule's crash never hides another rule's findings: the crash is reported as a bug. */
import { errorMessage } from '../errors.js'
import { sortFindings, type Finding } from '../findings.js'

export interface CheckResult {
  findings: Finding[]
  /** Rules that threw: a bug in this tool, reported in the log (its stack under --verbose), never silently dropped. */
  crashed: Array<{ rule: string; error: string; stack?: string }>
}

/** Run each rule on the input inside its own guard. */
export function runEach<I>(rules: readonly { id: string; check(input: I): Finding[] }[], input: I): CheckResult {
  const findings: Finding[] = []
  const crashed: CheckResult['crashed'] = []
  for (const rule of rules) {
    try {
      findings.push(...rule.check(input))
    } catch (err) {
      const stack = err instanceof Error ? err.stack : undefined
      crashed.push({ rule: rule.id, error: errorMessage(err), ...(stack ? { stack } : {}) })
    }
  }
  return { findings: sortFindings(findings), crashed }
}
