#!/usr/bin/env node
/**
 * Records `ld.so --help` and `ld.so --version` of every architecture's real glibc loader, run under QEMU in a
 * chroot of just libc6 + libc-bin, into test-env/loader/ld-so-help/:
 *   <arch>.txt         Debian 12 (bookworm, glibc 2.36): amd64 arm64 armhf armel i386 ppc64el s390x mips64el
 *   trixie/<arch>.txt  Debian 13 (trixie, glibc 2.41): the same where trixie has the architecture, and riscv64
 *   biarch/<arch>.txt  Debian 12's biarch loaders, built into /lib32 and /lib64 rather than the multiarch directory:
 *                      libc6-i386 of amd64 (i386.txt), libc6-amd64 of i386 (amd64.txt); both run natively
 *   quoting-glibc-2.41.txt  how glibc 2.41 words a missing symbol version (trixie's loader and re2c, bookworm's
 *                           libstdc++), next to glibc 2.36's words recorded in the oracle
 * The "Shared library search path" section is where the resolver takes each architecture's system directories
 * from. The hwcaps lines ("supported, searched") describe the CPU QEMU emulates, not real hardware.
 *
 *   node test-env/loader/record-ld-so-help.mjs [--out test-env/loader/ld-so-help] [--arches a,b] [--biarch]
 * --biarch records only the biarch loaders.
 */
import { lstatSync, mkdirSync, mkdtempSync, readlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, posix } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { ARCHES } from './lib/arches.mjs'
import { fetchDebs } from './lib/apt.mjs'
import { buildRootfs } from './lib/rootfs.mjs'
import { inChroot, log, run } from './lib/util.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const { values: args } = parseArgs({
  options: {
    out: { type: 'string', default: join(here, 'ld-so-help') },
    arches: { type: 'string' },
    biarch: { type: 'boolean', default: false }
  }
})
const arches = args.arches ? args.arches.split(',') : Object.keys(ARCHES)
const NO_TRIXIE = new Set(['mips64el'])
// An x86-64 kernel runs i386 programs itself: no binfmt handler, no QEMU.
const NATIVE = new Set(['amd64', 'i386'])
const tmp = mkdtempSync(join(tmpdir(), 'mv-ldso-'))

async function record(arch, suite) {
  const a = ARCHES[arch]
  const suffix = suite === 'trixie' ? '/trixie' : ''
  const specs = [`libc6${suffix}`, `libc-bin${suffix}`]
  let paths
  try {
    ;({ paths } = await fetchDebs(arch, specs))
  } catch (e) {
    if (suite !== 'trixie') throw e
    log(
      `${arch} trixie: the host's lists are behind the mirror (${e.message.split('\n').pop().slice(0, 120)}); a private trixie state`
    )
    ;({ paths } = await fetchDebs(arch, ['libc6', 'libc-bin'], { trixieState: true }))
  }
  const root = join(tmp, `${arch}-${suite}`)
  await buildRootfs(paths, root, { runLdconfig: false })
  await inChroot(root, ['/sbin/ldconfig'])
  const help = await inChroot(root, [a.loader, '--help'])
  const version = await inChroot(root, [a.loader, '--version'])
  if (help.exit !== 0) throw new Error(`${arch} ${suite}: ${a.loader} --help exited ${help.exit}: ${help.stderr}`)
  const file = join(args.out, suite === 'trixie' ? 'trixie' : '', `${arch}.txt`)
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(
    file,
    `# ${a.loader} --help, Debian ${suite} libc6:${arch} (${version.stdout.split('\n')[0]}), ${NATIVE.has(arch) ? 'run natively on an x86-64 host' : 'run under QEMU user mode'}\n` +
      help.stdout
  )
  log(`${file}`)
  await run(['rm', '-rf', root])
}

