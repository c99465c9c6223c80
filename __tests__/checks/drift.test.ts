import { crossPlatformDrift, normalisePath } from '../../src/checks/cross-platform-drift.js'
import type { FileSummary } from '../../src/checks/types.js'

const elf = (path: string, extra: Partial<FileSummary> = {}): FileSummary => ({
  path,
  format: 'elf',
  architecture: 'amd64',
  ...extra
})
const arm = (path: string, extra: Partial<FileSummary> = {}): FileSummary =>
  elf(path, { architecture: 'arm64', ...extra })

test.each([
  ['/usr/lib/go-1.19/pkg/tool/linux_amd64/compile', '/usr/lib/go-1.19/pkg/tool/linux_arm64/compile'],
  ['/usr/bin/x86_64-linux-gnu-gcc-12', '/usr/bin/aarch64-linux-gnu-gcc-12'],
  ['/usr/lib/gcc/x86_64-linux-gnu/12/cc1', '/usr/lib/gcc/aarch64-linux-gnu/12/cc1'],
  ['/usr/bin/arm-linux-gnueabihf-ld', '/usr/bin/x86_64-linux-gnu-ld']
])('%s and %s are the same program', (a, b) => {
  expect(normalisePath(a)).toBe(normalisePath(b))
})

test('a program on amd64 only is reported on arm64', () => {
  const found = crossPlatformDrift.check({
    platforms: [
      { platform: 'linux/amd64', files: [elf('/usr/local/bin/app'), elf('/usr/local/bin/helper')] },
      { platform: 'linux/arm64', files: [arm('/usr/local/bin/app')] }
    ]
  })
  expect(found.map(f => [f.platform, f.path, f.severity])).toEqual([
    ['linux/arm64', '/usr/local/bin/helper', 'warning']
  ])
  expect(found[0]?.message).toBe('`/usr/local/bin/helper` is in the linux/amd64 image but not in this one.')
})

test('the same Go main module at two versions', () => {
  const found = crossPlatformDrift.check({
    platforms: [
      { platform: 'linux/amd64', files: [elf('/app', { goModule: 'example.com/app@v1.2.0 abc' })] },
      { platform: 'linux/arm64', files: [arm('/app', { goModule: 'example.com/app@v1.1.9 def' })] }
    ]
  })
  expect(found.map(f => f.message)).toEqual([
    '`/app` is not the same build on every platform: example.com/app@v1.2.0 abc on linux/amd64, example.com/app@v1.1.9 def on linux/arm64.'
  ])
})

test('clean: per-architecture names, libraries, loaders, ignored files and one platform alone', () => {
  const amd = [
    elf('/usr/lib/go/pkg/tool/linux_amd64/vet'),
    elf('/lib64/ld-linux-x86-64.so.2'),
    elf('/usr/lib/x86_64-linux-gnu/libc.so.6'),
    elf('/usr/share/x', { ignored: 'data-dir' })
  ]
  const arm = [
    elf('/usr/lib/go/pkg/tool/linux_arm64/vet'),
    elf('/lib/ld-linux-aarch64.so.1'),
    elf('/usr/lib/aarch64-linux-gnu/libc.so.6')
  ]
  expect(
    crossPlatformDrift.check({
      platforms: [
        { platform: 'linux/amd64', files: amd },
        { platform: 'linux/arm64', files: arm }
      ]
    })
  ).toEqual([])
  expect(crossPlatformDrift.check({ platforms: [{ platform: 'linux/amd64', files: [elf('/a')] }] })).toEqual([])
})

test("per-platform packages' programs differ by design (@turbo/linux-64 beside @turbo/linux-arm64): no drift", () => {
  const turbo = (dir: string): Partial<FileSummary> => ({ package: `npm:@turbo/${dir}` })
  const platforms = [
    { platform: 'linux/amd64', files: [elf('/app/node_modules/@turbo/linux-64/bin/turbo', turbo('linux-64'))] },
    { platform: 'linux/arm64', files: [arm('/app/node_modules/@turbo/linux-arm64/bin/turbo', turbo('linux-arm64'))] }
  ]
  expect(crossPlatformDrift.check({ platforms })).toEqual([])
  // The same files outside a package are drift.
  for (const p of platforms) for (const f of p.files) delete f.package
  expect(crossPlatformDrift.check({ platforms })).toHaveLength(2)
})
