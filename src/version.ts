/** The tool's version; a unit test keeps it equal to package.json's. */
export const VERSION = '0.1.0'
export const TOOL_NAME = 'multiarch-verify'
/**
 * The shape of the facts a layer walk produces (LayerEntry, BinaryFacts, ElfFacts, ...), for the facts cache. Raise
 * it with any change to what the walk or the readers keep; the engine hash below catches what is forgotten.
 */
export const FACTS_VERSION = 4
/**
 * The bundled engine's content hash: scripts/bundle.mjs hashes dist/*.js as built with this placeholder and writes
 * the hash in its place, so any code change gives the facts cache a new version. Unbundled, it stays the placeholder.
 */
export const ENGINE_BUILD: string = '@@MULTIARCH_VERIFY_ENGINE_BUILD@@'
