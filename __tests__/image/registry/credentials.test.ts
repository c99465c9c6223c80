import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { credentialsFor } from '../../../src/image/registry/credentials.js'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mv-creds-'))
})
afterEach(async () => rm(dir, { recursive: true, force: true }))

const env = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({ ...process.env, DOCKER_CONFIG: dir, ...extra })
const config = (c: object) => writeFile(join(dir, 'config.json'), JSON.stringify(c))

test('auths: base64 user:password, and Docker Hub under its historical key', async () => {
  await config({
    auths: {
      'ghcr.io': { auth: Buffer.from('me:s3cret:with:colons').toString('base64') },
      'https://index.docker.io/v1/': { username: 'hub', password: 'pw' }
    }
  })
  expect(await credentialsFor('ghcr.io', env())).toEqual({ username: 'me', password: 's3cret:with:colons' })
  expect(await credentialsFor('docker.io', env())).toEqual({ username: 'hub', password: 'pw' })
  expect(await credentialsFor('quay.io', env())).toBeUndefined()
})

test('credHelpers run docker-credential-<name> get with the server on stdin; <token> means an identity token', async () => {
  const bin = join(dir, 'bin')
  await writeFile(join(dir, 'placeholder'), '')
  await import('node:fs/promises').then(fs => fs.mkdir(bin))
  const helper = join(bin, 'docker-credential-mvtest')
  await writeFile(
    helper,
    '#!/bin/sh\nread server\nif [ "$server" = "127.0.0.1:5001" ]; then echo \'{"ServerURL":"x","Username":"<token>","Secret":"refresh-123"}\'; else echo "credentials not found" >&2; exit 1; fi\n'
  )
  await chmod(helper, 0o755)
  await config({ credHelpers: { '127.0.0.1:5001': 'mvtest', 'other.io': 'mvtest' } })
  const path = process.env.PATH
  process.env.PATH = `${bin}:${path}` // helpers are found on the PATH, as docker finds them
  try {
    expect(await credentialsFor('127.0.0.1:5001', env())).toEqual({ identityToken: 'refresh-123' })
    expect(await credentialsFor('other.io', env())).toBeUndefined() // the helper has none: go on anonymously
  } finally {
    process.env.PATH = path
  }
})

test('no config means anonymous; a broken config is one clear error', async () => {
  expect(await credentialsFor('ghcr.io', env())).toBeUndefined()
  await writeFile(join(dir, 'config.json'), '{ not json')
  await expect(credentialsFor('ghcr.io', env())).rejects.toThrow(
    /config.json is not valid JSON; fix it or point DOCKER_CONFIG elsewhere/
  )
})
