/** The CLI's entry: run the command and set the exit code. */
import { ExitCode } from './errors.js'
import { main } from './commands.js'

main(process.argv.slice(2)).then(
  code => {
    process.exitCode = code
  },
  (err: unknown) => {
    process.stderr.write(`multiarch-verify: internal error: ${String(err)}\n`)
    process.exitCode = ExitCode.UsageError
  }
)
