/** Test helper: layer entries as the layer walk produces them. */
import type { LayerEntry } from '../../src/image/layer.js'

const base = { size: 1, uid: 0, gid: 0 }

export const fileEntry = (path: string, extra: Partial<LayerEntry> = {}): LayerEntry => ({
  ...base,
  path,
  type: 'file',
  mode: 0o755,
  ...extra
})
export const dirEntry = (path: string): LayerEntry => ({ ...base, path, type: 'dir', mode: 0o755, size: 0 })
export const linkEntry = (path: string, linkname: string): LayerEntry => ({
  ...base,
  path,
  type: 'symlink',
  mode: 0o777,
  size: 0,
  linkname
})
