/**
 * What a package's JavaScript says about how it loads its native code, read from the source as it streams by: whether
 * it falls back to JavaScript when its native build fails (`try { require('node-gyp-build')(__dirname) } catch {
 * require('./fallback') }`, as bufferutil and utf-8-validate do), and the words it throws when no build loads
 * (napi-rs's generated loaders, for one). Only files that load native code are kept (they name a `.node` file,
 * node-gyp-build, bindings or napi-rs's errors); the rest of a package's JavaScript is let go. Scanned with bounded
 * regular expressions, never run or parsed. Pure.
 */

export interface LoaderSource {
  /** Relative modules it requires in a `catch` block: what it loads when its native build fails. */
  fallbacks?: string[]
  /** The native-binding error a napi-rs generated loader throws, when it is one. */
  napiError?: string
  /** It throws the last require()'s own error before its own words (napi-rs's older loaders: `throw loadError`). */
  rethrows?: boolean
  /** It hands its directory to node-gyp-build or bindings. */
  gypBuild?: boolean
}

/** JavaScript files larger than this are not read for loader facts (generated loaders are a few kilobytes). */
export const MAX_LOADER_SOURCE = 256 * 1024

/** Cheap tests, on the bytes, for whether a file may load native code at all. */
const MARKERS = ['node-gyp-build', "require('bindings')", 'require("bindings")', '.node', 'native binding']

export function mayLoadNative(bytes: Buffer): boolean {
  return MARKERS.some(m => bytes.includes(m))
}

/** napi-rs's generated loaders, version 3 and 2: the first words of what they throw. */
const NAPI_ERRORS = [/Cannot find native binding\.?[^'"`\n]{0,300}/, /Failed to load native binding/]

/** A `catch` block's requires of relative modules (not `.node` files): the JavaScript a package falls back to. */
const CATCH = /catch\s*(?:\(\s*[\w$]*\s*\))?\s*\{([^{}]{0,400})\}/g
const RELATIVE_REQUIRE = /require\(\s*['"`](\.{1,2}\/[^'"`]{1,200})['"`]\s*\)/g

export function readLoaderSource(text: string): LoaderSource | undefined {
  if (text.length > MAX_LOADER_SOURCE) return undefined
  const out: LoaderSource = {}
  const fallbacks = new Set<string>()
  for (const m of text.matchAll(CATCH)) {
    for (const r of (m[1] as string).matchAll(RELATIVE_REQUIRE)) {
      const target = r[1] as string
      if (!target.endsWith('.node') && !/binding|native|prebuild/i.test(target)) fallbacks.add(target)
    }
  }
  if (fallbacks.size) out.fallbacks = [...fallbacks].slice(0, 8)
  for (const re of NAPI_ERRORS) {
    const m = re.exec(text)
    if (m) {
      out.napiError = m[0].trim()
      break
    }
  }
  if (out.napiError && /throw\s+loadError\b/.test(text)) out.rethrows = true
  if (/require\(\s*['"](node-gyp-build|bindings|node-gyp-build-optional-packages)['"]\s*\)\s*\(/.test(text)) {
    out.gypBuild = true
  }
  return Object.keys(out).length ? out : undefined
}
