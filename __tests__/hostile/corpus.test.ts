/**
 * The hostile-image corpus (test-env/make-corpus.mjs), run through the bundled CLI as a user would: every input gives
 * its documented exit code and finding or one-line error, in bounded time and memory, writing nothing and escaping
 * nothing. Two runs at a time (the machine may have two cores).
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { mapLimit } from '../../src/concurrency.js'
import { ROOT } from '../helpers/fixtures.js'
import { expectWellBehaved, runMeasured, type MeasuredRun } from '../helpers/measured.js'

interface CorpusCase {
  name: string
  about: string
  source: string
  expect: { code: number; rules?: string[]; error?: RegExp }
  mustNotExist?: string[]
  hostileNames?: boolean
}
interface CorpusModule {
  writeCorpus(dir: string): CorpusCase[]
}

const { writeCorpus } = (await import(pathToFileURL(join(ROOT, 'test-env', 'make-corpus.mjs')).href)) as CorpusModule
const DIR = mkdtempSync(join(tmpdir(), 'mv-corpus-'))
const CASES = writeCorpus(DIR)

/** Every file of the corpus with its size and mtime: a run must leave them as they were. */
function listing(dir: string): string[] {
  const out: string[] = []
  const walk = (d: string): void => {
    for (const n of readdirSync(d).sort()) {
      const p = join(d, n)
      const st = statSync(p)
      if (st.isDirectory()) walk(p)
      else out.push(`${p} ${st.size} ${st.mtimeMs}`)
    }
  }
  walk(dir)
  return out
}

/**
 * The attacks issue 6 lists (docs/reliability.md), each with the cases that make it: a case dropped or renamed, and
 * a case added without a line here, fail.
 */
const ATTACKS: Array<[string, string[]]> = [
  ['tar entries with ../ and absolute paths', ['tar-dotdot-entry', 'tar-absolute-entry', 'archive-dotdot-entries']],
  ['a symlink loop', ['symlink-loop']],
  ['symlinks out of the root and to host paths', ['symlink-escaping-root', 'symlink-absolute-host-path']],
  ['a hardlink to a missing file', ['hardlink-to-missing']],
  ['a tar header declaring 16 GiB', ['tar-huge-declared-size']],
  ['descriptor sizes that lie', ['descriptor-size-lies-small', 'descriptor-size-lies-huge']],
  ['gzip and zstd streams cut short, an archive cut short', ['gzip-truncated', 'zstd-truncated', 'archive-truncated']],
  ['a layer whose digest does not match', ['layer-digest-mismatch']],
  ['an index that refers to itself, one nested 20 deep', ['index-self-reference', 'index-nesting-deep']],
  ['an index of 1,000 manifests', ['index-1000-manifests']],
  ['a 10 MB config', ['config-10mb']],
  ['a gzip bomb and a zstd bomb', ['gzip-bomb', 'zstd-bomb']],
  [
    'ELF header tables past the end, absurd counts, overlapping segments, PT_INTERP unterminated or past the end',
    [
      'elf-phoff-past-end',
      'elf-shoff-past-end',
      'elf-absurd-counts',
      'elf-overlapping-segments',
      'elf-interp-unterminated',
      'elf-interp-past-end'
    ]
  ],
  [
    'Go build info with lengths and pointers past the end',
    ['go-buildinfo-lengths-past-end', 'go-buildinfo-pointers-past-end']
  ],
  [
    'PE files: absurd counts, sections and a CLR header past the end, Go build info lengths past the end, no PE header',
    [
      'pe-absurd-counts',
      'pe-sections-past-end',
      'pe-directories-absurd',
      'pe-go-buildinfo-lengths-past-end',
      'pe-lfanew-past-end'
    ]
  ],
  [
    'names with control characters, escape sequences and invalid UTF-8, in OCI layouts and docker save archives',
    ['names-control-characters', 'docker-archive-names-control-characters']
  ],
  ['an unreadable platform next to a readable one', ['unreadable-platform-keeps-other-findings']],
  [
    'docker save output with a config or manifest.json that is not what it says',
    ['docker-archive-config-not-json', 'docker-archive-malformed-manifest']
  ]
]

test('the corpus covers every attack the issue lists, each by name', () => {
  const names = CASES.map(c => c.name)
  const listed = ATTACKS.flatMap(([, cases]) => cases)
  expect({
    missing: ATTACKS.flatMap(([attack, cases]) => cases.filter(n => !names.includes(n)).map(n => `${attack}: ${n}`)),
    notListed: names.filter(n => !listed.includes(n))
  }).toEqual({ missing: [], notListed: [] })
})

