/**
 * The settings both entries take, the action's inputs and the CLI's options alike, turned into one verification
 * request: the same validation and the same errors whichever way the tool is run.
 */
import type { BuildOptions } from './buildx/args.js'
import { loadConfig } from './config/config.js'
import { UserError } from './errors.js'
import type { Logger } from './log.js'
import type { Platform } from './platform.js'
import type { FailOn, ReportContext } from './report/model.js'
import type { VerifyRequest } from './verify.js'

export const FAIL_ON = ['error', 'warning', 'note', 'never'] as const

/** `what` names it as the user wrote it: `fail-on` (CLI) or `input fail-on:` (action). */
export function parseFailOn(v: string, what = 'fail-on'): FailOn {
  if ((FAIL_ON as readonly string[]).includes(v)) return v as FailOn
  throw new UserError(`invalid ${what} "${v}": use ${FAIL_ON.join(', ')}`)
}

/** What the user asked for, named as in action.yml. */
export interface Settings {
  /** An image already built (a SOURCE); without it, `context` is built. */
  image?: string
  imageName?: string
  context?: string
  file?: string
  target?: string
  buildArgs?: string[]
  builder?: string
  platforms: Platform[]
  failOn: FailOn
  /** The config file; absent means the default path, if it exists. */
  config?: string
  /** The facts cache directory; absent: no cache. */
  cacheDir?: string
}

export async function verifyRequest(s: Settings, log: Logger, context?: ReportContext): Promise<VerifyRequest> {
  const config = await loadConfig(s.config)
  const base = {
    platforms: s.platforms,
    config,
    failOn: s.failOn,
    log,
    ...(s.cacheDir ? { cacheDir: s.cacheDir } : {}),
    ...(s.target ? { target: s.target } : {}),
    ...(context ? { context } : {})
  }
  if (s.image) {
    return {
      ...base,
      image: s.image,
      ...(s.imageName ? { imageName: s.imageName } : {}),
      ...(s.file ? { dockerfile: s.file } : {})
    }
  }
  if (!s.platforms.length) {
    throw new UserError(
      'set platforms to build and verify (for example linux/amd64,linux/arm64), or image to verify an image already built'
    )
  }
  const build: BuildOptions = {
    context: s.context || '.',
    buildArgs: s.buildArgs ?? [],
    ...(s.file ? { file: s.file } : {}),
    ...(s.target ? { target: s.target } : {}),
    ...(s.builder ? { builder: s.builder } : {})
  }
  return { ...base, build }
}
