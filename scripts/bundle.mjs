// Bundles the action (dist/index.js) and the CLI (dist/cli.js) as self-contained ESM for Node 20+.
import { build } from 'esbuild'
import { readFile } from 'node:fs/promises'

// --outdir DIR bundles elsewhere (the staleness test compares that with the committed dist/).
const i = process.argv.indexOf('--outdir')
const outdir = i > 0 ? process.argv[i + 1] : 'dist'
const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'))
// Some dependencies are CommonJS and call require(); give the ESM bundle one.
const banner =
  "import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url);"

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning'
}

await build({ ...common, entryPoints: ['src/index.ts'], outfile: `${outdir}/index.js`, banner: { js: banner } })
await build({
  ...common,
  entryPoints: ['src/cli.ts'],
  outfile: `${outdir}/cli.js`,
  banner: { js: `#!/usr/bin/env node\n${banner}` }
})
// The layer walker's worker thread, loaded by dist/index.js and dist/cli.js from beside them.
await build({
  ...common,
  entryPoints: ['src/image/layer-worker.ts'],
  outfile: `${outdir}/layer-worker.js`,
  banner: { js: banner }
})
console.log(`bundled ${pkg.name} ${pkg.version} into ${outdir}/`)
