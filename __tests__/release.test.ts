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

test('the release workflow checks dist/, tags from the changelog and moves the major tag', () => {
  const text = readFileSync(join(ROOT, '.github', 'workflows', 'release.yml'), 'utf8')
  const wf = parse(text) as { on: { push: { tags: string[] } } }
  expect(wf.on.push.tags).toEqual(['v[0-9]+.[0-9]+.[0-9]+'])
  expect(text).toContain('npm run bundle')
  expect(text).toContain('git diff --exit-code')
  expect(text).toContain('scripts/release-notes.mjs')
  expect(text).toMatch(/git push --force origin "refs\/tags\/\$major"/)
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
