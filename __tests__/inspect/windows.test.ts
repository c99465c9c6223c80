/**
 * Windows images read as Windows lays them out and starts them: the C: drive under Files/, names without case, links
 * with Windows targets, and the command found as CreateProcess and cmd.exe find it; what depends on what is not read
 * (the registry's PATH) is left unjudged.
 */
import type { LayerEntry } from '../../src/image/layer.js'
import type { ImageConfig } from '../../src/image/types.js'
import {
  fromWindowsPath,
  hasWow64,
  programNames,
  resolveWindowsEntrypoint,
  toWindowsPath,
  windowsEntries,
  windowsTree
} from '../../src/inspect/windows.js'
import { bin } from '../helpers/fixtures.js'
import { dirEntry, fileEntry, linkEntry } from '../helpers/entries.js'

const pe = (name = 'go-windows-amd64.exe'): Partial<LayerEntry> => ({
  mode: 0o100000,
  binary: {
    format: 'pe',
    machine: bin(name).readUInt16LE(bin(name).readUInt32LE(0x3c) + 4),
    characteristics: 0x22,
    dll: false
  }
})

/** Layers as the layer walk gives them: paths normalised, so `Files/x` is `/Files/x`. */
const base: LayerEntry[] = [
  dirEntry('/Files'),
  dirEntry('/Files/Windows'),
  dirEntry('/Files/Windows/System32'),
  fileEntry('/Files/Windows/System32/cmd.exe', pe()),
  fileEntry('/Files/Windows/System32/cmd.exe:Zone.Identifier', { mode: 0 }),
  dirEntry('/Files/Windows/System32/WindowsPowerShell'),
  dirEntry('/Files/Windows/System32/WindowsPowerShell/v1.0'),
  fileEntry('/Files/Windows/System32/WindowsPowerShell/v1.0/powershell.exe', pe()),
  dirEntry('/Files/Users'),
  linkEntry('/Files/Documents and Settings', 'C:\\Users'),
  linkEntry('/Files/Elsewhere', 'D:\\data'),
  fileEntry('/Hives/Software_Delta', { mode: 0 }),
  fileEntry('/UtilityVM/Files/vmtool.exe', pe())
]
const app: LayerEntry[] = [
  dirEntry('/Files/App'),
  fileEntry('/Files/App/App.exe', pe()),
  fileEntry('/Files/App/start.cmd', { mode: 0 }),
  dirEntry('/Files/Program Files'),
  dirEntry('/Files/Program Files/Tool'),
  fileEntry('/Files/Program Files/Tool/tool.exe', pe()),
  dirEntry('/Files/tools'),
  fileEntry('/Files/tools/helper.exe', pe()),
  { ...fileEntry('/Files/App/copy.exe'), type: 'hardlink', linkname: 'Files/App/App.exe' }
]
const tree = windowsTree([base, app])

const cfg = (c: NonNullable<ImageConfig['config']>): ImageConfig => ({
  os: 'windows',
  architecture: 'amd64',
  config: c
})

