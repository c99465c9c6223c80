/** The report for a terminal: the verdict, one line per platform, then the findings with their fixes. Pure. */
import type { Finding } from '../findings.js'
import { showControls } from '../text.js'
import {
  failedPlatforms,
  programCounts,
  uncheckedPlatforms,
  unjudgedPlatforms,
  type PlatformReport,
  type Report
} from './model.js'

export interface TerminalOptions {
  color?: boolean
}

const CODES = { red: 31, yellow: 33, green: 32, bold: 1, dim: 2 } as const

/**
 * Terminal output shows user text raw but never its control characters (no escape-sequence injection), newlines
 * included: every field is one line, and a name holding `\n` must not print a forged line of its own.
 */
function safe(text: string): string {
  return showControls(text, '\t')
}

function entrypointText(p: PlatformReport): string {
  const ep = p.entrypoint
  if (!ep) return ''
  const path = ep.resolvedPath ?? ep.argv[0] ?? '(none)'
  const what = ep.elf
    ? ` (${ep.elf.machine}${ep.elf.linkage ? `, ${ep.elf.linkage}` : ''})`
    : ep.kind === 'script'
      ? ' (script)'
      : ''
  return `${path}${what}`
}

/** "2 programs checked, 1 foreign, 34 ignored": the words and counts of the comment's matrix. */
function programsText(p: PlatformReport): string {
  const { checked, ignored } = programCounts(p)
  const foreign = p.binaries.foreign ? `, ${p.binaries.foreign} foreign` : ''
  return `${checked} ${checked === 1 ? 'program' : 'programs'} checked${foreign}${ignored ? `, ${ignored} ignored` : ''}`
}

export function renderTerminal(r: Report, opts: TerminalOptions = {}): string {
  const paint = (c: keyof typeof CODES, s: string): string => (opts.color ? `\u001b[${CODES[c]}m${s}\u001b[0m` : s)
  const unjudged = unjudgedPlatforms(r)
  const statusWord = (p: PlatformReport): string =>
    unjudged.includes(p.platform) && p.status === 'pass'
      ? 'skip'
      : p.status === 'pass'
        ? paint('green', 'ok  ')
        : p.status === 'warning'
          ? paint('yellow', 'warn')
          : p.status === 'not-checked'
            ? paint('yellow', 'skip')
            : paint('red', 'FAIL')
  const sev = (f: Finding): string =>
    f.severity === 'error' ? paint('red', 'error') : f.severity === 'warning' ? paint('yellow', 'warning') : 'note'
  const out: string[] = []
  const bad = failedPlatforms(r).length
  const unchecked = uncheckedPlatforms(r).length
  const n = r.platforms.length
  out.push(
    unchecked && !bad
      ? paint('bold', `NOT VERIFIED  ${unchecked} of ${n} platform(s) could not be checked`)
      : r.verdict === 'pass'
        ? paint(
            'bold',
            unjudged.length
              ? `PASS  ${n - unjudged.length} of ${n} platform(s) can run what they ship; ${unjudged.length} not checked (no rules for its OS)`
              : `PASS  ${n} platform(s) can run what they ship`
          )
        : paint(
            'bold',
            `FAIL  ${bad} of ${n} platform(s) cannot run what they ship${unchecked ? `; ${unchecked} could not be checked` : ''}`
          )
  )
  out.push(paint('dim', `source: ${safe(r.source)}`), '')
  const width = Math.max(8, ...r.platforms.map(p => p.platform.length))
  for (const p of r.platforms) {
    const detail =
      p.status === 'missing'
        ? 'not in the index'
        : p.status === 'build-failed'
          ? 'build failed'
          : p.status === 'unreadable'
            ? 'unreadable'
            : p.status === 'not-checked'
              ? 'not checked'
              : unjudged.includes(p.platform)
                ? 'not checked: no rules for its OS (only its index and config were compared)'
                : `entrypoint ${safe(entrypointText(p))} · ${programsText(p)}`
    out.push(`  ${statusWord(p)}  ${safe(p.platform).padEnd(width)}  ${detail}`)
  }
  for (const e of r.errors ?? []) out.push('', `${paint('red', 'not checked:')} ${safe(e)}`)
  // A fix shared by several findings (every package of one copied node_modules) is printed once, as the comment does.
  const hintsShown = new Set<string>()
  for (const f of r.findings) {
    out.push('', `${sev(f)} [${f.rule}] ${safe(f.platform)}${f.path ? ` ${safe(f.path)}` : ''}`)
    out.push(`  ${safe(f.message)}`)
    if (f.location) out.push(`  at ${safe(f.location.file)}:${f.location.line}`)
    if (f.fix) {
      out.push(`  ${paint('bold', 'edit')} ${safe(f.fix.file)}:${f.fix.line}:`)
      out.push(
        ...f.fix.before.map(l => paint('red', `  - ${safe(l)}`)),
        ...f.fix.after.map(l => paint('green', `  + ${safe(l)}`))
      )
    }
    const tail = f.evidence?.logTail
    if (typeof tail === 'string' && tail) out.push(...tail.split('\n').map(l => paint('dim', `  | ${safe(l)}`)))
    if (f.hint && hintsShown.has(f.hint)) out.push(`  ${paint('bold', 'fix:')} as above.`)
    else if (f.hint) {
      hintsShown.add(f.hint)
      out.push(`  ${paint('bold', 'fix:')} ${f.hint.split('\n').map(safe).join('\n  ')}`)
    }
  }
  for (const e of r.internalErrors ?? [])
    out.push('', paint('red', `internal error in check ${e.rule}: ${safe(e.error)}`))
  return out.join('\n') + '\n'
}
