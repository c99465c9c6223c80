/**
 * The scenarios: a clean userland, and copies of it with one realistic breakage each. A scenario's `apply` changes
 * only its own hard-linked copy, through the helpers of rootfs.mjs (new inodes, never writes through a shared link).
 *
 * `modules` marks the scenarios whose language-runtime checks run in the `ci` set: `true` for all of them, or a list
 * of runtimes (`['python']`); the `full` set runs them all everywhere. `ci: false` leaves a scenario out of the `ci` set.
 * Each one names the architectures it is made for; `when(ctx)` can skip it when the package set lacks what it needs
 * (the `ci` set has no numpy, for example). Files taken from another architecture or from trixie come from the real
 * Debian packages, fetched into the same .deb cache.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { ARCHES } from './arches.mjs'
import { copyIn, ldconfig, link, putFile, remove } from './rootfs.mjs'

export class Skip extends Error {}

const need = (ctx, path) => {
  if (!existsSync(join(ctx.root, path))) throw new Skip(`${path} is not in this package set`)
}

/** The Python extension files of a package tree (relative to the root), e.g. numpy's. */
function filesUnder(dir, re, rel = '') {
  const out = []
  let names
  try {
    names = readdirSync(join(dir, rel), { withFileTypes: true })
  } catch {
    return out
  }
  for (const d of names) {
    const r = `${rel}/${d.name}`
    if (d.isDirectory()) out.push(...filesUnder(dir, re, r))
    else if (d.isFile() && re.test(d.name)) out.push(r)
  }
  return out
}

const PY = '/usr/lib/python3/dist-packages'

