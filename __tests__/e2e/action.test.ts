/**
 * The bundled action (dist/index.js) run as the runner runs it: INPUT_* variables, a pull_request event file,
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and GITHUB_API_URL pointing at a real local HTTP server.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { EXAMPLE_ARCHIVE } from '../helpers/fixtures.js'
import { FakeGitHub } from '../helpers/github-server.js'
import { runNode } from '../helpers/run.js'

const TOKEN = 'ghs_e2eSecretToken0123456789'
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

async function runAction(inputs: Record<string, string>, opts: { fork?: boolean } = {}) {
  const event = {
    action: 'synchronize',
    number: 42,
    pull_request: {
      number: 42,
      head: { sha: 'abc123', repo: { full_name: opts.fork ? 'someone/r' : 'o/r' } },
      base: { repo: { full_name: 'o/r' } }
    }
  }
  const eventPath = join(dir, 'event.json')
  await writeFile(eventPath, JSON.stringify(event))
  const outputFile = join(dir, 'output.txt')
  const summaryFile = join(dir, 'summary.md')
  await writeFile(outputFile, '')
  await writeFile(summaryFile, '')
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_API_URL: gh.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKFLOW: 'CI',
    GITHUB_JOB: 'verify',
    GITHUB_RUN_ID: '7',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: dir,
    'INPUT_GITHUB-TOKEN': TOKEN,
    'INPUT_FAIL-ON': 'error',
    'INPUT_COMMENT-MODE': 'always'
  }
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v
  const r = await runNode('dist/index.js', [], env)
  return { ...r, outputs: await readFile(outputFile, 'utf8'), summary: await readFile(summaryFile, 'utf8') }
}

/** Values of GITHUB_OUTPUT's heredoc format (name<<delimiter / value / delimiter). */
function outputsOf(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const re = /^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm
  for (let m = re.exec(text); m; m = re.exec(text)) out[m[1] as string] = m[3] as string
  return out
}

test('fails the step on the buggy image, writes outputs, summary and JSON, and creates then updates one comment', async () => {
  const first = await runAction({ image: `oci-archive:${EXAMPLE_ARCHIVE}` })
  expect(first.code).toBe(1)
  expect(first.stdout).toContain(
    '::error::multiarch-verify: 1 of 2 platform(s) cannot run what they ship (linux/arm64)'
  )
  expect(first.stdout).toMatch(
    /::error title=binary-arch-mismatch \(linux\/arm64\)::The entrypoint \/server is an x86-64/
  )
  const outputs = outputsOf(first.outputs)
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
  const second = await runAction({ image: `oci-archive:${EXAMPLE_ARCHIVE}` })
  expect(second.code).toBe(1)
  expect(gh.comments.get(42)).toHaveLength(1)
  expect(gh.requests.filter(r => r.method === 'POST')).toHaveLength(1)
  expect(gh.requests.filter(r => r.method === 'PATCH')).toHaveLength(1)

  // Fixed (here: only the platform that is right): the comment turns green instead of staying stale.
  const fixed = await runAction({ image: `oci-archive:${EXAMPLE_ARCHIVE}`, platforms: 'linux/amd64' })
  expect(fixed.code).toBe(0)
  expect(outputsOf(fixed.outputs).verdict).toBe('pass')
  expect(gh.comments.get(42)?.[0]?.body).toMatch(/^### ✅ multiarch-verify: all 1 platform can run what they ship/)

  for (const r of [first, second, fixed]) {
    expect(r.stdout + r.stderr).not.toContain(TOKEN)
    expect(gh.requests.every(q => q.authorization === `token ${TOKEN}`)).toBe(true)
  }
})

test('a fork PR whose token cannot comment still reports: a warning, the summary and the verdict', async () => {
  gh.failCreate = 403
  const r = await runAction({ image: `oci-archive:${EXAMPLE_ARCHIVE}` }, { fork: true })
  expect(r.code).toBe(1)
  expect(r.stdout).toContain('::warning::could not post the PR comment (the token of a fork pull request is read-only)')
  expect(r.summary).toContain('### ❌ multiarch-verify')
  expect(outputsOf(r.outputs).verdict).toBe('fail')
})

test('comment-mode off posts nothing', async () => {
  const r = await runAction({ image: `oci-archive:${EXAMPLE_ARCHIVE}`, 'comment-mode': 'off' })
  expect(r.code).toBe(1)
  expect(gh.requests).toEqual([])
})

test.each([
  [{}, 'set platforms to build and verify'],
  [{ image: 'oci-archive:/nope.tar' }, 'oci-archive:/nope.tar: no such file'],
  [{ image: `oci-archive:${EXAMPLE_ARCHIVE}`, 'fail-on': 'maybe' }, 'invalid input fail-on: "maybe"'],
  [{ platforms: 'linux/amd64', 'build-args': 'not an arg' }, 'invalid build-args line "not an arg"']
])('bad input %j fails the step with one line', async (inputs, message) => {
  const r = await runAction(inputs)
  expect(r.code).toBe(1)
  expect(r.stdout).toContain(`::error::${message}`)
  expect(r.stdout).not.toContain('    at ')
})
