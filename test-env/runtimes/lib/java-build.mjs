/**
 * What the Java scenarios are made of, all from real Debian 12 packages:
 *  - roots: the apt closure of openjdk-17-jre-headless, with what its postinst makes that matters for loading
 *    (update-alternatives links), in Debian's layout, in Temurin's (/opt/java/openjdk, no alternatives), or with the
 *    other architecture's JRE package in place of the own one;
 *  - jars: Debian's jna.jar with the real libjnidispatch of libjna-jni packed in where upstream JNA packs it
 *    (com/sun/jna/<os>-<arch>/libjnidispatch.so), Debian's jansi.jar as it is (it keeps upstream's macOS natives
 *    only), and small apps (java/*.java, compiled with the host's javac --release 17) that use them.
 * Each piece is made once per run (rt-base.mjs's `once`, keyed per arch where it differs).
 */
import {
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readlinkSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { fetchDebs, userlandDebs } from '../../loader/lib/apt.mjs'
import { ARCHES } from '../../loader/lib/arches.mjs'
import { buildRootfs, ldconfig, link, putFile } from '../../loader/lib/rootfs.mjs'
import { log, run } from '../../loader/lib/util.mjs'
import { once, unpackedDeb } from './rt-base.mjs'

const HERE = dirname(fileURLToPath(import.meta.url))
export const JAVA_SOURCES = join(HERE, '..', 'java')

/**
 * The package set of every Java root: a small Debian userland and the headless JRE. bash and perl-base are
 * Essential (every Debian image has them); without them the closure's own scripts (ldd, debconf,
 * update-java-alternatives, ...) name interpreters the image lacks, which is not what a real image looks like.
 */
export const JAVA_PKGS = [
  'libc-bin',
  'base-passwd',
  'bash',
  'dash',
  'coreutils',
  'perl-base',
  'openjdk-17-jre-headless'
]
/** Packages left out of the Temurin root: the JRE itself and what exists only to register it with Debian. */
const DEBIAN_JAVA_ONLY = ['openjdk-17-jre-headless', 'ca-certificates-java', 'java-common']
/**
 * And what a Temurin image does not have although its JDK links it: ALSA (libjsound.so needs libasound.so.2).
 * Temurin's Ubuntu Dockerfiles install tzdata, curl, wget, ca-certificates, fontconfig, locales, binutils (p11-kit):
 * no ALSA, no X11. The other libraries Debian's JDK files link (libharfbuzz, liblcms2, libjpeg, ...) stay: Temurin
 * bundles its own copies of those inside its .so files, Debian's build does not, so leaving them out would break
 * what is not broken in a real Temurin image.
 */
const TEMURIN_LACKS = ['libasound2', 'libasound2-data']

export const debianHome = arch => `/usr/lib/jvm/java-17-openjdk-${arch}`
export const TEMURIN_HOME = '/opt/java/openjdk'
export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'
const otherArch = arch => (arch === 'amd64' ? 'arm64' : 'amd64')

/** The JRE closure of `arch`, downloaded; `jreVersion` is the openjdk-17-jre-headless version apt chose. */
function closure(ctx, arch) {
  return once(ctx, `java closure ${arch}`, async () => {
    const u = await userlandDebs(arch, JAVA_PKGS)
    const jre = u.packages.find(p => p.name === 'openjdk-17-jre-headless')
    return { ...u, jreVersion: jre.version }
  })
}

const debOf = (u, name) => u.debs.find(d => basename(d).startsWith(`${name}_`))
const pkgLines = (pkgs, arch) => pkgs.map(p => `${p.name}:${p.arch === 'all' ? 'all' : arch} ${p.version}`)

/**
 * What openjdk-17-jre-headless's postinst (configure) does that an image keeps, for the JRE of `jreArch`:
 *   for i in java jpackage keytool rmiregistry:
 *     update-alternatives --install /usr/bin/$i $i $basedir/bin/$i 1711 [--slave man page]
 *   update-alternatives --install /usr/bin/jexec jexec $basedir/lib/jexec 1711 --slave /usr/share/binfmts/jar ...
 *   /etc/.java/.systemPrefs/{.system.lock,.systemRootModFile} (java-common's postinst makes them too)
 * Not reproduced: its `mountpoint -q /proc` check, update-binfmts (a host registration, nothing in the image),
 * dpkg's alternatives database (/var/lib/dpkg/alternatives: read by update-alternatives only), and the
 * update-ca-certificates-java trigger (ca-certificates-java runs keytool to write /etc/ssl/certs/java/cacerts:
 * TLS trust, not loading; lib/security/cacerts is left dangling, as in an image where the trigger did not run).
 * Returns the links made: [{ link, target, via }].
 */
export function debianAlternatives(root, jreArch) {
  const basedir = debianHome(jreArch)
  const links = []
  const alt = (linkPath, name, path) => {
    if (!existsSync(join(root, path))) return
    link(root, `/etc/alternatives/${name}`, path)
    link(root, linkPath, `/etc/alternatives/${name}`)
    links.push({ link: linkPath, via: `/etc/alternatives/${name}`, target: path })
  }
  for (const tool of ['java', 'jpackage', 'keytool', 'rmiregistry']) {
    alt(`/usr/bin/${tool}`, tool, `${basedir}/bin/${tool}`)
    alt(`/usr/share/man/man1/${tool}.1.gz`, `${tool}.1.gz`, `${basedir}/man/man1/${tool}.1.gz`)
  }
  alt('/usr/bin/jexec', 'jexec', `${basedir}/lib/jexec`)
  alt('/usr/share/binfmts/jar', 'jexec-binfmt', `${basedir}/lib/jar.binfmt`)
  for (const f of ['.system.lock', '.systemRootModFile']) putFile(root, `/etc/.java/.systemPrefs/${f}`, '', 0o644)
  return links
}

/**
 * A base root of `kind` for ctx.arch, built once per run:
 *  - debian:  the closure, unpacked, ldconfig run, then the postinst's alternatives;
 *  - temurin: the closure less the Debian JRE packages and ALSA, and the JDK tree of openjdk-17-jre-headless plus the
 *             JDK files of openjdk-17-jre (libawt_xawt.so, libjawt.so, libsplashscreen.so: Temurin's one tree has
 *             them all, its images no X11) copied to /opt/java/openjdk, symlinks into /etc/java-17-openjdk
 *             replaced by the files (Temurin's tree has real files there);
 *  - foreign: the closure with the other architecture's openjdk-17-jre-headless (same version) in place of the own,
 *             and the alternatives pointing to its tree (/usr/lib/jvm/java-17-openjdk-OTHER).
 * Returns { root, packages: ['name:arch version'], javaHome, jreArch, alternatives, notes }.
 */
export function javaBase(ctx, kind) {
  return once(ctx, `java base ${kind} ${ctx.arch}`, async () => {
    const arch = ctx.arch
    const u = await closure(ctx, arch)
    const root = join(ctx.work, 'bases', `${arch}-java-${kind}`)
    const notes = []
    log(`${arch}: java base ${kind}: ${u.packages.length} packages`)
    if (kind === 'debian') {
      await buildRootfs(u.debs, root)
      const alternatives = debianAlternatives(root, arch)
      return {
        root,
        packages: pkgLines(u.packages, arch),
        javaHome: debianHome(arch),
        jreArch: arch,
        alternatives,
        notes
      }
    }
    if (kind === 'foreign') {
      const other = otherArch(arch)
      const { paths } = await fetchDebs(other, [`openjdk-17-jre-headless=${u.jreVersion}`])
      await buildRootfs([...u.debs.filter(d => d !== debOf(u, 'openjdk-17-jre-headless')), paths[0]], root)
      const alternatives = debianAlternatives(root, other)
      const packages = pkgLines(u.packages, arch).map(l =>
        l.startsWith('openjdk-17-jre-headless:') ? `openjdk-17-jre-headless:${other} ${u.jreVersion}` : l
      )
      notes.push(
        `openjdk-17-jre-headless:${other} unpacked in place of :${arch}; its postinst's alternatives made for its tree`
      )
      return { root, packages, javaHome: debianHome(other), jreArch: other, alternatives, notes }
    }
    if (kind === 'temurin') {
      const keep = u.packages.filter(p => !DEBIAN_JAVA_ONLY.includes(p.name) && !TEMURIN_LACKS.includes(p.name))
      await buildRootfs(
        keep.map(p => debOf(u, p.name)),
        root,
        { runLdconfig: false }
      )
      const headless = await unpackedDeb(ctx, arch, `openjdk-17-jre-headless=${u.jreVersion}`)
      const jre = await unpackedDeb(ctx, arch, `openjdk-17-jre=${u.jreVersion}`)
      const tree = debianHome(arch)
      const skipped = []
      for (const src of [headless, jre]) copyTree(src, tree, root, TEMURIN_HOME, skipped)
      await ldconfig(root)
      notes.push(
        `JDK tree of openjdk-17-jre-headless and openjdk-17-jre ${u.jreVersion} copied from ${tree} to ${TEMURIN_HOME}; ` +
          `Debian packages left out: ${DEBIAN_JAVA_ONLY.join(', ')}; and, as in Temurin's images, ${TEMURIN_LACKS.join(', ')}`
      )
      if (skipped.length) notes.push(`symlinks not copied (targets outside the packages): ${skipped.join(', ')}`)
      return {
        root,
        packages: [
          ...pkgLines(keep, arch),
          `(JDK files of openjdk-17-jre-headless:${arch} and openjdk-17-jre:${arch} ${u.jreVersion} at ${TEMURIN_HOME})`
        ].sort(),
        javaHome: TEMURIN_HOME,
        jreArch: arch,
        alternatives: [],
        notes
      }
    }
    throw new Error(`unknown java base ${kind}`)
  })
}

/**
 * Copies `pkgRoot + from` to `root + to`: directories and files as they are, relative symlinks as symlinks, and
 * absolute symlinks into the package's own files (Debian's conf/ and lib/jvm.cfg point into /etc/java-17-openjdk)
 * as copies of their targets. Absolute symlinks to anything else (lib/security/cacerts) are left out, in `skipped`.
 */
function copyTree(pkgRoot, from, root, to, skipped, rel = '') {
  const src = join(pkgRoot, from, rel)
  if (!existsSync(src)) return
  for (const name of readdirSync(src).sort()) {
    const r = `${rel}/${name}`
    const s = join(src, name)
    const d = join(root, to, r)
    const st = lstatSync(s)
    if (st.isDirectory()) {
      mkdirSync(d, { recursive: true })
      copyTree(pkgRoot, from, root, to, skipped, r)
    } else if (st.isSymbolicLink()) {
      const target = readlinkSync(s)
      if (!target.startsWith('/')) {
        // Relative links into other packages (openjdk-17-jre's lib/libatk-wrapper.so -> libatk-wrapper-java-jni's
        // file) would dangle: left out.
        if (!existsSync(join(src, target))) skipped.push(`${to}${r} -> ${target}`)
        else if (!existsSync(d)) {
          mkdirSync(dirname(d), { recursive: true })
          symlinkSync(target, d)
        }
      } else if (existsSync(join(pkgRoot, target)) && lstatSync(join(pkgRoot, target)).isFile()) {
        mkdirSync(dirname(d), { recursive: true })
        copyFileSync(join(pkgRoot, target), d)
      } else skipped.push(`${to}${r} -> ${target}`)
    } else {
      mkdirSync(dirname(d), { recursive: true })
      copyFileSync(s, d)
    }
  }
}

/** A jar's directory for the JNA native of one Debian architecture: upstream JNA's Platform.RESOURCE_PREFIX. */
export const JNA_PREFIX = { amd64: 'linux-x86-64', arm64: 'linux-aarch64' }

/**
 * The jars and classes, once per run (architecture-independent): { classes, jna: { amd64, arm64, both }, jnaApp,
 * jansi, jansiApp, versions }. `jna.<which>` is Debian's jna.jar with the libjnidispatch of libjna-jni for those
 * architectures packed in at com/sun/jna/<prefix>/libjnidispatch.so (Debian names its file libjnidispatch.system.so
 * and builds it against the system libffi.so.8; upstream's jar carries its own build, libffi linked in statically).
 */
export function javaJars(ctx) {
  return once(ctx, 'java jars', async () => {
    const dir = join(ctx.work, 'java')
    mkdirSync(dir, { recursive: true })
    const jnaJava = await unpackedDeb(ctx, 'amd64', 'libjna-java')
    const jansiJava = await unpackedDeb(ctx, 'amd64', 'libjansi-java')
    const jnaJar = join(jnaJava, 'usr/share/java/jna.jar')
    const jansiJar = join(jansiJava, 'usr/share/java/jansi.jar')
    const classes = join(dir, 'classes')
    mkdirSync(classes, { recursive: true })
    const sources = readdirSync(JAVA_SOURCES)
      .filter(f => f.endsWith('.java'))
      .map(f => join(JAVA_SOURCES, f))
    await run(['javac', '--release', '17', '-cp', `${jnaJar}:${jansiJar}`, '-d', classes, ...sources], { check: true })

    const natives = {}
    for (const arch of ['amd64', 'arm64']) {
      const jni = await unpackedDeb(ctx, arch, 'libjna-jni')
      const stage = join(dir, `jna-native-${arch}`)
      const entry = `com/sun/jna/${JNA_PREFIX[arch]}/libjnidispatch.so`
      mkdirSync(dirname(join(stage, entry)), { recursive: true })
      copyFileSync(join(jni, 'usr/lib', ARCHES[arch].tuple, 'jni/libjnidispatch.system.so'), join(stage, entry))
      natives[arch] = {
        stage,
        entry,
        from: `${await debName(arch, 'libjna-jni')} /usr/lib/${ARCHES[arch].tuple}/jni/libjnidispatch.system.so`
      }
    }
    const jna = {}
    for (const [which, arches] of [
      ['amd64', ['amd64']],
      ['arm64', ['arm64']],
      ['both', ['amd64', 'arm64']]
    ]) {
      const out = join(dir, `jna-${which}.jar`)
      copyFileSync(jnaJar, out)
      for (const a of arches)
        await run(['jar', '--update', '--file', out, '-C', natives[a].stage, natives[a].entry], { check: true })
      jna[which] = {
        path: out,
        natives: arches.map(a => ({ entry: natives[a].entry, arch: a, from: natives[a].from }))
      }
    }
    const appJar = async (name, main, classPath) => {
      const manifest = join(dir, `${name}.MF`)
      writeFileSync(manifest, `Main-Class: ${main}\nClass-Path: ${classPath}\n`)
      const out = join(dir, `${name}.jar`)
      await run(['jar', '--create', '--file', out, '--manifest', manifest, '-C', classes, `${main}.class`], {
        check: true
      })
      return out
    }
    return {
      classes,
      jna,
      jnaApp: await appJar('app', 'JnaApp', 'jna.jar'),
      jansi: jansiJar,
      jansiApp: await appJar('jansi-app', 'JansiApp', 'jansi.jar'),
      debs: { jna: await debName('amd64', 'libjna-java'), jansi: await debName('amd64', 'libjansi-java') }
    }
  })
}

/** The .deb file name apt gives for `spec` (its answer is remembered beside the cache: no new download). */
const debName = async (arch, spec) => basename((await fetchDebs(arch, [spec])).paths[0])
