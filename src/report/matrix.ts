/**
 * The platform × check matrix at the top of the comment: one row per platform; columns for the image config, the
 * entrypoint, the binaries, the libraries and the CPU variants. Each cell is an icon and words, so it reads without
 * the icons too. A column whose rules this version does not have says "not checked" rather than a false ✅. Pure.
 */
import { RULES } from '../checks/index.js'
import type { Finding } from '../findings.js'
import { article } from '../text.js'
import { SEVERITY_ICON, codeSpan, escapeMarkdown } from './escape.js'
import { wasRead, type PlatformReport, type Report } from './model.js'

const implemented = (ids: string[]): boolean => ids.some(id => RULES.some(r => r.id === id))

function worst(findings: Finding[], rules: string[]): Finding | undefined {
  const mine = findings.filter(f => rules.includes(f.rule))
  return mine.find(f => f.severity === 'error') ?? mine.find(f => f.severity === 'warning') ?? mine[0]
}

function icon(f: Finding): string {
  return SEVERITY_ICON[f.severity]
}

function cellConfig(p: PlatformReport, findings: Finding[]): string {
  if (p.status === 'missing') return '❌ not in the index'
  if (p.status === 'build-failed') return '❌ build failed'
  if (p.status === 'unreadable') return '❌ unreadable'
  if (p.status === 'not-checked') return '⚠️ not checked'
  const f = worst(findings, ['config-platform-mismatch'])
  return f ? `${icon(f)} config disagrees` : '✅ matches'
}

function cellEntrypoint(p: PlatformReport, findings: Finding[]): string {
  const ep = p.entrypoint
  if (!wasRead(p.status) || !ep) return '—'
  const missing = worst(findings, ['entrypoint-not-found', 'entrypoint-not-executable'])
  if (missing) return `${icon(missing)} ${ep.argv[0] ? codeSpan(ep.argv[0], true) : 'none'} not found`
  const foreign = findings.find(f => f.rule === 'binary-arch-mismatch' && f.path === ep.resolvedPath)
  if (ep.elf) {
    const arch = escapeMarkdown(p.platform.split('/')[1] ?? '?')
    if (foreign) return `❌ **${escapeMarkdown(ep.elf.machine)}** in ${article(arch)} image`
    return `✅ ${escapeMarkdown(ep.elf.machine)}${ep.elf.linkage ? `, ${ep.elf.linkage}` : ''}`
  }
  return ep.kind === 'script' ? '✅ script' : '✅ found'
}

function cellBinaries(p: PlatformReport, findings: Finding[]): string {
  if (!wasRead(p.status)) return '—'
  const b = p.binaries
  const ignored = b.ignored ? `, ${b.ignored} ignored` : ''
  const bad = worst(findings, ['binary-arch-mismatch', 'go-buildinfo-mismatch', 'identical-binary'])
  if (b.foreign && bad) return `${icon(bad)} ${b.foreign} of ${b.checked} foreign${ignored}`
  if (bad) return `${icon(bad)} ${escapeMarkdown(bad.rule)}`
  return `✅ ${b.checked} checked${ignored}`
}

function cellLibraries(p: PlatformReport, findings: Finding[]): string {
  if (!wasRead(p.status)) return '—'
  const rules = ['interpreter-missing', 'library-missing', 'library-version-missing', 'native-module-mismatch']
  const bad = worst(findings, rules)
  if (bad) return `${icon(bad)} ${escapeMarkdown(bad.rule.replace(/-/g, ' '))}`
  if (p.entrypoint?.elf?.linkage === 'static') return '✅ static'
  if (implemented(['library-missing'])) return '✅ found'
  return implemented(['interpreter-missing']) ? '✅ loader found' : '➖ not checked'
}

function cellVariants(p: PlatformReport, findings: Finding[]): string {
  if (!wasRead(p.status)) return '—'
  const rules = ['cpu-variant-mismatch']
  const bad = worst(findings, rules)
  if (bad) return `${icon(bad)} variant`
  return implemented(rules) ? '✅ ok' : '➖ not checked'
}

function statusIcon(p: PlatformReport): string {
  return p.status === 'pass' ? '✅' : p.status === 'warning' || p.status === 'not-checked' ? '⚠️' : '❌'
}

function entrypointHeader(r: Report): string {
  const paths = new Set(r.platforms.map(p => p.entrypoint?.resolvedPath ?? p.entrypoint?.argv[0]).filter(Boolean))
  return paths.size === 1 ? `entrypoint ${codeSpan([...paths][0] as string, true)}` : 'entrypoint'
}

export function renderMatrix(r: Report): string[] {
  const rows = [
    `| platform | config | ${entrypointHeader(r)} | binaries | libraries | variant |`,
    '|---|---|---|---|---|---|'
  ]
  for (const p of r.platforms) {
    const f = r.findings.filter(x => x.platform === p.platform)
    const cells = [cellConfig(p, f), cellEntrypoint(p, f), cellBinaries(p, f), cellLibraries(p, f), cellVariants(p, f)]
    rows.push(`| ${statusIcon(p)} ${codeSpan(p.platform, true)} | ${cells.join(' | ')} |`)
  }
  return rows
}