export const SCENARIOS = [
  {
    name: 'clean',
    modules: true,
    description: 'The userland as built: every package unpacked into a merged-/usr root, ldconfig run once.',
    arches: () => true,
    entrypoint: ['/usr/bin/curl'],
    apply: async () => {}
  },
  {
    name: 'missing-libssl',
    modules: true,
    description:
      'libssl.so.3 deleted (the cache still names it): curl -> libcurl.so.4 -> libssl.so.3, a dependency of a dependency.',
    arches: a => ['s390x', 'arm64', 'amd64'].includes(a),
    entrypoint: ['/usr/bin/curl'],
    apply: async ctx => {
      need(ctx, `${ctx.libdir}/libssl.so.3`)
      await remove(ctx.root, `${ctx.libdir}/libssl.so.3`)
    }
  },
  {
    name: 'foreign-libc',
    modules: ['python'],
    description: "libc.so.6 replaced, at the same path, by the amd64 package's libc.so.6 (x86-64 in an arm64 image).",
    arches: a => a === 'arm64',
    entrypoint: ['/usr/bin/curl'],
    apply: async ctx => {
      const dir = await ctx.foreignDeb('amd64', 'libc6')
      copyIn(ctx.root, `${ctx.libdir}/libc.so.6`, join(dir, 'lib/x86_64-linux-gnu/libc.so.6'))
    }
  },
  {
    name: 'newer-program',
    description:
      "trixie's hello (built against glibc 2.41, needs GLIBC_2.38) copied to /usr/local/bin/app; the userland keeps glibc 2.36.",
    arches: a => ['amd64', 'arm64'].includes(a),
    entrypoint: ['/usr/local/bin/app'],
    apply: async ctx => {
      const dir = await ctx.foreignDeb(ctx.arch, 'hello/trixie')
      copyIn(ctx.root, '/usr/local/bin/app', join(dir, 'usr/bin/hello'), 0o755)
    }
  },
  {
    name: 'newer-libstdcxx',
    description:
      "trixie's re2c (GCC 14: needs GLIBCXX_3.4.32, glibc only up to GLIBC_2.34) copied to /usr/local/bin/re2c; bookworm's libstdc++ stops at GLIBCXX_3.4.30.",
    arches: a => a === 'arm64',
    entrypoint: ['/usr/local/bin/re2c'],
    apply: async ctx => {
      need(ctx, `${ctx.libdir}/libstdc++.so.6`)
      const dir = await ctx.foreignDeb(ctx.arch, 're2c/trixie')
      copyIn(ctx.root, '/usr/local/bin/re2c', join(dir, 'usr/bin/re2c'), 0o755)
    }
  },
  {
    name: 'no-ldconfig',
    description:
      '/etc/ld.so.conf, /etc/ld.so.conf.d and /etc/ld.so.cache removed, as in distroless images: only the built-in system directories are left.',
    arches: a => ['armhf', 'mips64el'].includes(a),
    entrypoint: ['/usr/bin/curl'],
    apply: async ctx => {
      for (const p of ['/etc/ld.so.conf', '/etc/ld.so.conf.d', '/etc/ld.so.cache']) await remove(ctx.root, p)
    }
  },
  {
    name: 'stale-cache',
    description:
      'libcurl.so.4 lives only in /opt/vendor/lib, named by /etc/ld.so.conf.d/vendor.conf, but ldconfig was not rerun after it was put there (the cache was written when libcurl was absent).',
    arches: a => a === 'amd64',
    entrypoint: ['/usr/bin/curl'],
    apply: async ctx => vendorLibcurl(ctx, false)
  },
  {
    name: 'stale-cache-fixed',
    description: 'stale-cache, then ldconfig rerun: the cache now names /opt/vendor/lib/libcurl.so.4.',
    arches: a => a === 'amd64',
    entrypoint: ['/usr/bin/curl'],
    apply: async ctx => vendorLibcurl(ctx, true)
  },
  {
    name: 'wrong-class-first',
    description:
      'i386 libssl.so.3 and libcrypto.so.3 (32-bit, from libssl3:i386) in /opt/compat/lib, which LD_LIBRARY_PATH (image Env) names; the right 64-bit ones stay in the multiarch directory.',
    arches: a => a === 'amd64',
    entrypoint: ['/usr/bin/curl'],
    env: { LD_LIBRARY_PATH: '/opt/compat/lib' },
    apply: async ctx => compatDir(ctx, 'i386', false)
  },
  {
    name: 'wrong-class-only',
    description:
      'wrong-class-first with the right libssl.so.3 deleted: the only libssl.so.3 left is the 32-bit one on LD_LIBRARY_PATH.',
    arches: a => a === 'amd64',
    entrypoint: ['/usr/bin/curl'],
    env: { LD_LIBRARY_PATH: '/opt/compat/lib' },
    apply: async ctx => compatDir(ctx, 'i386', true)
  },
  {
    name: 'foreign-machine-first',
    description:
      'x86-64 libssl.so.3 and libcrypto.so.3 (libssl3:amd64: same class and byte order, other e_machine) in /opt/compat/lib on LD_LIBRARY_PATH, before the arm64 ones.',
    arches: a => a === 'arm64',
    entrypoint: ['/usr/bin/curl'],
    env: { LD_LIBRARY_PATH: '/opt/compat/lib' },
    apply: async ctx => compatDir(ctx, 'amd64', false)
  },
  {
    name: 'foreign-byteorder-first',
    description:
      's390x libssl.so.3 and libcrypto.so.3 (libssl3:s390x: 64-bit like arm64 but big-endian) in /opt/compat/lib on LD_LIBRARY_PATH, before the arm64 ones.',
    arches: a => a === 'arm64',
    entrypoint: ['/usr/bin/curl'],
    env: { LD_LIBRARY_PATH: '/opt/compat/lib' },
    apply: async ctx => compatDir(ctx, 's390x', false)
  },
  {
    name: 'lfs-pointer-first',
    description:
      'a Git LFS pointer (a 130-byte text file, what a checkout without git-lfs leaves) named libssl.so.3 in /opt/compat/lib on LD_LIBRARY_PATH, before the real libssl.so.3.',
    arches: a => a === 'amd64',
    entrypoint: ['/usr/bin/curl'],
    env: { LD_LIBRARY_PATH: '/opt/compat/lib' },
    apply: async ctx => {
      const real = readFileSync(join(ctx.root, ctx.libdir, 'libssl.so.3'))
      const oid = createHash('sha256').update(real).digest('hex')
      putFile(
        ctx.root,
        '/opt/compat/lib/libssl.so.3',
        `version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize ${real.length}\n`,
        0o644
      )
    }
  },
  {
    name: 'dangling-symlink',
    description:
      'libcurl.so.4 is left as a symlink to libcurl.so.4.8.0, which is gone (a COPY that took the link but not its target); the cache still names libcurl.so.4.',
    arches: a => a === 'amd64',
    entrypoint: ['/usr/bin/curl'],
    apply: async ctx => {
      need(ctx, `${ctx.libdir}/libcurl.so.4.8.0`)
      await remove(ctx.root, `${ctx.libdir}/libcurl.so.4.8.0`)
    }
  },
  {
    name: 'hwcaps-subdir',
    description:
      'a second copy of the real libcrypto.so.3 in <multiarch>/glibc-hwcaps/<level>/ (x86-64-v2 on amd64, z13 on s390x: levels ld.so --help calls supported here), and ldconfig rerun: which copy does the loader take?',
    arches: a => a in HWCAP_LEVEL,
    entrypoint: ['/usr/bin/curl'],
    apply: async ctx => hwcapsCopy(ctx, `glibc-hwcaps/${HWCAP_LEVEL[ctx.arch]}`, 'rerun')
  },
  {
    name: 'hwcaps-subdir-nocache',
    description:
      'the same glibc-hwcaps/<level> copy of libcrypto.so.3, with ldconfig not rerun (the cache knows only the plain one).',
    arches: a => a in HWCAP_LEVEL,
    entrypoint: ['/usr/bin/curl'],
    apply: async ctx => hwcapsCopy(ctx, `glibc-hwcaps/${HWCAP_LEVEL[ctx.arch]}`, 'stale')
  },
  {
    name: 'hwcaps-subdir-no-cache-file',
    description:
      'the same glibc-hwcaps/<level> copy of libcrypto.so.3, and /etc/ld.so.cache removed: only the system directories (and their hwcaps subdirectories) are searched.',
    arches: a => a in HWCAP_LEVEL,
    entrypoint: ['/usr/bin/curl'],
    apply: async ctx => hwcapsCopy(ctx, `glibc-hwcaps/${HWCAP_LEVEL[ctx.arch]}`, 'none')
  },
  {
    name: 'legacy-hwcap-subdir',
    ci: false,
    description:
      'no ld.so.cache, and a copy of libcrypto.so.3 in <multiarch>/tls/ and the real one in place: glibc 2.36 still searches the legacy subdirectories (tls, the AT_PLATFORM name) of each system directory.',
    arches: a => a === 'arm64',
    entrypoint: ['/usr/bin/curl'],
    apply: async ctx => {
      await remove(ctx.root, '/etc/ld.so.cache')
      copyIn(ctx.root, `${ctx.libdir}/tls/libcrypto.so.3`, join(ctx.root, ctx.libdir, 'libcrypto.so.3'))
    }
  },
  {
    name: 'cache-gone-fallback',
    description:
      'libcurl.so.4 and libcurl.so.4.8.0 moved from the multiarch directory to /usr/lib (a built-in system directory) without rerunning ldconfig: the cache names a file that is gone.',
    arches: a => a === 'amd64',
    entrypoint: ['/usr/bin/curl'],
    apply: async ctx => {
      need(ctx, `${ctx.libdir}/libcurl.so.4.8.0`)
      const bytes = readFileSync(join(ctx.root, ctx.libdir, 'libcurl.so.4.8.0'))
      await remove(ctx.root, `${ctx.libdir}/libcurl.so.4.8.0`)
      await remove(ctx.root, `${ctx.libdir}/libcurl.so.4`)
      putFile(ctx.root, '/usr/lib/libcurl.so.4.8.0', bytes, 0o644)
      link(ctx.root, '/usr/lib/libcurl.so.4', 'libcurl.so.4.8.0')
    }
  },
  {
    name: 'runpath-wrong-class-first',
    description:
      "libc6's gconv module EUC-JP.so has DT_RUNPATH $ORIGIN and needs libJIS.so: the gconv/libJIS.so beside it is replaced by libc6:i386's (32-bit), and the right one is copied to /usr/local/lib (ld.so.conf.d/libc.conf names it; ldconfig rerun).",
    arches: a => a === 'amd64',
    entrypoint: ['/usr/bin/iconv'],
    probe: ['/usr/bin/iconv', '-f', 'EUC-JP', '-t', 'UTF-8', '/etc/passwd'],
    apply: async ctx => runpathJIS(ctx, true)
  },
  {
    name: 'runpath-wrong-class-only',
    description:
      "gconv/libJIS.so (found through EUC-JP.so's DT_RUNPATH $ORIGIN) replaced by libc6:i386's 32-bit one, and no other libJIS.so anywhere.",
    arches: a => a === 'amd64',
    entrypoint: ['/usr/bin/iconv'],
    probe: ['/usr/bin/iconv', '-f', 'EUC-JP', '-t', 'UTF-8', '/etc/passwd'],
    apply: async ctx => runpathJIS(ctx, false)
  },
  {
    name: 'python-foreign-ext',
    modules: ['python'],
    description:
      "python3-yaml's C extension replaced by the amd64 package's _yaml.cpython-311-x86_64-linux-gnu.so (what pip on the build machine leaves), mode 0644.",
    arches: a => a === 'arm64',
    entrypoint: ['/usr/bin/python3'],
    apply: async ctx => {
      const own = `${PY}/yaml/_yaml.cpython-311-${ctx.a.python}.so`
      need(ctx, own)
      const dir = await ctx.foreignDeb('amd64', 'python3-yaml')
      await remove(ctx.root, own)
      copyIn(
        ctx.root,
        `${PY}/yaml/_yaml.cpython-311-x86_64-linux-gnu.so`,
        join(dir, PY, 'yaml/_yaml.cpython-311-x86_64-linux-gnu.so'),
        0o644
      )
    }
  },
  {
    name: 'python-foreign-ext-samename',
    ci: false,
    modules: ['python'],
    description:
      "the amd64 _yaml extension's bytes under the arm64 file name (_yaml.cpython-311-aarch64-linux-gnu.so), mode 0644: found by name, then dlopen fails.",
    arches: a => a === 'arm64',
    entrypoint: ['/usr/bin/python3'],
    apply: async ctx => {
      const own = `${PY}/yaml/_yaml.cpython-311-${ctx.a.python}.so`
      need(ctx, own)
      const dir = await ctx.foreignDeb('amd64', 'python3-yaml')
      copyIn(ctx.root, own, join(dir, PY, 'yaml/_yaml.cpython-311-x86_64-linux-gnu.so'), 0o644)
    }
  },
  {
    name: 'node-foreign-addon',
    modules: ['node'],
    description:
      "node-iconv's addon (iconv.node) replaced, at the same path, by the amd64 package's x86-64 iconv.node, mode 0644.",
    arches: a => a === 'arm64',
    entrypoint: ['/usr/bin/node'],
    apply: async ctx => {
      const rel = `/usr/lib/${ctx.tuple}/nodejs/iconv/build/Release/iconv.node`
      need(ctx, rel)
      const dir = await ctx.foreignDeb('amd64', 'node-iconv')
      copyIn(ctx.root, rel, join(dir, 'usr/lib/x86_64-linux-gnu/nodejs/iconv/build/Release/iconv.node'), 0o644)
    }
  },
  {
    name: 'numpy-foreign',
    modules: ['python'],
    description:
      "numpy's extension modules replaced by the amd64 package's (*.cpython-311-x86_64-linux-gnu.so), mode 0644, as a numpy installed on the build machine and copied over.",
    arches: a => a === 'arm64',
    entrypoint: ['/usr/bin/python3'],
    apply: async ctx => {
      need(ctx, `${PY}/numpy/__init__.py`)
      const dir = await ctx.foreignDeb('amd64', 'python3-numpy')
      for (const f of filesUnder(join(ctx.root, PY, 'numpy'), /\.so$/)) await remove(ctx.root, `${PY}/numpy${f}`)
      for (const f of filesUnder(join(dir, PY, 'numpy'), /\.so$/))
        copyIn(ctx.root, `${PY}/numpy${f}`, join(dir, PY, 'numpy', f), 0o644)
    }
  }
]

