/**
 * Resolve the container's command as runc does: Entrypoint + Cmd; a name without a slash is looked up on the PATH
 * from the config's Env (or the default PATH); a name with a slash is relative to WorkingDir. Symlinks are followed
 * inside the image root. Pure over the file tree.
 */
import { posix } from 'node:path'
import type { FileTree } from '../image/filetree.js'
import type { ImageConfig } from '../image/types.js'
import type { EntrypointFacts } from './facts.js'

/** runc's default when the image sets no PATH (libcontainer/init). */
export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'

export function commandOf(config: ImageConfig): string[] {
  const c = config.config ?? {}
  const entry = Array.isArray(c.Entrypoint) ? c.Entrypoint : []
  const cmd = Array.isArray(c.Cmd) ? c.Cmd : []
  return [...entry, ...cmd].filter((s): s is string => typeof s === 'string')
}

export function pathOf(config: ImageConfig): string[] {
  const env = config.config?.Env ?? []
  let path = DEFAULT_PATH
  for (const kv of env) if (typeof kv === 'string' && kv.startsWith('PATH=')) path = kv.slice(5)
  return path.split(':').filter(d => d !== '')
}

function joinDir(dir: string, name: string): string {
  return posix.join(dir, name)
}

export function resolveEntrypoint(tree: FileTree, config: ImageConfig): EntrypointFacts {
  const argv = commandOf(config)
  const cmd = argv[0]
  if (cmd === undefined || cmd === '') {
    return { argv, resolved: false, reason: 'the image sets no Entrypoint or Cmd', searched: [] }
  }
  const workdir = config.config?.WorkingDir || '/'
  const candidates = cmd.includes('/')
    ? [cmd.startsWith('/') ? cmd : joinDir(workdir.startsWith('/') ? workdir : `/${workdir}`, cmd)]
    : pathOf(config).map(d => joinDir(d.startsWith('/') ? d : joinDir(workdir, d), cmd))
  let fallback: EntrypointFacts | undefined
  for (const path of candidates) {
    const r = tree.resolve(path)
    if (!r.ok) continue
    const node = r.node
    const facts: EntrypointFacts = {
      argv,
      resolved: true,
      resolvedPath: r.path,
      mode: node.mode,
      uid: node.uid,
      gid: node.gid,
      binary: (node.kind === 'file' && node.binary) || { format: 'other' },
      isDirectory: node.kind === 'dir'
    }
    // A PATH lookup skips entries that are not executable files, as execvp does; an explicit path does not.
    if (!cmd.includes('/') && (node.kind !== 'file' || (node.mode & 0o111) === 0)) {
      fallback ??= facts
      continue
    }
    return facts
  }
  if (fallback) return fallback
  const reason = cmd.includes('/')
    ? `${candidates[0]} does not exist in the image`
    : `"${cmd}" is not in any PATH directory of the image`
  return { argv, resolved: false, reason, searched: candidates }
}
