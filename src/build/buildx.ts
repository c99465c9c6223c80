/** Runs buildx once per platform into a temp OCI layout. The only module here that starts processes. */
import { getExecOutput } from '@actions/exec'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { UserError } from '../errors.js'
import type { BuildFailure } from '../inspect/facts.js'
import type { Logger } from '../log.js'
import { formatPlatform, type Platform } from '../platform.js'
import { buildxArgs, type BuildOptions } from './args.js'
import { parseBuildFailure } from './log.js'

export type BuildResult =
  | { platform: Platform; ok: true; ociDir: string; metadataFile: string }
  | { platform: Platform; ok: false; failure: BuildFailure }

/** Fails with one clear line when docker or buildx is missing, before any build starts. */
export async function checkBuildx(): Promise<string> {
  const r = await getExecOutput('docker', ['buildx', 'version'], { ignoreReturnCode: true, silent: true }).catch(
    (err: Error) => ({ exitCode: -1, stdout: '', stderr: err.message })
  )
  if (r.exitCode !== 0) {
    throw new UserError(
      `docker buildx is not available (${(r.stderr || r.stdout).trim().split('\n').pop() ?? 'not found'}); install Docker with the buildx plugin, or use docker/setup-buildx-action`
    )
  }
  return r.stdout.trim()
}

export async function buildPlatform(
  opts: BuildOptions,
  platform: Platform,
  workDir: string,
  log: Logger,
  dockerfile: string
): Promise<BuildResult> {
  const name = formatPlatform(platform)
  const dir = join(workDir, name.replace(/\//g, '-'))
  await mkdir(dir, { recursive: true })
  const ociDir = join(dir, 'oci')
  const metadataFile = join(dir, 'metadata.json')
  const args = buildxArgs(opts, platform, ociDir, metadataFile)
  return log.group(`Build ${name}`, async () => {
    const r = await getExecOutput('docker', args, {
      ignoreReturnCode: true,
      outStream: log.stream,
      errStream: log.stream
    })
    if (r.exitCode === 0) return { platform, ok: true, ociDir, metadataFile }
    log.warning(`the build for ${name} failed (exit code ${r.exitCode}); the other platforms are still verified`)
    return { platform, ok: false, failure: parseBuildFailure(`${r.stdout}\n${r.stderr}`, dockerfile) }
  })
}
