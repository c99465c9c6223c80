/**
 * The java group: JVM images from real Debian 12 packages (openjdk-17-jre-headless 17.0.x and its apt closure),
 * amd64 and arm64, and what the real JVM and glibc loader do with them. What it answers: which of the JDK's own
 * shared objects a running JVM can load (their DT_NEEDED libjvm.so is met by the libjvm.so the launcher loaded
 * first), which ones need what a headless image lacks (X11) and fail only in programs that use them, and what a
 * library that packs its JNI natives inside its jar does when the jar has none for the platform.
 *
 * Scenarios (names prefixed java- so they cannot collide with other groups' in DIR/<arch>/<scenario>):
 *   java-clean-debian           Debian's layout, alternatives as the postinst makes them          ci, full
 *   java-clean-temurin          the same JDK files (plus openjdk-17-jre's X11 ones) in /opt/java/openjdk   full
 *   java-foreign-jre            the other architecture's JRE package in this userland              full
 *   java-jar-natives-missing    Debian's jna.jar with only the other architecture's libjnidispatch ci, full
 *   java-jar-natives-ok         the same jar with both                                             full
 *   java-jar-natives-system     the missing one, with libjna-jni's libjnidispatch installed        full
 *   java-jar-natives-other-os   Debian's jansi.jar as shipped: natives for macOS only               full
 */
import { join } from 'node:path'
import { ARCHES } from '../../loader/lib/arches.mjs'
import { copyIn } from '../../loader/lib/rootfs.mjs'
import { fromBase, unpackedDeb } from './rt-base.mjs'
import { DEFAULT_PATH, TEMURIN_HOME, javaBase, javaJars } from './java-build.mjs'
import { jvmLoads, layout, ldList, needGroup, placeProbeClasses, PROBE_DIR, probe, withProc } from './java-oracle.mjs'

const BOTH = ['amd64', 'arm64']
const other = arch => (arch === 'amd64' ? 'arm64' : 'amd64')

/** A scenario on a base root, with the image's entrypoint and Env, and files added to the clone. */
const onBase =
  (kind, { entrypoint, env = {}, add = async () => ({}) }) =>
  async ctx => {
    const base = await javaBase(ctx, kind)
    await fromBase(ctx, base)
    const extra = await add(ctx, base)
    return { entrypoint, env, base, ...extra }
  }

/** Puts the JNA app and a jna.jar with the natives of `which` (amd64, arm64 or both) under /app. */
const jnaApp = which => async ctx => {
  const jars = await javaJars(ctx)
  copyIn(ctx.root, '/app/app.jar', jars.jnaApp, 0o644)
  copyIn(ctx.root, '/app/jna.jar', jars.jna[which].path, 0o644)
  return {
    jars: [
      { path: '/app/app.jar', mainClass: 'JnaApp', classPath: 'jna.jar', from: 'test-env/runtimes/java/JnaApp.java' },
      {
        path: '/app/jna.jar',
        from: `${jars.debs.jna} /usr/share/java/jna.jar, natives added`,
        natives: jars.jna[which].natives
      }
    ],
    extraProbes: [['java', '-Djna.debug_load=true', '-jar', '/app/app.jar']]
  }
}

const jnaDescription = which =>
  `Debian layout plus /app/app.jar (JnaApp: getpid() through JNA; Class-Path: jna.jar) and /app/jna.jar: Debian's ` +
  `jna.jar (libjna-java, which has no natives) with the libjnidispatch of libjna-jni for ${which} packed in at ` +
  `com/sun/jna/<linux-x86-64|linux-aarch64>/libjnidispatch.so; libjna-jni itself is not installed, so JNA takes ` +
  `the jar's copy for its os.arch or fails.`

