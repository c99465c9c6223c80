/**
 * The build's preflight, through the bundled CLI: docker missing, buildx missing, buildx too old. The last two need a
 * docker that is not the real one; a script on PATH answers as docker does (the edge of the process boundary). The
 * daemon that is down or dies mid-build is tested against real daemons in __tests__/itg/faults.itg.test.ts.
 */
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { cli } from '../helpers/run.js'

const made: string[] = []
afterAll(async () => {
  for (const d of made) await rm(d, { recursive: true, force: true })
})

async function fakeDocker(script: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'mv-fake-docker-'))
  made.push(dir)
  await writeFile(join(dir, 'docker'), `#!/bin/sh\n${script}\n`)
  await chmod(join(dir, 'docker'), 0o755)
  return dir
}

const build = (path: string): ReturnType<typeof cli> =>
  cli(['build', 'examples/go-fixed', '--platforms', 'linux/amd64'], { ...process.env, PATH: `${path}:/usr/bin:/bin` })

function oneLine(stderr: string): string {
  const lines = stderr.trim().split('\n')
  expect(lines).toHaveLength(1)
  return lines[0] as string
}

test('no docker on PATH: exit 2, one line saying so', async () => {
  const r = await cli(['build', 'examples/go-fixed', '--platforms', 'linux/amd64'], {
    ...process.env,
    PATH: '/nonexistent'
  })
  expect(r.code).toBe(2)
  expect(oneLine(r.stderr)).toBe(
    'multiarch-verify: docker is not installed or not on PATH; install Docker with the buildx plugin'
  )
})

test('docker without the buildx plugin: exit 2, one line naming setup-buildx-action', async () => {
  // What docker 26 prints for a plugin it does not have.
  const bin = await fakeDocker(
    `echo "docker: 'buildx' is not a docker command." >&2\necho "See 'docker --help'" >&2\nexit 1`
  )
  const r = await build(bin)
  expect(r.code).toBe(2)
  expect(oneLine(r.stderr)).toBe(
    "multiarch-verify: docker buildx is not available (See 'docker --help'); install the buildx plugin, or use docker/setup-buildx-action"
  )
})

test('buildx older than 0.10: exit 2, one line naming the version needed; no build is started', async () => {
  const bin = await fakeDocker(
    `[ "$2" = version ] && { echo "github.com/docker/buildx v0.9.1 ed00243a0ce2a0aee75311b06e32d33b44729689"; exit 0; }\necho "unexpected: $*" >&2; exit 9`
  )
  const r = await build(bin)
  expect(r.code).toBe(2)
  expect(oneLine(r.stderr)).toBe(
    'multiarch-verify: docker buildx 0.9.1 is too old: multiarch-verify needs 0.10.0 or later; docker/setup-buildx-action installs a current one'
  )
})

test('a builder that does not exist: exit 2 with buildx own words', async () => {
  const bin = await fakeDocker(
    `[ "$2" = version ] && { echo "github.com/docker/buildx v0.17.1 d0ca9d0"; exit 0; }\n[ "$2" = inspect ] && { echo 'ERROR: no builder "ci" found' >&2; exit 1; }\nexit 9`
  )
  const r = await cli(['build', 'examples/go-fixed', '--platforms', 'linux/amd64', '--builder', 'ci'], {
    ...process.env,
    PATH: `${bin}:/usr/bin:/bin`
  })
  expect(r.code).toBe(2)
  expect(oneLine(r.stderr)).toBe(
    'multiarch-verify: the buildx builder "ci" cannot build: ERROR: no builder "ci" found; start the Docker daemon, or set up a builder with docker/setup-buildx-action'
  )
})
