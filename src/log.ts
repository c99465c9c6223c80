/** Where progress goes: the Actions log (groups, annotations) or a terminal's stderr. */
import { Writable } from 'node:stream'

export interface Logger {
  info(message: string): void
  warning(message: string): void
  debug(message: string): void
  group<T>(name: string, fn: () => Promise<T>): Promise<T>
  /** Where child processes' output (buildx progress) is copied. */
  stream: Writable
}

/**
 * The CLI's logger: everything to stderr, so that stdout holds only the report. A group's heading is printed when
 * something is printed inside it (a build's log), so a quiet step (reading an image) prints nothing, and an error
 * stays the one line on stderr.
 */
export function stderrLogger(verbose = false): Logger {
  let heading: string | undefined
  const write = (text: string | Buffer): void => {
    if (heading !== undefined) process.stderr.write(`── ${heading}\n`)
    heading = undefined
    process.stderr.write(text)
  }
  return {
    info: m => write(`${m}\n`),
    warning: m => write(`warning: ${m}\n`),
    debug: m => {
      if (verbose) write(`debug: ${m}\n`)
    },
    stream: new Writable({
      write(chunk: Buffer, _enc, cb) {
        write(chunk)
        cb()
      }
    }),
    group: async (name, fn) => {
      heading = name
      try {
        return await fn()
      } finally {
        heading = undefined
      }
    }
  }
}
