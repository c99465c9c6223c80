import { ALL_OS } from '../inspect/os.js'
import { formatPlatform } from '../platform.js'
import { platformRule } from './types.js'

/** A requested platform has no image in the index. */
export const platformMissing = platformRule({
  id: 'platform-missing',
  defaultSeverity: 'error',
  os: ALL_OS,
  statuses: ['missing'],
  description: 'A requested platform has no image in the index.',
  help: 'Build and push every platform you announce, for example with `docker buildx build --platform linux/amd64,linux/arm64 --push`, or drop the platform from `platforms`.',
  each(p, all) {
    const offered = all.filter(q => q.status !== 'missing').map(q => formatPlatform(q.platform))
    return [
      {
        message:
          `No image for ${formatPlatform(p.platform)} in the index, although it was requested. ` +
          (offered.length ? `The index offers ${offered.join(', ')}.` : 'The index offers no platform image.')
      }
    ]
  }
})
