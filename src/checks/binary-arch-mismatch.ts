import { describeElfMachine, elfArchitecture, elfMatchesPlatform, expectedElf } from '../binary/arch.js'
import type { ElfFacts } from '../binary/elf.js'
import type { PlatformFacts } from '../inspect/facts.js'
import { formatPlatform } from '../platform.js'
import { exclusionOf, inSearchPath } from './scope.js'
import { code, type Finding, type PlatformRule, type Severity } from './types.js'

export const ARCH_HINT = [
  'Build each platform its own binary. Run the compiler natively on the build machine and let buildx tell it the target:',
  '',
  '    FROM --platform=$BUILDPLATFORM golang:alpine AS build',
  '    ARG TARGETOS TARGETARCH',
  '    RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /server .',
  '',
  '`--platform=$BUILDPLATFORM` makes the build stage run on the build machine (fast, no emulation), and buildx sets ' +
    '`TARGETOS`/`TARGETARCH` to each platform of `--platform` in turn, so every image gets a binary for its own ' +
    'architecture. Never hard-code `GOARCH=amd64`; for a downloaded binary, put `${TARGETARCH}` in the URL.'
].join('\n')

function describe(elf: ElfFacts): string {
  return `${describeElfMachine(elf)} (${elf.bits}-bit, ${elf.endian === 'little' ? 'LSB' : 'MSB'})`
}

/** "an x86-64", "an arm64", "a PowerPC64": by the sound of the first letter, close enough for these names. */
export function article(word: string): string {
  return /^[aeiou]|^x86|^s390|^(386|8)/i.test(word) ? `an ${word}` : `a ${word}`
}

function mismatch(p: PlatformFacts, path: string, elf: ElfFacts, severity: Severity, role: string): Finding {
  const plat = formatPlatform(p.platform)
  const arch = p.platform.architecture
  const found = elfArchitecture(elf)
  const expected = expectedElf(p.platform)
  return {
    rule: 'binary-arch-mismatch',
    severity,
    platform: plat,
    path,
    message:
      `${role} ${code(path)} is ${article(describe(elf))} ELF, but this image is ${plat}. On ${article(arch)} host it fails ` +
      'with `exec format error`. It may still run on a machine with QEMU binfmt handlers installed, as on many CI ' +
      'runners, which is how this slips through.',
    hint: ARCH_HINT,
    evidence: {
      elfMachine: elf.machine,
      elfClass: elf.bits,
      elfData: elf.endian,
      ...(found ? { elfArchitecture: found } : {}),
      ...(expected ? { expectedMachine: expected.machine } : {})
    }
  }
}

/** An executable ELF's machine, class or byte order is not the platform's. */
export const binaryArchMismatch: PlatformRule = {
  id: 'binary-arch-mismatch',
  scope: 'platform',
  defaultSeverity: 'error',
  description:
    "An executable ELF's machine, class or byte order is not the platform's: error for the entrypoint and PATH directories, warning elsewhere.",
  help: ARCH_HINT,
  check({ platforms }) {
    const out: Finding[] = []
    for (const p of platforms) {
      if (p.status !== 'inspected') continue
      const ep = p.entrypoint?.resolved ? p.entrypoint : undefined
      if (ep && ep.binary.format === 'elf' && !elfMatchesPlatform(ep.binary, p.platform)) {
        out.push(mismatch(p, ep.resolvedPath, ep.binary, 'error', 'The entrypoint'))
      }
      for (const f of p.executables) {
        if (f.binary.format !== 'elf' || f.path === ep?.resolvedPath) continue
        if (elfMatchesPlatform(f.binary, p.platform) || exclusionOf(f, f.binary)) continue
        const onPath = inSearchPath(f.path, p.searchPath ?? [])
        out.push(mismatch(p, f.path, f.binary, onPath ? 'error' : 'warning', onPath ? 'The program' : 'The executable'))
      }
    }
    return out
  }
}
