import { codeSpanOf, messageParts } from '../findings.js'
import { showControls } from '../text.js'

/**
 * Escaping user-controlled text for GitHub Markdown. Messages keep user text inside CommonMark code spans made by
 * `code()`, backticks and all, so a message splits cleanly into prose and code (`messageParts`). Pure.
 */

/** The icon of a severity, the same in the matrix and in the findings. */
export const SEVERITY_ICON = { error: '❌', warning: '⚠️', note: 'ℹ️' } as const

/**
 * Escape prose: inline Markdown punctuation, block markers at the start, HTML, @mentions (a zero-width space stops the
 * ping), and control characters (shown as `\xNN`, as in code spans: a name from the image may hold ESC or CR).
 */
export function escapeMarkdown(text: string): string {
  const escaped = text
    .replace(/[\\`*_[\]|~>]/g, ch => `\\${ch}`)
    .replace(/^([#+-]|\d+\.)(?= )/, m => `\\${m}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/@(?=\w)/g, '@\u200b')
    .replace(/\r?\n/g, ' ')
  return showControls(escaped)
}

/**
 * A code span for any text, its backticks shown as they are (delimited by a longer run, per CommonMark); control
 * characters shown as `\xNN`; `|` escaped inside table cells, where GFM splits cells before it reads code.
 */
export function codeSpan(text: string, inTable = false): string {
  const span = codeSpanOf(text, 500)
  return inTable ? span.replace(/\|/g, '\\|') : span
}

/** Render a finding message: prose escaped, code spans kept as code. */
export function messageToMarkdown(message: string, inTable = false): string {
  return messageParts(message)
    .map(part => (part.code ? codeSpan(part.text, inTable) : escapeMarkdown(part.text)))
    .join('')
}

/**
 * A fenced code block around any text: the fence is longer than the longest run of backticks in it, so nothing in the
 * text (a Dockerfile line holding ```) can close it early; control characters are shown as `\xNN` (tabs kept). Code
 * blocks are literal in GitHub Markdown: no HTML, links or mentions.
 */
export function fenced(text: string, lang = ''): string[] {
  const safe = showControls(text, '\n\t')
  const longest = Math.max(0, ...[...safe.matchAll(/`+/g)].map(m => m[0].length))
  const fence = '`'.repeat(Math.max(3, longest + 1))
  return [`${fence}${lang}`, ...safe.split('\n'), fence]
}

/** Render a hint: paragraphs of message text, and runs of four-space-indented lines as a fenced code block. */
export function hintToMarkdown(hint: string): string {
  const out: string[] = []
  let code: string[] = []
  const flush = (): void => {
    if (code.length) out.push(...fenced(code.join('\n'), 'dockerfile'))
    code = []
  }
  for (const line of hint.split('\n')) {
    if (line.startsWith('    ')) {
      code.push(line.slice(4))
      continue
    }
    flush()
    out.push(line === '' ? '' : messageToMarkdown(line))
  }
  flush()
  return out.join('\n')
}
