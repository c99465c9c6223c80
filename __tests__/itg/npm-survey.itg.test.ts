/**
 * The npm package model against node itself: much-downloaded npm packages with native code, installed per platform
 * as npm installs them (test-env/npm-survey), loaded by the real `node` of a Debian 13 userland in a chroot (QEMU for
 * arm64), in four situations: each platform's own install (correct), the other platform's node_modules copied in, a
 * node_modules installed on a Mac copied in, and both libc builds installed. Every package node loads has no finding
 * above note; every one it cannot load is exactly one error naming it, quoting what node threw; nothing else is
 * reported above note. The generator runs when its output is missing or was made by another version of it; the
 * whole survey (README figures) is `npm run survey`.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { compareSurvey, joinLayouts, reportJoined, surveyDirs, type SurveyResult } from '../helpers/survey.js'
import { ROOT } from '../helpers/fixtures.js'
import { generateOnce, hashFiles } from '../helpers/generator.js'

const FULL = process.env.MV_SURVEY_SET === 'full'
const DIR =
  process.env.MV_NPM_SURVEY ??
  join(process.env.MV_CACHE ?? '/var/cache/multiarch-verify-test', FULL ? 'npm-survey-full' : 'npm-survey')

/** The generator's own version: its files' contents and the set asked of it. */
function generatorKey(): string {
  const h = createHash('sha256').update(FULL ? 'full' : 'ci')
  hashFiles(h, join(ROOT, 'test-env', 'npm-survey'), name => /\.(mjs|cjs|js|json)$/.test(name))
  for (const f of readdirSync(join(ROOT, 'test-env', 'loader', 'lib')).sort()) {
    h.update(readFileSync(join(ROOT, 'test-env', 'loader', 'lib', f)))
  }
  return h.digest('hex')
}

let results: SurveyResult[] = []

beforeAll(() => {
  // MV_SURVEY_REUSE=1: judge the images already there, whatever made them (a hand run of the survey).
  if (process.env.MV_SURVEY_REUSE === '1') return
  generateOnce(join(DIR, 'generator.key'), generatorKey(), [
    join(ROOT, 'test-env/npm-survey/survey.mjs'),
    ...['--out', DIR, '--set', FULL ? 'full' : 'ci']
  ])
}, 60 * 60_000)

test(
  "every package: the tool says what node did, in node's words",
  async () => {
    const dirs = surveyDirs(DIR)
    expect(dirs.length).toBeGreaterThanOrEqual(10) // 5 scenarios × 2 platforms
    results = []
    for (const d of dirs) results.push(await compareSurvey(d))
    const table = results.map(r => `| ${r.scenario}/${r.arch} | ${r.loads} | ${r.fails} | ${r.disagreements.length} |`)
    mkdirSync(join(ROOT, '.tmp'), { recursive: true })
    writeFileSync(
      join(ROOT, '.tmp', `npm-survey-${FULL ? 'full' : 'ci'}.md`),
      `| image | node loads | node cannot load | disagreements |\n|---|---|---|---|\n${table.join('\n')}\n`
    )
    expect(results.flatMap(r => r.disagreements.map(d => `${r.scenario}/${r.arch}: ${d}`))).toEqual([])
    // The comparison has teeth: packages were loaded, and the broken installs really broke.
    expect(results.reduce((n, r) => n + r.loads, 0)).toBeGreaterThan(10)
    const broken = results.filter(r => r.scenario === 'copied' || r.scenario === 'mac')
    expect(broken.every(r => r.fails >= 3)).toBe(true)
  },
  30 * 60_000
)

test(
  'the correct images joined into one multi-platform index: nothing above note, drift and identical binaries included',
  async () => {
    const correct = surveyDirs(DIR).filter(d => d.includes('/correct/'))
    expect(correct.length).toBe(2)
    const out = join(DIR, 'joined-correct')
    rmSync(out, { recursive: true, force: true })
    const findings = await reportJoined(joinLayouts(correct, out))
    // Only what node could not load either, on that platform, in its own install (deasync has no arm64 build: npm's
    // install script compiles one, which the survey's --ignore-scripts install skipped).
    const failedThere = (platform: string, name: unknown): boolean =>
      results.some(r => r.scenario === 'correct' && platform.endsWith(r.arch) && r.failed.includes(String(name)))
    expect(
      findings
        .filter(f => f.severity !== 'note' && !failedThere(f.platform, f.evidence?.package))
        .map(f => `${f.rule} ${f.platform} ${f.path}`)
    ).toEqual([])
  },
  10 * 60_000
)

test('a copied node_modules is one error per package node cannot load, with npm’s fix, never a Go or C recipe', () => {
  const copied = results.find(r => r.scenario === 'copied' && r.arch === 'arm64')
  expect(copied).toBeDefined()
  const errors = copied?.findings.filter(f => f.severity === 'error') ?? []
  expect(errors.length).toBeGreaterThanOrEqual(3)
  expect(new Set(errors.map(f => f.rule))).toEqual(new Set(['native-module-mismatch']))
  for (const f of errors) {
    expect(f.hint).toContain('npm ci --os=linux --cpu=arm64')
    expect(f.hint).not.toMatch(/GOARCH|tonistiigi\/xx/)
  }
})

test("sharp without its libvips package: node cannot load it, and the tool says so once, in the loader's words, with npm's fix", () => {
  const pruned = results.filter(r => r.scenario === 'pruned')
  expect(pruned.map(r => r.arch).sort()).toEqual(['amd64', 'arm64'])
  for (const r of pruned) {
    expect(r.failed).toEqual(['sharp'])
    const errors = r.findings.filter(f => f.severity === 'error')
    expect(errors.map(f => f.rule)).toEqual(['library-missing'])
    expect(errors[0]?.message).toMatch(/libvips-cpp\.so\.[\d.]+: cannot open shared object file/)
    expect(errors[0]?.hint).toContain('optional dependencies')
  }
})
