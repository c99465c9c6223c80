import { parseElf } from '../../src/binary/elf.js'
import type { BinaryFacts } from '../../src/binary/identify.js'
import { fileEntry, linkEntry } from '../helpers/entries.js'
import { FileTree } from '../../src/image/filetree.js'
import type { LayerEntry } from '../../src/image/layer.js'
import { resolveEntrypoint, DEFAULT_PATH, pathOf } from '../../src/inspect/entrypoint.js'
import { bin } from '../helpers/fixtures.js'

const file = (path: string, mode = 0o755, binary?: BinaryFacts): LayerEntry =>
  fileEntry(path, { mode, size: 10, ...(binary ? { binary } : {}) })
const link = linkEntry

const tree = FileTree.fromLayers([
  [
    file('/usr/local/bin/server', 0o755, parseElf(bin('go-arm64'))),
    file('/app/run', 0o755, { format: 'script', interpreter: '/bin/sh' }),
    file('/bin/tool', 0o644),
    file('/usr/bin/tool', 0o755),
    link('/usr/bin/srv', '/usr/local/bin/server'),
    { path: '/srv', type: 'dir', mode: 0o755, size: 0, uid: 0, gid: 0 }
  ]
])

const cfg = (c: { Entrypoint?: string[] | null; Cmd?: string[] | null; Env?: string[]; WorkingDir?: string }) => ({
  config: c
})

test('Entrypoint and Cmd are joined; a bare name is looked up on the config PATH', () => {
  const r = resolveEntrypoint(
    tree,
    cfg({ Entrypoint: ['server'], Cmd: ['--port', '80'], Env: ['PATH=/usr/local/bin'] })
  )
  expect(r).toMatchObject({
    resolved: true,
    resolvedPath: '/usr/local/bin/server',
    argv: ['server', '--port', '80'],
    binary: { format: 'elf', machine: 183 }
  })
})

test("without PATH in Env, runc's default PATH is used", () => {
  expect(pathOf({})).toEqual(DEFAULT_PATH.split(':'))
  expect(resolveEntrypoint(tree, cfg({ Cmd: ['server'] }))).toMatchObject({
    resolved: true,
    resolvedPath: '/usr/local/bin/server'
  })
})

test('a PATH lookup skips a non-executable match, as execvp does', () => {
  const r = resolveEntrypoint(tree, cfg({ Cmd: ['tool'], Env: ['PATH=/bin:/usr/bin'] }))
  expect(r).toMatchObject({ resolved: true, resolvedPath: '/usr/bin/tool' })
})

test('./run is relative to WorkingDir', () => {
  expect(resolveEntrypoint(tree, cfg({ Cmd: ['./run'], WorkingDir: '/app' }))).toMatchObject({
    resolved: true,
    resolvedPath: '/app/run',
    binary: { format: 'script', interpreter: '/bin/sh' }
  })
  expect(resolveEntrypoint(tree, cfg({ Cmd: ['./run'], WorkingDir: '/srv' }))).toMatchObject({
    resolved: false,
    reason: '/srv/run does not exist in the image'
  })
})

test('symlinks are followed inside the image', () => {
  expect(resolveEntrypoint(tree, cfg({ Entrypoint: ['/usr/bin/srv'] }))).toMatchObject({
    resolved: true,
    resolvedPath: '/usr/local/bin/server'
  })
})

test('a name on no PATH directory is not found, listing where it looked', () => {
  const r = resolveEntrypoint(tree, cfg({ Entrypoint: ['nginx'], Env: ['PATH=/usr/sbin:/usr/bin'] }))
  expect(r).toEqual({
    argv: ['nginx'],
    resolved: false,
    reason: '"nginx" is not in any PATH directory of the image',
    searched: ['/usr/sbin/nginx', '/usr/bin/nginx']
  })
})

test('an image without Entrypoint or Cmd has nothing to run', () => {
  expect(resolveEntrypoint(tree, cfg({ Entrypoint: null, Cmd: null }))).toMatchObject({
    resolved: false,
    reason: 'the image sets no Entrypoint or Cmd'
  })
})
