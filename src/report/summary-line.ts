/** The one-line result for the `summary` output and the step's failure message. Pure. */
import { failedPlatforms, unjudgedPlatforms, type Report } from './model.js'

export function summaryLine(r: Report): string {
  const n = r.platforms.length
  const errors = r.findings.filter(f => f.severity === 'error').length
  const warnings = r.findings.filter(f => f.severity === 'warning').length
  const counts = `${errors} error(s), ${warnings} warning(s)`
  const failed = failedPlatforms(r)
  const notVerified = r.errors?.length ? `not verified: ${r.errors.join('; ')}` : undefined
  const unjudged = unjudgedPlatforms(r)
  if (r.verdict === 'pass' && unjudged.length)
    return `multiarch-verify: ${n - unjudged.length} of ${n} platform(s) verified, ${unjudged.length} not checked (${unjudged.join(', ')}); ${counts}`
  if (r.verdict === 'pass') return `multiarch-verify: ${n} platform(s) verified; ${counts}`
  if (failed.length)
    return `multiarch-verify: ${failed.length} of ${n} platform(s) cannot run what they ship (${failed.join(', ')}); ${counts}${notVerified ? `; ${notVerified}` : ''}`
  if (notVerified) return `multiarch-verify: ${notVerified}`
  return `multiarch-verify: findings at or above ${r.failOn}; ${counts}`
}
