/** The `docker buildx build` argv for one platform, as a pure function (docker/build-push-action's getArgs). */
import { formatPlatform, type Platform } from '../platform.js'

export interface BuildOptions {
  context: string
  file?: string
  target?: string
  buildArgs: string[]
  builder?: string
}

export function buildxArgs(opts: BuildOptions, platform: Platform, ociDir: string, metadataFile: string): string[] {
  const args = ['buildx', 'build']
  if (opts.builder) args.push('--builder', opts.builder)
  args.push('--platform', formatPlatform(platform))
  if (opts.file) args.push('--file', opts.file)
  if (opts.target) args.push('--target', opts.target)
  for (const a of opts.buildArgs) args.push('--build-arg', a)
  // Uncompressed OCI directory: no gzip in BuildKit, no gunzip here; the reader is bound by the disk.
  args.push('--output', `type=oci,dest=${ociDir},tar=false,compression=uncompressed`)
  args.push('--metadata-file', metadataFile)
  args.push('--progress', 'plain')
  args.push(opts.context)
  return args
}
