/**
 * node_modules trees, installed by the host's npm for a target platform, as a `FROM --platform=$BUILDPLATFORM`
 * build stage does: `npm install --os=... --cpu=... --libc=... --ignore-scripts`. Install scripts are not run: a
 * cross-install cannot run the target's scripts, and most of them here would download from GitHub or compile.
 *
 * Each tree is kept in a cache (MV_NPM_TREES, default /var/cache/multiarch-verify/npm-trees), keyed by the package
 * list, the target and npm's version; npm's own download cache is MV_NPM_CACHE (default
 * /var/cache/multiarch-verify/npm). A rerun copies the cached tree with hard links and asks the registry nothing.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { log, run } from '../../loader/lib/util.mjs'

export const NPM_CACHE = process.env.MV_NPM_CACHE || '/var/cache/multiarch-verify/npm'
export const TREE_CACHE = process.env.MV_NPM_TREES || '/var/cache/multiarch-verify/npm-trees'

/** The npm targets. `merge`: a tree made of two installs (see bothLibc). */
export const TARGETS = {
  'linux-x64-glibc': { os: 'linux', cpu: 'x64', libc: 'glibc' },
  'linux-arm64-glibc': { os: 'linux', cpu: 'arm64', libc: 'glibc' },
  'linux-x64-musl': { os: 'linux', cpu: 'x64', libc: 'musl' },
  'linux-arm64-musl': { os: 'linux', cpu: 'arm64', libc: 'musl' },
  // An arm64 Mac: npm has no --libc there (a package with "libc" is for Linux and fails its "os" check anyway).
  'darwin-arm64': { os: 'darwin', cpu: 'arm64' },
  'linux-x64-both': { merge: ['linux-x64-glibc', 'linux-x64-musl'] },
  'linux-arm64-both': { merge: ['linux-arm64-glibc', 'linux-arm64-musl'] }
}

let npmVersion = null
async function npmV() {
  npmVersion ??= (await run(['npm', '--version'], { check: true })).stdout.trim()
  return npmVersion
}

/** The npm argv for a target (recorded in tree.json, so the install can be repeated by hand). */
export const npmArgs = t => [
  'npm',
  'install',
  `--os=${t.os}`,
  `--cpu=${t.cpu}`,
  ...(t.libc ? [`--libc=${t.libc}`] : []),
  '--ignore-scripts',
  '--no-audit',
  '--no-fund',
  '--prefer-offline',
  '--loglevel=warn',
  `--cache=${NPM_CACHE}`
]

/**
 * The tree for `target` with `deps` ({ name: version }) and the app's `files` ({ 'index.js': text }): returns
 * { dir (holds app/), key, fromCache, ms, npm: argv, merged? }. `label` names the set in logs.
 */
export async function tree(target, deps, files, label, overrides = {}) {
  const t = TARGETS[target]
  if (!t) throw new Error(`unknown npm target ${target}`)
  const key = createHash('sha256')
    .update(JSON.stringify([target, deps, overrides, files, await npmV(), t.merge ? 'merge-1' : '']))
    .digest('hex')
    .slice(0, 16)
  const dir = join(TREE_CACHE, `${label}-${target}-${key}`)
  if (existsSync(join(dir, 'tree.json'))) return { dir, key, fromCache: true, ms: 0, target }
  const started = Date.now()
  const staging = `${dir}.partial-${process.pid}`
  await run(['rm', '-rf', staging])
  mkdirSync(join(staging, 'app'), { recursive: true })
  let meta
  if (t.merge) meta = await bothLibc(t.merge, deps, files, label, staging, overrides)
  else {
    const app = join(staging, 'app')
    const pkg = { name: 'app', version: '1.0.0', private: true, dependencies: deps }
    if (Object.keys(overrides).length) pkg.overrides = overrides
    writeFileSync(join(app, 'package.json'), JSON.stringify(pkg, null, 2) + '\n')
    for (const [name, text] of Object.entries(files)) writeFileSync(join(app, name), text)
    log(`npm install for ${label} ${target} (${Object.keys(deps).length} packages)`)
    const argv = npmArgs(t)
    const r = await run(argv, { cwd: app, timeoutMs: 30 * 60_000 })
    writeFileSync(join(staging, 'install.log'), `$ ${argv.join(' ')}\n${r.stdout}${r.stderr}`)
    if (r.exit !== 0) throw new Error(`npm install for ${target} failed (${r.exit}): ${r.stderr.slice(-3000)}`)
    meta = { target, npm: argv, npmVersion: await npmV(), registryMissing: registryMissing(app) }
  }
  meta.ms = Date.now() - started
  writeFileSync(join(staging, 'tree.json'), JSON.stringify(meta, null, 2) + '\n')
  await run(['rm', '-rf', dir])
  renameSync(staging, dir)
  return { dir, key, fromCache: false, ms: meta.ms, target }
}

/**
 * A tree holding both libc builds, as yarn v1 or an old lockfile leaves it (yarn v1 does not know the `libc`
 * field): the glibc install, plus every package of the musl install that the glibc one lacks (the -musl platform
 * packages). npm itself cannot install both: `--libc` takes one value.
 */
async function bothLibc([base, extra], deps, files, label, staging, overrides) {
  const a = await tree(base, deps, files, label, overrides)
  const b = await tree(extra, deps, files, label, overrides)
  await run(['cp', '-al', join(a.dir, 'app'), join(staging, 'app-tmp')], { check: true })
  await run(['rm', '-rf', join(staging, 'app')])
  renameSync(join(staging, 'app-tmp'), join(staging, 'app'))
  const merged = []
  const nmA = join(staging, 'app', 'node_modules')
  const nmB = join(b.dir, 'app', 'node_modules')
  for (const name of readdirSync(nmB)) {
    const names = name.startsWith('@') ? readdirSync(join(nmB, name)).map(n => `${name}/${n}`) : [name]
    for (const n of names) {
      if (n.startsWith('.') || existsSync(join(nmA, n))) continue
      mkdirSync(join(nmA, n, '..'), { recursive: true })
      await run(['cp', '-al', join(nmB, n), join(nmA, n)], { check: true })
      merged.push(n)
    }
  }
  return { target: `${base}+${extra}`, merge: [a.dir, b.dir], added: merged.sort(), npmVersion: await npmV() }
}

/**
 * Optional dependencies npm could not resolve at all: absent from package-lock.json, where npm records every
 * optional platform package it skipped for os/cpu/libc. A 404 on the registry is skipped as silently as a platform
 * mismatch, so the tree just lacks the package; the survey names them rather than let a "correct" image fail for
 * that reason unnoticed.
 */
export function registryMissing(appDir) {
  const lock = JSON.parse(readFileSync(join(appDir, 'package-lock.json'), 'utf8'))
  const names = new Set(Object.keys(lock.packages).map(k => k.replace(/^.*node_modules\//, '')))
  const out = new Set()
  for (const [k, e] of Object.entries(lock.packages))
    for (const [d, v] of Object.entries(e.optionalDependencies ?? {}))
      if (!names.has(d)) out.add(`${d}@${v} (of ${k.replace(/^.*node_modules\//, '') || 'app'})`)
  return [...out].sort()
}

/** The top-level packages of a tree's node_modules (name → version), for the summary. */
export function listPackages(treeDir) {
  const nm = join(treeDir, 'app', 'node_modules')
  const out = []
  for (const name of readdirSync(nm)) {
    if (name.startsWith('.')) continue
    if (name.startsWith('@')) for (const n of readdirSync(join(nm, name))) out.push(`${name}/${n}`)
    else out.push(name)
  }
  return out.sort()
}
