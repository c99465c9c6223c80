/** The action's orchestration: inputs, then verify, merge or comment, then publish. No logic of its own. */
import * as core from '@actions/core'
import * as github from '@actions/github'
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { UserError, errorMessage } from './errors.js'
import { publishCheckRun, toCheckAnnotations } from './github/check-run.js'
import { commentMarker, upsertComment } from './github/comment.js'
import { runContext, type RunContext } from './github/context.js'
import { checksApi, commentApi, createOctokit, pullHeadSha, type Octokit } from './github/octokit.js'
import { getInputs, type Inputs } from './inputs.js'
import { loadConfig } from './config/config.js'
import type { Logger } from './log.js'
import { buildAnnotations } from './report/annotations.js'
import { loadReports } from './report/load.js'
import { COMMENT_LIMIT, SHORT_COMMENT, SUMMARY_LIMIT, renderMarkdown } from './report/markdown.js'
import { mergeReports } from './report/merge.js'
import { failedPlatforms, type Report, type ReportContext } from './report/model.js'
import { renderSarif } from './report/sarif.js'
import { summaryLine } from './report/summary-line.js'
import { verifyRequest } from './request.js'
import { verify } from './verify.js'
import { withActionCache } from './action-cache.js'

const actionsLogger: Logger = {
  info: m => core.info(m),
  warning: m => core.warning(m),
  debug: m => core.debug(m),
  group: (name, fn) => core.group(name, fn),
  stream: process.stdout
}

function reportContext(ctx: RunContext): ReportContext {
  const c: ReportContext = { repository: `${ctx.owner}/${ctx.repo}`, workflow: ctx.workflow, job: ctx.job }
  if (ctx.pullNumber !== undefined) c.pullRequest = ctx.pullNumber
  if (ctx.headSha) c.headSha = ctx.headSha
  return c
}

/** Where a comment goes: this run's pull request, or (mode comment) the one the report was made for. */
interface Target {
  pull?: number
  headSha?: string
  workflow: string
  job: string
}

/**
 * In a workflow_run job the report comes from an untrusted pull request job, so its pull request number is only
 * believed when that pull request's head is the commit the triggering run built.
 */
async function commentTarget(
  inputs: Inputs,
  ctx: RunContext,
  report: Report,
  octokit: Octokit | undefined
): Promise<Target> {
  if (inputs.mode !== 'comment') {
    const t: Target = { workflow: ctx.workflow, job: ctx.job }
    if (ctx.pullNumber !== undefined) t.pull = ctx.pullNumber
    if (ctx.headSha) t.headSha = ctx.headSha
    return t
  }
  const rc = report.context ?? {}
  const t: Target = { workflow: rc.workflow ?? ctx.workflow, job: rc.job ?? ctx.job }
  if (rc.pullRequest === undefined || !rc.headSha) return t
  const runSha = (github.context.payload.workflow_run as { head_sha?: string } | undefined)?.head_sha
  if (!runSha || runSha !== rc.headSha) {
    throw new UserError(
      `the report was made for commit ${rc.headSha}, not for the workflow run's head ${runSha ?? '(none: not a workflow_run event)'}; refusing to comment`
    )
  }
  if (octokit && (await pullHeadSha(octokit, ctx.owner, ctx.repo, rc.pullRequest)) !== rc.headSha) {
    throw new UserError(`pull request #${rc.pullRequest} is not at commit ${rc.headSha}; refusing to comment`)
  }
  return { ...t, pull: rc.pullRequest, headSha: rc.headSha }
}

async function comment(
  inputs: Inputs,
  ctx: RunContext,
  target: Target,
  report: Report,
  octokit: Octokit
): Promise<void> {
  if (inputs.commentMode === 'off' || target.pull === undefined) return
  const marker = commentMarker(target.workflow, target.job)
  const body = renderMarkdown(report, { ...links(ctx, target), footer: marker, maxBytes: COMMENT_LIMIT })
  const short = renderMarkdown(report, { ...links(ctx, target), footer: marker, maxBytes: SHORT_COMMENT })
  try {
    const r = await upsertComment(
      commentApi(octokit, ctx.owner, ctx.repo, target.pull),
      marker,
      body,
      inputs.commentMode,
      report.verdict === 'fail',
      short
    )
    core.info(`PR comment: ${r.outcome}${r.id ? ` (id ${r.id})` : ''}`)
    if (r.shortened) core.warning('GitHub refused the PR comment as too long; a shortened one was posted')
  } catch (err) {
    const status = (err as { status?: number }).status
    const why = status === 403 && ctx.fromFork ? 'the token of a fork pull request is read-only' : errorMessage(err)
    core.warning(`could not post the PR comment (${why}); the job summary and the JSON report have the result`)
  }
}

