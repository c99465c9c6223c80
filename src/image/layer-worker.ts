/** A worker thread that walks layer files, so that several platforms' layers are parsed on several cores. */
import { parentPort } from 'node:worker_threads'
import { UserError, errorMessage } from '../errors.js'
import { walkFile } from './layer.js'
import type { Job } from './layer-pool.js'

parentPort?.on('message', (job: Job & { id: number }) => {
  walkFile(job.path, job.expected, job.range, job.label).then(
    entries => parentPort?.postMessage({ id: job.id, entries }),
    (err: unknown) =>
      parentPort?.postMessage({
        id: job.id,
        error: errorMessage(err),
        user: err instanceof UserError,
        // A bug's stack, for the log: the error itself cannot cross to the main thread.
        ...(!(err instanceof UserError) && err instanceof Error && err.stack ? { stack: err.stack } : {})
      })
  )
})
