import { ALL_OS } from '../inspect/os.js'
import { formatPlatform, normalizePlatform, samePlatform, platformMatches } from '../platform.js'
import { code, platformRule } from './types.js'

function show(p: { os?: string; architecture?: string; variant?: string }): string {
  return code([p.os || '?', p.architecture || '?', p.variant].filter(Boolean).join('/'))
}

/** The index entry's platform, the image config's os/architecture/variant and the requested platform disagree. */
export const configPlatformMismatch = platformRule({
  id: 'config-platform-mismatch',
  defaultSeverity: 'error',
  os: ALL_OS,
  description:
    "The index entry's platform, the image config's os/architecture/variant and the requested platform disagree.",
  help: 'Rebuild with `docker buildx build --platform ...` instead of editing manifests by hand, and make sure each platform image was built for that platform.',
  each(p) {
    if (!p.config) return []
    const cfg = normalizePlatform(p.config)
    let problem: string | undefined
    if (!p.config.os || !p.config.architecture) {
      problem = 'the image config does not say its os and architecture'
    } else if (p.indexPlatform && !samePlatform(p.indexPlatform, cfg) && !platformMatches(p.indexPlatform, cfg)) {
      problem = `the index lists it as ${show(p.indexPlatform)} but its config says ${show(p.config)}`
    } else if (!platformMatches(p.platform, cfg)) {
      problem = `it was requested as ${show(p.platform)} but its config says ${show(p.config)}`
    }
    if (!problem) return []
    return [
      {
        message: `The image for ${formatPlatform(p.platform)} is labelled inconsistently: ${problem}. Runtimes pick images by the index and trust the config, so this image may be pulled where it cannot run.`
      }
    ]
  }
})
