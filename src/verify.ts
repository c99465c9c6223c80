/**
 * The engine both entries share: platform images in, facts out, then the checks and the report. No I/O of its own
 * beyond what the image sources and the build do.
 */
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, posix } from 'node:path'
import { buildPlatform, preflight } from './build/buildx.js'
import { cores, mapLimit } from './concurrency.js'
import type { BuildOptions } from './build/args.js'
import { evaluate } from './checks/evaluate.js'
import { EMPTY_CONFIG, type Config } from './config/config.js'
import type { DockerfileContext } from './dockerfile/locate.js'
import { parseDockerfile } from './dockerfile/parse.js'
import { UserError, errorMessage } from './errors.js'
import { listImages, loadImage, type ImageRef } from './image/read.js'
import { OciDirSource } from './image/oci-layout.js'
import type { ImageSource } from './image/source.js'
import type { PlatformFacts } from './inspect/facts.js'
import { inspectImage } from './inspect/image.js'
import type { Logger } from './log.js'
import { formatPlatform, normalizePlatform, platformMatches, type Platform } from './platform.js'
import { summarisePlatform } from './inspect/summary.js'
import { assembleReport, type FailOn, type Report, type ReportContext } from './report/model.js'

async function platformOf(source: ImageSource, ref: ImageRef): Promise<Platform> {
  if (ref.indexPlatform) return ref.indexPlatform
  const { config } = await loadImage(source, ref)
  return normalizePlatform(config)
}

/**
 * Platforms inspected at once: one per core, at least two, keeps the walks and gunzip busy; only the platforms in
 * flight hold their layers' entries and file tree, and a finished one keeps only its facts. Eight at once would hold
 * eight trees.
 */
const PLATFORMS_AT_ONCE = Math.max(2, cores())

/** The facts of a platform whose image was not read: missing, not built, unreadable or not checked. */
function unread(platform: Platform, status: PlatformFacts['status'], more: Partial<PlatformFacts> = {}): PlatformFacts {
  return { platform, status, executables: [], durationMs: 0, ...more }
}

/**
 * Keep the platform images of one named image: a layout may tag several (`org.opencontainers.image.ref.name`, or the
 * RepoTags of docker save). Without a name, a source with several names is a usage error that lists them.
 */
export function selectImage(source: string, refs: ImageRef[], image: string | undefined): ImageRef[] {
  const names = [...new Set(refs.map(r => r.refName).filter((n): n is string => !!n))]
  if (image === undefined) {
    if (names.length > 1)
      throw new UserError(`${source} holds several images (${names.join(', ')}); choose one with --image NAME`)
    return refs
  }
  const hit = refs.filter(r => r.refName === image || (r.refName?.endsWith(`:${image}`) ?? false))
  if (hit.length === 0)
    throw new UserError(`${source} has no image named "${image}"; it has ${names.join(', ') || 'no named images'}`)
  return hit
}

/**
 * Inspect the platform images of one source. With `requested`, every requested platform gets a result (missing if
 * the index lacks it); without, every image the index offers is inspected, PLATFORMS_AT_ONCE at a time.
 */
export async function inspectSource(
  source: ImageSource,
  requested?: Platform[],
  image?: string,
  require: string[] = []
): Promise<PlatformFacts[]> {
  const refs = selectImage(source.name, await listImages(source), image)
  if (refs.length === 0) throw new UserError(`${source.name}: the index holds no platform image`)
  const offered = await Promise.all(refs.map(async ref => ({ ref, platform: await platformOf(source, ref) })))
  if (!requested?.length) {
    const seen = new Set<string>()
    const unique = offered.filter(o => !seen.has(formatPlatform(o.platform)) && seen.add(formatPlatform(o.platform)))
    return mapLimit(unique, PLATFORMS_AT_ONCE, o => inspectImage(source, o.ref, o.platform, require))
  }
  return mapLimit(requested, PLATFORMS_AT_ONCE, want => {
    const hit = offered.find(o => platformMatches(want, o.platform))
    return hit ? inspectImage(source, hit.ref, want, require) : Promise.resolve(unread(want, 'missing'))
  })
}

/** The Dockerfile a build uses, as buildx resolves it: `--file`, or Dockerfile in the context. */
export function dockerfileOf(opts: BuildOptions): string {
  return opts.file ?? posix.join(opts.context, 'Dockerfile')
}

/** Build each platform with buildx, then inspect what each produced. A failed build is a finding, not an abort. */
export async function buildAndInspect(
  opts: BuildOptions,
  platforms: Platform[],
  log: Logger,
  require: string[] = [],
  workDir?: string
): Promise<PlatformFacts[]> {
  if (platforms.length === 0)
    throw new UserError('no platforms to build: set platforms, for example linux/amd64,linux/arm64')
  const builder = await preflight(opts.builder)
  log.debug(`builder ${builder.name}: ${builder.platforms.map(formatPlatform).join(', ')}`)
  const dir = workDir ?? (await mkdtemp(join(tmpdir(), 'multiarch-verify-')))
  const out: Array<PlatformFacts | Promise<PlatformFacts>> = []
  let stopped: string | undefined
  // Builds run one after another: BuildKit parallelises inside a build, and the logs stay readable. Each platform is
  // verified while the next one builds, so only the last verification adds to the time the builds take.
  for (const platform of platforms) {
    if (stopped) {
      out.push(unread(platform, 'not-checked', { error: `${formatPlatform(platform)} was not built: ${stopped}` }))
      continue
    }
    const built = await buildPlatform(opts, platform, dir, log, dockerfileOf(opts), builder)
    if (!built.ok && 'environment' in built) {
      log.warning(built.environment)
      out.push(unread(platform, 'not-checked', { error: built.environment }))
      if (built.daemonGone) stopped = `the buildx builder "${builder.name}" had stopped answering`
      continue
    }
    if (!built.ok) {
      out.push(unread(platform, 'build-failed', { build: built.failure }))
      continue
    }
    out.push(inspectBuilt(built.ociDir, platform, require))
  }
  return Promise.all(out)
}

/** What buildx exported for one platform; an export that cannot be read is that platform's finding, not the run's. */
async function inspectBuilt(ociDir: string, platform: Platform, require: string[]): Promise<PlatformFacts> {
  try {
    const [facts] = await inspectSource(await OciDirSource.open(ociDir), [platform], undefined, require)
    return facts as PlatformFacts
  } catch (err) {
    return unread(platform, 'unreadable', { error: errorMessage(err) })
  }
}

/** Evaluate the facts (every rule, the config, the Dockerfile lines) and assemble the report. */
export function checkAndReport(
  source: string,
  platforms: PlatformFacts[],
  failOn: FailOn,
  extra: { dockerfile?: DockerfileContext; context?: ReportContext; config?: Config } = {}
): Report {
  const summaries = platforms.map(summarisePlatform)
  return assembleReport({
    source,
    platforms: summaries,
    evaluation: evaluate({
      facts: platforms,
      summaries,
      config: extra.config ?? EMPTY_CONFIG,
      ...(extra.dockerfile ? { dockerfile: extra.dockerfile } : {})
    }),
    failOn,
    ...(extra.context ? { context: extra.context } : {}),
    ...(extra.dockerfile ? { dockerfile: extra.dockerfile.file } : {})
  })
}

/** Read and parse the Dockerfile, to point findings at its lines; without it, findings simply carry no line. */
export async function readDockerfile(file: string, target?: string): Promise<DockerfileContext | undefined> {
  const text = await readFile(file, 'utf8').catch(() => undefined)
  if (text === undefined) return undefined
  return { file, stages: parseDockerfile(text), ...(target ? { target } : {}) }
}
