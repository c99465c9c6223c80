/**
 * A small client for the distribution API (GET manifests and blobs), with what real registries need: Bearer tokens
 * from the WWW-Authenticate challenge (Basic credentials or an identity token sent to the realm), Basic auth,
 * redirects to blob storage followed without forwarding credentials to another host, and retries with backoff on
 * 429, 5xx, network errors and timeouts.
 */
import { Readable } from 'node:stream'
import { UserError } from '../../errors.js'
import { DEFAULT_RETRY, withRetry, type RetryOptions } from '../../retry.js'
import type { Credentials } from './credentials.js'
import { MAX_JSON_BYTES } from '../source.js'
import { formatReference, schemeFor, type Reference } from './reference.js'

export const MANIFEST_ACCEPT = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json'
].join(', ')

const MAX_REDIRECTS = 5

export interface ClientOptions {
  credentials?: Credentials
  retry?: RetryOptions
  /** Time to wait for response headers, and for each chunk of a body. */
  timeoutMs?: number
}

class HttpError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly response: { headers: Record<string, string> }
  ) {
    super(message)
  }
}

class NetworkError extends Error {
  readonly retryable = true
}

/** `Bearer realm="…",service="…",scope="…"` into its scheme and parameters. */
export function parseChallenge(header: string): { scheme: string; params: Record<string, string> } {
  const m = /^\s*(\w+)\s*(.*)$/.exec(header)
  const params: Record<string, string> = {}
  for (const p of (m?.[2] ?? '').matchAll(/(\w+)\s*=\s*(?:"([^"]*)"|([^,\s]*))/g)) {
    params[(p[1] as string).toLowerCase()] = p[2] ?? p[3] ?? ''
  }
  return { scheme: (m?.[1] ?? '').toLowerCase(), params }
}

function headersOf(res: Response): Record<string, string> {
  const out: Record<string, string> = {}
  res.headers.forEach((v, k) => (out[k] = v))
  return out
}

export class RegistryClient {
  private authorization: string | undefined
  private readonly base: string
  private readonly retry: RetryOptions
  private readonly timeoutMs: number

  constructor(
    readonly ref: Reference,
    private readonly opts: ClientOptions = {}
  ) {
    this.base = `${schemeFor(ref.apiHost)}://${ref.apiHost}/v2/${ref.repository}`
    this.retry = opts.retry ?? DEFAULT_RETRY
    this.timeoutMs = opts.timeoutMs ?? 60_000
  }

  get name(): string {
    return `registry:${formatReference(this.ref)}`
  }

