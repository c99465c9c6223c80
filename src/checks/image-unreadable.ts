import { formatPlatform } from '../platform.js'
import { plain, type Finding, type PlatformRule } from './types.js'

/** The platform's image could not be read, so nothing about it could be verified. */
export const imageUnreadable: PlatformRule = {
  id: 'image-unreadable',
  scope: 'platform',
  defaultSeverity: 'error',
  description:
    'A platform image could not be read (corrupt blob, bad digest, unsupported format), so it is unverified.',
  help: 'Rebuild or re-pull the image; a digest mismatch means the stored image is corrupt.',
  check({ platforms }) {
    return platforms
      .filter(p => p.status === 'unreadable')
      .map((p): Finding => ({
        rule: 'image-unreadable',
        severity: 'error',
        platform: formatPlatform(p.platform),
        message: `The image for ${formatPlatform(p.platform)} could not be read: ${plain(p.error ?? 'unknown error')}.`,
        hint: 'Rebuild or re-pull the image; a digest mismatch means the stored image is corrupt.'
      }))
  }
}
