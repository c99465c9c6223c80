/**
 * One verification, the same from the action and the CLI: read an image source, or build the context with buildx
 * once per platform; inspect every platform; evaluate the findings; assemble the report. Every source opened is
 * closed and every build directory removed, also on failure or interruption.
 */
import { access, readFile } from 'node:fs/promises'
import { posix } from 'node:path'
import type { BuildOptions } from './buildx/args.js'
import { buildPlatform, preflight } from './buildx/buildx.js'
import { evaluate } from './checks/evaluate.js'
import { EMPTY_CONFIG, type Config } from './config/config.js'
import type { DockerfileContext } from './dockerfile/locate.js'
import { parseDockerfile } from './dockerfile/parse.js'
import { UserError, errorMessage } from './errors.js'
import { tuneHeap } from './heap.js'
import { FactsCache } from './image/cache.js'
import { layerReader } from './image/layers.js'
import { OciDirSource } from './image/oci-layout.js'
import { openSource } from './image/open.js'
import type { ImageExpectations, PlatformFacts } from './inspect/facts.js'
import { inspectSource, unread } from './inspect/platforms.js'
import { summarisePlatform } from './inspect/summary.js'
import type { Logger } from './log.js'
import { formatPlatform, type Platform } from './platform.js'
import { assembleReport, type FailOn, type Report, type ReportContext } from './report/model.js'
import { withTempDir } from './tempdir.js'

export { inspectSource, selectImage } from './inspect/platforms.js'

/** What one verification is asked to do. Built by the action (inputs.ts) and the CLI (commands.ts) alike. */
export interface VerifyRequest {
  /** An image that was already built: a SOURCE (`oci:DIR`, `registry:REF`, …); else the build below. */
  image?: string
  /** Which image of a source that tags several. */
  imageName?: string
  build?: BuildOptions
  /** The platforms to build, or that the image must have (empty: every platform it offers). */
  platforms: Platform[]
  /** The Dockerfile, when the user named one (image mode: to point findings at its lines). */
  dockerfile?: string
  target?: string
  config: Config
  failOn: FailOn
  context?: ReportContext
  log: Logger
  /** The facts cache directory (cache.ts); without it, every layer is read. */
  cacheDir?: string
}

/** The Dockerfile a build uses, as buildx resolves it: `--file`, or Dockerfile in the context. */
export function dockerfileOf(opts: BuildOptions): string {
  return opts.file ?? posix.join(opts.context, 'Dockerfile')
}

/** Read and parse a Dockerfile to point findings at its lines. One the user named must exist. */
export async function readDockerfile(
  file: string,
  target?: string,
  named = false
): Promise<DockerfileContext | undefined> {
  const text = await readFile(file, 'utf8').catch(() => undefined)
  if (text === undefined) {
    if (named) throw new UserError(`the Dockerfile ${file} does not exist`)
    return undefined
  }
  return { file, stages: parseDockerfile(text), lines: text.split(/\r?\n/), ...(target ? { target } : {}) }
}

export async function verify(req: VerifyRequest): Promise<Report> {
  const untune = tuneHeap()
  try {
    return await verifyWithCache(req)
  } finally {
    untune()
  }
}

async function verifyWithCache(req: VerifyRequest): Promise<Report> {
  if (!req.cacheDir) return verifyImages(req)
  const cache = new FactsCache(req.cacheDir, { warn: m => req.log.warning(m) })
  layerReader.cache = cache
  try {
    return await verifyImages(req)
  } finally {
    layerReader.cache = undefined
    await cache.flush()
    const s = cache.stats
    req.log.debug(
      `facts cache ${cache.dir} (version ${cache.version}): ${s.hits} layer(s) from the cache, ${s.misses + s.rejected} read` +
        `${s.rejected ? ` (${s.rejected} cache entries failed their checks and were written again)` : ''}, ${s.written} written, ${s.evicted} evicted`
    )
  }
}

async function verifyImages(req: VerifyRequest): Promise<Report> {
  if (req.image) {
    const dockerfile = req.dockerfile ? await readDockerfile(req.dockerfile, req.target, true) : undefined
    const source = await openSource(req.image)
    try {
      const facts = await req.log.group(`Inspect ${source.name}`, () =>
        inspectSource(source, req.platforms, req.imageName, req.config)
      )
      return checkAndReport(source.name, facts, req.failOn, reportExtra(req, dockerfile))
    } finally {
      await source.close()
    }
  }
  const opts = req.build
  if (!opts) throw new UserError('nothing to verify: name an image, or a context to build')
  if (opts.file)
    await access(opts.file).catch(() => {
      throw new UserError(`the Dockerfile ${opts.file} does not exist`)
    })
  const facts = await buildAndInspect(opts, req.platforms, req.log, req.config)
  const dockerfile = await readDockerfile(dockerfileOf(opts), opts.target)
  return checkAndReport(`build:${opts.context}`, facts, req.failOn, reportExtra(req, dockerfile))
}

function reportExtra(
  req: VerifyRequest,
  dockerfile: DockerfileContext | undefined
): { dockerfile?: DockerfileContext; context?: ReportContext; config: Config } {
  return { config: req.config, ...(dockerfile ? { dockerfile } : {}), ...(req.context ? { context: req.context } : {}) }
}

/**
 * Build each platform with buildx into a temporary directory (removed afterwards, whatever happens), and inspect what
 * each produced. A failed build is a finding, not an abort.
 */
export async function buildAndInspect(
  opts: BuildOptions,
  platforms: Platform[],
  log: Logger,
  expect: ImageExpectations = {}
): Promise<PlatformFacts[]> {
  if (platforms.length === 0)
    throw new UserError('no platforms to build: set platforms, for example linux/amd64,linux/arm64')
  const builder = await preflight(opts.builder)
  log.debug(`builder ${builder.name}: ${builder.platforms.map(formatPlatform).join(', ')}`)
  return withTempDir(async dir => {
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
      out.push(inspectBuilt(built.ociDir, platform, expect))
    }
    return Promise.all(out)
  })
}

/** What buildx exported for one platform; an export that cannot be read is that platform's finding, not the run's. */
async function inspectBuilt(ociDir: string, platform: Platform, expect: ImageExpectations): Promise<PlatformFacts> {
  const source = await OciDirSource.open(ociDir)
  try {
    const [facts] = await inspectSource(source, [platform], undefined, expect)
    return facts as PlatformFacts
  } catch (err) {
    if (!(err instanceof UserError)) throw err
    return unread(platform, 'unreadable', { error: errorMessage(err) })
  } finally {
    await source.close()
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
