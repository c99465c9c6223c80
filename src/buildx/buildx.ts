/** Runs buildx once per platform into a temp OCI layout. The only module here that starts processes. */
import { getExecOutput } from '@actions/exec'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { UserError } from '../errors.js'
import type { BuildFailure } from '../inspect/facts.js'
import type { Logger } from '../log.js'
import { formatPlatform, type Platform } from '../platform.js'
import { spawnTracked } from '../tempdir.js'
import { buildxArgs, type BuildOptions } from './args.js'
import {
  MIN_BUILDX,
  emulationMissing,
  isOlder,
  parseBuildxVersion,
  parseBuilderInspect,
  type BuilderInfo
} from './builder.js'
import { parseBuildFailure } from './log.js'

export type BuildResult =
  | { platform: Platform; ok: true; ociDir: string; metadataFile: string }
  | { platform: Platform; ok: false; failure: BuildFailure }
  /** The environment, not the Dockerfile, stopped the build; `daemonGone` means no further build can start. */
  | { platform: Platform; ok: false; environment: string; daemonGone: boolean }

interface Run {
  code: number
  out: string
}

async function docker(args: string[]): Promise<Run> {
  try {
    const r = await getExecOutput('docker', args, { ignoreReturnCode: true, silent: true })
    return { code: r.exitCode, out: `${r.stdout}\n${r.stderr}`.trim() }
  } catch {
    return { code: -1, out: '' } // @actions/exec throws when the executable is not on PATH
  }
}

const lastLine = (text: string): string =>
  text
    .split('\n')
    .map(l => l.trim())
    .filter(Boolean)
    .pop() ?? ''

async function inspectBuilder(builder: string | undefined): Promise<BuilderInfo> {
  const r = await docker(['buildx', 'inspect', ...(builder ? ['--builder', builder] : []), '--bootstrap'])
  if (r.code !== 0) return { name: builder ?? 'default', platforms: [], error: lastLine(r.out) || 'no answer' }
  return parseBuilderInspect(r.out)
}

/**
 * Before any build: docker and buildx are there, buildx is recent enough, and the builder answers. Each failure is
 * one line naming the fix. Returns what the builder can run, to tell a missing emulator from a broken Dockerfile.
 */
export async function preflight(builder?: string): Promise<BuilderInfo> {
  const v = await docker(['buildx', 'version'])
  if (v.code === -1)
    throw new UserError('docker is not installed or not on PATH; install Docker with the buildx plugin')
  if (v.code !== 0)
    throw new UserError(
      `docker buildx is not available (${lastLine(v.out) || 'no answer'}); install the buildx plugin, or use docker/setup-buildx-action`
    )
  const version = parseBuildxVersion(v.out)
  if (version && isOlder(version, MIN_BUILDX))
    throw new UserError(
      `docker buildx ${version.join('.')} is too old: multiarch-verify needs ${MIN_BUILDX.join('.')} or later; docker/setup-buildx-action installs a current one`
    )
  const info = await inspectBuilder(builder)
  if (info.error)
    throw new UserError(
      `the buildx builder "${info.name}" cannot build: ${info.error}; start the Docker daemon, or set up a builder with docker/setup-buildx-action`
    )
  return info
}

export async function buildPlatform(
  opts: BuildOptions,
  platform: Platform,
  workDir: string,
  log: Logger,
  dockerfile: string,
  builder: BuilderInfo
): Promise<BuildResult> {
  const name = formatPlatform(platform)
  const dir = join(workDir, name.replace(/\//g, '-'))
  await mkdir(dir, { recursive: true })
  const ociDir = join(dir, 'oci')
  const metadataFile = join(dir, 'metadata.json')
  const args = buildxArgs(opts, platform, ociDir, metadataFile)
  return log.group(`Build ${name}`, async () => {
    const started = Date.now()
    const r = await spawnTracked('docker', args, log.stream)
    log.info(`${name}: buildx took ${((Date.now() - started) / 1000).toFixed(1)} s`)
    if (r.exitCode === 0) return { platform, ok: true, ociDir, metadataFile }
    const output = `${r.stdout}\n${r.stderr}`
    const noEmulator = emulationMissing(builder, platform, output)
    if (noEmulator) return { platform, ok: false, environment: noEmulator, daemonGone: false }
    // A daemon that died mid-build fails the build whatever the Dockerfile says: ask it whether it is still there.
    const now = await inspectBuilder(opts.builder)
    if (now.error) {
      const why = `${name} was not checked: its build stopped because the buildx builder "${now.name}" stopped answering (${now.error})`
      return { platform, ok: false, environment: why, daemonGone: true }
    }
    log.warning(`the build for ${name} failed (exit code ${r.exitCode}); the other platforms are still verified`)
    return { platform, ok: false, failure: parseBuildFailure(output, dockerfile) }
  })
}
