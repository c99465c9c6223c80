import { formatPlatform } from '../platform.js'
import { code, type Finding, type PlatformRule } from './types.js'

/** buildx failed for a platform; the finding carries the failing step and the log tail. */
export const buildFailed: PlatformRule = {
  id: 'build-failed',
  scope: 'platform',
  defaultSeverity: 'error',
  description: 'buildx failed for that platform. It carries the failing step and the log tail.',
  help: 'Read the failing step in the build log. A step that works on one platform and fails on another often downloads or runs a binary for the wrong architecture; derive it from `ARG TARGETARCH`.',
  check({ platforms }) {
    return platforms
      .filter(p => p.status === 'build-failed' && p.build)
      .map(p => {
        const b = p.build as NonNullable<typeof p.build>
        const f: Finding = {
          rule: 'build-failed',
          severity: 'error',
          platform: formatPlatform(p.platform),
          message: b.step
            ? `The build for ${formatPlatform(p.platform)} failed at ${code(b.step)}.`
            : `The build for ${formatPlatform(p.platform)} failed.`,
          hint: 'Read the log tail below. A step that works on one platform and fails on another often downloads or runs a binary for the wrong architecture; derive it from `ARG TARGETARCH`.',
          evidence: { logTail: b.logTail }
        }
        if (b.location) f.location = b.location
        return f
      })
  }
}
