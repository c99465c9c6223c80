/**
 * A JDK or JRE as the process its launcher starts: `bin/java` (and every other launcher of `bin/`) loads `libjli.so`
 * through its RUNPATH, reads `lib/jvm.cfg` and loads the VM it names first (`lib/server/libjvm.so`), and the JDK's own
 * libraries are loaded into that process afterwards, where their need for `libjvm.so` is met by the VM already
 * loaded (glibc and musl match a needed name against a loaded object's SONAME or base name). Of those, the core ones
 * load as the VM starts; the others only when a program uses their API (AWT's X11 libraries, sound's ALSA), so what
 * they lack breaks only such programs. Layouts: Debian's `/usr/lib/jvm/java-17-openjdk-amd64`, Temurin's
 * `/opt/java/openjdk`, JDK 8's `jre/lib/<arch>/`. Pure over the file tree.
 */
import { posix } from 'node:path'
import type { FileTree } from '../image/filetree.js'

export interface Jdk {
  /** Its home: the directory of `bin/java`'s parent. */
  home: string
  /** The VM the launcher loads: jvm.cfg's first known one whose libjvm.so is there. */
  vm?: string
  /** libjli.so, which the launchers need. */
  jli?: string
  /** Every other libjvm.so (VMs jvm.cfg does not choose): never loaded. */
  otherVms: string[]
}

/**
 * The libraries loaded as the VM starts, before any program code: what they lack stops `java` itself. Debian's
 * openjdk-17 in a chroot had libjli, libjvm, libjava, libjimage, libnet, libnio and (amd64) libjsvml mapped when
 * `main` ran (test-env/runtimes); JDK 8 loads libverify and libzip at start as well.
 */
export const CORE_LIBRARIES = new Set([
  'libjava.so',
  'libjimage.so',
  'libnet.so',
  'libnio.so',
  'libjsvml.so',
  'libverify.so',
  'libzip.so'
])

/** jvm.cfg's VMs in order: `-server KNOWN`, `-client IGNORE`, `-zero ALIASED_TO -server`. */
function vmsOf(cfg: string | undefined): string[] {
  const out: string[] = []
  for (const line of (cfg ?? '').split('\n')) {
    const m = /^\s*-(\w+)\s+(KNOWN|ALIASED_TO\s+-(\w+)|WARN|ERROR|IF_SERVER_CLASS\s+-(\w+))/.exec(line)
    if (!m) continue
    out.push((m[3] ?? m[1]) as string)
  }
  return out
}

/** The JDKs of an image, found by their `bin/java` launchers (ELF files), JDK 9+ and JDK 8 layouts alike. */
export function findJdks(tree: FileTree, launchers: string[]): Jdk[] {
  const out: Jdk[] = []
  for (const java of launchers) {
    const home = posix.dirname(posix.dirname(java))
    if (out.some(j => j.home === home)) continue
    // JDK 9+: lib/jvm.cfg, lib/<vm>/libjvm.so; JDK 8: lib/<arch>/jvm.cfg, lib/<arch>/<vm>/libjvm.so, .../jli/.
    const libDirs = [
      posix.join(home, 'lib'),
      ...tree.list(posix.join(home, 'lib')).map(d => posix.join(home, 'lib', d))
    ]
    const cfgDir = libDirs.find(d => tree.isFile(posix.join(d, 'jvm.cfg')))
    const vmDir = cfgDir ?? libDirs.find(d => tree.isFile(posix.join(d, 'server', 'libjvm.so')))
    if (!vmDir) continue
    const vms = vmsOf(cfgDir ? tree.text(posix.join(cfgDir, 'jvm.cfg')) : undefined)
    const all = tree
      .list(vmDir)
      .map(d => posix.join(vmDir, d, 'libjvm.so'))
      .filter(p => tree.isFile(p))
    const order = [...vms, 'server', 'client', 'zero', 'minimal']
    const vm = order.map(v => posix.join(vmDir, v, 'libjvm.so')).find(p => all.includes(p))
    const jli = [posix.join(home, 'lib', 'libjli.so'), posix.join(vmDir, 'jli', 'libjli.so')].find(p => tree.isFile(p))
    out.push({ home, ...(vm ? { vm } : {}), ...(jli ? { jli } : {}), otherVms: all.filter(p => p !== vm) })
  }
  return out
}

/** The JDK a path belongs to, if any. */
export function jdkOf(jdks: Jdk[], path: string): Jdk | undefined {
  return jdks.find(j => path.startsWith(`${j.home}/`))
}
