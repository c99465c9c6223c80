/** The CLI's entry: run the command and set the exit code. */
import { ExitCode } from './errors.js'
import { main } from './commands.js'

// A reader that stops early (`| head`) closes the pipe: the rest of the report is not wanted, and that is no error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err
})

main(process.argv.slice(2)).then(
  code => {
    process.exitCode = code
  },
  (err: unknown) => {
    process.stderr.write(`multiarch-verify: internal error: ${String(err)}\n`)
    process.exitCode = ExitCode.UsageError
  }
)
