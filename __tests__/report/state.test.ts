/**
 * What the sticky comment says changed since the last run: only what both runs could see, per platform; a platform
 * left out of a run, or whose image was not read (its build failed), is named as not compared; a state too large for
 * its share of the comment says so; and every comment fits its size, the state included.
 */
import { parseDockerfile } from '../../src/dockerfile/parse.js'
import type { PlatformFacts } from '../../src/inspect/facts.js'
import { COMMENT_LIMIT, SHORT_COMMENT, renderMarkdown } from '../../src/report/markdown.js'
import type { Report } from '../../src/report/model.js'
import { MAX_STATE_BYTES, changesSince, parseState, stateComment } from '../../src/report/state.js'
import { parsePlatform } from '../../src/platform.js'
import { checkAndReport } from '../../src/verify.js'
import { exe, platform } from '../helpers/facts.js'

const SHA_A = 'a'.repeat(40)
const SHA_B = 'b'.repeat(40)

const amd64 = (): PlatformFacts => platform('linux/amd64', 'go-amd64')
/** The seed's arm64 image: an x86-64 /server. */
const arm64Bad = (): PlatformFacts => platform('linux/arm64', 'go-amd64')
const arm64Good = (): PlatformFacts => platform('linux/arm64', 'go-arm64')
const arm64BuildFails = (): PlatformFacts => ({
  platform: parsePlatform('linux/arm64'),
  status: 'build-failed',
  executables: [],
  durationMs: 0,
  build: { step: '[build 3/3] RUN go build', logTail: 'exit code: 1' }
})

const run = (...platforms: PlatformFacts[]): Report => checkAndReport('oci:x', platforms, 'error')

/** The state the first run leaves in its comment, as the next run reads it back. */
function after(r: Report) {
  const state = parseState(renderMarkdown(r, { run: { headSha: SHA_A }, state: {} }))
  if (!state) throw new Error('no state')
  return state
}

const since = (before: Report, now: Report): string =>
  renderMarkdown(now, { run: { headSha: SHA_B }, state: { previous: after(before) } })
    .split('\n')
    .find(l => l.startsWith('**Since the last run**')) ?? ''

describe('what changed, per platform, where both runs could see it', () => {
  test('both runs inspected the platform: a finding gone is fixed, a finding that appears is new', () => {
    expect(changesSince(run(amd64(), arm64Good()), after(run(amd64(), arm64Bad())))).toMatchObject({
      added: [],
      fixed: 1,
      notCompared: []
    })
    const c = changesSince(run(amd64(), arm64Bad()), after(run(amd64(), arm64Good())))
    expect([c.added.map(f => [f.rule, f.platform]), c.fixed]).toEqual([[['binary-arch-mismatch', 'linux/arm64']], 0])
    expect(since(run(amd64(), arm64Bad()), run(amd64(), arm64Good()))).toBe(
      '**Since the last run** (`aaaaaaa`): ✅ 1 finding fixed.'
    )
  })

  test('a platform left out of this run: its findings are not fixed, and it is named', () => {
    const c = changesSince(run(amd64()), after(run(amd64(), arm64Bad())))
    expect(c).toMatchObject({ added: [], fixed: 0, notCompared: [{ name: 'linux/arm64', why: 'not in this run' }] })
    expect(since(run(amd64(), arm64Bad()), run(amd64()))).toBe(
      '**Since the last run** (`aaaaaaa`): no finding changed; not compared: `linux/arm64` (not checked this time).'
    )
  })

  test('a platform back in the run: its findings are not new, since the last run did not look', () => {
    const c = changesSince(run(amd64(), arm64Bad()), after(run(amd64())))
    expect(c).toMatchObject({ added: [], fixed: 0, notCompared: [{ name: 'linux/arm64', why: 'not in the last run' }] })
  })

  test('a platform that now fails to build: the failure is new, what its image had is not fixed', () => {
    const c = changesSince(run(amd64(), arm64BuildFails()), after(run(amd64(), arm64Bad())))
    expect(c.added.map(f => [f.rule, f.platform])).toEqual([['build-failed', 'linux/arm64']])
    expect(c.fixed).toBe(0)
    expect(c.notCompared).toEqual([{ name: 'linux/arm64', why: 'not read this time' }])
    expect(since(run(amd64(), arm64Bad()), run(amd64(), arm64BuildFails()))).toBe(
      '**Since the last run** (`aaaaaaa`): 🆕 1 new finding; not compared: `linux/arm64` (its image not read this time).'
    )
  })

  test('a build that works again: its failure is fixed, what its image has is not new', () => {
    const c = changesSince(run(amd64(), arm64Bad()), after(run(amd64(), arm64BuildFails())))
    expect([c.added, c.fixed]).toEqual([[], 1])
    expect(c.notCompared).toEqual([{ name: 'linux/arm64', why: 'not read in the last run' }])
  })

  test('only new findings are marked 🆕', () => {
    const before = run(amd64(), arm64Bad())
    const p = arm64Bad()
    p.executables.push(exe('/usr/bin/tool', 'go-amd64'))
    const md = renderMarkdown(run(amd64(), p), { state: { previous: after(before) } })
    expect(md).toContain('🆕 1 new finding.')
    expect(md.match(/🆕 ❌/g)).toHaveLength(1)
    expect(md).toContain('- 🆕 ❌ The program `/usr/bin/tool`')
  })
})

