/**
 * The golden comments (__tests__/report/golden/*.md, reviewed rendered: scripts/render-comments.mjs draws them with
 * GFM and GitHub's stylesheet in headless Chromium), and the rules every comment keeps: no ✅ headline over a warning
 * or an error, every finding shown in its platform's row, counts that agree with each other, the commit and the run
 * named, and, rendered as GFM, no user text turned into HTML or breaking out of its code block.
 * MV_UPDATE_GOLDEN=1 rewrites the files; review the diff and the screenshots before committing. A missing golden is
 * written for review outside CI, and fails under CI (helpers/golden.ts).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { micromark } from 'micromark'
import { gfm, gfmHtml } from 'micromark-extension-gfm'
import { DOCKERFILE_SCOPE, SEVERITY_RANK, type Finding, type RuleId } from '../../src/findings.js'
import { SHORT_COMMENT, renderMarkdown } from '../../src/report/markdown.js'
import type { Report } from '../../src/report/model.js'
import { ROOT } from '../helpers/fixtures.js'
import { goldenMode, goldenText } from '../helpers/golden.js'
import { HEAD, OPTIONS, scenarios } from './scenarios.js'

const DIR = join(ROOT, '__tests__/report/golden')
const ICON_RANK: Record<string, number> = { '❌': 3, '⚠️': 2, ℹ️: 1, '✅': 0, '➖': 0 }
type Column = 'image' | 'entrypoint' | 'programs' | 'libraries' | 'variant' | 'other'
const HEADERS: Record<Column, RegExp> = {
  image: /^image$/,
  entrypoint: /^entrypoint/,
  programs: /^programs$/,
  libraries: /^libraries$/,
  variant: /^CPU variant$/,
  other: /^other$/
}

/**
 * Where a reviewer looks for each rule's findings: written here, not taken from the renderer, so a finding put in the
 * wrong column fails. A rule of no column (a future one) must show in "other".
 */
const RULE_COLUMN: Record<RuleId, Column> = {
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
  'cpu-variant-mismatch': 'variant',
  'dockerfile-hardcoded-platform': 'other',
  'platform-not-checked': 'other'
}

/** The columns a finding must show in: its rule's, and the entrypoint's when it names the entrypoint's file. */
function expectedColumns(f: Finding, r: Report): Column[] {
  const own = (RULE_COLUMN as Record<string, Column | undefined>)[f.rule] ?? 'other'
  const ep = r.platforms.find(p => p.platform === f.platform)?.entrypoint
  const named = f.path !== undefined && (f.path === ep?.resolvedPath || f.path === ep?.argv[0])
  return named && own !== 'entrypoint' ? ['entrypoint', own] : [own]
}

/** The cells of a Markdown table row, split at unescaped pipes. */
const cells = (row: string): string[] =>
  row
    .replace(/^\|\s*|\s*\|$/g, '')
    .split(/(?<!\\)\|/)
    .map(c => c.trim())

