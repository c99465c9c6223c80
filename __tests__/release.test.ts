/**
 * What a release needs and the release workflow reads: a dated CHANGELOG section (its notes), a clean npm package
 * (the CLI's bin, dist/, the action, the licenses, nothing else), and the files a maintainer looks for first.
 */
import { execFile } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parse } from 'yaml'
import { ROOT } from './helpers/fixtures.js'

const { releaseNotes } = (await import(pathToFileURL(join(ROOT, 'scripts', 'release-notes.mjs')).href)) as {
  releaseNotes(changelog: string, version: string): string
}

const CHANGELOG = `# Changelog

## [Unreleased]

- next

## [1.2.0] - 2027-01-15

### Added

- a rule

## [1.1.0] - 2026-12-01

- older

[1.2.0]: https://example.com/v1.2.0
`

test('release notes are the dated section of the tag, without its link references', () => {
  expect(releaseNotes(CHANGELOG, 'v1.2.0')).toBe('### Added\n\n- a rule')
  expect(releaseNotes(CHANGELOG, '1.1.0')).toBe('- older')
})

test.each([
  ['v1.3.0', /no "## \[1\.3\.0\]" section/],
  ['v1.2', /no "## \[1\.2\]" section/]
])('no notes for %s: %p', (version, why) => {
  expect(() => releaseNotes(CHANGELOG, version)).toThrow(why)
})

test('a section not yet dated cannot be released', () => {
  expect(() => releaseNotes('## [2.0.0] - Unreleased\n\n- x\n', 'v2.0.0')).toThrow(/not dated/)
  expect(() => releaseNotes('## [2.0.0] - 2027-02-01\n\n## [1.0.0] - 2026-01-01\n', 'v2.0.0')).toThrow(/empty/)
})

test("CHANGELOG.md has a section for package.json's version and an Unreleased section", () => {
  const text = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8')
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
  expect(text).toMatch(/^## \[Unreleased\]$/m)
  expect(text).toMatch(
    new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\] - (\\d{4}-\\d{2}-\\d{2}|Unreleased)$`, 'm')
  )
})

test('the files a maintainer reads before the code are there', () => {
  for (const f of [
    'LICENSE',
    'CHANGELOG.md',
    'SECURITY.md',
    'CONTRIBUTING.md',
    '.gitattributes',
    '.github/CODEOWNERS',
    '.github/dependabot.yml',
    '.github/workflows/release.yml',
    '.github/ISSUE_TEMPLATE/bug.yml',
    '.github/ISSUE_TEMPLATE/false-positive.yml',
    'dist/licenses.txt'
  ])
    expect(existsSync(join(ROOT, f)) ? f : `${f} is missing`).toBe(f)
  expect(readFileSync(join(ROOT, '.gitattributes'), 'utf8')).toMatch(/^dist\/\*\* .*linguist-generated=true/m)
})

test('a false positive is reported with its rule, the --format json report and the proof, all required', () => {
  const form = parse(readFileSync(join(ROOT, '.github', 'ISSUE_TEMPLATE', 'false-positive.yml'), 'utf8')) as {
    body: Array<{ id?: string; attributes: { description?: string }; validations?: { required?: boolean } }>
  }
  const required = form.body.filter(b => b.validations?.required).map(b => b.id)
  expect(required).toEqual(['rule', 'report', 'proof', 'version'])
  expect(form.body.find(b => b.id === 'report')?.attributes.description).toContain('--format json')
})

test('dependabot watches npm and the actions after a cooldown, majors each in a pull request of their own', () => {
  const cfg = parse(readFileSync(join(ROOT, '.github', 'dependabot.yml'), 'utf8')) as {
    updates: Array<{
      'package-ecosystem': string
      cooldown?: { 'default-days'?: number }
      groups?: Record<string, { 'update-types'?: string[] }>
    }>
  }
  expect(cfg.updates.map(u => u['package-ecosystem']).sort()).toEqual(['github-actions', 'npm'])
  for (const u of cfg.updates) {
    expect(u.cooldown?.['default-days']).toBeGreaterThanOrEqual(7)
    const groups = Object.values(u.groups ?? {})
    expect(groups.length).toBeGreaterThan(0)
    // A group without update-types takes majors too; one that names major would put several majors in one PR.
    for (const g of groups) expect(g['update-types']).toEqual(['minor', 'patch'])
  }
})

const { releasePlan } = (await import(pathToFileURL(join(ROOT, 'scripts', 'release-plan.mjs')).href)) as {
  releasePlan(o: { version: string; codeVersion?: string; changelog: string; readme: string; tags: string[] }): {
    tag: string
    major: string
  }
}
type PlanInput = Parameters<typeof releasePlan>[0]
const plan = (o: Partial<PlanInput>) =>
  releasePlan({
    version: '1.2.0',
    codeVersion: '1.2.0',
    changelog: CHANGELOG,
    readme: '      - uses: multiarch-verify/multiarch-verify@v1\n',
    tags: [],
    ...o
  })

test('the release plan is the package version as a tag, and its major tag', () => {
  expect(plan({ tags: ['v1.1.0', 'v1'] })).toEqual({ tag: 'v1.2.0', major: 'v1' })
})

test.each<[string, Partial<PlanInput>, RegExp]>([
  ['a tag that exists already', { tags: ['v1.2.0'] }, /v1\.2\.0 exists already/],
  ['code that says another version', { codeVersion: '1.1.0' }, /src\/version\.ts says 1\.1\.0/],
  ['an undated section', { changelog: '## [1.2.0] - Unreleased\n\n- x\n' }, /not dated/],
  ['a version that is not X.Y.Z', { version: '1.2' }, /not X\.Y\.Z/],
  [
    'README examples on a commit SHA',
    { readme: `uses: multiarch-verify/multiarch-verify@${'a'.repeat(40)} # main, no release yet` },
    /switch them to @v1/
  ]
])('no release with %s', (_what, o, why) => {
  expect(() => plan(o)).toThrow(why)
})

