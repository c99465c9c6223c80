import { describeElfMachine, elfArchitecture, elfMatchesPlatform, expectedElf } from '../binary/arch.js'
import type { ElfFacts } from '../binary/elf.js'
import { posix } from 'node:path'
import type { BinaryFacts, Ecosystem, PackageRef, PlatformFacts } from '../inspect/facts.js'
import { FILES_OS, osFamily } from '../inspect/os.js'
import { exclusionOf, isLibraryName, roleOf, ROLE_NAME, ROLE_SEVERITY, type Role } from '../inspect/role.js'
import { formatPlatform } from '../platform.js'
import { article } from '../text.js'
import { ARCH_HINT, WINDOWS_ARCH_HINT } from './fixes.js'
import { peVerdict } from './pe.js'
import { code, platformRule, type Draft } from './types.js'

export { ARCH_HINT } from './fixes.js'

function describe(elf: ElfFacts): string {
  return `${describeElfMachine(elf)} (${elf.bits}-bit, ${elf.endian === 'little' ? 'LSB' : 'MSB'})`
}

/** The fix for a runtime installed for another platform, by what installed it. */
const PACKAGE_HINT: Partial<Record<Ecosystem, string>> = {
  jdk:
    "Install the Java runtime for the target platform: with the final stage's package manager (`apt-get install " +
    'openjdk-17-jre-headless` in a stage that runs on the target platform), or from a base image for the target ' +
    '(`FROM eclipse-temurin:17-jre`, which buildx pulls per platform). When copying a JDK from another stage (`COPY ' +
    '--from=jdk /opt/java/openjdk /opt/java/openjdk`), that stage must not be `--platform=$BUILDPLATFORM`.'
}

const KIND: Record<Ecosystem, string> = {
  jdk: 'The Java runtime',
  npm: 'The npm package',
  python: 'The Python package',
  gem: 'The gem',
  jar: 'The jar'
}

/**
 * A package's foreign programs, as one finding: a JDK copied from another platform is one mistake, not one per
 * launcher. Its severity is that of its most exposed program (the entrypoint, one on PATH).
 */
function packageDraft(
  p: PlatformFacts,
  pkg: PackageRef,
  files: Array<{ path: string; elf: ElfFacts; role: Role }>
): Draft {
  const plat = formatPlatform(p.platform)
  const machines = [...new Set(files.map(f => describe(f.elf)))].join(', ')
  const worst =
    files.find(f => f.role === 'entrypoint') ?? files.find(f => f.role === 'path') ?? (files[0] as (typeof files)[0])
  const names = files.slice(0, 4).map(f => code(posix.basename(f.path)))
  const more = files.length > 4 ? `, … ${files.length} in all` : ''
  const entry = worst.role === 'entrypoint' ? ` The entrypoint ${code(worst.path)} is one of them.` : ''
  return {
    severity: ROLE_SEVERITY[worst.role],
    path: worst.path,
    message:
      `${KIND[pkg.ecosystem]} ${code(pkg.path)} is ${article(machines)} build, but this image is ${plat}: its programs ` +
      `(${names.join(', ')}${more}) fail with \`exec format error\` on ${article(p.platform.architecture)} host.${entry} ` +
      'It may still run on a machine with QEMU binfmt handlers installed, as on many CI runners.',
    ...(PACKAGE_HINT[pkg.ecosystem] ? { hint: PACKAGE_HINT[pkg.ecosystem] } : {}),
    evidence: {
      package: pkg.name,
      packagePath: pkg.path,
      programs: files.length,
      elfMachine: files[0]?.elf.machine ?? 0
    }
  }
}

/** ELF programs of Linux and other ELF systems: machine, class and byte order against the platform's. */
function elfDrafts(p: PlatformFacts): Draft[] {
  const out: Draft[] = []
  const ep = p.entrypoint?.resolved ? p.entrypoint : undefined
  const packaged = new Map<string, { pkg: PackageRef; files: Array<{ path: string; elf: ElfFacts; role: Role }> }>()
  const judge = (path: string, elf: ElfFacts, role: Role, pkg: PackageRef | undefined): void => {
    if (pkg) {
      const group = packaged.get(pkg.path) ?? { pkg, files: [] }
      group.files.push({ path, elf, role })
      packaged.set(pkg.path, group)
      return
    }
    const plat = formatPlatform(p.platform)
    const found = elfArchitecture(elf)
    const expected = expectedElf(p.platform)
    out.push({
      severity: ROLE_SEVERITY[role],
      path,
      message:
        `${ROLE_NAME[role]} ${code(path)} is ${article(describe(elf))} ELF, but this image is ${plat}. On ${article(p.platform.architecture)} host it fails ` +
        'with `exec format error`. It may still run on a machine with QEMU binfmt handlers installed, as on many CI ' +
        'runners, which is how this slips through.',
      evidence: {
        elfMachine: elf.machine,
        elfClass: elf.bits,
        elfData: elf.endian,
        ...(found ? { elfArchitecture: found } : {}),
        ...(expected ? { expectedMachine: expected.machine } : {})
      }
    })
  }
  if (ep && ep.binary.format === 'elf' && !elfMatchesPlatform(ep.binary, p.platform)) {
    judge(ep.resolvedPath, ep.binary, 'entrypoint', p.executables.find(f => f.path === ep.resolvedPath)?.package)
  }
  for (const f of p.executables) {
    if (f.binary.format !== 'elf' || f.path === ep?.resolvedPath) continue
    if (elfMatchesPlatform(f.binary, p.platform) || exclusionOf(f, f.binary)) continue
    // Libraries and native modules are loaded, not run: what loads them says what fails (library-missing,
    // native-module-mismatch).
    if (f.module || isLibraryName(f.path)) continue
    judge(f.path, f.binary, roleOf(p, f.path), f.package)
  }
  for (const { pkg, files } of packaged.values()) out.push(packageDraft(p, pkg, files))
  return out
}

