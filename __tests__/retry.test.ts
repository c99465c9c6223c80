import { retryDelay, withRetry } from '../src/retry.js'

const err = (status: number, headers: Record<string, string> = {}) =>
  Object.assign(new Error(`HTTP ${status}`), { status, response: { headers } })

test.each([
  [err(500), 1, 1000],
  [err(502), 3, 4000],
  [err(503, { 'retry-after': '7' }), 1, 7000],
  [err(429), 2, 2000],
  [err(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1010' }), 1, 10_000],
  [err(403, { 'retry-after': '60' }), 1, 60_000]
])('%s on attempt %i waits %i ms', (e, attempt, ms) => {
  expect(retryDelay(e, attempt, { baseMs: 1000 }, 1_000_000)).toBe(ms)
})

test.each([err(400), err(401), err(403), err(404), err(422), new Error('socket hang up')])('%s is not retried', e => {
  expect(retryDelay(e, 1, { baseMs: 1000 })).toBeUndefined()
})

test('retries a 502 then succeeds; gives up after the last attempt; waits as told', async () => {
  const waits: number[] = []
  const opts = { attempts: 3, baseMs: 10, maxDelayMs: 1000, sleep: async (ms: number) => void waits.push(ms) }
  let calls = 0
  await expect(withRetry(async () => (++calls < 2 ? Promise.reject(err(502)) : 'ok'), opts)).resolves.toBe('ok')
  expect([calls, waits]).toEqual([2, [10]])
  calls = 0
  await expect(withRetry(async () => Promise.reject(err(500, { x: String(++calls) })), opts)).rejects.toThrow(
    'HTTP 500'
  )
  expect(calls).toBe(3)
})

test('a wait longer than the cap is not slept: the error goes to the caller at once', async () => {
  const opts = { attempts: 3, baseMs: 10, maxDelayMs: 1000, sleep: async () => undefined }
  await expect(withRetry(async () => Promise.reject(err(403, { 'retry-after': '3600' })), opts)).rejects.toThrow(
    'HTTP 403'
  )
})

test('a network error (no status, marked retryable) is retried with backoff; a plain error is not', async () => {
  const net = Object.assign(new Error('fetch failed'), { retryable: true })
  expect(retryDelay(net, 1, { baseMs: 100 })).toBe(100)
  expect(retryDelay(net, 3, { baseMs: 100 })).toBe(400)
  expect(retryDelay(new Error('bug'), 1, { baseMs: 100 })).toBeUndefined()
})
