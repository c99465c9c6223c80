/** The one-line result for the `summary` output and the step's failure message. Pure. */
import { failedPlatforms, type Report } from './model.js'

export function summaryLine(r: Report): string {
  const n = r.platforms.length
  const errors = r.findings.filter(f => f.severity === 'error').length
  const warnings = r.findings.filter(f => f.severity === 'warning').length
  const counts = `${errors} error(s), ${warnings} warning(s)`
  const failed = failedPlatforms(r)
  if (r.errors?.length) return `multiarch-verify: not verified: ${r.errors.join('; ')}`
  if (r.verdict === 'pass') return `multiarch-verify: ${n} platform(s) verified; ${counts}`
  return failed.length
    ? `multiarch-verify: ${failed.length} of ${n} platform(s) cannot run what they ship (${failed.join(', ')}); ${counts}`
    : `multiarch-verify: findings at or above ${r.failOn}; ${counts}`
}
