/**
 * A stand-in for GitHub's cache service (v2) on loopback, enough for the real @actions/cache: the twirp JSON API
 * (CreateCacheEntry, FinalizeCacheEntryUpload, GetCacheEntryDownloadURL, with prefix matching of restore keys, newest
 * first) and the blob storage its signed URLs point to (a block blob PUT in one shot, as the Azure SDK sends an
 * archive under 128 MiB; a plain GET to download, as @actions/cache does for a host that is not Azure's).
 */
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

interface Entry {
  key: string
  version: string
  blob?: Buffer
  finalized: boolean
  at: number
}

export interface CacheService {
  url: string
  entries: Entry[]
  /** Requests seen, `METHOD path` (the twirp method names, blob PUTs and GETs). */
  log: string[]
  /** Answer every request with this status instead (a service that is down). */
  failWith?: number
  close(): Promise<void>
}

async function body(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const c of req) chunks.push(c as Buffer)
  return Buffer.concat(chunks)
}

export async function startCacheService(): Promise<CacheService> {
  const entries: Entry[] = []
  const log: string[] = []
  let clock = 0
  const service: CacheService = { url: '', entries, log, close: async () => undefined }
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = new URL(req.url ?? '/', 'http://x').pathname
      const data = await body(req)
      const twirp = /^\/twirp\/github\.actions\.results\.api\.v1\.CacheService\/(\w+)$/.exec(path)
      log.push(`${req.method} ${twirp ? twirp[1] : path.split('/').slice(0, 3).join('/')}`)
      if (service.failWith) {
        res.writeHead(service.failWith, { 'content-type': 'application/json' }).end('{"msg":"down"}')
        return
      }
      const json = (o: unknown): void => {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(o))
      }
      if (twirp) {
        const q = JSON.parse(data.toString() || '{}') as Record<string, unknown>
        const key = String(q.key ?? '')
        const version = String(q.version ?? '')
        if (twirp[1] === 'CreateCacheEntry') {
          if (entries.some(e => e.key === key && e.version === version))
            return json({ ok: false, message: 'already exists' })
          const id = entries.push({ key, version, finalized: false, at: ++clock }) - 1
          return json({ ok: true, signed_upload_url: `${service.url}/devstoreaccount1/cache/${id}` })
        }
        if (twirp[1] === 'FinalizeCacheEntryUpload') {
          const e = entries.find(x => x.key === key && x.version === version && x.blob)
          if (!e) return json({ ok: false, message: 'nothing uploaded' })
          e.finalized = true
          return json({ ok: true, entry_id: String(entries.indexOf(e) + 1) })
        }
        if (twirp[1] === 'GetCacheEntryDownloadURL') {
          const usable = entries.filter(e => e.finalized && e.version === version).sort((a, b) => b.at - a.at)
          const restoreKeys = (q.restore_keys as string[] | undefined) ?? []
          const hit =
            usable.find(e => e.key === key) ??
            restoreKeys.map(p => usable.find(e => e.key.startsWith(p))).find(e => e !== undefined)
          if (!hit) return json({ ok: false })
          return json({
            ok: true,
            signed_download_url: `${service.url}/devstoreaccount1/cache/${entries.indexOf(hit)}`,
            matched_key: hit.key
          })
        }
        res.writeHead(404).end()
        return
      }
      const blob = /^\/devstoreaccount1\/cache\/(\d+)$/.exec(path)
      const entry = blob ? entries[Number(blob[1])] : undefined
      if (!entry) {
        res.writeHead(404).end()
        return
      }
      if (req.method === 'PUT') {
        entry.blob = data
        res
          .writeHead(201, {
            etag: '"0x1"',
            'last-modified': new Date().toUTCString(),
            'x-ms-request-id': String(clock),
            'x-ms-version': '2025-01-05',
            'x-ms-request-server-encrypted': 'true'
          })
          .end()
        return
      }
      if (req.method === 'GET' && entry.blob) {
        res.writeHead(200, { 'content-length': entry.blob.length, 'content-type': 'application/octet-stream' })
        res.end(entry.blob)
        return
      }
      res.writeHead(405).end()
    })().catch(() => res.writeHead(500).end())
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  service.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  service.close = () => new Promise(resolve => server.close(() => resolve()))
  return service
}
