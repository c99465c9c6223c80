/**
 * JNI libraries packed inside jars: sqlite-jdbc (`org/sqlite/native/Linux/aarch64/`), JNA (`com/sun/jna/linux-aarch64/`),
 * Netty (`META-INF/native/libnetty_transport_native_epoll_aarch_64.so`), zstd-jni, snappy, lz4, RocksDB. Each library
 * ships a build per OS and architecture and, at run time, extracts and loads the one named for the JVM's `os.name`
 * and `os.arch`. A jar is wrong on a platform only when it has Linux builds of a library but none for this
 * architecture, and no other jar of the image has one (Netty ships each architecture in a jar of its own). The
 * central directory is read from the jar's tail while the layer streams; jars inside jars are not opened. Pure.
 */
import { posix } from 'node:path'
import { sameElfShape, type Architecture } from '../binary/arch.js'
import type { FileNode, FileTree } from '../image/filetree.js'
import type { PackageFacts } from './facts.js'
import { namesTarget, targetIn, withoutTarget, type Target } from './targets.js'
import { append } from '../maps.js'
import { NATIVE_NAME } from '../image/package-files.js'

/** Java's `os.arch` for each architecture, as the JVM reports it. */
const JAVA_ARCH: Record<string, string> = {
  amd64: 'amd64',
  arm64: 'aarch64',
  arm: 'arm',
  '386': 'x86',
  ppc64le: 'ppc64le',
  s390x: 's390x',
  riscv64: 'riscv64',
  loong64: 'loongarch64'
}

/** JNA's platform directory names (`com/sun/jna/linux-x86-64/`): Java's, but amd64's. */
const JNA_ARCH: Record<string, string> = { ...JAVA_ARCH, amd64: 'x86-64' }

interface Family {
  test: RegExp
  /** What the library throws when the jar has no build for the platform. */
  words: (arch: Architecture, native: string) => string
  /** The library runs without it (Netty's native transports: the application falls back to NIO). */
  optional?: boolean
}

const FAMILIES: Family[] = [
  {
    test: /^com\/sun\/jna\//,
    words: (a, n) =>
      `Native library (com/sun/jna/linux-${JNA_ARCH[a.name] ?? a.name}/${posix.basename(n)}) not found in resource path`
  },
  {
    test: /^org\/sqlite\/native\//,
    words: a => `No native library found for os.name=Linux, os.arch=${JAVA_ARCH[a.name] ?? a.name}`
  },
  {
    test: /^META-INF\/native\/lib(netty_transport_native|netty_resolver_dns_native)/,
    words: (_, n) => `could not load a native library: ${posix.basename(n).replace(/^lib|\.so$/g, '')}`,
    optional: true
  }
]

/**
 * The directories of the JVM's `java.library.path` on Linux (OpenJDK's default, with Debian's multiarch `jni`
 * directories), where a library that also ships natives in its jar looks first (`System.loadLibrary`: JNA unless
 * `jna.nosys`, Debian's patched JNA always).
 */
function libraryPath(arch: Architecture): string[] {
  return [
    '/usr/java/packages/lib',
    ...(arch.bits === 64 ? ['/usr/lib64', '/lib64'] : []),
    '/lib',
    '/usr/lib',
    '/usr/lib/jni',
    ...arch.tuples.flatMap(t => [`/usr/lib/${t}/jni`, `/usr/lib/${t}`, `/lib/${t}`])
  ]
}

/** Whether the JVM's library path has a build of `native` (`libjnidispatch.so`) for the platform's machine. */
function onLibraryPath(tree: FileTree, arch: Architecture, native: string): boolean {
  const stem = posix.basename(native).replace(NATIVE_NAME, '')
  for (const dir of libraryPath(arch)) {
    for (const name of tree.list(dir)) {
      if (!name.startsWith(stem) || !/\.so(\.\d+)*$/.test(name)) continue
      const r = tree.resolve(posix.join(dir, name))
      const elf = r.ok && r.node.binary?.format === 'elf' ? r.node.binary : undefined
      if (elf && sameElfShape(elf, arch)) return true
    }
  }
  return false
}

interface Native {
  jar: string
  layer?: number
  entry: string
  target: Target
  key: string
}

/**
 * The jars whose natives have Linux builds but none for this architecture, anywhere in the image: one per jar, with
 * what the library throws (`UnsatisfiedLinkError`). Natives for other systems only (a Windows DLL) say nothing.
 */
export function jarVerdicts(
  tree: FileTree,
  arch: Architecture,
  files: Iterable<FileNode> = tree.files()
): PackageFacts[] {
  const natives: Native[] = []
  // A jar whose central directory could not be read whole (past MAX_NAMES entries, or cut): the build for this
  // machine may be among the names not read, so it is never said to lack one (its natives still serve others).
  const partial = new Set<string>()
  for (const node of files) {
    if (node.pkg?.kind !== 'jar') continue
    if (node.pkg.truncated) partial.add(node.path)
    for (const entry of node.pkg.natives) {
      const target = targetIn(entry)
      if (!namesTarget(target) || (target.os !== undefined && target.os !== 'linux')) continue
      if (!target.arch) continue
      natives.push({
        jar: node.path,
        entry,
        target,
        key: withoutTarget(entry),
        ...(node.layer !== undefined ? { layer: node.layer } : {})
      })
    }
  }
  const byKey = new Map<string, Native[]>()
  for (const n of natives) append(byKey, n.key, n)
  const out = new Map<string, PackageFacts>()
  for (const builds of byKey.values()) {
    if (builds.some(b => b.target.arch?.name === arch.name)) continue
    // Installed on the system for this machine (Debian's libjna-jni): loaded from there, before the jar is looked in.
    if (builds[0] && onLibraryPath(tree, arch, builds[0].entry)) continue
    for (const b of builds) {
      if (out.has(b.jar) || partial.has(b.jar)) continue
      const family = FAMILIES.find(f => f.test.test(b.entry))
      const has = [...new Set(builds.filter(x => x.jar === b.jar).map(x => posix.dirname(x.entry) + '/'))]
      out.set(b.jar, {
        ecosystem: 'jar',
        name: posix.basename(b.jar),
        path: b.jar,
        layout: family?.optional ? 'jar-natives-optional' : 'jar-natives',
        ...(b.layer !== undefined ? { layer: b.layer } : {}),
        takes: [],
        fails: {
          wants: `linux-${JAVA_ARCH[arch.name] ?? arch.name}`,
          has,
          words:
            family?.words(arch, b.entry) ??
            `java.lang.UnsatisfiedLinkError: no build of ${posix.basename(b.entry)} for linux-${JAVA_ARCH[arch.name] ?? arch.name}`
        }
      })
    }
  }
  return [...out.values()]
}
