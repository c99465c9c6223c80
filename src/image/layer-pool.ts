/**
 * Walking layer files on worker threads, one per core: JavaScript's tar parsing is the busy part of the engine, and
 * platforms are independent, so two platforms take clearly less than twice one. When the worker script is not there
 * (the sources run unbundled, as in unit tests), layers are walked on the main thread, with the same result.
 */
import { existsSync } from 'node:fs'
import { createReadStream } from 'node:fs'
import { availableParallelism, cpus } from 'node:os'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { UserError } from '../errors.js'
import { walkLayer, type LayerEntry } from './layer.js'

type Reply = { id: number; entries?: LayerEntry[]; error?: string; user?: boolean }
type Pending = { resolve: (e: LayerEntry[]) => void; reject: (err: Error) => void }

class LayerPool {
  private readonly idle: Worker[] = []
  private readonly workers: Worker[] = []
  private readonly queue: Array<{ path: string; digest: string; pending: Pending }> = []
  private readonly pending = new Map<number, Pending>()
  private readonly busy = new Map<Worker, number>()
  private nextId = 0

  constructor(
    private readonly script: URL,
    private readonly size: number
  ) {}

  run(path: string, digest: string): Promise<LayerEntry[]> {
    return new Promise((resolve, reject) => {
      this.queue.push({ path, digest, pending: { resolve, reject } })
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
      w.postMessage({ id, path: job.path, digest: job.digest })
    }
  }
}

let pool: LayerPool | null | undefined

function getPool(): LayerPool | null {
  if (pool === undefined) {
    const script = new URL('./layer-worker.js', import.meta.url)
    const cores = typeof availableParallelism === 'function' ? availableParallelism() : cpus().length
    pool =
      script.protocol === 'file:' && existsSync(fileURLToPath(script))
        ? new LayerPool(script, Math.max(1, cores))
        : null
  }
  return pool
}

/** Walk a layer blob stored in a file, on a worker thread when there is one. */
export function walkLayerFile(path: string, digest: string): Promise<LayerEntry[]> {
  const p = getPool()
  return p ? p.run(path, digest) : walkLayer(createReadStream(path), digest)
}
