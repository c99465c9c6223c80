/**
 * Registries on loopback for the integration tests: the open one scripts/setup-env.sh starts on 127.0.0.1:5000, and
 * a second docker-registry with token auth over the same storage, with a real token server written here (RS256 JWTs
 * signed by a throwaway certificate the registry trusts).
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { createSign, randomUUID } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

export const OPEN_REGISTRY = '127.0.0.1:5000'
const STORAGE = process.env.MV_STATE_DIR
  ? join(process.env.MV_STATE_DIR, 'registry')
  : '/var/lib/multiarch-verify-env/registry'

function run(cmd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile(cmd, args, { maxBuffer: 1 << 26 }, (err, stdout, stderr) =>
      err ? reject(new Error(`${cmd} ${args.join(' ')}: ${stderr}`)) : resolve(stdout)
    )
  )
}

/** Build a context for the given platforms and push it to the open registry. */
export async function pushImage(context: string, ref: string, platforms: string, extra: string[] = []): Promise<void> {
  await run('docker', [
    'buildx',
    'build',
    '--platform',
    platforms,
    '--push',
    '-t',
    `${OPEN_REGISTRY}/${ref}`,
    ...extra,
    context
  ])
}

const b64url = (b: Buffer | string): string => Buffer.from(b).toString('base64url')

export class TokenRegistry {
  readonly requests: Array<{ path: string; authorization?: string }> = []
  private registry?: ChildProcess
  private tokens?: Server
  port = 0
  /** How many token requests to answer 500 (a token service down) before answering again. */
  failTokens = 0

  constructor(
    private readonly dir: string,
    private readonly user = 'mv',
    private readonly password = 'secret'
  ) {}

  async start(): Promise<string> {
    await run('openssl', [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      join(this.dir, 'key.pem'),
      '-out',
      join(this.dir, 'cert.pem'),
      '-days',
      '1',
      '-subj',
      '/CN=mv-token'
    ])
    const key = await readFile(join(this.dir, 'key.pem'), 'utf8')
    const certDer = (await readFile(join(this.dir, 'cert.pem'), 'utf8')).replace(/-----[^-]+-----|\s/g, '')
    this.tokens = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x')
      const rec: { path: string; authorization?: string } = { path: url.pathname + url.search }
      if (req.headers.authorization) rec.authorization = req.headers.authorization
      this.requests.push(rec)
      const expected = `Basic ${Buffer.from(`${this.user}:${this.password}`).toString('base64')}`
      if (this.failTokens > 0) {
        this.failTokens--
        res.writeHead(500).end('token service down')
        return
      }
      if (req.headers.authorization !== expected) {
        res.writeHead(401).end('bad credentials')
        return
      }
      const scope = url.searchParams.get('scope') ?? ''
      const [, name = '', actions = ''] = scope.split(':')
      const now = Math.floor(Date.now() / 1000)
      const header = { typ: 'JWT', alg: 'RS256', x5c: [certDer] }
      const claims = {
        iss: 'mv-issuer',
        sub: this.user,
        aud: 'mv-registry',
        exp: now + 300,
        nbf: now - 10,
        iat: now,
        jti: randomUUID(),
        access: [{ type: 'repository', name, actions: actions.split(',') }]
      }
      const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`
      const sig = createSign('RSA-SHA256').update(input).sign(key)
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ token: `${input}.${b64url(sig)}` }))
    })
    await new Promise<void>(resolve => this.tokens?.listen(0, '127.0.0.1', resolve))
    const tokenPort = (this.tokens.address() as AddressInfo).port
    this.port = 5000 + 100 + Math.floor(Math.random() * 800)
    const config = join(this.dir, 'registry.yml')
    await writeFile(
      config,
      [
        'version: 0.1',
        'log:',
        '  level: error',
        'storage:',
        '  filesystem:',
        `    rootdirectory: ${STORAGE}`,
        'http:',
        `  addr: 127.0.0.1:${this.port}`,
        'auth:',
        '  token:',
        `    realm: http://127.0.0.1:${tokenPort}/token`,
        '    service: mv-registry',
        '    issuer: mv-issuer',
        `    rootcertbundle: ${join(this.dir, 'cert.pem')}`,
        ''
      ].join('\n')
    )
    this.registry = spawn('docker-registry', ['serve', config], { stdio: 'ignore' })
    for (let i = 0; i < 50; i++) {
      const ok = await fetch(`http://127.0.0.1:${this.port}/v2/`).then(
        r => r.status === 401,
        () => false
      )
      if (ok) return `127.0.0.1:${this.port}`
      await new Promise(r => setTimeout(r, 100))
    }
    throw new Error('the token-auth registry did not start')
  }

  /** A DOCKER_CONFIG directory with this registry's credentials. */
  async dockerConfig(): Promise<string> {
    const auth = Buffer.from(`${this.user}:${this.password}`).toString('base64')
    await writeFile(join(this.dir, 'config.json'), JSON.stringify({ auths: { [`127.0.0.1:${this.port}`]: { auth } } }))
    return this.dir
  }

  async stop(): Promise<void> {
    this.registry?.kill()
    await new Promise<void>(resolve => (this.tokens ? this.tokens.close(() => resolve()) : resolve()))
  }
}
