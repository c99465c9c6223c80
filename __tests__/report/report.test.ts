import { micromark } from 'micromark'
import { gfm, gfmHtml } from 'micromark-extension-gfm'
import fc from 'fast-check'
import { code, messageParts } from '../../src/findings.js'
import type { PlatformFacts } from '../../src/inspect/facts.js'
import { buildAnnotations } from '../../src/report/annotations.js'
import { escapeMarkdown, messageToMarkdown } from '../../src/report/escape.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import type { FailOn } from '../../src/report/model.js'
import { checkAndReport } from '../../src/verify.js'
import { parseDockerfile } from '../../src/dockerfile/parse.js'
import { summaryLine } from '../../src/report/summary-line.js'
import { renderTerminal } from '../../src/report/terminal.js'
import { parsePlatform } from '../../src/platform.js'
import { exe, platform } from '../helpers/facts.js'

function report(platforms: PlatformFacts[], failOn: FailOn = 'error') {
  return checkAndReport('oci-archive:image.tar', platforms, failOn)
}

const buggy = () => [platform('linux/amd64', 'go-amd64'), platform('linux/arm64', 'go-amd64')]
const fixed = () => [platform('linux/amd64', 'go-amd64'), platform('linux/arm64', 'go-arm64')]

describe('the motivating bug: an x86-64 /server in the arm64 image', () => {
  const r = report(buggy())

  test('fails, on arm64 only', () => {
    expect(r.verdict).toBe('fail')
    expect(r.platforms.map(p => [p.platform, p.status])).toEqual([
      ['linux/amd64', 'pass'],
      ['linux/arm64', 'fail']
    ])
    expect(summaryLine(r)).toBe(
      'multiarch-verify: 1 of 2 platform(s) cannot run what they ship (linux/arm64); 1 error(s), 0 warning(s)'
    )
  })

  test('markdown (golden)', () => {
    expect(
      renderMarkdown(r, { blobUrl: 'https://github.com/o/r/blob/abc/', footer: '<!-- multiarch-verify:CI/verify -->' })
    ).toMatchSnapshot()
  })

  test('terminal (golden)', () => {
    expect(renderTerminal(r)).toMatchSnapshot()
  })

  test('terminal: a fix shared by several findings is printed once, then "as above"', () => {
    // Every package of one copied node_modules has npm's fix: the second and later say "as above".
    const [first] = r.findings
    const twice = { ...r, findings: [first, { ...first, path: '/usr/local/bin/helper' }] } as typeof r
    const hint = first?.hint as string
    expect(hint.length).toBeGreaterThan(40)
    const text = renderTerminal(twice)
    expect(text.split(hint.split('\n')[0] as string).length - 1).toBe(1)
    expect(text).toMatch(/\/usr\/local\/bin\/helper\n.*\n\s*fix:\S* as above\.\n?$/)
    // A report with one finding per fix prints each.
    expect(renderTerminal(r)).not.toContain('as above')
  })

  test('JSON keeps the documented shape', () => {
    const json = JSON.parse(JSON.stringify(r))
    expect(Object.keys(json)).toEqual(['schemaVersion', 'tool', 'verdict', 'failOn', 'source', 'platforms', 'findings'])
    expect(json.platforms[1]).toMatchObject({
      platform: 'linux/arm64',
      status: 'fail',
      config: { os: 'linux', architecture: 'arm64' },
      entrypoint: {
        argv: ['/server'],
        resolvedPath: '/server',
        elf: { machine: 'x86-64', architecture: 'amd64', linkage: 'static' }
      },
      executables: 1
    })
  })
})

