import { showControls } from './text.js'

/**
 * A problem the user can fix (a bad input, a missing file, an unreadable image). Its message is one line naming
 * what to change, and it maps to exit code 2. Anything else that is thrown is a bug and keeps its stack.
 */
export class UserError extends Error {
  override name = 'UserError'
}

/** Exit codes of the CLI, as documented in the README. */
export const ExitCode = {
  Verified: 0,
  Findings: 1,
  UsageError: 2
} as const

/** A stack trace for the log: its lines kept, their control characters shown as in errorMessage. */
export function showStack(stack: string): string {
  return showControls(stack.trimEnd(), '\n')
}

/**
 * The message of any thrown value, on one line, its control characters shown as `\xNN`: messages quote names taken
 * from the image (file names, manifest.json entries), and a newline or an escape sequence there must not forge
 * output lines or drive the terminal.
 */
export function errorMessage(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err)
  return showControls(msg.replace(/\s*\n\s*/g, ' ').trim())
}
