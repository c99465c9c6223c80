/**
 * The platform × check matrix at the top of the comment: one row per platform; columns for the image, the entrypoint,
 * the programs, the libraries and the CPU variant, and an "other" column when a finding's rule has none of these.
 * Every finding of a platform shows in its row, in its rule's column (and in the entrypoint's when it is about the
 * entrypoint), with its severity's icon: a cell is never ✅ next to a finding, nor for what no rule judged on the
 * platform's OS ("➖ not checked"). Each cell is an icon and words, so it reads without the icons too. Pure.
 */
import { judges } from '../checks/index.js'
import { SEVERITY_RANK, type Finding, type RuleId } from '../findings.js'
import { article } from '../text.js'
import { SEVERITY_ICON, codeSpan, escapeMarkdown } from './escape.js'
import { familyOf, programCounts, programsJudged, wasRead, type PlatformReport, type Report } from './model.js'

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
  'config-platform-mismatch': ['config disagrees', 'config disagrees'],
  'platform-not-checked': ['part not checked', 'parts not checked']
}

/**
 * What a ✅ in each column says was judged: the rules behind it, and what each looks at. Where a rule does not judge
 * the platform's OS (its `os`), the cell says that part was not checked instead of claiming it.
 */
const CLAIMS: Record<Column, Array<[RuleId, string]>> = {
  image: [['config-platform-mismatch', 'config']],
  entrypoint: [['entrypoint-not-found', 'entrypoint']],
  programs: [['binary-arch-mismatch', 'programs']],
  libraries: [
    ['interpreter-missing', 'loader'],
    ['library-missing', 'libraries']
  ],
  variant: [['cpu-variant-mismatch', 'CPU variant']],
  other: []
}

/** What of a column's claims the platform's OS is judged by, and what not (as the words of CLAIMS). */
interface Coverage {
  judged: string[]
  unjudged: string[]
}

function coverage(column: Column, p: PlatformReport): Coverage {
  const family = familyOf(p.platform)
  const claims = CLAIMS[column]
  return {
    judged: claims.filter(([rule]) => judges(rule, family)).map(([, what]) => what),
    unjudged: claims.filter(([rule]) => !judges(rule, family)).map(([, what]) => what)
  }
}

/** A cell of a column judged in part: what was not judged, said after the rest. */
function partly(cell: string, cov: Coverage): string {
  return cov.unjudged.length ? `${cell}, ➖ ${cov.unjudged.join(' and ')} not checked` : cell
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
  // The machine of an ELF or a PE program, as the list of programs names it.
  const code = ep?.elf ?? ep?.pe
  const bad = worst(mine)
  if (bad) {
    const icon = SEVERITY_ICON[bad.severity]
    if (!name) return `${icon} none set`
    const arch = p.platform.split('/')[1] ?? '?'
    // Another machine is named; a program of the right machine in another system's format is not "x86-64 in amd64".
    if (bad.rule === 'binary-arch-mismatch' && code && code.architecture !== arch)
      return `${icon} **${escapeMarkdown(code.machine)}** in ${article(escapeMarkdown(arch))} image`
    const others = mine.length > 1 ? ` (+${mine.length - 1})` : ''
    return `${icon} ${name}: ${words(bad.rule, 1)}${others}`
  }
  if (!ep || !name) return '➖ none set'
  if (ep.elf)
    return `✅ ${escapeMarkdown(ep.elf.machine)}${ep.elf.linkage ? `, ${escapeMarkdown(ep.elf.linkage)}` : ''}`
  if (ep.pe) return `✅ ${escapeMarkdown(ep.pe.machine)}`
  return ep.kind === 'script' ? '✅ script, interpreter found' : '✅ found'
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

function cellLibraries(p: PlatformReport, mine: Finding[], cov: Coverage): string {
  if (!wasRead(p.status)) return '—'
  if (mine.length) return partly(summaryCell(mine), cov)
  if (p.entrypoint?.elf?.linkage === 'static') return partly('✅ static', cov)
  return partly(cov.unjudged.length ? `✅ ${cov.judged.join(' and ')} found` : '✅ found', cov)
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
    // A pass with notes only is a pass; the status already counts warnings and errors. A platform whose programs
    // no rule judges passes without having been checked: not a ✅.
    const w = worst(findings.filter(f => f.platform === p.platform && f.severity !== 'note'))
    return w ? SEVERITY_ICON[w.severity] : programsJudged(p.platform) ? '✅' : '➖'
  }
  return p.status === 'warning' || p.status === 'not-checked' ? '⚠️' : '❌'
}

function entrypointHeader(r: Report): string {
  const paths = new Set(r.platforms.map(p => p.entrypoint?.resolvedPath ?? p.entrypoint?.argv[0]).filter(Boolean))
  return paths.size === 1 ? `entrypoint ${codeSpan([...paths][0] as string, true)}` : 'entrypoint'
}

const CELLS: Record<Column, (p: PlatformReport, mine: Finding[], cov: Coverage) => string> = {
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
    const cells = columns.map(c => {
      const mine = findings.filter(f => columnsOf(f, p).includes(c))
      const cov = coverage(c, p)
      // Nothing behind the column judges this OS: said, never ✅ (a finding would still show, in its words).
      if (wasRead(p.status) && cov.unjudged.length && !cov.judged.length && !mine.length) return '➖ not checked'
      return CELLS[c](p, mine, cov)
    })
    // A no-break space keeps the icon with the platform's name in a narrow column.
    rows.push(`| ${statusIcon(p, findings)}\u00a0${codeSpan(p.platform, true)} | ${cells.join(' | ')} |`)
  }
  return rows
}
