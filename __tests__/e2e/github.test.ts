/**
 * The bundled action against a local server that plays the GitHub REST API: pagination, faults, check runs, SARIF,
 * and the merge and comment modes.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pullRequestEvent, runAction } from '../helpers/action.js'
import { EXAMPLE_ARCHIVE, bin } from '../helpers/fixtures.js'
import { FakeGitHub } from '../helpers/github-server.js'
import { writeLayout } from '../helpers/layout.js'
import { cli } from '../helpers/run.js'

const BOT = { login: 'github-actions[bot]', type: 'Bot' }
const MARKER = '<!-- multiarch-verify:CI/verify -->'
const example = `oci-archive:${EXAMPLE_ARCHIVE}`
let dir: string
let gh: FakeGitHub

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mv-gh-'))
  gh = new FakeGitHub()
  await gh.start()
})
afterEach(async () => {
  await gh.stop()
  await rm(dir, { recursive: true, force: true })
})

test('finds its comment past 100 others and edits it, without creating another', async () => {
  for (let i = 0; i < 130; i++) gh.seed(42, { body: `review ${i}`, user: { login: 'alice', type: 'User' } })
  gh.seed(42, { body: `quoting ${MARKER}`, user: { login: 'mallory', type: 'User' } })
  const ours = gh.seed(42, { body: `old report\n${MARKER}`, user: BOT })
  const r = await runAction(dir, gh, { image: example })
  expect(r.code).toBe(1)
  expect(gh.requests.filter(q => q.method === 'GET' && q.path.includes('/comments')).map(q => q.path)).toEqual([
    '/repos/o/r/issues/42/comments?per_page=100&page=1',
    '/repos/o/r/issues/42/comments?per_page=100&page=2'
  ])
  expect(gh.requests.filter(q => q.method === 'POST')).toEqual([])
  expect(gh.comments.get(42)?.find(c => c.id === ours.id)?.body).toContain('### ❌ multiarch-verify')
})

test('a 502 from the API is retried and the comment still lands', async () => {
  gh.failNext.push({ status: 502 })
  const r = await runAction(dir, gh, { image: example })
  expect(r.code).toBe(1)
  expect(gh.comments.get(42)).toHaveLength(1)
  expect(r.stdout).not.toContain('could not post')
})

test('when the API keeps failing, the comment is a warning and the verdict still stands', async () => {
  for (let i = 0; i < 20; i++) gh.failNext.push({ status: 429, headers: { 'retry-after': '0' } })
  const r = await runAction(dir, gh, { image: example })
  expect(r.code).toBe(1)
  expect(r.stdout).toMatch(/::warning::could not post the PR comment/)
  expect(r.outputs.verdict).toBe('fail')
  expect(r.summary).toContain('### ❌ multiarch-verify')
})

test('a comment deleted between the listing and the edit (404) is posted again', async () => {
  const ours = gh.seed(42, { body: `old report\n${MARKER}`, user: BOT })
  gh.after = req => {
    if (req.method === 'GET' && req.path.startsWith('/repos/o/r/issues/42/comments')) gh.remove(42, ours.id)
  }
  const r = await runAction(dir, gh, { image: example })
  expect(r.code).toBe(1)
  expect(gh.requests.filter(q => q.method !== 'GET').map(q => `${q.method} ${q.path}`)).toEqual([
    `PATCH /repos/o/r/issues/comments/${ours.id}`,
    'POST /repos/o/r/issues/42/comments'
  ])
  const [comment] = gh.comments.get(42) ?? []
  expect(comment?.body).toContain('### ❌ multiarch-verify')
  expect(r.stdout).toContain(`PR comment: created (id ${comment?.id})`)
  expect(r.stdout).not.toContain('::warning::could not post')
})

/** An arm64 image shipping 60 x86-64 tools: a report too long for a strict server. */
async function sixtyForeignTools(): Promise<string> {
  const layout = join(dir, 'layout')
  const tools = Array.from({ length: 60 }, (_, i) => ({
    name: `usr/bin/tool${i}`,
    mode: 0o755,
    content: bin('c-amd64-musl-static') // small: 60 of them stay a quick image to write and read
  }))
  await writeLayout(layout, [
    {
      platform: { os: 'linux', architecture: 'arm64' },
      config: { os: 'linux', architecture: 'arm64', config: { Entrypoint: ['/usr/bin/tool0'] } },
      layers: [tools]
    }
  ])
  return `oci:${layout}`
}

