/** Turn a SOURCE argument into an image source. */
import { UserError } from '../errors.js'
import { ArchiveSource } from './archive.js'
import { openDockerImage } from './docker.js'
import { OciDirSource } from './oci-layout.js'
import { RegistrySource } from './registry/source.js'
import type { ImageSource } from './source.js'

/**
 * Every form a SOURCE takes: the usage text, action.yml, the README and docs/engine.md list these (a test keeps them in
 * step).
 */
export const SOURCE_LIST = [
  'oci-archive:PATH',
  'oci:DIR',
  'docker-archive:PATH',
  'docker:REF',
  'registry:REF',
  'REF (a plain image reference: read from its registry)'
] as const

export const SOURCE_FORMS = `${SOURCE_LIST.slice(0, -1).join(', ')} or a plain image reference`

/** The source kinds; anything else is an image reference (`ghcr.io/o/app:1`, `alpine`, `localhost:5000/x`). */
const KINDS = new Set(['oci', 'oci-archive', 'docker-archive', 'docker', 'registry'])

export async function openSource(spec: string): Promise<ImageSource> {
  const m = /^([a-z-]+):(.+)$/.exec(spec.trim())
  const kind = m?.[1] && KINDS.has(m[1]) ? m[1] : 'reference'
  const rest = kind === 'reference' ? spec.trim() : (m?.[2] ?? '')
  switch (kind) {
    case 'registry':
    case 'reference':
      return RegistrySource.open(rest)
    case 'oci':
      return OciDirSource.open(rest)
    case 'oci-archive':
    case 'docker-archive':
      return ArchiveSource.open(kind, rest)
    case 'docker':
      return openDockerImage(rest)
    default:
      throw new UserError(`unsupported image source "${spec}": use ${SOURCE_FORMS}`)
  }
}
