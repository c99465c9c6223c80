/**
 * The loader model against the real loaders, differentially: real Debian 12 userlands from real packages, broken in
 * the ways images break (a dependency of a dependency missing, another architecture's libc, a program built on a
 * newer release, a cache that ldconfig never rewrote, wrong-class and foreign candidates, a Git LFS pointer in
 * place of a library, Python and Node.js modules from the build machine), what glibc's ld.so and the real runtimes
 * said under QEMU in a chroot (test-env/loader/make-userlands.mjs), against what the engine predicts from the same
 * images' bytes. Every dynamic object and every native module must agree. The generator runs when its output is
 * missing or was made by another version of it; the full set (README figures) is `npm run differential`.
 */
import { createHash } from 'node:crypto'
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { compareScenario, scenarioDirs, type ScenarioResult } from '../helpers/oracle.js'
import { ROOT } from '../helpers/fixtures.js'
import { generateOnce } from '../helpers/generator.js'

/** `ci` (in `npm test`): two architectures, the scenarios that matter most. `full` (`npm run differential`): all. */
const FULL = process.env.MV_LOADER_SET === 'full'
const DIR =
  process.env.MV_LOADER_ORACLE ??
  join(process.env.MV_CACHE ?? '/var/cache/multiarch-verify-test', FULL ? 'loader-oracle-full' : 'loader-oracle')
const ARCHES = FULL ? 'amd64,arm64,armhf,s390x' : 'amd64,arm64'
const CI_SCENARIOS = [
  'clean',
  'missing-libssl',
  'foreign-libc',
  'newer-program',
  'stale-cache',
  'wrong-class-only',
  'foreign-byteorder-first',
  'lfs-pointer-first',
  'runpath-wrong-class-only',
  'python-foreign-ext',
  'node-foreign-addon'
].join(',')
const SCENARIOS = FULL ? 'all' : CI_SCENARIOS

/** The generator's own version: its files' contents and the set asked of it. */
function generatorKey(): string {
  const dir = join(ROOT, 'test-env', 'loader')
  const files = [
    'make-userlands.mjs',
    ...readdirSync(join(dir, 'lib'))
      .sort()
      .map(f => join('lib', f))
  ]
  const h = createHash('sha256').update(`${ARCHES} ${SCENARIOS}`)
  for (const f of files) h.update(readFileSync(join(dir, f)))
  return h.digest('hex')
}

let results: ScenarioResult[] = []

beforeAll(() => {
  generateOnce(join(DIR, 'generator.key'), generatorKey(), [
    join(ROOT, 'test-env/loader/make-userlands.mjs'),
    ...['--out', DIR, '--arches', ARCHES, '--set', FULL ? 'full' : 'ci', '--no-rootfs'],
    ...(FULL ? [] : ['--scenarios', SCENARIOS])
  ])
}, 30 * 60_000)

test(
  'every dynamic object and native module: the model says what the real loaders and runtimes said',
  async () => {
    const dirs = scenarioDirs(DIR)
    expect(dirs.length).toBeGreaterThanOrEqual(CI_SCENARIOS.split(',').length)
    results = []
    for (const d of dirs) results.push(await compareScenario(d))
    const table = results.map(r =>
      [`${r.arch}/${r.scenario}`, r.objects, r.failing, r.modules, r.modulesFailing, r.disagreements.length].join(' | ')
    )
    const total = (k: 'objects' | 'failing' | 'modules' | 'modulesFailing'): number =>
      results.reduce((n, r) => n + r[k], 0)
    const sum =
      `${results.length} scenarios: ${total('objects')} dynamic objects compared (${total('failing')} the loader could ` +
      `not load), ${total('modules')} native modules (${total('modulesFailing')} failing)`
    mkdirSync(join(ROOT, '.tmp'), { recursive: true })
    writeFileSync(
      join(ROOT, '.tmp', `loader-oracle-${FULL ? 'full' : 'ci'}.md`),
      `| scenario | objects | not loading | modules | failing | disagreements |\n|---|---|---|---|---|---|\n` +
        `| ${table.join(' |\n| ')} |\n\n${sum}\n`
    )
    expect(
      results.flatMap(r => r.disagreements.map(d => `${r.arch}/${r.scenario}: ${d.what}: ${d.oracle} / ${d.tool}`))
    ).toEqual([])
    // The comparison has teeth: objects were compared, and the broken scenarios really broke.
    expect(results.reduce((n, r) => n + r.objects, 0)).toBeGreaterThan(1000)
    expect(results.filter(r => r.failing > 0 || r.modulesFailing > 0).length).toBeGreaterThan(5)
  },
  30 * 60_000
)

test('what the user sees on the broken images: one rule per breakage, and the clean userlands are clean', () => {
  const by = (arch: string, scenario: string): Record<string, number> =>
    results.find(r => r.arch === arch && r.scenario === scenario)?.findings ?? { missing: -1 }
  expect(by('amd64', 'clean')).toEqual({})
  expect(by('arm64', 'clean')).toEqual({})
  expect(Object.keys(by('amd64', 'missing-libssl'))).toEqual(['library-missing'])
  expect(Object.keys(by('arm64', 'foreign-libc'))).toEqual(['library-missing'])
  expect(by('amd64', 'newer-program')).toEqual({ 'library-version-missing': 1 })
  expect(by('arm64', 'newer-program')).toEqual({ 'library-version-missing': 1 })
  expect(by('amd64', 'stale-cache')).toEqual({ 'library-missing': 1 })
  expect(by('arm64', 'python-foreign-ext')).toEqual({ 'native-module-mismatch': 1 })
  expect(by('arm64', 'node-foreign-addon')).toEqual({ 'native-module-mismatch': 1 })
})
