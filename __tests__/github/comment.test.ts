import {
  commentMarker,
  decide,
  findComment,
  upsertComment,
  type CommentApi,
  type IssueComment
} from '../../src/github/comment.js'

/** An in-memory CommentApi: the edge of this unit test; the e2e test runs the real Octokit against a real server. */
function memoryApi(
  existing: IssueComment[],
  login?: string
): CommentApi & { created: string[]; updated: Array<[number, string]>; pages: number[] } {
  const api = {
    created: [] as string[],
    updated: [] as Array<[number, string]>,
    pages: [] as number[],
    async list(page: number) {
      api.pages.push(page)
      return existing.slice((page - 1) * 100, page * 100)
    },
    async create(body: string) {
      api.created.push(body)
      return 1
    },
    async update(id: number, body: string) {
      api.updated.push([id, body])
    },
    async login() {
      return login
    }
  }
  return api
}

const marker = commentMarker('CI', 'verify')
const bot = { login: 'github-actions[bot]', type: 'Bot' }

test('the marker names workflow and job and cannot close the HTML comment early', () => {
  expect(marker).toBe('<!-- multiarch-verify:CI/verify -->')
  expect(commentMarker('a-->b', 'j')).toBe('<!-- multiarch-verify:a-b/j -->')
})

test.each([
  ['always', false, false, 'create'],
  ['always', true, false, 'update'],
  ['on-failure', false, false, 'skip'],
  ['on-failure', false, true, 'create'],
  ['on-failure', true, false, 'update'],
  ['update-only', false, true, 'skip'],
  ['update-only', true, false, 'update'],
  ['off', true, true, 'skip']
] as const)('mode %s, exists %s, failed %s: %s', (mode, exists, failed, action) => {
  expect(decide(mode, exists, failed)).toBe(action)
})

test('finds our comment on a later page, ignoring the same marker from another author', async () => {
  const others: IssueComment[] = Array.from({ length: 150 }, (_, i) => ({
    id: i,
    body: `comment ${i}`,
    user: { login: 'alice' }
  }))
  others[3] = { id: 3, body: `quoting ${marker}`, user: { login: 'mallory' } }
  others.push({ id: 999, body: `report\n${marker}`, user: bot })
  const api = memoryApi(others)
  expect((await findComment(api, marker))?.id).toBe(999)
  expect(api.pages).toEqual([1, 2])
})

test("with a personal token, the comment is matched by the token's own login", async () => {
  const api = memoryApi(
    [
      { id: 5, body: marker, user: bot },
      { id: 6, body: marker, user: { login: 'release-bot' } }
    ],
    'release-bot'
  )
  expect((await findComment(api, marker))?.id).toBe(6)
})

test('updates in place instead of creating a second comment', async () => {
  const api = memoryApi([{ id: 7, body: `old\n${marker}`, user: bot }])
  expect(await upsertComment(api, marker, 'new', 'always', false)).toEqual({ outcome: 'updated', id: 7 })
  expect(api.created).toEqual([])
  expect(api.updated).toEqual([[7, 'new']])
})

const httpError = (status: number): Error => Object.assign(new Error(`HTTP ${status}`), { status })

test.each([
  ['always', 'created'],
  ['on-failure', 'created'],
  ['update-only', 'skipped']
] as const)('a comment deleted after the listing (404), mode %s: %s', async (mode, outcome) => {
  const api = memoryApi([{ id: 7, body: `old\n${marker}`, user: bot }])
  api.update = async () => {
    throw httpError(404)
  }
  const r = await upsertComment(api, marker, 'new', mode, true)
  expect(r.outcome).toBe(outcome)
  expect(api.created).toEqual(outcome === 'created' ? ['new'] : [])
})

test('a 422 on the full body posts the short one; a 422 on that too is thrown (a warning upstream)', async () => {
  const api = memoryApi([])
  const create = api.create.bind(api)
  api.create = async (body: string) => {
    if (body.length > 5) throw httpError(422)
    return create(body)
  }
  expect(await upsertComment(api, marker, 'a long body', 'always', true, 'short')).toEqual({
    outcome: 'created',
    id: 1,
    shortened: true
  })
  await expect(upsertComment(api, marker, 'a long body', 'always', true, 'still too long')).rejects.toThrow('HTTP 422')
  await expect(upsertComment(api, marker, 'a long body', 'always', true)).rejects.toThrow('HTTP 422')
})

test('other errors are not swallowed: a 403 on the edit is thrown, nothing is created', async () => {
  const api = memoryApi([{ id: 7, body: `old\n${marker}`, user: bot }])
  api.update = async () => {
    throw httpError(403)
  }
  await expect(upsertComment(api, marker, 'new', 'always', true)).rejects.toThrow('HTTP 403')
  expect(api.created).toEqual([])
})
