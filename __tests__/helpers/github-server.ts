/**
 * A real HTTP server on loopback that plays the parts of the GitHub REST API the action uses, and records every
 * request. Like a GITHUB_TOKEN, it answers 403 on /user, and its comments are authored by github-actions[bot].
 */
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface RecordedRequest {
  method: string
  path: string
  authorization?: string
  body?: unknown
}

export interface FakeComment {
  id: number
  body: string
  user: { login: string; type: string }
}

export class FakeGitHub {
  readonly requests: RecordedRequest[] = []
  readonly comments = new Map<number, FakeComment[]>()
  /** When set, creating a comment answers this status (403 for a fork's read-only token). */
  failCreate?: number
  /** Answers for the next requests, whatever they are: to inject 5xx and rate limits. */
  readonly failNext: Array<{ status: number; headers?: Record<string, string> }> = []
  /** GitHub's limit on a comment body; longer ones get its 422. Lower it to play a stricter server. */
  maxBody = 65_536
  /** Called after each request is answered: to change the state between two calls (delete a listed comment). */
  after?: (req: RecordedRequest) => void
  /** Head commits of pull requests, for GET /pulls/N. */
  readonly pulls = new Map<number, string>()
  readonly checkRuns = new Map<number, { body: unknown; updates: unknown[] }>()
  /** Files of pull requests (GET /pulls/N/files), with their patches. */
  readonly pullFiles = new Map<number, Array<{ filename: string; patch?: string }>>()
  /** Review comments of pull requests, as created by POST /pulls/N/reviews. */
  readonly reviewComments = new Map<number, Array<FakeComment & { path: string; line: number; commit_id: string }>>()
  private nextId = 1000
  private server?: Server
  url = ''

  seed(issue: number, comment: Omit<FakeComment, 'id'>): FakeComment {
    const c = { ...comment, id: this.nextId++ }
    this.comments.set(issue, [...(this.comments.get(issue) ?? []), c])
    return c
  }

