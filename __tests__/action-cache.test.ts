/**
 * The action's facts cache across runs, through the real @actions/cache against a stand-in of GitHub's cache service
 * on loopback: a run saves what it added, the next run (a pull request's, say) restores the newest entry of the same
 * engine version by its restore key, a run that added nothing saves nothing, and a cache service that fails is a
 * warning while the verification runs on.
 */
import { jest } from '@jest/globals'
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startCacheService, type CacheService } from './helpers/cache-service.js'

// The real @actions/cache, each call of which a test may make throw instead, as a library may for a reason it does not
// foresee: only that reaches the project's own handling (the library turns the service's refusals into warnings).
const real = await import('@actions/cache')
const restoreCache = jest.fn(real.restoreCache)
const saveCache = jest.fn(real.saveCache)
jest.unstable_mockModule('@actions/cache', () => ({ ...real, restoreCache, saveCache }))
const { cacheKeys, withActionCache } = await import('../src/action-cache.js')

let root: string
let service: CacheService
let out: string[]
const saved = { ...process.env }

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'mv-action-cache-'))
  await mkdir(join(root, 'temp'))
  service = await startCacheService()
  restoreCache.mockClear()
  saveCache.mockClear()
  out = []
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out.push(String(chunk))
    return true
  })
  Object.assign(process.env, {
    ACTIONS_CACHE_SERVICE_V2: 'true',
    ACTIONS_RESULTS_URL: `${service.url}/`,
    ACTIONS_RUNTIME_TOKEN: 'runtime-token',
    GITHUB_WORKSPACE: root,
    RUNNER_TEMP: join(root, 'temp'),
    RUNNER_OS: 'Linux',
    GITHUB_RUN_ID: '100',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'verify'
  })
  delete process.env.GITHUB_SERVER_URL
})

afterEach(async () => {
  jest.restoreAllMocks()
  process.env = { ...saved }
  await service.close()
  await rm(root, { recursive: true, force: true })
})

const FACT = `b-sha256-${'a'.repeat(64)}.facts`

test('the key names the runner OS, the engine version and the run; the restore key is the prefix before the run', () => {
  expect(cacheKeys({ RUNNER_OS: 'Linux', GITHUB_RUN_ID: '7', GITHUB_RUN_ATTEMPT: '2', GITHUB_JOB: 'j' }, 'v')).toEqual({
    key: 'multiarch-verify-Linux-v-7-2-j',
    restoreKeys: ['multiarch-verify-Linux-v-']
  })
})

test('a run saves the facts it added; the next run restores them by the restore key and has nothing new to save', async () => {
  const dir = join(root, 'cache', 'multiarch-verify')
  const first = await withActionCache(dir, async () => {
    await mkdir(dir, { recursive: true })
    await writeFile(join(dir, FACT), 'facts')
    return 'report 1'
  })
  expect(first).toBe('report 1')
  expect(service.entries.map(e => [e.key, e.finalized])).toEqual([[cacheKeys().key, true]])

  await rm(dir, { recursive: true })
  process.env.GITHUB_RUN_ID = '101'
  const seen = await withActionCache(dir, async () => readdir(dir))
  expect(seen).toEqual([FACT])
  expect(out.join('')).toContain('facts cache: restored multiarch-verify-Linux-')
  expect(out.join('')).toContain('facts cache: nothing new to save')
  expect(service.entries).toHaveLength(1)
})

test('@actions/cache throwing on restore and on save is a warning of our own; the verification runs and its result stands', async () => {
  restoreCache.mockRejectedValueOnce(new Error('restore exploded'))
  saveCache.mockRejectedValueOnce(new Error('save exploded'))
  const dir = join(root, 'cache', 'multiarch-verify')
  const result = await withActionCache(dir, async () => {
    await mkdir(dir, { recursive: true })
    await writeFile(join(dir, FACT), 'facts')
    return 'report'
  })
  expect(result).toBe('report')
  const warnings = out
    .join('')
    .split('\n')
    .filter(l => l.startsWith('::warning::'))
  expect(warnings).toEqual([
    '::warning::facts cache: not restored (restore exploded); every layer is read',
    '::warning::facts cache: not saved (save exploded)'
  ])
  expect(saveCache).toHaveBeenCalledTimes(1)
})

// 403: not retried by @actions/cache (a 5xx is, five times with backoff: the same outcome, a minute later).
test('a cache service that refuses: @actions/cache warns itself, and the verification runs and its result stands', async () => {
  service.failWith = 403
  const dir = join(root, 'cache', 'multiarch-verify')
  const result = await withActionCache(dir, async () => {
    await mkdir(dir, { recursive: true })
    await writeFile(join(dir, FACT), 'facts')
    return 'report'
  })
  expect(result).toBe('report')
  const text = out.join('')
  expect(text).toMatch(/::(warning|error)::Failed to restore/)
  expect(text).toMatch(/::(warning|error)::Failed to save|facts cache: not saved/)
})

test('a restored archive that is not one is a warning, and the run reads every layer', async () => {
  const dir = join(root, 'cache', 'multiarch-verify')
  await withActionCache(dir, async () => {
    await mkdir(dir, { recursive: true })
    await writeFile(join(dir, FACT), 'facts')
  })
  ;(service.entries[0] as { blob?: Buffer }).blob = Buffer.from('not an archive')
  await rm(dir, { recursive: true })
  process.env.GITHUB_RUN_ID = '101'
  const seen = await withActionCache(dir, async () => readdir(dir).catch(() => []))
  expect(seen).toEqual([])
  expect(out.join('')).toMatch(/::(warning|error)::Failed to restore/)
})

test('input cache: false, or a runner without a cache service, runs without it', async () => {
  expect(await withActionCache(undefined, async () => 'plain')).toBe('plain')
  delete process.env.ACTIONS_RESULTS_URL
  expect(await withActionCache(join(root, 'c'), async () => 'no service')).toBe('no service')
  expect(service.log).toEqual([])
})
