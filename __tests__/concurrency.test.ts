import { workerCount } from '../src/image/layer-pool.js'
import { mapLimit } from '../src/concurrency.js'

test('mapLimit keeps order and never runs more than the limit at once', async () => {
  let running = 0
  let peak = 0
  const out = await mapLimit([5, 1, 4, 2, 3], 2, async (n, i) => {
    running++
    peak = Math.max(peak, running)
    await new Promise(r => setTimeout(r, n * 3))
    running--
    return n * 10 + i
  })
  expect(out).toEqual([50, 11, 42, 23, 34])
  expect(peak).toBe(2)
})

test('mapLimit of nothing is nothing; a failure rejects', async () => {
  expect(await mapLimit([], 3, async () => 1)).toEqual([])
  await expect(mapLimit([1, 2], 1, async n => (n === 2 ? Promise.reject(new Error('two')) : n))).rejects.toThrow('two')
})

test('layer workers: one walker per two cores, the main thread being one; the setting wins when it is a number', () => {
  expect([1, 2, 3, 4, 8, 16].map(n => workerCount(undefined, n))).toEqual([0, 0, 0, 1, 3, 7])
  expect(workerCount('2', 2)).toBe(2)
  expect(workerCount('0', 8)).toBe(0)
  expect(workerCount('many', 8)).toBe(3)
})
