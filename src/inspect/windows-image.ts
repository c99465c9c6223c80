/**
 * The facts of one Windows image, from its layers and config: the C: drive flattened, the command resolved as Windows
 * starts it, every PE file (and any ELF file or script) with its Windows path, WoW64, the required paths. Pure.
 */
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
import { commandOf } from './entrypoint.js'

export type WindowsFacts = Pick<PlatformFacts, 'entrypoint' | 'searchPath' | 'executables' | 'windows' | 'required'>

export function windowsFacts(layers: LayerEntry[][], config: ImageConfig, require: string[]): WindowsFacts {
  const layout = hasWindowsLayout(layers)
  const tree = windowsTree(layers)
  const executables: ExecutableFacts[] = []
  for (const f of tree.files()) {
    if (!f.binary) continue
    const e: ExecutableFacts = { path: toWindowsPath(f.path), mode: f.mode, size: f.size, binary: f.binary }
    if (f.sha256) e.sha256 = f.sha256
    if (f.layer !== undefined) e.layer = f.layer
    executables.push(e)
  }
  const out: WindowsFacts = {
    // Layers without Files/ are not laid out as Windows reads them: where the command would be is not known.
    entrypoint: layout
      ? resolveWindowsEntrypoint(tree, config)
      : {
          argv: commandOf(config),
          resolved: false,
          reason: 'the layers have no Files/ directory, where Windows layers keep the C: drive',
          searched: [],
          uncertain: true
        },
    searchPath: windowsSearchPath(config),
    executables,
    windows: { wow64: hasWow64(tree), layout }
  }
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
