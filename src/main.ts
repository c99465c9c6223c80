/** The action's orchestration: inputs, then verify, merge or comment, then publish. No logic of its own. */
import * as core from '@actions/core'
import * as github from '@actions/github'
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { UserError, errorMessage, showStack } from './errors.js'
import { publishCheckRun, toCheckAnnotations } from './github/check-run.js'
import { commentMarker, upsertComment } from './github/comment.js'
import { runContext, type RunContext } from './github/context.js'
import { checksApi, commentApi, createOctokit, pullHeadSha, reviewApi, type Octokit } from './github/octokit.js'
import { postSuggestions } from './github/review.js'
import { getInputs, type Inputs } from './inputs.js'
import { loadConfig } from './config/config.js'
import type { Logger } from './log.js'
import { buildAnnotations } from './report/annotations.js'
import { loadReports } from './report/load.js'
import { COMMENT_LIMIT, SHORT_COMMENT, SUMMARY_LIMIT, renderMarkdown, type RunInfo } from './report/markdown.js'
import { mergeReports } from './report/merge.js'
import { failedPlatforms, type Report, type ReportContext } from './report/model.js'
import { inRepository } from './report/paths.js'
import { renderSarif } from './report/sarif.js'
import { parseState } from './report/state.js'
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

/** Why the PR comment could not be posted, in words that say what to change. */
/** What the steps that post to the pull request share. */
interface Post {
  inputs: Inputs
  ctx: RunContext
  target: Target
  report: Report
  octokit: Octokit
}

function commentFailure(err: unknown, ctx: RunContext): string {
  const status = (err as { status?: number }).status
  if (status === 403 && ctx.fromFork) return 'the token of a fork pull request is read-only'
  if (status === 403)
    return 'the token may not write to pull requests (HTTP 403): give the job `permissions: pull-requests: write`'
  return errorMessage(err)
}

async function comment({ inputs, ctx, target, report, octokit }: Post): Promise<void> {
  if (inputs.commentMode === 'off' || target.pull === undefined) return
  const marker = commentMarker(target.workflow, target.job)
  const render =
    (maxBytes: number) =>
    (body: string | undefined): string => {
      const previous = parseState(body)
      return renderMarkdown(report, {
        ...links(ctx, target),
        footer: marker,
        maxBytes,
        state: previous ? { previous } : {}
      })
    }
  try {
    const r = await upsertComment(
      commentApi(octokit, ctx.owner, ctx.repo, target.pull),
      marker,
      render(COMMENT_LIMIT),
      inputs.commentMode,
      report.verdict === 'fail',
      render(SHORT_COMMENT)
    )
    core.info(`PR comment: ${r.outcome}${r.id ? ` (id ${r.id})` : ''}`)
    if (r.shortened) core.warning('GitHub refused the PR comment as too long; a shortened one was posted')
  } catch (err) {
    core.warning(
      `could not post the PR comment (${commentFailure(err, ctx)}); the job summary and the JSON report have the result`
    )
  }
}

async function checkRun({ inputs, ctx, target, report, octokit }: Post): Promise<void> {
  const sha = target.headSha ?? github.context.sha
  if (!inputs.checkRun || !sha) return
  if (ctx.fromFork && inputs.mode !== 'comment') {
    // No permissions: setting gives a fork's token write access; asking for checks: write would not help.
    core.info(
      'check run skipped: on a pull request from a fork the token is read-only, whatever the workflow asks for; the annotations and the job summary carry every finding'
    )
    return
  }
  try {
    const id = await publishCheckRun(checksApi(octokit, ctx.owner, ctx.repo), {
      name: 'multiarch-verify',
      headSha: sha,
      failed: report.verdict === 'fail',
      title: summaryLine(report),
      summary: renderMarkdown(report, { ...links(ctx, target), maxBytes: COMMENT_LIMIT - 1 }),
      annotations: toCheckAnnotations(buildAnnotations(report.findings, Infinity), report.dockerfile)
    })
    core.info(`check run: ${id}`)
  } catch (err) {
    const status = (err as { status?: number }).status
    const why = status === 403 ? 'HTTP 403: it needs `permissions: checks: write`' : errorMessage(err)
    core.warning(`could not create the check run (${why})`)
  }
}

/** The edits of Dockerfile lines in the diff, as review comments with suggestion blocks (opt-in). */
async function suggest({ inputs, ctx, target, report, octokit }: Post): Promise<void> {
  if (!inputs.suggestions || target.pull === undefined || !target.headSha) return
  if (ctx.fromFork && inputs.mode !== 'comment') {
    core.info('suggestions skipped: the token of a fork pull request is read-only')
    return
  }
  try {
    const n = await postSuggestions(
      reviewApi(octokit, ctx.owner, ctx.repo, target.pull),
      report.findings,
      target.headSha,
      target.workflow,
      target.job
    )
    core.info(`review suggestions: ${n} posted`)
  } catch (err) {
    core.warning(`could not post the review suggestions (${commentFailure(err, ctx)})`)
  }
}

function links(ctx: RunContext, target: Target): { blobUrl?: string; fullReportUrl?: string; run: RunInfo } {
  const repo = `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}`
  const out: { blobUrl?: string; fullReportUrl?: string; run: RunInfo } = {
    run: { generatedAt: new Date().toISOString() }
  }
  if (target.headSha) {
    out.blobUrl = `${repo}/blob/${target.headSha}/`
    out.run.headSha = target.headSha
    out.run.commitUrl = `${repo}/commit/${target.headSha}`
  }
  if (ctx.runUrl) {
    out.fullReportUrl = ctx.runUrl
    out.run.runUrl = ctx.runUrl
  }
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
  for (const e of report.internalErrors ?? []) {
    core.warning(`check ${e.rule} crashed (a bug in multiarch-verify, please report it): ${e.error}`)
    if (e.stack) core.debug(showStack(e.stack))
  }
  if (!octokit) {
    if (target.pull !== undefined && inputs.commentMode !== 'off')
      core.warning('no github-token: the PR comment is skipped')
    return
  }
  const post: Post = { inputs, ctx, target, report, octokit }
  await comment(post)
  await suggest(post)
  await checkRun(post)
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
    // Every path GitHub is shown or sent is relative to the repository root (the runner's workspace).
    const report = inRepository(
      await produce(inputs, ctx),
      process.env.GITHUB_WORKSPACE || process.cwd(),
      process.cwd()
    )
    await publish(report, inputs, ctx)
    // In comment mode the pull request's own job is the status check; this one only posts.
    if (report.verdict === 'fail' && inputs.mode !== 'comment') core.setFailed(summaryLine(report))
    else core.info(summaryLine(report))
  } catch (err) {
    if (err instanceof UserError) return core.setFailed(errorMessage(err))
    // A bug, not the user's error: say so, and keep its stack in the log for the report.
    core.info(showStack((err instanceof Error ? err.stack : undefined) ?? String(err)))
    core.setFailed(`internal error (a bug in multiarch-verify, please report it): ${errorMessage(err)}`)
  }
}
