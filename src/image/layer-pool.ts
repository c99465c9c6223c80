/**
 * Walking layer files on worker threads. A walk keeps two cores busy: gunzip on libuv's thread pool and the tar
 * parsing in JavaScript. The main thread is one walker; each worker adds one more, at about 40 MB of its own heap.
 * So there are floor(cores / 2) - 1 workers: none on 2 cores (measured: two platforms take the same time with and
 * without, and 70 MB less memory without), one on 4, three on 8. MULTIARCH_VERIFY_LAYER_WORKERS sets the number.
 * Without workers, or when the worker script is not there (the sources run unbundled, as in unit tests), layers
 * are walked on the main thread, with the same result.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { cores } from '../concurrency.js'
import { UserError } from '../errors.js'
import { walkFile, type Expected, type LayerEntry, type Range } from './layer.js'

type Reply = { id: number; entries?: LayerEntry[]; error?: string; user?: boolean }
/** A walk for a worker: what layer-worker.ts receives (with an id). */
export interface Job {
  path: string
  expected?: Expected
  range?: Range
  label?: string
}
type Pending = { resolve: (e: LayerEntry[]) => void; reject: (err: Error) => void }

class LayerPool {
  private readonly idle: Worker[] = []
  private readonly workers: Worker[] = []
  private readonly queue: Array<{ job: Job; pending: Pending }> = []
  private readonly pending = new Map<number, Pending>()
  private readonly busy = new Map<Worker, number>()
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
    w.on('message', (reply: Reply) => {
      const p = this.pending.get(reply.id)
      this.pending.delete(reply.id)
      this.busy.delete(w)
      w.unref()
      this.idle.push(w)
      if (p) {
        if (reply.entries) p.resolve(reply.entries)
        else p.reject(reply.user ? new UserError(reply.error ?? 'layer error') : new Error(reply.error))
      }
      this.pump()
    })
    // A worker that fails or exits mid-job rejects that job (never a hang) and is replaced on demand.
    const lost = (err: Error): void => {
      const id = this.busy.get(w)
      if (id !== undefined) {
        this.pending.get(id)?.reject(err)
        this.pending.delete(id)
      }
      this.busy.delete(w)
      const at = this.workers.indexOf(w)
      if (at >= 0) this.workers.splice(at, 1)
      const idle = this.idle.indexOf(w)
      if (idle >= 0) this.idle.splice(idle, 1)
      this.pump()
    }
    w.on('error', lost)
    w.on('exit', code => lost(new Error(`the layer worker exited (code ${code})`)))
    this.workers.push(w)
    return w
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const w = this.idle.pop() ?? (this.workers.length < this.size ? this.spawn() : undefined)
      if (!w) return
      const job = this.queue.shift() as (typeof this.queue)[number]
      const id = this.nextId++
      this.pending.set(id, job.pending)
      this.busy.set(w, id)
      w.ref() // a job in flight keeps the process alive
      w.postMessage({ id, ...job.job })
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

/** Walk a layer blob stored in a file (or a range of one), on a worker thread when there is one. */
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