  remove(issue: number, id: number): void {
    this.comments.set(
      issue,
      (this.comments.get(issue) ?? []).filter(c => c.id !== id)
    )
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      void this.handle(req).then(([status, body, headers]) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers })
        res.end(JSON.stringify(body))
        const last = this.requests[this.requests.length - 1]
        if (last) this.after?.(last)
      })
    })
    await new Promise<void>(resolve => this.server?.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
    return this.url
  }

  async stop(): Promise<void> {
    await new Promise<void>(resolve => this.server?.close(() => resolve()))
  }

  private async handle(req: IncomingMessage): Promise<[number, unknown, Record<string, string>?]> {
    const chunks: Buffer[] = []
    for await (const c of req) chunks.push(c as Buffer)
    const raw = Buffer.concat(chunks).toString('utf8')
    const url = new URL(req.url ?? '/', 'http://x')
    const rec: RecordedRequest = { method: req.method ?? '', path: url.pathname + url.search }
    if (req.headers.authorization) rec.authorization = req.headers.authorization
    if (raw) rec.body = JSON.parse(raw)
    this.requests.push(rec)
    const fault = this.failNext.shift()
    if (fault) return [fault.status, { message: 'injected fault' }, fault.headers]
    if (url.pathname === '/user') return [403, { message: 'Resource not accessible by integration' }]
    const text = (rec.body as { body?: unknown } | undefined)?.body
    if (typeof text === 'string' && [...text].length > this.maxBody && /\/comments/.test(url.pathname)) {
      // GitHub's answer, field for field.
      return [
        422,
        {
          message: 'Validation Failed',
          errors: [
            {
              resource: 'IssueComment',
              code: 'custom',
              field: 'body',
              message: `body is too long (maximum is ${this.maxBody} characters)`
            }
          ],
          documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
          status: '422'
        }
      ]
    }
    let m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname)
    if (m) {
      const issue = Number(m[1])
      const list = this.comments.get(issue) ?? []
      if (req.method === 'GET') {
        const per = Number(url.searchParams.get('per_page') ?? 30)
        const page = Number(url.searchParams.get('page') ?? 1)
        return [200, list.slice((page - 1) * per, page * per)]
      }
      if (req.method === 'POST' && this.failCreate)
        return [this.failCreate, { message: 'Resource not accessible by integration' }]
      if (req.method === 'POST') {
        const c = this.seed(issue, {
          body: (rec.body as { body: string }).body,
          user: { login: 'github-actions[bot]', type: 'Bot' }
        })
        return [201, c]
      }
    }
    m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname)
    if (m && req.method === 'PATCH') {
      const id = Number(m[1])
      for (const list of this.comments.values()) {
        const c = list.find(x => x.id === id)
        if (c) {
          c.body = (rec.body as { body: string }).body
          return [200, c]
        }
      }
      return [404, { message: 'Not Found' }]
    }
    m = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/(files|comments|reviews)$/.exec(url.pathname)
    if (m) return this.pullRoute(Number(m[1]), m[2] as string, req.method ?? '', url, rec)
    m = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)$/.exec(url.pathname)
    if (m && req.method === 'GET') {
      const sha = this.pulls.get(Number(m[1]))
      return sha ? [200, { number: Number(m[1]), head: { sha } }] : [404, { message: 'Not Found' }]
    }
    if (/^\/repos\/[^/]+\/[^/]+\/check-runs$/.test(url.pathname) && req.method === 'POST') {
      const id = this.nextId++
      this.checkRuns.set(id, { body: rec.body, updates: [] })
      return [201, { id }]
    }
    m = /^\/repos\/[^/]+\/[^/]+\/check-runs\/(\d+)$/.exec(url.pathname)
    if (m && req.method === 'PATCH') {
      const run = this.checkRuns.get(Number(m[1]))
      if (!run) return [404, { message: 'Not Found' }]
      run.updates.push(rec.body)
      return [200, { id: Number(m[1]) }]
    }
    return [404, { message: `no route for ${req.method} ${url.pathname}` }]
  }

  /** The pull request's files, its review comments, and a review: refused (422) as GitHub does for a line outside the diff. */
  private pullRoute(pull: number, what: string, method: string, url: URL, rec: RecordedRequest): [number, unknown] {
    const per = Number(url.searchParams.get('per_page') ?? 30)
    const page = Number(url.searchParams.get('page') ?? 1)
    const paged = <T>(list: T[]): T[] => list.slice((page - 1) * per, page * per)
    if (method === 'GET' && what === 'files') return [200, paged(this.pullFiles.get(pull) ?? [])]
    if (method === 'GET' && what === 'comments') return [200, paged(this.reviewComments.get(pull) ?? [])]
    if (method !== 'POST' || what !== 'reviews') return [404, { message: 'Not Found' }]
    const body = rec.body as {
      commit_id?: string
      event?: string
      comments?: Array<{ path: string; line: number; side?: string; start_line?: number; body: string }>
    }
    for (const c of body.comments ?? []) {
      const file = (this.pullFiles.get(pull) ?? []).find(f => f.filename === c.path)
      const lines = new Set<number>()
      let n = 0
      for (const l of (file?.patch ?? '').split('\n')) {
        const h = /^@@ -\d+(?:,\d+)? \+(\d+)/.exec(l)
        if (h) n = Number(h[1])
        else if (n && (l.startsWith('+') || l.startsWith(' '))) lines.add(n++)
      }
      const wanted = [c.line, ...(c.start_line ? [c.start_line] : [])]
      if (!file || c.side !== 'RIGHT' || !wanted.every(x => lines.has(x)))
        return [
          422,
          {
            message: 'Unprocessable Entity',
            errors: ['Line could not be resolved'],
            documentation_url: 'https://docs.github.com/rest/pulls/reviews#create-a-review-for-a-pull-request',
            status: '422'
          }
        ]
    }
    if (!body.commit_id || body.event !== 'COMMENT') return [422, { message: 'Unprocessable Entity', status: '422' }]
    const list = this.reviewComments.get(pull) ?? []
    for (const c of body.comments ?? [])
      list.push({
        id: this.nextId++,
        body: c.body,
        path: c.path,
        line: c.line,
        commit_id: body.commit_id,
        user: { login: 'github-actions[bot]', type: 'Bot' }
      })
    this.reviewComments.set(pull, list)
    return [200, { id: this.nextId++, state: 'COMMENTED', commit_id: body.commit_id }]
  }
}