describe('the comment with 0, 1 and 50 findings (golden)', () => {
  const opts = {
    blobUrl: 'https://github.com/o/r/blob/abc/',
    fullReportUrl: 'https://github.com/o/r/actions/runs/1',
    footer: '<!-- multiarch-verify:CI/verify -->'
  }

  test('0 findings', () => {
    expect(renderMarkdown(report(fixed()), opts)).toMatchSnapshot()
  })

  test('50 findings: one block per rule and platform, ten places in the open, the fix once', () => {
    const arm = platform('linux/arm64', 'go-arm64')
    for (let i = 0; i < 50; i++)
      arm.executables.push(exe(i % 2 ? `/usr/bin/tool-${i}` : `/opt/vendor/tool-${i}`, 'go-amd64'))
    const md = renderMarkdown(report([platform('linux/amd64', 'go-amd64'), arm]), opts)
    expect(md.match(/\*\*Fix:\*\*/g)).toHaveLength(1)
    expect(md).toContain(
      '**binary-arch-mismatch**](https://github.com/multiarch-verify/multiarch-verify/blob/main/docs/rules.md#binary-arch-mismatch) (50)'
    )
    expect(md).toContain('<details><summary>39 more of these 50</summary>')
    expect(md.indexOf('`/usr/bin/tool-3`')).toBeLessThan(md.indexOf('`/usr/bin/tool-11`')) // numeric order
    expect(md).toMatchSnapshot()
  })
})

test('the Dockerfile lint comes after the platforms, at its line, and a fix already given is not repeated', () => {
  const text =
    'FROM --platform=$BUILDPLATFORM golang AS b\nRUN GOARCH=amd64 go build -o /server .\nFROM scratch\nCOPY --from=b /server /server\n'
  const dockerfile = { file: 'Dockerfile', stages: parseDockerfile(text), lines: text.split('\n') }
  const md = renderMarkdown(checkAndReport('t', buggy(), 'error', { dockerfile }))
  expect(md.indexOf('#### linux/arm64')).toBeLessThan(md.indexOf('#### Dockerfile'))
  expect(md).toContain('At Dockerfile:2.')
  // The general fix once (for the arm64 finding, which no line made); the lint gets the edit of its own line.
  expect(md.match(/Build each platform/g)).toHaveLength(1)
  expect(md).toContain('**Fix:** edit that line so it builds for the platform being built')
  expect(md).toContain('+RUN GOARCH=$TARGETARCH go build -o /server .')
})

test('the fixed image passes on every platform and says so in the first line', () => {
  const r = report(fixed())
  expect(r.verdict).toBe('pass')
  expect(renderMarkdown(r).split('\n')[0]).toBe(
    '### ✅ multiarch-verify: linux/amd64 and linux/arm64 can run what they ship'
  )
})

test('fail-on decides the verdict: warnings fail only with fail-on warning, nothing fails with never', () => {
  const withWarning = () => {
    const p = platform('linux/arm64', 'go-arm64')
    p.executables.push(exe('/opt/x/tool', 'go-amd64'))
    return [p]
  }
  expect(report(withWarning(), 'error').verdict).toBe('pass')
  expect(report(withWarning(), 'warning').verdict).toBe('fail')
  expect(report(buggy(), 'never').verdict).toBe('pass')
})

describe('hostile file names are escaped', () => {
  const evil = '/srv/a|b <img src=x> `rm -rf` @octocat\n[x](http://evil)'
  const p = platform('linux/arm64', 'go-arm64')
  p.executables.push(exe(evil, 'go-amd64'))
  const r = report([p], 'warning')

  test('markdown (golden)', () => {
    const md = renderMarkdown(r)
    // The name stays inside one code span (rendered literally: no HTML, no link, no mention), on one line, its
    // backticks shown as they are: the span is delimited by a longer run.
    expect(md).toContain('``/srv/a|b <img src=x> `rm -rf` @octocat\\x0a[x](http://evil)``')
    expect(md.split('\n').some(l => l.startsWith('[x]'))).toBe(false)
    expect(md).toMatchSnapshot()
  })

  test('rendered as GFM, the name is shown as it is, in prose and in the programs table', () => {
    const html = micromark(renderMarkdown(r), { extensions: [gfm()], htmlExtensions: [gfmHtml()] })
    const shown = '<code>/srv/a|b &lt;img src=x&gt; `rm -rf` @octocat\\x0a[x](http://evil)</code>'
    expect(html.split(shown)).toHaveLength(3)
  })

  test('terminal output shows control characters escaped, and a name never starts a line of its own', () => {
    const text = renderTerminal(r)
    expect(text).toContain('@octocat\\x0a[x]')
    expect(text.split('\n').some(l => l.startsWith('[x]'))).toBe(false)
  })

  test("annotations are plain text: the name's own backticks, no span delimiters, no raw newlines", () => {
    const [a] = buildAnnotations(r.findings)
    expect(a?.message).toMatch(
      /^The executable \/srv\/a\|b <img src=x> `rm -rf` @octocat\\x0a\[x\]\(http:\/\/evil\) is an/
    )
    expect(a?.message).toContain('it fails with exec format error.')
    expect(a?.message).not.toContain('\n')
  })
})

