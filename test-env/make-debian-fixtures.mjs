#!/usr/bin/env node
/**
 * Real Debian programs and libraries for the loading rules' unit tests, with what the real loader said of them, into
 * __tests__/fixtures/debian/<arch>/ (amd64, arm64; about 90 KB and 200 KB, committed):
 *   uuidgen-2.38   bookworm's /usr/bin/uuidgen (uuid-runtime 2.38): needs libuuid.so.1 and libc.so.6
 *   uuidgen-2.41   trixie's: also needs GLIBC_2.38 and UUID_2.41, which bookworm's libc and libuuid lack
 *   libuuid.so.1   bookworm's /usr/lib/TUPLE/libuuid.so.1.3.0 (libuuid1 2.38), its .gnu.version_d real
 *   libc6.json     bookworm's loader and libc.so.6 (libc6 2.36) as readelf shows them (soname, PT_INTERP,
 *                  DT_NEEDED, version definitions and needs): at 2 MB, libc.so.6 is not committed, only what the
 *                  loader model reads of it, read by another reader than the tool's
 *   oracle.txt     the real loader in a chroot of libc6 + libuuid1 as dpkg unpacks them (no cache), natively or
 *                  under QEMU: uuidgen-2.38 as /usr/bin/uuidgen (runs), uuidgen-2.41 there, libuuid removed, and
 *                  the other architecture's libuuid in its place; each with its exit status and stderr
 *
 *   node test-env/make-debian-fixtures.mjs      (as root: chroot; binfmt handlers for QEMU)
 */
import { copyFileSync, mkdirSync, mkdtempSync, readlinkSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { fetchDebs } from './loader/lib/apt.mjs'
import { inChroot, log, run } from './loader/lib/util.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const out = join(here, '..', '__tests__', 'fixtures', 'debian')
const tmp = mkdtempSync(join(tmpdir(), 'mv-debian-'))
const ARCHES = {
  amd64: { tuple: 'x86_64-linux-gnu', loader: '/lib64/ld-linux-x86-64.so.2', native: true },
  arm64: { tuple: 'aarch64-linux-gnu', loader: '/lib/ld-linux-aarch64.so.1', native: false }
}

async function unpack(dir, arch, specs) {
  const { paths } = await fetchDebs(arch, specs)
  for (const deb of paths) await run(['dpkg-deb', '-x', deb, dir], { check: true })
}

/** What readelf shows of an ELF file: soname, interpreter, needed libraries, version definitions and needs. */
async function readelf(file) {
  const r = await run(['readelf', '--wide', '-l', '-d', '-V', file], { check: true })
  const text = r.stdout
  const facts = {
    soname: /\(SONAME\)\s+Library soname: \[([^\]]+)\]/.exec(text)?.[1],
    interpreter: /\[Requesting program interpreter: ([^\]]+)\]/.exec(text)?.[1],
    needed: [...text.matchAll(/\(NEEDED\)\s+Shared library: \[([^\]]+)\]/g)].map(m => m[1]),
    versionDefs: [],
    versionNeeds: []
  }
  const defs = /Version definition section[^\n]*\n([\s\S]*?)(?:\n\n|$)/.exec(text)?.[1] ?? ''
  for (const m of defs.matchAll(/Rev: \d+\s+Flags: [^\n]*?Index: \d+\s+Cnt: \d+\s+Name: (\S+)/g))
    facts.versionDefs.push(m[1])
  const needs = /Version needs section[^\n]*\n([\s\S]*?)(?:\n\n|$)/.exec(text)?.[1] ?? ''
  for (const line of needs.split('\n')) {
    const file = /File: (\S+)/.exec(line)?.[1]
    if (file) facts.versionNeeds.push({ file, versions: [] })
    const v = /Name: (\S+)\s+Flags: (\S+)/.exec(line)
    if (v) facts.versionNeeds.at(-1)?.versions.push({ name: v[1], weak: v[2].includes('WEAK') })
  }
  return facts
}

