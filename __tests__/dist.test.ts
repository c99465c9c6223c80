/** dist/ is what the runner and the CLI's users execute: it must be the bundle of the src/ it is committed with. */
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT } from './helpers/fixtures.js'
import { VERSION } from '../src/version.js'

test('the committed dist/ matches a fresh bundle of src/', async () => {
  const out = await mkdtemp(join(tmpdir(), 'mv-dist-'))
  try {
    await new Promise<void>((resolve, reject) =>
      execFile(process.execPath, [join(ROOT, 'scripts', 'bundle.mjs'), '--outdir', out], { cwd: ROOT }, err =>
        err ? reject(err) : resolve()
      )
    )
    for (const f of ['index.js', 'cli.js', 'layer-worker.js', 'licenses.txt']) {
      const fresh = await readFile(join(out, f), 'utf8')
      const committed = await readFile(join(ROOT, 'dist', f), 'utf8')
      expect(committed === fresh ? 'up to date' : `dist/${f} is stale: run npm run bundle`).toBe('up to date')
    }
  } finally {
    await rm(out, { recursive: true, force: true })
  }
})

test('LICENSE is the MIT license package.json names', async () => {
  const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'))
  expect(pkg.license).toBe('MIT')
  expect(await readFile(join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} /)
})

test('dist/licenses.txt carries the license text of every runtime dependency the bundles contain', async () => {
  const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'))
  const text = await readFile(join(ROOT, 'dist', 'licenses.txt'), 'utf8')
  const sections = text.split(/^-{100}$/m).slice(1)
  const named = new Map(sections.map(s => [s.trim().split('\n')[0] as string, s]))
  for (const dep of Object.keys(pkg.dependencies)) {
    const { version } = JSON.parse(await readFile(join(ROOT, 'node_modules', dep, 'package.json'), 'utf8'))
    const section = named.get(`${dep}@${version}`)
    expect(section ? 'listed' : `${dep}@${version} is missing from dist/licenses.txt`).toBe('listed')
    // The notice itself, not only a name: every license text this bundle carries has a permission grant in it.
    expect(section).toMatch(/permission|licensed|Blue Oak|Apache License/i)
  }
})

test('the version in the code is the package version', async () => {
  const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'))
  expect(VERSION).toBe(pkg.version)
})

test('dist/licenses.txt lists the runtime dependency graph only, never a package only the dev tools install', async () => {
  const lock = JSON.parse(await readFile(join(ROOT, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { version?: string; dev?: boolean }>
  }
  const runtime = new Set(
    Object.entries(lock.packages)
      .filter(([dir, p]) => dir && !p.dev)
      .map(([dir, p]) => `${dir.replace(/^.*node_modules\//, '')}@${p.version}`)
  )
  const text = await readFile(join(ROOT, 'dist', 'licenses.txt'), 'utf8')
  const listed = [...text.matchAll(/^-{100}\n(\S+)\n/gm)].map(m => m[1] as string)
  expect(listed.length).toBeGreaterThan(30)
  expect(listed.filter(id => !runtime.has(id))).toEqual([])
})
