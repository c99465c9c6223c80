/**
 * Retrying HTTP calls (the GitHub API, registries) on server errors and rate limits, honouring Retry-After and the
 * rate-limit reset. A call that still fails is thrown to the caller: for a PR comment that becomes a warning, never a
 * lost verdict; for a registry, one clear error.
 */
export interface RetryOptions {
  attempts: number
  baseMs: number
  maxDelayMs: number
  sleep: (ms: number) => Promise<void>
}

export const DEFAULT_RETRY: RetryOptions = {
  attempts: 4,
  baseMs: 1000,
  maxDelayMs: 30_000,
  sleep: ms => new Promise(resolve => setTimeout(resolve, ms))
}

interface HttpError {
  status?: number
  response?: { headers?: Record<string, string | number | undefined> }
  /** Set on network errors and timeouts, which are worth another try. */
  retryable?: boolean
}

/** A network error, a timeout, a stall or a body cut short: worth another try (the thrower sets `retryable`). */
export function isTransient(err: unknown): boolean {
  return (err as HttpError | undefined)?.retryable === true
}

/** The delay GitHub asks for, in ms, or undefined when the error is not one to retry. */
export function retryDelay(
  err: unknown,
  attempt: number,
  opts: Pick<RetryOptions, 'baseMs'>,
  now = Date.now()
): number | undefined {
  const e = err as HttpError
  const status = e?.status
  const headers = e?.response?.headers ?? {}
  const retryAfter = Number(headers['retry-after'])
  const remaining = headers['x-ratelimit-remaining']
  const reset = Number(headers['x-ratelimit-reset'])
  const rateLimited =
    status === 429 || (status === 403 && (String(remaining) === '0' || headers['retry-after'] !== undefined))
  if (isTransient(e) && status === undefined) return opts.baseMs * 2 ** (attempt - 1)
  if (!rateLimited && !(typeof status === 'number' && status >= 500)) return undefined
  if (Number.isFinite(retryAfter) && headers['retry-after'] !== undefined) return retryAfter * 1000
  if (rateLimited && Number.isFinite(reset) && reset > 0) return Math.max(0, reset * 1000 - now)
  return opts.baseMs * 2 ** (attempt - 1)
}

export async function withRetry<T>(fn: () => Promise<T>, opts: RetryOptions = DEFAULT_RETRY): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn()
    } catch (err) {
      const delay = attempt < opts.attempts ? retryDelay(err, attempt, opts) : undefined
      if (delay === undefined || delay > opts.maxDelayMs) throw err
      await opts.sleep(delay)
    }
  }
}
