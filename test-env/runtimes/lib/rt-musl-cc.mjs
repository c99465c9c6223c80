/**
 * Compilers for the test programs: musl-gcc as Debian's musl-dev makes it (the host's GNU cross gcc with the
 * package's own musl-gcc.specs), for amd64 and arm64 alike, from the target's musl-dev .deb unpacked into a sysroot
 * whose paths are written into a copy of the specs; and the host's GNU gcc for glibc programs. Python headers come
 * from the target's libpython3.11-dev .deb (pyconfig.h differs per architecture).
 *
 * Host packages: gcc (amd64), gcc-aarch64-linux-gnu and libc6-dev-arm64-cross (arm64);
 * test-env/install-toolchains.sh installs them.
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { fetchDebs } from '../../loader/lib/apt.mjs'
import { unpackDeb } from '../../loader/lib/rootfs.mjs'
import { run } from '../../loader/lib/util.mjs'
import { once } from './rt-base.mjs'

export const C_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'c')

/** GNU target of each architecture's host cross compiler, and musl's name for the architecture. */
const TARGETS = {
  amd64: { gnu: 'x86_64-linux-gnu', musl: 'x86_64-linux-musl', ldso: 'x86_64' },
  arm64: { gnu: 'aarch64-linux-gnu', musl: 'aarch64-linux-musl', ldso: 'aarch64' }
}

export const muslArch = arch => TARGETS[arch].ldso

async function need(cmd, pkg) {
  const r = await run(['sh', '-c', 'command -v "$1"', 'sh', cmd])
  if (r.exit !== 0) throw new Error(`${cmd} is missing: apt-get install ${pkg} (or run test-env/install-toolchains.sh)`)
}

/** { cc(args), gnuCc(args), sysroot } for `arch`, once per run. */
export function toolchain(ctx) {
  return once(ctx, `cc ${ctx.arch}`, async () => {
    const t = TARGETS[ctx.arch]
    if (!t) throw new Error(`no musl toolchain for ${ctx.arch}`)
    const gcc = `${t.gnu}-gcc`
    await need(gcc, ctx.arch === 'amd64' ? 'gcc' : `gcc-${t.gnu} libc6-dev-${ctx.arch}-cross`)
    const sysroot = join(ctx.work, `musl-sysroot-${ctx.arch}`)
    const { paths } = await fetchDebs(ctx.arch, ['musl', 'musl-dev', 'libpython3.11-dev'])
    for (const p of paths) await unpackDeb(p, sysroot)
    // musl puts libc.so in /lib/<musl>, musl-dev its crt files in /usr/lib/<musl>: on Debian's merged /usr they are
    // one directory, which the specs' -L names. Without libc.so there, ld would take libc.a and link libc in.
    copyFileSync(join(sysroot, 'lib', t.musl, 'libc.so'), join(sysroot, 'usr/lib', t.musl, 'libc.so'))
    // The package's specs name /usr/include/<musl> and /usr/lib/<musl>; the sysroot has them. The dynamic linker
    // (/lib/ld-musl-ARCH.so.1) is an image path and stays.
    const shipped = readFileSync(join(sysroot, 'usr/lib', t.musl, 'musl-gcc.specs'), 'utf8')
    const specs = join(sysroot, 'musl-gcc.specs')
    writeFileSync(
      specs,
      shipped
        .replaceAll(`/usr/include/${t.musl}`, `${sysroot}/usr/include/${t.musl}`)
        .replaceAll(`/usr/lib/${t.musl}`, `${sysroot}/usr/lib/${t.musl}`)
    )
    if (!existsSync(join(sysroot, 'usr/include', t.gnu, 'python3.11/pyconfig.h')))
      throw new Error(`${ctx.arch}: no pyconfig.h in libpython3.11-dev`)
    // Every musl output must need musl's libc.so (a check that the specs and the sysroot did what they say).
    const cc = async args => {
      await run([gcc, ...args, '-specs', specs], { check: true })
      const out = args[args.indexOf('-o') + 1]
      const r = await run(['readelf', '-dW', out], { check: true })
      if (!/\(NEEDED\)\s+Shared library: \[libc\.so\]/.test(r.stdout))
        throw new Error(`${out}: not linked to musl's libc.so`)
    }
    const gnuCc = args => run([gcc, ...args], { check: true })
    const pythonIncludes = ['-I', `${sysroot}/usr/include/python3.11`, '-I', `${sysroot}/usr/include`]
    return { cc, gnuCc, sysroot, pythonIncludes, target: t }
  })
}

/** Path of a C source of test-env/runtimes/c. */
export const src = name => join(C_DIR, name)
