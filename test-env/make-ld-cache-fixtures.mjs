#!/usr/bin/env node
/**
 * /etc/ld.so.cache files written by the real ldconfig over trees of real Debian 12 libraries, with what
 * `ldconfig -p` says of each, into __tests__/fixtures/ld-cache/ (small: a few hundred bytes each; committed):
 *   amd64-{new,compat,old}.cache  the host's ldconfig (x86-64): libattr1 and libacl1 of amd64, libattr1 of i386 (a
 *                                 second ABI in one cache), a second libacl.so.1 in /opt/vendor/lib (named by the
 *                                 conf file) and a libattr.so.1 in glibc-hwcaps/x86-64-v3 (a hwcap entry)
 *   s390x-{new,compat,old}.cache  s390x's own ldconfig (static) under QEMU: the same of s390x, a big-endian cache,
 *                                 its hwcap entry in glibc-hwcaps/z13
 *   <name>.txt                    `ldconfig -p -C <name>.cache` by the ldconfig that wrote it
 * `-c new` is the default since glibc 2.32; `compat` writes the old `ld.so-1.7.0` table first, `old` only that table
 * (glibc 2.36's ld.so still reads each of them: test-env/loader/README.md).
 *
 *   node test-env/make-ld-cache-fixtures.mjs      (as root: ldconfig -r chroots; needs qemu-s390x-static)
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { fetchDebs } from './loader/lib/apt.mjs'
import { log, run } from './loader/lib/util.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const out = join(here, '..', '__tests__', 'fixtures', 'ld-cache')
const tmp = mkdtempSync(join(tmpdir(), 'mv-ldcache-'))
const FORMATS = ['new', 'compat', 'old']

async function unpack(root, arch, pkgs) {
  const { paths } = await fetchDebs(arch, pkgs)
  for (const deb of paths) await run(['dpkg-deb', '-x', deb, root], { check: true })
}

/** The real file a library's soname link points at, in its multiarch directory. */
function realLib(root, tuple, prefix) {
  const dir = join(root, 'usr/lib', tuple)
  const name = readdirSync(dir).find(n => n.startsWith(prefix) && /\.so\.\d+\.\d+/.test(n))
  if (!name) throw new Error(`no ${prefix}* in ${dir}`)
  return join(dir, name)
}

/** One tree, three caches, three listings. `ldconfig` is argv: the host's, or the root's own under QEMU. */
async function caches(name, root, tuple, hwcap, ldconfig, list) {
  mkdirSync(join(root, 'opt/vendor/lib'), { recursive: true })
  copyFileSync(realLib(root, tuple, 'libacl.so.1'), join(root, 'opt/vendor/lib/libacl.so.1'))
  mkdirSync(join(root, 'usr/lib', tuple, 'glibc-hwcaps', hwcap), { recursive: true })
  copyFileSync(
    realLib(root, tuple, 'libattr.so.1'),
    join(root, 'usr/lib', tuple, 'glibc-hwcaps', hwcap, 'libattr.so.1')
  )
  mkdirSync(join(root, 'etc'), { recursive: true })
  const dirs = ['/opt/vendor/lib', `/usr/lib/${tuple}`, ...(name === 'amd64' ? ['/usr/lib/i386-linux-gnu'] : [])]
  writeFileSync(join(root, 'etc/ld.so.conf'), dirs.join('\n') + '\n')
  for (const format of FORMATS) {
    const inRoot = `/etc/ld.so.cache.${format}`
    await run([...ldconfig, '-X', '-c', format, '-C', inRoot, '-f', '/etc/ld.so.conf', '-r', root], { check: true })
    copyFileSync(join(root, inRoot), join(out, `${name}-${format}.cache`))
    const p = await list(inRoot)
    if (p.exit !== 0) throw new Error(`${name} ${format}: ldconfig -p exited ${p.exit}: ${p.stderr}`)
    // The first line names the file it read: the fixture's name, not the temporary path.
    writeFileSync(join(out, `${name}-${format}.txt`), p.stdout.replace(/`[^']*'/, `\`${name}-${format}.cache'`))
    log(`${name}-${format}.cache`)
  }
}

try {
  mkdirSync(out, { recursive: true })
  const amd64 = join(tmp, 'amd64')
  await unpack(amd64, 'amd64', ['libattr1', 'libacl1'])
  await unpack(amd64, 'i386', ['libattr1'])
  await caches('amd64', amd64, 'x86_64-linux-gnu', 'x86-64-v3', ['ldconfig'], file =>
    run(['ldconfig', '-p', '-C', join(amd64, file)])
  )
  const s390x = join(tmp, 's390x')
  await unpack(s390x, 's390x', ['libattr1', 'libacl1', 'libc-bin'])
  const own = ['qemu-s390x-static', join(s390x, 'sbin/ldconfig')]
  await caches('s390x', s390x, 's390x-linux-gnu', 'z13', own, file => run([...own, '-p', '-C', join(s390x, file)]))
  log(
    `${readdirSync(out).length} files in ${out}; sizes: ${readdirSync(out)
      .map(f => readFileSync(join(out, f)).length)
      .join(' ')}`
  )
} finally {
  await run(['rm', '-rf', tmp])
}
