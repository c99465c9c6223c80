/**
 * A build's work directory (the uncompressed OCI export of every platform) is removed after the run, on success, on
 * failure and when the run is interrupted (Ctrl-C, or GitHub cancelling the job: SIGINT, then SIGTERM). The bundled
 * CLI runs with its own TMPDIR; a script on PATH answers as docker does and builds for ever (the process boundary is
 * the edge of this test: the real buildx runs in the integration suite).
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chmod, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
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
    for a in "$@"; do case "$a" in type=oci,dest=*) dest=\${a#type=oci,dest=}; dest=\${dest%%,*} ;; esac; done
    # Signalled, it stops as buildx does: not at once. It says whether the directory it was given was still there as
    # it stopped, then writes the export it had under way (where that directory was) and exits.
    trap 'kill $pending 2>/dev/null; sleep 1
      if [ -d "\${dest%/*}" ]; then echo present; else echo gone; fi > "$MV_FAKE_STOPPED"
      mkdir -p "$dest"; echo "{}" > "$dest/index.json"; exit 130' INT TERM
    echo $$ > "$MV_FAKE_PID"
    # As buildx does at the end of a build: the export written into the directory it was given.
    sleep "$MV_FAKE_EXPORT_AFTER" & pending=$!; wait $pending
    mkdir -p "$dest"; echo '{}' > "$dest/index.json"; exec sleep 60 ;;
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

/** Whether a process is still there (a zombie counts: it has not been waited for). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

const sleep = (ms: number): Promise<void> => new Promise(r => setTimeout(r, ms))

test('a build whose CLI alone is signalled (not its process group) is stopped before its directory goes', async () => {
  const pidFile = join(bin, 'build.pid')
  const stopped = join(bin, 'build.stopped')
  const child = startBuild({ MV_FAKE_EXPORT_AFTER: '2', MV_FAKE_PID: pidFile, MV_FAKE_STOPPED: stopped })
  const done = exited(child)
  let build = 0
  try {
    for (let i = 0; i < 200 && !existsSync(pidFile); i++) await sleep(50)
    build = Number(await readFile(pidFile, 'utf8'))
    expect(await workDirs()).toHaveLength(1) // the build is under way, its directory made
    process.kill(child.pid as number, 'SIGINT') // the CLI only, as a runner may signal it
    expect(await done).toEqual({ code: null, signal: 'SIGINT' })
    // The build itself: signalled by the CLI, gone before the CLI removed its directory (it saw the directory as it
    // stopped) and so before the CLI was.
    expect({
      buildAlive: alive(build),
      buildSawItsDirectory: await readFile(stopped, 'utf8').catch(() => 'never stopped')
    }).toEqual({ buildAlive: false, buildSawItsDirectory: 'present\n' })
    // Long enough for a build left running to write its export where the work directory was.
    await sleep(3000)
    expect(await workDirs()).toEqual([])
  } finally {
    for (const pid of [-(child.pid as number), build]) {
      try {
        if (pid) process.kill(pid, 'SIGKILL') // whatever is left, once the test has looked
      } catch {
        // nothing left
      }
    }
  }
})

test('a build that fails leaves no work directory either', async () => {
  const child = startBuild({ MV_FAKE_BUILD_FAILS: '1' })
  const { code } = await exited(child)
  expect(code).toBe(1) // build-failed is a finding
  expect(await workDirs()).toEqual([])
})