/** The matrix: its header and, per platform, its cells. */
function matrix(md: string): { header: string[]; rows: Map<string, string[]> } {
  const lines = md.split('\n')
  const start = lines.findIndex(l => l.startsWith('| platform |'))
  const header = cells(lines[start] ?? '')
  const rows = new Map<string, string[]>()
  for (const l of lines.slice(start + 2)) {
    if (!l.startsWith('|')) break
    const c = cells(l)
    rows.set(/`([^`]+)`/.exec(c[0] ?? '')?.[1] ?? '', c)
  }
  return { header, rows }
}

/** The most severe icon in a cell. */
function cellRank(cell: string): number {
  return Math.max(
    -1,
    ...Object.entries(ICON_RANK)
      .filter(([icon]) => cell.includes(icon))
      .map(([, r]) => r)
  )
}

function checkRules(r: Report, md: string): string[] {
  const problems: string[] = []
  const severe = r.findings.some(f => f.severity !== 'note')
  const first = md.split('\n')[0] ?? ''
  if (severe && first.includes('✅')) problems.push(`✅ headline over findings: ${first}`)
  const { header, rows } = matrix(md)
  if (rows.size !== r.platforms.length)
    problems.push(`matrix has ${rows.size} rows for ${r.platforms.length} platforms`)
  for (const f of r.findings) {
    if (f.platform === DOCKERFILE_SCOPE) {
      if (!md.includes('**Dockerfile**:')) problems.push(`Dockerfile finding ${f.rule} not under the matrix`)
      continue
    }
    const p = r.platforms.find(x => x.platform === f.platform)
    const row = rows.get(f.platform)
    if (!p || !row) {
      problems.push(`no row for ${f.platform}`)
      continue
    }
    for (const col of expectedColumns(f, r)) {
      const i = header.findIndex(h => HEADERS[col].test(h))
      if (i < 0 || cellRank(row[i] ?? '') < SEVERITY_RANK[f.severity] - (f.severity === 'note' ? 1 : 0))
        problems.push(`${f.rule} ${f.severity} on ${f.platform} ${f.path ?? ''} not shown in column ${col}: ${row[i]}`)
    }
  }
  problems.push(...checkGroups(r, md))
  problems.push(...checkNotJudged(r, md, header, rows))
  // The programs list counts what the matrix counts.
  const listed = /Programs checked: (.+?)(?: \(\d+ ignored: not listed\))?(?:<\/summary>|;)/.exec(md)?.[1] ?? ''
  const programs = header.findIndex(h => HEADERS.programs.test(h))
  for (const [, n, p] of listed.matchAll(/(\d+) on ([^,;\s]+)/g)) {
    const cell = (rows.get((p as string).trim()) ?? [])[programs] ?? ''
    if (!cell.includes(`${n} checked`) && !cell.includes(`of ${n} foreign`))
      problems.push(`programs list says ${n} on ${p}, the matrix says ${cell}`)
  }
  if (!md.includes(`[\`${HEAD.slice(0, 7)}\`](https://github.com/o/r/commit/${HEAD})`))
    problems.push('no linked head commit')
  if (!md.includes('[workflow run and job summary](https://github.com/o/r/actions/runs/7/attempts/1)'))
    problems.push('no run link')
  if (!/2026-05-04 12:34 UTC/.test(md)) problems.push('no time')
  return problems
}

/**
 * What this tool does not judge per OS (docs/rules.md, "Windows and other systems in an index"), written here: those cells
 * say "➖ not checked" and never ✅; a platform whose programs are not judged is never ✅, in its row or the headline,
 * and the comment is not folded away as all green.
 */
const NOT_JUDGED: Record<string, Column[]> = {
  windows: ['libraries', 'variant'],
  plan9: ['entrypoint', 'programs', 'libraries', 'variant']
}

