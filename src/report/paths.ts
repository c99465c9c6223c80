/**
 * Paths as GitHub knows them: relative to the repository root. Links, annotations, check-run annotations and SARIF
 * only work with such paths (the runner relativizes its own `::error file=` commands, nothing else does), so the
 * action rewrites every path of its report against the workspace; a file outside it is shown, never linked. Pure.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path'
import type { Report } from './model.js'

/** Whether a path names a file inside the repository: relative, without climbing out of it. */
export function isRepoPath(file: string): boolean {
  if (file === '' || file.startsWith('/') || /^[A-Za-z]:[\\/]/.test(file)) return false
  return !file.split('/').includes('..')
}

/**
 * `file` (as the user wrote it, relative to `cwd`) relative to the workspace, with `/` separators and no `./`; the
 * absolute path when it lies outside the workspace.
 */
export function repoPath(file: string, workspace: string, cwd: string): string {
  const abs = resolve(cwd, file)
  const rel = relative(resolve(cwd, workspace), abs)
  if (rel === '' || isAbsolute(rel) || rel === '..' || rel.startsWith(`..${sep}`)) return abs
  return rel.split(sep).join('/')
}

/** The report with every Dockerfile path made relative to the repository (the workspace), for GitHub. */
export function inRepository(report: Report, workspace: string, cwd: string): Report {
  const map = (file: string): string => repoPath(file, workspace, cwd)
  const out: Report = {
    ...report,
    findings: report.findings.map(f => {
      if (!f.location && !f.fix) return f
      const g = { ...f }
      if (f.location) g.location = { ...f.location, file: map(f.location.file) }
      if (f.fix) g.fix = { ...f.fix, file: map(f.fix.file) }
      return g
    })
  }
  if (report.dockerfile) out.dockerfile = map(report.dockerfile)
  return out
}
