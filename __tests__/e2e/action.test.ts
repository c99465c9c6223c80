/**
 * The bundled action (dist/index.js) run as the runner runs it: INPUT_* variables, a pull_request event file,
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and GITHUB_API_URL pointing at a real local HTTP server.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { EXAMPLE_ARCHIVE } from '../helpers/fixtures.js'
import { FakeGitHub } from '../helpers/github-server.js'
import { TOKEN, pullRequestEvent, runAction } from '../helpers/action.js'

let dir: string
let gh: FakeGitHub

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mv-e2e-'))
  gh = new FakeGitHub()
  await gh.start()
})
afterEach(async () => {
  await gh.stop()
  await rm(dir, { recursive: true, force: true })
})

const run = (inputs: Record<string, string>, opts: { fork?: boolean } = {}) =>
  runAction(dir, gh, { 'fail-on': 'error', 'comment-mode': 'always', ...inputs }, { event: pullRequestEvent(opts) })

test('fails the step on the buggy image, writes outputs, summary and JSON, and creates then updates one comment', async () => {
  const first = await run({ image: `oci-archive:${EXAMPLE_ARCHIVE}` })
  expect(first.code).toBe(1)
  expect(first.stdout).toContain(
    '::error::multiarch-verify: 1 of 2 platform(s) cannot run what they ship (linux/arm64)'
  )
  expect(first.stdout).toMatch(
    /::error title=binary-arch-mismatch \(linux\/arm64\)::The entrypoint \/server is an x86-64/
  )
  const outputs = first.outputs
  expect(outputs.verdict).toBe('fail')
  expect(outputs['failed-platforms']).toBe('linux/arm64')
  expect(outputs.summary).toMatch(/^multiarch-verify: 1 of 2 platform\(s\) cannot run/)
  expect(JSON.parse(await readFile(outputs.report as string, 'utf8'))).toMatchObject({
    verdict: 'fail',
    schemaVersion: 1
  })
  expect(first.summary).toContain('### ❌ multiarch-verify: 1 of 2 platforms cannot run')
  expect(first.summary).toContain('--platform=$BUILDPLATFORM')

  const comments = gh.comments.get(42) ?? []
  expect(comments).toHaveLength(1)
  expect(comments[0]?.body).toContain('<!-- multiarch-verify:CI/verify -->')
  expect(comments[0]?.body).toContain('❌ **x86-64** in an arm64 image')

  // Re-run: the same comment is edited, none is added.
  const second = await run({ image: `oci-archive:${EXAMPLE_ARCHIVE}` })
  expect(second.code).toBe(1)
  expect(gh.comments.get(42)).toHaveLength(1)
  expect(gh.requests.filter(r => r.method === 'POST')).toHaveLength(1)
  expect(gh.requests.filter(r => r.method === 'PATCH')).toHaveLength(1)

  // Fixed (here: only the platform that is right): the comment turns green instead of staying stale.
  const fixed = await run({ image: `oci-archive:${EXAMPLE_ARCHIVE}`, platforms: 'linux/amd64' })
  expect(fixed.code).toBe(0)
  expect(fixed.outputs.verdict).toBe('pass')
  expect(gh.comments.get(42)?.[0]?.body).toMatch(/^### ✅ multiarch-verify: linux\/amd64 can run what it ships\n/)

  for (const r of [first, second, fixed]) {
    expect(r.stdout + r.stderr).not.toContain(TOKEN)
    expect(gh.requests.every(q => q.authorization === `token ${TOKEN}`)).toBe(true)
  }
})

test('a fork PR whose token cannot comment still reports: a warning, the summary and the verdict; no check run, and why', async () => {
  gh.failCreate = 403
  const r = await run({ image: `oci-archive:${EXAMPLE_ARCHIVE}`, 'check-run': 'true' }, { fork: true })
  expect(r.code).toBe(1)
  expect(r.stdout).toContain('::warning::could not post the PR comment (the token of a fork pull request is read-only)')
  expect(r.summary).toContain('### ❌ multiarch-verify')
  expect(r.outputs.verdict).toBe('fail')
  // No permissions: setting gives a fork's token write access, so it is not asked for.
  expect(gh.requests.some(q => q.path.includes('/check-runs'))).toBe(false)
  expect(r.stdout).toContain('check run skipped: on a pull request from a fork the token is read-only')
  expect(r.stdout).not.toContain('checks: write')
})

test('a 403 on a pull request of the same repository names the permission to add', async () => {
  gh.failCreate = 403
  const r = await run({ image: `oci-archive:${EXAMPLE_ARCHIVE}` })
  expect(r.stdout).toContain(
    '::warning::could not post the PR comment (the token may not write to pull requests (HTTP 403): give the job `permissions: pull-requests: write`)'
  )
})

test('comment-mode off posts nothing', async () => {
  const r = await run({ image: `oci-archive:${EXAMPLE_ARCHIVE}`, 'comment-mode': 'off' })
  expect(r.code).toBe(1)
  expect(gh.requests).toEqual([])
})

test.each([
  [{}, 'set platforms to build and verify'],
  [{ image: 'oci-archive:/nope.tar' }, 'oci-archive:/nope.tar: no such file'],
  [{ image: `oci-archive:${EXAMPLE_ARCHIVE}`, 'fail-on': 'maybe' }, 'invalid input fail-on: "maybe"'],
  [{ platforms: 'linux/amd64', 'build-args': 'not an arg' }, 'invalid build-args line "not an arg"']
])('bad input %j fails the step with one line', async (inputs, message) => {
  const r = await run(inputs)
  expect(r.code).toBe(1)
  expect(r.stdout).toContain(`::error::${message}`)
  expect(r.stdout).not.toContain('    at ')
})

test('with file, an image input is traced to its Dockerfile lines: annotations and comment links at the PR head', async () => {
  const r = await run({ image: `oci-archive:${EXAMPLE_ARCHIVE}`, file: 'examples/go-wrong-arch/Dockerfile' })
  expect(r.code).toBe(1)
  expect(r.stdout).toContain(
    '::error title=binary-arch-mismatch (linux/arm64),file=examples/go-wrong-arch/Dockerfile,line=7::'
  )
  expect(r.stdout).toContain(
    '::warning title=dockerfile-hardcoded-platform (Dockerfile),file=examples/go-wrong-arch/Dockerfile,line=7::'
  )
  expect(gh.comments.get(42)?.[0]?.body).toContain(
    'Made by [examples/go-wrong-arch/Dockerfile:7](https://github.com/o/r/blob/abc123/examples/go-wrong-arch/Dockerfile#L7).'
  )
})

test('every comment names its commit and run; an update says what changed since the last run, from its hidden state', async () => {
  const sha = (c: string): string => c.repeat(40)
  const at = (s: string, platforms?: string) =>
    runAction(
      dir,
      gh,
      { image: `oci-archive:${EXAMPLE_ARCHIVE}`, ...(platforms ? { platforms } : {}) },
      { event: pullRequestEvent({ sha: s }) }
    )
  await at(sha('a'))
  const body = (): string => gh.comments.get(42)?.[0]?.body ?? ''
  expect(body()).toContain(`commit [\`aaaaaaa\`](https://github.com/o/r/commit/${sha('a')})`)
  expect(body()).toContain('[workflow run and job summary](https://github.com/o/r/actions/runs/7)')
  expect(body()).toMatch(/ · \d{4}-\d\d-\d\d \d\d:\d\d UTC · /)
  expect(body()).not.toContain('Since the last run')

  // A rerun that leaves arm64 out did not fix its finding: it did not look. It says so instead.
  await at(sha('b'), 'linux/amd64')
  expect(body()).toContain(
    `**Since the last run** ([\`aaaaaaa\`](https://github.com/o/r/commit/${sha('a')})): no finding changed; not compared: \`linux/arm64\` (not checked this time).`
  )
  expect(body()).not.toContain('fixed')
  expect(body()).toMatch(/^### ✅ multiarch-verify: linux\/amd64 can run what it ships\n/)

  // Back in the run, its finding is not new either: the last run did not look.
  await at(sha('c'))
  expect(body()).toContain('no finding changed; not compared: `linux/arm64` (not checked in the last run).')
  expect(body()).not.toContain('🆕')

  // Compared with a run that checked both, nothing changed.
  await at(sha('d'))
  expect(body()).toContain(
    `**Since the last run** ([\`ccccccc\`](https://github.com/o/r/commit/${sha('c')})): no finding changed.`
  )

  // The state is in a comment anyone with write access can edit: a forged one is ignored, never trusted.
  const ours = gh.comments.get(42)?.[0]
  if (!ours) throw new Error('no comment')
  ours.body = ours.body.replace(/ p=[^ ]*/, ' p=linux/arm64=i:<script>,' + 'f'.repeat(5000))
  const r = await at(sha('e'))
  expect(r.stdout).not.toContain('::warning::could not post')
  expect(body()).not.toContain('Since the last run')
})
