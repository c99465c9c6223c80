/**
 * The bundled action building a context in a subdirectory of the workspace, as the runner runs it (cwd =
 * GITHUB_WORKSPACE): the Dockerfile it finds there (CONTEXT/Dockerfile) is named relative to the repository root in
 * annotations, check-run annotations, SARIF and comment links, whether `context` is relative or absolute.
 */
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runAction } from '../helpers/action.js'
import { requireDocker } from '../helpers/docker.js'
import { BIN } from '../helpers/fixtures.js'
import { FakeGitHub } from '../helpers/github-server.js'

beforeAll(requireDocker)

let dir: string
let ws: string
let gh: FakeGitHub

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mv-ctx-'))
  ws = join(dir, 'ws')
  await mkdir(join(ws, 'services', 'api'), { recursive: true })
  // The scratch-one-arch bug: one amd64 program copied into every platform, at line 2.
  await writeFile(
    join(ws, 'services', 'api', 'Dockerfile'),
    'FROM scratch\nCOPY hello-amd64 /server\nENTRYPOINT ["/server"]\n'
  )
  await copyFile(join(BIN, 'go-amd64'), join(ws, 'services', 'api', 'hello-amd64'))
  gh = new FakeGitHub()
  await gh.start()
})
afterEach(async () => {
  await gh.stop()
  await rm(dir, { recursive: true, force: true })
})

test.each([
  ['relative', () => 'services/api'],
  ['absolute', () => `${ws}/services/api`]
])('context %s, Dockerfile found in it: every path is services/api/Dockerfile', async (_form, context) => {
  const sarif = join(dir, 'out.sarif')
  const r = await runAction(
    dir,
    gh,
    { platforms: 'linux/amd64,linux/arm64', context: context(), 'check-run': 'true', 'sarif-file': sarif },
    { workspace: ws }
  )
  expect(r.code).toBe(1)
  expect(r.stdout).toContain('::error title=binary-arch-mismatch (linux/arm64),file=services/api/Dockerfile,line=2::')
  const run = [...gh.checkRuns.values()][0]
  const paths = (run?.body as { output: { annotations: Array<{ path: string }> } }).output.annotations.map(a => a.path)
  expect([...new Set(paths)]).toEqual(['services/api/Dockerfile'])
  const log = JSON.parse(await readFile(sarif, 'utf8')) as {
    runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }>
  }
  const uris = log.runs[0]?.results.flatMap(x => x.locations.map(l => l.physicalLocation.artifactLocation.uri))
  expect([...new Set(uris)]).toEqual(['services/api/Dockerfile'])
  expect(gh.comments.get(42)?.[0]?.body).toContain('(https://github.com/o/r/blob/abc123/services/api/Dockerfile#L2)')
})