const WINDOWS_FAILS: Record<'no' | 'bad-class', string> = {
  no: 'Windows cannot start it ("The image file … is valid, but is for a machine type other than the current machine")',
  'bad-class':
    'its PE32/PE32+ class does not fit its machine, so no Windows starts it ("not a valid Win32 application")'
}

/** PE programs of a Windows image: the code they hold against what Windows on the platform's architecture runs. */
function windowsDrafts(p: PlatformFacts): Draft[] {
  const out: Draft[] = []
  const plat = formatPlatform(p.platform)
  for (const f of p.executables) {
    if (f.binary.format !== 'pe') continue
    const v = peVerdict(p, f, f.binary)
    if (!v || v.runs === 'native' || v.runs === 'wow64') continue
    const role = roleOf(p, f.path)
    const what = `${ROLE_NAME[role]} ${code(f.path)} is ${article(v.machine)} Windows program (PE${f.binary.bits === 64 ? '32+' : '32'})`
    const evidence = {
      peMachine: `0x${f.binary.machine.toString(16)}`,
      ...(f.binary.bits ? { peClass: f.binary.bits } : {}),
      ...(v.code ? { peArchitecture: v.code } : {})
    }
    if (v.runs === 'emulated') {
      // Windows on Arm ships x86 and x64 code of its own for its emulation (SysWOW64, the .NET Framework).
      if (/^C:\\Windows\\/i.test(f.path)) continue
      out.push({
        severity: 'warning',
        path: f.path,
        message: `${what}, but this image is ${plat}. Windows on Arm runs it only through its x86/x64 emulation, slower, and only on versions that have it (Windows 11, Windows Server 2025).`,
        hint: WINDOWS_ARCH_HINT,
        evidence
      })
      continue
    }
    const wow = v.code === '386' && p.platform.architecture === 'amd64'
    out.push({
      severity: ROLE_SEVERITY[role],
      path: f.path,
      message:
        `${what}, but this image is ${plat}: ${WINDOWS_FAILS[v.runs]}.` +
        (wow
          ? ' This image has no WoW64 (C:\\Windows\\SysWOW64), which runs 32-bit x86 programs: Nano Server has none.'
          : ''),
      hint: wow
        ? `${WINDOWS_ARCH_HINT}\n\nOr base the image on Server Core, whose WoW64 runs 32-bit x86 programs.`
        : WINDOWS_ARCH_HINT,
      evidence
    })
  }
  return out
}

const FORMAT: Partial<Record<BinaryFacts['format'], string>> = {
  elf: 'an ELF program (Linux and other Unix systems)',
  pe: 'a Windows program (PE)',
  macho: 'a macOS program (Mach-O)',
  wasm: 'a WebAssembly module',
  script: 'a `#!` script'
}

/** An entrypoint in another system's format: a Windows program in a Linux image, an ELF file in a Windows image. */
function formatDraft(p: PlatformFacts): Draft[] {
  const ep = p.entrypoint?.resolved ? p.entrypoint : undefined
  const family = osFamily(p.platform)
  if (!ep) return []
  const targets = [ep, ...(ep.inner?.resolved ? [ep.inner] : [])]
  const out: Draft[] = []
  for (const t of targets) {
    if (!t.resolved) continue
    const f = t.binary.format
    const foreign =
      family === 'windows'
        ? f === 'elf' || f === 'macho' || f === 'wasm' || f === 'script'
        : family === 'wasm'
          ? f === 'elf' || f === 'pe' || f === 'macho' || f === 'script'
          : f === 'pe' || (f === 'macho' && p.platform.os !== 'darwin')
    if (!foreign || !FORMAT[f]) continue
    const plat = formatPlatform(p.platform)
    const fails =
      family === 'windows'
        ? 'Windows cannot start it ("not a valid Win32 application")'
        : family === 'wasm'
          ? 'a WebAssembly runtime cannot start it'
          : 'the kernel cannot start it (`exec format error`)'
    out.push({
      path: t.resolvedPath,
      message: `The entrypoint ${code(t.resolvedPath)} is ${FORMAT[f]}, but this image is ${plat}: ${fails}.`,
      hint:
        family === 'windows'
          ? WINDOWS_ARCH_HINT
          : family === 'wasm'
            ? 'Point the entrypoint at the `.wasm` module the build makes (`GOOS=wasip1 GOARCH=wasm`, `--target wasm32-wasip1`).'
            : ARCH_HINT,
      evidence: { format: f }
    })
  }
  return out
}

/** A program's machine is not the platform's: ELF machine, class and byte order; PE machine; a foreign format. */
export const binaryArchMismatch = platformRule({
  id: 'binary-arch-mismatch',
  defaultSeverity: 'error',
  os: FILES_OS,
  description:
    "A program's ELF machine, class or byte order (or a Windows program's PE machine) is not the platform's, or the entrypoint is another system's format: error for the entrypoint and PATH directories, warning elsewhere (libraries and native modules are judged by what loads them).",
  help: ARCH_HINT,
  each(p) {
    const family = osFamily(p.platform)
    if (family === 'windows') return [...formatDraft(p), ...windowsDrafts(p)]
    if (family === 'wasm') return formatDraft(p)
    return [...formatDraft(p), ...elfDrafts(p)]
  }
})
