/** Real builds with real buildx, QEMU and cross-compiled Go, through the bundled CLI and the bundled action. */
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { requireDocker } from '../helpers/docker.js'
import { TEMP_PREFIX } from '../../src/tempdir.js'
import { ROOT } from '../helpers/fixtures.js'
import { FakeGitHub } from '../helpers/github-server.js'
import { cli, runNode } from '../helpers/run.js'

interface JsonReport {
  verdict: string
  platforms: Array<{ platform: string; status: string; entrypoint?: { elf?: { architecture?: string } } }>
  findings: Array<{
    rule: string
    platform: string
    path?: string
    severity: string
    location?: { file: string; line: number }
    evidence?: { logTail?: string }
    message: string
  }>
}

beforeAll(requireDocker)

const PLATFORMS = 'linux/amd64,linux/arm64'

test('the buggy Dockerfile (GOARCH=amd64) fails on arm64 only, with binary-arch-mismatch on /server', async () => {
  const r = await cli(['build', join(ROOT, 'examples/go-wrong-arch'), '--platforms', PLATFORMS, '--format', 'json'])
  expect(r.code).toBe(1)
  const report = JSON.parse(r.stdout) as JsonReport
  expect(report.platforms.map(p => [p.platform, p.status, p.entrypoint?.elf?.architecture])).toEqual([
    ['linux/amd64', 'pass', 'amd64'],
    ['linux/arm64', 'fail', 'amd64']
  ])
  expect(report.findings.map(f => [f.rule, f.platform, f.path, f.severity])).toEqual([
    ['dockerfile-hardcoded-platform', 'Dockerfile', undefined, 'warning'], // the cause, in the Dockerfile
    ['binary-arch-mismatch', 'linux/arm64', '/server', 'error'] // the effect, in the arm64 image
  ])
  expect(r.stderr).toContain('Build linux/arm64') // each platform's build log in its own group
  // Traced back through COPY --from=build to the RUN that cross-compiled for amd64.
  for (const f of report.findings)
    expect(f.location).toEqual({ file: join(ROOT, 'examples/go-wrong-arch/Dockerfile'), line: 7 })
})

test('the fixed Dockerfile ($BUILDPLATFORM + TARGETOS/TARGETARCH) passes on every platform', async () => {
  const r = await cli(['build', join(ROOT, 'examples/go-fixed'), '--platforms', PLATFORMS, '--format', 'json'])
  expect(r.code).toBe(0)
  const report = JSON.parse(r.stdout) as JsonReport
  expect(report.findings).toEqual([])
  expect(report.platforms.map(p => [p.platform, p.status, p.entrypoint?.elf?.architecture])).toEqual([
    ['linux/amd64', 'pass', 'amd64'],
    ['linux/arm64', 'pass', 'arm64']
  ])
})

test('a build that fails on one platform is a build-failed finding with step, line and log; the other is still verified', async () => {
  const context = join(ROOT, '__tests__/fixtures/dockerfiles/fails-on-arm64')
  const r = await cli(['build', context, '--platforms', PLATFORMS, '--format', 'json'])
  expect(r.code).toBe(1)
  const report = JSON.parse(r.stdout) as JsonReport
  expect(report.platforms.map(p => [p.platform, p.status])).toEqual([
    ['linux/amd64', 'pass'],
    ['linux/arm64', 'build-failed']
  ])
  const [f] = report.findings
  expect(report.findings).toHaveLength(1)
  expect(f).toMatchObject({ rule: 'build-failed', platform: 'linux/arm64', location: { line: 5 } })
  expect(f?.message).toMatch(/failed at `\[\d\/\d\] RUN test "arm64" != "arm64"/)
  expect(f?.evidence?.logTail).toContain('no release asset for arm64')
})

test('the bundled action builds, fails the step and posts one PR comment, updated on a re-run', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'mv-itg-action-'))
  const gh = new FakeGitHub()
  await gh.start()
  try {
    const eventPath = join(dir, 'event.json')
    await writeFile(
      eventPath,
      JSON.stringify({
        pull_request: {
          number: 3,
          head: { sha: 'feed', repo: { full_name: 'o/r' } },
          base: { repo: { full_name: 'o/r' } }
        }
      })
    )
    const env = (): NodeJS.ProcessEnv => ({
      PATH: process.env.PATH,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_API_URL: gh.url,
      GITHUB_WORKFLOW: 'e2e',
      GITHUB_JOB: 'verify',
      GITHUB_OUTPUT: join(dir, 'out'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary'),
      RUNNER_TEMP: dir,
      TMPDIR: join(dir, 'tmp'),
      XDG_CACHE_HOME: join(dir, 'cache'),
      INPUT_PLATFORMS: PLATFORMS,
      INPUT_CONTEXT: 'examples/go-wrong-arch',
      'INPUT_GITHUB-TOKEN': 'ghs_x'
    })
    for (const f of ['out', 'summary']) await writeFile(join(dir, f), '')
    await mkdir(join(dir, 'tmp'))
    // The builds' work directories (every platform's OCI export) go under RUNNER_TEMP, and are removed after each run.
    const workDirs = async (): Promise<string[]> =>
      [...(await readdir(dir)), ...(await readdir(join(dir, 'tmp')))].filter(n => n.startsWith(TEMP_PREFIX))
    const first = await runNode('dist/index.js', [], env())
    expect(first.code).toBe(1)
    expect(first.stdout).toContain('::group::Build linux/amd64')
    expect(first.stdout).toContain('::group::Build linux/arm64')
    expect(await readFile(join(dir, 'out'), 'utf8')).toMatch(/^verdict<<.*\nfail\n/m)
    expect(await readFile(join(dir, 'summary'), 'utf8')).toContain('❌ **x86-64** in an arm64 image')
    expect(await workDirs()).toEqual([])
    const second = await runNode('dist/index.js', [], env())
    expect(second.code).toBe(1)
    expect(await workDirs()).toEqual([])
    expect(gh.comments.get(3)).toHaveLength(1)
    expect(gh.requests.map(r => r.method).filter(m => m !== 'GET')).toEqual(['POST', 'PATCH'])
  } finally {
    await gh.stop()
    await rm(dir, { recursive: true, force: true })
  }
})
