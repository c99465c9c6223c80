// Bundles the action (dist/index.js) and the CLI (dist/cli.js) as self-contained ESM for Node 20+, and writes
// dist/licenses.txt: the license of every third-party package the bundles contain, as their licenses require.
// Only the runtime dependency graph is bundled (package-lock.json's packages not marked dev): a package that only the
// development tools bring into node_modules is never copied into dist/, even when a runtime package would take it if
// it were there. Such an import is left to Node at run time only when it is known to be optional (OPTIONAL_IMPORTS);
// any other is an error, since the action would then behave differently on a machine without the dev tools.
import { build } from 'esbuild'
import { createHash } from 'node:crypto'
import { realpathSync } from 'node:fs'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import semver from 'semver'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
// --outdir DIR bundles elsewhere (the staleness test compares that with the committed dist/).
const i = process.argv.indexOf('--outdir')
const outdir = i > 0 ? process.argv[i + 1] : join(ROOT, 'dist')
const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'))
// node_modules may be a link (`npm run mutate` links the checkout's into its copies): esbuild gives real paths.
const MODULES = realpathSync(join(ROOT, 'node_modules'))
/** A path esbuild gave (absolute, or relative to ROOT), as `node_modules/...` when it is in node_modules. */
const fromRoot = path => {
  const abs = resolve(ROOT, path)
  return abs.startsWith(`${MODULES}/`) ? `node_modules/${abs.slice(MODULES.length + 1)}` : relative(ROOT, abs)
}
// Some dependencies are CommonJS and call require(); give the ESM bundle one.
const banner =
  "import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url);"

/** Imports of packages outside the runtime graph that their importer treats as optional, with why. */
const OPTIONAL_IMPORTS = {
  'supports-color': "debug's colours, required in a try/catch (it is only there because the test tools are)"
}

const lock = JSON.parse(await readFile(join(ROOT, 'package-lock.json'), 'utf8'))
/** node_modules/... directories of the runtime graph: every lockfile package not marked dev. */
const runtimeDirs = new Set(
  Object.entries(lock.packages)
    .filter(([dir, p]) => dir && !p.dev)
    .map(([dir]) => dir)
)
const leftOut = new Map()

/** Leaves out of the bundle every package the runtime graph does not contain (see the top of this file). */
const runtimeGraphOnly = {
  name: 'runtime-graph-only',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, async args => {
      if (args.pluginData?.runtimeGraphOnly || args.path.startsWith('node:')) return undefined
      const r = await build.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        importer: args.importer,
        pluginData: { runtimeGraphOnly: true }
      })
      if (r.errors.length || r.external || !r.path.includes('node_modules')) return r.errors.length ? undefined : r
      const dir = packageDir(fromRoot(r.path))
      if (!dir || runtimeDirs.has(dir)) return r
      const name = /node_modules\/((?:@[^/]+\/)?[^/]+)$/.exec(dir)?.[1] ?? dir
      leftOut.set(name, relative(ROOT, args.importer))
      return { path: args.path, external: true }
    })
  }
}

const common = {
  absWorkingDir: ROOT,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // The notices go to dist/licenses.txt whole, instead of scattered comments.
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
  plugins: [runtimeGraphOnly]
}

const builds = [
  { ...common, entryPoints: ['src/index.ts'], outfile: `${outdir}/index.js`, banner: { js: banner } },
  {
    ...common,
    entryPoints: ['src/cli.ts'],
    outfile: `${outdir}/cli.js`,
    banner: { js: `#!/usr/bin/env node\n${banner}` }
  },
  // The layer walker's worker thread, loaded by dist/index.js and dist/cli.js from beside them.
  {
    ...common,
    entryPoints: ['src/image/layer-worker.ts'],
    outfile: `${outdir}/layer-worker.js`,
    banner: { js: banner }
  }
]

/** node_modules/a/node_modules/@s/b/x.js → node_modules/a/node_modules/@s/b: the package a bundled file comes from. */
const packageDir = input => /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input)?.[1]