async function vendorLibcurl(ctx, rerun) {
  const lib = ctx.libdir
  need(ctx, `${lib}/libcurl.so.4.8.0`)
  const bytes = readFileSync(join(ctx.root, lib, 'libcurl.so.4.8.0'))
  await remove(ctx.root, `${lib}/libcurl.so.4.8.0`)
  await remove(ctx.root, `${lib}/libcurl.so.4`)
  await ldconfig(ctx.root) // the image as it was before the vendor files: no libcurl anywhere
  putFile(ctx.root, '/opt/vendor/lib/libcurl.so.4.8.0', bytes, 0o644)
  link(ctx.root, '/opt/vendor/lib/libcurl.so.4', 'libcurl.so.4.8.0')
  putFile(ctx.root, '/etc/ld.so.conf.d/vendor.conf', '/opt/vendor/lib\n', 0o644)
  if (rerun) await ldconfig(ctx.root)
}

async function runpathJIS(ctx, rightOneElsewhere) {
  const gconv = `${ctx.libdir}/gconv`
  need(ctx, `${gconv}/libJIS.so`)
  need(ctx, `${gconv}/EUC-JP.so`)
  const right = readFileSync(join(ctx.root, gconv, 'libJIS.so'))
  const dir = await ctx.foreignDeb('i386', 'libc6')
  const from = ['usr/lib/i386-linux-gnu/gconv/libJIS.so', 'lib/i386-linux-gnu/gconv/libJIS.so'].find(p =>
    existsSync(join(dir, p))
  )
  copyIn(ctx.root, `${gconv}/libJIS.so`, join(dir, from), 0o644)
  if (rightOneElsewhere) {
    putFile(ctx.root, '/usr/local/lib/libJIS.so', right, 0o644)
    await ldconfig(ctx.root)
  }
}

async function compatDir(ctx, fromArch, removeRight) {
  const dir = await ctx.foreignDeb(fromArch, 'libssl3')
  const t = ARCHES[fromArch].tuple
  for (const n of ['libssl.so.3', 'libcrypto.so.3'])
    copyIn(ctx.root, `/opt/compat/lib/${n}`, join(dir, 'usr/lib', t, n), 0o644)
  if (removeRight) await remove(ctx.root, `${ctx.libdir}/libssl.so.3`)
}

const HWCAP_LEVEL = { amd64: 'x86-64-v2', s390x: 'z13' }

async function hwcapsCopy(ctx, sub, cache) {
  const from = join(ctx.root, ctx.libdir, 'libcrypto.so.3')
  copyIn(ctx.root, `${ctx.libdir}/${sub}/libcrypto.so.3`, from)
  if (cache === 'rerun') await ldconfig(ctx.root)
  if (cache === 'none') await remove(ctx.root, '/etc/ld.so.cache')
}
