/**
 * Platforms as containerd parses and normalises them (containerd/platforms), so that `linux/arm64/v8`,
 * `linux/aarch64` and `linux/arm64` compare equal. An OS version is written as containerd's FormatAll writes it,
 * `windows(10.0.20348)/amd64`: it tells apart the images of one index that differ only by it (Windows images per
 * Windows release). Pure.
 */
import { UserError } from './errors.js'

export interface Platform {
  os: string
  architecture: string
  variant?: string
  /** `os.version`, when it is part of the name (only when it tells two images of an index apart, or was asked for). */
  osVersion?: string
}

function normalizeArch(arch: string, variant: string | undefined): { architecture: string; variant?: string } {
  const a = arch.toLowerCase()
  const v = variant?.toLowerCase() || undefined
  switch (a) {
    case 'i386':
      return { architecture: '386' }
    case 'x86_64':
    case 'x86-64':
    case 'amd64':
      return v === 'v1' || v === undefined ? { architecture: 'amd64' } : { architecture: 'amd64', variant: v }
    case 'aarch64':
    case 'arm64':
      return v === undefined || v === '8' || v === 'v8' || v === 'v8.0'
        ? { architecture: 'arm64' }
        : { architecture: 'arm64', variant: v }
    case 'armhf':
      return { architecture: 'arm', variant: 'v7' }
    case 'armel':
      return { architecture: 'arm', variant: 'v6' }
    case 'arm':
      if (v === undefined || v === '7') return { architecture: 'arm', variant: 'v7' }
      if (/^[5-8]$/.test(v)) return { architecture: 'arm', variant: `v${v}` }
      return { architecture: 'arm', variant: v }
    default:
      return v === undefined ? { architecture: a } : { architecture: a, variant: v }
  }
}

/** Normalise os/architecture/variant as containerd does (an OS version is kept as it is). */
export function normalizePlatform(p: {
  os?: string
  architecture?: string
  variant?: string
  osVersion?: string
}): Platform {
  const os = (p.os ?? '').toLowerCase() || 'linux'
  return { os, ...normalizeArch(p.architecture ?? '', p.variant), ...(p.osVersion ? { osVersion: p.osVersion } : {}) }
}

/**
 * Parse `os[(version)]/arch[/variant]` (or a bare `arch`, meaning linux). Throws a UserError naming the bad text.
 */
export function parsePlatform(text: string): Platform {
  const parts = text.trim().split('/')
  const bad = (): UserError =>
    new UserError(`invalid platform "${text}": expected os/arch[/variant], for example linux/arm64`)
  if (parts.some(p => p === '') || parts.length > 3) throw bad()
  if (parts.length === 1) return normalizePlatform({ os: 'linux', architecture: parts[0] })
  const os = /^([^()]+)(?:\(([^()]+)\))?$/.exec(parts[0] as string)
  if (!os) throw bad()
  return normalizePlatform({ os: os[1], architecture: parts[1], variant: parts[2], osVersion: os[2] })
}

/** Parse a comma- or newline-separated list of platforms, dropping duplicates after normalisation. */
export function parsePlatformList(text: string): Platform[] {
  const out: Platform[] = []
  for (const item of text.split(/[,\n]/)) {
    if (item.trim() === '') continue
    const p = parsePlatform(item)
    if (!out.some(q => samePlatform(p, q))) out.push(p)
  }
  return out
}

export function formatPlatform(p: Platform): string {
  const os = p.osVersion ? `${p.os}(${p.osVersion})` : p.os
  return p.variant ? `${os}/${p.architecture}/${p.variant}` : `${os}/${p.architecture}`
}

/** Equality after normalisation. */
export function samePlatform(a: Platform, b: Platform): boolean {
  const x = normalizePlatform(a)
  const y = normalizePlatform(b)
  return (
    x.os === y.os &&
    x.architecture === y.architecture &&
    (x.variant ?? '') === (y.variant ?? '') &&
    (x.osVersion ?? '') === (y.osVersion ?? '')
  )
}

/** Whether an offered OS version serves a wanted one: equal, or the wanted one is a prefix (`10.0.20348` of `10.0.20348.2655`). */
export function osVersionMatches(wanted: string | undefined, offered: string | undefined): boolean {
  if (!wanted || !offered) return true
  return offered === wanted || offered.startsWith(`${wanted}.`)
}

/**
 * Whether an image entry labelled `offered` serves a request for `wanted`. A request without a variant accepts any
 * variant of the architecture; one with a variant needs that variant. (`arm` alone means arm/v7, as in containerd.)
 * An OS version is compared only when both say one.
 */
export function platformMatches(wanted: Platform, offered: Platform): boolean {
  const w = normalizePlatform(wanted)
  const o = normalizePlatform(offered)
  if (w.os !== o.os || w.architecture !== o.architecture) return false
  if (!osVersionMatches(w.osVersion, o.osVersion)) return false
  return w.variant === undefined || w.variant === o.variant
}
