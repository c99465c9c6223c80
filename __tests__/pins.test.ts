/**
 * The workflows are the one source of the actions' pins (dependabot bumps them there); the README's and docs/'s
 * examples must carry the same ones, or a reader copies an action the project no longer runs. scripts/sync-pins.mjs
 * rewrites the examples from the workflows; these tests fail while they differ.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { ROOT } from './helpers/fixtures.js'

interface Pin {
  sha: string
  version: string
  where: string
}
const sync = (await import(pathToFileURL(join(ROOT, 'scripts', 'sync-pins.mjs')).href)) as {
  workflowPins(files: Array<[string, string]>): Map<string, Pin>
  rewritePins(text: string, pins: Map<string, Pin>): { text: string; changes: string[]; unknown: string[] }
  rewriteSelf(text: string, ref: string, comment?: string): string
  markdownFiles(root: string): Promise<string[]>
  readWorkflows(root: string): Promise<Array<[string, string]>>
}

const workflows = await sync.readWorkflows(ROOT)
const pins = sync.workflowPins(workflows)
const markdown = await sync.markdownFiles(ROOT)

test('the workflows pin every action by commit SHA with its version, one pin per repository', () => {
  expect(pins.size).toBeGreaterThanOrEqual(8)
  for (const [repo, pin] of pins) {
    expect(`${repo}@${pin.sha}`).toMatch(/@[0-9a-f]{40}$/)
    expect(pin.version).toMatch(/^v\d+\.\d+\.\d+$/)
  }
})

test.each(markdown)('%s: every pinned action in the examples is the workflows’ pin', file => {
  const { changes, unknown } = sync.rewritePins(readFileSync(join(ROOT, file), 'utf8'), pins)
  expect({ unknown, changes }).toEqual({ unknown: [], changes: [] })
})

test('the README uses the actions the workflows run, so each of its pins has a source', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
  const used = new Set(
    [...readme.matchAll(/uses:\s*([\w.-]+\/[\w.-]+)[\w./-]*@/g)]
      .map(m => m[1] as string)
      .filter(r => r !== 'multiarch-verify/multiarch-verify')
  )
  expect(used.size).toBeGreaterThanOrEqual(7)
  for (const repo of used) expect(pins.has(repo) ? repo : `${repo} is pinned by no workflow`).toBe(repo)
})

// The checks above pass only if these can fail: a drifted copy is found and put right, a loose pin is refused.
const WF = `jobs:
  a:
    steps:
      - uses: actions/checkout@${'a'.repeat(40)} # v9.1.0
      - uses: github/codeql-action/init@${'b'.repeat(40)} # v4.2.0
`
test('a README pin that drifted from the workflows is reported and rewritten', () => {
  const p = sync.workflowPins([['wf.yml', WF]])
  const readme = [
    '```yaml',
    `      - uses: actions/checkout@${'c'.repeat(40)} # v8.0.0`,
    `      - uses: github/codeql-action/upload-sarif@${'b'.repeat(40)} # v4.1.0`,
    '      - uses: multiarch-verify/multiarch-verify@v0',
    '      - uses: someone/else@v1',
    '```'
  ].join('\n')
  const r = sync.rewritePins(readme, p)
  expect(r.changes).toEqual([
    `actions/checkout: ${'c'.repeat(40)} # v8.0.0 -> ${'a'.repeat(40)} # v9.1.0`,
    `github/codeql-action/upload-sarif: ${'b'.repeat(40)} # v4.1.0 -> ${'b'.repeat(40)} # v4.2.0`
  ])
  expect(r.unknown).toEqual(['someone/else@v1'])
  expect(r.text).toContain(`uses: actions/checkout@${'a'.repeat(40)} # v9.1.0`)
  expect(r.text).toContain('uses: multiarch-verify/multiarch-verify@v0\n')
  expect(sync.rewritePins(r.text, p).changes).toEqual([])
})

test('a loose or doubled pin in the workflows is refused', () => {
  expect(() => sync.workflowPins([['a.yml', 'steps:\n  - uses: actions/checkout@v7\n']])).toThrow(/not pinned/)
  expect(() => sync.workflowPins([['a.yml', `- uses: actions/checkout@${'a'.repeat(40)}\n`]])).toThrow(/not pinned/)
  expect(() =>
    sync.workflowPins([
      ['a.yml', WF],
      ['b.yml', `- uses: actions/checkout@${'d'.repeat(40)} # v9.1.0\n`]
    ])
  ).toThrow(/actions\/checkout is pinned twice/)
})

test("--self sets this action's own references, and only those", () => {
  const text = `- uses: multiarch-verify/multiarch-verify@${'e'.repeat(40)} # main, no release yet\n- uses: a/b@v1\n`
  expect(sync.rewriteSelf(text, 'v0')).toBe('- uses: multiarch-verify/multiarch-verify@v0\n- uses: a/b@v1\n')
})
