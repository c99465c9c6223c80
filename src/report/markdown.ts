/**
 * The Markdown report for the PR comment and the job summary: the verdict, the platform matrix, the findings per
 * platform with their fixes, and the programs checked in a collapsed section. It always fits the given size: the
 * details shrink first, then go, then findings are cut with a pointer to the job summary. Pure.
 */
import type { Finding } from '../checks/types.js'
import { codeSpan, escapeMarkdown, hintToMarkdown, messageToMarkdown } from './escape.js'
import { renderMatrix } from './matrix.js'
import type { PlatformReport, Report } from './model.js'

const SEVERITY_ICON = { error: '❌', warning: '⚠️', note: 'ℹ️' } as const

/** GitHub refuses comment bodies over 65,536 characters. */
export const COMMENT_LIMIT = 65_536
/** A job summary holds at most 1 MiB per step. */
export const SUMMARY_LIMIT = 1024 * 1024

export interface MarkdownOptions {
  /** Where a file path in a location links to: `https://github.com/o/r/blob/<sha>/`. */
  blobUrl?: string
  /** Appended verbatim (the sticky comment's hidden marker). */
  footer?: string
  /** The size limit in UTF-8 bytes (a safe bound for GitHub's character limits). */
  maxBytes?: number
  /** Where the full report is, named when something had to be cut. */
  fullReportUrl?: string
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

function headline(r: Report): string {
  const n = r.platforms.length
  const bad = r.platforms.filter(p => p.status !== 'pass' && p.status !== 'warning').length
  const errors = r.findings.filter(f => f.severity === 'error').length
  const warnings = r.findings.filter(f => f.severity === 'warning').length
  if (r.verdict === 'pass') {
    if (errors) return `### ✅ multiarch-verify: passed with ${plural(errors, 'error')} (fail-on: ${r.failOn})`
    if (warnings)
      return `### ✅ multiarch-verify: all ${plural(n, 'platform')} can run what they ship, ${plural(warnings, 'warning')}`
    return `### ✅ multiarch-verify: all ${plural(n, 'platform')} can run what they ship`
  }
  return bad
    ? `### ❌ multiarch-verify: ${bad} of ${plural(n, 'platform')} cannot run`
    : `### ❌ multiarch-verify: ${plural(errors + warnings, 'finding')} at or above \`${r.failOn}\``
}

function location(f: Finding, blobUrl: string | undefined): string {
  if (!f.location) return ''
  const text = escapeMarkdown(`${f.location.file}:${f.location.line}`)
  if (!blobUrl) return `Made by ${text}.`
  const href = `${blobUrl}${f.location.file.split('/').map(encodeURIComponent).join('/')}#L${f.location.line}`
  return `Made by [${text}](${href}).`
}

function findingBlock(f: Finding, blobUrl: string | undefined): string[] {
  const lines = [`${SEVERITY_ICON[f.severity]} **${f.rule}**: ${messageToMarkdown(f.message)}`]
  const loc = location(f, blobUrl)
  if (loc) lines.push('', loc)
  const tail = f.evidence?.logTail
  if (typeof tail === 'string' && tail) {
    const safe = tail.replace(/```/g, "'''")
    lines.push('', '<details><summary>Build log (last lines)</summary>', '', '```text', safe, '```', '</details>')
  }
  if (f.hint) lines.push('', `**Fix:** ${hintToMarkdown(f.hint)}`)
  return lines
}

function findingsSection(r: Report, blobUrl: string | undefined, limit: number): string[] {
  const out: string[] = []
  let shown = 0
  for (const plat of [...new Set(r.findings.map(f => f.platform))]) {
    const mine = r.findings.filter(x => x.platform === plat)
    if (shown >= limit) break
    out.push('', `#### ${escapeMarkdown(plat)}`)
    for (const f of mine) {
      if (shown++ >= limit) break
      out.push('', ...findingBlock(f, blobUrl))
    }
  }
  return out
}

function programRow(f: PlatformReport['files'][number], arch: string): string {
  const what =
    f.format === 'script' ? `script (${codeSpan(f.interpreter ?? '?', true)})` : escapeMarkdown(f.machine ?? '?')
  const linkage = f.format === 'elf' ? escapeMarkdown(f.linkage ?? '?') : ''
  const foreign = f.format === 'elf' && f.architecture !== undefined && f.architecture !== arch
  const note = f.ignored ? `ignored: ${escapeMarkdown(f.ignored)}` : foreign ? `❌ not ${escapeMarkdown(arch)}` : ''
  return `| ${codeSpan(f.path, true)} | ${what} | ${linkage} | ${note} |`
}

function detailsSection(r: Report, perPlatform: number): string[] {
  const total = r.platforms.reduce((n, p) => n + p.files.length, 0)
  if (total === 0) return []
  const out = ['', `<details><summary>Programs checked (${total})</summary>`]
  for (const p of r.platforms) {
    if (p.files.length === 0) continue
    out.push('', `**${escapeMarkdown(p.platform)}**`, '', '| path | architecture | linkage | |', '|---|---|---|---|')
    const arch = p.platform.split('/')[1] ?? ''
    for (const f of p.files.slice(0, perPlatform)) out.push(programRow(f, arch))
    if (p.files.length > perPlatform) out.push(`| … and ${p.files.length - perPlatform} more | | | |`)
  }
  out.push('', '</details>')
  return out
}

function compose(r: Report, opts: MarkdownOptions, details: number | undefined, findings: number): string {
  const out = [headline(r), '', ...renderMatrix(r), ...findingsSection(r, opts.blobUrl, findings)]
  if (findings < r.findings.length) {
    out.push('', `_${r.findings.length - findings} more finding(s) are not shown, to stay within GitHub's size limit._`)
  }
  if (details !== undefined) out.push(...detailsSection(r, details))
  if (findings < r.findings.length || details !== Infinity) {
    const where = opts.fullReportUrl ? `[the job summary](${opts.fullReportUrl})` : 'the job summary'
    out.push('', `_This comment is shortened; the full report is in ${where} and in the JSON report._`)
  }
  if (r.internalErrors?.length) {
    out.push(
      '',
      '> [!WARNING]',
      `> ${r.internalErrors.length} check(s) crashed; their results are missing. This is a bug in multiarch-verify:`
    )
    for (const e of r.internalErrors) out.push(`> - ${codeSpan(e.rule)}: ${escapeMarkdown(e.error)}`)
  }
  const version = escapeMarkdown(r.tool.version)
  out.push('', `<sub>multiarch-verify ${version} · fail-on: ${r.failOn} · source: ${codeSpan(r.source)}</sub>`)
  if (opts.footer) out.push('', opts.footer)
  return out.join('\n') + '\n'
}

export function renderMarkdown(r: Report, opts: MarkdownOptions = {}): string {
  const max = opts.maxBytes ?? Infinity
  const fits = (s: string): boolean => Buffer.byteLength(s) <= max
  // Shrink the details first, then drop them, then cut findings; the verdict and the matrix always stay.
  for (const details of [Infinity, 50, 10]) {
    const s = compose(r, opts, details, r.findings.length)
    if (fits(s)) return s
  }
  let findings = r.findings.length
  let s = compose(r, opts, undefined, findings)
  while (!fits(s) && findings > 0) {
    findings = Math.floor(findings / 2)
    s = compose(r, opts, undefined, findings)
  }
  return s
}