describe('the Dockerfile, known in one run only', () => {
  /** A run that also lints a Dockerfile: one with a constant --platform (a finding), or a clean one. */
  const linted = (text: string, ...platforms: PlatformFacts[]): Report =>
    checkAndReport('oci:x', platforms, 'error', { dockerfile: { file: 'Dockerfile', stages: parseDockerfile(text) } })
  const CLEAN = 'FROM golang\n'
  const PINNED = 'FROM --platform=linux/amd64 golang\n'

  test('known now only: named as not compared when it has findings, and those are not new', () => {
    const c = changesSince(linted(PINNED, amd64()), after(run(amd64())))
    expect(c).toEqual({ added: [], fixed: 0, notCompared: [{ name: 'Dockerfile', why: 'not in the last run' }] })
  })

  test('known now only, without findings: nothing to say', () => {
    expect(changesSince(linted(CLEAN, amd64()), after(run(amd64())))).toEqual({ added: [], fixed: 0, notCompared: [] })
  })

  test('known in the last run only: named as not compared when it had findings, and those are not fixed', () => {
    const c = changesSince(run(amd64()), after(linted(PINNED, amd64())))
    expect(c).toEqual({ added: [], fixed: 0, notCompared: [{ name: 'Dockerfile', why: 'not in this run' }] })
  })

  test('known in the last run only, without findings: nothing to say', () => {
    expect(changesSince(run(amd64()), after(linted(CLEAN, amd64())))).toEqual({ added: [], fixed: 0, notCompared: [] })
  })

  test('a platform is named either way, findings or not: the exception is the Dockerfile’s', () => {
    expect(changesSince(run(amd64(), arm64Good()), after(run(amd64()))).notCompared).toEqual([
      { name: 'linux/arm64', why: 'not in the last run' }
    ])
    expect(changesSince(run(amd64()), after(run(amd64(), arm64Good()))).notCompared).toEqual([
      { name: 'linux/arm64', why: 'not in this run' }
    ])
  })
})

describe('the state is read defensively', () => {
  const body = stateComment(run(amd64(), arm64Bad()), SHA_A)

  test('it round-trips: per platform, whether its image was read and its keys', () => {
    expect(body).toMatch(/^<!-- multiarch-verify:state v2 sha=a{40} p=linux\/amd64=i:;linux\/arm64=i:[0-9a-f]{12} -->$/)
    const s = parseState(`text\n${body}\n<!-- marker -->`)
    expect([...(s?.scopes.keys() ?? [])]).toEqual(['linux/amd64', 'linux/arm64'])
  })

  test.each([
    ['a key that is not hex', body.replace(/:[0-9a-f]{12}/, ':<script>')],
    ['a name outside the alphabet', body.replace('linux/amd64', 'linux amd64')],
    ['a platform twice', body.replace('linux/amd64', 'linux/arm64')],
    ['no read flag', body.replace('linux/amd64=i', 'linux/amd64')],
    ['too long', body.replace(' -->', `;${'x'.repeat(MAX_STATE_BYTES)}=i: -->`)],
    ['the old version', '<!-- multiarch-verify:state v1 keys=aaaaaaaaaaaa -->']
  ])('%s: ignored, so nothing is compared', (_what, forged) => {
    expect(parseState(forged)).toBeUndefined()
  })
})

/** `n` findings: an arm64 image of x86-64 programs. */
function findings(n: number): Report {
  const p = arm64Good()
  for (let i = 0; i < n; i++) p.executables.push(exe(`/usr/bin/tool-${i}`, 'go-amd64'))
  return run(amd64(), p)
}

describe('every comment fits its size, the hidden state included', () => {
  test.each([700, 4000])('%i findings', n => {
    const r = findings(n)
    expect(r.findings).toHaveLength(n)
    const previous = after(r)
    for (const [limit, opts] of [
      [COMMENT_LIMIT, {}],
      [SHORT_COMMENT, {}],
      [COMMENT_LIMIT, { previous }],
      [SHORT_COMMENT, { previous }]
    ] as const) {
      const md = renderMarkdown(r, {
        run: { headSha: SHA_B },
        footer: '<!-- multiarch-verify:CI/verify -->',
        maxBytes: limit,
        state: opts
      })
      expect(Buffer.byteLength(md)).toBeLessThanOrEqual(limit)
      expect(md.length).toBeLessThanOrEqual(COMMENT_LIMIT)
      expect(md).toContain('<!-- multiarch-verify:state v2')
      expect(md.endsWith('<!-- multiarch-verify:CI/verify -->\n')).toBe(true)
    }
  })

  test('a state too large for its share is partial, and the next run says it cannot tell', () => {
    const r = findings(700)
    const short = renderMarkdown(r, { run: { headSha: SHA_A }, maxBytes: SHORT_COMMENT, state: {} })
    expect(short).toContain(`<!-- multiarch-verify:state v2 sha=${SHA_A} partial -->`)
    const previous = parseState(short)
    expect(previous).toEqual({ sha: SHA_A, partial: true, scopes: new Map() })
    expect(renderMarkdown(findings(699), { state: { previous: previous as NonNullable<typeof previous> } })).toContain(
      '**Since the last run** (`aaaaaaa`): cannot tell what changed; the last comment had too many findings to remember them all.'
    )
    // The full comment has room for them.
    expect(renderMarkdown(r, { maxBytes: COMMENT_LIMIT, state: {} })).not.toContain(' partial -->')
  })
})
