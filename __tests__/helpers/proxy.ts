/**
 * A proxy on loopback in front of the open registry, to exercise what real registries do: Basic auth challenges,
 * redirects of blob downloads to another host (blob storage), 429 and 5xx answers. Every request is recorded,
 * on both hosts, with its Authorization header.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { OPEN_REGISTRY } from './registry.js'

export interface Seen {
  host: 'registry' | 'storage'
  path: string
  authorization?: string
}

/**
 * What can go wrong with a body, on either host: cut after half its bytes (the connection closed before its
 * Content-Length), stalled after half (the connection stays open, silent), or headers that come late.
 */
export interface BodyFault {
  match: RegExp
  kind: 'truncate' | 'stall' | 'late'
  /** For `late`: the delay before the headers. */
  ms?: number
}

export class RegistryProxy {
  readonly seen: Seen[] = []
  /** Answers for the next registry requests: status (and headers) to inject. */
  readonly faults: Array<{ status: number; headers?: Record<string, string> }> = []
  /** Faults for the next requests whose path matches, each used once. */
  readonly bodyFaults: BodyFault[] = []
  private servers: Server[] = []
  registryPort = 0
  storagePort = 0

  constructor(private readonly basic = Buffer.from('mv:secret').toString('base64')) {}

  private async forward(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const i = this.bodyFaults.findIndex(f => f.match.test(path))
    const fault = i >= 0 ? this.bodyFaults.splice(i, 1)[0] : undefined
    if (fault?.kind === 'late') await new Promise(r => setTimeout(r, fault.ms ?? 0))
    const upstream = await fetch(`http://${OPEN_REGISTRY}${path}`, { headers: { accept: req.headers.accept ?? '*/*' } })
    const headers: Record<string, string> = {}
    upstream.headers.forEach((v, k) => {
      if (k !== 'content-encoding' && k !== 'transfer-encoding') headers[k] = v
    })
    const body = Buffer.from(await upstream.arrayBuffer())
    res.writeHead(upstream.status, { ...headers, 'content-length': String(body.length) })
    if (fault?.kind === 'truncate' || fault?.kind === 'stall') {
      // Flushed first, so the client has the headers and half the body when the connection drops.
      res.write(body.subarray(0, body.length >> 1), () => {
        if (fault.kind === 'truncate') res.socket?.destroy()
      })
      return // a stall: the rest never comes; stop() closes the connection
    }
    res.end(body)
  }

  async start(): Promise<string> {
    const storage = createServer((req, res) => {
      const rec: Seen = { host: 'storage', path: req.url ?? '' }
      if (req.headers.authorization) rec.authorization = req.headers.authorization
      this.seen.push(rec)
      void this.forward(req, res, (req.url ?? '').replace(/^\/storage/, ''))
    })
    const registry = createServer((req, res) => {
      const rec: Seen = { host: 'registry', path: req.url ?? '' }
      if (req.headers.authorization) rec.authorization = req.headers.authorization
      this.seen.push(rec)
      const fault = this.faults.shift()
      if (fault) {
        res.writeHead(fault.status, fault.headers).end('injected')
        return
      }
      if (req.headers.authorization !== `Basic ${this.basic}`) {
        res.writeHead(401, { 'www-authenticate': 'Basic realm="mv"' }).end()
        return
      }
      if (/\/blobs\/sha256:/.test(req.url ?? '')) {
        res.writeHead(307, { location: `http://127.0.0.2:${this.storagePort}/storage${req.url}` }).end()
        return
      }
      void this.forward(req, res, req.url ?? '')
    })
    await new Promise<void>(resolve => storage.listen(0, '127.0.0.2', resolve))
    await new Promise<void>(resolve => registry.listen(0, '127.0.0.1', resolve))
    this.servers = [storage, registry]
    this.storagePort = (storage.address() as AddressInfo).port
    this.registryPort = (registry.address() as AddressInfo).port
    return `127.0.0.1:${this.registryPort}`
  }

  async stop(): Promise<void> {
    await Promise.all(
      this.servers.map(s => {
        s.closeAllConnections()
        return new Promise<void>(resolve => s.close(() => resolve()))
      })
    )
  }
}
