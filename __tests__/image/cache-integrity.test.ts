/**
 * The facts cache never vouches for bytes it did not see (issue 22): with the cache a good image filled, the same
 * image whose layer bytes were then changed in place (same size, so only the hash can tell) is never a pass, from an
 * OCI layout directory, an oci-archive or a docker-archive (Docker 25+, an OCI layout inside): its platform is
 * unreadable and the finding names the layer's digest, as without the cache.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { Writable } from 'node:stream'
import { EMPTY_CONFIG } from '../../src/config/config.js'
import type { Logger } from '../../src/log.js'
import type { Report } from '../../src/report/model.js'
import { verify } from '../../src/verify.js'
import { bin } from '../helpers/fixtures.js'
import { writeLayout } from '../helpers/layout.js'
import { makeTar, type TarItem } from '../helpers/tar.js'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mv-cache-integrity-'))
})
afterEach(async () => rm(dir, { recursive: true, force: true }))

/** Every file under `root`, as tar items named by their relative path. */
async function filesOf(root: string, at = root): Promise<TarItem[]> {
  const out: TarItem[] = []
  for (const e of await readdir(at, { withFileTypes: true })) {
    const p = join(at, e.name)
    if (e.isDirectory()) out.push(...(await filesOf(root, p)))
    else out.push({ name: relative(root, p), content: await readFile(p) })
  }
  return out
}

interface Image {
  source: string
  /** The layer's digest, and the file and offset its bytes are stored at. */
  digest: string
  file: string
  offset: number
  size: number
}

/** A linux/amd64 image whose entrypoint is a real amd64 program, written as `kind`. */
async function image(kind: 'oci' | 'oci-archive' | 'docker-archive'): Promise<Image> {
  const layout = join(dir, 'layout')
  await writeLayout(layout, [
    {
      platform: { os: 'linux', architecture: 'amd64' },
      config: { os: 'linux', architecture: 'amd64', config: { Entrypoint: ['/server'] } },
      layers: [[{ name: 'server', mode: 0o755, content: bin('go-amd64') }]]
    }
  ])
  type Doc = { manifests: [{ digest: string }]; config: { digest: string }; layers: [{ digest: string; size: number }] }
  const json = async (digest: string): Promise<Doc> =>
    JSON.parse(await readFile(join(layout, 'blobs', 'sha256', digest.slice(7)), 'utf8')) as Doc
  const index = JSON.parse(await readFile(join(layout, 'index.json'), 'utf8')) as Doc
  const manifest = await json((await json(index.manifests[0].digest)).manifests[0].digest)
  const [layer] = manifest.layers
  const blobFile = join(layout, 'blobs', 'sha256', layer.digest.slice(7))
  if (kind === 'oci')
    return { source: `oci:${layout}`, digest: layer.digest, file: blobFile, offset: 0, size: layer.size }
  const items = await filesOf(layout)
  if (kind === 'docker-archive') {
    // What docker save writes since Docker 25: the OCI layout, and manifest.json naming the same blobs.
    const blob = (d: string): string => `blobs/sha256/${d.slice(7)}`
    const saved = [{ Config: blob(manifest.config.digest), RepoTags: ['app:1'], Layers: [blob(layer.digest)] }]
    items.push({ name: 'manifest.json', content: JSON.stringify(saved) })
  }
  const archive = await makeTar(items)
  const file = join(dir, `${kind}.tar`)
  await writeFile(file, archive)
  const offset = archive.indexOf(await readFile(blobFile))
  expect(offset).toBeGreaterThan(0)
  return { source: `${kind}:${file}`, digest: layer.digest, file, offset, size: layer.size }
}

/** Change one byte in the middle of the layer's stored bytes: same size, another digest. */
async function tamper(img: Image): Promise<void> {
  const bytes = await readFile(img.file)
  const at = img.offset + Math.floor(img.size / 2)
  bytes.writeUInt8((bytes[at] as number) ^ 0xff, at)
  await writeFile(img.file, bytes)
}

/** verify() as the CLI runs it on an image, with the facts cache in `cache`; the cache's own line of the log kept. */
async function run(source: string, cache: string): Promise<{ report: Report; cacheLine: string }> {
  const lines: string[] = []
  const log: Logger = {
    info: () => undefined,
    warning: m => lines.push(m),
    debug: m => lines.push(m),
    group: async (_name, fn) => fn(),
    stream: new Writable({ write: (_c, _e, cb) => cb() })
  }
  const report = await verify({
    image: source,
    platforms: [],
    config: EMPTY_CONFIG,
    failOn: 'error',
    log,
    cacheDir: cache
  })
  return { report, cacheLine: lines.find(l => l.startsWith('facts cache ')) ?? lines.join('\n') }
}

describe.each(['oci', 'oci-archive', 'docker-archive'] as const)('%s, with a warm facts cache', kind => {
  test('the same bytes again: a pass, the layer taken from the cache', async () => {
    const img = await image(kind)
    const cache = join(dir, 'cache')
    expect((await run(img.source, cache)).report.verdict).toBe('pass')
    const warm = await run(img.source, cache)
    expect([warm.report.verdict, warm.cacheLine]).toEqual([
      'pass',
      expect.stringContaining(': 1 layer(s) from the cache, 0 read')
    ])
  })

  test('a layer changed in place after its facts were cached is never a pass: unreadable, naming its digest', async () => {
    const img = await image(kind)
    const cache = join(dir, 'cache')
    expect((await run(img.source, cache)).report.verdict).toBe('pass')
    await tamper(img)
    const warm = await run(img.source, cache)
    expect(warm.cacheLine).toContain(': 1 layer(s) from the cache')
    expect({
      verdict: warm.report.verdict,
      status: warm.report.platforms.map(p => p.status),
      findings: warm.report.findings.map(f => [f.rule, f.severity])
    }).toEqual({ verdict: 'fail', status: ['unreadable'], findings: [['image-unreadable', 'error']] })
    expect(warm.report.findings[0]?.message).toContain(`layer ${img.digest} does not match its digest`)
  })
})
