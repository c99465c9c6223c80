/**
 * The Markdown report for the PR comment and the job summary. It leads with the verdict and which commit and run it
 * describes, then (when something is wrong) the platform matrix and the findings per platform, each with the edit of
 * its Dockerfile line and the general fix folded below; when all is well, one line with the details folded. Counts
 * always come from the whole report, so a shortened comment never contradicts itself. It always fits the given size:
 * the list of programs shrinks first, then goes, then the places of each finding, then whole findings, each time
 * saying so. Pure.
 */
import { DOCKERFILE_SCOPE, SEVERITY_RANK, messageParts, type Finding, type LineFix } from '../findings.js'
import { SEVERITY_ICON, codeSpan, escapeMarkdown, fenced, hintToMarkdown, messageToMarkdown } from './escape.js'
import { renderMatrix, statusIcon } from './matrix.js'
import {
  failedPlatforms,
  familyOf,
  programCounts,
  uncheckedPlatforms,
  unjudgedPlatforms,
  type PlatformReport,
  type Report
} from './model.js'
import { isRepoPath } from './paths.js'
import { changesSince, stateComment, type CommentState, type NotCompared } from './state.js'
import { ruleUrl } from './rules.js'

/** Places of one problem listed in the open; the rest fold into a <details>. */
const LIST_SHOWN = 10

/** GitHub refuses comment bodies over 65,536 characters. */
export const COMMENT_LIMIT = 65_536
/** What is posted when GitHub refuses the full comment anyway (422): the verdict, the matrix, the first findings. */
export const SHORT_COMMENT = 8 * 1024
/** A job summary holds at most 1 MiB per step. */
export const SUMMARY_LIMIT = 1024 * 1024

/** Which commit and run the report describes. */
export interface RunInfo {
  /** The commit (the pull request's head), and where it is shown. */
  headSha?: string
  commitUrl?: string
  /** The workflow run, whose summary page holds the job summary. */
  runUrl?: string
  /** When the report was made (ISO 8601). */
  generatedAt?: string
}

export interface MarkdownOptions {
  /** Where a file path in a location links to: `https://github.com/o/r/blob/<sha>/`. */
  blobUrl?: string
  /** Appended verbatim (the sticky comment's hidden marker). */
  footer?: string
  /** The size limit in UTF-8 bytes (a safe bound for GitHub's character limits). */
  maxBytes?: number
  /** Where the full report is, named when something had to be cut. */
  fullReportUrl?: string
  run?: RunInfo
  /** The sticky comment: keep the findings' keys in a hidden state, and compare with the previous run's. */
  state?: { previous?: CommentState }
}

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`
}

const count = (r: Report, s: Finding['severity']): number => r.findings.filter(f => f.severity === s).length

/**
 * Nothing to act on: no error, no warning, every platform checked (by the environment, and by rules for its OS), no
 * check crashed.
 */
export function isQuiet(r: Report): boolean {
  return (
    r.verdict === 'pass' &&
    !count(r, 'error') &&
    !count(r, 'warning') &&
    !uncheckedPlatforms(r).length &&
    !unjudgedPlatforms(r).length &&
    !r.internalErrors?.length
  )
}

/** `a`, `a and b`, `a, b and c`. */
function listOf(names: string[]): string {
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '')
}

function platformList(names: string[], all: number): string {
  if (names.length === 1) return `${names[0]} can`
  if (names.length <= 4) return `${listOf(names)} can`
  return names.length === all ? `all ${all} platforms can` : `${names.length} platforms can`
}

/** The first line: never ✅ above a warning or an error, whatever the verdict. */
function headline(r: Report): string {
  const n = r.platforms.length
  const bad = failedPlatforms(r).length
  const errors = count(r, 'error')
  const warnings = count(r, 'warning')
  const notes = count(r, 'note')
  const unchecked = uncheckedPlatforms(r).length
  const passing = r.verdict === 'pass' ? ` (not failing: fail-on ${r.failOn})` : ''
  if (unchecked && !bad) return `### ⚠️ multiarch-verify: ${unchecked} of ${plural(n, 'platform')} could not be checked`
  if (bad)
    return `### ❌ multiarch-verify: ${bad} of ${plural(n, 'platform')} cannot run${unchecked ? `, ${unchecked} could not be checked` : ''}${passing}`
  if (errors) return `### ❌ multiarch-verify: ${plural(errors, 'error')}${passing}`
  if (warnings) {
    const on = new Set(r.findings.filter(f => f.severity === 'warning').map(f => f.platform))
    const where = [
      ...r.platforms.map(p => p.platform).filter(p => on.has(p)),
      ...(on.has(DOCKERFILE_SCOPE) ? ['the Dockerfile'] : [])
    ]
    const icon = r.verdict === 'fail' ? '❌' : '⚠️'
    const list = listOf(where)
    return `### ${icon} multiarch-verify: ${plural(warnings, 'warning')} on ${escapeMarkdown(list)}${passing}`
  }
  if (r.verdict === 'fail') return `### ❌ multiarch-verify: ${plural(notes, 'note')} at or above \`${r.failOn}\``
  const extra = notes ? `, ${plural(notes, 'note')}` : ''
  // A platform whose programs no rule judges is not said to run them: the headline says it was not checked.
  const unjudged = unjudgedPlatforms(r)
  const judged = r.platforms.map(p => p.platform).filter(p => !unjudged.includes(p))
  const ship = (k: number): string => (k === 1 ? 'it ships' : 'they ship')
  if (unjudged.length) {
    const not = `${escapeMarkdown(listOf(unjudged))} ${unjudged.length === 1 ? 'was' : 'were'} not checked`
    if (!judged.length) return `### ➖ multiarch-verify: ${not}${extra}`
    return `### ➖ multiarch-verify: ${escapeMarkdown(platformList(judged, n))} run what ${ship(judged.length)}; ${not}${extra}`
  }
  return `### ✅ multiarch-verify: ${escapeMarkdown(platformList(judged, n))} run what ${ship(n)}${extra}`
}

