/**
 * Test helper: platform facts of images made of real Debian files (test-env/make-debian-fixtures.mjs), inspected
 * as the engine inspects a tree (treeFacts: the entrypoint, every executable, the loader model): bookworm's libc6
 * (what readelf shows of its loader and libc.so.6, too big to commit), libuuid1 and uuidgen, or trixie's uuidgen.
 * The layout is dpkg's, not merged-/usr, as in the chroot whose real loader wrote oracle.txt.
 */
import { readFileSync } from 'node:fs'
import { join, posix } from 'node:path'
import { parseElf, type ElfFacts } from '../../src/binary/elf.js'
import { FileTree } from '../../src/image/filetree.js'
import type { LayerEntry } from '../../src/image/layer.js'
import type { PlatformFacts } from '../../src/inspect/facts.js'
import { treeFacts } from '../../src/inspect/image.js'
import { parsePlatform } from '../../src/platform.js'
import { dirEntry, fileEntry, linkEntry } from './entries.js'
import { ROOT } from './fixtures.js'

export type DebianArch = 'amd64' | 'arm64'

const TUPLE: Record<DebianArch, string> = { amd64: 'x86_64-linux-gnu', arm64: 'aarch64-linux-gnu' }
const dir = (arch: DebianArch): string => join(ROOT, '__tests__/fixtures/debian', arch)

export function debianFile(arch: DebianArch, name: string): Buffer {
  return readFileSync(join(dir(arch), name))
}

interface Recorded {
  soname?: string
  interpreter?: string
  needed: string[]
  versionDefs: string[]
  versionNeeds: Array<{ file: string; versions: Array<{ name: string; weak: boolean }> }>
}

/** libc6's loader and libc.so.6: the ELF identity of a real library of the architecture, and what readelf showed. */
function libc6(arch: DebianArch): LayerEntry[] {
  const json = JSON.parse(debianFile(arch, 'libc6.json').toString('utf8')) as {
    links: Record<string, string>
    files: Record<string, Recorded>
  }
  const header = parseElf(debianFile(arch, 'libuuid.so.1')) as ElfFacts
  const files = Object.entries(json.files).map(([path, r]) =>
    fileEntry(path, {
      mode: 0o755,
      binary: {
        ...header,
        interpreter: r.interpreter,
        needed: r.needed,
        runpath: [],
        rpath: [],
        soname: r.soname,
        versionDefs: r.versionDefs,
        versionNeeds: r.versionNeeds
      } as ElfFacts
    })
  )
  return [...files, ...Object.entries(json.links).map(([path, target]) => linkEntry(path, target))]
}

export interface DebianImage {
  /** Which uuidgen is /usr/bin/uuidgen, the entrypoint: bookworm's (2.38) or trixie's (2.41). */
  uuidgen: '2.38' | '2.41'
  /** libuuid.so.1's file: bookworm's of the image's architecture, another architecture's, or none. */
  libuuid: DebianArch | 'none'
}

/** The entries of such an image of `arch`. */
export function debianEntries(arch: DebianArch, image: DebianImage): LayerEntry[] {
  const lib = `/usr/lib/${TUPLE[arch]}`
  const entries: LayerEntry[] = [
    dirEntry('/lib'),
    dirEntry(`/lib/${TUPLE[arch]}`),
    dirEntry('/usr/bin'),
    dirEntry(lib),
    ...(arch === 'amd64' ? [dirEntry('/lib64')] : []),
    ...libc6(arch),
    fileEntry('/usr/bin/uuidgen', { mode: 0o755, binary: parseElf(debianFile(arch, `uuidgen-${image.uuidgen}`)) }),
    linkEntry(`${lib}/libuuid.so.1`, 'libuuid.so.1.3.0')
  ]
  if (image.libuuid !== 'none') {
    const binary = parseElf(debianFile(image.libuuid, 'libuuid.so.1'))
    entries.push(fileEntry(posix.join(lib, 'libuuid.so.1.3.0'), { mode: 0o644, binary }))
  }
  return entries
}

/** Platform facts of such an image, its entrypoint /usr/bin/uuidgen, as inspectImage makes them of a tree. */
export function debianPlatform(arch: DebianArch, image: DebianImage): PlatformFacts {
  const platform = parsePlatform(`linux/${arch}`)
  const config = { os: 'linux', architecture: arch, config: { Entrypoint: ['/usr/bin/uuidgen'] } }
  const tree = FileTree.fromLayers([debianEntries(arch, image)])
  return {
    platform,
    status: 'inspected',
    digest: 'sha256:' + 'd'.repeat(64),
    indexPlatform: platform,
    config: { os: 'linux', architecture: arch },
    durationMs: 5,
    ...treeFacts(tree, config, platform)
  }
}
