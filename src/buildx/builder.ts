/**
 * What the build environment can do, read from `docker buildx version` and `docker buildx inspect`, and why a failed
 * build was the environment's fault rather than the Dockerfile's. Pure: buildx.ts runs the commands.
 */
import { formatPlatform, parsePlatform, platformMatches, type Platform } from '../platform.js'

/** The oldest buildx the tool is tested against the behaviour of (OCI exporter options, metadata file, attestations). */
export const MIN_BUILDX = [0, 10, 0] as const

/** `github.com/docker/buildx v0.13.1 …` or Debian's `… 0.13.1+ds1 …`: the version triple, if it says one. */
export function parseBuildxVersion(text: string): [number, number, number] | undefined {
  const m = /\bv?(\d+)\.(\d+)\.(\d+)/.exec(text)
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined
}

export function isOlder(v: readonly number[], min: readonly number[]): boolean {
  for (let i = 0; i < min.length; i++) {
    if ((v[i] ?? 0) !== (min[i] ?? 0)) return (v[i] ?? 0) < (min[i] ?? 0)
  }
  return false
}

export interface BuilderInfo {
  name: string
  driver?: string
  /** Why the builder cannot build (the daemon is unreachable, the node is stopped), from its `Error:` lines. */
  error?: string
  /** What its nodes can run: natively, or through QEMU's binfmt handlers. */
  platforms: Platform[]
}

/** Read `docker buildx inspect`: its name, driver, errors and the platforms of all its nodes. */
export function parseBuilderInspect(text: string): BuilderInfo {
  const info: BuilderInfo = { name: 'default', platforms: [] }
  for (const raw of text.split('\n')) {
    const m = /^\s*([A-Za-z ]+):\s*(.*)$/.exec(raw)
    if (!m) continue
    const [key, value] = [(m[1] ?? '').trim(), (m[2] ?? '').trim()]
    if (key === 'Name' && !raw.startsWith(' ') && info.name === 'default') info.name = value || info.name
    else if (key === 'Driver' && value) info.driver = value
    else if (key === 'Error' && value && !info.error) info.error = value
    else if (key === 'Platforms' && value) {
      for (const p of value.split(',')) {
        const name = p.trim().replace(/\*$/, '')
        try {
          info.platforms.push(parsePlatform(name))
        } catch {
          // A platform this tool has no name for cannot be one the user asked for: skip it.
        }
      }
    }
  }
  return info
}

export function canRun(builder: BuilderInfo, platform: Platform): boolean {
  // BuildKit may leave linux/386 out of an amd64 node's list, though the kernel runs it natively.
  const native = platform.architecture === '386' ? [{ os: platform.os, architecture: 'amd64' }] : []
  return builder.platforms.some(p => platformMatches(platform, p) || native.some(n => platformMatches(n, p)))
}

/**
 * Why a failed build says nothing about the Dockerfile, if so: a RUN step for a platform the builder cannot run (no
 * QEMU handler, so the kernel answers "exec format error"). Such a step fails whatever the Dockerfile says. Only both
 * together count: a builder that can run the platform and still sees "exec format error" has met a real bug (a
 * binary for the wrong architecture), and a platform the builder does not list may still build when nothing runs
 * for it (a cross-compiling Dockerfile).
 */
export function emulationMissing(builder: BuilderInfo, platform: Platform, log: string): string | undefined {
  if (canRun(builder, platform) || !/exec format error/i.test(log)) return undefined
  const offers = builder.platforms.map(formatPlatform).join(', ') || 'none'
  return (
    `${formatPlatform(platform)} could not be built: the buildx builder "${builder.name}" cannot run its programs ` +
    `(it offers ${offers}); install QEMU with docker/setup-qemu-action before the build, ` +
    `or cross-compile in a FROM --platform=$BUILDPLATFORM stage`
  )
}