/** Which commit, when, and which run: a reviewer can tell whether it reflects the latest push. */
function runLine(run: RunInfo | undefined): string[] {
  if (!run) return []
  const parts: string[] = []
  if (run.headSha && /^[0-9a-f]{7,64}$/i.test(run.headSha)) {
    const short = codeSpan(run.headSha.slice(0, 7))
    parts.push(run.commitUrl ? `commit [${short}](${run.commitUrl})` : `commit ${short}`)
  }
  if (run.generatedAt) parts.push(escapeMarkdown(run.generatedAt.replace(/T(\d\d:\d\d).*$/, ' $1 UTC')))
  if (run.runUrl) parts.push(`[workflow run and job summary](${run.runUrl})`)
  return parts.length ? [`<sub>${parts.join(' · ')}</sub>`] : []
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

function href(blobUrl: string | undefined, file: string, line: number): string | undefined {
  if (!blobUrl || !isRepoPath(file)) return undefined
  const path = file.replace(/^(\.\/)+/, '')
  return `${blobUrl}${path.split('/').map(encodeURIComponent).join('/')}#L${line}`
}

function place(file: string, line: number, blobUrl: string | undefined): string {
  const text = escapeMarkdown(`${file}:${line}`)
  const link = href(blobUrl, file, line)
  return link ? `[${text}](${link})` : text
}

function location(f: Finding, blobUrl: string | undefined): string {
  if (!f.location) return ''
  const lead = f.platform === DOCKERFILE_SCOPE ? 'At' : 'Made by'
  return `${lead} ${place(f.location.file, f.location.line, blobUrl)}.`
}

/** The first sentence of a message, cutting only outside code spans (paths have dots). */
export function firstSentence(message: string): string {
  let out = ''
  for (const part of messageParts(message)) {
    const end = part.code ? null : /\. (?=[A-Z])/.exec(part.raw)
    if (end) return out + part.raw.slice(0, end.index + 1)
    out += part.raw
  }
  return message
}

function logTail(f: Finding): string[] {
  const tail = f.evidence?.logTail
  if (typeof tail !== 'string' || !tail) return []
  return ['', '<details><summary>Build log (last lines)</summary>', '', ...fenced(tail, 'text'), '</details>']
}

const fixKey = (x: LineFix): string => JSON.stringify([x.file, x.line, x.after])

/** A unified diff of the lines: what both sides share at the start and the end is context, not removed and added. */
export function diff(before: string[], after: string[]): string[] {
  let head = 0
  while (head < before.length && head < after.length && before[head] === after[head]) head++
  let tail = 0
  while (
    tail < before.length - head &&
    tail < after.length - head &&
    before[before.length - 1 - tail] === after[after.length - 1 - tail]
  )
    tail++
  return [
    ...before.slice(0, head).map(l => ` ${l}`),
    ...before.slice(head, before.length - tail).map(l => `-${l}`),
    ...after.slice(head, after.length - tail).map(l => `+${l}`),
    ...before.slice(before.length - tail).map(l => ` ${l}`)
  ]
}

/** The edit as a diff of the lines as written; its explanation folded below, once. */
function fixBlock(f: Finding, blobUrl: string | undefined, shown: Set<string>, hintsShown: Set<string>): string[] {
  const out: string[] = []
  const x = f.fix
  if (x) {
    const same = f.location?.file === x.file && f.location.line === x.line
    const at = same ? 'that line' : place(x.file, x.line, blobUrl)
    if (shown.has(fixKey(x))) {
      out.push('', `**Fix:** the edit of ${place(x.file, x.line, blobUrl)} above.`)
      return out
    }
    shown.add(fixKey(x))
    out.push('', `**Fix:** edit ${at} so it ${messageToMarkdown(x.summary)}:`, '')
    out.push(...fenced(diff(x.before, x.after).join('\n'), 'diff'))
  }
  if (!f.hint) return out
  if (x) {
    if (!hintsShown.has(f.hint))
      out.push(
        '',
        '<details><summary>Why, and other ways to fix it</summary>',
        '',
        hintToMarkdown(f.hint),
        '',
        '</details>'
      )
  } else if (hintsShown.has(f.hint)) out.push('', '**Fix:** as above.')
  else out.push('', `**Fix:** ${hintToMarkdown(f.hint)}`)
  hintsShown.add(f.hint)
  return out
}

interface Shown {
  fixes: Set<string>
  hints: Set<string>
  isNew: (f: Finding) => boolean
}

function ruleName(rule: string): string {
  return `[**${escapeMarkdown(rule)}**](${ruleUrl(rule)})`
}

/**
 * One rule's findings on one platform: the first in full, the others as one line each, and the fix once. Fifty
 * foreign binaries read as one problem with fifty places, not fifty copies of the same advice. `places` caps the lines.
 */
function groupBlock(findings: Finding[], blobUrl: string | undefined, shown: Shown, places: number): string[] {
  const group = [...findings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]) // stable
  const [first, ...rest] = group as [Finding, ...Finding[]]
  const total = group.length > 1 ? ` (${group.length})` : ''
  const mark = (f: Finding): string => (shown.isNew(f) ? '🆕 ' : '')
  const lines = [
    `${mark(first)}${SEVERITY_ICON[first.severity]} ${ruleName(first.rule)}${total}: ${messageToMarkdown(first.message)}`
  ]
  const loc = location(first, blobUrl)
  if (loc) lines.push('', loc)
  lines.push(...logTail(first))
  const item = (f: Finding): string => {
    const where = location(f, blobUrl)
    return `- ${mark(f)}${SEVERITY_ICON[f.severity]} ${messageToMarkdown(firstSentence(f.message))}${where ? ` ${where}` : ''}`
  }
  const listed = rest.slice(0, places)
  if (listed.length) lines.push('', ...listed.slice(0, LIST_SHOWN).map(item))
  if (listed.length > LIST_SHOWN) {
    const more = listed.slice(LIST_SHOWN)
    lines.push(
      '',
      `<details><summary>${more.length} more of these ${group.length}</summary>`,
      '',
      ...more.map(item),
      '',
      '</details>'
    )
  }
  if (rest.length > listed.length)
    lines.push('', `_${rest.length - listed.length} more of these ${group.length} are listed in the job summary._`)
  lines.push(...fixBlock(first, blobUrl, shown.fixes, shown.hints))
  // Other lines of the Dockerfile at fault for the same rule get their own edit; the explanation was given.
  for (const f of rest) {
    if (f.fix && !shown.fixes.has(fixKey(f.fix))) {
      const edit: Finding = { ...f }
      delete edit.hint
      lines.push(...fixBlock(edit, blobUrl, shown.fixes, shown.hints))
    }
  }
  return lines
}