test('escapeMarkdown and code spans', () => {
  expect(escapeMarkdown('a*b_c [d] <e> | @f')).toBe('a\\*b\\_c \\[d\\] &lt;e\\> \\| @\u200bf')
  expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading')
  expect(escapeMarkdown('/app/\u001b[31mred\r\nok\rx')).toBe('/app/\\x1b\\[31mred ok\\x0dx')
  expect(messageToMarkdown('file `a|b` is bad', true)).toBe('file `a\\|b` is bad')
})

test.each([
  ['a`b', '``a`b``'],
  ['`x`', '`` `x` ``'],
  ['a``b`c', '```a``b`c```'],
  [' a ', '`  a  `'],
  ['  ', '`  `']
])('a code span holds %j as CommonMark reads it back', (text, span) => {
  expect(code(text)).toBe(span)
  expect(messageParts(`x ${code(text)} y`)).toEqual([
    { code: false, text: 'x ', raw: 'x ' },
    { code: true, text, raw: span },
    { code: false, text: ' y', raw: ' y' }
  ])
})

test('any name is read back from its code span as it was, and GFM shows it so', () => {
  fc.assert(
    fc.property(
      fc.string({ unit: fc.constantFrom('`', ' ', 'a', '|', '<', '\\'), minLength: 1, maxLength: 30 }),
      name => {
        const parts = messageParts(`The file ${code(name)} is bad.`)
        expect(parts.filter(x => x.code).map(x => x.text)).toEqual([name])
        const html = micromark(messageToMarkdown(`The file ${code(name)} is bad.`), { extensions: [gfm()] })
        const shown = name.replace(/&/g, '&amp;').replace(/</g, '&lt;')
        expect(html).toContain(`<code>${shown}</code>`)
      }
    )
  )
})

test('missing, failed and unreadable platforms each say so in the table', () => {
  const r = report([
    platform('linux/amd64', 'go-amd64'),
    { platform: parsePlatform('linux/arm64'), status: 'missing', executables: [], durationMs: 0 },
    {
      platform: parsePlatform('linux/ppc64le'),
      status: 'build-failed',
      executables: [],
      durationMs: 0,
      build: { logTail: 'boom', step: '[2/2] RUN make' }
    },
    { platform: parsePlatform('linux/s390x'), status: 'unreadable', executables: [], durationMs: 0, error: 'bad blob' }
  ])
  const md = renderMarkdown(r)
  expect(md).toContain('| ❌\u00a0`linux/arm64` | ❌ not in the index |')
  expect(md).toContain('| ❌\u00a0`linux/ppc64le` | ❌ build failed |')
  expect(md).toContain('| ❌\u00a0`linux/s390x` | ❌ unreadable |')
  expect(md.split('\n')[0]).toBe('### ❌ multiarch-verify: 3 of 4 platforms cannot run')
})

test('annotations: at most 10 per type, errors first, and a notice counting the rest', () => {
  const p = platform('linux/arm64', 'go-arm64')
  for (let i = 0; i < 15; i++) p.executables.push(exe(`/usr/bin/t${i}`, 'go-amd64'), exe(`/opt/t${i}`, 'go-amd64'))
  const anns = buildAnnotations(report([p]).findings)
  expect(anns.filter(a => a.level === 'error')).toHaveLength(10)
  expect(anns.filter(a => a.level === 'warning')).toHaveLength(10)
  expect(anns[0]?.level).toBe('error')
  expect(anns.at(-1)).toMatchObject({
    level: 'notice',
    message: '10 more finding(s) are not annotated here; the job summary lists them all.'
  })
})

