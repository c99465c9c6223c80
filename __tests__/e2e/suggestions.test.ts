/**
 * suggestions: true, run as the runner runs it against a stand-in API that answers as GitHub does (a review comment
 * on a line outside the diff is a 422): the edit of the user's line is posted once, as a suggestion of the corrected
 * line, only where the diff has that line.
 */
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pullRequestEvent, runAction } from '../helpers/action.js'
import { EXAMPLE_ARCHIVE, ROOT } from '../helpers/fixtures.js'
import { FakeGitHub } from '../helpers/github-server.js'

let dir: string
let ws: string
let gh: FakeGitHub
let lines: string[]

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mv-sugg-'))
  ws = join(dir, 'ws')
  await mkdir(join(ws, 'app'), { recursive: true })
  await copyFile(join(ROOT, 'examples/go-wrong-arch/Dockerfile'), join(ws, 'app', 'Dockerfile'))
  lines = (await readFile(join(ws, 'app', 'Dockerfile'), 'utf8')).trimEnd().split('\n')
  gh = new FakeGitHub()
  await gh.start()
})
afterEach(async () => {
  await gh.stop()
  await rm(dir, { recursive: true, force: true })
})

/** The Dockerfile as added by the pull request (every line in the diff), or with only lines 1-3 in a hunk. */
const added = (): string => `@@ -0,0 +1,${lines.length} @@\n${lines.map(l => `+${l}`).join('\n')}`
const onlyTop = (): string => `@@ -1,3 +1,3 @@\n ${lines[0]}\n-# old\n+${lines[1]}\n ${lines[2]}`

const run = (inputs: Record<string, string> = {}) =>
  runAction(
    dir,
    gh,
    { image: `oci-archive:${EXAMPLE_ARCHIVE}`, file: 'app/Dockerfile', suggestions: 'true', ...inputs },
    { event: pullRequestEvent(), workspace: ws }
  )

test('the edit of the line in the diff is one review comment whose suggestion is the corrected line; not again on a re-run', async () => {
  gh.pullFiles.set(42, [
    { filename: 'README.md', patch: '@@ -1 +1 @@\n-a\n+b' },
    { filename: 'app/Dockerfile', patch: added() }
  ])
  const first = await run()
  expect(first.code).toBe(1)
  expect(first.stdout).toContain('review suggestions: 1 posted')
  const [c, ...more] = gh.reviewComments.get(42) ?? []
  expect(more).toEqual([])
  expect({ path: c?.path, line: c?.line, commit: c?.commit_id }).toEqual({
    path: 'app/Dockerfile',
    line: 7,
    commit: 'abc123'
  })
  expect(lines[6]).toContain('GOARCH=amd64 go build')
  const corrected = (lines[6] as string).replace('GOARCH=amd64', 'GOARCH=$TARGETARCH')
  expect(c?.body).toContain(`\`\`\`suggestion\nARG TARGETARCH\n${corrected}\n\`\`\``)

  const again = await run()
  expect(again.stdout).toContain('review suggestions: 0 posted')
  expect(gh.reviewComments.get(42)).toHaveLength(1)
  expect(gh.requests.filter(r => r.method === 'POST' && r.path.endsWith('/reviews'))).toHaveLength(1)
})

test('a line outside the diff gets no review comment (GitHub would refuse it), and the PR comment still has the edit', async () => {
  gh.pullFiles.set(42, [{ filename: 'app/Dockerfile', patch: onlyTop() }])
  const r = await run()
  expect(r.stdout).toContain('review suggestions: 0 posted')
  expect(r.stdout).not.toContain('could not post the review suggestions')
  expect(gh.reviewComments.get(42)).toBeUndefined()
  expect(gh.comments.get(42)?.[0]?.body).toContain('+ARG TARGETARCH')
})

test('without suggestions: true the pull request files are not even read', async () => {
  gh.pullFiles.set(42, [{ filename: 'app/Dockerfile', patch: added() }])
  await run({ suggestions: 'false' })
  expect(gh.requests.some(r => r.path.includes('/pulls/42/'))).toBe(false)
  expect(gh.reviewComments.get(42)).toBeUndefined()
})
