import { formatPlatform, normalizePlatform, samePlatform, platformMatches, type Platform } from '../platform.js'
import { code, type Finding, type PlatformRule } from './types.js'

function show(p: { os?: string; architecture?: string; variant?: string }): string {
  return code([p.os || '?', p.architecture || '?', p.variant].filter(Boolean).join('/'))
}

/** The index entry's platform, the image config's os/architecture/variant and the requested platform disagree. */
export const configPlatformMismatch: PlatformRule = {
  id: 'config-platform-mismatch',
  scope: 'platform',
  defaultSeverity: 'error',
  description:
    "The index entry's platform, the image config's os/architecture/variant and the requested platform disagree.",
  help: 'Rebuild with `docker buildx build --platform ...` instead of assembling manifests by hand, and make sure each platform image was built for that platform.',
  check({ platforms }) {
    const out: Finding[] = []
    for (const p of platforms) {
      if (p.status !== 'inspected' || !p.config) continue
      const cfg: Platform = normalizePlatform(p.config)
      const problems: string[] = []
      if (!p.config.os || !p.config.architecture) {
        problems.push('the image config does not say its os and architecture')
      } else if (p.indexPlatform && !samePlatform(p.indexPlatform, cfg) && !platformMatches(p.indexPlatform, cfg)) {
        problems.push(`the index lists it as ${show(p.indexPlatform)} but its config says ${show(p.config)}`)
      } else if (!platformMatches(p.platform, cfg)) {
        problems.push(`it was requested as ${show(p.platform)} but its config says ${show(p.config)}`)
      }
      for (const problem of problems) {
        out.push({
          rule: 'config-platform-mismatch',
          severity: 'error',
          platform: formatPlatform(p.platform),
          message: `The image for ${formatPlatform(p.platform)} is labelled inconsistently: ${problem}. Runtimes pick images by the index and trust the config, so this image may be pulled where it cannot run.`,
          hint: 'Rebuild with `docker buildx build --platform ...` instead of editing manifests by hand, and make sure each platform image was built for that platform.'
        })
      }
    }
    return out
  }
}
