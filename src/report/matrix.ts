/**
 * The platform × check matrix at the top of the comment: one row per platform; columns for the image, the entrypoint,
 * the programs, the libraries and the CPU variant, and an "other" column when a finding's rule has none of these.
 * Every finding of a platform shows in its row, in its rule's column (and in the entrypoint's when it is about the
 * entrypoint), with its severity's icon: a cell is never ✅ next to a finding. Each cell is an icon and words, so it
 * reads without the icons too. Pure.
 */
import { SEVERITY_RANK, type Finding } from '../findings.js'
import { article } from '../text.js'
import { SEVERITY_ICON, codeSpan, escapeMarkdown } from './escape.js'
import { wasRead, type PlatformReport, type Report } from './model.js'

export type Column = 'image' | 'entrypoint' | 'programs' | 'libraries' | 'variant' | 'other'

/** Each rule's column; a rule missing here (a new one) goes to "other", so no finding is ever left out. */
const RULE_COLUMN: Record<string, Column> = {
  'platform-missing': 'image',
  'config-platform-mismatch': 'image',
  'build-failed': 'image',
  'image-unreadable': 'image',
  'entrypoint-not-found': 'entrypoint',
  'entrypoint-unset': 'entrypoint',
  'entrypoint-not-executable': 'entrypoint',
  'binary-arch-mismatch': 'programs',
  'go-buildinfo-mismatch': 'programs',
  'identical-binary': 'programs',
  'cross-platform-drift': 'programs',
  'shebang-interpreter-missing': 'programs',
  'required-path-missing': 'programs',
  'interpreter-missing': 'libraries',
  'library-missing': 'libraries',
  'library-version-missing': 'libraries',
  'native-module-mismatch': 'libraries',
  'cpu-variant-mismatch': 'variant'
}

/** Short words for a rule in a cell. */
const RULE_WORDS: Record<string, [one: string, many: string]> = {
  'binary-arch-mismatch': ['foreign program', 'foreign programs'],
  'go-buildinfo-mismatch': ['built for another GOARCH', 'built for another GOARCH'],
  'identical-binary': ['same file as another platform', 'same files as another platform'],
  'cross-platform-drift': ['differs across platforms', 'differ across platforms'],
  'shebang-interpreter-missing': ['script without its interpreter', 'scripts without their interpreter'],
  'required-path-missing': ['required path missing', 'required paths missing'],
  'interpreter-missing': ['loader missing', 'loaders missing'],
  'library-missing': ['library missing', 'libraries missing'],
  'library-version-missing': ['symbol version missing', 'symbol versions missing'],
  'native-module-mismatch': ['native module for another platform', 'native modules for another platform'],
  'cpu-variant-mismatch': ['needs a newer CPU', 'need a newer CPU'],
  'entrypoint-not-found': ['not found', 'not found'],
  'entrypoint-unset': ['none set', 'none set'],
  'entrypoint-not-executable': ['not executable', 'not executable'],
  'config-platform-mismatch': ['config disagrees', 'config disagrees']
}

/** The columns a finding shows in: its rule's, and the entrypoint's when it is about the entrypoint. */
export function columnsOf(f: Finding, p: PlatformReport): Column[] {
  const own = RULE_COLUMN[f.rule] ?? 'other'
  const ep = p.entrypoint
  const aboutEntrypoint = f.path !== undefined && (f.path === ep?.resolvedPath || f.path === ep?.argv[0])
  return aboutEntrypoint && own !== 'entrypoint' ? ['entrypoint', own] : [own]
}

function worst(findings: Finding[]): Finding | undefined {
  return [...findings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity])[0]
}

function words(rule: string, n: number): string {
  const w = RULE_WORDS[rule]
  return w ? (n === 1 ? w[0] : w[1]) : escapeMarkdown(rule)
}

/** "❌ 2 libraries missing, ⚠️ 1 symbol version missing": the cell for the findings of one column. */
function summaryCell(findings: Finding[]): string {
  const rules = [...new Set(findings.map(f => f.rule))]
  return rules
    .map(rule => {
      const mine = findings.filter(f => f.rule === rule)
      const w = worst(mine) as Finding
      const paths = new Set(mine.map(f => f.path ?? f.message)).size
      return `${SEVERITY_ICON[w.severity]} ${paths} ${words(rule, paths)}`
    })
    .join(', ')
}

function cellImage(p: PlatformReport, mine: Finding[]): string {
  if (p.status === 'missing') return '❌ not in the index'
  if (p.status === 'build-failed') return '❌ build failed'
  if (p.status === 'unreadable') return '❌ unreadable'
  if (p.status === 'not-checked') return '⚠️ not checked'
  return mine.length ? summaryCell(mine) : '✅ config matches'
}

