/**
 * A BuildKit endpoint for buildx's `remote` driver, on a unix socket: each connection is bridged to the engine's own
 * BuildKit, the `/grpc` endpoint of the Docker API upgraded to h2c (what the `docker` driver dials). buildx then
 * speaks BuildKit's gRPC API to it as to any remote buildkitd: its remote driver, its session, its OCI export.
 */
import { createConnection, createServer, type Server, type Socket } from 'node:net'

const DOCKER_SOCK = process.env.MV_DOCKER_SOCK ?? '/var/run/docker.sock'
const UPGRADE =
  'POST /grpc HTTP/1.1\r\nHost: docker\r\nConnection: Upgrade\r\nUpgrade: h2c\r\nContent-Length: 0\r\n\r\n'

function bridge(client: Socket): void {
  const engine = createConnection(DOCKER_SOCK)
  const drop = (): void => {
    client.destroy()
    engine.destroy()
  }
  engine.on('error', drop)
  client.on('error', drop)
  client.pause()
  engine.write(UPGRADE)
  let head = Buffer.alloc(0)
  const onHead = (chunk: Buffer): void => {
    head = Buffer.concat([head, chunk])
    const end = head.indexOf('\r\n\r\n')
    if (end < 0) return
    engine.off('data', onHead)
    if (!head.subarray(0, end).toString('latin1').startsWith('HTTP/1.1 101')) return drop()
    const rest = head.subarray(end + 4)
    if (rest.length) client.write(rest)
    client.pipe(engine)
    engine.pipe(client)
    client.resume()
  }
  engine.on('data', onHead)
}

export class BuildkitBridge {
  private server?: Server
  private readonly sockets = new Set<Socket>()

  constructor(readonly path: string) {}

  get endpoint(): string {
    return `unix://${this.path}`
  }

  start(): Promise<void> {
    const server = createServer(s => {
      this.sockets.add(s)
      s.on('close', () => this.sockets.delete(s))
      bridge(s)
    })
    this.server = server
    return new Promise((resolve, reject) => {
      server.once('error', reject)
      server.listen(this.path, () => resolve())
    })
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy()
    await new Promise<void>(resolve => (this.server ? this.server.close(() => resolve()) : resolve()))
  }
}
