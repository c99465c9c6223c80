/** What the loader model says about one program or module: what would stop it from loading. Plain data. */

/** A candidate the loader looked at and passed over (another ELF class or machine): it keeps searching. */
export interface Skipped {
  path: string
  /** What the file is (`x86-64 (64-bit, LSB)`). */
  what: string
  /** Its ELF class (32 or 64) when it is not the program's: glibc then says "wrong ELF class". */
  otherClass?: 32 | 64
}

export interface MissingLibrary {
  /** The DT_NEEDED name. */
  name: string
  /** The object whose DT_NEEDED it is (the program itself, or a library it loads). */
  neededBy: string
  /** Files of that name the loader passed over. */
  skipped: Skipped[]
  /**
   * Why it fails: not found; or a fatal error on a candidate (glibc stops at, say, a file that is not ELF, of the
   * other byte order or float ABI; musl at the first file it finds, whatever its machine).
   */
  reason: 'not-found' | 'fatal'
  /** The loader's own words for a fatal candidate (`invalid ELF header`), and the file. */
  fatal?: { path: string; error: string }
}

export interface MissingVersion {
  version: string
  /** The library that lacks it, as the loader opened it, its real path in the image, and its name in the need. */
  library: string
  realPath: string
  file: string
  requiredBy: string
}

/** A library the image does not have, that the container runtime provides when the container starts. */
export interface ProvidedLibrary {
  name: string
  neededBy: string
  /** Who provides it (`the NVIDIA container runtime`, `the config file`). */
  by: string
}

/** The process a file is loaded into, when it is not a fresh one. */
export interface ProcessContext {
  /** Objects the process has loaded already (a JVM's libjvm.so, by the launcher): names they go by are met. */
  preloaded?: string[]
}

export interface LoadResult {
  libc: 'glibc' | 'musl'
  missing: MissingLibrary[]
  /** Libraries not in the image that the container runtime provides. */
  provided?: ProvidedLibrary[]
  versions: MissingVersion[]
  /** Loaded objects whose dynamic section could not be read: what they need is not known. */
  unknown: string[]
  /** How many objects the program loads, itself and its loader included. */
  loaded: number
}
