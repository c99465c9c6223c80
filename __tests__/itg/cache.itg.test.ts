/**
 * The facts cache against real registries and builds: a second image that shares its base layers with one verified
 * before downloads only the layers that changed (counted at a proxy in front of the registry), its report is the same
 * as a run without the cache, and a build verified again reads its base layers from the cache, not from the export.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { requireDocker } from '../helpers/docker.js'
import { RegistryProxy } from '../helpers/proxy.js'
import { OPEN_REGISTRY, pushImage } from '../helpers/registry.js'
import { cli } from '../helpers/run.js'

interface Manifest {
  layers: Array<{ digest: string; size: number }>
  config: { digest: string }
}

let dir: string
const PLATFORMS = 'linux/amd64,linux/arm64'

/** A two-platform image on the glibc base with a script of its own on top: only that top layer differs by `n`. */
async function app(n: number): Promise<string> {
  const ctx = join(dir, `app${n}`)
  await mkdir(ctx, { recursive: true })
  await writeFile(join(ctx, 'app.sh'), `#!/bin/sh\necho ${n}\n`, { mode: 0o755 })
  await writeFile(join(ctx, 'Dockerfile'), 'FROM mv-test/glibc:1\nCOPY app.sh /app.sh\nENTRYPOINT ["/app.sh"]\n')
  await pushImage(ctx, `mv/cache:${n}`, PLATFORMS, ['--provenance=false'])
  return `mv/cache:${n}`
}

/** The layers of every platform of a tag, straight from the registry. */
async function layersOf(ref: string): Promise<Map<string, number>> {
  const [repo, tag] = ref.split(':') as [string, string]
  const get = async (path: string): Promise<unknown> => {
    const res = await fetch(`http://${OPEN_REGISTRY}/v2/${repo}/manifests/${path}`, {
      headers: {
        accept: 'application/vnd.oci.image.index.v1+json, application/vnd.docker.distribution.manifest.list.v2+json'
      }
    })
    return res.json()
  }
  const index = (await get(tag)) as { manifests: Array<{ digest: string }> }
  const out = new Map<string, number>()
  for (const m of index.manifests) {
    const manifest = (await get(m.digest)) as Manifest
    for (const l of manifest.layers) out.set(l.digest, l.size)
  }
  return out
}

const timeless = (json: string): string => json.replace(/"durationMs": \d+/g, '"durationMs": 0')

beforeAll(async () => {
  await requireDocker()
})
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mv-itg-cache-'))
})
afterEach(async () => rm(dir, { recursive: true, force: true }))

test('a registry image whose base layers were verified before downloads only its changed layers, same report', async () => {
  const [one, two] = [await app(1), await app(2)]
  const before = await layersOf(one)
  const after = await layersOf(two)
  const changed = [...after].filter(([d]) => !before.has(d))
  // The top layer: one blob shared by both platforms (the same script, so the same tar).
  expect(changed.length).toBeGreaterThan(0)
  const proxy = new RegistryProxy()
  const host = await proxy.start()
  try {
    await writeFile(
      join(dir, 'config.json'),
      JSON.stringify({ auths: { [host]: { auth: Buffer.from('mv:secret').toString('base64') } } })
    )
    const env = { ...process.env, DOCKER_CONFIG: dir }
    const cache = join(dir, 'cache')
    const inspect = (ref: string, ...more: string[]) =>
      cli(['inspect', `${host}/${ref}`, '--format', 'json', '--fail-on', 'never', ...more], env)
    const cold = await inspect(one, '--cache-dir', cache)
    expect(cold.code).toBe(0)
    proxy.seen.length = 0
    const warm = await inspect(two, '--cache-dir', cache)
    const downloaded = proxy.seen
      .filter(s => s.host === 'storage')
      .map(s => /blobs\/(sha256:[0-9a-f]{64})/.exec(s.path)?.[1])
      .filter((d): d is string => d !== undefined && after.has(d))
    const bytes = downloaded.reduce((n, d) => n + (after.get(d) ?? 0), 0)
    const uncached = await inspect(two, '--no-cache')
    expect({
      code: warm.code,
      downloaded: downloaded.sort(),
      bytesWithinChanged: bytes <= changed.reduce((n, [, size]) => n + size, 0),
      sameReport: timeless(warm.stdout) === timeless(uncached.stdout)
    }).toEqual({ code: 0, downloaded: changed.map(([d]) => d).sort(), bytesWithinChanged: true, sameReport: true })
  } finally {
    await proxy.stop()
  }
})

test('a build verified again takes its layers’ facts from the cache, the export’s blobs only hashed', async () => {
  const ctx = join(dir, 'ctx')
  await mkdir(ctx)
  await writeFile(join(ctx, 'app.sh'), '#!/bin/sh\necho hi\n', { mode: 0o755 })
  await writeFile(join(ctx, 'Dockerfile'), 'FROM mv-test/glibc:1\nCOPY app.sh /app.sh\nENTRYPOINT ["/app.sh"]\n')
  const cache = join(dir, 'cache')
  const build = () =>
    cli(['build', ctx, '--platforms', PLATFORMS, '--format', 'json', '--verbose', '--cache-dir', cache])
  const first = await build()
  const second = await build()
  const stats = (stderr: string): number[] =>
    (/facts cache .*?: (\d+) layer\(s\) from the cache, (\d+) read/.exec(stderr)?.slice(1) ?? []).map(Number)
  const [hits = 0, read = 0] = stats(first.stderr)
  // Three layers per platform; the top one is the same blob on both, so the second platform may already find it.
  expect({
    first: hits + read,
    second: stats(second.stderr),
    sameReport: timeless(first.stdout) === timeless(second.stdout)
  }).toEqual({ first: 6, second: [6, 0], sameReport: true })
})