/** Runs /usr/bin/uuidgen in the chroot: what the real loader makes of it. */
async function probe(root, title) {
  const r = await inChroot(root, ['/usr/bin/uuidgen'])
  // A uuid differs each run: only whether one was printed is kept.
  const stdout = /^[0-9a-f-]{36}$/.test(r.stdout.trim()) ? '(a uuid)\n' : r.stdout
  return `## ${title}\n$ /usr/bin/uuidgen   (exit ${r.exit})\n${stdout}${r.stderr}`
}

async function fixtures(arch, other) {
  const a = ARCHES[arch]
  const dest = join(out, arch)
  mkdirSync(dest, { recursive: true })
  const bookworm = join(tmp, `${arch}-bookworm`)
  await unpack(bookworm, arch, ['libc6', 'libuuid1', 'uuid-runtime'])
  const trixie = join(tmp, `${arch}-trixie`)
  await unpack(trixie, arch, ['uuid-runtime/trixie'])
  const foreign = join(tmp, `${other}-libuuid`)
  await unpack(foreign, other, ['libuuid1'])
  const libdir = `usr/lib/${a.tuple}`
  const libuuid = join(bookworm, libdir, readlinkSync(join(bookworm, libdir, 'libuuid.so.1')))
  copyFileSync(join(bookworm, 'usr/bin/uuidgen'), join(dest, 'uuidgen-2.38'))
  copyFileSync(join(trixie, 'usr/bin/uuidgen'), join(dest, 'uuidgen-2.41'))
  copyFileSync(libuuid, join(dest, 'libuuid.so.1'))
  const interp = readlinkSync(join(bookworm, a.loader))
  const ld = interp.startsWith('/') ? join(bookworm, interp) : join(dirname(join(bookworm, a.loader)), interp)
  const libc6 = {
    package: `libc6 2.36 (${arch}), as dpkg unpacks it`,
    links: { [a.loader]: interp },
    files: {
      [`/lib/${a.tuple}/${interp.split('/').pop()}`]: await readelf(ld),
      [`/lib/${a.tuple}/libc.so.6`]: await readelf(join(bookworm, 'lib', a.tuple, 'libc.so.6'))
    }
  }
  writeFileSync(join(dest, 'libc6.json'), JSON.stringify(libc6, null, 2) + '\n')
  // The chroot: libc6 and libuuid1 as unpacked (/lib/TUPLE, /usr/lib/TUPLE), no ld.so.cache.
  rmSync(join(bookworm, 'etc/ld.so.cache'), { force: true })
  const put = from => copyFileSync(from, join(bookworm, 'usr/bin/uuidgen'))
  let oracle = `# the real loader of libc6 2.36 (${arch}), ${a.native ? 'natively' : 'under QEMU user mode'}, in a chroot of libc6 + libuuid1 2.38 (no ld.so.cache)\n`
  put(join(dest, 'uuidgen-2.38'))
  oracle += await probe(bookworm, "bookworm's uuidgen")
  put(join(dest, 'uuidgen-2.41'))
  oracle += await probe(bookworm, "trixie's uuidgen (uuidgen-2.41)")
  put(join(dest, 'uuidgen-2.38'))
  const link = join(bookworm, libdir, 'libuuid.so.1')
  rmSync(libuuid)
  oracle += await probe(bookworm, "bookworm's uuidgen, libuuid.so.1's file removed")
  copyFileSync(
    join(
      foreign,
      `usr/lib/${ARCHES[other].tuple}`,
      readlinkSync(join(foreign, `usr/lib/${ARCHES[other].tuple}/libuuid.so.1`))
    ),
    libuuid
  )
  oracle += await probe(bookworm, `bookworm's uuidgen, ${other}'s libuuid.so.1 in its place`)
  writeFileSync(join(dest, 'oracle.txt'), oracle)
  log(`${dest}: ${readlinkSync(link)}`)
}

try {
  await fixtures('amd64', 'arm64')
  await fixtures('arm64', 'amd64')
} finally {
  await run(['rm', '-rf', tmp])
}
