/**
 * The CLI's commands: `multiarch-verify build|inspect`. Exit codes: 0 verified, 1 findings at or above --fail-on, 2 usage or
 * input error (one line on stderr naming what to fix).
 */
import { writeFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { ExitCode, UserError, errorMessage } from './errors.js'
import { openSource } from './image/open.js'
import { stderrLogger } from './log.js'
import { parsePlatformList } from './platform.js'
import { renderMarkdown } from './report/markdown.js'
import { renderSarif } from './report/sarif.js'
import type { FailOn, Report } from './report/model.js'
import { renderTerminal } from './report/terminal.js'
import { buildAndInspect, checkAndReport, dockerfileOf, inspectSource, readDockerfile } from './verify.js'
import { VERSION } from './version.js'
import { loadConfig } from './config/config.js'

const USAGE = `usage:
  multiarch-verify build [CONTEXT] --platforms P1,P2 [--file Dockerfile] [--target T] [--build-arg K=V]... [--builder B]
  multiarch-verify inspect SOURCE [--platforms P1,P2] [--image NAME] [--file Dockerfile [--target T]]
      SOURCE: oci-archive:PATH | oci:DIR | docker-archive:PATH | docker:REF
      --image NAME: which image, when the source tags several
common options:
  --format text|markdown|json|sarif  report format on stdout (default text)
  --output FILE                 write the report to FILE instead of stdout
  --fail-on error|warning|never exit 1 when a finding is at or above this severity (default error)
  --config FILE                 rule severities, ignored paths, required paths (default .github/multiarch-verify.yml if present)
  --verbose                     debug output on stderr
exit codes: 0 verified · 1 findings at or above --fail-on · 2 usage, input or environment error`

const FORMATS = ['text', 'markdown', 'json', 'sarif'] as const
type Format = (typeof FORMATS)[number]

export function parseFailOn(v: string): FailOn {
  if (v === 'error' || v === 'warning' || v === 'note' || v === 'never') return v
  throw new UserError(`invalid fail-on "${v}": use error, warning or never`)
}

function render(report: Report, format: Format, color: boolean): string {
  if (format === 'json') return JSON.stringify(report, null, 2) + '\n'
  if (format === 'sarif') return JSON.stringify(renderSarif(report), null, 2) + '\n'
  if (format === 'markdown') return renderMarkdown(report)
  return renderTerminal(report, { color })
}

export async function main(argv: string[]): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        platforms: { type: 'string' },
        file: { type: 'string', short: 'f' },
        target: { type: 'string' },
        'build-arg': { type: 'string', multiple: true },
        builder: { type: 'string' },
        image: { type: 'string' },
        config: { type: 'string' },
        format: { type: 'string', default: 'text' },
        output: { type: 'string', short: 'o' },
        'fail-on': { type: 'string', default: 'error' },
        verbose: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' }
      }
    })
  } catch (err) {
    process.stderr.write(`multiarch-verify: ${errorMessage(err)}\n${USAGE}\n`)
    return ExitCode.UsageError
  }
  const { values: v, positionals } = parsed
  if (v.version) {
    process.stdout.write(`${VERSION}\n`)
    return ExitCode.Verified
  }
  const [command, ...rest] = positionals
  if (v.help || !command) {
    ;(v.help ? process.stdout : process.stderr).write(`${USAGE}\n`)
    return v.help ? ExitCode.Verified : ExitCode.UsageError
  }
  const log = stderrLogger(v.verbose)
  try {
    const format = v.format as Format
    if (!FORMATS.includes(format)) throw new UserError(`invalid --format "${v.format}": use ${FORMATS.join(', ')}`)
    const failOn = parseFailOn(v['fail-on'] as string)
    const platforms = v.platforms ? parsePlatformList(v.platforms) : []
    const config = await loadConfig(v.config)
    let report: Report
    if (command === 'inspect') {
      if (rest.length !== 1) throw new UserError('inspect takes exactly one SOURCE, for example oci-archive:image.tar')
      const source = await openSource(rest[0] as string)
      const dockerfile = v.file ? await readDockerfile(v.file, v.target) : undefined
      const facts = await inspectSource(source, platforms, v.image, config.require)
      report = checkAndReport(source.name, facts, failOn, { config, ...(dockerfile ? { dockerfile } : {}) })
    } else if (command === 'build') {
      if (rest.length > 1) throw new UserError('build takes at most one CONTEXT directory')
      if (!platforms.length)
        throw new UserError('build needs --platforms, for example --platforms linux/amd64,linux/arm64')
      const context = rest[0] ?? '.'
      const opts = {
        context,
        buildArgs: v['build-arg'] ?? [],
        ...(v.file ? { file: v.file } : {}),
        ...(v.target ? { target: v.target } : {}),
        ...(v.builder ? { builder: v.builder } : {})
      }
      const facts = await buildAndInspect(opts, platforms, log, config.require)
      const dockerfile = await readDockerfile(dockerfileOf(opts), opts.target)
      report = checkAndReport(`build:${context}`, facts, failOn, { config, ...(dockerfile ? { dockerfile } : {}) })
    } else {
      throw new UserError(`unknown command "${command}": use build or inspect`)
    }
    const text = render(report, format, !v.output && process.stdout.isTTY === true && !process.env.NO_COLOR)
    if (v.output) await writeFile(v.output, text)
    else process.stdout.write(text)
    for (const e of report.internalErrors ?? []) log.warning(`check ${e.rule} crashed: ${e.error}`)
    // The report covers what could be checked; what the environment stopped is an error, one line each.
    for (const e of report.errors ?? []) process.stderr.write(`multiarch-verify: not verified: ${e}\n`)
    if (report.errors?.length) return ExitCode.UsageError
    return report.verdict === 'fail' ? ExitCode.Findings : ExitCode.Verified
  } catch (err) {
    if (err instanceof UserError) {
      process.stderr.write(`multiarch-verify: ${errorMessage(err)}\n`)
      return ExitCode.UsageError
    }
    process.stderr.write(`multiarch-verify: internal error: ${(err as Error)?.stack ?? String(err)}\n`)
    return ExitCode.UsageError
  }
}
