/**
 * Registry credentials as the Docker CLI keeps them: `$DOCKER_CONFIG/config.json` (default ~/.docker), with
 * `credHelpers` per registry, then `credsStore`, then inline `auths`. Helpers are run as
 * `docker-credential-<name> get` with the server on stdin, never through a shell. Secrets never reach a log.
 */
import { getExecOutput } from '@actions/exec'
import { readFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { UserError } from '../../errors.js'

export type Credentials = { username: string; password: string } | { identityToken: string }

interface DockerConfig {
  auths?: Record<string, { auth?: string; username?: string; password?: string; identitytoken?: string }>
  credHelpers?: Record<string, string>
  credsStore?: string
}

/** The keys a registry may be stored under; Docker Hub has its historical URL. */
export function configKeys(registry: string): string[] {
  if (registry === 'docker.io')
    return ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'registry-1.docker.io']
  return [registry, `https://${registry}`, `http://${registry}`]
}

async function readConfig(env: NodeJS.ProcessEnv): Promise<{ path: string; config: DockerConfig } | undefined> {
  const path = join(env.DOCKER_CONFIG || join(homedir(), '.docker'), 'config.json')
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch {
    return undefined
  }
  try {
    return { path, config: JSON.parse(text) as DockerConfig }
  } catch {
    throw new UserError(`${path} is not valid JSON; fix it or point DOCKER_CONFIG elsewhere`)
  }
}

async function fromHelper(helper: string, server: string, env: NodeJS.ProcessEnv): Promise<Credentials | undefined> {
  if (!/^[\w.-]+$/.test(helper)) throw new UserError(`invalid credential helper name "${helper}" in the Docker config`)
  const r = await getExecOutput(`docker-credential-${helper}`, ['get'], {
    input: Buffer.from(server),
    silent: true,
    ignoreReturnCode: true,
    env: env as Record<string, string>
  }).catch(() => undefined) // found on the PATH, as docker finds it
  if (!r || r.exitCode !== 0) return undefined // not found in the store, or no such helper: go on without
  try {
    const j = JSON.parse(r.stdout) as { Username?: string; Secret?: string }
    if (!j.Secret) return undefined
    return j.Username === '<token>' ? { identityToken: j.Secret } : { username: j.Username ?? '', password: j.Secret }
  } catch {
    throw new UserError(`docker-credential-${helper} answered something that is not JSON`)
  }
}

export async function credentialsFor(
  registry: string,
  env: NodeJS.ProcessEnv = process.env
): Promise<Credentials | undefined> {
  const found = await readConfig(env)
  if (!found) return undefined
  const { config } = found
  for (const key of configKeys(registry)) {
    const helper = config.credHelpers?.[key]
    if (helper) return fromHelper(helper, key, env)
  }
  for (const key of configKeys(registry)) {
    const a = config.auths?.[key]
    if (!a) continue
    if (a.identitytoken) return { identityToken: a.identitytoken }
    if (a.auth) {
      const plain = Buffer.from(a.auth, 'base64').toString('utf8')
      const colon = plain.indexOf(':')
      if (colon > 0) return { username: plain.slice(0, colon), password: plain.slice(colon + 1) }
    }
    if (a.username && a.password) return { username: a.username, password: a.password }
  }
  if (config.credsStore) return fromHelper(config.credsStore, configKeys(registry)[0] as string, env)
  return undefined
}
