/**
 * How a PE file fares on a Windows platform, shared by the rules about Windows programs: whether it is judged at all
 * (programs only: not DLLs, drivers, Windows' component store or test data), what code it holds (.NET AnyCPU code
 * runs anywhere) and whether Windows on the platform's architecture runs it. Pure.
 */
import { describePeMachine, peArchitecture, ARCHITECTURES } from '../binary/arch.js'
import { peCode, type PeFacts } from '../binary/pe.js'
import type { ExecutableFacts, PlatformFacts } from '../inspect/facts.js'
import { peExclusionOf } from '../inspect/role.js'
import { windowsRuns } from '../inspect/windows.js'

export interface PeVerdict {
  /** The architecture of its code, when it is one we know. */
  code?: string
  /** What the machine field says, in words. */
  machine: string
  runs: 'native' | 'wow64' | 'emulated' | 'no' | 'bad-class'
}

/** The verdict on a PE program in a Windows image, or undefined when it is not judged (not a program, AnyCPU). */
export function peVerdict(p: PlatformFacts, f: Pick<ExecutableFacts, 'path'>, pe: PeFacts): PeVerdict | undefined {
  if (peExclusionOf(f, pe) || !ARCHITECTURES[p.platform.architecture]?.pe) return undefined
  const c = peCode(pe)
  if (c.anyCpu) return undefined
  const code = peArchitecture(c.machine)
  const machine = describePeMachine(c.machine)
  const want = code ? ARCHITECTURES[code]?.pe?.bits : undefined
  // PE32 with an x64 machine (or the reverse) is no valid program for any Windows.
  if (want !== undefined && pe.bits !== want) return { ...(code ? { code } : {}), machine, runs: 'bad-class' }
  const runs = code ? windowsRuns(code, p.platform.architecture, p.windows?.wow64 ?? false) : 'no'
  return { ...(code ? { code } : {}), machine, runs }
}
