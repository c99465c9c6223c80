/**
 * The platform images of one source, inspected: every platform requested (missing ones marked so), or every platform
 * the index offers, a few at a time. I/O only through the image source.
 */
import { cores, mapLimit } from '../concurrency.js'
import { UserError } from '../errors.js'
import { listImages, loadImage, type ImageRef } from '../image/read.js'
import type { ImageSource } from '../image/source.js'
import { formatPlatform, normalizePlatform, platformMatches, type Platform } from '../platform.js'
import type { ImageExpectations, PlatformFacts } from './facts.js'
import { inspectImage } from './image.js'

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
export function unread(
  platform: Platform,
  status: PlatformFacts['status'],
  more: Partial<PlatformFacts> = {}
): PlatformFacts {
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
  expect: ImageExpectations = {}
): Promise<PlatformFacts[]> {
  const refs = selectImage(source.name, await listImages(source), image)
  if (refs.length === 0) throw new UserError(`${source.name}: the index holds no platform image`)
  const offered = withOsVersions(
    await Promise.all(refs.map(async ref => ({ ref, platform: await platformOf(source, ref) })))
  )
  if (!requested?.length) {
    const seen = new Set<string>()
    const unique = offered.filter(o => !seen.has(formatPlatform(o.platform)) && seen.add(formatPlatform(o.platform)))
    return mapLimit(unique, PLATFORMS_AT_ONCE, o => inspectImage(source, o.ref, o.platform, expect))
  }
  return mapLimit(requested, PLATFORMS_AT_ONCE, want => {
    const hit = offered.find(o => platformMatches(want, { ...o.platform, ...osVersionOf(o.ref) }))
    return hit ? inspectImage(source, hit.ref, want, expect) : Promise.resolve(unread(want, 'missing'))
  })
}

function osVersionOf(ref: ImageRef): { osVersion?: string } {
  return ref.osVersion ? { osVersion: ref.osVersion } : {}
}

/**
 * Name each image by its OS version too where the index holds several images of one os/arch/variant that differ by
 * it (a Windows image per Windows release: `windows(10.0.17763.6893)/amd64`, `windows(10.0.20348.3207)/amd64`), so
 * that each is inspected and reported as itself. Elsewhere the name stays `windows/amd64`.
 */
export function withOsVersions<T extends { ref: ImageRef; platform: Platform }>(offered: T[]): T[] {
  const versions = new Map<string, Set<string>>()
  for (const o of offered) {
    const key = formatPlatform(o.platform)
    versions.set(key, (versions.get(key) ?? new Set()).add(o.ref.osVersion ?? ''))
  }
  return offered.map(o =>
    (versions.get(formatPlatform(o.platform))?.size ?? 0) > 1 && o.ref.osVersion
      ? { ...o, platform: { ...o.platform, osVersion: o.ref.osVersion } }
      : o
  )
}
