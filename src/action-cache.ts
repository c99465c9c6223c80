/**
 * The action's facts cache across runs: the cache directory restored with @actions/cache before verifying and saved
 * after, under a key per runner OS and cache version (the engine's, cache.ts), one entry per run, with a restore key
 * that takes the newest entry of the same version: on a pull request, the base branch's. Never fails the step: a
 * cache that cannot be restored or saved is a warning, and the verification runs without it.
 */
import * as cache from '@actions/cache'
import * as core from '@actions/core'
import { readdir } from 'node:fs/promises'
import { errorMessage } from './errors.js'
import { cacheVersion } from './image/cache.js'

/** The key this run saves under and the prefix it restores from. */
export function cacheKeys(
  env: NodeJS.ProcessEnv = process.env,
  version = cacheVersion()
): {
  key: string
  restoreKeys: string[]
} {
  const os = (env.RUNNER_OS || process.platform).replace(/[^\w.-]/g, '')
  const prefix = `multiarch-verify-${os}-${version}-`
  const run = [env.GITHUB_RUN_ID || `${Date.now()}`, env.GITHUB_RUN_ATTEMPT || '1', env.GITHUB_JOB || '']
    .filter(Boolean)
    .join('-')
    .replace(/[^\w.-]/g, '')
  return { key: `${prefix}${run}`, restoreKeys: [prefix] }
}

async function names(dir: string): Promise<Set<string>> {
  return new Set(await readdir(dir).catch(() => [] as string[]))
}

/**
 * Run `fn` with the cache directory `dir` restored before and saved after (when it holds an entry it did not hold
 * when restored). Without `dir` (input cache: false), or where the runner has no cache service, just `fn`.
 */
export async function withActionCache<T>(dir: string | undefined, fn: () => Promise<T>): Promise<T> {
  if (!dir) return fn()
  if (!cache.isFeatureAvailable()) {
    core.info('facts cache: the runner offers no cache service; every layer is read')
    return fn()
  }
  const { key, restoreKeys } = cacheKeys()
  let restored: string | undefined
  try {
    restored = await cache.restoreCache([dir], key, restoreKeys)
    core.info(restored ? `facts cache: restored ${restored}` : 'facts cache: none yet for this engine version')
  } catch (err) {
    core.warning(`facts cache: not restored (${errorMessage(err)}); every layer is read`)
  }
  const before = await names(dir)
  try {
    return await fn()
  } finally {
    const after = await names(dir)
    if (restored === key || ![...after].some(n => !before.has(n) && n.endsWith('.facts'))) {
      core.info('facts cache: nothing new to save')
    } else {
      try {
        // @actions/cache says why itself when it returns -1 (another job saving the same key, the service down).
        const id = await cache.saveCache([dir], key)
        core.info(id === -1 ? 'facts cache: not saved' : `facts cache: saved ${key}`)
      } catch (err) {
        core.warning(`facts cache: not saved (${errorMessage(err)})`)
      }
    }
  }
}