  /**
   * One GET with redirects followed by hand: credentials go only to the registry's own origin. The timeout covers
   * the wait for headers only; a body is watched chunk by chunk (readBody), so a slow, steady download of a large
   * layer is never cut, and a stalled one is.
   */
  private async fetchOnce(url: string, accept: string | undefined): Promise<Answer> {
    const origin = new URL(url).origin
    let target = url
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      const headers: Record<string, string> = { 'user-agent': 'multiarch-verify' }
      if (accept) headers.accept = accept
      if (this.authorization && new URL(target).origin === origin) headers.authorization = this.authorization
      const abort = new AbortController()
      const timer = setTimeout(() => abort.abort(), this.timeoutMs)
      let res: Response
      try {
        res = await fetch(target, { headers, redirect: 'manual', signal: abort.signal })
      } catch (err) {
        const why = abort.signal.aborted ? `no answer in ${this.timeoutMs / 1000}s` : (err as Error).message
        throw new NetworkError(`${new URL(target).host}: ${why}`)
      } finally {
        clearTimeout(timer)
      }
      const location = res.headers.get('location')
      if (res.status >= 300 && res.status < 400 && location) {
        await res.body?.cancel()
        target = new URL(location, target).toString()
        continue
      }
      return { res, abort }
    }
    throw new UserError(`${this.name}: too many redirects`)
  }

  private async token(challenge: string): Promise<void> {
    const { scheme, params } = parseChallenge(challenge)
    const creds = this.opts.credentials
    if (scheme === 'basic') {
      if (!creds || !('username' in creds))
        throw new UserError(`${this.name}: the registry needs a login; run docker login ${this.ref.registry}`)
      this.authorization = `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}`
      return
    }
    if (scheme !== 'bearer' || !params.realm)
      throw new UserError(`${this.name}: unsupported authentication challenge "${challenge}"`)
    const realm = new URL(params.realm)
    const scope = params.scope ?? `repository:${this.ref.repository}:pull`
    let res: Response
    try {
      if (creds && 'identityToken' in creds) {
        const form = new URLSearchParams({
          grant_type: 'refresh_token',
          refresh_token: creds.identityToken,
          service: params.service ?? '',
          scope,
          client_id: 'multiarch-verify'
        })
        res = await fetch(realm, { method: 'POST', body: form, signal: AbortSignal.timeout(this.timeoutMs) })
      } else {
        if (params.service) realm.searchParams.set('service', params.service)
        realm.searchParams.set('scope', scope)
        const headers: Record<string, string> = {}
        if (creds)
          headers.authorization = `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}`
        res = await fetch(realm, { headers, signal: AbortSignal.timeout(this.timeoutMs) })
      }
    } catch (err) {
      throw new NetworkError(`token endpoint ${realm.host}: ${(err as Error).message}`)
    }
    if (!res.ok) {
      await res.body?.cancel()
      const msg = `${this.name}: the token endpoint ${realm.origin}${realm.pathname} answered ${res.status}`
      if (res.status >= 500 || res.status === 429) throw new HttpError(msg, res.status, { headers: headersOf(res) })
      throw new UserError(`${msg}${res.status === 401 ? '; check the credentials (docker login)' : ''}`)
    }
    const body = (await res.json().catch(() => ({}))) as { token?: string; access_token?: string }
    const token = body.token ?? body.access_token
    if (!token) throw new UserError(`${this.name}: the token endpoint answered without a token`)
    this.authorization = `Bearer ${token}`
  }

  /**
   * GET a path of the repository, authenticating once when challenged, and hand the answer to `consume`. The whole
   * (request and consumption) is retried on 429/5xx and network errors, so a body cut short is fetched again.
   */
  private get<T>(path: string, accept: string | undefined, consume: (a: Answer) => Promise<T>): Promise<T> {
    return withRetry(async () => {
      let answer = await this.fetchOnce(`${this.base}/${path}`, accept)
      const challenge = answer.res.headers.get('www-authenticate')
      if (answer.res.status === 401 && challenge) {
        await answer.res.body?.cancel()
        await this.token(challenge)
        answer = await this.fetchOnce(`${this.base}/${path}`, accept)
      }
      const res = answer.res
      if (res.ok) return consume(answer)
      await res.body?.cancel()
      const what = path.startsWith('manifests/') ? `manifest ${path.slice(10)}` : `blob ${path.slice(6)}`
      const msg = `${this.name}: ${what}: HTTP ${res.status}`
      if (res.status >= 500 || res.status === 429) throw new HttpError(msg, res.status, { headers: headersOf(res) })
      if (res.status === 401 || res.status === 403)
        throw new UserError(`${this.name}: not authorized to pull; run docker login ${this.ref.registry}`)
      if (res.status === 404) throw new UserError(`${this.name}: ${what} not found`)
      throw new UserError(msg)
    }, this.retry).catch(err => {
      if (err instanceof UserError) throw err
      throw new UserError(err instanceof HttpError ? err.message : `${this.name}: ${(err as Error).message}`)
    })
  }

  async manifest(reference: string): Promise<{ bytes: Buffer; mediaType: string; digest?: string }> {
    return this.get(`manifests/${reference}`, MANIFEST_ACCEPT, async ({ res, abort }) => {
      const bytes = await this.readAll(res, abort, `manifest ${reference}`)
      const out: { bytes: Buffer; mediaType: string; digest?: string } = {
        bytes,
        mediaType: (res.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? ''
      }
      const digest = res.headers.get('docker-content-digest')
      if (digest) out.digest = digest
      return out
    })
  }

  /** A small blob (a config), whole; refused past MAX_JSON_BYTES rather than buffered. */
  async blobBytes(digest: string): Promise<Buffer> {
    return this.get(`blobs/${digest}`, undefined, ({ res, abort }) => this.readAll(res, abort, `blob ${digest}`))
  }

  private async readAll(res: Response, abort: AbortController, what: string): Promise<Buffer> {
    const declared = Number(res.headers.get('content-length'))
    const tooLarge = (): UserError =>
      new UserError(`${this.name}: ${what} is larger than ${MAX_JSON_BYTES / 1024 / 1024} MiB; refusing to read it`)
    if (declared > MAX_JSON_BYTES) {
      abort.abort()
      throw tooLarge()
    }
    const parts: Buffer[] = []
    let size = 0
    for await (const chunk of readBody(res, abort, this.timeoutMs, `${this.name}: ${what}`)) {
      size += chunk.length
      if (size > MAX_JSON_BYTES) {
        abort.abort()
        throw tooLarge()
      }
      parts.push(chunk)
    }
    return Buffer.concat(parts)
  }

  /**
   * A layer's body as a stream. It cannot be retried here once it flows (the consumer has seen its bytes): a stall
   * or a cut ends it with a transient error, and the caller reads the layer again from the start.
   */
  async blobStream(digest: string): Promise<Readable> {
    const answer = await this.get(`blobs/${digest}`, undefined, async a => a)
    return Readable.from(readBody(answer.res, answer.abort, this.timeoutMs, `${this.name}: blob ${digest}`))
  }
}

interface Answer {
  res: Response
  abort: AbortController
}

/**
 * A response body, chunk by chunk. A wait of more than `timeoutMs` for the next chunk aborts the request; a body that
 * ends early (the connection closed before Content-Length) is an error naming how much arrived. Both are retryable
 * network errors. The timer runs only while waiting for the network, never while the consumer works on a chunk.
 */
export async function* readBody(
  res: Response,
  abort: AbortController,
  timeoutMs: number,
  what: string
): AsyncGenerator<Buffer> {
  if (!res.body) return
  const reader = res.body.getReader()
  let received = 0
  for (;;) {
    let stalled = false
    const timer = setTimeout(() => {
      stalled = true
      abort.abort()
    }, timeoutMs)
    let r: Awaited<ReturnType<typeof reader.read>>
    try {
      r = await reader.read()
    } catch (err) {
      await reader.cancel().catch(() => undefined)
      throw new NetworkError(
        stalled
          ? `${what} stalled: nothing for ${timeoutMs / 1000}s after ${received} bytes`
          : `${what} was cut short after ${received} bytes (${(err as Error).message})`
      )
    } finally {
      clearTimeout(timer)
    }
    if (r.done) return
    received += r.value.length
    yield Buffer.from(r.value)
  }
}