interface Outcome {
  json: MeasuredRun
  /** The same JSON run again, with the facts cache the first one filled. */
  warm: MeasuredRun
  text?: MeasuredRun
  markdown?: MeasuredRun
}
const CACHE = join(DIR, '..', `${DIR.split('/').pop() as string}-cache`)
const outcomes = new Map<string, Outcome>()
let before: string[] = []

afterAll(() => {
  rmSync(DIR, { recursive: true, force: true })
  rmSync(CACHE, { recursive: true, force: true })
})

/** A report without what differs from run to run (durations). */
function timeless(stdout: string): string {
  return stdout.replace(/"durationMs": \d+/g, '"durationMs": 0')
}

function safeRules(r: MeasuredRun): string[] {
  try {
    return (JSON.parse(r.stdout) as { findings: Array<{ rule: string }> }).findings.map(f => f.rule)
  } catch {
    return []
  }
}

describe('every case through the bundled CLI', () => {
  beforeAll(async () => {
    before = listing(DIR)
    await mapLimit(CASES, 2, async c => {
      const inspect = (format: string, cacheDir?: string): Promise<MeasuredRun> =>
        runMeasured(['inspect', c.source, '--format', format], 60_000, cacheDir)
      const json = await inspect('json', CACHE)
      const o: Outcome = { json, warm: await inspect('json', CACHE) }
      if (c.hostileNames) {
        o.text = await inspect('text')
        o.markdown = await inspect('markdown')
      }
      outcomes.set(c.name, o)
      if (process.env.MV_CORPUS_LOG) {
        const r = o.json
        const what = r.code === 2 ? r.stderr.trim() : safeRules(r).join(' ') || 'no findings'
        process.stderr.write(`${c.name}\t${r.code}\t${(r.peakRss / 2 ** 20).toFixed(0)} MB\t${r.ms} ms\t${what}\n`)
      }
    })
  }, 300_000)

  test.each(CASES.map(c => [c.name, c] as const))('%s', (_, c) => {
    const o = outcomes.get(c.name) as Outcome
    const all = [o.json, o.text, o.markdown].filter((r): r is MeasuredRun => r !== undefined)
    for (const r of all) expectWellBehaved(r)
    const r = o.json
    // One outcome per case, compared whole: the exit code and either the one error line or the report's verdict and
    // rules (a passing report with no error finding).
    type Report = { verdict: string; findings: Array<{ rule: string; severity: string }> }
    const report = c.expect.error ? undefined : (JSON.parse(r.stdout) as Report)
    // An error line is shown whole when it does not match; a missing rule is named.
    const matches = (re: RegExp, text: string): string => (re.test(text) ? 'matches' : text)
    expect({
      code: r.code,
      error: c.expect.error ? matches(c.expect.error, r.stderr) : undefined,
      verdict: report?.verdict,
      missingRules: report ? (c.expect.rules ?? []).filter(x => !report.findings.some(f => f.rule === x)) : undefined,
      errorFindings: c.expect.code === 0 ? report?.findings.filter(f => f.severity === 'error') : undefined
    }).toEqual({
      code: c.expect.code,
      error: c.expect.error ? 'matches' : undefined,
      verdict: c.expect.error ? undefined : c.expect.code === 0 ? 'pass' : 'fail',
      missingRules: c.expect.error ? undefined : [],
      errorFindings: c.expect.code === 0 && !c.expect.error ? [] : undefined
    })
    expect((c.mustNotExist ?? []).filter(p => existsSync(p))).toEqual([])
    // A name holding CR LF must not forge a line of its own in any format.
    expect(all.flatMap(x => [x.stdout, x.stderr]).filter(out => out.split('\n').some(l => /^\s*FAKE/.test(l)))).toEqual(
      []
    )
  })

  test('a run with the facts cache filled gives the same exit code, report and error line as the first', () => {
    const differ = CASES.filter(c => {
      const { json, warm } = outcomes.get(c.name) as Outcome
      return json.code !== warm.code || timeless(json.stdout) !== timeless(warm.stdout) || json.stderr !== warm.stderr
    }).map(c => c.name)
    expect(differ).toEqual([])
  })

  test('the corpus filled the facts cache with the layers it could verify, and only those', () => {
    const names = readdirSync(CACHE).filter(n => !n.startsWith('.'))
    expect(names.length).toBeGreaterThan(0)
    expect(names.every(n => /^b-sha256-[0-9a-f]{64}\.facts$/.test(n))).toBe(true)
  })

  test('no run changed the corpus', () => {
    expect(listing(DIR)).toEqual(before)
  })
})
