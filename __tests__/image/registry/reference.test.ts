import { parseReference, schemeFor } from '../../../src/image/registry/reference.js'
import { parseChallenge } from '../../../src/image/registry/client.js'

const D = 'sha256:' + 'a'.repeat(64)

test.each([
  ['alpine', { registry: 'docker.io', apiHost: 'registry-1.docker.io', repository: 'library/alpine', tag: 'latest' }],
  ['alpine:3.20', { registry: 'docker.io', repository: 'library/alpine', tag: '3.20' }],
  ['docker.io/library/alpine', { registry: 'docker.io', repository: 'library/alpine' }],
  ['index.docker.io/foo/bar:1', { registry: 'docker.io', repository: 'foo/bar', tag: '1' }],
  ['foo/bar', { registry: 'docker.io', repository: 'foo/bar', tag: 'latest' }],
  ['ghcr.io/org/app:v1.2.3', { registry: 'ghcr.io', apiHost: 'ghcr.io', repository: 'org/app', tag: 'v1.2.3' }],
  ['localhost/app', { registry: 'localhost', repository: 'app' }],
  [
    '127.0.0.1:5000/mv/app:1',
    { registry: '127.0.0.1:5000', apiHost: '127.0.0.1:5000', repository: 'mv/app', tag: '1' }
  ],
  [`ghcr.io/org/app@${D}`, { repository: 'org/app', digest: D }],
  [`ghcr.io/org/app:1@${D}`, { repository: 'org/app', tag: '1', digest: D }]
])('%s', (text, expected) => {
  expect(parseReference(text)).toMatchObject(expected)
})

test.each([
  ['Alpine', /lowercase/],
  ['ghcr.io/org/app@sha256:abc', /digest must be/],
  ['app:bad tag', /tag may hold/],
  ['', /lowercase/]
])('%j is refused with a reason', (text, why) => {
  expect(() => parseReference(text)).toThrow(why)
})

test('loopback registries use plain HTTP, all others HTTPS', () => {
  expect(
    ['127.0.0.1:5000', 'localhost:5000', 'localhost', '[::1]:5000', 'ghcr.io', '10.0.0.1:5000'].map(schemeFor)
  ).toEqual(['http', 'http', 'http', 'http', 'https', 'https'])
})

test('WWW-Authenticate challenges', () => {
  expect(
    parseChallenge(
      'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/alpine:pull"'
    )
  ).toEqual({
    scheme: 'bearer',
    params: {
      realm: 'https://auth.docker.io/token',
      service: 'registry.docker.io',
      scope: 'repository:library/alpine:pull'
    }
  })
  expect(parseChallenge('Basic realm="Registry Realm"')).toEqual({
    scheme: 'basic',
    params: { realm: 'Registry Realm' }
  })
})
