/**
 * `.ARM.attributes` (the ARM ABI's build attributes): the CPU architecture the code needs and whether floats are
 * passed in VFP registers (hard float). Pure and bounded; a malformed section gives what could be read.
 */
export interface ArmAttributes {
  /** Tag_CPU_arch: 6 = v6, 9 = v6K, 10 = v7, 14 = v8. */
  cpuArch?: number
  /** Tag_ABI_VFP_args: 1 = hard float (VFP registers). */
  vfpArgs?: number
}

const TAG_FILE = 1
const TAG_CPU_ARCH = 6
const TAG_ABI_VFP_ARGS = 28

function uleb(buf: Buffer, pos: number, end: number): [number, number] | undefined {
  let v = 0
  let shift = 0
  for (let i = pos; i < end && shift < 35; i++) {
    const b = buf[i] as number
    v += (b & 0x7f) * 2 ** shift
    shift += 7
    if ((b & 0x80) === 0) return [v, i + 1]
  }
  return undefined
}

function ntbs(buf: Buffer, pos: number, end: number): number | undefined {
  const nul = buf.indexOf(0, pos)
  return nul === -1 || nul >= end ? undefined : nul + 1
}

/** Attributes from the "aeabi" subsection's file-scope tags. */
export function readArmAttributes(buf: Buffer, le: boolean): ArmAttributes | undefined {
  if (buf.length < 5 || buf[0] !== 0x41) return undefined // 'A'
  const u32 = (o: number): number => (le ? buf.readUInt32LE(o) : buf.readUInt32BE(o))
  let pos = 1
  while (pos + 4 <= buf.length) {
    const len = u32(pos)
    const end = Math.min(buf.length, pos + len)
    if (len < 5) return undefined
    const vendorEnd = ntbs(buf, pos + 4, end)
    if (vendorEnd === undefined) return undefined
    if (buf.toString('latin1', pos + 4, vendorEnd - 1) === 'aeabi') {
      let p = vendorEnd
      while (p + 5 <= end) {
        const tag = buf[p] as number
        const size = u32(p + 1)
        const subEnd = Math.min(end, p + size)
        if (size < 5) return undefined
        if (tag === TAG_FILE) return readTags(buf, p + 5, subEnd)
        p = subEnd
      }
      return undefined
    }
    pos = end
  }
  return undefined
}

function readTags(buf: Buffer, start: number, end: number): ArmAttributes {
  const out: ArmAttributes = {}
  let p = start
  while (p < end) {
    const t = uleb(buf, p, end)
    if (!t) break
    const [tag, next] = t
    p = next
    // Strings: CPU_raw_name (4), CPU_name (5), conformance (67), and odd tags above 32; 32 is a number then a string.
    if (tag === 4 || tag === 5 || tag === 67 || (tag > 32 && tag % 2 === 1)) {
      const after = ntbs(buf, p, end)
      if (after === undefined) break
      p = after
      continue
    }
    const v = uleb(buf, p, end)
    if (!v) break
    p = v[1]
    if (tag === 32) {
      const after = ntbs(buf, p, end)
      if (after === undefined) break
      p = after
    }
    if (tag === TAG_CPU_ARCH) out.cpuArch = v[0]
    if (tag === TAG_ABI_VFP_ARGS) out.vfpArgs = v[0]
  }
  return out
}
