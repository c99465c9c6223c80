import { FileTree } from '../../src/image/filetree.js'
import { dirEntry, fileEntry, linkEntry } from '../helpers/entries.js'

const f = fileEntry
const d = dirEntry
const l = linkEntry

const paths = (t: FileTree): string[] => [...t.files()].map(n => n.path)

describe('whiteouts and opaque directories, as the OCI spec says', () => {
  test('a .wh. entry deletes the name from lower layers', () => {
    const t = FileTree.fromLayers([[f('/a/x'), f('/a/y')], [f('/a/.wh.x')]])
    expect(paths(t)).toEqual(['/a/y'])
  })

  test('a whiteout of a directory removes its whole subtree', () => {
    const t = FileTree.fromLayers([[f('/a/b/c'), f('/keep')], [f('/.wh.a')]])
    expect(paths(t)).toEqual(['/keep'])
  })

  test("an opaque marker hides lower children but keeps the same layer's", () => {
    const t = FileTree.fromLayers([
      [f('/a/old'), f('/b/x')],
      [f('/a/.wh..wh..opq'), f('/a/new')]
    ])
    expect(paths(t)).toEqual(['/a/new', '/b/x'])
  })

  test('a whiteout only affects lower layers, not a file the same layer adds', () => {
    const t = FileTree.fromLayers([[f('/x')], [f('/.wh.x'), f('/x', { size: 9 })]])
    expect([...t.files()].map(n => [n.path, n.size])).toEqual([['/x', 9]])
  })

  test('regression (fuzz): a whiteout name used as a directory never shows', () => {
    expect(paths(FileTree.fromLayers([[f('/.wh..wh..opq/a'), f('/.wh.x/y')], []]))).toEqual([])
  })

  test('whiteout entries never show as files', () => {
    const t = FileTree.fromLayers([[f('/.wh.ghost'), f('/d/.wh..wh..opq')]])
    expect(paths(t)).toEqual([])
  })

  test("a file replacing a directory drops the directory's children", () => {
    const t = FileTree.fromLayers([[f('/a/b')], [f('/a')]])
    expect(paths(t)).toEqual(['/a'])
  })
})

describe('path resolution inside the image root', () => {
  const tree = FileTree.fromLayers([
    [
      d('/usr/bin'),
      f('/usr/bin/app'),
      l('/bin', 'usr/bin'),
      l('/usr/local/bin/app', '/usr/bin/app'),
      l('/rel', '../../../usr/bin/app'),
      l('/loop1', 'loop2'),
      l('/loop2', 'loop1'),
      l('/dangling', '/nowhere')
    ]
  ])

  test('follows relative and absolute symlinks, also in directories', () => {
    expect(tree.resolve('/bin/app')).toMatchObject({ ok: true, path: '/usr/bin/app' })
    expect(tree.resolve('/usr/local/bin/app')).toMatchObject({ ok: true, path: '/usr/bin/app' })
  })

  test('.. never climbs above the root', () => {
    expect(tree.resolve('/rel')).toMatchObject({ ok: true, path: '/usr/bin/app' })
    expect(tree.resolve('/../../usr/bin/app')).toMatchObject({ ok: true, path: '/usr/bin/app' })
  })

  test('a symlink loop is reported, not followed forever', () => {
    expect(tree.resolve('/loop1')).toMatchObject({ ok: false, reason: 'loop' })
  })

  test('a dangling link is not found', () => {
    expect(tree.resolve('/dangling')).toMatchObject({ ok: false, reason: 'not-found' })
  })

  test('a layer writing under a symlinked directory writes through it', () => {
    const t = FileTree.fromLayers([[d('/usr/lib'), l('/lib', 'usr/lib')], [f('/lib/libc.so')]])
    expect(t.resolve('/usr/lib/libc.so')).toMatchObject({ ok: true })
    expect(t.resolve('/lib', false)).toMatchObject({ ok: true, node: { kind: 'symlink' } })
  })
})

test("a hardlink shares its target's content; one to a missing file does not exist (hostile corpus)", () => {
  const binary = { format: 'script' as const, interpreter: '/bin/sh' }
  const t = FileTree.fromLayers([
    [
      f('/a', { binary }),
      { ...f('/b'), type: 'hardlink', linkname: 'a' },
      { ...f('/c'), type: 'hardlink', linkname: 'missing' }
    ]
  ])
  const b = t.resolve('/b')
  expect(b.ok && b.node.binary).toEqual(binary)
  expect(paths(t)).toEqual(['/a', '/b'])
  // Not even as a non-file: an executable-looking entrypoint there would otherwise pass unchecked.
  expect(t.resolve('/c')).toMatchObject({ ok: false, reason: 'not-found' })
})
