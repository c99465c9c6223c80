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

async function forward(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
  const upstream = await fetch(`http://${OPEN_REGISTRY}${path}`, { headers: { accept: req.headers.accept ?? '*/*' } })
  const headers: Record<string, string> = {}
  upstream.headers.forEach((v, k) => {
    if (k !== 'content-encoding' && k !== 'transfer-encoding') headers[k] = v
  })
  res.writeHead(upstream.status, headers)
  res.end(Buffer.from(await upstream.arrayBuffer()))
}

export class RegistryProxy {
  readonly seen: Seen[] = []
  /** Answers for the next registry requests: status (and headers) to inject. */
  readonly faults: Array<{ status: number; headers?: Record<string, string> }> = []
  private servers: Server[] = []
  registryPort = 0
  storagePort = 0

  constructor(private readonly basic = Buffer.from('mv:secret').toString('base64')) {}

  async start(): Promise<string> {
    const storage = createServer((req, res) => {
      const rec: Seen = { host: 'storage', path: req.url ?? '' }
      if (req.headers.authorization) rec.authorization = req.headers.authorization
      this.seen.push(rec)
      void forward(req, res, (req.url ?? '').replace(/^\/storage/, ''))
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
      void forward(req, res, req.url ?? '')
    })
    await new Promise<void>(resolve => storage.listen(0, '127.0.0.2', resolve))
    await new Promise<void>(resolve => registry.listen(0, '127.0.0.1', resolve))
    this.servers = [storage, registry]
    this.storagePort = (storage.address() as AddressInfo).port
    this.registryPort = (registry.address() as AddressInfo).port
    return `127.0.0.1:${this.registryPort}`
  }

  async stop(): Promise<void> {
    await Promise.all(this.servers.map(s => new Promise<void>(resolve => s.close(() => resolve()))))
  }
}
