import { mergeReports, asReport } from '../../src/report/merge.js'
import { parseConfig } from '../../src/config/config.js'
import { parseDockerfile } from '../../src/dockerfile/parse.js'
import { renderMarkdown, COMMENT_LIMIT } from '../../src/report/markdown.js'
import { checkAndReport } from '../../src/verify.js'
import { exe, platform } from '../helpers/facts.js'

const sha = (p: ReturnType<typeof platform>, s: string) => {
  for (const e of p.executables) e.sha256 = s
  return p
}

test('reports of two matrix jobs merge into one verdict, and cross-platform rules see both', () => {
  // Each job sees only its own platform: only the merge can tell that arm64 ships amd64's very file.
  const amd = checkAndReport(
    'build:. (amd64 job)',
    [sha(platform('linux/amd64', 'go-amd64'), '11'.repeat(32))],
    'error'
  )
  const arm = checkAndReport(
    'build:. (arm64 job)',
    [sha(platform('linux/arm64', 'go-amd64'), '11'.repeat(32))],
    'error'
  )
  expect(arm.findings[0]?.message).not.toContain('byte-identical')
  const merged = mergeReports(
    [
      { name: 'amd64.json', report: amd },
      { name: 'arm64.json', report: arm }
    ],
    'error'
  )
  expect(merged.platforms.map(p => [p.platform, p.status])).toEqual([
    ['linux/amd64', 'pass'],
    ['linux/arm64', 'fail']
  ])
  expect(merged.findings.map(f => [f.rule, f.platform])).toEqual([['binary-arch-mismatch', 'linux/arm64']])
  expect(merged.findings[0]?.message).toContain('byte-identical to `/server` in the linux/amd64 image')
  expect(merged.verdict).toBe('fail')
  expect(merged.source).toBe('build:. (amd64 job), build:. (arm64 job)')
})

test("each job's own findings are kept and the verdict follows them", () => {
  const ok = checkAndReport('a', [platform('linux/amd64', 'go-amd64')], 'error')
  const bad = checkAndReport('b', [platform('linux/arm64', 'go-amd64')], 'error')
  const merged = mergeReports(
    [
      { name: 'a', report: ok },
      { name: 'b', report: bad }
    ],
    'error'
  )
  expect(merged.findings.map(f => `${f.rule} ${f.platform}`)).toEqual(['binary-arch-mismatch linux/arm64'])
  expect(merged.platforms.map(p => p.status)).toEqual(['pass', 'fail'])
})

test('the same platform in two reports is an error naming both', () => {
  const a = checkAndReport('a', [platform('linux/amd64', 'go-amd64')], 'error')
  expect(() =>
    mergeReports(
      [
        { name: 'x.json', report: a },
        { name: 'y.json', report: a }
      ],
      'error'
    )
  ).toThrow('platform linux/amd64 is in two reports (x.json and y.json)')
})

test.each([
  [{}, /is not a multiarch-verify JSON report/],
  [{ schemaVersion: 2, platforms: [], findings: [] }, /schemaVersion 2; this version reads 1/]
])('%j is refused', (json, message) => {
  expect(() => asReport('r.json', json)).toThrow(message)
})

