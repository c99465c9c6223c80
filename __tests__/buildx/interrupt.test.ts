/**
 * A build's work directory (the uncompressed OCI export of every platform) is removed after the run, on success, on
 * failure and when the run is interrupted (Ctrl-C, or GitHub cancelling the job: SIGINT, then SIGTERM). The bundled
 * CLI runs with its own TMPDIR; a script on PATH answers as docker does and builds for ever (the process boundary is
 * the edge of this test: the real buildx runs in the integration suite).
 */
import { spawn } from 'node:child_process'
import { chmod, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT } from '../helpers/fixtures.js'

let bin: string
let tmp: string

const FAKE_DOCKER = `#!/bin/sh
case "$2" in
  version) echo "github.com/docker/buildx v0.13.1 0000000"; exit 0 ;;
  inspect) printf 'Name:   default\\nDriver: docker\\n\\nNodes:\\nName:      default\\nStatus:    running\\nPlatforms: linux/amd64, linux/arm64\\n'; exit 0 ;;
  build) [ -n "$MV_FAKE_BUILD_FAILS" ] && { echo "ERROR: failed to solve" >&2; exit 1; }
    [ -z "$MV_FAKE_EXPORT_AFTER" ] && exec sleep 60
    # As buildx does at the end of a build: the export written into the directory it was given.
    for a in "$@"; do case "$a" in type=oci,dest=*) dest=\${a#type=oci,dest=}; dest=\${dest%%,*} ;; esac; done
    sleep "$MV_FAKE_EXPORT_AFTER"; mkdir -p "$dest"; echo '{}' > "$dest/index.json"; exec sleep 60 ;;
esac
exit 9
`

beforeEach(async () => {
  bin = await mkdtemp(join(tmpdir(), 'mv-fake-docker-'))
  tmp = await mkdtemp(join(tmpdir(), 'mv-tmpdir-'))
  await writeFile(join(bin, 'docker'), FAKE_DOCKER)
  await chmod(join(bin, 'docker'), 0o755)
})

afterEach(async () => {
  await rm(bin, { recursive: true, force: true })
  await rm(tmp, { recursive: true, force: true })
})

const workDirs = async (): Promise<string[]> => (await readdir(tmp)).filter(n => n.startsWith('multiarch-verify-'))

function startBuild(extra: NodeJS.ProcessEnv = {}): ReturnType<typeof spawn> {
  return spawn(
    process.execPath,
    [join(ROOT, 'dist/cli.js'), 'build', 'examples/go-fixed', '--platforms', 'linux/amd64', '--no-cache'],
    {
      cwd: ROOT,
      env: { ...process.env, PATH: `${bin}:/usr/bin:/bin`, TMPDIR: tmp, ...extra },
      stdio: 'ignore',
      detached: true // its own process group, as a terminal's Ctrl-C would signal
    }
  )
}

const exited = (child: ReturnType<typeof spawn>): Promise<{ code: number | null; signal: string | null }> =>
  new Promise(resolve => child.on('exit', (code, signal) => resolve({ code, signal })))

test.each(['SIGINT', 'SIGTERM'] as const)('a build interrupted by %s leaves no work directory', async signal => {
  const child = startBuild()
  const done = exited(child)
  for (let i = 0; i < 200 && (await workDirs()).length === 0; i++) await new Promise(r => setTimeout(r, 50))
  expect(await workDirs()).toHaveLength(1) // the build is under way, its directory made
  process.kill(-(child.pid as number), signal) // the whole group: the CLI and the build it started
  expect(await done).toEqual({ code: null, signal })
  expect(await workDirs()).toEqual([])
})

test('a build whose CLI alone is signalled (not its process group) is stopped before its directory goes', async () => {
  const child = startBuild({ MV_FAKE_EXPORT_AFTER: '2' })
  const done = exited(child)
  try {
    for (let i = 0; i < 200 && (await workDirs()).length === 0; i++) await new Promise(r => setTimeout(r, 50))
    expect(await workDirs()).toHaveLength(1)
    process.kill(child.pid as number, 'SIGINT') // the CLI only, as a runner may signal it
    expect(await done).toEqual({ code: null, signal: 'SIGINT' })
    // Long enough for a build left running to write its export where the work directory was.
    await new Promise(r => setTimeout(r, 3000))
    expect(await workDirs()).toEqual([])
  } finally {
    try {
      process.kill(-(child.pid as number), 'SIGKILL') // whatever of the group is left
    } catch {
      // nothing left
    }
  }
})

test('a build that fails leaves no work directory either', async () => {
  const child = startBuild({ MV_FAKE_BUILD_FAILS: '1' })
  const { code } = await exited(child)
  expect(code).toBe(1) // build-failed is a finding
  expect(await workDirs()).toEqual([])
})
