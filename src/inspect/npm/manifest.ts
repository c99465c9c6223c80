/**
 * What is kept of an installed npm package's package.json: the fields that tell which platform it is for and how it
 * finds its native code (npm's `os`, `cpu` and `libc`; the per-platform `optionalDependencies`; node-pre-gyp's
 * `binary`; napi-rs's `napi`; the loader it depends on). Everything else of the file is let go while the layer
 * streams. Bounded and total: text that is not a JSON object is no manifest, never an error. Pure.
 */

export interface NpmManifest {
  name?: string
  version?: string
  os?: string[]
  cpu?: string[]
  libc?: string[]
  /** The names of its optional dependencies, where per-platform packages are listed. */
  optional?: string[]
  /** The names of its other dependencies (`dependencies`, `peerDependencies`). */
  requires?: string[]
  /** `main`, as written. */
  main?: string
  /** node-pre-gyp's `binary.module_path` and `binary.module_name`. */
  binary?: { modulePath: string; moduleName?: string }
  /** A napi-rs package (`napi` in its package.json), and the binary name its loader builds file names from. */
  napi?: { binaryName?: string }
  /** The native loaders it depends on (node-gyp-build, bindings, node-pre-gyp, prebuild-install, detect-libc...). */
  uses?: string[]
  /** Its `bin` commands' files, relative to the package. */
  bin?: string[]
}

/** A package.json larger than this is no manifest here (real ones are a few kilobytes). */
export const MAX_MANIFEST = 1024 * 1024

const LOADERS = [
  'node-gyp-build',
  'node-gyp-build-optional-packages',
  'bindings',
  '@mapbox/node-pre-gyp',
  'node-pre-gyp',
  '@discordjs/node-pre-gyp',
  'prebuild-install',
  'detect-libc',
  'node-addon-api',
  '@napi-rs/wasm-runtime'
]

const strings = (v: unknown, max = 64): string[] | undefined => {
  const list = typeof v === 'string' ? [v] : Array.isArray(v) ? v : undefined
  const out = list?.filter((x): x is string => typeof x === 'string' && x.length <= 256).slice(0, max)
  return out?.length ? out : undefined
}

const keys = (v: unknown, max = 256): string[] =>
  v && typeof v === 'object' && !Array.isArray(v) ? Object.keys(v).slice(0, max) : []

/** The facts of a package.json's text, or undefined when it is not a JSON object. */
export function parseManifest(text: string): NpmManifest | undefined {
  if (text.length > MAX_MANIFEST) return undefined
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return undefined
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) return undefined
  const j = json as Record<string, unknown>
  const m: NpmManifest = {}
  const str = (k: string): string | undefined =>
    typeof j[k] === 'string' && (j[k] as string).length <= 256 ? (j[k] as string) : undefined
  const name = str('name')
  const version = str('version')
  const main = str('main')
  if (name) m.name = name
  if (version) m.version = version
  if (main) m.main = main
  for (const k of ['os', 'cpu', 'libc'] as const) {
    const v = strings(j[k])
    if (v) m[k] = v
  }
  // Optional: its optionalDependencies, and the peers peerDependenciesMeta marks optional (ws's bufferutil).
  const meta = (j.peerDependenciesMeta ?? {}) as Record<string, { optional?: unknown }>
  const optionalPeers = keys(j.peerDependencies).filter(d => meta[d]?.optional === true)
  const optional = [...new Set([...keys(j.optionalDependencies), ...optionalPeers])]
  if (optional.length) m.optional = optional
  const requires = [...new Set([...keys(j.dependencies), ...keys(j.peerDependencies)])].filter(
    d => !optional.includes(d)
  )
  if (requires.length) m.requires = requires
  const binary = j.binary as Record<string, unknown> | undefined
  if (binary && typeof binary === 'object' && typeof binary.module_path === 'string') {
    m.binary = { modulePath: binary.module_path.slice(0, 512) }
    if (typeof binary.module_name === 'string') m.binary.moduleName = binary.module_name.slice(0, 256)
  }
  const napi = j.napi as Record<string, unknown> | undefined
  if (napi && typeof napi === 'object') {
    const bn = napi.binaryName ?? napi.name
    m.napi = typeof bn === 'string' && bn.length <= 256 ? { binaryName: bn } : {}
  }
  const deps = new Set([...keys(j.dependencies), ...keys(j.optionalDependencies), ...keys(j.peerDependencies)])
  const uses = LOADERS.filter(l => deps.has(l))
  if (uses.length) m.uses = uses
  const bin = typeof j.bin === 'string' ? [j.bin] : Object.values((j.bin as Record<string, unknown>) ?? {})
  const bins = strings(
    bin.filter(b => typeof b === 'string'),
    32
  )
  if (bins) m.bin = bins
  return m
}
