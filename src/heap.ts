/**
 * The main thread's heap, tuned for streaming layers through it, within the memory bound. V8 reads these flags
 * whenever it sizes a space, so they hold when set at run time (the flags that size a heap at its start do not: the
 * action is started by the runner, without flags of ours).
 *
 * - The young generation stays at its first size instead of growing: on Node 24 (the action's runtime) it grows to
 *   tens of megabytes while layers stream through, and a run of the benchmark images peaked at 250-300 MB against
 *   215 MB with this, for 6-10% more time in the scavenger. The layer workers are bounded the same way (layer-pool.ts).
 * - With so small a young generation, what a walk holds across a few awaits is promoted, and full collections of an
 *   old generation of 10-20 MB came every 50-80 ms (80-90 per run of the benchmark image), their marking on V8's helper
 *   threads taking a quarter of the CPU. While the process is small, the old generation may grow to 4 times what
 *   survived the last full collection before the next one (`--heap-growing-percent=300`; V8's own factor is about 2
 *   there): 2-core runs of the benchmark images took 10-20% less time. The garbage that waits longer holds the layers'
 *   buffers longer, though, and on the 8-platform load image the process grew to 275 MB; so above `RELAX_RSS` V8's own
 *   factor is restored, and lazy collection resumes only once the process is back under `EAGER_RSS`.
 */
import { setFlagsFromString } from 'node:v8'

const RELAX_RSS = 170 * 1024 * 1024
const EAGER_RSS = 140 * 1024 * 1024
const EVERY_MS = 50

/** Tune the heap until the returned function is called (it restores V8's own growing factor). */
export function tuneHeap(): () => void {
  setFlagsFromString('--semi-space-growth-factor=1')
  let lazy = false
  const set = (on: boolean): void => {
    if (on === lazy) return
    lazy = on
    setFlagsFromString(`--heap-growing-percent=${on ? 300 : 0}`)
  }
  const watch = (): void => {
    const rss = process.memoryUsage.rss()
    if (rss > RELAX_RSS) set(false)
    else if (rss < EAGER_RSS) set(true)
  }
  watch()
  const timer = setInterval(watch, EVERY_MS)
  timer.unref()
  return () => {
    clearInterval(timer)
    set(false)
  }
}