/** What a group says, with its platform's name and architecture taken out: equal on two platforms, it is one problem. */
function signature(g: Finding[]): string {
  const plat = (g[0] as Finding).platform
  const arch = plat.split('/')[1] ?? plat
  const neutral = (t: string): string => t.split(plat).join('{platform}').split(arch).join('{arch}')
  return JSON.stringify(
    g.map(f => [f.rule, f.severity, f.path, neutral(f.message), f.location, f.fix && [f.fix.line, f.fix.after]])
  )
}

interface Budget {
  /** Programs listed per platform (undefined: no list). */
  programs: number | undefined
  /** Places listed per group besides the first. */
  places: number
  /** Groups shown in full. */
  groups: number
}

function groupsOf(r: Report): Finding[][] {
  // The platforms that cannot run come first, then those with warnings; the Dockerfile's lint (the cause, often)
  // closes the list.
  const rank = (plat: string): number =>
    Math.max(...r.findings.filter(f => f.platform === plat).map(f => SEVERITY_RANK[f.severity]))
  const platforms = [...new Set(r.findings.map(f => f.platform))].sort(
    (a, b) => Number(a === DOCKERFILE_SCOPE) - Number(b === DOCKERFILE_SCOPE) || rank(b) - rank(a)
  )
  const out: Finding[][] = []
  for (const plat of platforms) {
    const mine = r.findings.filter(x => x.platform === plat)
    for (const rule of [...new Set(mine.map(f => f.rule))]) out.push(mine.filter(f => f.rule === rule))
  }
  return out
}

