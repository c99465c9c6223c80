import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openSource } from '../src/image/open.js'
import { listImages } from '../src/image/read.js'
import type { Manifest } from '../src/image/types.js'
import { EXAMPLE_ARCHIVE, bin } from './helpers/fixtures.js'
import { writeLayout } from './helpers/layout.js'
import { cli, runNode } from './helpers/run.js'

const example = `oci-archive:${EXAMPLE_ARCHIVE}`

test('inspect on the bundled example prints the report and exits 1: arm64 ships an x86-64 /server', async () => {
  const r = await cli(['inspect', example])
  expect(r.code).toBe(1)
  expect(r.stdout).toMatch(/^FAIL {2}1 of 2 platform\(s\) cannot run what they ship/)
  expect(r.stdout).toMatch(/ok {4}linux\/amd64 +entrypoint \/server \(x86-64, static\)/)
  expect(r.stdout).toMatch(/FAIL {2}linux\/arm64 +entrypoint \/server \(x86-64, static\)/)
  expect(r.stdout).toContain('error [binary-arch-mismatch] linux/arm64 /server')
  expect(r.stdout).toContain('exec format error')
})

test('--format json is the documented report on stdout, nothing else', async () => {
  const r = await cli(['inspect', example, '--format', 'json'])
  expect(r.code).toBe(1)
  const report = JSON.parse(r.stdout)
  expect(report).toMatchObject({
    schemaVersion: 1,
    tool: { name: 'multiarch-verify' },
    verdict: 'fail',
    source: example
  })
  expect(report.findings).toEqual([
    expect.objectContaining({
      rule: 'binary-arch-mismatch',
      severity: 'error',
      platform: 'linux/arm64',
      path: '/server'
    })
  ])
})

test('--platforms limits the check, --fail-on never passes, --output writes a file', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'mv-cli-'))
  try {
    expect((await cli(['inspect', example, '--platforms', 'linux/amd64'])).code).toBe(0)
    const out = join(dir, 'r.md')
    const r = await cli(['inspect', example, '--fail-on', 'never', '--format', 'markdown', '--output', out])
    expect(r.code).toBe(0)
    expect(r.stdout).toBe('')
    expect(await readFile(out, 'utf8')).toMatch(
      /^### ❌ multiarch-verify: 1 of 2 platforms cannot run \(not failing: fail-on never\)\n/
    )
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})

test('a requested platform the image lacks fails as platform-missing', async () => {
  const r = await cli(['inspect', example, '--platforms', 'linux/amd64,linux/s390x', '--format', 'json'])
  expect(r.code).toBe(1)
  expect(
    JSON.parse(r.stdout).findings.map((f: { rule: string; platform: string }) => `${f.rule} ${f.platform}`)
  ).toEqual(['platform-missing linux/s390x'])
})

test.each([
  [['inspect', 'oci-archive:/no/such.tar'], /^multiarch-verify: oci-archive:\/no\/such.tar: no such file\n$/],
  [
    ['inspect', example, '--format', 'yaml'],
    /^multiarch-verify: invalid --format "yaml": use text, markdown, json, sarif\n$/
  ],
  [['inspect', example, '--fail-on', 'sometimes'], /^multiarch-verify: invalid fail-on "sometimes"/],
  [['inspect', example, '--platforms', 'linux//arm64'], /^multiarch-verify: invalid platform "linux\/\/arm64"/],
  [['frobnicate'], /^multiarch-verify: unknown command "frobnicate": use build or inspect\n$/],
  [['inspect', example, '--bogus'], /^multiarch-verify: Unknown option '--bogus'/],
  [['build', '.'], /^multiarch-verify: build needs --platforms/],
  [
    ['inspect', example, '--no-cache', '--cache-dir', '/tmp/c'],
    /^multiarch-verify: --no-cache and --cache-dir cannot be used together\n$/
  ],
  [
    ['inspect', example, '--file', 'no/such/Dockerfile'],
    /^multiarch-verify: the Dockerfile no\/such\/Dockerfile does not exist\n$/
  ],
  [
    ['build', 'examples/go-fixed', '--platforms', 'linux/amd64', '--file', 'no/Dockerfile'],
    /^multiarch-verify: the Dockerfile no\/Dockerfile does not exist\n$/
  ]
])('usage error %j exits 2 with one clear line', async (args, message) => {
  const r = await cli(args)
  expect(r.code).toBe(2)
  expect(r.stderr).toMatch(message)
  expect(r.stdout).toBe('')
})

test.each(['1', '0'])(
  'a corrupt layer in an OCI directory (layer workers: %s) is a finding naming the blob; the other platform passes',
  async workers => {
    const dir = await mkdtemp(join(tmpdir(), 'mv-cli-layout-'))
    try {
      const image = (arch: string, binary: string) => ({
        platform: { os: 'linux', architecture: arch },
        config: { os: 'linux', architecture: arch, config: { Entrypoint: ['/server'] } },
        layers: [[{ name: 'server', mode: 0o755, content: bin(binary) }]]
      })
      await writeLayout(dir, [image('amd64', 'go-amd64'), image('arm64', 'go-arm64')])
      const source = await openSource(`oci:${dir}`)
      const arm = (await listImages(source)).find(r => r.indexPlatform?.architecture === 'arm64')
      const layer = (await source.json<Manifest>(arm!.manifest)).layers[0]!.digest
      const path = join(dir, 'blobs', 'sha256', layer.slice(7))
      const bytes = await readFile(path)
      bytes.writeUInt8(bytes.readUInt8(bytes.length - 100) ^ 0xff, bytes.length - 100)
      await writeFile(path, bytes)
      const r = await cli(['inspect', `oci:${dir}`, '--format', 'json'], {
        ...process.env,
        MULTIARCH_VERIFY_LAYER_WORKERS: workers
      })
      expect(r.code).toBe(1)
      const report = JSON.parse(r.stdout) as {
        platforms: Array<{ status: string }>
        findings: Array<{ rule: string; message: string }>
      }
      expect(report.platforms.map(p => p.status)).toEqual(['pass', 'unreadable'])
      expect(report.findings.map(f => f.rule)).toEqual(['image-unreadable'])
      expect(report.findings[0]?.message).toContain(layer)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }
)

test('the CLI keeps the facts cache in $XDG_CACHE_HOME/multiarch-verify by default, and the second run reads from it', async () => {
  const home = await mkdtemp(join(tmpdir(), 'mv-cli-xdg-'))
  try {
    const env = { ...process.env, XDG_CACHE_HOME: home }
    const run = () => runNode('dist/cli.js', ['inspect', example, '--format', 'json', '--verbose'], env)
    const [first, second] = [await run(), await run()]
    const stats = (stderr: string): string | undefined =>
      /: (\d+ layer\(s\) from the cache, \d+ read)/.exec(stderr)?.[1]
    expect({
      files: (await readdir(join(home, 'multiarch-verify'))).filter(n => n.endsWith('.facts')).length,
      first: stats(first.stderr),
      second: stats(second.stderr),
      same: first.stdout.replace(/"durationMs": \d+/g, '') === second.stdout.replace(/"durationMs": \d+/g, '')
    }).toEqual({
      files: 4,
      first: '0 layer(s) from the cache, 4 read',
      second: '4 layer(s) from the cache, 0 read',
      same: true
    })
  } finally {
    await rm(home, { recursive: true, force: true })
  }
})
