/** A worker thread that walks layer files, so that several platforms' layers are parsed on several cores. */
import { parentPort } from 'node:worker_threads'
import { UserError, errorMessage } from '../errors.js'
import { walkFile } from './layer.js'

export interface LayerJob {
  id: number
  path: string
  digest: string
}

parentPort?.on('message', (job: LayerJob) => {
  walkFile(job.path, job.digest).then(
    entries => parentPort?.postMessage({ id: job.id, entries }),
    (err: unknown) => parentPort?.postMessage({ id: job.id, error: errorMessage(err), user: err instanceof UserError })
  )
})