describe('the layout: Files/ is C:, the rest is not the container', () => {
  test('hives, the utility VM and alternate data streams are left out; Files/ becomes the root (in case-blind order)', () => {
    const paths = [...tree.files()].map(f => f.path)
    expect(paths).toEqual([
      '/App/App.exe',
      '/App/copy.exe',
      '/App/start.cmd',
      '/Program Files/Tool/tool.exe',
      '/tools/helper.exe',
      '/Windows/System32/cmd.exe',
      '/Windows/System32/WindowsPowerShell/v1.0/powershell.exe'
    ])
  })

  test('names compare without case, and keep the case they were written in', () => {
    const r = tree.resolve('/app/APP.EXE')
    expect(r.ok && r.node.path).toBe('/App/App.exe')
    expect(tree.list('/APP')).toEqual(['App.exe', 'copy.exe', 'start.cmd'])
  })

  test('a junction to C:\\Users is followed; one to another drive leads nowhere', () => {
    expect(tree.resolve('/documents and settings').ok).toBe(true)
    expect(tree.resolve('/Elsewhere/x').ok).toBe(false)
  })

  test('a whiteout in a Windows layer hides the lower file whatever its case', () => {
    const t = windowsTree([base, app, [fileEntry('/Files/app/.wh.app.exe', { mode: 0 })]])
    expect(t.resolve('/App/App.exe').ok).toBe(false)
    expect(t.resolve('/App/start.cmd').ok).toBe(true)
  })

  test('hardlinks point into Files/ like the entries do', () => {
    expect(windowsEntries(app).find(e => e.type === 'hardlink')?.linkname).toBe('/App/App.exe')
    expect(tree.isFile('/App/copy.exe')).toBe(true)
  })

  test('WoW64 is there when C:\\Windows\\SysWOW64 is', () => {
    expect(hasWow64(tree)).toBe(false)
    expect(hasWow64(windowsTree([[...base, dirEntry('/Files/Windows/SysWOW64')]]))).toBe(true)
  })

  test.each([
    ['C:\\app\\app.exe', '/', '/app/app.exe'],
    ['c:/app/app.exe', '/', '/app/app.exe'],
    ['\\app\\app.exe', '/x', '/app/app.exe'],
    ['bin\\..\\app.exe', '/srv', '/srv/app.exe'],
    ['D:\\app.exe', '/', undefined],
    ['\\\\server\\share\\app.exe', '/', undefined]
  ])('%s from %s is %s in the tree', (win, cwd, path) => {
    expect(fromWindowsPath(win, cwd)).toBe(path)
  })

  test('tree paths are shown as Windows writes them', () => {
    expect(toWindowsPath('/Program Files/Tool/tool.exe')).toBe('C:\\Program Files\\Tool\\tool.exe')
  })
})

