/**
 * What a static reader of an installed tree can see for each surveyed package: the package.json fields that decide
 * the loader's choice, the platform packages npm installed or skipped, every native file reachable from the package
 * (with its ELF facts: machine, interpreter, DT_NEEDED, RUNPATH), and which loader patterns its JS contains. These are
 * facts for the model to read; what node really did is the oracle's job (oracle.mjs), never inferred here.
 */
import { closeSync, lstatSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'

const MACHINES = {
  3: 'i386',
  8: 'mips',
  20: 'ppc',
  21: 'ppc64',
  22: 's390x',
  40: 'arm',
  62: 'x86-64',
  183: 'aarch64',
  243: 'riscv',
  258: 'loongarch'
}
/** Node's process.arch → ELF e_machine. */
export const ARCH_MACHINE = { x64: 62, arm64: 183, arm: 40, ia32: 3, s390x: 22, ppc64: 21, riscv64: 243, loong64: 258 }

function readAt(fd, pos, len) {
  const b = Buffer.alloc(len)
  const n = readSync(fd, b, 0, len, pos)
  return b.subarray(0, n)
}

/**
 * The format of a file by its first bytes: { format: 'elf'|'macho'|'pe'|'wasm', ... } or null. ELF: class, machine,
 * type (2 executable, 3 shared), interp, needed, runpath, rpath, soname (from PT_DYNAMIC through the PT_LOAD map).
 */
export function binaryInfo(file) {
  let fd
  try {
    fd = openSync(file, 'r')
  } catch {
    return null
  }
  try {
    const h = readAt(fd, 0, 64)
    if (h.length < 4) return null
    const m = h.readUInt32BE(0)
    if (m === 0x0061736d) return { format: 'wasm' }
    if ([0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe].includes(m)) {
      const le = m === 0xcefaedfe || m === 0xcffaedfe
      const cpu = le ? h.readUInt32LE(4) : h.readUInt32BE(4)
      return {
        format: 'macho',
        cpu: cpu === 0x0100000c ? 'arm64' : cpu === 0x01000007 ? 'x86_64' : `0x${cpu.toString(16)}`
      }
    }
    // A fat (universal) Mach-O starts like a Java class file: told apart by its small architecture count.
    if (m === 0xcafebabe && h.readUInt32BE(4) < 20) return { format: 'macho', fat: true, count: h.readUInt32BE(4) }
    if (h[0] === 0x4d && h[1] === 0x5a && /\.(dll|exe|node)$/i.test(file)) return { format: 'pe' }
    if (m !== 0x7f454c46 || h.length < 52) return null
    return elf(fd, h)
  } finally {
    closeSync(fd)
  }
}

function elf(fd, h) {
  const is64 = h[4] === 2
  const le = h[5] === 1
  const u16 = (b, o) => (le ? b.readUInt16LE(o) : b.readUInt16BE(o))
  const u32 = (b, o) => (le ? b.readUInt32LE(o) : b.readUInt32BE(o))
  const uw = (b, o) => (is64 ? Number(le ? b.readBigUInt64LE(o) : b.readBigUInt64BE(o)) : u32(b, o))
  const machine = u16(h, 18)
  const out = {
    format: 'elf',
    class: is64 ? 64 : 32,
    machine,
    machineName: MACHINES[machine] ?? String(machine),
    type: u16(h, 16)
  }
  const phoff = uw(h, is64 ? 32 : 28)
  const phentsize = u16(h, is64 ? 54 : 42)
  const phnum = u16(h, is64 ? 56 : 44)
  if (!phoff || !phnum || phnum > 512) return out
  const ph = readAt(fd, phoff, phentsize * phnum)
  const loads = []
  let dyn = null
  for (let i = 0; i < phnum; i++) {
    const o = i * phentsize
    if (o + phentsize > ph.length) break
    const type = u32(ph, o)
    const offset = uw(ph, is64 ? o + 8 : o + 4)
    const vaddr = uw(ph, is64 ? o + 16 : o + 8)
    const filesz = uw(ph, is64 ? o + 32 : o + 16)
    if (type === 1) loads.push({ offset, vaddr, filesz })
    if (type === 2) dyn = { offset, filesz }
    if (type === 3) out.interp = readAt(fd, offset, Math.min(filesz, 4096)).toString('latin1').replace(/\0.*$/s, '')
  }
  if (!dyn) return out
  const d = readAt(fd, dyn.offset, Math.min(dyn.filesz, 1 << 16))
  const es = is64 ? 16 : 8
  const tags = []
  let strtab = 0
  let strsz = 0
  for (let o = 0; o + es <= d.length; o += es) {
    const tag = uw(d, o)
    const val = uw(d, o + es / 2)
    if (tag === 0) break
    if (tag === 5) strtab = val
    else if (tag === 10) strsz = val
    // DT_FLAGS_1 with DF_1_PIE: an executable linked as a position-independent ET_DYN (static-pie when no interp).
    else if (tag === 0x6ffffffb && val & 0x08000000) out.pie = true
    else if ([1, 14, 15, 29].includes(tag)) tags.push([tag, val])
  }
  const seg = loads.find(l => strtab >= l.vaddr && strtab < l.vaddr + l.filesz)
  if (!seg) return out
  const strings = readAt(fd, seg.offset + (strtab - seg.vaddr), Math.min(strsz || 1 << 16, 1 << 20))
  const str = off => strings.toString('latin1', off, strings.indexOf(0, off))
  out.needed = tags.filter(t => t[0] === 1).map(t => str(t[1]))
  for (const [tag, val] of tags) {
    if (tag === 14) out.soname = str(val)
    if (tag === 15) out.rpath = str(val)
    if (tag === 29) out.runpath = str(val)
  }
  return out
}

/** A short text for a binary: "ELF x86-64 shared object (glibc)", "Mach-O arm64", ... */
export function describeBinary(b) {
  if (!b) return 'not a binary'
  if (b.format === 'elf') {
    const kind = b.interp
      ? 'executable'
      : b.type === 2
        ? 'static executable'
        : b.type === 3 && b.pie
          ? 'static-pie executable'
          : b.type === 3
            ? 'shared object'
            : `type ${b.type}`
    const libc = libcOf(b)
    return `ELF ${b.machineName} ${kind}${libc ? ` (${libc})` : ''}`
  }
  if (b.format === 'macho') return b.fat ? 'Mach-O universal' : `Mach-O ${b.cpu}`
  return b.format === 'pe' ? 'PE (Windows)' : b.format
}

/**
 * glibc, musl or static, from PT_INTERP and DT_NEEDED. `static` only for an executable with neither (a shared
 * object without DT_NEEDED, such as Dart's sass.snapshot, links no libc at all: undefined).
 */
export function libcOf(b) {
  if (!b || b.format !== 'elf') return undefined
  const names = [b.interp ?? '', ...(b.needed ?? [])]
  // musl's own soname is "libc.so" (its loader /lib/ld-musl-ARCH.so.1); glibc's is libc.so.6.
  if (names.some(n => n.includes('musl')) || (b.needed ?? []).includes('libc.so')) return 'musl'
  if (names.some(n => /^libc\.so\.6$|ld-linux/.test(n.split('/').pop()))) return 'glibc'
  if (!b.interp && !(b.needed ?? []).length && (b.type === 2 || b.pie)) return 'static'
  return undefined
}

/** Loader patterns worth knowing about, searched in the package's own JS. */
const HINTS = {
  'napi-rs loader': /NAPI_RS_NATIVE_LIBRARY_PATH|auto-generated by NAPI-RS/,
  'napi-rs wasi fallback': /NAPI_RS_FORCE_WASI|wasm32-wasi/,
  'node-gyp-build': /require\(["']node-gyp-build["']\)/,
  'node-gyp-build-optional-packages': /node-gyp-build-optional-packages/,
  'fallback require': /require\(["']\.\/fallback/,
  bindings: /require\(["']bindings["']\)/,
  'node-pre-gyp': /node-pre-gyp/,
  'prebuild-install': /prebuild-install/,
  'detect-libc': /detect-libc/,
  'reads /usr/bin/ldd': /\/usr\/bin\/ldd/,
  'runs ldd --version': /ldd --version/,
  'process.report glibcVersionRuntime': /glibcVersionRuntime/,
  '/etc/alpine-release': /alpine-release/,
  'process.dlopen': /process\.dlopen/,
  'node ABI in file names': /process\.versions\.modules|node-abi|getAbi\(/,
  'spawns an executable': /child_process["']\)[\s\S]{0,2000}(spawn|execFile)/,
  'GPU detection': /nvidia-smi|libcuda|vulkan|CUDA_VISIBLE_DEVICES/i,
  'x86-64-v2 check': /_isUsingX64V2|x64v2/i
}

function walkFiles(dir, rel = '', out = [], depth = 0) {
  let names
  try {
    names = readdirSync(join(dir, rel))
  } catch {
    return out
  }
  for (const n of names) {
    const r = rel ? `${rel}/${n}` : n
    if (n === 'node_modules' || depth > 12) continue
    let st
    try {
      st = lstatSync(join(dir, r))
    } catch {
      continue
    }
    if (st.isDirectory()) walkFiles(dir, r, out, depth + 1)
    else if (st.isFile()) out.push({ rel: r, size: st.size, mode: st.mode })
  }
  return out
}

const readJson = f => {
  try {
    return JSON.parse(readFileSync(f, 'utf8'))
  } catch {
    return null
  }
}

/** Where `name` resolves from `fromDir` (node's node_modules lookup, no exports): its directory or null. */
function resolvePackage(name, fromDir, stopAt) {
  for (let d = fromDir; d.startsWith(stopAt); d = dirname(d)) {
    const p = join(d, 'node_modules', name)
    try {
      if (statSync(join(p, 'package.json')).isFile()) return p
    } catch {
      /* not here */
    }
    if (d === stopAt) break
  }
  return null
}

const pick = (j, keys) => Object.fromEntries(keys.filter(k => j[k] !== undefined).map(k => [k, j[k]]))

/**
 * The facts of every package of `names` in `appDir` (the app: package.json and node_modules). Paths are relative to
 * appDir ("node_modules/@img/sharp-linux-x64/lib/sharp-linux-x64.node"), i.e. /app/<path> in the image.
 */
export function treeFacts(appDir, names) {
  const out = {}
  for (const name of names) {
    const dir = resolvePackage(name, appDir, appDir)
    if (!dir) {
      out[name] = { installed: false }
      continue
    }
    const j = readJson(join(dir, 'package.json')) ?? {}
    const f = {
      installed: true,
      version: j.version,
      ...pick(j, ['main', 'type', 'bin', 'binary', 'gypfile', 'os', 'cpu', 'libc', 'engines']),
      ...(j.exports ? { exports: JSON.stringify(j.exports).slice(0, 400) } : {}),
      ...(j.napi ? { napi: pick(j.napi, ['binaryName', 'name', 'packageName', 'targets', 'triples']) } : {}),
      scripts: pick(j.scripts ?? {}, ['preinstall', 'install', 'postinstall']),
      dependencies: Object.keys(j.dependencies ?? {}),
      optionalDependencies: Object.keys(j.optionalDependencies ?? {}),
      platformPackages: [],
      nativeFiles: [],
      hints: {}
    }
    // Breadth first over dependencies and optional dependencies: native files may live several packages down
    // (msgpackr → msgpackr-extract → @msgpackr-extract/msgpackr-extract-linux-x64).
    const seen = new Set([dir])
    const queue = [{ dir, name, json: j, via: [] }]
    while (queue.length) {
      const cur = queue.shift()
      const deps = { ...(cur.json.dependencies ?? {}), ...(cur.json.optionalDependencies ?? {}) }
      for (const dep of Object.keys(deps)) {
        const isOptional = dep in (cur.json.optionalDependencies ?? {})
        const ddir = resolvePackage(dep, cur.dir, appDir)
        const dj = ddir ? readJson(join(ddir, 'package.json')) : null
        // A platform package: an optional dependency, or any dependency that declares os/cpu/libc.
        if (isOptional || dj?.os || dj?.cpu || dj?.libc) {
          const cached = ddir ? null : manifestFromLock(appDir, dep)
          f.platformPackages.push({
            name: dep,
            of: cur.name,
            installed: !!ddir,
            ...(dj ? pick(dj, ['version', 'os', 'cpu', 'libc']) : (cached ?? {}))
          })
        }
        if (ddir && !seen.has(ddir) && seen.size < 400) {
          seen.add(ddir)
          queue.push({ dir: ddir, name: dep, json: dj ?? {}, via: [...cur.via, cur.name] })
        }
      }
      const files = walkFiles(cur.dir)
      let natives = 0
      for (const file of files) {
        if (file.size < 64) continue
        const abs = join(cur.dir, file.rel)
        const b = binaryInfo(abs)
        if (!b) continue
        natives++
        f.nativeFiles.push({
          path: relative(appDir, abs),
          package: cur.name,
          size: file.size,
          mode: (file.mode & 0o777).toString(8),
          what: describeBinary(b),
          ...(b.format === 'elf'
            ? pick(b, ['machineName', 'class', 'type', 'pie', 'interp', 'needed', 'runpath', 'rpath', 'soname'])
            : pick(b, ['format', 'cpu'])),
          ...(libcOf(b) ? { libc: libcOf(b) } : {})
        })
      }
      // The loader's JS: in the package itself, in a dependency holding native files, or one that has platform
      // packages of its own (msgpackr-extract, @sentry/node-cpu-profiler). Not in every dependency: @sentry/node
      // alone reaches hundreds of files that say nothing about native code.
      if (cur.dir === dir || natives || Object.keys(cur.json.optionalDependencies ?? {}).length)
        for (const file of files) {
          if (!/\.(c?js|mjs)$/.test(file.rel) || file.size > 4 << 20) continue
          const abs = join(cur.dir, file.rel)
          const text = readFileSync(abs, 'utf8')
          for (const [hint, re] of Object.entries(HINTS))
            if (re.test(text)) (f.hints[hint] ??= []).push(relative(appDir, abs))
        }
    }
    for (const k of Object.keys(f.hints)) if (f.hints[k].length > 6) f.hints[k] = [...f.hints[k].slice(0, 6), '…']
    out[name] = f
  }
  return out
}

/** os/cpu/libc of a package npm skipped, from the lockfile (npm records them for every optional platform package). */
const locks = new Map()
function manifestFromLock(appDir, name) {
  if (!locks.has(appDir)) locks.set(appDir, readJson(join(appDir, 'package-lock.json')))
  const lock = locks.get(appDir)
  const e = lock?.packages?.[`node_modules/${name}`]
  return e ? { ...pick(e, ['version', 'os', 'cpu', 'libc']), fromLock: true } : null
}