describe("the comment stays under GitHub's limit", () => {
  const many = () => {
    const p = platform('linux/arm64', 'go-arm64')
    for (let i = 0; i < 2000; i++)
      p.executables.push(exe(`/usr/lib/very/long/path/number/${i}/${'x'.repeat(40)}`, 'go-arm64'))
    for (let i = 0; i < 50; i++) p.executables.push(exe(`/usr/bin/tool${i}`, 'go-amd64'))
    return checkAndReport('x', [p], 'error')
  }

  test('with 50 findings and 2,000 programs the details shrink first, findings stay, and it says so', () => {
    const r = many()
    expect(r.findings).toHaveLength(50)
    const md = renderMarkdown(r, { maxBytes: COMMENT_LIMIT, fullReportUrl: 'https://github.com/o/r/actions/runs/1' })
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(md).toContain(
      '**binary-arch-mismatch**](https://github.com/multiarch-verify/multiarch-verify/blob/main/docs/rules.md#binary-arch-mismatch) (50):'
    )
    for (let i = 0; i < 50; i++) expect(md).toContain(`\`/usr/bin/tool${i}\``) // every place is named
    expect(md).toMatch(/… and \d+ more/)
    expect(md).toContain(
      '_This comment is shortened; the full report is in [the job summary](https://github.com/o/r/actions/runs/1)'
    )
  })

  test('when the places do not fit, they are cut with a count that agrees with the header', () => {
    const md = renderMarkdown(many(), { maxBytes: 3_000 })
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(3_000)
    expect(md).toMatch(/^### ❌ multiarch-verify: 1 of 1 platform cannot run\n/)
    expect(md).toContain(') (50): The program `/usr/bin/tool0`')
    expect(md).toContain('_49 more of these 50 are listed in the job summary._')
    expect(md).toContain('| ❌ 50 of 2051 foreign |')
  })

  test('when even one finding per rule does not fit, the findings are cut with a count; verdict and matrix stay', () => {
    const md = renderMarkdown(many(), { maxBytes: 1_200 })
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(1_200)
    expect(md).toMatch(/^### ❌ multiarch-verify: 1 of 1 platform cannot run\n/)
    expect(md).toContain('| ❌ 50 of 2051 foreign |')
    expect(md).toContain("_50 more findings are not shown here, to stay within GitHub's size limit")
  })

  test('without a limit, everything is there', () => {
    const md = renderMarkdown(many())
    expect(md).not.toContain('shortened')
    expect(md).toContain('<details><summary>Programs checked: 2051 on linux/arm64</summary>')
  })
})

test('a job whose platform the environment kept from being checked still fails the merged verdict, with its reason', () => {
  const amd = checkAndReport('build:. (amd64 job)', [platform('linux/amd64', 'go-amd64')], 'error')
  const why = 'linux/arm64 was not checked: its build stopped because the buildx builder "default" stopped answering'
  const arm = checkAndReport(
    'build:. (arm64 job)',
    [
      {
        platform: { os: 'linux', architecture: 'arm64' },
        status: 'not-checked',
        error: why,
        executables: [],
        durationMs: 0
      }
    ],
    'error'
  )
  // Through JSON, as the merge job reads the reports.
  const merged = mergeReports(
    [
      { name: 'amd64.json', report: asReport('amd64.json', JSON.parse(JSON.stringify(amd))) },
      { name: 'arm64.json', report: asReport('arm64.json', JSON.parse(JSON.stringify(arm))) }
    ],
    'error'
  )
  expect(merged.platforms.map(p => [p.platform, p.status])).toEqual([
    ['linux/amd64', 'pass'],
    ['linux/arm64', 'not-checked']
  ])
  expect(merged.errors).toEqual([why])
  expect(merged.verdict).toBe('fail')
})

test('the config file applies to the merged verdict: a severity and an ignore that hold in each job hold after it', () => {
  // Each job lowers binary-arch-mismatch to a note and ignores drift of /usr/bin/extra. Only the merge can see that
  // /usr/bin/extra is on amd64 and not on arm64: the merged verdict must honour the same config.
  const config = parseConfig(
    'multiarch-verify.yml',
    'rules:\n  binary-arch-mismatch:\n    severity: note\n  cross-platform-drift:\n    ignore: ["/usr/bin/extra"]\n'
  )
  const amd = platform('linux/amd64', 'go-amd64')
  amd.executables.push(exe('/usr/bin/extra', 'go-amd64'))
  const arm = platform('linux/arm64', 'go-amd64')
  const reports = [
    { name: 'a', report: checkAndReport('a', [amd], 'warning', { config }) },
    { name: 'b', report: checkAndReport('b', [arm], 'warning', { config }) }
  ]
  const merged = mergeReports(reports, 'warning', config)
  expect(merged.findings.map(f => [f.rule, f.severity])).toEqual([['binary-arch-mismatch', 'note']])
  expect(merged.suppressed).toBe(1)
  expect(merged.verdict).toBe('pass')
  // The same reports merged without the config: the drift is a warning, and fails at fail-on warning.
  const plain = mergeReports(reports, 'warning')
  expect(plain.findings.map(f => f.rule)).toEqual(['binary-arch-mismatch', 'cross-platform-drift'])
  expect(plain.verdict).toBe('fail')
})

test("the merged report counts what each job suppressed and what the merge's own rules suppressed", () => {
  // The arm64 job ignores its foreign /server (suppressed there); only the merge sees the drift of /usr/bin/extra,
  // which the same config ignores (suppressed by the merge itself).
  const config = parseConfig(
    'multiarch-verify.yml',
    'rules:\n  binary-arch-mismatch:\n    ignore: ["/server"]\n  cross-platform-drift:\n    ignore: ["/usr/bin/extra"]\n'
  )
  const amd = platform('linux/amd64', 'go-amd64')
  amd.executables.push(exe('/usr/bin/extra', 'go-amd64'))
  const reports = [
    { name: 'a', report: checkAndReport('a', [amd], 'error', { config }) },
    { name: 'b', report: checkAndReport('b', [platform('linux/arm64', 'go-amd64')], 'error', { config }) }
  ]
  expect(reports.map(r => [r.report.findings.length, r.report.suppressed ?? 0])).toEqual([
    [0, 0],
    [0, 1]
  ])
  const merged = mergeReports(reports, 'error', config)
  expect({ findings: merged.findings.map(f => f.rule), suppressed: merged.suppressed }).toEqual({
    findings: [],
    suppressed: 2
  })
})

test("the Dockerfile's lint, made by every job, is one finding after the merge", () => {
  const dockerfile = { file: 'Dockerfile', stages: parseDockerfile('FROM --platform=linux/amd64 golang AS b\n') }
  const a = checkAndReport('a', [platform('linux/amd64', 'go-amd64')], 'error', { dockerfile })
  const b = checkAndReport('b', [platform('linux/arm64', 'go-arm64')], 'error', { dockerfile })
  const merged = mergeReports(
    [
      { name: 'a', report: a },
      { name: 'b', report: b }
    ],
    'error'
  )
  expect(merged.findings.filter(f => f.rule === 'dockerfile-hardcoded-platform')).toHaveLength(1)
})
