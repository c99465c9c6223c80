#!/usr/bin/env node
/**
 * Records where each architecture's real musl loader (Debian's musl package) finds a library by itself, into
 * test-env/loader/musl-path/<arch>.txt: its usage text (which names its LDSO_ARCH), then `LOADER --list` of a real
 * library (libselinux.so.1, which needs libpcre2-8.so.0) with libpcre2-8.so.0 placed in some of /lib,
 * /usr/local/lib and /usr/lib (a root that is not merged-/usr, so the three differ), first without
 * /etc/ld-musl-ARCH.path, then with the one the package ships. Run in a chroot, under QEMU for foreign
 * architectures. loader-definitions.test.ts builds the same images for the model and compares.
 *
 *   node test-env/loader/record-musl-path.mjs [--out test-env/loader/musl-path] [--arches a,b]
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { ARCHES } from './lib/arches.mjs'
import { fetchDebs } from './lib/apt.mjs'
import { inChroot, log, run } from './lib/util.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const { values: args } = parseArgs({
  options: { out: { type: 'string', default: join(here, 'musl-path') }, arches: { type: 'string' } }
})
// Debian 12's architectures. riscv64 (trixie only) is left out: trixie's musl is merged-/usr, its loader only under
// /usr/lib, and a root with /lib -> usr/lib cannot tell /lib from /usr/lib.
const arches = args.arches ? args.arches.split(',') : Object.keys(ARCHES).filter(a => !ARCHES[a].trixieOnly)
const NATIVE = new Set(['amd64', 'i386'])
const PLACEMENTS = [['/lib', '/usr/local/lib', '/usr/lib'], ['/usr/local/lib', '/usr/lib'], ['/usr/lib'], []]
const tmp = mkdtempSync(join(tmpdir(), 'mv-musl-'))

/** The first regular file named `name` under `dir`. */
function find(dir, name) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name)
    if (e.isDirectory()) {
      const f = find(p, name)
      if (f) return f
    } else if (e.name === name) return p
  }
  return undefined
}

async function record(arch) {
  const { paths } = await fetchDebs(arch, ['musl', 'libselinux1', 'libpcre2-8-0'])
  const root = join(tmp, arch)
  mkdirSync(root, { recursive: true })
  for (const deb of paths) await run(['dpkg-deb', '-x', deb, root], { check: true })
  const loader = readdirSync(join(root, 'lib')).find(n => /^ld-musl-.*\.so\.1$/.test(n))
  if (!loader) throw new Error(`${arch}: no /lib/ld-musl-*.so.1 in the musl package`)
  const ldso = `/lib/${loader}`
  const pathFile = `/etc/${loader.replace(/\.so\.1$/, '.path')}`
  const shipped = existsSync(join(root, pathFile)) ? readFileSync(join(root, pathFile), 'utf8') : undefined
  const pcre = find(root, 'libpcre2-8.so.0')
  const selinux = find(root, 'libselinux.so.1')
  if (!pcre || !selinux) throw new Error(`${arch}: libpcre2-8.so.0 or libselinux.so.1 not unpacked`)
  mkdirSync(join(root, 'probe'), { recursive: true })
  copyFileSync(selinux, join(root, 'probe/libselinux.so.1'))
  const pcreBytes = readFileSync(pcre)
  for (const d of ['/lib', '/usr/local/lib', '/usr/lib']) mkdirSync(join(root, d), { recursive: true })
  const usage = await inChroot(root, [ldso])
  const version = /Version (\S+)/.exec(usage.stderr + usage.stdout)?.[1] ?? '?'
  let out =
    `# ${ldso}, Debian musl:${arch} (Version ${version}), ${NATIVE.has(arch) ? 'run natively on an x86-64 host' : 'run under QEMU user mode'}\n` +
    `$ ${ldso}   (exit ${usage.exit})\n${usage.stdout}${usage.stderr}`
  const probe = async (placement, withPathFile) => {
    for (const d of ['/lib', '/usr/local/lib', '/usr/lib']) rmSync(join(root, d, 'libpcre2-8.so.0'), { force: true })
    for (const d of placement) writeFileSync(join(root, d, 'libpcre2-8.so.0'), pcreBytes)
    if (!withPathFile) rmSync(join(root, pathFile), { force: true })
    else if (shipped !== undefined) writeFileSync(join(root, pathFile), shipped)
    const r = await inChroot(root, [ldso, '--list', '/probe/libselinux.so.1'])
    // What it found or could not find; the load address (varies) and relocation errors (glibc's symbols) left out.
    const lines = `${r.stdout}${r.stderr}`
      .split('\n')
      .filter(l => /libpcre2-8\.so\.0 =>|Error loading shared library libpcre2-8\.so\.0/.test(l))
      .map(l => l.replace(/ \(0x[0-9a-f]+\)$/, ''))
    const file = withPathFile ? `${pathFile} as shipped: ${JSON.stringify(shipped ?? null)}` : `no ${pathFile}`
    return `\n## ${file}; libpcre2-8.so.0 placed in: ${placement.join(' ') || '(nowhere)'}\n${lines.join('\n')}\n`
  }
  for (const p of PLACEMENTS) out += await probe(p, false)
  out += await probe(['/usr/lib'], true)
  mkdirSync(args.out, { recursive: true })
  writeFileSync(join(args.out, `${arch}.txt`), out)
  log(join(args.out, `${arch}.txt`))
  await run(['rm', '-rf', root])
}

try {
  const failed = []
  for (const arch of arches) {
    try {
      await record(arch)
    } catch (e) {
      log(`${arch}: ${e.message.split('\n').slice(-3).join(' ')}`)
      failed.push(arch)
    }
  }
  if (failed.length) {
    log(`not recorded: ${failed.join(', ')}`)
    process.exitCode = 1
  }
} finally {
  await run(['rm', '-rf', tmp])
}