test('a body GitHub refuses as too long (422) is replaced by the short comment: verdict and matrix kept', async () => {
  gh.maxBody = 9000
  const r = await runAction(dir, gh, { image: await sixtyForeignTools() })
  expect(r.code).toBe(1)
  const posts = gh.requests.filter(q => q.method === 'POST')
  expect(posts).toHaveLength(2)
  expect([...(posts[0]?.body as { body: string }).body].length).toBeGreaterThan(9000)
  const [comment] = gh.comments.get(42) ?? []
  expect([...(comment?.body ?? '')].length).toBeLessThanOrEqual(9000)
  expect(comment?.body).toMatch(/^### ❌ multiarch-verify: 1 of 1 platform cannot run/)
  expect(comment?.body).toContain('| ❌\u00a0`linux/arm64` |')
  expect(comment?.body).toContain('This comment is shortened; the full report is in [the job summary]')
  expect(comment?.body).toContain(MARKER)
  expect(r.stdout).toContain('::warning::GitHub refused the PR comment as too long; a shortened one was posted')
})

test('check-run: every finding as an annotation, 50 per request; SARIF written; 10 annotations per type in the log', async () => {
  const sarif = join(dir, 'out', 'results.sarif')
  // The workspace's Dockerfile (no line of it made the tools: each annotation goes on its first line).
  await writeFile(join(dir, 'Dockerfile'), 'FROM scratch\nCOPY tools/ /usr/bin/\n')
  const r = await runAction(
    dir,
    gh,
    { image: await sixtyForeignTools(), 'check-run': 'true', 'sarif-file': sarif, file: 'Dockerfile' },
    { workspace: dir }
  )
  expect(r.code).toBe(1)
  const [run] = [...gh.checkRuns.values()]
  const body = run?.body as {
    name: string
    head_sha: string
    conclusion: string
    output: { annotations: Array<{ path: string; start_line: number }> }
  }
  expect(body).toMatchObject({ name: 'multiarch-verify', head_sha: 'abc123', conclusion: 'failure' })
  expect(body.output.annotations).toHaveLength(50)
  expect(body.output.annotations[0]).toMatchObject({ path: 'Dockerfile', start_line: 1 })
  expect((run?.updates as Array<{ output: { annotations: unknown[] } }>).map(u => u.output.annotations.length)).toEqual(
    [10]
  )
  // GitHub shows 10 errors per step, and the step's failure is one of them.
  expect(r.stdout.match(/^::error[ :]/gm)).toHaveLength(10)
  expect(r.stdout).toMatch(/^::error::multiarch-verify: 1 of 1 platform\(s\) cannot run/m)
  expect(r.stdout).toContain('::notice title=multiarch-verify::51 more finding(s) are not annotated here')
  const log = JSON.parse(await readFile(sarif, 'utf8'))
  expect(log.runs[0].results).toHaveLength(60)
})

test("merge mode: two jobs' reports become one comment and one verdict", async () => {
  const reports = join(dir, 'reports')
  await mkdir(join(reports, 'amd64'), { recursive: true })
  await mkdir(join(reports, 'arm64'), { recursive: true })
  for (const arch of ['amd64', 'arm64']) {
    const r = await cli([
      'inspect',
      example,
      '--platforms',
      `linux/${arch}`,
      '--format',
      'json',
      '--output',
      join(reports, arch, 'report.json')
    ])
    expect(r.code).toBe(arch === 'amd64' ? 0 : 1)
  }
  const r = await runAction(dir, gh, { mode: 'merge', reports })
  expect(r.code).toBe(1)
  expect(r.outputs['failed-platforms']).toBe('linux/arm64')
  const body = gh.comments.get(42)?.[0]?.body ?? ''
  expect(body).toContain('| ✅\u00a0`linux/amd64` |')
  expect(body).toContain('| ❌\u00a0`linux/arm64` |')
  expect(body).toContain('byte-identical to `/server` in the linux/amd64 image') // only the merge can see that
})

describe('comment mode (workflow_run, for fork pull requests)', () => {
  async function forkReport(): Promise<string> {
    // The unprivileged pull_request job: its token cannot comment, so it leaves the report for the next workflow.
    gh.failCreate = 403
    const pr = await runAction(
      dir,
      gh,
      { image: example },
      { event: pullRequestEvent({ fork: true, sha: 'forkhead' }) }
    )
    expect(pr.code).toBe(1)
    expect(gh.comments.get(42)).toBeUndefined()
    gh.failCreate = undefined
    const artifact = join(dir, 'artifact')
    await mkdir(artifact, { recursive: true })
    await writeFile(join(artifact, 'report.json'), await readFile(pr.outputs.report as string))
    return artifact
  }

  test('posts the report on the pull request it was made for, and does not fail the posting job', async () => {
    const artifact = await forkReport()
    gh.pulls.set(42, 'forkhead')
    const r = await runAction(
      dir,
      gh,
      { mode: 'comment', reports: artifact },
      { eventName: 'workflow_run', event: { workflow_run: { head_sha: 'forkhead' } } }
    )
    expect(r.code).toBe(0)
    expect(gh.comments.get(42)?.[0]?.body).toContain('### ❌ multiarch-verify: 1 of 2 platforms cannot run')
    expect(gh.comments.get(42)?.[0]?.body).toContain(MARKER)
  })

  test('refuses a report whose pull request is not at the commit the run built', async () => {
    const artifact = await forkReport()
    gh.pulls.set(42, 'somethingelse')
    const r = await runAction(
      dir,
      gh,
      { mode: 'comment', reports: artifact },
      { eventName: 'workflow_run', event: { workflow_run: { head_sha: 'forkhead' } } }
    )
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('::error::pull request #42 is not at commit forkhead; refusing to comment')
    expect(gh.comments.get(42)).toBeUndefined()
  })

  test("refuses a report made for another commit than the run's", async () => {
    const artifact = await forkReport()
    const r = await runAction(
      dir,
      gh,
      { mode: 'comment', reports: artifact },
      { eventName: 'workflow_run', event: { workflow_run: { head_sha: 'other' } } }
    )
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('refusing to comment')
  })
})

test('merge mode without reports is one clear error', async () => {
  const r = await runAction(dir, gh, { mode: 'merge', reports: join(dir, 'nothing-here') })
  expect(r.code).toBe(1)
  expect(r.stdout).toContain('::error::no JSON reports found at')
})
