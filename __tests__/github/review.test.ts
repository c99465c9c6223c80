import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { micromark } from 'micromark'
import { gfm, gfmHtml } from 'micromark-extension-gfm'
import type { Finding, LineFix } from '../../src/findings.js'
import { diffLines, planSuggestions } from '../../src/github/review.js'
import { ROOT } from '../helpers/fixtures.js'
import { scenarios } from '../report/scenarios.js'

test('diffLines: the new side of every hunk, added and unchanged lines, removed ones skipped', () => {
  const patch =
    '@@ -1,3 +1,3 @@\n FROM a\n-RUN x\n+RUN y\n RUN z\n@@ -10,2 +10,3 @@\n RUN p\n+RUN q\n RUN r\n\\ No newline at end of file'
  expect([...diffLines(patch)]).toEqual([
    [1, 'FROM a'],
    [2, 'RUN y'],
    [3, 'RUN z'],
    [10, 'RUN p'],
    [11, 'RUN q'],
    [12, 'RUN r']
  ])
})

const fix = (before: string[], after: string[], line = 2): LineFix => ({
  file: 'Dockerfile',
  line,
  endLine: line + before.length - 1,
  before,
  after,
  summary: 'builds for the platform being built'
})
const finding = (x: LineFix): Finding => ({
  rule: 'binary-arch-mismatch',
  severity: 'error',
  platform: 'linux/arm64',
  message: 'm',
  fix: x
})
const patchOf = (lines: string[]): string => `@@ -0,0 +1,${lines.length} @@\n${lines.map(l => `+${l}`).join('\n')}`

test('a Dockerfile line holding ``` stays inside its suggestion block', () => {
  const line = "RUN GOARCH=amd64 go build -o '/a ``` <img src=x> @octocat' ."
  const x = fix([line], ['ARG TARGETARCH', line.replace('amd64', '$TARGETARCH')])
  const [c] = planSuggestions(
    [finding(x)],
    [{ filename: 'Dockerfile', patch: patchOf(['FROM golang', line]) }],
    [],
    'CI',
    'verify'
  )
  expect(c?.body).toContain('````suggestion\nARG TARGETARCH\n')
  const html = micromark(c?.body ?? '', { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] })
  expect(html).toContain(
    '<pre><code class="language-suggestion">ARG TARGETARCH\nRUN GOARCH=$TARGETARCH go build -o \'/a ``` &lt;img src=x&gt; @octocat\' .\n</code></pre>'
  )
})

test('not offered: a line whose text differs from the diff, a line with a control character, one already posted, a path outside the repository', () => {
  const ok = fix(['RUN GOARCH=amd64 make'], ['RUN GOARCH=$TARGETARCH make'])
  const files = [{ filename: 'Dockerfile', patch: patchOf(['FROM golang', 'RUN GOARCH=amd64 make']) }]
  expect(planSuggestions([finding(ok)], files, [], 'CI', 'verify')).toHaveLength(1)
  const stale = fix(['RUN GOARCH=amd64 make all'], ['RUN GOARCH=$TARGETARCH make all'])
  const ctl = fix(['RUN GOARCH=amd64 make\u001b[2J'], ['RUN GOARCH=$TARGETARCH make\u001b[2J'])
  const outside = { ...ok, file: '/home/runner/Dockerfile' }
  expect(planSuggestions([finding(stale), finding(ctl), finding(outside)], files, [], 'CI', 'verify')).toEqual([])
  const [posted] = planSuggestions([finding(ok)], files, [], 'CI', 'verify')
  expect(planSuggestions([finding(ok)], files, [posted?.body ?? ''], 'CI', 'verify')).toEqual([])
  // Another job (a matrix job, a merge) does not suggest the same edit again either.
  expect(posted?.body).toMatch(/<!-- multiarch-verify-suggestion:CI\/verify:[0-9a-f]{16} -->$/)
  expect(planSuggestions([finding(ok)], files, [posted?.body ?? ''], 'CI', 'other')).toEqual([])
})

test('an edit of a continued instruction covers its lines (start_line..line); two findings with one edit make one comment', () => {
  const before = ['RUN CGO_ENABLED=0 \\', '    GOARCH=amd64 go build .']
  const x = fix(before, ['ARG TARGETARCH', 'RUN CGO_ENABLED=0 \\', '    GOARCH=$TARGETARCH go build .'])
  const files = [{ filename: 'Dockerfile', patch: patchOf(['FROM golang', ...before]) }]
  const out = planSuggestions(
    [finding(x), { ...finding(x), rule: 'dockerfile-hardcoded-platform' }],
    files,
    [],
    'CI',
    'verify'
  )
  expect(out.map(c => [c.path, c.startLine, c.line])).toEqual([['Dockerfile', 2, 3]])
})

test("the seed's own line (examples/golang-alpine-bug): the suggestion is the corrected line, with the ARG it needs", () => {
  const seed = scenarios().find(s => s.name === 'seed-golang-alpine')?.report
  const text = readFileSync(join(ROOT, 'examples/golang-alpine-bug/Dockerfile'), 'utf8').trimEnd().split('\n')
  const files = [{ filename: 'examples/golang-alpine-bug/Dockerfile', patch: patchOf(text) }]
  const out = planSuggestions(seed?.findings ?? [], files, [], 'CI', 'verify')
  expect(out.map(c => [c.path, c.line])).toEqual([['examples/golang-alpine-bug/Dockerfile', 6]])
  expect(text[5]).toBe('RUN CGO_ENABLED=0 GOOS=linux GOARCH=amd64 go build -o /server .')
  expect(out[0]?.body).toContain(
    '```suggestion\nARG TARGETARCH\nRUN CGO_ENABLED=0 GOOS=linux GOARCH=$TARGETARCH go build -o /server .\n```'
  )
})
