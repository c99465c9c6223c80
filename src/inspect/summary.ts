/**
 * The summary of one platform's facts: what the JSON report lists of it (its programs with what was read of them,
 * counts, the entrypoint) and what the cross-platform rules compare, also after the reports of several jobs are
 * merged. Its status is set once every finding is known (report/model). Pure.
 */
import { describeElfMachine, describePeMachine, elfArchitecture, peArchitecture } from '../binary/arch.js'
import type { GoBuildInfo } from '../binary/gobuildinfo.js'
import { peCode, type PeFacts } from '../binary/pe.js'
import type { FileSummary } from '../checks/types.js'
import { formatPlatform } from '../platform.js'
import type { ExecutableFacts, PlatformFacts } from './facts.js'
import { osFamily } from './os.js'
import { exclusionOf, notShippedToRun, peExclusionOf } from './role.js'

export type PlatformStatus = 'pass' | 'warning' | 'fail' | 'missing' | 'build-failed' | 'unreadable' | 'not-checked'

/** Whether a platform's image was read: the others have no files, entrypoint or findings of their own. */
export function wasRead(status: PlatformStatus): boolean {
  return status === 'pass' || status === 'warning' || status === 'fail'
}

export interface ElfSummary {
  machine: string
  architecture?: string
  bits: number
  endian: 'little' | 'big'
  linkage?: string
  interpreter?: string
}

/** A Windows program's machine, as the report shows it. */
export interface PeSummary {
  machine: string
  architecture?: string
  bits?: number
  /** .NET code that runs on any architecture. */
  anyCpu?: boolean
}

export interface PlatformSummary {
  platform: string
  status: PlatformStatus
  digest?: string
  config?: { os: string; architecture: string; variant?: string }
  /** The index entry's (or config's) `os.version` and `os.features`: the Windows build an image needs. */
  osVersion?: string
  osFeatures?: string[]
  entrypoint?: {
    argv: string[]
    resolvedPath?: string
    kind?: 'elf' | 'script' | 'pe' | 'other'
    elf?: ElfSummary
    pe?: PeSummary
  }
  /** Regular files with an exec bit or an ELF/`#!` magic (and every PE file of a Windows image). */
  executables: number
  /** `pe`: PE files of a Windows image; `checked` counts ELF and PE files alike. */
  binaries: { elf: number; pe?: number; checked: number; foreign: number; ignored: number }
  /** The ELF files, scripts (and, on Windows, PE files) found, with what was read of them. */
  files: FileSummary[]
  /** Why it was not checked (status `not-checked`). */
  error?: string
  durationMs: number
}

function elfSummary(elf: {
  machine: number
  bits: 32 | 64
  endian: 'little' | 'big'
  linkage?: string
  interpreter?: string
}): ElfSummary {
  const s: ElfSummary = { machine: describeElfMachine(elf), bits: elf.bits, endian: elf.endian }
  const arch = elfArchitecture(elf)
  if (arch) s.architecture = arch
  if (elf.linkage) s.linkage = elf.linkage
  if (elf.interpreter) s.interpreter = elf.interpreter
  return s
}

function goModuleOf(go: GoBuildInfo | undefined): string | undefined {
  const mod = go?.mainModule
  const rev = go?.settings['vcs.revision']
  if (mod?.version && mod.version !== '(devel)') return `${mod.path}@${mod.version}${rev ? ` ${rev.slice(0, 12)}` : ''}`
  return rev ? `${go?.path ?? 'main'} ${rev.slice(0, 12)}` : undefined
}

/** What a PE file's code runs as: its machine, or any architecture for .NET AnyCPU code. */
export function peSummary(pe: PeFacts): PeSummary {
  const c = peCode(pe)
  if (c.anyCpu) return { machine: '.NET (AnyCPU)', anyCpu: true, ...(pe.bits ? { bits: pe.bits } : {}) }
  const s: PeSummary = { machine: describePeMachine(c.machine) }
  const arch = peArchitecture(c.machine)
  if (arch) s.architecture = arch
  if (pe.bits) s.bits = pe.bits
  return s
}

/** What both binary formats add: the hash, the Go module, and why no rule judges the file. */
function common(s: FileSummary, e: ExecutableFacts, go: GoBuildInfo | undefined, why: string | undefined): FileSummary {
  if (e.sha256) s.sha256 = e.sha256
  if (e.package) s.package = `${e.package.ecosystem}:${e.package.name}`
  const mod = goModuleOf(go)
  if (mod) s.goModule = mod
  if (why) s.ignored = why
  return s
}

function fileSummary(e: ExecutableFacts, windows: boolean): FileSummary | undefined {
  const b = e.binary
  if (b.format === 'script') {
    // Scripts in test data, examples and documentation are not shipped to run: counted, not listed as checked.
    const why = notShippedToRun(e.path)
    return { path: e.path, format: 'script', interpreter: b.interpreter, ...(why ? { ignored: why } : {}) }
  }
  if (b.format === 'pe' && windows) {
    const pe = peSummary(b)
    const s: FileSummary = { path: e.path, format: 'pe', machine: pe.machine }
    if (pe.architecture) s.architecture = pe.architecture
    if (pe.anyCpu) s.anyCpu = true
    if (b.dll) s.dll = true
    return common(s, e, b.go, peExclusionOf(e, b))
  }
  if (b.format !== 'elf' || windows) return undefined
  const s: FileSummary = { path: e.path, format: 'elf', machine: describeElfMachine(b) }
  const arch = elfArchitecture(b)
  if (arch) s.architecture = arch
  if (b.linkage) s.linkage = b.linkage
  if (b.interpreter) s.interpreter = b.interpreter
  return common(s, e, b.go, exclusionOf(e, b))
}

/** The summary of one platform's facts, with status `pass` for an inspected image until its findings are known. */
export function summarisePlatform(p: PlatformFacts): PlatformSummary {
  const windows = osFamily(p.platform) === 'windows'
  const files = p.executables.map(e => fileSummary(e, windows)).filter((f): f is FileSummary => f !== undefined)
  const elf = files.filter(f => f.format === 'elf')
  const pe = files.filter(f => f.format === 'pe')
  const ignored = [...elf, ...pe].filter(f => f.ignored).length
  const r: PlatformSummary = {
    platform: formatPlatform(p.platform),
    status: p.status === 'inspected' ? 'pass' : p.status,
    executables: p.executables.length,
    binaries: {
      elf: elf.length,
      ...(windows ? { pe: pe.length } : {}),
      checked: elf.length + pe.length - ignored,
      foreign: 0,
      ignored
    },
    files,
    durationMs: p.durationMs
  }
  if (p.digest) r.digest = p.digest
  if (p.status === 'not-checked' && p.error) r.error = p.error
  if (p.config) r.config = p.config
  if (p.osVersion) r.osVersion = p.osVersion
  if (p.osFeatures) r.osFeatures = p.osFeatures
  if (p.entrypoint) {
    const ep = p.entrypoint
    r.entrypoint = { argv: ep.argv }
    if (ep.resolved) {
      r.entrypoint.resolvedPath = ep.resolvedPath
      const f = ep.binary.format
      r.entrypoint.kind = f === 'elf' || f === 'script' || f === 'pe' ? f : 'other'
      if (ep.binary.format === 'elf') r.entrypoint.elf = elfSummary(ep.binary)
      if (ep.binary.format === 'pe') r.entrypoint.pe = peSummary(ep.binary)
    }
  }
  return r
}
