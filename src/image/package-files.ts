/**
 * The files of language packages that tell which native build a package's own loader takes, read while the layer
 * streams and kept only as their facts: an installed npm package's package.json, the JavaScript that loads a
 * package's native code, and the natives listed in a jar's central directory (its tail). Everything else of them
 * flows on. Bounded: each kind has a size limit, past which the file is not read.
 */
import { listZip, type ZipListing } from '../binary/zip.js'
import { MAX_LOADER_SOURCE, mayLoadNative, readLoaderSource, type LoaderSource } from '../inspect/npm/loader-source.js'
import { MAX_MANIFEST, parseManifest, type NpmManifest } from '../inspect/npm/manifest.js'
import { readFrom } from './peek.js'

export type PackageFile =
  | { kind: 'npm'; manifest: NpmManifest }
  | { kind: 'js'; loader: LoaderSource }
  | { kind: 'jar'; natives: string[]; entries: number; truncated?: boolean }

/** How much of a jar's end is kept for its central directory: enough for some 30,000 entries. */
const JAR_TAIL = 4 * 1024 * 1024

/** An installed package's package.json, or an application's (which says what it depends on itself). */
const MANIFEST = /\/package\.json$/
/** JavaScript of a package, at most three directories into it (`lib/cjs/index.js`, `dist/native.js`). */
const SCRIPT = /\/node_modules\/(?:@[^/]+\/)?[^/]+\/(?:[^/]+\/){0,3}[^/]+\.[cm]?js$/
const JAR = /\.(jar|war|ear)$/i
/** A shared object by its name, the natives a jar carries (`.so`, `.so.1`, `.dll`, `.dylib`, `.jnilib`). */
export const NATIVE_NAME = /\.(so(\.\d+)*|dll|dylib|jnilib)$/i

/**
 * Which kind of package file a path is, if any, for a file of `size` bytes and `mode`: JavaScript with an exec bit is
 * a program first (its `#!` is read instead).
 */
export function packageFileKind(path: string, size: number, mode = 0o644): PackageFile['kind'] | undefined {
  if (MANIFEST.test(path)) return size <= MAX_MANIFEST ? 'npm' : undefined
  if (SCRIPT.test(path)) return size <= MAX_LOADER_SOURCE && (mode & 0o111) === 0 ? 'js' : undefined
  if (JAR.test(path)) return size >= 22 ? 'jar' : undefined
  return undefined
}

function jarFacts(listing: ZipListing | undefined): PackageFile | undefined {
  if (!listing) return undefined
  const natives = listing.names.filter(n => NATIVE_NAME.test(n) && !n.endsWith('/'))
  return { kind: 'jar', natives, entries: listing.entries, ...(listing.truncated ? { truncated: true } : {}) }
}

/** Read a package file of `kind` from its bytes: its facts, or undefined when there is nothing to keep. */
export async function readPackageFile(
  kind: PackageFile['kind'],
  stream: AsyncIterable<Buffer>,
  size: number
): Promise<PackageFile | undefined> {
  if (kind === 'jar') {
    const tail = await readFrom(stream, Math.max(0, size - JAR_TAIL))
    return jarFacts(listZip(tail, Math.max(size, tail.length)))
  }
  const bytes = await readFrom(stream, 0)
  if (kind === 'npm') {
    const manifest = parseManifest(bytes.toString('utf8'))
    return manifest ? { kind, manifest } : undefined
  }
  if (!mayLoadNative(bytes)) return undefined
  const loader = readLoaderSource(bytes.toString('utf8'))
  return loader ? { kind, loader } : undefined
}
