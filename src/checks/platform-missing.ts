import { formatPlatform } from '../platform.js'
import type { Finding, PlatformRule } from './types.js'

/** A requested platform has no image in the index. */
export const platformMissing: PlatformRule = {
  id: 'platform-missing',
  scope: 'platform',
  defaultSeverity: 'error',
  description: 'A requested platform has no image in the index.',
  help: 'Build and push every platform you announce (`docker buildx build --platform linux/amd64,linux/arm64 --push`), or drop the platform from `platforms`.',
  check({ platforms }) {
    const offered = platforms.filter(p => p.status !== 'missing').map(p => formatPlatform(p.platform))
    return platforms
      .filter(p => p.status === 'missing')
      .map((p): Finding => ({
        rule: 'platform-missing',
        severity: 'error',
        platform: formatPlatform(p.platform),
        message:
          `No image for ${formatPlatform(p.platform)} in the index, although it was requested. ` +
          (offered.length ? `The index offers ${offered.join(', ')}.` : 'The index offers no platform image.'),
        hint:
          'Build and push every platform you announce, for example with `docker buildx build --platform ' +
          'linux/amd64,linux/arm64 --push`, or drop the platform from `platforms`.'
      }))
  }
}
