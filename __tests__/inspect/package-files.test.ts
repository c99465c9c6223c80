/**
 * The readers of package files, on real bytes: a jar's central directory from its tail (jars made by the JDK's `jar`
 * and Info-ZIP's `zip -fz`, and a self-running jar with a script before the zip: test-env/make-jar-fixtures.sh), an
 * npm package.json, and a package's loader JavaScript (bufferutil's, napi-rs's). Hostile bytes give nothing, never a
 * throw.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { listZip } from '../../src/binary/zip.js'
import { packageFileKind, readPackageFile } from '../../src/image/package-files.js'
import { readLoaderSource } from '../../src/inspect/npm/loader-source.js'
import { parseManifest } from '../../src/inspect/npm/manifest.js'
import { targetIn, withoutTarget } from '../../src/inspect/targets.js'
import { ROOT } from '../helpers/fixtures.js'

const jar = (name: string): Buffer => readFileSync(join(ROOT, '__tests__/fixtures/jar', name))

async function* chunks(buf: Buffer, size = 7): AsyncGenerator<Buffer> {
  for (let i = 0; i < buf.length; i += size) yield buf.subarray(i, i + size)
}

describe('a jar’s central directory, from its tail', () => {
  test('names in directory order, as `jar` wrote them', () => {
    const buf = jar('natives.jar')
    expect(listZip(buf, buf.length)?.names).toEqual([
      'com/',
      'com/sun/',
      'com/sun/jna/',
      'com/sun/jna/Native.class',
      'com/sun/jna/darwin-aarch64/',
      'com/sun/jna/darwin-aarch64/libjnidispatch.jnilib',
      'com/sun/jna/linux-aarch64/',
      'com/sun/jna/linux-aarch64/libjnidispatch.so',
      'com/sun/jna/linux-x86-64/',
      'com/sun/jna/linux-x86-64/libjnidispatch.so'
    ])
  })

  test('zip64 (`zip -fz`) and a script before the zip (every recorded offset shifted) list the same natives', () => {
    for (const name of ['zip64.jar', 'launcher.jar', 'natives-x64.jar']) {
      const buf = jar(name)
      const natives = listZip(buf, buf.length)?.names.filter(n => /\.(so|jnilib)$/.test(n))
      expect([name, natives?.sort()]).toEqual([
        name,
        ['com/sun/jna/darwin-aarch64/libjnidispatch.jnilib', 'com/sun/jna/linux-x86-64/libjnidispatch.so']
      ])
    }
  })

  test('only the tail at hand: a directory that starts before it is cut short, said, not guessed', () => {
    const buf = jar('natives.jar')
    const listing = listZip(buf.subarray(buf.length - 200), buf.length)
    expect(listing?.truncated).toBe(true)
    expect(listing?.names.length).toBeLessThan(10)
  })

  test('a file that is not a zip has no listing; random bytes never throw', () => {
    expect(listZip(Buffer.from('just text, no end record at all'), 31)).toBeUndefined()
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.nat(10_000), (bytes, extra) => {
        const b = Buffer.from(bytes)
        const r = listZip(b, b.length + extra)
        return r === undefined || Array.isArray(r.names)
      })
    )
    // An end record that claims a huge directory, and entries past the end: bounded.
    const eocd = Buffer.alloc(22)
    eocd.writeUInt32LE(0x06054b50, 0)
    eocd.writeUInt16LE(0xffff, 10)
    eocd.writeUInt32LE(0xffffff, 12)
    expect(listZip(eocd, 22)).toEqual({ names: [], entries: 0xffff, truncated: true })
  })

  test('the layer walk keeps a jar as its natives, read from chunks of any size', async () => {
    const buf = jar('natives.jar')
    expect(packageFileKind('/app/lib/jna.jar', buf.length)).toBe('jar')
    expect(await readPackageFile('jar', chunks(buf), buf.length)).toEqual({
      kind: 'jar',
      natives: [
        'com/sun/jna/darwin-aarch64/libjnidispatch.jnilib',
        'com/sun/jna/linux-aarch64/libjnidispatch.so',
        'com/sun/jna/linux-x86-64/libjnidispatch.so'
      ],
      entries: 10
    })
  })
})

describe('npm package files', () => {
  test("package.json: the fields that tell a package's platform and how it loads its native code", () => {
    expect(
      parseManifest(
        JSON.stringify({
          name: '@img/sharp-linux-x64',
          version: '0.33.5',
          os: ['linux'],
          cpu: ['x64'],
          libc: ['glibc'],
          main: 'lib/sharp.node',
          optionalDependencies: { '@img/sharp-libvips-linux-x64': '1.0.4' },
          dependencies: { 'detect-libc': '^2' },
          binary: { module_name: 'x', module_path: './lib/{platform}-{arch}' },
          napi: { binaryName: 'sharp' },
          bin: { sharp: 'bin/sharp' },
          description: 'dropped'
        })
      )
    ).toEqual({
      name: '@img/sharp-linux-x64',
      version: '0.33.5',
      os: ['linux'],
      cpu: ['x64'],
      libc: ['glibc'],
      main: 'lib/sharp.node',
      optional: ['@img/sharp-libvips-linux-x64'],
      requires: ['detect-libc'],
      binary: { modulePath: './lib/{platform}-{arch}', moduleName: 'x' },
      napi: { binaryName: 'sharp' },
      uses: ['detect-libc'],
      bin: ['bin/sharp']
    })
    for (const text of ['', 'null', '[1]', '"x"', '{', '{"os": 3, "cpu": [1, null], "bin": 7}']) {
      expect(() => parseManifest(text)).not.toThrow()
    }
    expect(parseManifest('{"os": 3, "cpu": [1, null], "bin": 7}')).toEqual({})
  })

  test("loader JavaScript: bufferutil's fallback, napi-rs's error, node-gyp-build's call", () => {
    expect(
      readLoaderSource(
        "'use strict';\n\ntry {\n  module.exports = require('node-gyp-build')(__dirname);\n} catch (e) {\n  module.exports = require('./fallback');\n}\n"
      )
    ).toEqual({ fallbacks: ['./fallback'], gypBuild: true })
    expect(readLoaderSource('if (!nativeBinding) {\n  throw new Error(`Failed to load native binding`)\n}')).toEqual({
      napiError: 'Failed to load native binding'
    })
    // A catch that requires another native build is no JavaScript fallback.
    expect(
      readLoaderSource("try { a = require('./x.node') } catch { a = require('./binding-linux.node') }")
    ).toBeUndefined()
  })

  test('which files of a layer are read, and which are left to flow by', () => {
    expect(packageFileKind('/app/node_modules/sharp/package.json', 2000)).toBe('npm')
    expect(packageFileKind('/app/node_modules/@img/sharp-linux-x64/package.json', 2000)).toBe('npm')
    expect(packageFileKind('/app/package.json', 2000)).toBe('npm') // the application's own: what it depends on
    expect(packageFileKind('/app/package.json', 2 * 1024 * 1024)).toBeUndefined()
    expect(packageFileKind('/app/node_modules/sharp/lib/index.js', 2000)).toBe('js')
    expect(packageFileKind('/app/node_modules/sharp/lib/index.js', 10 * 1024 * 1024)).toBeUndefined()
    expect(packageFileKind('/app/node_modules/x/a/b/c/d/deep.js', 100)).toBeUndefined()
    expect(packageFileKind('/app/src/index.js', 100)).toBeUndefined()
  })
})

describe('the platform a name is for', () => {
  test.each([
    ['@esbuild/linux-arm64', 'linux', 'arm64', undefined],
    ['@rollup/rollup-linux-x64-musl', 'linux', 'amd64', 'musl'],
    ['@img/sharp-linuxmusl-arm64', 'linux', 'arm64', 'musl'],
    ['@parcel/watcher-linux-x64-glibc', 'linux', 'amd64', 'glibc'],
    ['@rollup/rollup-linux-arm-gnueabihf', 'linux', 'arm', 'glibc'],
    ['turbo-linux-64', 'linux', 'amd64', undefined],
    ['@node-llama-cpp/mac-arm64-metal', 'darwin', 'arm64', undefined],
    ['koffi/build/koffi/musl_x64/koffi.node', undefined, 'amd64', 'musl'],
    ['META-INF/native/libnetty_transport_native_epoll_aarch_64.so', undefined, 'arm64', undefined],
    ['com/sun/jna/linux-x86-64/libjnidispatch.so', 'linux', 'amd64', undefined],
    ['org/sqlite/native/Linux/aarch64/libsqlitejdbc.so', 'linux', 'arm64', undefined]
  ])('%s', (name, os, arch, libc) => {
    const t = targetIn(name)
    expect([t.os, t.arch?.name, t.libc]).toEqual([os, arch, libc])
  })

  test('builds of every platform compare equal with the platform taken out; GPU builds stay apart', () => {
    expect(withoutTarget('@img/sharp-linuxmusl-x64')).toBe(withoutTarget('@img/sharp-darwin-arm64'))
    expect(withoutTarget('@img/sharp-libvips-linux-x64')).not.toBe(withoutTarget('@img/sharp-linux-x64'))
    expect(withoutTarget('@rollup/rollup-linux-x64-gnu')).toBe(withoutTarget('@rollup/rollup-win32-x64-msvc'))
    expect(withoutTarget('@node-llama-cpp/linux-x64-cuda')).not.toBe(withoutTarget('@node-llama-cpp/linux-x64'))
    expect(withoutTarget('META-INF/native/libnetty_transport_native_epoll_aarch_64.so')).toBe(
      withoutTarget('META-INF/native/libnetty_transport_native_epoll_x86_64.so')
    )
  })
})