const dirs = new Set()
for (const options of builds) {
  const { metafile } = await build(options)
  for (const input of Object.keys(metafile.inputs)) {
    const dir = packageDir(fromRoot(input))
    if (dir) dirs.add(dir)
  }
}
const unexpected = [...leftOut].filter(([name]) => !OPTIONAL_IMPORTS[name])
if (unexpected.length) {
  for (const [name, importer] of unexpected)
    console.error(`bundle: ${importer} imports ${name}, which only the development dependencies install`)
  console.error(
    'bundle: add it to dependencies in package.json (or, if its importer treats it as optional, to OPTIONAL_IMPORTS)'
  )
  process.exit(1)
}
const outside = [...dirs].filter(d => !runtimeDirs.has(d))
if (outside.length) throw new Error(`bundle: packages outside the runtime graph were bundled: ${outside.join(', ')}`)

// The engine's content hash (the facts cache's version, src/version.ts): of every bundle as built with the
// placeholder, written in its place, so that any change to the code starts a new cache. Deterministic: the same
// sources give the same dist/.
const PLACEHOLDER = '@@MULTIARCH_VERIFY_ENGINE_BUILD@@'
const outputs = builds.map(b => b.outfile)
const engineHash = createHash('sha256')
for (const file of outputs) engineHash.update(await readFile(file))
const engineBuild = engineHash.digest('hex').slice(0, 32)
for (const file of outputs) {
  const text = await readFile(file, 'utf8')
  if (!text.includes(PLACEHOLDER) && file.endsWith('cli.js'))
    throw new Error(`bundle: no engine placeholder in ${file}`)
  await writeFile(file, text.split(PLACEHOLDER).join(engineBuild))
}

const LICENSE_FILE = /^(licen[cs]e|copying|notice)(\.(md|txt))?$/i
const minNode = semver.minVersion(pkg.engines.node)
const problems = []
const entries = []
for (const dir of dirs) {
  const meta = JSON.parse(await readFile(join(ROOT, dir, 'package.json'), 'utf8'))
  const id = `${meta.name}@${meta.version}`
  // A bundled package that needs a newer Node than package.json's engines would break the CLI on that Node.
  const wants = meta.engines?.node
  if (wants && !semver.satisfies(minNode, wants))
    problems.push(`${id} needs Node ${wants}, but package.json's engines say ${pkg.engines.node}`)
  const files = (await readdir(join(ROOT, dir))).filter(f => LICENSE_FILE.test(f)).sort()
  if (files.length === 0) problems.push(`${id} (${dir}) ships no license file: its notice cannot be reproduced`)
  const texts = await Promise.all(files.map(f => readFile(join(ROOT, dir, f), 'utf8')))
  entries.push({ id, license: meta.license ?? 'UNKNOWN', dir, texts })
}
if (problems.length) {
  console.error(problems.map(p => `bundle: ${p}`).join('\n'))
  process.exit(1)
}

// Deduplicated by package and version (a package nested twice at one version is one entry), sorted by name.
const seen = new Map()
for (const e of entries) if (!seen.has(e.id)) seen.set(e.id, e)
const sorted = [...seen.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
const rule = '-'.repeat(100)
const out = [
  `${pkg.name} ${pkg.version} bundles the following third-party packages into dist/.`,
  `Their licenses follow, each as the package ships it. ${pkg.name} itself is under the license in LICENSE.`,
  '',
  ...sorted.map(e => `${e.id} (${e.license})`),
  ''
]
for (const e of sorted) {
  out.push(rule, `${e.id}`, `License: ${e.license}`, `From: ${relative(ROOT, join(ROOT, e.dir))}`, '')
  for (const t of e.texts) out.push(t.trim(), '')
}
await writeFile(join(outdir, 'licenses.txt'), `${out.join('\n').trimEnd()}\n`)
console.log(
  `bundled ${pkg.name} ${pkg.version} into ${relative(ROOT, outdir) || outdir}/ (${sorted.length} packages in licenses.txt)`
)
