/** The action's inputs, typed and validated (keys as in action.yml). A bad input is one UserError line. */
import * as core from '@actions/core'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { UserError } from './errors.js'
import { parsePlatformList, type Platform } from './platform.js'
import type { FailOn } from './report/model.js'
import { parseFailOn } from './request.js'
import { defaultCacheDir } from './image/cache.js'

/** The values of comment-mode, as action.yml and the README list them (a test keeps the three in step). */
export const COMMENT_MODES = ['always', 'on-failure', 'update-only', 'off'] as const
export type CommentMode = (typeof COMMENT_MODES)[number]
/** verify: build or read images and check them; merge: fan in the JSON reports of several jobs; comment: post a
 * report made elsewhere (the fork-safe workflow_run pattern). */
export const MODES = ['verify', 'merge', 'comment'] as const
export type Mode = (typeof MODES)[number]

export interface Inputs {
  mode: Mode
  /** merge and comment modes: a JSON report file, a directory of them, or a glob. */
  reports?: string
  sarifFile?: string
  checkRun: boolean
  /** Offer each Dockerfile edit in the diff as a review comment with a suggestion block. */
  suggestions: boolean
  platforms: Platform[]
  image?: string
  imageName?: string
  /** The config file; absent means the default path, if it exists. */
  config?: string
  context: string
  file?: string
  target?: string
  buildArgs: string[]
  builder?: string
  failOn: FailOn
  commentMode: CommentMode
  githubToken: string
  reportFile: string
  /** The facts cache directory (input cache: true, the default), restored and saved with @actions/cache. */
  cacheDir?: string
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new UserError(`invalid input ${name}: "${value}"; use one of ${allowed.join(', ')}`)
}

function bool(name: string, fallback = false): boolean {
  const v = core.getInput(name).trim().toLowerCase()
  if (v === '') return fallback
  if (v === 'false') return false
  if (v === 'true') return true
  throw new UserError(`invalid input ${name}: "${v}"; use true or false`)
}

/** A multiline or comma-free list input, one item per line (build-push-action's getInputList for build-args). */
function lines(name: string): string[] {
  return core
    .getInput(name)
    .split('\n')
    .map(s => s.trim())
    .filter(s => s !== '' && !s.startsWith('#'))
}

export function getInputs(): Inputs {
  const optional = (name: string): string | undefined => core.getInput(name) || undefined
  const inputs: Inputs = {
    mode: oneOf('mode', core.getInput('mode') || 'verify', MODES),
    checkRun: bool('check-run'),
    suggestions: bool('suggestions'),
    platforms: parsePlatformList(core.getInput('platforms')),
    context: core.getInput('context') || '.',
    buildArgs: lines('build-args'),
    failOn: parseFailOn(core.getInput('fail-on') || 'error', 'input fail-on:'),
    commentMode: oneOf('comment-mode', core.getInput('comment-mode') || 'always', COMMENT_MODES),
    githubToken: core.getInput('github-token'),
    reportFile:
      core.getInput('report-file') || join(process.env.RUNNER_TEMP || tmpdir(), 'multiarch-verify', 'report.json')
  }
  for (const [key, name] of [
    ['image', 'image'],
    ['file', 'file'],
    ['target', 'target'],
    ['builder', 'builder'],
    ['reports', 'reports'],
    ['sarifFile', 'sarif-file'],
    ['imageName', 'image-name'],
    ['config', 'config']
  ] as const) {
    const v = optional(name)
    if (v) inputs[key] = v
  }
  if (bool('cache', true)) inputs.cacheDir = defaultCacheDir()
  for (const a of inputs.buildArgs) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*=/.test(a)) throw new UserError(`invalid build-args line "${a}": use NAME=value`)
  }
  if (inputs.mode !== 'verify') {
    if (!inputs.reports)
      throw new UserError(`mode ${inputs.mode} needs reports: the JSON report files, a directory of them, or a glob`)
    return inputs
  }
  return inputs
}
