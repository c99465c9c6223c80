/**
 * Image references as Docker reads them (distribution/reference): `[host[:port]/]path[:tag][@digest]`. The first
 * component is a registry host when it has a dot or a colon or is `localhost`; otherwise the image is on Docker Hub,
 * whose API host is registry-1.docker.io and whose one-part names live under `library/`. Pure.
 */
import { UserError } from '../../errors.js'

export interface Reference {
  /** The host as written or implied: `docker.io`, `ghcr.io`, `127.0.0.1:5000`. */
  registry: string
  /** The host to talk to: `registry-1.docker.io` for docker.io. */
  apiHost: string
  repository: string
  tag?: string
  digest?: string
}

const PATH = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/
const TAG = /^[\w][\w.-]{0,127}$/
const DIGEST = /^sha256:[a-f0-9]{64}$|^sha512:[a-f0-9]{128}$/

export function parseReference(text: string): Reference {
  const bad = (why: string): UserError => new UserError(`invalid image reference "${text}": ${why}`)
  let rest = text.trim()
  let digest: string | undefined
  const at = rest.indexOf('@')
  if (at >= 0) {
    digest = rest.slice(at + 1)
    rest = rest.slice(0, at)
    if (!DIGEST.test(digest)) throw bad('the digest must be sha256:<64 hex>')
  }
  const slash = rest.indexOf('/')
  const first = slash >= 0 ? rest.slice(0, slash) : ''
  const hasHost = slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost')
  let registry = hasHost ? first : 'docker.io'
  let remainder = hasHost ? rest.slice(slash + 1) : rest
  let tag: string | undefined
  const colon = remainder.lastIndexOf(':')
  if (colon >= 0) {
    tag = remainder.slice(colon + 1)
    remainder = remainder.slice(0, colon)
    if (!TAG.test(tag)) throw bad('the tag may hold letters, digits, _ . and -')
  }
  if (!PATH.test(remainder)) throw bad('the repository must be lowercase letters, digits and separators')
  if (registry === 'index.docker.io') registry = 'docker.io'
  const repository = registry === 'docker.io' && !remainder.includes('/') ? `library/${remainder}` : remainder
  const ref: Reference = { registry, apiHost: registry === 'docker.io' ? 'registry-1.docker.io' : registry, repository }
  if (digest) ref.digest = digest
  else ref.tag = tag ?? 'latest'
  if (digest && tag) ref.tag = tag
  return ref
}

/** What to ask the manifests endpoint for: the digest when pinned, else the tag. */
export function manifestRef(ref: Reference): string {
  return ref.digest ?? ref.tag ?? 'latest'
}

/** Loopback registries speak plain HTTP (as Docker allows for 127.0.0.0/8 and localhost); all others HTTPS. */
export function schemeFor(host: string): 'http' | 'https' {
  const name = host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '')
  return name === 'localhost' || name.startsWith('127.') || name === '::1' ? 'http' : 'https'
}

export function formatReference(ref: Reference): string {
  return `${ref.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`
}