export const scenarios = [
  {
    name: 'java-clean-debian',
    description:
      "openjdk-17-jre-headless and its apt closure, unpacked into a merged-/usr root, ldconfig run, and the postinst's " +
      'update-alternatives links (/usr/bin/java -> /etc/alternatives/java -> /usr/lib/jvm/java-17-openjdk-ARCH/bin/java, ...).',
    arches: BOTH,
    sets: ['ci', 'full'],
    build: onBase('debian', { entrypoint: ['java', '-version'] }),
    oracle: (ctx, built) => javaOracle(ctx, built, { onDemand: true, noProc: true })
  },
  {
    name: 'java-clean-temurin',
    description:
      `Temurin's layout: the same JDK files at ${TEMURIN_HOME} (openjdk-17-jre-headless's tree plus openjdk-17-jre's ` +
      'libawt_xawt.so, libjawt.so and libsplashscreen.so, as in a Temurin JRE), PATH and JAVA_HOME set, no Debian ' +
      'alternatives, no X11 and no ALSA libraries, as in Temurin images (the closure of the headless JRE less the ' +
      'Debian JRE packages and libasound2).',
    arches: BOTH,
    sets: ['full'],
    build: onBase('temurin', {
      entrypoint: ['java', '-version'],
      env: { PATH: `${TEMURIN_HOME}/bin:${DEFAULT_PATH}`, JAVA_HOME: TEMURIN_HOME }
    }),
    oracle: (ctx, built) => javaOracle(ctx, built, { onDemand: true, noProc: true })
  },
  {
    name: 'java-foreign-jre',
    description:
      "The other architecture's openjdk-17-jre-headless (same version) unpacked in place of this one's, its " +
      'alternatives made: /usr/bin/java -> /etc/alternatives/java -> /usr/lib/jvm/java-17-openjdk-OTHER/bin/java.',
    arches: BOTH,
    sets: ['full'],
    build: onBase('foreign', { entrypoint: ['java', '-version'] }),
    oracle: (ctx, built) => javaOracle(ctx, built, {})
  },
  {
    name: 'java-jar-natives-missing',
    description: jnaDescription("the other architecture only (arm64's in the amd64 image, amd64's in the arm64 image)"),
    arches: BOTH,
    sets: ['ci', 'full'],
    build: async ctx =>
      onBase('debian', { entrypoint: ['java', '-jar', '/app/app.jar'], add: jnaApp(other(ctx.arch)) })(ctx),
    oracle: (ctx, built) => javaOracle(ctx, built, {})
  },
  {
    name: 'java-jar-natives-ok',
    description: jnaDescription('amd64 and arm64'),
    arches: BOTH,
    sets: ['full'],
    build: onBase('debian', { entrypoint: ['java', '-jar', '/app/app.jar'], add: jnaApp('both') }),
    oracle: (ctx, built) => javaOracle(ctx, built, {})
  },
  {
    name: 'java-jar-natives-system',
    description:
      "java-jar-natives-missing's image plus Debian's own JNA native: libjna-jni's libjnidispatch.system.so at " +
      "/usr/lib/<multiarch>/jni/, where Debian's patched JNA looks before the jar's resources (whatever jna.nosys says).",
    arches: BOTH,
    sets: ['full'],
    build: async ctx =>
      onBase('debian', {
        entrypoint: ['java', '-jar', '/app/app.jar'],
        add: async (ctx, base) => {
          const added = await jnaApp(other(ctx.arch))(ctx, base)
          const jni = await unpackedDeb(ctx, ctx.arch, 'libjna-jni')
          const path = `/usr/lib/${ARCHES[ctx.arch].tuple}/jni/libjnidispatch.system.so`
          copyIn(ctx.root, path, join(jni, path), 0o644)
          return { ...added, system: [{ path, from: `libjna-jni:${ctx.arch}` }] }
        }
      })(ctx),
    oracle: (ctx, built) => javaOracle(ctx, built, {})
  },
  {
    name: 'java-jar-natives-other-os',
    description:
      "Debian layout plus Debian's jansi.jar (libjansi-java) as shipped, with upstream's natives for macOS only " +
      '(org/fusesource/jansi/internal/native/Mac/{arm64,x86,x86_64}/libjansi.jnilib), and /app/jansi-app.jar ' +
      '(JansiApp: JansiLoader.initialize(), AnsiConsole, then a native method called directly).',
    arches: BOTH,
    sets: ['full'],
    build: onBase('debian', {
      entrypoint: ['java', '-jar', '/app/jansi-app.jar'],
      add: async ctx => {
        const jars = await javaJars(ctx)
        copyIn(ctx.root, '/app/jansi-app.jar', jars.jansiApp, 0o644)
        copyIn(ctx.root, '/app/jansi.jar', jars.jansi, 0o644)
        return {
          jars: [
            {
              path: '/app/jansi-app.jar',
              mainClass: 'JansiApp',
              classPath: 'jansi.jar',
              from: 'test-env/runtimes/java/JansiApp.java'
            },
            {
              path: '/app/jansi.jar',
              from: `${jars.debs.jansi} /usr/share/java/jansi.jar, unchanged`,
              natives: ['Mac/arm64', 'Mac/x86', 'Mac/x86_64'].map(d => ({
                entry: `org/fusesource/jansi/internal/native/${d}/libjansi.jnilib`,
                os: 'macOS'
              }))
            }
          ],
          extraProbes: [['java', '-Djansi.graceful=false', '-jar', '/app/jansi-app.jar']]
        }
      }
    }),
    oracle: (ctx, built) => javaOracle(ctx, built, {})
  }
]