describe('a platform the environment kept from being checked (a builder without QEMU)', () => {
  const why =
    'linux/arm64 could not be built: the buildx builder "default" cannot run its programs (it offers linux/amd64); install QEMU with docker/setup-qemu-action before the build, or cross-compile in a FROM --platform=$BUILDPLATFORM stage'
  const r = report([
    platform('linux/amd64', 'go-amd64'),
    { platform: parsePlatform('linux/arm64'), status: 'not-checked', error: why, executables: [], durationMs: 0 }
  ])

  test('cannot pass, says why once, and is not blamed on the image', () => {
    expect(r.verdict).toBe('fail')
    expect(r.errors).toEqual([why])
    expect(r.findings).toEqual([])
    expect(r.platforms.map(p => [p.platform, p.status])).toEqual([
      ['linux/amd64', 'pass'],
      ['linux/arm64', 'not-checked']
    ])
    expect(summaryLine(r)).toBe(`multiarch-verify: not verified: ${why}`)
  })

  test('the comment leads with it and the matrix says "not checked"', () => {
    const md = renderMarkdown(r)
    expect(md.split('\n')[0]).toBe('### ⚠️ multiarch-verify: 1 of 2 platforms could not be checked')
    expect(md).toContain('> Not verified, because of the build environment:')
    expect(md).toContain('docker/setup-qemu-action')
    expect(md).toContain('| ⚠️\u00a0`linux/arm64` | ⚠️ not checked | — |')
  })

  test('terminal', () => {
    const t = renderTerminal(r, { color: false })
    expect(t.split('\n')[0]).toBe('NOT VERIFIED  1 of 2 platform(s) could not be checked')
    expect(t).toContain('  skip  linux/arm64  not checked')
    expect(t).toContain(`not checked: ${why}`)
  })
})

test('a platform that cannot run and one not checked: both said, the failure first', () => {
  const why = 'linux/arm64 was not checked: its build stopped because the buildx builder "default" stopped answering'
  const r = report([
    platform('linux/amd64', 'go-arm64'),
    { platform: parsePlatform('linux/arm64'), status: 'not-checked', error: why, executables: [], durationMs: 0 }
  ])
  expect(renderMarkdown(r).split('\n')[0]).toBe(
    '### ❌ multiarch-verify: 1 of 2 platforms cannot run, 1 could not be checked'
  )
  expect(renderTerminal(r, { color: false }).split('\n')[0]).toBe(
    'FAIL  1 of 2 platform(s) cannot run what they ship; 1 could not be checked'
  )
  expect(summaryLine(r)).toBe(
    `multiarch-verify: 1 of 2 platform(s) cannot run what they ship (linux/amd64); 1 error(s), 0 warning(s); not verified: ${why}`
  )
})

test('a note that fails the verdict (fail-on: note) is not under a ✅ headline', () => {
  const p = platform('linux/amd64', 'go-amd64')
  p.entrypoint = { argv: [], resolved: false, reason: 'the image sets no Entrypoint or Cmd', searched: [] }
  const r = report([p], 'note')
  expect(r.verdict).toBe('fail')
  expect(renderMarkdown(r).split('\n')[0]).toBe('### ❌ multiarch-verify: 1 note at or above `note`')
})

test('the terminal shows the edit of the line under the finding', () => {
  const text = 'FROM golang\nRUN GOARCH=amd64 go build -o /server .\n'
  const dockerfile = { file: 'Dockerfile', stages: parseDockerfile(text), lines: text.split('\n') }
  const r = checkAndReport('t', buggy(), 'error', { dockerfile })
  expect(renderTerminal(r)).toContain(
    '  edit Dockerfile:2:\n  - RUN GOARCH=amd64 go build -o /server .\n  + ARG TARGETARCH\n  + RUN GOARCH=$TARGETARCH go build -o /server .\n'
  )
})
