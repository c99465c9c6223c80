/**
 * Fan-in: the JSON reports of several jobs (one per platform, say) become one report. Each job's platform findings
 * stand; the cross-platform rules run again across the merged set, since each job saw only its own platforms; the
 * config file applies to the merged verdict as it did in each job. Pure.
 */
import { evaluate } from '../checks/evaluate.js'
import { isCrossFinding } from '../checks/index.js'
import { EMPTY_CONFIG, type Config } from '../config/config.js'
import { UserError } from '../errors.js'
import { assembleReport, type FailOn, type Report } from './model.js'

export interface NamedReport {
  name: string
  report: Report
}

/** Check that parsed JSON is a report of the version this code reads. */
export function asReport(name: string, json: unknown): Report {
  const r = json as Partial<Report> | null
  if (!r || typeof r !== 'object' || !Array.isArray(r.platforms) || !Array.isArray(r.findings)) {
    throw new UserError(`${name} is not a multiarch-verify JSON report`)
  }
  if (r.schemaVersion !== 1)
    throw new UserError(`${name} has report schemaVersion ${String(r.schemaVersion)}; this version reads 1`)
  return r as Report
}

export function mergeReports(reports: NamedReport[], failOn: FailOn, config: Config = EMPTY_CONFIG): Report {
  if (reports.length === 0) throw new UserError('no reports to merge')
  const seen = new Map<string, string>()
  for (const { name, report } of reports) {
    for (const p of report.platforms) {
      const other = seen.get(p.platform)
      if (other)
        throw new UserError(
          `platform ${p.platform} is in two reports (${other} and ${name}); give each job its own platforms`
        )
      seen.set(p.platform, name)
    }
  }
  const platforms = reports.flatMap(r => r.report.platforms.map(p => ({ ...p, files: p.files ?? [] })))
  const first = reports[0]?.report as Report
  const evaluation = evaluate({
    summaries: platforms,
    carried: reports.flatMap(r => r.report.findings.filter(f => !isCrossFinding(f))),
    config
  })
  const before = reports.reduce((n, r) => n + (r.report.suppressed ?? 0), 0)
  return assembleReport({
    source: [...new Set(reports.map(r => r.report.source))].join(', '),
    platforms,
    evaluation: { ...evaluation, suppressed: evaluation.suppressed + before },
    failOn,
    internalErrors: reports.flatMap(r => r.report.internalErrors ?? []),
    ...(first.context ? { context: first.context } : {}),
    ...(first.dockerfile ? { dockerfile: first.dockerfile } : {})
  })
}
