/** For integration tests: a real Docker engine with buildx and QEMU is required, never optional. */
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { ROOT } from './fixtures.js'

function run(cmd: string, args: string[]): Promise<{ code: number; out: string }> {
  return new Promise(resolve => {
    execFile(cmd, args, { maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) =>
      resolve({ code: err ? 1 : 0, out: `${stdout}${stderr}` })
    )
  })
}

/** Fails (never skips) when the engine is missing, then makes sure the local base images exist. */
export async function requireDocker(): Promise<void> {
  const info = await run('docker', ['buildx', 'inspect'])
  if (info.code !== 0) {
    throw new Error(
      `the integration tests need a Docker engine with buildx; run scripts/setup-env.sh as root first:\n${info.out}`
    )
  }
  if (!/linux\/arm64/.test(info.out))
    throw new Error(`the buildx builder lacks linux/arm64 (QEMU binfmt missing):\n${info.out}`)
  const bases = await run('bash', [join(ROOT, 'test-env', 'make-bases.sh')])
  if (bases.code !== 0) throw new Error(`test-env/make-bases.sh failed:\n${bases.out}`)
}
