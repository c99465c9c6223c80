import { ALL_OS } from '../inspect/os.js'
import { formatPlatform } from '../platform.js'
import { plain, platformRule } from './types.js'

/** The platform's image could not be read, so nothing about it could be verified. */
export const imageUnreadable = platformRule({
  id: 'image-unreadable',
  defaultSeverity: 'error',
  os: ALL_OS,
  statuses: ['unreadable'],
  description:
    'A platform image could not be read (corrupt blob, bad digest, unsupported format), so it is unverified.',
  help: 'Rebuild or re-pull the image; a digest mismatch means the stored image is corrupt.',
  each: p => [
    { message: `The image for ${formatPlatform(p.platform)} could not be read: ${plain(p.error ?? 'unknown error')}.` }
  ]
})