async function checkRun(
  inputs: Inputs,
  ctx: RunContext,
  target: Target,
  report: Report,
  octokit: Octokit
): Promise<void> {
  const sha = target.headSha ?? github.context.sha
  if (!inputs.checkRun || !sha) return
  try {
    const id = await publishCheckRun(checksApi(octokit, ctx.owner, ctx.repo), {
      name: 'multiarch-verify',
      headSha: sha,
      failed: report.verdict === 'fail',
      title: summaryLine(report),
      summary: renderMarkdown(report, { ...links(ctx, target), maxBytes: COMMENT_LIMIT - 1 }),
      annotations: toCheckAnnotations(buildAnnotations(report.findings, Infinity), report.dockerfile ?? 'Dockerfile')
    })
    core.info(`check run: ${id}`)
  } catch (err) {
    core.warning(`could not create the check run (${errorMessage(err)}); it needs permissions: checks: write`)
  }
}

function links(ctx: RunContext, target: Target): { blobUrl?: string; fullReportUrl?: string } {
  const out: { blobUrl?: string; fullReportUrl?: string } = {}
  if (target.headSha) out.blobUrl = `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/blob/${target.headSha}/`
  if (ctx.runUrl) out.fullReportUrl = ctx.runUrl
  return out
}

async function publish(report: Report, inputs: Inputs, ctx: RunContext): Promise<void> {
  await mkdir(dirname(inputs.reportFile), { recursive: true })
  await writeFile(inputs.reportFile, JSON.stringify(report, null, 2) + '\n')
  if (inputs.sarifFile) {
    await mkdir(dirname(inputs.sarifFile), { recursive: true })
    await writeFile(inputs.sarifFile, JSON.stringify(renderSarif(report), null, 2) + '\n')
  }
  core.setOutput('verdict', report.verdict)
  core.setOutput('report', inputs.reportFile)
  core.setOutput('summary', summaryLine(report))
  core.setOutput('failed-platforms', failedPlatforms(report).join(','))

  const octokit = inputs.githubToken ? createOctokit(inputs.githubToken) : undefined
  const target = await commentTarget(inputs, ctx, report, octokit)
  try {
    await core.summary.addRaw(renderMarkdown(report, { ...links(ctx, target), maxBytes: SUMMARY_LIMIT })).write()
  } catch (err) {
    core.warning(`could not write the job summary: ${errorMessage(err)}`)
  }
  const failing = report.verdict === 'fail' && inputs.mode !== 'comment'
  for (const a of buildAnnotations(report.findings, undefined, failing)) {
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
  if (!octokit) {
    if (target.pull !== undefined && inputs.commentMode !== 'off')
      core.warning('no github-token: the PR comment is skipped')
    return
  }
  await comment(inputs, ctx, target, report, octokit)
  await checkRun(inputs, ctx, target, report, octokit)
}

async function produce(inputs: Inputs, ctx: RunContext): Promise<Report> {
  if (inputs.mode === 'verify')
    return withActionCache(inputs.cacheDir, async () =>
      verify(await verifyRequest(inputs, actionsLogger, reportContext(ctx)))
    )
  const reports = await loadReports(inputs.reports as string)
  core.info(`read ${reports.length} report(s): ${reports.map(r => r.name).join(', ')}`)
  return mergeReports(reports, inputs.failOn, await loadConfig(inputs.config))
}

export async function run(): Promise<void> {
  try {
    const inputs = getInputs()
    const ctx = runContext()
    const report = await produce(inputs, ctx)
    await publish(report, inputs, ctx)
    // In comment mode the pull request's own job is the status check; this one only posts.
    if (report.verdict === 'fail' && inputs.mode !== 'comment') core.setFailed(summaryLine(report))
    else core.info(summaryLine(report))
  } catch (err) {
    if (err instanceof UserError) return core.setFailed(errorMessage(err))
    // A bug, not the user's error: say so, and keep its stack in the log for the report.
    core.info((err as Error)?.stack ?? String(err))
    core.setFailed(`internal error (a bug in multiarch-verify, please report it): ${errorMessage(err)}`)
  }
}
