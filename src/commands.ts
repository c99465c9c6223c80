/**
 * The CLI's commands: `multiarch-verify build|inspect`. Exit codes: 0 verified, 1 findings at or above --fail-on, 2 usage or
 * input error (one line on stderr naming what to fix).
 */
import { writeFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { ExitCode, UserError, errorMessage, showStack } from './errors.js'
import { defaultCacheDir } from './image/cache.js'
import { SOURCE_FORMS, SOURCE_LIST } from './image/open.js'
import { stderrLogger } from './log.js'
import { parsePlatformList } from './platform.js'
import { renderMarkdown } from './report/markdown.js'
import { renderSarif } from './report/sarif.js'
import type { Report } from './report/model.js'
import { renderTerminal } from './report/terminal.js'
import { verify } from './verify.js'
import { VERSION } from './version.js'
import { parseFailOn, verifyRequest, type Settings } from './request.js'

const USAGE = `usage:
  multiarch-verify build [CONTEXT] --platforms P1,P2 [--file Dockerfile] [--target T] [--build-arg K=V]... [--builder B]
  multiarch-verify inspect SOURCE [--platforms P1,P2] [--image NAME] [--file Dockerfile [--target T]]
      SOURCE: ${SOURCE_LIST.join(' | ')}
      --image NAME: which image, when the source tags several
common options:
  --format text|markdown|json|sarif  report format on stdout (default text)
  --output FILE                 write the report to FILE instead of stdout
  --fail-on error|warning|note|never  exit 1 when a finding is at or above this severity (default error)
  --config FILE                 rule severities, ignored paths, required paths (default .github/multiarch-verify.yml if present)
  --cache-dir DIR               the facts cache: layers read once are not read again (default $XDG_CACHE_HOME/multiarch-verify)
  --no-cache                    read every layer; neither read nor write the facts cache
  --verbose                     debug output on stderr
exit codes: 0 verified · 1 findings at or above --fail-on · 2 usage, input or environment error`

const FORMATS = ['text', 'markdown', 'json', 'sarif'] as const
type Format = (typeof FORMATS)[number]

export { parseFailOn } from './request.js'

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
        'cache-dir': { type: 'string' },
        'no-cache': { type: 'boolean', default: false },
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
    if (v['no-cache'] && v['cache-dir']) throw new UserError('--no-cache and --cache-dir cannot be used together')
    const common = {
      platforms,
      failOn,
      ...(v['no-cache'] ? {} : { cacheDir: v['cache-dir'] || defaultCacheDir() }),
      ...(v.config ? { config: v.config } : {}),
      ...(v.file ? { file: v.file } : {}),
      ...(v.target ? { target: v.target } : {})
    }
    let settings: Settings
    if (command === 'inspect') {
      if (rest.length !== 1) throw new UserError(`inspect takes exactly one SOURCE: ${SOURCE_FORMS}`)
      settings = { ...common, image: rest[0] as string, ...(v.image ? { imageName: v.image } : {}) }
    } else if (command === 'build') {
      if (rest.length > 1) throw new UserError('build takes at most one CONTEXT directory')
      if (!platforms.length)
        throw new UserError('build needs --platforms, for example --platforms linux/amd64,linux/arm64')
      settings = {
        ...common,
        context: rest[0] ?? '.',
        buildArgs: v['build-arg'] ?? [],
        ...(v.builder ? { builder: v.builder } : {})
      }
    } else {
      throw new UserError(`unknown command "${command}": use build or inspect`)
    }
    const report = await verify(await verifyRequest(settings, log))
    const text = render(report, format, !v.output && process.stdout.isTTY === true && !process.env.NO_COLOR)
    if (v.output) await writeFile(v.output, text)
    else process.stdout.write(text)
    for (const e of report.internalErrors ?? []) {
      log.warning(`check ${e.rule} crashed (a bug in multiarch-verify, please report it): ${e.error}`)
      if (e.stack) log.debug(showStack(e.stack))
    }
    // The report covers what could be checked; what the environment stopped is an error, one line each.
    for (const e of report.errors ?? []) process.stderr.write(`multiarch-verify: not verified: ${e}\n`)
    if (report.errors?.length) return ExitCode.UsageError
    return report.verdict === 'fail' ? ExitCode.Findings : ExitCode.Verified
  } catch (err) {
    if (err instanceof UserError) {
      process.stderr.write(`multiarch-verify: ${errorMessage(err)}\n`)
      return ExitCode.UsageError
    }
    // A bug, not the user's error: one line that says so; its stack with --verbose.
    const stack = err instanceof Error ? err.stack : undefined
    process.stderr.write(
      `multiarch-verify: internal error (a bug in multiarch-verify, please report it): ${errorMessage(err)}` +
        (v.verbose ? `\n${showStack(stack ?? String(err))}\n` : '; run again with --verbose for its stack trace\n')
    )
    return ExitCode.UsageError
  }
}
