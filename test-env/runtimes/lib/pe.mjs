/**
 * The header facts of a PE file (a .NET assembly or a Windows program), recorded beside what Mono did with it:
 * COFF machine and characteristics, PE32 or PE32+, subsystem, and for an assembly the CLI header (ECMA-335
 * II.25.3.3: runtime version, flags ILONLY / 32BITREQUIRED / 32BITPREFERRED / STRONGNAMESIGNED / NATIVE_ENTRYPOINT)
 * and the metadata root's version string. Facts about the file, never a verdict: Mono's run is the verdict.
 */
import { closeSync, openSync, readSync, fstatSync } from 'node:fs'

const MACHINES = { 0x14c: 'i386', 0x8664: 'amd64', 0x1c4: 'armnt', 0xaa64: 'arm64', 0x200: 'ia64', 0: 'unknown' }
const CLI_FLAGS = {
  ILONLY: 0x1,
  '32BITREQUIRED': 0x2,
  IL_LIBRARY: 0x4,
  STRONGNAMESIGNED: 0x8,
  NATIVE_ENTRYPOINT: 0x10,
  TRACKDEBUGDATA: 0x10000,
  '32BITPREFERRED': 0x20000
}

/** PE facts of `file`, or null when it is not a PE file. */
export function peInfo(file) {
  const fd = openSync(file, 'r')
  try {
    const size = fstatSync(fd).size
    const buf = Buffer.alloc(Math.min(size, 16 << 20))
    readSync(fd, buf, 0, buf.length, 0)
    if (buf.length < 0x40 || buf.toString('latin1', 0, 2) !== 'MZ') return null
    const pe = buf.readUInt32LE(0x3c)
    if (pe + 24 > buf.length || buf.readUInt32LE(pe) !== 0x00004550) return { mz: true, pe: false }
    const coff = pe + 4
    const machine = buf.readUInt16LE(coff)
    const nsect = buf.readUInt16LE(coff + 2)
    const optSize = buf.readUInt16LE(coff + 16)
    const characteristics = buf.readUInt16LE(coff + 18)
    const opt = coff + 20
    const magic = buf.readUInt16LE(opt)
    const plus = magic === 0x20b
    const subsystem = buf.readUInt16LE(opt + 68)
    const ndirs = buf.readUInt32LE(opt + (plus ? 108 : 92))
    const dirs = opt + (plus ? 112 : 96)
    const sections = []
    for (let i = 0, s = opt + optSize; i < nsect; i++, s += 40)
      sections.push({
        name: buf.toString('latin1', s, s + 8).replace(/\0.*$/s, ''),
        va: buf.readUInt32LE(s + 12),
        vsize: buf.readUInt32LE(s + 8),
        raw: buf.readUInt32LE(s + 20)
      })
    const at = rva => {
      const s = sections.find(x => rva >= x.va && rva < x.va + x.vsize)
      return s ? rva - s.va + s.raw : null
    }
    const out = {
      pe: true,
      machine: `0x${machine.toString(16)}`,
      machineName: MACHINES[machine] ?? 'other',
      format: plus ? 'PE32+' : 'PE32',
      characteristics: `0x${characteristics.toString(16)}`,
      dll: !!(characteristics & 0x2000),
      subsystem,
      sections: sections.map(s => s.name)
    }
    // Data directory 14: the CLI (COM descriptor) header; present only in .NET assemblies.
    const cliRva = ndirs > 14 ? buf.readUInt32LE(dirs + 14 * 8) : 0
    const cliOff = cliRva ? at(cliRva) : null
    if (cliOff === null || cliOff + 24 > buf.length) return { ...out, cli: null }
    const flags = buf.readUInt32LE(cliOff + 16)
    const cli = {
      runtimeVersion: `${buf.readUInt16LE(cliOff + 4)}.${buf.readUInt16LE(cliOff + 6)}`,
      flags: `0x${flags.toString(16)}`,
      flagNames: Object.entries(CLI_FLAGS)
        .filter(([, v]) => flags & v)
        .map(([k]) => k)
    }
    const mdOff = at(buf.readUInt32LE(cliOff + 8))
    if (mdOff !== null && mdOff + 16 <= buf.length && buf.readUInt32LE(mdOff) === 0x424a5342) {
      const len = buf.readUInt32LE(mdOff + 12)
      cli.metadataVersion = buf.toString('latin1', mdOff + 16, mdOff + 16 + len).replace(/\0.*$/s, '')
    }
    // What `mcs -platform:` / corflags call the combination (ECMA-335 flags with the COFF machine).
    const il = flags & 1
    const req = flags & 2
    const pref = flags & 0x20000
    cli.platform = !il
      ? 'mixed (native code)'
      : machine === 0x14c && !plus
        ? req
          ? pref
            ? 'anycpu32bitpreferred'
            : 'x86'
          : 'anycpu'
        : (MACHINES[machine] ?? 'other')
    return { ...out, cli }
  } finally {
    closeSync(fd)
  }
}
