/**
 * The Markdown report for the PR comment and the job summary: the verdict, the platform matrix, the findings per
 * platform with their fixes, and the programs checked in a collapsed section. It always fits the given size: the
 * details shrink first, then go, then findings are cut with a pointer to the job summary. Pure.
 */
import { DOCKERFILE_SCOPE, SEVERITY_RANK, type Finding } from '../findings.js'
import { SEVERITY_ICON, codeSpan, escapeMarkdown, hintToMarkdown, messageToMarkdown } from './escape.js'
import { renderMatrix } from './matrix.js'
import { failedPlatforms, uncheckedPlatforms, type PlatformReport, type Report } from './model.js'
import { isRepoPath } from './paths.js'

/** Places of one problem listed in the open; the rest fold into a <details>. */
const LIST_SHOWN = 10

/** GitHub refuses comment bodies over 65,536 characters. */
export const COMMENT_LIMIT = 65_536
/** What is posted when GitHub refuses the full comment anyway (422): the verdict, the matrix, the first findings. */
export const SHORT_COMMENT = 8 * 1024
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
  const bad = failedPlatforms(r).length
  const errors = r.findings.filter(f => f.severity === 'error').length
  const warnings = r.findings.filter(f => f.severity === 'warning').length
  const unchecked = uncheckedPlatforms(r).length
  if (unchecked && !bad) return `### ⚠️ multiarch-verify: ${unchecked} of ${plural(n, 'platform')} could not be checked`
  if (r.verdict === 'pass') {
    if (errors) return `### ✅ multiarch-verify: passed with ${plural(errors, 'error')} (fail-on: ${r.failOn})`
    const all =
      n === 1 ? `${r.platforms[0]?.platform} can run what it ships` : `all ${n} platforms can run what they ship`
    if (warnings) return `### ✅ multiarch-verify: ${escapeMarkdown(all)}, ${plural(warnings, 'warning')}`
    return `### ✅ multiarch-verify: ${escapeMarkdown(all)}`
  }
  return bad
    ? `### ❌ multiarch-verify: ${bad} of ${plural(n, 'platform')} cannot run${unchecked ? `, ${unchecked} could not be checked` : ''}`
    : `### ❌ multiarch-verify: ${plural(errors + warnings, 'finding')} at or above \`${r.failOn}\``
}

/** What the environment kept from being checked: said before the findings, since the verdict rests on it. */
function notChecked(r: Report): string[] {
  if (!r.errors?.length) return []
  return [
    '',
    '> [!WARNING]',
    '> Not verified, because of the build environment:',
    ...r.errors.map(e => `> - ${escapeMarkdown(e)}`)
  ]
}

function location(f: Finding, blobUrl: string | undefined): string {
  if (!f.location) return ''
  const text = escapeMarkdown(`${f.location.file}:${f.location.line}`)
  const lead = f.platform === DOCKERFILE_SCOPE ? 'At' : 'Made by'
  if (!blobUrl || !isRepoPath(f.location.file)) return `${lead} ${text}.`
  const path = f.location.file.replace(/^(\.\/)+/, '')
  const href = `${blobUrl}${path.split('/').map(encodeURIComponent).join('/')}#L${f.location.line}`
  return `${lead} [${text}](${href}).`
}

/** The first sentence of a message, cutting only outside code spans (paths have dots). */
export function firstSentence(message: string): string {
  let inCode = false
  for (let i = 0; i < message.length - 2; i++) {
    const ch = message[i]
    if (ch === '`') inCode = !inCode
    else if (!inCode && ch === '.' && message[i + 1] === ' ' && /[A-Z]/.test(message[i + 2] ?? ''))
      return message.slice(0, i + 1)
  }
  return message
}

function logTail(f: Finding): string[] {
  const tail = f.evidence?.logTail
  if (typeof tail !== 'string' || !tail) return []
  const safe = tail.replace(/```/g, "'''")
  return ['', '<details><summary>Build log (last lines)</summary>', '', '```text', safe, '```', '</details>']
}

/**
 * One rule's findings on one platform: the first in full, the others as one line each, and the fix once. Fifty
 * foreign binaries read as one problem with fifty places, not fifty copies of the same advice.
 */
function groupBlock(findings: Finding[], blobUrl: string | undefined, hintsShown: Set<string>): string[] {
  const group = [...findings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]) // stable
  const [first, ...rest] = group as [Finding, ...Finding[]]
  const count = group.length > 1 ? ` (${group.length})` : ''
  const lines = [`${SEVERITY_ICON[first.severity]} **${first.rule}**${count}: ${messageToMarkdown(first.message)}`]
  const loc = location(first, blobUrl)
  if (loc) lines.push('', loc)
  lines.push(...logTail(first))
  const item = (f: Finding): string => {
    const where = location(f, blobUrl)
    return `- ${SEVERITY_ICON[f.severity]} ${messageToMarkdown(firstSentence(f.message))}${where ? ` ${where}` : ''}`
  }
  if (rest.length) lines.push('', ...rest.slice(0, LIST_SHOWN).map(item))
  if (rest.length > LIST_SHOWN) {
    const more = rest.slice(LIST_SHOWN)
    lines.push('', `<details><summary>${more.length} more</summary>`, '', ...more.map(item), '', '</details>')
  }
  if (first.hint && hintsShown.has(first.hint)) lines.push('', '**Fix:** as above.')
  else if (first.hint) lines.push('', `**Fix:** ${hintToMarkdown(first.hint)}`)
  if (first.hint) hintsShown.add(first.hint)
  return lines
}

function findingsSection(r: Report, blobUrl: string | undefined, limit: number): string[] {
  const out: string[] = []
  const shown = r.findings.slice(0, limit)
  const hintsShown = new Set<string>()
  // The platforms that cannot run come first; the Dockerfile's lint (the cause, often) closes the list.
  const platforms = [...new Set(shown.map(f => f.platform))].sort(
    (a, b) => Number(a === DOCKERFILE_SCOPE) - Number(b === DOCKERFILE_SCOPE)
  )
  for (const plat of platforms) {
    out.push('', `#### ${escapeMarkdown(plat)}`)
    const mine = shown.filter(x => x.platform === plat)
    for (const rule of [...new Set(mine.map(f => f.rule))]) {
      out.push(
        '',
        ...groupBlock(
          mine.filter(f => f.rule === rule),
          blobUrl,
          hintsShown
        )
      )
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
  const out = [headline(r), '', ...renderMatrix(r), ...notChecked(r), ...findingsSection(r, opts.blobUrl, findings)]
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
