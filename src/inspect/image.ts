/**
 * Inspect one platform image: read its config and layers, flatten them and collect the facts the checks need, as the
 * image's OS reads them (inspect/os.ts): Linux and other Unix-like systems from a POSIX tree, Windows from its layers'
 * C: drive, an OS with no rules here not at all.
 */
import { mapLimit } from '../concurrency.js'
import { UserError, errorMessage } from '../errors.js'
import { FileTree } from '../image/filetree.js'
import { layerReader } from '../image/layers.js'
import type { LayerEntry } from '../image/layer.js'
import { loadImage, type ImageRef } from '../image/read.js'
import type { ImageSource } from '../image/source.js'
import type { Descriptor, ImageConfig, Manifest } from '../image/types.js'
import type { Platform } from '../platform.js'
import { armLoaders, dependenciesOf, isExecutableFile } from './dependencies.js'
import { pathOf, resolveEntrypoint } from './entrypoint.js'
import { attachLoading } from './loading.js'
import type { ExecutableFacts, ImageExpectations, PlatformFacts } from './facts.js'
import { notCheckedOn, osFamily } from './os.js'
import { windowsFacts } from './windows-image.js'

/** A platform image's layers, read through the one layer reader. */
function readLayers(source: ImageSource, layers: Descriptor[]): Promise<LayerEntry[][]> {
  return mapLimit(layers, source.layerConcurrency ?? 1, l => layerReader.read(source, l))
}

/**
 * A platform image's flattened (POSIX) file tree, each layer applied as soon as it and those below it are read, and
 * its entries let go then: the tree holds its own copy of what it keeps, and the entries of every layer beside the
 * tree were most of the heap when the platforms in flight finished together.
 */
async function readTree(source: ImageSource, layers: Descriptor[]): Promise<FileTree> {
  const tree = new FileTree()
  const read = new Map<number, LayerEntry[]>()
  let applied = 0
  await mapLimit(layers, source.layerConcurrency ?? 1, async (l, i) => {
    read.set(i, await layerReader.read(source, l))
    for (let e = read.get(applied); e; e = read.get(applied)) {
      read.delete(applied)
      tree.apply(e, applied++)
    }
  })
  return tree
}

/** A platform image's manifest, config and flattened (POSIX) file tree. */
export async function readImage(
  source: ImageSource,
  ref: ImageRef
): Promise<{ manifest: Manifest; config: ImageConfig; tree: FileTree }> {
  const { manifest, config } = await loadImage(source, ref)
  return { manifest, config, tree: await readTree(source, manifest.layers) }
}

/** What the report says of an image's layers once they are read: how many, and the config's history of them. */
function layerFacts(manifest: Manifest, config: ImageConfig): Pick<PlatformFacts, 'layerCount' | 'history'> {
  return {
    layerCount: manifest.layers.length,
    history: (config.history ?? []).map(h => ({ createdBy: String(h.created_by ?? ''), empty: h.empty_layer === true }))
  }
}

export async function inspectImage(
  source: ImageSource,
  ref: ImageRef,
  platform: Platform,
  expect: ImageExpectations = {}
): Promise<PlatformFacts> {
  const require = expect.require ?? []
  const started = Date.now()
  const base: PlatformFacts = {
    platform,
    status: 'inspected',
    digest: ref.manifest.digest,
    executables: [],
    durationMs: 0
  }
  if (ref.indexPlatform) base.indexPlatform = ref.indexPlatform
  const family = osFamily(platform)
  try {
    const { manifest, config } = await loadImage(source, ref)
    base.config = { os: config.os ?? '', architecture: config.architecture ?? '' }
    if (config.variant) base.config.variant = config.variant
    const osVersion = ref.osVersion ?? config['os.version']
    const osFeatures = ref.osFeatures ?? config['os.features']
    if (typeof osVersion === 'string' && osVersion) base.osVersion = osVersion
    if (Array.isArray(osFeatures) && osFeatures.length) base.osFeatures = osFeatures.map(String)
    const notChecked = notCheckedOn(platform)
    if (notChecked) base.notChecked = notChecked
    if (family === 'other') {
      base.durationMs = Date.now() - started
      return base
    }
    if (family === 'windows') {
      const layers = await readLayers(source, manifest.layers)
      Object.assign(base, layerFacts(manifest, config), windowsFacts(layers, config, require))
      base.durationMs = Date.now() - started
      return base
    }
    const tree = await readTree(source, manifest.layers)
    Object.assign(base, layerFacts(manifest, config), treeFacts(tree, config, platform, expect.provided))
    const mine = require.filter(path => path.startsWith('/'))
    if (mine.length) {
      base.required = mine.map(path => {
        return { path, found: tree.resolve(path).ok, executable: isExecutableFile(tree, path) }
      })
    }
  } catch (err) {
    // The image's fault (a corrupt blob, a bad digest) is a finding about it; anything else is a bug, not the image's.
    if (!(err instanceof UserError)) throw err
    base.status = 'unreadable'
    base.error = errorMessage(err)
  }
  base.durationMs = Date.now() - started
  return base
}

