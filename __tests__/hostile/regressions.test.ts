/**
 * Replays every input that ever broke the CLI (__tests__/fixtures/regressions/, see its README.md): each still gives
 * its outcome, within the bounds every input must keep.
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { mapLimit } from '../../src/concurrency.js'
import { ROOT } from '../helpers/fixtures.js'
import { expectWellBehaved, runMeasured, type MeasuredRun } from '../helpers/measured.js'

const DIR = join(ROOT, '__tests__', 'fixtures', 'regressions')
const FILES = readdirSync(DIR)
  .filter(f => f.endsWith('.tar'))
  .sort()

/** The outcome each file must keep: its exit code and a finding rule, or a pattern of its one-line error. */
const EXPECTED: Record<string, { code: number; rule?: string; error?: RegExp }> = {
  'zstd-bomb.oci.tar': { code: 0 },
  'docker-archive-config-not-json.docker.tar': { code: 2, error: /config config.json is not a valid JSON object/ },
  'docker-archive-names-control-characters.docker.tar': { code: 2, error: /missing config x \\x1b\[31mFAKE/ },
  'names-control-characters.oci.tar': { code: 1, rule: 'entrypoint-not-found' },
  'hardlink-to-missing.oci.tar': { code: 1, rule: 'entrypoint-not-found' }
}

const source = (f: string): string => `${f.endsWith('.docker.tar') ? 'docker-archive' : 'oci-archive'}:${join(DIR, f)}`
const runs = new Map<string, MeasuredRun[]>()

beforeAll(async () => {
  await mapLimit(FILES, 2, async f => {
    const out: MeasuredRun[] = []
    for (const format of ['json', 'text', 'markdown'])
      out.push(await runMeasured(['inspect', source(f), '--format', format]))
    runs.set(f, out)
  })
}, 300_000)

test('every regression file has its expected outcome written down', () => {
  expect(FILES.length).toBeGreaterThan(0)
  expect(FILES.filter(f => !EXPECTED[f])).toEqual([])
})

test.each(FILES)('%s', f => {
  const [json, ...others] = runs.get(f) as MeasuredRun[]
  for (const r of [json, ...others]) expectWellBehaved(r as MeasuredRun)
  const want = EXPECTED[f] ?? { code: -1 }
  const rules = (): string[] => JSON.parse(json?.stdout ?? '').findings.map((x: { rule: string }) => x.rule)
  const stderr = json?.stderr ?? ''
  expect({
    code: json?.code,
    error: want.error ? (want.error.test(stderr) ? 'matches' : stderr) : undefined,
    hasRule: want.rule ? rules().includes(want.rule) : undefined
  }).toEqual({ code: want.code, error: want.error ? 'matches' : undefined, hasRule: want.rule ? true : undefined })
  expect(others.filter(r => r.stdout.split('\n').some(l => /^\s*FAKE/.test(l)))).toEqual([])
})
