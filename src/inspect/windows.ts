/**
 * Windows images as Windows sees them. Their layers (hcsshim's format, written by go-winio's backuptar) hold the
 * container's C: drive under `Files/`, registry hives under `Hives/` and, in base layers, the Hyper-V utility VM under
 * `UtilityVM/`; names compare without case; files carry no exec bits. The command is started by CreateProcess, and a
 * shell form runs `cmd /S /C <line>`. What depends on things not read here (the machine PATH in the registry, the base
 * of a relative path) is left unjudged rather than guessed. Pure over the layers and the file tree.
 */
import { FileTree } from '../image/filetree.js'
import type { LayerEntry } from '../image/layer.js'
import type { ImageConfig } from '../image/types.js'
import { commandOf } from './entrypoint.js'
import type { EntrypointFacts } from './facts.js'

const FILES = 'Files/'

/**
 * Windows' own directories, searched by CreateProcess after the current directory and before PATH, then the
 * directories Windows puts on the machine PATH by default (powershell, wmic).
 */
export const WINDOWS_DIRS = [
  'C:\\Windows\\System32',
  'C:\\Windows\\System',
  'C:\\Windows',
  'C:\\Windows\\System32\\Wbem',
  'C:\\Windows\\System32\\WindowsPowerShell\\v1.0'
]

/** cmd.exe's PATHEXT when nothing changes it: the extensions cmd tries for a name without one. */
const PATHEXT = ['.com', '.exe', '.bat', '.cmd']

/** cmd.exe's internal commands: nothing to find on disk. */
const CMD_BUILTINS = new Set(
  (
    'assoc break call cd chdir cls color copy date del dir dpath echo endlocal erase exit for ftype goto if md mkdir ' +
    'mklink move path pause popd prompt pushd rd rem ren rename rmdir set setlocal shift start time title type ver ' +
    'verify vol'
  ).split(' ')
)

