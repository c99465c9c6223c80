/** The order both loaders load in: breadth first, the list of objects loaded so far being the queue itself. */
import type { ElfFacts } from '../../binary/elf.js'

/** More objects than any process loads: a bound against a hostile image. */
const MAX_OBJECTS = 4096

/**
 * Call `each` for every DT_NEEDED name of every object, in load order; `each` appends what it loads to `objects`.
 * An object whose dynamic section could not be read is listed in `unknown`: what it needs is not known.
 */
export function breadthFirst<T extends { path: string; elf: ElfFacts; preloaded?: boolean }>(
  objects: T[],
  unknown: string[],
  each: (obj: T, name: string) => void
): void {
  for (let i = 0; i < objects.length && i < MAX_OBJECTS; i++) {
    const obj = objects[i] as T
    // An object the process had loaded before (a JVM's libjvm.so) is met, not loaded again: its needs were its own.
    if (obj.preloaded) continue
    if (obj.elf.needed === undefined) {
      if (obj.elf.hasDynamic) unknown.push(obj.path)
      continue
    }
    for (const name of obj.elf.needed) each(obj, name)
  }
}