/** Where `path` leads inside `root`, its symbolic links followed as the chroot would follow them. */
function realInRoot(root, path, depth = 0) {
  const parts = posix.normalize(path).split('/').filter(Boolean)
  let cur = ''
  for (const [i, part] of parts.entries()) {
    const next = `${cur}/${part}`
    if (depth < 40 && lstatSync(join(root, next), { throwIfNoEntry: false })?.isSymbolicLink()) {
      const target = readlinkSync(join(root, next))
      const rest = parts.slice(i + 1).join('/')
      return realInRoot(root, `${target.startsWith('/') ? target : `${cur}/${target}`}/${rest}`, depth + 1)
    }
    cur = next
  }
  return cur
}

/**
 * A biarch loader: the package of `host`'s archive that builds `arch`'s glibc into /lib32 or /lib64, with its real
 * file where the package puts it (the header says where: that is what tells this build from the multiarch one).
 */
async function recordBiarch(arch, host, pkg) {
  const { paths } = await fetchDebs(host, [pkg])
  const root = join(tmp, `biarch-${arch}`)
  await buildRootfs(paths, root, { runLdconfig: false })
  const a = ARCHES[arch]
  const help = await inChroot(root, [a.loader, '--help'])
  const version = await inChroot(root, [a.loader, '--version'])
  if (help.exit !== 0) throw new Error(`${pkg}:${host}: ${a.loader} --help exited ${help.exit}: ${help.stderr}`)
  const file = join(args.out, 'biarch', `${arch}.txt`)
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(
    file,
    `# ${a.loader} --help, Debian bookworm ${pkg}:${host} (${version.stdout.split('\n')[0]}), real file ${realInRoot(root, a.loader)}, run natively on an x86-64 host\n` +
      help.stdout
  )
  log(file)
  await run(['rm', '-rf', root])
}

/** glibc 2.41's own words for a missing version: trixie's libc6 and re2c, bookworm's libstdc++6 (GLIBCXX_3.4.30). */
async function quoting() {
  const t = await fetchDebs('amd64', ['libc6/trixie', 'libc-bin/trixie', 're2c/trixie', 'libgcc-s1/trixie'])
  const b = await fetchDebs('amd64', ['libstdc++6'])
  const root = join(tmp, 'quoting')
  await buildRootfs([...t.paths, ...b.paths], root)
  const loader = ARCHES.amd64.loader
  const list = await inChroot(root, [loader, '--list', '/usr/bin/re2c'])
  const exec = await inChroot(root, ['/usr/bin/re2c', '--version'])
  const version = await inChroot(root, [loader, '--version'])
  writeFileSync(
    join(args.out, 'quoting-glibc-2.41.txt'),
    `# trixie amd64 userland (${version.stdout.split('\n')[0]}) with bookworm's libstdc++6; trixie's re2c needs GLIBCXX_3.4.32\n` +
      `$ ${loader} --list /usr/bin/re2c   (exit ${list.exit})\n${list.stdout}${list.stderr}` +
      `$ /usr/bin/re2c --version   (exit ${exec.exit})\n${exec.stdout}${exec.stderr}`
  )
  await run(['rm', '-rf', root])
}

try {
  mkdirSync(args.out, { recursive: true })
  const failed = []
  const attempt = async (what, fn) => {
    try {
      await fn()
    } catch (e) {
      log(`${what}: ${e.message.split('\n').slice(-3).join(' ')}`)
      failed.push(what)
    }
  }
  if (args.biarch || !args.arches) {
    await attempt('biarch i386', () => recordBiarch('i386', 'amd64', 'libc6-i386'))
    await attempt('biarch amd64', () => recordBiarch('amd64', 'i386', 'libc6-amd64'))
  }
  for (const arch of args.biarch ? [] : arches) {
    if (!ARCHES[arch].trixieOnly) await attempt(`${arch} bookworm`, () => record(arch, 'bookworm'))
    if (!NO_TRIXIE.has(arch)) await attempt(`${arch} trixie`, () => record(arch, 'trixie'))
  }
  if (!args.arches && !args.biarch) await attempt('quoting', quoting)
  if (failed.length) {
    log(`not recorded: ${failed.join(', ')}`)
    process.exitCode = 1
  }
} finally {
  await run(['rm', '-rf', tmp])
}
