import { ARM_LOADERS } from '../binary/arch.js'
import type { ExecutableFacts } from '../inspect/facts.js'
import { exclusionOf } from '../inspect/role.js'
import { formatPlatform, type Platform } from '../platform.js'
import { code, platformRule, type Draft } from './types.js'

/** Tag_CPU_arch values each arm/vN platform can run (ARM ABI addenda): v5TE…v5TEJ, v6 family, v7. */
const ARM_CPU_OK: Record<string, (tag: number) => boolean> = {
  v5: t => t <= 5,
  v6: t => t <= 9 || t === 11 || t === 12,
  v7: t => t <= 10 || t === 13,
  v8: () => true
}
const CPU_NAME: Record<number, string> = {
  4: 'ARMv5TE',
  5: 'ARMv5TEJ',
  6: 'ARMv6',
  9: 'ARMv6K',
  10: 'ARMv7',
  13: 'ARMv7E-M',
  14: 'ARMv8'
}

const VARIANT_HINT =
  'Build for the lowest CPU the platform promises: with Go, buildx sets `TARGETVARIANT` (v6, v7) for arm; pass ' +
  '`GOARM=${TARGETVARIANT#v}` (and leave GOAMD64 at v1 for linux/amd64, or publish linux/amd64/v3 as its own ' +
  'platform). With GCC, use the toolchain and `-march` of the platform (armel for arm/v5 and v6, armhf for arm/v7).'

function finding(f: ExecutableFacts, message: string, evidence: Draft['evidence']): Draft {
  return { path: f.path, message, ...(evidence ? { evidence } : {}) }
}

function variantNumber(p: Platform, fallback: number): number {
  const m = /^v(\d+)/.exec(p.variant ?? '')
  return m ? Number(m[1]) : fallback
}

/**
 * A binary needs a newer CPU than the platform promises: GOARM or Tag_CPU_arch above an arm/vN image, GOAMD64=vN above
 * an amd64 image's variant ("illegal instruction" on older CPUs), or a float ABI the image's loader does not speak.
 */
export const cpuVariantMismatch = platformRule({
  id: 'cpu-variant-mismatch',
  defaultSeverity: 'warning',
  os: ['linux', 'unix'],
  description:
    "GOARM or ARM attributes newer than an arm/vN image; GOAMD64=vN above an amd64 image's variant; a soft/hard float ABI against the image's loader.",
  help: VARIANT_HINT,
  each(p) {
    const out: Draft[] = []
    const arch = p.platform.architecture
    const loaderAbis = new Set((p.armLoaders ?? []).map(l => ARM_LOADERS[l]))
    for (const f of p.executables) {
      const b = f.binary
      if (b.format !== 'elf' || exclusionOf(f, b)) continue
      const plat = formatPlatform(p.platform)
      if (arch === 'arm') {
        const variant = p.platform.variant ?? 'v7'
        const goarm = Number(b.go?.settings.GOARM ?? NaN)
        if (b.machine === 40 && goarm > variantNumber(p.platform, 7)) {
          out.push(
            finding(
              f,
              `${code(f.path)} was built with GOARM=${goarm}, newer than this ${plat} image promises: on an ARM${variant} CPU it crashes with "illegal instruction".`,
              { goarm }
            )
          )
          continue
        }
        const tag = b.arm?.cpuArch
        const ok = ARM_CPU_OK[variant]
        if (tag !== undefined && ok && !ok(tag)) {
          out.push(
            finding(
              f,
              `${code(f.path)} needs ${CPU_NAME[tag] ?? `Tag_CPU_arch ${tag}`}, newer than this ${plat} image promises: on an ARM${variant} CPU it crashes with "illegal instruction".`,
              { tagCpuArch: tag }
            )
          )
          continue
        }
        if (b.interpreter && b.armFloat && loaderAbis.size === 1 && !loaderAbis.has(b.armFloat)) {
          const has = [...loaderAbis][0]
          out.push(
            finding(
              f,
              `${code(f.path)} uses the ${b.armFloat}-float ABI, but this image's C library is ${has}-float (${(p.armLoaders ?? []).join(', ')}): it cannot load.`,
              { floatAbi: b.armFloat }
            )
          )
        }
      }
      if (arch === 'amd64') {
        const level = Number(/^v(\d)$/.exec(b.go?.settings.GOAMD64 ?? '')?.[1] ?? NaN)
        if (level > variantNumber(p.platform, 1)) {
          out.push(
            finding(
              f,
              `${code(f.path)} was built with GOAMD64=v${level}, above this ${plat} image's x86-64 level: on older CPUs it crashes with "illegal instruction".`,
              { goamd64: `v${level}` }
            )
          )
        }
      }
    }
    return out
  }
})
