/** Where progress goes: the Actions log (groups, annotations) or a terminal's stderr. */
export interface Logger {
  info(message: string): void
  warning(message: string): void
  debug(message: string): void
  group<T>(name: string, fn: () => Promise<T>): Promise<T>
  /** Where child processes' output (buildx progress) is copied. */
  stream: import('node:stream').Writable
}

/** The CLI's logger: everything to stderr, so that stdout holds only the report. */
export function stderrLogger(verbose = false): Logger {
  return {
    info: m => process.stderr.write(`${m}\n`),
    warning: m => process.stderr.write(`warning: ${m}\n`),
    debug: m => {
      if (verbose) process.stderr.write(`debug: ${m}\n`)
    },
    stream: process.stderr,
    group: async (name, fn) => {
      process.stderr.write(`── ${name}\n`)
      return fn()
    }
  }
}