function findingsSection(r: Report, opts: MarkdownOptions, budget: Budget, shown: Shown): string[] {
  const out: string[] = []
  const groups = groupsOf(r)
  let platform: string | undefined
  const said = new Map<string, string>()
  for (const g of groups.slice(0, budget.groups)) {
    const plat = (g[0] as Finding).platform
    if (plat !== platform) {
      platform = plat
      const p = r.platforms.find(x => x.platform === plat)
      const icon = p ? `${statusIcon(p, r.findings)} ` : ''
      out.push('', `#### ${icon}${escapeMarkdown(plat)}`)
    }
    // The same problem on another platform (one Dockerfile, one mistake) is said once, then pointed to.
    const sig = signature(g)
    const before = said.get(sig)
    if (before) {
      const f = g[0] as Finding
      const total = g.length > 1 ? ` (${g.length})` : ''
      const what = f.path ? ` (${codeSpan(f.path)}${g.length > 1 ? ', …' : ''})` : ''
      out.push(
        '',
        `${SEVERITY_ICON[f.severity]} ${ruleName(f.rule)}${total}: the same as on ${escapeMarkdown(before)}${what}.`
      )
      continue
    }
    said.set(sig, plat)
    out.push('', ...groupBlock(g, opts.blobUrl, shown, budget.places))
  }
  const cut = groups.slice(budget.groups)
  if (cut.length) {
    const n = cut.reduce((k, g) => k + g.length, 0)
    out.push(
      '',
      `_${plural(n, 'more finding')} ${n === 1 ? 'is' : 'are'} not shown here, to stay within GitHub's size limit; the matrix above counts them, the job summary lists them._`
    )
  }
  return out
}

/** The Dockerfile's own findings have no row in the matrix: one line under it says them. */
function dockerfileLine(r: Report): string[] {
  const mine = r.findings.filter(f => f.platform === DOCKERFILE_SCOPE)
  if (!mine.length) return []
  const w = [...mine].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity])[0] as Finding
  const lines = [...new Set(mine.flatMap(f => (f.location ? [f.location.line] : [])))]
  const at = lines.length ? ` at line${lines.length > 1 ? 's' : ''} ${lines.join(', ')}` : ''
  const by = (s: Finding['severity']): number => mine.filter(f => f.severity === s).length
  const counts = (['error', 'warning', 'note'] as const)
    .filter(s => by(s))
    .map(s => plural(by(s), s))
    .join(', ')
  return ['', `${SEVERITY_ICON[w.severity]} **Dockerfile**: ${counts}${at} (the lint, for every platform)`]
}

