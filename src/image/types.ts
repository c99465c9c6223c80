/** The OCI and Docker image objects this project reads (opencontainers/image-spec, Docker schema 2). */

export const MediaType = {
  OciIndex: 'application/vnd.oci.image.index.v1+json',
  OciManifest: 'application/vnd.oci.image.manifest.v1+json',
  OciConfig: 'application/vnd.oci.image.config.v1+json',
  DockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  DockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  DockerConfig: 'application/vnd.docker.container.image.v1+json'
} as const

export interface Descriptor {
  mediaType: string
  digest: string
  size: number
  /** `os.version` and `os.features` are set for Windows images (the Windows build they need, `win32k`). */
  platform?: { os?: string; architecture?: string; variant?: string; 'os.version'?: string; 'os.features'?: string[] }
  annotations?: Record<string, string>
}

export interface Index {
  schemaVersion: number
  mediaType?: string
  manifests: Descriptor[]
}

export interface Manifest {
  schemaVersion: number
  mediaType?: string
  config: Descriptor
  layers: Descriptor[]
}

export interface ImageConfig {
  os?: string
  architecture?: string
  variant?: string
  'os.version'?: string
  'os.features'?: string[]
  config?: {
    Entrypoint?: string[] | null
    Cmd?: string[] | null
    Env?: string[] | null
    WorkingDir?: string
    User?: string
    /** Windows: Entrypoint/Cmd[0] is a command line already (a shell form), passed to Windows as it is. */
    ArgsEscaped?: boolean
  }
  rootfs?: { type: string; diff_ids: string[] }
  history?: Array<{ created_by?: string; empty_layer?: boolean; comment?: string }>
}

export function isIndexMediaType(mt: string | undefined): boolean {
  return mt === MediaType.OciIndex || mt === MediaType.DockerList
}

export function isManifestMediaType(mt: string | undefined): boolean {
  return mt === MediaType.OciManifest || mt === MediaType.DockerManifest
}

/** buildx attaches provenance and SBOMs as manifests marked like this; they are never platforms. */
export function isAttestation(d: Descriptor): boolean {
  return (
    d.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest' ||
    (d.platform?.os === 'unknown' && d.platform?.architecture === 'unknown')
  )
}
