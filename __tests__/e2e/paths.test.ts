/**
 * The bundled action run as the runner runs it (cwd = GITHUB_WORKSPACE), with `file` written the ways workflows write
 * it: every path GitHub is shown or sent (workflow-command annotations, check-run annotations, SARIF, comment links,
 * the JSON report) is relative to the repository root; a Dockerfile outside the workspace is named, never linked.
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

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mv-paths-'))
  ws = join(dir, 'work', 'app', 'app')
  await mkdir(join(ws, 'app'), { recursive: true })
  await copyFile(join(ROOT, 'examples/go-wrong-arch/Dockerfile'), join(ws, 'app', 'Dockerfile'))
  gh = new FakeGitHub()
  await gh.start()
})
afterEach(async () => {
  await gh.stop()
  await rm(dir, { recursive: true, force: true })
})

interface Seen {
  logFiles: string[]
  checkPaths: string[]
  sarifUris: string[]
  reportFiles: string[]
  comment: string
}

async function runWith(file: string): Promise<Seen> {
  const sarif = join(dir, 'out.sarif')
  const r = await runAction(
    dir,
    gh,
    { image: `oci-archive:${EXAMPLE_ARCHIVE}`, file, 'check-run': 'true', 'sarif-file': sarif },
    { event: pullRequestEvent(), workspace: ws }
  )
  expect(r.code).toBe(1)
  const run = [...gh.checkRuns.values()][0]
  const annotations = [run?.body, ...(run?.updates ?? [])].flatMap(
    b => (b as { output: { annotations: Array<{ path: string }> } }).output.annotations
  )
  const log = JSON.parse(await readFile(sarif, 'utf8')) as {
    runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }>
  }
  const report = JSON.parse(await readFile(r.outputs.report as string, 'utf8')) as {
    findings: Array<{ location?: { file: string } }>
  }
  return {
    logFiles: [...r.stdout.matchAll(/^::(?:error|warning|notice) .*?file=([^,:]+)/gm)].map(m => m[1] as string),
    checkPaths: annotations.map(a => a.path),
    sarifUris: log.runs[0]?.results.flatMap(x => x.locations.map(l => l.physicalLocation.artifactLocation.uri)) ?? [],
    reportFiles: report.findings.flatMap(f => (f.location ? [f.location.file] : [])),
    comment: gh.comments.get(42)?.[0]?.body ?? ''
  }
}

test.each([
  ['relative', () => 'app/Dockerfile'],
  ['./-prefixed', () => './app/Dockerfile'],
  ['absolute under the workspace (${{ github.workspace }}/…)', () => `${ws}/app/Dockerfile`]
])('file %s: every path is app/Dockerfile', async (_form, file) => {
  const seen = await runWith(file())
  const only = (list: string[]): string[] => [...new Set(list)]
  expect({
    logFiles: only(seen.logFiles),
    checkPaths: only(seen.checkPaths),
    sarifUris: only(seen.sarifUris),
    reportFiles: only(seen.reportFiles)
  }).toEqual({
    logFiles: ['app/Dockerfile'],
    checkPaths: ['app/Dockerfile'],
    sarifUris: ['app/Dockerfile'],
    reportFiles: ['app/Dockerfile']
  })
  expect(seen.comment).toContain('[app/Dockerfile:7](https://github.com/o/r/blob/abc123/app/Dockerfile#L7)')
  expect(seen.comment).not.toContain(ws)
})

test('a Dockerfile outside the workspace is named but never linked or sent as a path', async () => {
  const outside = join(dir, 'elsewhere', 'Dockerfile')
  await mkdir(join(dir, 'elsewhere'))
  await copyFile(join(ws, 'app', 'Dockerfile'), outside)
  const seen = await runWith(outside)
  expect({ logFiles: seen.logFiles, checkPaths: seen.checkPaths, sarifUris: seen.sarifUris }).toEqual({
    logFiles: [],
    checkPaths: [],
    sarifUris: []
  })
  expect(seen.comment).toContain(`Made by ${outside}:7.`)
  expect(seen.comment).not.toContain('/blob/abc123/')
})