test('the release workflow is started by hand on main, checks dist/ and the plan, tags, and moves the major tag', () => {
  const text = readFileSync(join(ROOT, '.github', 'workflows', 'release.yml'), 'utf8')
  const wf = parse(text) as {
    on: Record<string, unknown>
    jobs: { release: { if: string; permissions: Record<string, string>; steps: Array<Record<string, unknown>> } }
  }
  expect(Object.keys(wf.on)).toEqual(['workflow_dispatch'])
  expect(wf.jobs.release.if).toBe("github.ref == 'refs/heads/main'")
  expect(wf.jobs.release.permissions).toEqual({ contents: 'write' })
  const runs = wf.jobs.release.steps.map(s => String(s.run ?? '')).join('\n')
  for (const step of [
    'node scripts/release-plan.mjs',
    'npm run bundle',
    'git diff --exit-code',
    'npm run test:unit',
    'scripts/release-notes.mjs',
    'gh release create "$TAG"',
    '--target "$GITHUB_SHA"',
    'git/refs/tags/$MAJOR" -f sha="$GITHUB_SHA" -F force=true'
  ])
    expect(runs).toContain(step)
  // Nothing is tagged before every check has passed, and the major tag follows the release.
  expect(runs.indexOf('npm run test:unit')).toBeLessThan(runs.indexOf('gh release create'))
  expect(runs.indexOf('gh release create')).toBeLessThan(runs.indexOf('git/refs/tags/$MAJOR'))
  // A release is never built from a cache another run could have written (zizmor's cache-poisoning).
  const setupNode = wf.jobs.release.steps.find(s => String(s.uses).startsWith('actions/setup-node@')) as {
    with: Record<string, unknown>
  }
  expect(setupNode.with['package-manager-cache']).toBe(false)
  expect(setupNode.with.cache).toBeUndefined()
})

test('npm pack ships the CLI, the action and the licenses, and nothing else', async () => {
  const out = await new Promise<string>((resolve, reject) =>
    execFile('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT }, (err, stdout) =>
      err ? reject(err) : resolve(stdout)
    )
  )
  const [pack] = JSON.parse(out) as Array<{ files: Array<{ path: string }> }>
  expect(pack?.files.map(f => f.path).sort()).toEqual([
    'LICENSE',
    'README.md',
    'action.yml',
    'dist/cli.js',
    'dist/index.js',
    'dist/layer-worker.js',
    'dist/licenses.txt',
    'package.json'
  ])
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> }
  expect(pkg.bin).toEqual({ 'multiarch-verify': 'dist/cli.js' })
  expect(readFileSync(join(ROOT, 'dist', 'cli.js'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
})
