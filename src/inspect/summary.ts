/**
 * The summary of one platform's facts: what the JSON report lists of it (its programs with what was read of them,
 * counts, the entrypoint) and what the cross-platform rules compare, also after the reports of several jobs are
 * merged. Its status is set once every finding is known (report/model). Pure.
 */
import { describeElfMachine, elfArchitecture } from '../binary/arch.js'
import type { FileSummary } from '../checks/types.js'
import { formatPlatform } from '../platform.js'
import type { ExecutableFacts, PlatformFacts } from './facts.js'
import { exclusionOf, notShippedToRun } from './role.js'

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

export interface PlatformSummary {
  platform: string
  status: PlatformStatus
  digest?: string
  config?: { os: string; architecture: string; variant?: string }
  entrypoint?: { argv: string[]; resolvedPath?: string; kind?: 'elf' | 'script' | 'other'; elf?: ElfSummary }
  /** Regular files with an exec bit or an ELF/`#!` magic. */
  executables: number
  binaries: { elf: number; checked: number; foreign: number; ignored: number }
  /** The ELF files and scripts found, with what was read of them. */
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

function fileSummary(e: ExecutableFacts): FileSummary | undefined {
  const b = e.binary
  if (b.format === 'script') {
    // Scripts in test data, examples and documentation are not shipped to run: counted, not listed as checked.
    const why = notShippedToRun(e.path)
    return { path: e.path, format: 'script', interpreter: b.interpreter, ...(why ? { ignored: why } : {}) }
  }
  if (b.format !== 'elf') return undefined
  const s: FileSummary = { path: e.path, format: 'elf', machine: describeElfMachine(b) }
  const arch = elfArchitecture(b)
  if (arch) s.architecture = arch
  if (b.linkage) s.linkage = b.linkage
  if (b.interpreter) s.interpreter = b.interpreter
  if (e.sha256) s.sha256 = e.sha256
  const mod = b.go?.mainModule
  if (mod?.version && mod.version !== '(devel)') {
    const rev = b.go?.settings['vcs.revision']
    s.goModule = `${mod.path}@${mod.version}${rev ? ` ${rev.slice(0, 12)}` : ''}`
  } else if (b.go?.settings['vcs.revision']) {
    s.goModule = `${b.go.path ?? 'main'} ${b.go.settings['vcs.revision'].slice(0, 12)}`
  }
  const why = exclusionOf(e, b)
  if (why) s.ignored = why
  return s
}

/** The summary of one platform's facts, with status `pass` for an inspected image until its findings are known. */
export function summarisePlatform(p: PlatformFacts): PlatformSummary {
  const files = p.executables.map(fileSummary).filter((f): f is FileSummary => f !== undefined)
  const elf = files.filter(f => f.format === 'elf')
  const ignored = elf.filter(f => f.ignored).length
  const r: PlatformSummary = {
    platform: formatPlatform(p.platform),
    status: p.status === 'inspected' ? 'pass' : p.status,
    executables: p.executables.length,
    binaries: { elf: elf.length, checked: elf.length - ignored, foreign: 0, ignored },
    files,
    durationMs: p.durationMs
  }
  if (p.digest) r.digest = p.digest
  if (p.status === 'not-checked' && p.error) r.error = p.error
  if (p.config) r.config = p.config
  if (p.entrypoint) {
    const ep = p.entrypoint
    r.entrypoint = { argv: ep.argv }
    if (ep.resolved) {
      r.entrypoint.resolvedPath = ep.resolvedPath
      r.entrypoint.kind = ep.binary.format === 'elf' ? 'elf' : ep.binary.format === 'script' ? 'script' : 'other'
      if (ep.binary.format === 'elf') r.entrypoint.elf = elfSummary(ep.binary)
    }
  }
  return r
}
