/** Bounded concurrency: how many cores there are, and a map with a limit. */
import { availableParallelism, cpus } from 'node:os'

/** Map with at most `limit` promises in flight, results in input order. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>
): Promise<R[]> {
  const out = new Array<R>(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++
      out[i] = await fn(items[i] as T, i)
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker))
  return out
}

/** The cores this process may use (availableParallelism where Node has it). */
export function cores(): number {
  return Math.max(1, typeof availableParallelism === 'function' ? availableParallelism() : cpus().length)
}
