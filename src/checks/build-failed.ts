import { ALL_OS } from '../inspect/os.js'
import { formatPlatform } from '../platform.js'
import { code, platformRule, type Draft } from './types.js'

/** buildx failed for a platform; the finding carries the failing step and the log tail. */
export const buildFailed = platformRule({
  id: 'build-failed',
  defaultSeverity: 'error',
  os: ALL_OS,
  statuses: ['build-failed'],
  description: 'buildx failed for that platform. It carries the failing step and the log tail.',
  help: 'Read the failing step in the end of the build log shown with this finding. A step that works on one platform and fails on another often downloads or runs a binary for the wrong architecture; derive it from `ARG TARGETARCH`.',
  each(p) {
    const b = p.build
    if (!b) return []
    const d: Draft = {
      message: b.step
        ? `The build for ${formatPlatform(p.platform)} failed at ${code(b.step)}.`
        : `The build for ${formatPlatform(p.platform)} failed.`,
      evidence: { logTail: b.logTail }
    }
    if (b.location) d.location = b.location
    return [d]
  }
})