function programRow(f: PlatformReport['files'][number], findings: Finding[]): string {
  const what =
    f.format === 'script' ? `script (${codeSpan(f.interpreter ?? '?', true)})` : escapeMarkdown(f.machine ?? '?')
  const linkage = f.format === 'elf' ? escapeMarkdown(f.linkage ?? '?') : ''
  const mine = findings
    .filter(x => x.path === f.path)
    .sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity])
  const note = mine.length
    ? `${SEVERITY_ICON[(mine[0] as Finding).severity]} ${[...new Set(mine.map(x => escapeMarkdown(x.rule)))].join(', ')}`
    : ''
  return `| ${codeSpan(f.path, true)} | ${what} | ${linkage} | ${note} |`
}

/** Why files were ignored, as `exclusion` values (inspect/role.ts) say it: [one, many]. */
const IGNORED_WORDS: Record<string, [string, string]> = {
  relocatable: ['object file', 'object files'],
  'not-executable': ['file without an exec bit', 'files without an exec bit'],
  'data-dir': ['under /usr/share', 'under /usr/share'],
  'test-data': ['in test data, examples or docs', 'in test data, examples or docs'],
  'not-a-program': ['not a program', 'not programs'],
  library: ['DLL', 'DLLs'],
  'not-chosen': ["another platform's build of a package", "other platforms' builds of packages"]
}
/** On Windows, the data directory is the component store (WinSxS); drivers and boot applications are not programs. */
const WINDOWS_IGNORED_WORDS: Record<string, [string, string]> = {
  'data-dir': ['in WinSxS', 'in WinSxS'],
  'not-a-program': ['driver or boot application', 'drivers and boot applications']
}

/**
 * "2 ignored (1 library, 1 in a data directory)": the reasons of this platform's own files, so a Windows image (no
 * exec bits) is never said to have files without one.
 */
function ignoredText(p: PlatformReport): string {
  const reasons = new Map<string, number>()
  for (const f of p.files ?? []) if (f.ignored) reasons.set(f.ignored, (reasons.get(f.ignored) ?? 0) + 1)
  const total = [...reasons.values()].reduce((a, b) => a + b, 0)
  if (!total) return ''
  const windows = familyOf(p.platform) === 'windows'
  const word = (why: string, n: number): string => {
    const w = (windows ? WINDOWS_IGNORED_WORDS[why] : undefined) ?? IGNORED_WORDS[why]
    return w ? (n === 1 ? w[0] : w[1]) : escapeMarkdown(why)
  }
  const parts = [...reasons].map(([why, n]) => (reasons.size === 1 ? word(why, n) : `${n} ${word(why, n)}`))
  return `, ${total} ignored (${parts.join(', ')})`
}

/** The programs checked, per platform; ignored files are counted, not listed. Numbers as in the matrix. */
function programsSection(r: Report, perPlatform: number | undefined): string[] {
  const read = r.platforms.filter(p => (p.files ?? []).length)
  if (!read.length) return []
  const counts = read.map(p => ({ p, ...programCounts(p) }))
  const ignored = counts.reduce((n, c) => n + c.ignored, 0)
  const title = `Programs checked: ${counts.map(c => `${c.checked} on ${escapeMarkdown(c.p.platform)}`).join(', ')}${ignored ? ` (${ignored} ignored: not listed)` : ''}`
  if (perPlatform === undefined)
    return ['', `_${title}; the list is in the job summary and the JSON report, to stay within GitHub's size limit._`]
  const out = ['', `<details><summary>${title}</summary>`]
  for (const { p, checked } of counts) {
    const files = (p.files ?? []).filter(f => !f.ignored)
    out.push('', `**${escapeMarkdown(p.platform)}**: ${checked} checked${ignoredText(p)}`)
    if (!files.length) continue
    out.push('', '| path | architecture | linkage | finding |', '|---|---|---|---|')
    const findings = r.findings.filter(f => f.platform === p.platform)
    for (const f of files.slice(0, perPlatform)) out.push(programRow(f, findings))
    if (files.length > perPlatform) out.push(`| … and ${files.length - perPlatform} more | | | |`)
  }
  out.push('', '</details>')
  return out
}

const NOT_COMPARED_WORDS: Record<NotCompared, string> = {
  'not in this run': 'not checked this time',
  'not in the last run': 'not checked in the last run',
  'not read this time': 'its image not read this time',
  'not read in the last run': 'its image not read in the last run'
}

