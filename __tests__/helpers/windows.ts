/**
 * Test helper: Windows image layers as hcsshim and go-winio's backuptar write them: the C: drive under `Files/`, the
 * registry hives under `Hives/`, a base layer's utility VM under `UtilityVM/`; PAX records for the Windows file
 * attributes and security descriptor; no exec bits; reparse points as symlinks with Windows targets; alternate data
 * streams as `name:stream` entries. The programs are real PE files from test-env/make-fixtures.sh.
 */
import type { ImageConfig } from '../../src/image/types.js'
import { bin } from './fixtures.js'
import type { ImageSpec } from './layout.js'
import type { TarItem } from './tar.js'

/** A self-relative security descriptor (owner BUILTIN\Administrators), base64, as MSWINDOWS.rawsd holds one. */
const RAWSD = Buffer.from([
  1, 0, 0x04, 0x80, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 0, 0, 0, 0, 0, 5, 32, 0, 0, 0, 0x20, 2, 0, 0
]).toString('base64')

const FILE_ATTRIBUTE_DIRECTORY = 16
const FILE_ATTRIBUTE_ARCHIVE = 32

export function wdir(name: string): TarItem {
  return {
    name,
    type: 'directory',
    mode: 0,
    pax: { 'MSWINDOWS.fileattr': String(FILE_ATTRIBUTE_DIRECTORY), 'MSWINDOWS.rawsd': RAWSD }
  }
}

export function wfile(name: string, content: Buffer | string): TarItem {
  return {
    name,
    content,
    mode: 0,
    pax: { 'MSWINDOWS.fileattr': String(FILE_ATTRIBUTE_ARCHIVE), 'MSWINDOWS.rawsd': RAWSD }
  }
}

export interface BaseOptions {
  /** The architecture of the base's own programs: amd64 (default) or arm64. */
  arch?: 'amd64' | 'arm64'
  /** Server Core has WoW64 (C:\Windows\SysWOW64); Nano Server does not. */
  wow64?: boolean
}

/** A Windows base layer: cmd.exe and a DLL in System32, WoW64 if asked, WinSxS, a junction, hives, a utility VM. */
export function windowsBase(opts: BaseOptions = {}): TarItem[] {
  const native = opts.arch === 'arm64' ? bin('go-windows-arm64.exe') : bin('c-windows-amd64.exe')
  return [
    wdir('Files'),
    wdir('Files/Windows'),
    wdir('Files/Windows/System32'),
    wfile('Files/Windows/System32/cmd.exe', native),
    wfile('Files/Windows/System32/cmd.exe:Zone.Identifier', '[ZoneTransfer]\r\nZoneId=3\r\n'),
    wfile('Files/Windows/System32/libwinpthread-1.dll', bin('mingw-libwinpthread-1.dll')),
    ...(opts.wow64
      ? [wdir('Files/Windows/SysWOW64'), wfile('Files/Windows/SysWOW64/cmd.exe', bin('c-windows-386.exe'))]
      : []),
    // The component store holds x86 builds on every 64-bit Windows; nothing runs from there.
    wdir('Files/Windows/WinSxS'),
    wdir('Files/Windows/WinSxS/x86_microsoft-windows-commandprompt_31bf3856ad364e35'),
    wfile(
      'Files/Windows/WinSxS/x86_microsoft-windows-commandprompt_31bf3856ad364e35/cmd.exe',
      bin('c-windows-386.exe')
    ),
    wdir('Files/Users'),
    {
      name: 'Files/Documents and Settings',
      type: 'symlink',
      linkname: 'C:\\Users',
      mode: 0,
      pax: { 'MSWINDOWS.fileattr': '1046', 'MSWINDOWS.mountpoint': '1' }
    },
    wdir('Hives'),
    wfile('Hives/Software_Delta', 'regf'),
    wfile('Hives/System_Delta', 'regf'),
    wdir('UtilityVM'),
    wdir('UtilityVM/Files'),
    wfile('UtilityVM/Files/vmtool.exe', bin('dotnet-arm.exe'))
  ]
}

/** An application layer: the given files under Files/, with the directories they need. */
export function windowsApp(files: Record<string, Buffer | string>): TarItem[] {
  const dirs = new Set<string>()
  for (const path of Object.keys(files)) {
    const parts = path.split('/')
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/'))
  }
  return [
    wdir('Files'),
    ...[...dirs].sort().map(d => wdir(`Files/${d}`)),
    ...Object.entries(files).map(([p, c]) => wfile(`Files/${p}`, c)),
    wdir('Hives'),
    wfile('Hives/Software_Delta', 'regf')
  ]
}

/** A Windows platform image: its index entry (with os.version, and os.features if given), its config, its layers. */
export function windowsImage(
  arch: 'amd64' | 'arm64',
  config: NonNullable<ImageConfig['config']>,
  layers: TarItem[][],
  osVersion = '10.0.20348.2655',
  osFeatures?: string[]
): ImageSpec {
  return {
    platform: {
      os: 'windows',
      architecture: arch,
      'os.version': osVersion,
      ...(osFeatures ? { 'os.features': osFeatures } : {})
    },
    config: { os: 'windows', architecture: arch, 'os.version': osVersion, config },
    layers
  }
}
