/** The facts the inspection stage hands to the checks: plain data, no I/O handles. */
import type { BinaryFacts } from '../binary/identify.js'
import type { Platform } from '../platform.js'
import type { Dependencies } from './dependencies.js'
import type { LoadResult } from './loader/types.js'

export type { BinaryFacts }

export interface ExecutableFacts {
  path: string
  mode: number
  size: number
  binary: BinaryFacts
  /** sha256 (hex) of the whole file, for ELF files. */
  sha256?: string
  /** Its loader or `#!` interpreter, and whether the image has them. */
  deps?: Dependencies
  /** The index of the layer that wrote it, to trace it back to a Dockerfile instruction. */
  layer?: number
  /** A native module: which runtime loads it, and whether it would load this very file. */
  module?: ModuleFacts
  /** What the loader would make of it, when something would stop it (missing libraries or symbol versions). */
  load?: LoadResult
  /** The package it belongs to (node_modules, site-packages, a JDK): judged as the package's, not as the user's build. */
  package?: PackageRef
}

export type EntrypointFacts =
  | {
      argv: string[]
      resolved: true
      resolvedPath: string
      mode: number
      uid: number
      gid: number
      binary: BinaryFacts
      isDirectory: boolean
      /** Windows shell form (`cmd /S /C app.exe`): the program the shell starts, found as cmd.exe finds it. */
      inner?: EntrypointFacts
    }
  | {
      argv: string[]
      resolved: false
      reason: string
      searched: string[]
      /** Not found where it was looked for, but where else it may be is not read (Windows' registry PATH): not judged. */
      uncertain?: boolean
    }

export interface BuildFailure {
  /** The failing step as buildx names it (`[build 3/4] RUN go build ...`). */
  step?: string
  /** The last lines of the build log. */
  logTail: string
  location?: { file: string; line: number }
}

/** `not-checked`: the environment stopped it (no emulator for a build, a daemon that died); `error` says why. */
export type PlatformStatus = 'inspected' | 'missing' | 'build-failed' | 'unreadable' | 'not-checked'

export interface PlatformFacts {
  /** The platform this result is for: the one requested, or the one the index offers. */
  platform: Platform
  status: PlatformStatus
  /** Manifest digest. */
  digest?: string
  indexPlatform?: Platform
  /** `os.version` and `os.features` of the index entry (or else the config): Windows images name their build. */
  osVersion?: string
  osFeatures?: string[]
  /** Windows images: whether the image has WoW64 (32-bit x86 programs run), and whether its layers had `Files/`. */
  windows?: { wow64: boolean; layout: boolean }
  /** Why this platform's files were not checked at all (an OS this tool has no rules for). */
  notChecked?: string
  config?: { os: string; architecture: string; variant?: string }
  entrypoint?: EntrypointFacts
  /** The PATH directories of the image's config (or the default PATH). */
  searchPath?: string[]
  /** The config's User (`""` or absent: root). */
  user?: string
  /** ARM loaders present in the image (for the float ABI): paths from ARM_LOADERS. */
  armLoaders?: string[]
  /** The config's history (created_by, and whether it made a layer), and the number of layers. */
  history?: Array<{ createdBy: string; empty: boolean }>
  layerCount?: number
  /** The config file's required paths, resolved in this image. */
  required?: Array<{ path: string; found: boolean; executable: boolean }>
  /** Every regular file with an exec bit, or with an ELF or `#!` magic. */
  executables: ExecutableFacts[]
  /** Packages whose own loaders choose their native builds (npm, jars), as far as they have native code. */
  packages?: PackageFacts[]
  /** Libraries programs need that the container runtime provides (the NVIDIA driver's), with who provides them. */
  provided?: Array<{ name: string; by: string; neededBy: string[] }>
  build?: BuildFailure
  /** Why an image could not be read (`unreadable`) or checked (`not-checked`). */
  error?: string
  durationMs: number
}

/** What the config file asks of every platform image: paths it must have, libraries the container runtime provides. */
export interface ImageExpectations {
  require?: string[]
  /** Library names (or `prefix*` globs) the container runtime provides (`provided-libraries`). */
  provided?: string[]
}

/** The runtimes whose native modules are judged (inspect/modules.ts). */
export type Runtime = 'python' | 'node' | 'ruby' | 'perl' | 'php' | 'java' | 'plugin'

/** The kinds of package whose files are judged as the package's, one finding per package. */
export type Ecosystem = 'npm' | 'python' | 'gem' | 'jdk' | 'jar'

/** The package a file belongs to: an npm package's directory, a Python distribution's, a JDK's home, a jar. */
export interface PackageRef {
  ecosystem: Ecosystem
  name: string
  path: string
  version?: string
}

export interface ModuleFacts {
  runtime: Runtime
  /** Whether the runtime of this platform loads this very file (Python: it is the first match of its name). */
  loaded: boolean
  /** The module or package it belongs to (`_yaml`, `sharp`, `nokogiri`), for messages. */
  name: string
  /** A file named for another architecture, with no build for this platform beside it. */
  noBuildForPlatform?: boolean
  /** A Python module tagged for the other C library only (`-linux-musl` in a glibc image): never found. */
  otherLibc?: 'glibc' | 'musl'
  /** The package it belongs to: what is wrong with it is said once for the package. */
  package?: PackageRef
  /** Objects its process has loaded before it (a JVM's libjvm.so and libjli.so): their names are met. */
  preloaded?: string[]
  /** Loaded only when a program uses it (a JDK's AWT or sound libraries): what it lacks is a note. */
  onDemand?: boolean
}

/**
 * A package whose own loader decides which native build it takes (an npm package, a jar's JNI natives): what it takes
 * here, and when no build loads and nothing falls back, what its loader looks for and throws.
 */
export interface PackageFacts extends PackageRef {
  /** How it ships its builds (`platform-packages`, `prebuilds`, `jar-natives`...). */
  layout: string
  /** The layer that wrote its package.json (or the jar), to trace it back to a Dockerfile instruction. */
  layer?: number
  /** The native files its loader takes here. */
  takes: string[]
  fails?: { wants: string; has: string[]; words: string }
  /** It loads here without a native build of its own: what it falls back to. */
  fallback?: string
  /** Every package that depends on it does so optionally, and goes on without it. */
  optionalFor?: string[]
  /** The packages that need it, and fail with it. */
  dependents?: string[]
}