function checkNotJudged(r: Report, md: string, header: string[], rows: Map<string, string[]>): string[] {
  const problems: string[] = []
  const first = md.split('\n')[0] ?? ''
  for (const p of r.platforms) {
    const os = (/^[^(/]+/.exec(p.platform) as RegExpExecArray)[0]
    const row = rows.get(p.platform) ?? []
    for (const col of NOT_JUDGED[os] ?? []) {
      const cell = row[header.findIndex(h => HEADERS[col].test(h))] ?? ''
      if (!cell.includes('➖ not checked') || cell.includes('✅'))
        problems.push(`${col} on ${p.platform} is not said to be unchecked: ${cell}`)
    }
    if (!NOT_JUDGED[os]?.includes('programs')) continue
    if (row[0]?.includes('✅')) problems.push(`✅ row for ${p.platform}, whose programs were not judged`)
    if (first.startsWith('### ✅')) problems.push(`✅ headline over ${p.platform}, whose programs were not judged`)
    if (!first.includes(`${p.platform} was not checked`))
      problems.push(`the headline does not say ${p.platform} was not checked`)
    if (md.includes('<details><summary>1 platform') || /<details><summary>\d+ platforms ·/.test(md))
      problems.push(`folded as quiet with ${p.platform} not checked`)
  }
  return problems
}

interface Group {
  name: string
  total: number
  /** Said as "the same as on" another platform: its places are there. */
  pointer: boolean
  /** List items shown, in the open and folded. */
  items: number
  folded: number
  /** "M more of these N" of the fold, and "K more of these N are listed in the job summary". */
  foldSays?: number
  elsewhere: number
}

/**
 * Group headers count the whole group, and the group accounts for every one of them: the first in full, plus the
 * places listed in the open and folded, plus those left to the job summary; a fold says how many it holds.
 */
function checkGroups(r: Report, md: string): string[] {
  const problems: string[] = []
  const groups: Group[] = []
  let plat = ''
  let group: Group | undefined
  let fence: string | undefined
  let folded = false
  for (const line of md.split('\n')) {
    const f = /^(`{3,})/.exec(line)?.[1]
    if (fence) {
      if (f && f.length >= fence.length && line.trim() === f) fence = undefined
      continue
    }
    if (f) {
      fence = f
      continue
    }
    const h = /^#### (?:\S+ )?(\S+)$/.exec(line)
    if (h) {
      plat = (h[1] as string).replace(/\\/g, '')
      group = undefined
      continue
    }
    if (line.startsWith('<details><summary>Programs checked') || line.startsWith('<sub>')) group = undefined
    const g = /^(?:🆕 )?\S+ \[\*\*([a-z-]+)\*\*\]\([^)]*\)(?: \((\d+)\))?:/.exec(line)
    if (g) {
      const n = r.findings.filter(x => x.platform === plat && x.rule === g[1]).length
      if (Number(g[2] ?? 1) !== n) problems.push(`group ${g[1]} on ${plat} says ${g[2] ?? 1}, has ${n}`)
      const pointer = line.includes(': the same as on ')
      group = { name: `${g[1]} on ${plat}`, total: n, pointer, items: 0, folded: 0, elsewhere: 0 }
      groups.push(group)
      folded = false
      continue
    }
    if (!group) continue
    const more = /^<details><summary>(\d+) more of these (\d+)<\/summary>$/.exec(line)
    if (more) {
      folded = true
      group.foldSays = Number(more[1])
      if (Number(more[2]) !== group.total) problems.push(`"${more[0]}" in a group of ${group.total}`)
    }
    if (line === '</details>') folded = false
    const rest = /^_(\d+) more of these (\d+) are listed in the job summary\._$/.exec(line)
    if (rest) {
      group.elsewhere = Number(rest[1])
      if (Number(rest[2]) !== group.total) problems.push(`"${rest[0]}" in a group of ${group.total}`)
    }
    if (/^- (?:🆕 )?(?:❌|⚠️|ℹ️) /.test(line)) {
      group.items++
      if (folded) group.folded++
    }
  }
  for (const g of groups) {
    if (g.foldSays !== undefined && g.foldSays !== g.folded)
      problems.push(`group ${g.name}: the fold says ${g.foldSays}, holds ${g.folded}`)
    const shown = g.pointer ? g.total : 1 + g.items + g.elsewhere
    if (shown !== g.total) problems.push(`group ${g.name}: shows ${shown} of ${g.total}`)
  }
  return problems
}

/** GFM as GitHub renders it: user text never becomes HTML, and no fence closes early. */
function checkRendered(md: string): string[] {
  const html = micromark(md, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] })
  const problems: string[] = []
  const outsideCode = html.replace(/<code[^>]*>[\s\S]*?<\/code>/g, '')
  if (/<img|<script|<a href="http:\/\/evil/i.test(html)) problems.push('user text became HTML')
  if (outsideCode.includes('```')) problems.push('a code fence broke: ``` outside code')
  const tags = [...outsideCode.matchAll(/<(\/?)([a-z0-9]+)/g)].map(m => m[2])
  const allowed = new Set([
    'h3',
    'h4',
    'p',
    'sub',
    'a',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'details',
    'summary',
    'ul',
    'li',
    'strong',
    'em',
    'pre',
    'blockquote',
    'br'
  ])
  for (const t of new Set(tags)) if (!allowed.has(t as string)) problems.push(`unexpected element <${t}>`)
  if ((html.match(/<details>/g) ?? []).length !== (html.match(/<\/details>/g) ?? []).length)
    problems.push('unbalanced <details>')
  return problems
}

describe.each(scenarios())('golden comment: $name', ({ name, report, maxBytes }) => {
  const md = renderMarkdown(report, { ...OPTIONS, maxBytes })

  test('fits its size', () => {
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(maxBytes)
  })

  test('matches the reviewed golden file', () => {
    const golden = goldenText(join(DIR, `${name}.md`), md, goldenMode())
    expect(golden ?? `no golden file ${name}.md: make it with MV_UPDATE_GOLDEN=1 and review it`).toBe(md)
  })

  test('keeps the rules: headline, every finding in its row, counts, commit and run', () => {
    expect(checkRules(report, md)).toEqual([])
  })

  test('renders as GFM without user text turning into HTML or breaking a code block', () => {
    expect(checkRendered(md)).toEqual([])
  })
})

test('a missing golden file fails under CI (--ci, or CI set): it is not written and then compared with itself', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'mv-golden-'))
  try {
    const file = join(tmp, 'new-scenario.md')
    expect([goldenMode({ CI: 'true' }, 'new'), goldenMode({}, 'none'), goldenMode({ CI: 'false' }, 'new')]).toEqual([
      'compare',
      'compare',
      'write-missing'
    ])
    expect(goldenMode({ CI: 'true', MV_UPDATE_GOLDEN: '1' }, 'none')).toBe('update')
    expect([goldenText(file, 'rendered', 'compare'), existsSync(file)]).toEqual([undefined, false])
    // On a developer's machine it is written, for review, as jest writes a new snapshot.
    expect([goldenText(file, 'rendered', 'write-missing'), readFileSync(file, 'utf8')]).toEqual([
      'rendered',
      'rendered'
    ])
    expect(goldenText(file, 'changed', 'compare')).toBe('rendered')
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
})

test('the rule checks can fail: a ✅ headline over a warning, a ✅ cell next to an error, a wrong count', () => {
  const [seedCase] = scenarios()
  const { report } = seedCase as { report: Report }
  const md = renderMarkdown(report, OPTIONS)
  const broken = md
    .replace(/^### ❌/, '### ✅')
    .replace('❌ **x86-64** in an arm64 image', '✅ x86-64, static')
    .replace(/\*\*\]\(([^)]*)\): The entrypoint/, '**]($1) (3): The entrypoint')
  expect(checkRules(report, broken)).toEqual([
    expect.stringContaining('✅ headline over findings'),
    expect.stringContaining('binary-arch-mismatch error on linux/arm64 /server not shown in column entrypoint'),
    expect.stringContaining('group binary-arch-mismatch on linux/arm64 says 3, has 1')
  ])
  // The finding in the wrong column (libraries, not programs) is caught: the expectation is not the renderer's.
  const moved = md.replace('❌ 1 of 1 foreign | ✅ static', '✅ 1 checked | ❌ 1 foreign program')
  expect(checkRules(report, moved)).toEqual([
    expect.stringContaining('binary-arch-mismatch error on linux/arm64 /server not shown in column programs')
  ])
  expect(checkRendered('a ``` b\n\n<img src=x>\n')).toEqual([
    'user text became HTML',
    'a code fence broke: ``` outside code',
    'unexpected element <img>'
  ])
})