/**
 * What the real programs say about one scenario's root. `onDemand`: also run AwtProbe headless (the default without
 * DISPLAY) and with -Djava.awt.headless=false, and SoundProbe (libjsound.so, ALSA); `noProc`: also `java -version`
 * before /proc is mounted (both in the full set only).
 */
async function javaOracle(ctx, built, { onDemand = false, noProc = false }) {
  const { root } = ctx
  const a = ARCHES[ctx.arch]
  const env = built.env ?? {}
  const javaHome = built.base.javaHome
  const jars = await javaJars(ctx)
  const cleanup = await placeProbeClasses(root, jars.classes)
  try {
    // The ci set keeps what costs one JVM start each: no AWT or sound probes, no run without /proc, loads in one JVM.
    const full = ctx.set === 'full'
    onDemand &&= full
    noProc &&= full
    const modes = full ? ['each', 'one'] : ['one']
    const probesWithoutProc = noProc
      ? [await probe(root, ['java', '-version'], env, 'java -version, /proc not mounted')]
      : []
    // The loader alone, before /proc is mounted (its walk of the root must not enter /proc; --list does not need it).
    const ld = await ldList(root, a.loader, a.elf, javaHome, env, ctx.jobs)
    const lay = await layout(root, javaHome, ld)
    const { probes, loads } = await withProc(root, async () => {
      const probes = [await probe(root, ['java', '-version'], env, 'java -version')]
      if (built.entrypoint.join(' ') !== 'java -version')
        probes.push(await probe(root, built.entrypoint, env, 'entrypoint'))
      for (const argv of full ? (built.extraProbes ?? []) : [])
        probes.push(await probe(root, argv, env, `entrypoint with ${argv.slice(1, -2).join(' ')}`))
      if (onDemand) {
        probes.push(
          await probe(root, ['java', '-cp', PROBE_DIR, 'AwtProbe'], env, 'AWT Toolkit, headless (no DISPLAY)')
        )
        probes.push(
          await probe(
            root,
            ['java', '-Djava.awt.headless=false', '-cp', PROBE_DIR, 'AwtProbe'],
            env,
            'AWT Toolkit, -Djava.awt.headless=false'
          )
        )
        probes.push(
          await probe(root, ['java', '-cp', PROBE_DIR, 'SoundProbe'], env, 'javax.sound AudioSystem.getMixerInfo()')
        )
      }
      const loads = await jvmLoads(root, javaHome, env, modes, ctx.jobs)
      return { probes, loads }
    })
    return {
      javaHome,
      jreArch: built.base.jreArch,
      loader: a.loader,
      packages: built.base.packages,
      notes: built.base.notes,
      proc: 'mounted (mount -t proc) for probes and jvmLoads, as in a container; not for ldList',
      jars: built.jars ?? [],
      systemNatives: built.system ?? [],
      probesWithoutProc,
      probes,
      layout: lay,
      jvmLoads: loads,
      ldList: ld,
      verdict: verdictOf(probes, loads, ld, lay)
    }
  } finally {
    await cleanup()
  }
}

/** A short account for summary.json and the log. */
function verdictOf(probes, loads, ld, lay) {
  const results = loads.each?.results ?? loads.one?.results ?? []
  const failing = results.filter(r => r.status !== 'loaded' && r.status !== 'loaded-by-jdk')
  const aloneFailing = ld.filter(o => !o.foreign && !o.loads).length
  const p = probes.map(x => `${x.name} ${x.ok ? 'ok' : `exit ${x.exit}`}`).join('; ')
  return {
    summary:
      `${p}; ` +
      (loads.started
        ? `JVM loads ${results.length - failing.length}/${results.length} of lib/**.so`
        : `the JVM did not start (${loads.libraries.length} lib/**.so not asked)`) +
      (failing.length ? ` (failing: ${failing.map(f => f.path.split('/').pop()).join(', ')})` : '') +
      `; ld.so alone: ${aloneFailing}/${ld.length} own-architecture files not loading` +
      (ld.some(o => o.foreign) ? ` (${ld.filter(o => o.foreign).length} foreign: none loads)` : '') +
      `; need libjvm.so: ${lay.needLibjvm.length}` +
      (loads.agree === false ? `; one-JVM and per-library loads DISAGREE on ${loads.disagreements.length}` : ''),
    jvmFailing: failing.map(f => ({ path: f.path, status: f.status, message: f.message ?? null })),
    jvmLoadedByJdk: results.filter(r => r.status === 'loaded-by-jdk').map(r => r.path),
    missingGroupsAlone: [...new Set(ld.flatMap(o => (o.notFound ?? []).map(needGroup)))]
  }
}