function changesLine(r: Report, opts: MarkdownOptions): string[] {
  const previous = opts.state?.previous
  if (!previous) return []
  const c = changesSince(r, previous)
  const since = previous.sha
    ? ` (${opts.run?.commitUrl && opts.run.headSha ? `[${codeSpan(previous.sha.slice(0, 7))}](${opts.run.commitUrl.replace(opts.run.headSha, previous.sha)})` : codeSpan(previous.sha.slice(0, 7))})`
    : ''
  if (c.unknown)
    return [
      '',
      `**Since the last run**${since}: cannot tell what changed; the last comment had too many findings to remember them all.`
    ]
  // What one of the runs did not check is named, never counted as fixed or new.
  const not = c.notCompared.length
    ? `; not compared: ${c.notCompared.map(x => `${codeSpan(x.name)} (${NOT_COMPARED_WORDS[x.why]})`).join(', ')}`
    : ''
  if (!c.added.length && !c.fixed) return ['', `**Since the last run**${since}: no finding changed${not}.`]
  const parts = [
    ...(c.added.length ? [`🆕 ${plural(c.added.length, 'new finding')}`] : []),
    ...(c.fixed ? [`✅ ${plural(c.fixed, 'finding')} fixed`] : [])
  ]
  return ['', `**Since the last run**${since}: ${parts.join(', ')}${not}.`]
}

function compose(r: Report, opts: MarkdownOptions, budget: Budget): string {
  const previous = opts.state?.previous
  const added = new Set(previous ? changesSince(r, previous).added : [])
  const shown: Shown = { fixes: new Set(), hints: new Set(), isNew: f => added.has(f) }
  const out = [headline(r), ...runLine(opts.run)]
  const groups = groupsOf(r)
  const cut =
    budget.groups < groups.length || budget.programs !== Infinity || groups.some(g => g.length - 1 > budget.places)
  if (isQuiet(r)) {
    const programs = r.platforms.reduce((n, p) => n + programCounts(p).checked, 0)
    const ignored = r.platforms.reduce((n, p) => n + programCounts(p).ignored, 0)
    const summary = `${plural(r.platforms.length, 'platform')} · ${plural(programs, 'program')} checked${ignored ? ` · ${ignored} ignored` : ''}${count(r, 'note') ? ` · ${plural(count(r, 'note'), 'note')}` : ''}`
    out.push(...changesLine(r, opts), '', `<details><summary>${summary}</summary>`, '', ...renderMatrix(r))
    out.push(...findingsSection(r, opts, budget, shown), ...programsSection(r, budget.programs), '', '</details>')
  } else {
    out.push(...changesLine(r, opts), '', ...renderMatrix(r), ...dockerfileLine(r), ...notChecked(r))
    out.push(...findingsSection(r, opts, budget, shown), ...programsSection(r, budget.programs))
  }
  if (cut) {
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
  // The state counts against the size like the rest; past a quarter of it, it says it is partial.
  if (opts.state) out.push('', stateComment(r, opts.run?.headSha, Math.floor((opts.maxBytes ?? Infinity) / 4)))
  if (opts.footer) out.push('', opts.footer)
  return out.join('\n') + '\n'
}

export function renderMarkdown(r: Report, opts: MarkdownOptions = {}): string {
  const max = opts.maxBytes ?? Infinity
  const fits = (s: string): boolean => Buffer.byteLength(s) <= max
  const groups = groupsOf(r).length
  const all = r.findings.length
  // Shrink the programs first, then drop them, then the places of each problem, then whole problems; the verdict,
  // the commit and the matrix always stay.
  const tries: Budget[] = [
    { programs: Infinity, places: all, groups },
    { programs: 50, places: all, groups },
    { programs: 10, places: all, groups },
    { programs: undefined, places: all, groups },
    { programs: undefined, places: 100, groups },
    { programs: undefined, places: 20, groups },
    { programs: undefined, places: 0, groups }
  ]
  for (const b of tries) {
    const s = compose(r, opts, b)
    if (fits(s)) return s
  }
  let shown = groups
  let s = compose(r, opts, { programs: undefined, places: 0, groups: shown })
  while (!fits(s) && shown > 0) {
    shown = Math.floor(shown / 2)
    s = compose(r, opts, { programs: undefined, places: 0, groups: shown })
  }
  return s
}
