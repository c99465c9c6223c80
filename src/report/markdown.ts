/** The Markdown report for the PR comment and the job summary. Pure: a report in, a string out. */
import { article } from '../checks/binary-arch-mismatch.js'
import type { Finding } from '../checks/types.js'
import { codeSpan, escapeMarkdown, hintToMarkdown, messageToMarkdown } from './escape.js'
import type { PlatformReport, Report } from './model.js'

const ICON = { pass: '✅', warning: '⚠️', fail: '❌' } as const
const SEVERITY_ICON = { error: '❌', warning: '⚠️', note: 'ℹ️' } as const

export interface MarkdownOptions {
  /** Where a file path in a location links to: `https://github.com/o/r/blob/<sha>/`. */
  blobUrl?: string
  /** Appended verbatim (the sticky comment's hidden marker). */
  footer?: string
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

function cellImage(p: PlatformReport, findings: Finding[]): string {
  if (p.status === 'missing') return '❌ not in the index'
  if (p.status === 'build-failed') return '❌ build failed'
  if (p.status === 'unreadable') return '❌ unreadable'
  if (findings.some(f => f.rule === 'config-platform-mismatch')) return '❌ config disagrees'
  return '✅ config matches'
}

function cellEntrypoint(p: PlatformReport, findings: Finding[]): string {
  const ep = p.entrypoint
  if (!ep) return '—'
  if (findings.some(f => f.rule === 'entrypoint-not-found'))
    return `❌ ${ep.argv[0] ? codeSpan(ep.argv[0], true) : 'none'} not found`
  const mismatch = findings.find(f => f.rule === 'binary-arch-mismatch' && f.path === ep.resolvedPath)
  if (ep.elf) {
    const what = `${ep.elf.machine}${ep.elf.linkage ? `, ${ep.elf.linkage}` : ''}`
    return mismatch
      ? `❌ **${escapeMarkdown(ep.elf.machine)}** in ${article(escapeMarkdown(p.platform.split('/')[1] ?? '?'))} image`
      : `✅ ${escapeMarkdown(what)}`
  }
  return ep.kind === 'script' ? '✅ script' : '✅ found'
}

function cellBinaries(p: PlatformReport): string {
  const b = p.binaries
  if (p.status === 'missing' || p.status === 'build-failed' || p.status === 'unreadable') return '—'
  const ignored = b.ignored ? ` (${b.ignored} ignored)` : ''
  if (b.foreign) return `${p.status === 'fail' ? '❌' : '⚠️'} ${b.foreign} of ${b.checked} foreign${ignored}`
  return `✅ ${b.checked} checked${ignored}`
}

function statusIcon(p: PlatformReport): string {
  return p.status === 'pass' ? ICON.pass : p.status === 'warning' ? ICON.warning : ICON.fail
}

function entrypointHeader(r: Report): string {
  const paths = new Set(r.platforms.map(p => p.entrypoint?.resolvedPath ?? p.entrypoint?.argv[0]).filter(Boolean))
  return paths.size === 1 ? `entrypoint ${codeSpan([...paths][0] as string, true)}` : 'entrypoint'
}

function table(r: Report): string[] {
  const rows = [`| platform | image | ${entrypointHeader(r)} | binaries |`, '|---|---|---|---|']
  for (const p of r.platforms) {
    const mine = r.findings.filter(f => f.platform === p.platform)
    rows.push(
      `| ${statusIcon(p)} ${codeSpan(p.platform, true)} | ${cellImage(p, mine)} | ${cellEntrypoint(p, mine)} | ${cellBinaries(p)} |`
    )
  }
  return rows
}

function location(f: Finding, blobUrl: string | undefined): string {
  if (!f.location) return ''
  const label = `${f.location.file}:${f.location.line}`
  const text = escapeMarkdown(label)
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
    lines.push(
      '',
      '<details><summary>Build log (last lines)</summary>',
      '',
      '```text',
      tail.replace(/```/g, "'''"),
      '```',
      '</details>'
    )
  }
  if (f.hint) lines.push('', `**Fix:** ${hintToMarkdown(f.hint)}`)
  return lines
}

export function renderMarkdown(r: Report, opts: MarkdownOptions = {}): string {
  const out = [headline(r), '', ...table(r)]
  const platforms = [...new Set(r.findings.map(f => f.platform))]
  for (const plat of platforms) {
    out.push('', `#### ${escapeMarkdown(plat)}`)
    for (const f of r.findings.filter(x => x.platform === plat)) out.push('', ...findingBlock(f, opts.blobUrl))
  }
  if (r.internalErrors?.length) {
    out.push(
      '',
      '> [!WARNING]',
      `> ${r.internalErrors.length} check(s) crashed; their results are missing. This is a bug in multiarch-verify:`
    )
    for (const e of r.internalErrors) out.push(`> - ${codeSpan(e.rule)}: ${escapeMarkdown(e.error)}`)
  }
  out.push(
    '',
    `<sub>multiarch-verify ${escapeMarkdown(r.tool.version)} · fail-on: ${r.failOn} · source: ${codeSpan(r.source)}</sub>`
  )
  if (opts.footer) out.push('', opts.footer)
  return out.join('\n') + '\n'
}