function cellEntrypoint(p: PlatformReport, mine: Finding[]): string {
  const ep = p.entrypoint
  if (!wasRead(p.status)) return '—'
  const name = ep?.argv[0] ? codeSpan(ep.argv[0], true) : undefined
  const bad = worst(mine)
  if (bad) {
    const icon = SEVERITY_ICON[bad.severity]
    if (!name) return `${icon} none set`
    if (bad.rule === 'binary-arch-mismatch' && ep?.elf) {
      const arch = escapeMarkdown(p.platform.split('/')[1] ?? '?')
      return `${icon} **${escapeMarkdown(ep.elf.machine)}** in ${article(arch)} image`
    }
    const others = mine.length > 1 ? ` (+${mine.length - 1})` : ''
    return `${icon} ${name}: ${words(bad.rule, 1)}${others}`
  }
  if (!ep || !name) return '➖ none set'
  if (ep.elf)
    return `✅ ${escapeMarkdown(ep.elf.machine)}${ep.elf.linkage ? `, ${escapeMarkdown(ep.elf.linkage)}` : ''}`
  return ep.kind === 'script' ? '✅ script, interpreter found' : '✅ found'
}

/** Programs checked and ignored, counted from the list the report gives (the list under the matrix). */
export function programCounts(p: PlatformReport): { checked: number; ignored: number } {
  const files = p.files ?? []
  const ignored = files.filter(f => f.ignored).length
  return { checked: files.length - ignored, ignored }
}

function cellPrograms(p: PlatformReport, mine: Finding[]): string {
  if (!wasRead(p.status)) return '—'
  const { checked, ignored } = programCounts(p)
  const skipped = ignored ? `, ${ignored} ignored` : ''
  if (!mine.length) return `✅ ${checked} checked${skipped}`
  const foreign = mine.filter(f => f.rule === 'binary-arch-mismatch')
  const rest = mine.filter(f => f.rule !== 'binary-arch-mismatch')
  const parts: string[] = []
  if (foreign.length) {
    const w = worst(foreign) as Finding
    const n = new Set(foreign.map(f => f.path)).size
    parts.push(`${SEVERITY_ICON[w.severity]} ${n} of ${checked} foreign`)
  }
  if (rest.length) parts.push(summaryCell(rest))
  // The count of programs checked stays, so the list under the matrix can be matched against it.
  return `${parts.join(', ')}${foreign.length ? skipped : ` (${checked} checked${skipped})`}`
}

function cellLibraries(p: PlatformReport, mine: Finding[]): string {
  if (!wasRead(p.status)) return '—'
  if (mine.length) return summaryCell(mine)
  return p.entrypoint?.elf?.linkage === 'static' ? '✅ static' : '✅ found'
}

function cellVariant(p: PlatformReport, mine: Finding[]): string {
  if (!wasRead(p.status)) return '—'
  return mine.length ? summaryCell(mine) : '✅ ok'
}

function cellOther(p: PlatformReport, mine: Finding[]): string {
  if (!wasRead(p.status) && !mine.length) return '—'
  return mine.length ? summaryCell(mine) : '✅'
}

export function statusIcon(p: PlatformReport, findings: Finding[] = []): string {
  if (p.status === 'pass') {
    // A pass with notes only is a pass; the status already counts warnings and errors.
    const w = worst(findings.filter(f => f.platform === p.platform && f.severity !== 'note'))
    return w ? SEVERITY_ICON[w.severity] : '✅'
  }
  return p.status === 'warning' || p.status === 'not-checked' ? '⚠️' : '❌'
}

function entrypointHeader(r: Report): string {
  const paths = new Set(r.platforms.map(p => p.entrypoint?.resolvedPath ?? p.entrypoint?.argv[0]).filter(Boolean))
  return paths.size === 1 ? `entrypoint ${codeSpan([...paths][0] as string, true)}` : 'entrypoint'
}

const CELLS: Record<Column, (p: PlatformReport, mine: Finding[]) => string> = {
  image: cellImage,
  entrypoint: cellEntrypoint,
  programs: cellPrograms,
  libraries: cellLibraries,
  variant: cellVariant,
  other: cellOther
}

const HEADERS: Record<Column, (r: Report) => string> = {
  image: () => 'image',
  entrypoint: entrypointHeader,
  programs: () => 'programs',
  libraries: () => 'libraries',
  variant: () => 'CPU variant',
  other: () => 'other'
}

export function renderMatrix(r: Report): string[] {
  const byPlatform = new Map(r.platforms.map(p => [p.platform, r.findings.filter(f => f.platform === p.platform)]))
  const other = r.platforms.some(p => (byPlatform.get(p.platform) ?? []).some(f => columnsOf(f, p).includes('other')))
  const columns: Column[] = [
    'image',
    'entrypoint',
    'programs',
    'libraries',
    'variant',
    ...(other ? ['other' as const] : [])
  ]
  const rows = [
    `| platform | ${columns.map(c => HEADERS[c](r)).join(' | ')} |`,
    `|---|${columns.map(() => '---').join('|')}|`
  ]
  for (const p of r.platforms) {
    const findings = byPlatform.get(p.platform) ?? []
    const cells = columns.map(c =>
      CELLS[c](
        p,
        findings.filter(f => columnsOf(f, p).includes(c))
      )
    )
    // A no-break space keeps the icon with the platform's name in a narrow column.
    rows.push(`| ${statusIcon(p, findings)}\u00a0${codeSpan(p.platform, true)} | ${cells.join(' | ')} |`)
  }
  return rows
}