test('the group checks can fail: a place lost, a fold that miscounts, a job-summary count that does not add up', () => {
  const big = scenarios().find(s => s.name === 'three-hundred-findings') as { report: Report }
  const md = renderMarkdown(big.report, OPTIONS)
  expect(checkRules(big.report, md)).toEqual([])
  const lost = md.replace(/^- ❌ The program `\/usr\/bin\/tool-3` .*\n/m, '')
  expect(checkRules(big.report, lost)).toEqual(['group binary-arch-mismatch on linux/arm64: shows 298 of 299'])
  const lostFolded = md.replace(/^- ❌ The program `\/usr\/bin\/tool-30` .*\n/m, '')
  expect(checkRules(big.report, lostFolded)).toEqual([
    'group binary-arch-mismatch on linux/arm64: the fold says 288, holds 287',
    'group binary-arch-mismatch on linux/arm64: shows 298 of 299'
  ])
  const short = renderMarkdown(big.report, { ...OPTIONS, maxBytes: SHORT_COMMENT })
  expect(checkRules(big.report, short)).toEqual([])
  const left = Number(/_(\d+) more of these 299 are listed in the job summary/.exec(short)?.[1])
  expect(left).toBeGreaterThan(0)
  const miscount = short.replace(`_${left} more of these 299`, `_${left - 1} more of these 299`)
  expect(checkRules(big.report, miscount)).toEqual(['group binary-arch-mismatch on linux/arm64: shows 298 of 299'])
})

test('every finding of a rule no column names still shows in its row ("other")', () => {
  const [seedCase] = scenarios()
  const r = structuredClone((seedCase as { report: Report }).report)
  const f = r.findings.find(x => x.platform === 'linux/arm64') as Finding
  r.findings.push({ ...f, rule: 'some-future-rule' as Finding['rule'], severity: 'warning', path: '/x' })
  const md = renderMarkdown(r, OPTIONS)
  expect(md).toContain('| other |')
  expect(checkRules(r, md)).toEqual([])
})
