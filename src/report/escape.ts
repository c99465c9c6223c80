import { plain } from '../findings.js'
import { showControls } from '../text.js'

/**
 * Escaping user-controlled text for GitHub Markdown. Messages keep user text inside backtick spans made by
 * `code()`, which never contain backticks, so a message splits cleanly into prose and code. Pure.
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

/** A code span for text that holds no backticks; `|` is escaped inside table cells. */
export function codeSpan(text: string, inTable = false): string {
  const safe = plain(text, 500) // no backticks, control characters shown as \xNN
  return '`' + (inTable ? safe.replace(/\|/g, '\\|') : safe) + '`'
}

/** Render a finding message: prose escaped, backtick spans kept as code. */
export function messageToMarkdown(message: string, inTable = false): string {
  return message
    .split('`')
    .map((part, i) => (i % 2 === 1 ? codeSpan(part, inTable) : escapeMarkdown(part)))
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
