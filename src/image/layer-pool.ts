/**
 * Walking layer files on worker threads. A walk keeps about one and a half cores busy: gunzip on libuv's thread pool
 * and the tar parsing in JavaScript, which alternate. The main thread is a walker and each worker adds one more, at
 * about 40 MB of its own heap; each takes two walks at once (WALKS_PER_THREAD). So there are floor(cores / 2) - 1
 * workers: none on 2 cores (measured: two platforms take the same time with one, 2.1-2.3 s against 2.3-2.4 s, for
 * 50 MB more), one on 4, three on 8. MULTIARCH_VERIFY_LAYER_WORKERS sets the number. Without workers, or when the
 * worker script is not there (the sources run unbundled, as in unit tests), layers are walked on the main thread,
 * with the same result.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { cores } from '../concurrency.js'
import { UserError } from '../errors.js'
import type { Range } from './file-chunks.js'
import { walkFile, type Expected, type LayerEntry } from './layer.js'

type Reply = { id: number; entries?: LayerEntry[]; error?: string; user?: boolean; stack?: string }
/** A walk for a worker: what layer-worker.ts receives (with an id). */
export interface Job {
  path: string
  expected?: Expected
  range?: Range
  label?: string
}
/** A bug a worker met, with the stack it had there. */
function bugOf(reply: Reply): Error {
  const err = new Error(reply.error)
  if (reply.stack) err.stack = reply.stack
  return err
}
type Pending = { resolve: (e: LayerEntry[]) => void; reject: (err: Error) => void }

/**
 * How many walks one thread takes at once: a walk alternates between parsing on its thread and gunzip on libuv's
 * pool, so a second walk fills the first one's gaps (two walks on one thread of 2 cores: 2.0 s against 2.6 s one
 * after the other); more only queue.
 */
export const WALKS_PER_THREAD = 2

/**
 * The walker threads: the main thread and the workers, each taking up to WALKS_PER_THREAD walks, a job going to the
 * least busy. The main thread is a walker too: before, every walk went to the workers when there were any, so on 4
 * cores (one worker) two platforms were walked one after the other while the main thread waited.
 */
class LayerPool {
  private readonly workers: Worker[] = []
  private readonly queue: Array<{ job: Job; pending: Pending }> = []
  private readonly pending = new Map<number, Pending>()
  /** The jobs in flight on each worker. */
  private readonly busy = new Map<Worker, Set<number>>()
  private mainLoad = 0
  private nextId = 0

  constructor(
    private readonly script: URL,
    private readonly size: number
  ) {}

  run(job: Job): Promise<LayerEntry[]> {
    return new Promise((resolve, reject) => {
      this.queue.push({ job, pending: { resolve, reject } })
      this.pump()
    })
  }

  private spawn(): Worker {
    const w = new Worker(this.script, { resourceLimits: { maxYoungGenerationSizeMb: 4 } })
    w.unref() // an idle pool never keeps the process alive
    this.busy.set(w, new Set())
    w.on('message', (reply: Reply) => {
      const p = this.pending.get(reply.id)
      this.pending.delete(reply.id)
      const jobs = this.busy.get(w)
      jobs?.delete(reply.id)
      if (jobs?.size === 0) w.unref()
      if (p) {
        if (reply.entries) p.resolve(reply.entries)
        else p.reject(reply.user ? new UserError(reply.error ?? 'layer error') : bugOf(reply))
      }
      this.pump()
    })
    // A worker that fails or exits mid-job rejects its jobs (never a hang) and is replaced on demand.
    const lost = (err: Error): void => {
      for (const id of this.busy.get(w) ?? []) {
        this.pending.get(id)?.reject(err)
        this.pending.delete(id)
      }
      this.busy.delete(w)
      const at = this.workers.indexOf(w)
      if (at >= 0) this.workers.splice(at, 1)
      this.pump()
    }
    w.on('error', lost)
    w.on('exit', code => lost(new Error(`the layer worker exited (code ${code})`)))
    this.workers.push(w)
    return w
  }

  /** The least busy walker with room: the main thread (null), a worker, or a new worker; undefined when all are full. */
  private pick(): Worker | null | undefined {
    let best: Worker | null | undefined = this.mainLoad < WALKS_PER_THREAD ? null : undefined
    let load = this.mainLoad
    for (const w of this.workers) {
      const n = this.busy.get(w)?.size ?? 0
      if (n < WALKS_PER_THREAD && (best === undefined || n < load)) {
        best = w
        load = n
      }
    }
    if ((best === undefined || load > 0) && this.workers.length < this.size) return this.spawn()
    return best
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const w = this.pick()
      if (w === undefined) return
      const { job, pending } = this.queue.shift() as (typeof this.queue)[number]
      if (w === null) {
        this.mainLoad++
        walkFile(job.path, job.expected, job.range, job.label)
          .then(pending.resolve, pending.reject)
          .finally(() => {
            this.mainLoad--
            this.pump()
          })
        continue
      }
      const id = this.nextId++
      this.pending.set(id, pending)
      this.busy.get(w)?.add(id)
      w.ref() // a job in flight keeps the process alive
      w.postMessage({ id, ...job })
    }
  }
}

/** The number of layer workers: the setting when it is a whole number, else one walker per two cores, less main. */
export function workerCount(setting: string | undefined, cpus: number): number {
  if (setting !== undefined && /^\d+$/.test(setting.trim())) return Number(setting.trim())
  return Math.max(0, Math.floor(cpus / 2) - 1)
}

let pool: LayerPool | null | undefined

function getPool(): LayerPool | null {
  if (pool === undefined) {
    const script = new URL('./layer-worker.js', import.meta.url)
    const size = workerCount(process.env.MULTIARCH_VERIFY_LAYER_WORKERS, cores())
    const bundled = script.protocol === 'file:' && existsSync(fileURLToPath(script))
    pool = size > 0 && bundled ? new LayerPool(script, size) : null
  }
  return pool
}

/** Walk a layer blob stored in a file (or a range of one), on the least busy walker thread. */
export function walkLayerFile(
  path: string,
  expected: Expected | undefined,
  range?: Range,
  label?: string
): Promise<LayerEntry[]> {
  const p = getPool()
  const job: Job = { path, ...(expected ? { expected } : {}), ...(range ? { range } : {}), ...(label ? { label } : {}) }
  return p ? p.run(job) : walkFile(path, expected, range, label)
}
