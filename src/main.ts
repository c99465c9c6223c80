/** The action's orchestration: inputs, verify, publish. No logic of its own. */
import * as core from '@actions/core'
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { UserError, errorMessage } from './errors.js'
import { commentMarker, upsertComment } from './github/comment.js'
import { runContext, type RunContext } from './github/context.js'
import { octokitCommentApi } from './github/octokit.js'
import { openSource } from './image/open.js'
import { getInputs, type Inputs } from './inputs.js'
import type { Logger } from './log.js'
import { buildAnnotations } from './report/annotations.js'
import { renderMarkdown } from './report/markdown.js'
import { failedPlatforms, type Report } from './report/model.js'
import { summaryLine } from './report/summary-line.js'
import { buildAndInspect, checkAndReport, inspectSource } from './verify.js'

const actionsLogger: Logger = {
  info: m => core.info(m),
  warning: m => core.warning(m),
  debug: m => core.debug(m),
  group: (name, fn) => core.group(name, fn),
  stream: process.stdout
}

async function verify(inputs: Inputs): Promise<Report> {
  if (inputs.image) {
    const source = await openSource(inputs.image)
    const facts = await core.group(`Inspect ${source.name}`, () => inspectSource(source, inputs.platforms))
    return checkAndReport(source.name, facts, inputs.failOn)
  }
  const opts = {
    context: inputs.context,
    buildArgs: inputs.buildArgs,
    ...(inputs.file ? { file: inputs.file } : {}),
    ...(inputs.target ? { target: inputs.target } : {}),
    ...(inputs.builder ? { builder: inputs.builder } : {})
  }
  const facts = await buildAndInspect(opts, inputs.platforms, actionsLogger)
  return checkAndReport(`build:${inputs.context}`, facts, inputs.failOn)
}

async function comment(inputs: Inputs, ctx: RunContext, body: string, failed: boolean): Promise<void> {
  if (inputs.commentMode === 'off' || ctx.pullNumber === undefined) return
  if (!inputs.githubToken) {
    core.warning('no github-token: the PR comment is skipped; the job summary has the report')
    return
  }
  try {
    const api = octokitCommentApi(inputs.githubToken, ctx.owner, ctx.repo, ctx.pullNumber)
    const marker = commentMarker(ctx.workflow, ctx.job)
    const r = await upsertComment(api, marker, body, inputs.commentMode, failed)
    core.info(`PR comment: ${r.outcome}${r.id ? ` (id ${r.id})` : ''}`)
  } catch (err) {
    const status = (err as { status?: number }).status
    const why = status === 403 && ctx.fromFork ? 'the token of a fork pull request is read-only' : errorMessage(err)
    core.warning(`could not post the PR comment (${why}); the job summary and the JSON report have the result`)
  }
}

async function publish(report: Report, inputs: Inputs): Promise<void> {
  await mkdir(dirname(inputs.reportFile), { recursive: true })
  await writeFile(inputs.reportFile, JSON.stringify(report, null, 2) + '\n')
  core.setOutput('verdict', report.verdict)
  core.setOutput('report', inputs.reportFile)
  core.setOutput('summary', summaryLine(report))
  core.setOutput('failed-platforms', failedPlatforms(report).join(','))

  const ctx = runContext()
  const blobUrl = ctx.headSha ? `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/blob/${ctx.headSha}/` : undefined
  const markdown = renderMarkdown(report, blobUrl ? { blobUrl } : {})
  try {
    await core.summary.addRaw(markdown).write()
  } catch (err) {
    core.warning(`could not write the job summary: ${errorMessage(err)}`)
  }
  for (const a of buildAnnotations(report.findings)) {
    const props = {
      title: a.title,
      ...(a.file ? { file: a.file } : {}),
      ...(a.startLine ? { startLine: a.startLine } : {})
    }
    if (a.level === 'error') core.error(a.message, props)
    else if (a.level === 'warning') core.warning(a.message, props)
    else core.notice(a.message, props)
  }
  for (const e of report.internalErrors ?? [])
    core.warning(`check ${e.rule} crashed (a bug in multiarch-verify): ${e.error}`)
  await comment(
    inputs,
    ctx,
    renderMarkdown(report, { ...(blobUrl ? { blobUrl } : {}), footer: commentMarker(ctx.workflow, ctx.job) }),
    report.verdict === 'fail'
  )
}

export async function run(): Promise<void> {
  try {
    const inputs = getInputs()
    const report = await verify(inputs)
    await publish(report, inputs)
    if (report.verdict === 'fail') core.setFailed(summaryLine(report))
    else core.info(summaryLine(report))
  } catch (err) {
    if (err instanceof UserError) core.setFailed(err.message)
    else core.setFailed(`internal error: ${(err as Error)?.stack ?? String(err)}`)
  }
}
