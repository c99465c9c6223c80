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
    for (const f of ['index.js', 'cli.js', 'layer-worker.js']) {
      const fresh = await readFile(join(out, f), 'utf8')
      const committed = await readFile(join(ROOT, 'dist', f), 'utf8')
      expect(committed === fresh ? 'up to date' : `dist/${f} is stale: run npm run bundle`).toBe('up to date')
    }
  } finally {
    await rm(out, { recursive: true, force: true })
  }
})

test('the version in the code is the package version', async () => {
  const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'))
  expect(VERSION).toBe(pkg.version)
})
