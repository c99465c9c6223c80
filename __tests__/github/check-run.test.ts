import {
  batches,
  publishCheckRun,
  toCheckAnnotations,
  type ChecksApi,
  type CheckRunOutput
} from '../../src/github/check-run.js'

test('every annotation goes out, 50 per request: create with the first 50, updates with the rest', async () => {
  const calls: Array<[string, number]> = []
  const api: ChecksApi = {
    async create({ output }) {
      calls.push(['create', output.annotations.length])
      return 9
    },
    async update(id: number, output: CheckRunOutput) {
      calls.push([`update ${id}`, output.annotations.length])
    }
  }
  const annotations = toCheckAnnotations(
    Array.from({ length: 120 }, (_, i) => ({
      level: i % 2 ? ('warning' as const) : ('error' as const),
      title: `t${i}`,
      message: 'm',
      ...(i % 3 ? {} : { file: 'app/Dockerfile', startLine: i + 1 })
    })),
    'Dockerfile'
  )
  await publishCheckRun(api, {
    name: 'multiarch-verify',
    headSha: 'abc',
    failed: true,
    title: 't',
    summary: 's',
    annotations
  })
  expect(calls).toEqual([
    ['create', 50],
    ['update 9', 50],
    ['update 9', 20]
  ])
  expect(annotations[0]).toEqual({
    path: 'app/Dockerfile',
    start_line: 1,
    end_line: 1,
    annotation_level: 'failure',
    title: 't0',
    message: 'm'
  })
  expect(annotations[1]).toMatchObject({ path: 'Dockerfile', start_line: 1, annotation_level: 'warning' })
})

test('batches of nothing is nothing', () => {
  expect(batches([])).toEqual([])
})

test('the Checks API gets only repository paths: a line-less annotation goes on the Dockerfile only when it is one', () => {
  const anns = [
    { level: 'error' as const, title: 'a', message: 'm' },
    { level: 'warning' as const, title: 'b', message: 'm', file: 'app/Dockerfile', startLine: 4 }
  ]
  expect(toCheckAnnotations(anns, 'app/Dockerfile').map(a => [a.path, a.start_line])).toEqual([
    ['app/Dockerfile', 1],
    ['app/Dockerfile', 4]
  ])
  expect(toCheckAnnotations(anns, '/elsewhere/Dockerfile').map(a => [a.path, a.start_line])).toEqual([
    ['app/Dockerfile', 4]
  ])
  expect(toCheckAnnotations(anns, undefined)).toHaveLength(1)
})
