import { Readable } from 'node:stream'
import { walkLayer, normalizeEntryPath, HEAD_BYTES } from '../../src/image/layer.js'
import { bin } from '../helpers/fixtures.js'
import { digestOf, gzip, makeTar } from '../helpers/tar.js'

const items = [
  { name: 'usr/', type: 'directory' as const },
  { name: 'usr/bin/app', mode: 0o755, content: bin('go-arm64') },
  { name: 'etc/motd', content: 'hello' },
  { name: 'bin', type: 'symlink' as const, linkname: 'usr/bin' },
  { name: 'run.sh', mode: 0o755, content: '#!/bin/sh\necho hi\n' },
  { name: 'lib.so', mode: 0o644, content: bin('c-amd64-dyn') }
]

test.each([
  ['uncompressed', (b: Buffer) => b],
  ['gzip', gzip]
])('a %s layer is walked once, keeping heads of executables only', async (_kind, wrap) => {
  const blob = wrap(await makeTar(items))
  const entries = await walkLayer(Readable.from([blob]), digestOf(blob))
  const byPath = new Map(entries.map(e => [e.path, e]))
  expect([...byPath.keys()]).toEqual(['/usr', '/usr/bin/app', '/etc/motd', '/bin', '/run.sh', '/lib.so'])
  expect(byPath.get('/usr/bin/app')?.head?.length).toBe(HEAD_BYTES)
  expect(byPath.get('/etc/motd')?.head).toBeUndefined()
  expect(byPath.get('/run.sh')?.head?.toString()).toBe('#!/bin/sh\necho hi\n')
  expect(byPath.get('/lib.so')?.head?.subarray(0, 4).toString('latin1')).toBe('\x7fELF') // ELF without exec bit
  expect(byPath.get('/bin')).toMatchObject({ type: 'symlink', linkname: 'usr/bin' })
})

test('a layer whose bytes do not match its digest is an error naming the blob', async () => {
  const blob = gzip(await makeTar(items))
  const wrong = 'sha256:' + '0'.repeat(64)
  await expect(walkLayer(Readable.from([blob]), wrong)).rejects.toThrow(/layer sha256:0{64} does not match its digest/)
})

test('a truncated gzip layer is a clear error, not a hang', async () => {
  const blob = gzip(await makeTar(items))
  await expect(walkLayer(Readable.from([blob.subarray(0, blob.length / 2)]), undefined)).rejects.toThrow(
    /cannot read layer/
  )
})

test.each([
  ['../../etc/passwd', '/etc/passwd'],
  ['/abs/path', '/abs/path'],
  ['./a/./b/', '/a/b'],
  ['a/../../b', '/b']
])('entry name %j stays inside the root as %j', (name, expected) => {
  expect(normalizeEntryPath(name)).toBe(expected)
})