/**
 * What the checks read of a POSIX image's flattened tree: the entrypoint, PATH, user, every executable with what its
 * loader makes of it (Linux), the ARM loaders. Pure over the tree and the config.
 */
export function treeFacts(
  tree: FileTree,
  config: ImageConfig,
  platform: Platform,
  provided: readonly string[] = []
): Pick<PlatformFacts, 'entrypoint' | 'searchPath' | 'user' | 'executables' | 'armLoaders' | 'packages' | 'provided'> {
  const family = osFamily(platform)
  let entrypoint = resolveEntrypoint(tree, config)
  // Off Linux, runc's default PATH is not the system's: a bare name found nowhere is not judged.
  if (family !== 'linux' && !entrypoint.resolved && !entrypoint.argv[0]?.includes('/')) {
    entrypoint = { ...entrypoint, uncertain: true }
  }
  const searchPath = pathOf(config)
  const out: ReturnType<typeof treeFacts> = {
    entrypoint,
    searchPath,
    executables: collectExecutables(tree, searchPath)
  }
  if (config.config?.User) out.user = numericUser(config.config.User, tree.text('/etc/passwd'))
  // The loader model is glibc's and musl's: Linux only.
  if (family === 'linux') {
    const runtimes = attachLoading(out.executables, {
      tree,
      architecture: platform.architecture,
      env: (config.config?.Env ?? []).filter((x): x is string => typeof x === 'string'),
      workdir: config.config?.WorkingDir || '/',
      searchPath,
      providedLibraries: provided,
      ...(entrypoint.resolved ? { entrypoint: entrypoint.resolvedPath } : {})
    })
    Object.assign(out, runtimes)
    if (platform.architecture === 'arm') out.armLoaders = armLoaders(tree)
  }
  return out
}

/** A named User as `uid:gid` from /etc/passwd, as runc resolves it; unknown names stay as written. */
export function numericUser(user: string, passwd: string | undefined): string {
  const [name = '', group] = user.split(':')
  if (/^\d*$/.test(name)) return user
  const entry = (passwd ?? '')
    .split('\n')
    .map(l => l.split(':'))
    .find(f => f[0] === name)
  if (!entry || !/^\d+$/.test(entry[2] ?? '')) return user
  return `${entry[2]}:${group !== undefined && /^\d+$/.test(group) ? group : (entry[3] ?? '')}`
}

function collectExecutables(tree: FileTree, path: string[]): ExecutableFacts[] {
  const out: ExecutableFacts[] = []
  for (const f of tree.files()) {
    if (!f.binary && (f.mode & 0o111) === 0) continue
    const e: ExecutableFacts = { path: f.path, mode: f.mode, size: f.size, binary: f.binary ?? { format: 'other' } }
    if (f.sha256) e.sha256 = f.sha256
    if (f.layer !== undefined) e.layer = f.layer
    const deps = dependenciesOf(tree, e.binary, path)
    if (deps) e.deps = deps
    out.push(e)
  }
  return out
}
