/**
 * `docker:REF`: an image in the local engine's store, streamed from `docker save` straight into the archive reader:
 * no temporary file. The process gets an argv array, never a shell string.
 */
// eslint-disable-next-line no-restricted-imports -- a streamed stdout needs spawn; argv array, no shell
import { spawn } from 'node:child_process'
import { UserError } from '../errors.js'
import { ArchiveSource } from './archive.js'

export async function openDockerImage(ref: string): Promise<ArchiveSource> {
  if (ref === '' || ref.startsWith('-')) throw new UserError(`invalid image reference "${ref}"`)
  const name = `docker:${ref}`
  const child = spawn('docker', ['save', ref], { stdio: ['ignore', 'pipe', 'pipe'], shell: false })
  let stderr = ''
  child.stderr.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString('utf8')).slice(-4096)
  })
  const exited = new Promise<number>(resolve => {
    child.on('error', () => resolve(-1))
    child.on('close', code => resolve(code ?? -1))
  })
  let source: ArchiveSource | undefined
  let readError: unknown
  try {
    source = await ArchiveSource.fromStream(name, child.stdout)
  } catch (err) {
    readError = err
  }
  const code = await exited
  if (code !== 0) {
    const why =
      stderr.trim().split('\n').pop() || (code === -1 ? 'docker is not installed or not on PATH' : `exit code ${code}`)
    throw new UserError(`${name}: docker save failed: ${why}`)
  }
  if (readError) throw readError
  return source as ArchiveSource
}