/** A link target (a reparse point's, as backuptar writes it) as a path in the tree; undefined off the C: drive. */
function linkTarget(target: string): string | undefined {
  const t = target.replace(/^\\\?\?\\/, '').replace(/\//g, '\\')
  if (/^[A-Za-z]:/.test(t))
    return /^[Cc]:\\/.test(t) ? '/' + t.slice(3).split('\\').filter(Boolean).join('/') : undefined
  if (t.startsWith('\\')) return t.startsWith('\\\\') ? undefined : t.replace(/\\/g, '/')
  return t.replace(/\\/g, '/')
}

/**
 * A layer's entries as the C: drive: those under `Files/`, the prefix taken off; registry hives, the utility VM's
 * files and alternate data streams (`name:stream`) left out; link targets made paths in the drive, and links off it
 * (another drive, a share, a volume) kept as entries that lead nowhere.
 */
export function windowsEntries(entries: LayerEntry[]): LayerEntry[] {
  const out: LayerEntry[] = []
  for (const e of entries) {
    const rel = e.path.slice(1)
    if (rel.slice(0, FILES.length).toLowerCase() !== FILES.toLowerCase()) continue
    const path = '/' + rel.slice(FILES.length)
    if (path === '/' || path.split('/').some(part => part.includes(':'))) continue
    const w: LayerEntry = { ...e, path }
    if (e.type === 'symlink') {
      const target = linkTarget(e.linkname ?? '')
      if (target === undefined) {
        w.type = 'other'
        delete w.linkname
      } else w.linkname = target
    } else if (e.type === 'hardlink') {
      const link = (e.linkname ?? '').replace(/^\/+/, '')
      if (link.slice(0, FILES.length).toLowerCase() !== FILES.toLowerCase()) continue
      w.linkname = '/' + link.slice(FILES.length)
    }
    out.push(w)
  }
  return out
}

/** Whether any layer is in the Windows layout (has a `Files/` directory at its root). */
export function hasWindowsLayout(layers: LayerEntry[][]): boolean {
  return layers.some(l => l.some(e => e.path.slice(1, 1 + FILES.length).toLowerCase() === FILES.toLowerCase()))
}

/** The C: drive of a Windows image: its layers' `Files/`, flattened, names compared without case. */
export function windowsTree(layers: LayerEntry[][]): FileTree {
  return FileTree.fromLayers(layers.map(windowsEntries), { foldCase: true })
}

/** A Windows drive path (`C:\app\app.exe`, `C:/app`), as a required path for Windows platforms is written. */
export function isWindowsPath(path: string): boolean {
  return /^[A-Za-z]:[\\/]/.test(path)
}

/** A path in the tree (`/app/app.exe`) as Windows writes it (`C:\app\app.exe`). */
export function toWindowsPath(path: string): string {
  return 'C:\\' + path.split('/').filter(Boolean).join('\\')
}

/** Same Windows path, whatever the case and the separators. */
export function sameWindowsPath(a: string, b: string): boolean {
  const norm = (p: string): string => p.replace(/\//g, '\\').replace(/\\+$/, '').toUpperCase()
  return norm(a) === norm(b)
}

/**
 * A Windows path as a path in the tree: `C:\x` and `\x` from the drive's root, `x\y` from `cwd`. Undefined off the C:
 * drive (another drive, a share, a device) or with a drive-relative form (`C:x`).
 */
export function fromWindowsPath(path: string, cwd = '/'): string | undefined {
  const p = path.replace(/\//g, '\\')
  if (p.startsWith('\\\\')) return undefined
  let rest: string
  let base = cwd
  if (/^[A-Za-z]:/.test(p)) {
    if (!/^[Cc]:\\/.test(p)) return undefined
    rest = p.slice(3)
    base = '/'
  } else if (p.startsWith('\\')) {
    rest = p.slice(1)
    base = '/'
  } else rest = p
  const out = base.split('/').filter(Boolean)
  for (const part of rest.split('\\')) {
    if (part === '' || part === '.') continue
    if (part === '..') out.pop()
    else out.push(part)
  }
  return '/' + out.join('/')
}

/** The process's current directory: the config's WorkingDir, or `C:\` as Docker sets it when there is none. */
export function windowsWorkdir(config: ImageConfig): string | undefined {
  const wd = config.config?.WorkingDir
  return wd ? fromWindowsPath(wd, '/') : '/'
}

/** The config's PATH directories (`;`-separated, as Windows writes it). */
function configPath(config: ImageConfig): string[] {
  let path = ''
  for (const kv of config.config?.Env ?? []) {
    if (typeof kv === 'string' && kv.slice(0, 5).toUpperCase() === 'PATH=') path = kv.slice(5)
  }
  return path.split(';').filter(d => d.trim() !== '')
}

/** Where a bare program name is looked for, in Windows form: Windows' directories, then the config's PATH. */
export function windowsSearchPath(config: ImageConfig): string[] {
  return [...WINDOWS_DIRS, ...configPath(config)]
}

/**
 * How Windows on `platform` runs a program of architecture `code`: natively; through WoW64 (x86 on x64, where the
 * image has it: Server Core does, Nano Server does not); only through Windows on Arm's x86/x64 emulation (Windows 11,
 * Windows Server 2025); or not at all.
 */
export function windowsRuns(code: string, platform: string, wow64: boolean): 'native' | 'wow64' | 'emulated' | 'no' {
  if (code === platform) return 'native'
  if (platform === 'amd64' && code === '386') return wow64 ? 'wow64' : 'no'
  if (platform === 'arm64' && (code === 'amd64' || code === '386')) return 'emulated'
  return 'no'
}

/** Whether the image has WoW64, which runs 32-bit x86 programs on 64-bit Windows (Server Core has it; Nano Server not). */
export function hasWow64(tree: FileTree): boolean {
  const r = tree.resolve('/Windows/SysWOW64')
  return r.ok && r.node.kind === 'dir'
}

/** The program names CreateProcess tries for a command line: the quoted name, or each longer run of words. */
export function programNames(line: string): string[] {
  const s = line.replace(/^[ \t]+/, '')
  if (s.startsWith('"')) {
    const end = s.indexOf('"', 1)
    return [end === -1 ? s.slice(1) : s.slice(1, end)]
  }
  // An unquoted name with spaces is ambiguous; CreateProcess tries `C:\Program`, then `C:\Program Files\app.exe`, …
  const out: string[] = []
  const re = /[ \t]+/g
  for (let m = re.exec(s); m && out.length < 8; m = re.exec(s)) out.push(s.slice(0, m.index))
  if (out.length < 8 && s.trim() !== '') out.push(s.trimEnd())
  return out.filter(Boolean)
}

/** How Windows quotes one argument into a command line (the inverse of CommandLineToArgvW's rules). */
function quoteArg(arg: string): string {
  if (arg !== '' && !/[ \t"]/.test(arg)) return arg
  return '"' + arg.replace(/(\\*)"/g, '$1$1\\"').replace(/(\\+)$/, '$1$1') + '"'
}

/** The command line Windows is handed: Entrypoint/Cmd[0] as it is when ArgsEscaped (a shell form), else quoted. */
export function commandLineOf(config: ImageConfig): string {
  const argv = commandOf(config)
  if (config.config?.ArgsEscaped && argv.length > 0)
    return [argv[0] as string, ...argv.slice(1).map(quoteArg)].join(' ')
  return argv.map(quoteArg).join(' ')
}

type Lookup = { found: true; path: string } | { found: false; confident: boolean; searched: string[]; why?: string }

function hasExtension(name: string): boolean {
  const base = name.slice(Math.max(name.lastIndexOf('\\'), name.lastIndexOf('/')) + 1)
  return base.lastIndexOf('.') > 0
}

/** The first of the candidate paths (tree paths) that exists, following links. */
function firstExisting(tree: FileTree, paths: string[]): string | undefined {
  return paths.find(p => tree.resolve(p).ok)
}

/**
 * Find a program as CreateProcess does (`exts` [`.exe`]) or as cmd.exe does (PATHEXT): a drive or rooted path as
 * given, `.exe` added when it has no extension; a relative path from the current directory; a bare name in the
 * current directory, Windows' directories and the config's PATH. Only a path from the drive's root is certainly
 * missing when it is not there: the rest depends on the registry's PATH or the caller's directory, not read here.
 */
function lookup(tree: FileTree, name: string, cwd: string | undefined, dirs: string[], exts: string[]): Lookup {
  const n = name.replace(/\//g, '\\')
  const withExts = (p: string): string[] => (hasExtension(p) ? [p] : [...exts.map(e => p + e), p])
  const drive = /^[A-Za-z]:/.test(n) || n.startsWith('\\')
  if (drive || n.includes('\\')) {
    const base = drive ? '/' : cwd
    const at = base === undefined ? undefined : fromWindowsPath(n, base)
    if (at === undefined) {
      const why = `${n} is not on the C: drive of the image (another drive is a volume, or the working directory is on one)`
      return { found: false, confident: false, searched: [n], why }
    }
    const tries = withExts(at)
    const hit = firstExisting(tree, tries)
    if (hit && (hasExtension(at) || hit !== at || exts.length > 1)) return { found: true, path: hit }
    const searched = tries.map(toWindowsPath)
    if (!drive) {
      const why = `${n} is not under the working directory, and whether Windows starts a relative name from there is not certain`
      return { found: false, confident: false, searched, why }
    }
    // A file there without the `.exe` CreateProcess adds, or only a `.cmd` or `.bat`: not judged.
    const other =
      hit ??
      (hasExtension(at)
        ? undefined
        : firstExisting(
            tree,
            PATHEXT.map(e => at + e)
          ))
    if (other) {
      const why = `the image has ${toWindowsPath(other)}, but Windows looks for ${toWindowsPath(at)}.exe, and whether it starts the other is not certain`
      return { found: false, confident: false, searched, why }
    }
    return { found: false, confident: true, searched }
  }
  const places = [...(cwd !== undefined ? [cwd] : []), ...dirs.flatMap(d => fromWindowsPath(d, '/') ?? [])]
  const tries = places.flatMap(dir => withExts(`${dir === '/' ? '' : dir}/${n}`))
  const hit = firstExisting(
    tree,
    tries.filter(t => hasExtension(t) || exts.length > 1)
  )
  if (hit) return { found: true, path: hit }
  const why =
    `${n} is not in the working directory, Windows' directories or the config's PATH; Windows also looks on the ` +
    'machine PATH kept in the registry (Hives), which is not read'
  return { found: false, confident: false, searched: tries.map(toWindowsPath), why }
}

function facts(tree: FileTree, argv: string[], path: string): EntrypointFacts {
  const r = tree.resolve(path)
  const node = r.ok ? r.node : undefined
  return {
    argv,
    resolved: true,
    resolvedPath: toWindowsPath(r.ok ? r.path : path),
    mode: node?.mode ?? 0,
    uid: node?.uid ?? 0,
    gid: node?.gid ?? 0,
    binary: (node?.kind === 'file' && node.binary) || { format: 'other' },
    isDirectory: node?.kind === 'dir'
  }
}

function unresolved(argv: string[], name: string, look: Extract<Lookup, { found: false }>): EntrypointFacts {
  return {
    argv,
    resolved: false,
    reason: look.confident || !look.why ? `${name} does not exist in the image` : look.why,
    searched: look.searched,
    ...(look.confident ? {} : { uncertain: true })
  }
}

/** After `cmd`'s switches, the command line it runs (`/C` or `/K`), as `/S` and cmd's quote rule leave it. */
function cmdCommand(rest: string): string | undefined {
  const m = /^((?:[ \t]*\/[A-Za-z](?::\S*)?)*?)[ \t]*\/[CcKk][ \t]*(.*)$/s.exec(rest)
  if (!m) return undefined
  const line = (m[2] ?? '').trim()
  // With /S, or a line that starts with a quote, cmd removes the first quote and the last one.
  if (/\/[Ss]\b/.test(m[1] ?? '') || line.startsWith('"')) {
    const first = line.indexOf('"')
    const last = line.lastIndexOf('"')
    if (first !== -1 && last > first) return line.slice(0, first) + line.slice(first + 1, last) + line.slice(last + 1)
  }
  return line
}

/** The program a `cmd /C` line starts, when it starts one that can be named (not a built-in, no variables). */
function innerCommand(
  tree: FileTree,
  line: string,
  cwd: string | undefined,
  dirs: string[]
): EntrypointFacts | undefined {
  const [name] = programNames(line)
  // Variables, quotes cmd passed through, operators: what runs is not a name to look for.
  if (!name || /[%!^&|<>()"]/.test(name) || CMD_BUILTINS.has(name.toLowerCase())) return undefined
  const argv = [name]
  const look = lookup(tree, name, cwd, dirs, PATHEXT)
  return look.found ? facts(tree, argv, look.path) : unresolved(argv, name, look)
}

/**
 * Resolve the container's command as Windows starts it: CreateProcess finds the first token of the command line
 * (`.exe` added when it has no extension): a drive path as given, a relative one from WorkingDir (`C:\` when unset), a
 * bare name in WorkingDir, Windows' directories and the config's PATH. For a shell form (`cmd /S /C app.exe`), the
 * program cmd runs is resolved too, with cmd's PATHEXT. A name found nowhere is certainly missing only when it was
 * a path from the root of C:.
 */
export function resolveWindowsEntrypoint(tree: FileTree, config: ImageConfig): EntrypointFacts {
  const argv = commandOf(config)
  if (!argv[0]) return { argv, resolved: false, reason: 'the image sets no Entrypoint or Cmd', searched: [] }
  const cwd = windowsWorkdir(config)
  const dirs = windowsSearchPath(config)
  const line = commandLineOf(config)
  const names = programNames(line)
  if (names.length === 0) return { argv, resolved: false, reason: 'the command line is blank', searched: [] }
  let first: { name: string; look: Extract<Lookup, { found: false }> } | undefined
  for (const name of names) {
    const look = lookup(tree, name, cwd, dirs, ['.exe'])
    if (!look.found) {
      first ??= { name, look }
      continue
    }
    const ep = facts(tree, argv, look.path)
    if (ep.resolved && /(^|\\)cmd\.exe$/i.test(ep.resolvedPath)) {
      const start = line.indexOf(name) + name.length + (line.trimStart().startsWith('"') ? 1 : 0)
      const command = cmdCommand(line.slice(start))
      const inner = command === undefined ? undefined : innerCommand(tree, command, cwd, dirs)
      if (inner) ep.inner = inner
    }
    return ep
  }
  const miss = first as { name: string; look: Extract<Lookup, { found: false }> }
  // Several readings of an unquoted line: certain only if every one of them is certainly missing.
  const confident = names.every(n => {
    const l = lookup(tree, n, cwd, dirs, ['.exe'])
    return !l.found && l.confident
  })
  return unresolved(argv, miss.name, { ...miss.look, confident })
}
