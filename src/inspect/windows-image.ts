/**
 * The facts of one Windows image, from its layers and config: the C: drive flattened, the command resolved as Windows
 * starts it, every PE file (and any ELF file or script) with its Windows path, WoW64, the required paths. Pure.
 */
import { FileTree } from '../image/filetree.js'
import type { LayerEntry } from '../image/layer.js'
import type { ImageConfig } from '../image/types.js'
import type { ExecutableFacts, PlatformFacts } from './facts.js'
import {
  fromWindowsPath,
  hasWindowsLayout,
  hasWow64,
  isWindowsPath,
  resolveWindowsEntrypoint,
  toWindowsPath,
  windowsSearchPath,
  windowsTree
} from './windows.js'

export type WindowsFacts = Pick<
  PlatformFacts,
  'entrypoint' | 'searchPath' | 'executables' | 'windows' | 'required' | 'notChecked'
>

/** Said when a Windows image's layers are not in the Windows layout, as buildx writes a windows image FROM scratch. */
const NOT_LAID_OUT =
  'The layers of this Windows image have no Files/ directory, where Windows layers keep the C: drive (buildx writes ' +
  'a windows image built FROM scratch so): they were read as the C: drive as they are, and whether Windows loads ' +
  'such layers at all is not checked.'

export function windowsFacts(layers: LayerEntry[][], config: ImageConfig, require: string[]): WindowsFacts {
  const layout = hasWindowsLayout(layers)
  const tree = layout ? windowsTree(layers) : FileTree.fromLayers(layers, { foldCase: true })
  const executables: ExecutableFacts[] = []
  for (const f of tree.files()) {
    if (!f.binary) continue
    const e: ExecutableFacts = { path: toWindowsPath(f.path), mode: f.mode, size: f.size, binary: f.binary }
    if (f.sha256) e.sha256 = f.sha256
    if (f.layer !== undefined) e.layer = f.layer
    executables.push(e)
  }
  const out: WindowsFacts = {
    entrypoint: resolveWindowsEntrypoint(tree, config),
    searchPath: windowsSearchPath(config),
    executables,
    windows: { wow64: hasWow64(tree), layout }
  }
  if (!layout) out.notChecked = NOT_LAID_OUT
  const mine = require.filter(isWindowsPath)
  if (mine.length) {
    out.required = mine.map(path => {
      const at = fromWindowsPath(path)
      const r = at === undefined ? undefined : tree.resolve(at)
      const found = r?.ok === true
      // Windows has no exec bit: a file is what it takes.
      return { path, found, executable: found && r.node.kind === 'file' }
    })
  }
  return out
}