describe('the command, found as CreateProcess finds it', () => {
  test.each([
    [{ Entrypoint: ['C:\\app\\app.exe'] }, 'C:\\App\\App.exe'],
    [{ Entrypoint: ['c:/APP/app.EXE'] }, 'C:\\App\\App.exe'],
    [{ Entrypoint: ['C:\\app\\app'] }, 'C:\\App\\App.exe'], // .exe added to a name without an extension
    [{ Entrypoint: ['\\app\\app.exe'], WorkingDir: 'C:\\tools' }, 'C:\\App\\App.exe'],
    [{ Cmd: ['app'], WorkingDir: 'C:\\app' }, 'C:\\App\\App.exe'], // a bare name in WorkingDir
    [{ Cmd: ['.\\app.exe'], WorkingDir: 'C:\\App' }, 'C:\\App\\App.exe'],
    [{ Cmd: ['cmd'] }, 'C:\\Windows\\System32\\cmd.exe'],
    [{ Cmd: ['powershell', '-Command', 'Get-Date'] }, 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe'],
    [{ Entrypoint: ['helper'], Env: ['Path=C:\\Windows\\system32;C:\\tools'] }, 'C:\\tools\\helper.exe'],
    [{ Entrypoint: ['C:\\Program Files\\Tool\\tool.exe', '--serve'] }, 'C:\\Program Files\\Tool\\tool.exe'],
    // ArgsEscaped: the first element is a command line; CreateProcess tries `C:\Program`, then the longer names.
    [{ Cmd: ['C:\\Program Files\\Tool\\tool.exe --serve'], ArgsEscaped: true }, 'C:\\Program Files\\Tool\\tool.exe'],
    [{ Cmd: ['"C:\\Program Files\\Tool\\tool.exe" --serve'], ArgsEscaped: true }, 'C:\\Program Files\\Tool\\tool.exe']
  ])('%j resolves to %s', (config, path) => {
    expect(resolveWindowsEntrypoint(tree, cfg(config))).toMatchObject({ resolved: true, resolvedPath: path })
  })

  test('a drive path that is not in the image is certainly missing', () => {
    expect(resolveWindowsEntrypoint(tree, cfg({ Entrypoint: ['C:\\app\\server.exe'] }))).toEqual({
      argv: ['C:\\app\\server.exe'],
      resolved: false,
      reason: 'C:\\app\\server.exe does not exist in the image',
      searched: ['C:\\app\\server.exe']
    })
  })

  test.each([
    [{ Entrypoint: ['dotnet', 'app.dll'] }, 'dotnet'], // on the registry's PATH, maybe
    [{ Cmd: ['bin\\server.exe'], WorkingDir: 'C:\\app' }, 'bin\\server.exe'], // relative: its base is not certain
    [{ Entrypoint: ['D:\\app.exe'] }, 'D:\\app.exe'], // a volume
    [{ Entrypoint: ['C:\\app\\start'] }, 'C:\\app\\start'] // only start.cmd, which CreateProcess does not add
  ])('%j is not judged: it may be where this does not look', (config, name) => {
    const r = resolveWindowsEntrypoint(tree, cfg(config))
    expect(r).toMatchObject({ resolved: false, uncertain: true })
    expect(r.resolved ? '' : r.reason).toContain(name)
  })

  test('an image without Entrypoint or Cmd has nothing to run', () => {
    expect(resolveWindowsEntrypoint(tree, cfg({}))).toMatchObject({
      resolved: false,
      reason: 'the image sets no Entrypoint or Cmd'
    })
  })
})

describe("a shell form: cmd /S /C, and the program cmd starts (cmd's PATHEXT)", () => {
  test.each([
    // docker build's classic builder: one element, the whole command line, ArgsEscaped.
    [{ Cmd: ['cmd /S /C C:\\app\\app.exe --port 80'], ArgsEscaped: true }, 'C:\\App\\App.exe'],
    // BuildKit: the shell's words, then the line; ArgsEscaped too.
    [{ Cmd: ['cmd', '/S', '/C', 'C:\\app\\app.exe --port 80'], ArgsEscaped: true }, 'C:\\App\\App.exe'],
    [{ Cmd: ['cmd', '/S', '/C', 'start'], ArgsEscaped: true, WorkingDir: 'C:\\app' }, undefined], // a built-in
    [{ Cmd: ['cmd /S /C C:\\app\\start'], ArgsEscaped: true }, 'C:\\App\\start.cmd'],
    [{ Cmd: ['cmd /C "C:\\app\\app.exe"'], ArgsEscaped: true }, 'C:\\App\\App.exe']
  ])('%j starts cmd.exe, which starts %s', (config, inner) => {
    const r = resolveWindowsEntrypoint(tree, cfg(config))
    expect(r).toMatchObject({ resolved: true, resolvedPath: 'C:\\Windows\\System32\\cmd.exe' })
    const got = r.resolved && r.inner?.resolved ? r.inner.resolvedPath : undefined
    expect(got).toBe(inner)
  })

  test('a path cmd cannot find is certainly missing: cmd says it is not recognized', () => {
    const r = resolveWindowsEntrypoint(tree, cfg({ Cmd: ['cmd /S /C C:\\app\\server.exe'], ArgsEscaped: true }))
    expect(r.resolved && r.inner).toMatchObject({
      resolved: false,
      reason: 'C:\\app\\server.exe does not exist in the image'
    })
    expect(r.resolved && r.inner && !r.inner.resolved && r.inner.uncertain).toBeFalsy()
  })

  test('variables and operators are not names to look for', () => {
    const r = resolveWindowsEntrypoint(tree, cfg({ Cmd: ['cmd /S /C %APP% & exit'], ArgsEscaped: true }))
    expect(r.resolved && r.inner).toBeUndefined()
  })
})

test("CreateProcess's readings of an unquoted command line, shortest first", () => {
  expect(programNames('C:\\Program Files\\a b.exe x')).toEqual([
    'C:\\Program',
    'C:\\Program Files\\a',
    'C:\\Program Files\\a b.exe',
    'C:\\Program Files\\a b.exe x'
  ])
  expect(programNames('  "C:\\a b\\c.exe" d')).toEqual(['C:\\a b\\c.exe'])
  expect(programNames('   ')).toEqual([])
})
