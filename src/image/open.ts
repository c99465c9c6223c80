/** Turn a SOURCE argument into an image source. */
import { UserError } from '../errors.js'
import { ArchiveSource } from './archive.js'
import { openDockerImage } from './docker.js'
import { OciDirSource } from './oci-layout.js'
import type { ImageSource } from './source.js'

export const SOURCE_FORMS = 'oci-archive:PATH, oci:DIR, docker-archive:PATH or docker:REF'

export async function openSource(spec: string): Promise<ImageSource> {
  const m = /^([a-z-]+):(.+)$/.exec(spec.trim())
  const kind = m?.[1]
  const rest = m?.[2] ?? ''
  switch (kind) {
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
