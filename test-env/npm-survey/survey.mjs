#!/usr/bin/env node
/**
 * The npm survey: much-downloaded npm packages with native code, installed per platform as npm installs them,
 * loaded by the real `node` of a real Debian 13 userland (chroot; QEMU for arm64), and what node did recorded as
 * JSON beside an OCI layout of each image. The ground truth for multiarch-verify's model of npm packages' loaders.
 *
 *   node test-env/npm-survey/survey.mjs [--out DIR] [--set ci|full] [--scenarios correct,copied,mac,both-libc,pruned]
 *        [--arches amd64,arm64] [--jobs N] [--timeout SECONDS] [--packages a,b]
 *
 * Writes DIR/summary.json, DIR/summary.md, DIR/facts.md, DIR/<scenario>/<arch>/{oracle.json,image/,rootfs/,logs/},
 * DIR/trees/<tree>/{app/,facts.json,tree.json}. See README.md beside this file. Needs root (chroot, mount), npm,
 * apt, dpkg-deb, GNU tar, and binfmt handlers for QEMU (qemu-user-static) for arm64.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { DEB_CACHE, userlandDebs } from '../loader/lib/apt.mjs'
import { platformString } from '../loader/lib/arches.mjs'
import { writeLayout, tarLayer } from '../loader/lib/oci.mjs'
import { buildRootfs, cloneRootfs } from '../loader/lib/rootfs.mjs'
import { log, pool, run, seconds } from '../loader/lib/util.mjs'
import { appFiles } from './lib/app.mjs'
import { treeFacts } from './lib/facts.mjs'
import { checkRuntime, prepareRoot, runPackage, runtimeInfo, unmountAll, unmountStale } from './lib/oracle.mjs'
import { NPM_CACHE, TREE_CACHE, registryMissing, tree } from './lib/trees.mjs'
import { LLAMA, PACKAGES } from './packages.mjs'
import { writeDigests } from './report.mjs'

/**
 * Debian 13 as debian:trixie-slim is made (debootstrap's minbase: the packages of Priority required, listed from
 * trixie's Packages file) plus its nodejs (20.19): what `FROM debian:trixie-slim` + `apt-get install nodejs` gives.
 * A smaller set (nodejs and its dependencies alone) leaves out liblzma.so.5, which dprint's Linux executable needs.
 */
const USERLAND = [
  'apt',
  'base-files',
  'base-passwd',
  'bash',
  'bsdutils',
  'coreutils',
  'dash',
  'debconf',
  'debianutils',
  'diffutils',
  'dpkg',
  'findutils',
  'grep',
  'gzip',
  'hostname',
  'init-system-helpers',
  'libc-bin',
  'libpam-modules',
  'libpam-modules-bin',
  'libpam-runtime',
  'login',
  'login.defs',
  'mawk',
  'mount',
  'ncurses-base',
  'ncurses-bin',
  'passwd',
  'perl-base',
  'sed',
  'sysvinit-utils',
  'tar',
  'tzdata',
  'util-linux',
  'nodejs'
]
const NPM_ARCH = { amd64: 'x64', arm64: 'arm64' }

/**
 * Scenarios: which tree goes into which image. `set`: 'main' (the survey list) or 'llama' (node-llama-cpp alone).
 * `optIn`: not run unless named in --scenarios.
 */
const SCENARIOS = {
  correct: { set: 'main', tree: a => `linux-${NPM_ARCH[a]}-glibc`, about: "each arch's own npm install" },
  copied: {
    set: 'main',
    tree: a => `linux-${a === 'amd64' ? 'arm64' : 'x64'}-glibc`,
    about: "the other arch's node_modules copied in (a --platform=$BUILDPLATFORM stage without --cpu)"
  },
  mac: { set: 'main', tree: () => 'darwin-arm64', about: 'a node_modules installed on an arm64 Mac, copied in' },
  'both-libc': {
    set: 'main',
    tree: a => `linux-${NPM_ARCH[a]}-both`,
    about: 'glibc and musl platform packages side by side (yarn v1, old lockfiles)'
  },
  pruned: {
    set: 'main',
    tree: a => `linux-${NPM_ARCH[a]}-glibc`,
    // Under app/: what is left out of the tree's copy (a package sharp needs, from another npm package).
    prune: a => [`node_modules/@img/sharp-libvips-linux-${NPM_ARCH[a]}`],
    about: "each arch's own install without sharp's libvips package (an optional dependency pruned or not copied)"
  },
  llama: {
    set: 'llama',
    optIn: true,
    tree: a => `linux-${NPM_ARCH[a]}-glibc`,
    about: "node-llama-cpp, each arch's own install"
  },
  'llama-copied': {
    set: 'llama',
    optIn: true,
    tree: a => `linux-${a === 'amd64' ? 'arm64' : 'x64'}-glibc`,
    about: "node-llama-cpp, the other arch's install copied in"
  }
}

const { values: args } = parseArgs({
  options: {
    out: { type: 'string', default: '/var/tmp/mv-npm-survey' },
    set: { type: 'string', default: 'ci' },
    scenarios: { type: 'string' },
    arches: { type: 'string', default: 'amd64,arm64' },
    packages: { type: 'string' },
    jobs: { type: 'string', default: '2' },
    timeout: { type: 'string', default: '120' },
    help: { type: 'boolean', short: 'h' }
  }
})
if (args.help) {
  process.stderr.write(
    'usage: node test-env/npm-survey/survey.mjs [--out DIR] [--set ci|full] [--scenarios correct,copied,mac,both-libc,pruned,llama,llama-copied]\n' +
      '         [--arches amd64,arm64] [--packages a,b] [--jobs N] [--timeout SECONDS]\n'
  )
  process.exit(0)
}
if (!['ci', 'full'].includes(args.set)) throw new Error(`unknown set ${args.set} (ci or full)`)
const arches = args.arches.split(',').filter(Boolean)
for (const a of arches) if (!NPM_ARCH[a]) throw new Error(`unsupported arch ${a} (amd64, arm64)`)
const scenarios = args.scenarios
  ? args.scenarios.split(',').filter(Boolean)
  : Object.keys(SCENARIOS).filter(s => !SCENARIOS[s].optIn)
for (const s of scenarios) if (!SCENARIOS[s]) throw new Error(`unknown scenario ${s}`)
if (process.getuid?.() !== 0) throw new Error('survey.mjs needs root (chroot, mount)')
const OUT = resolve(args.out)
const timeoutMs = Number(args.timeout) * 1000
const jobs = Math.max(1, Number(args.jobs) || 2)

let mainPackages = args.set === 'ci' ? PACKAGES.filter(p => p.ci) : PACKAGES
if (args.packages) {
  const want = new Set(args.packages.split(','))
  mainPackages = PACKAGES.filter(p => want.has(p.name))
  if (mainPackages.length !== want.size) throw new Error(`unknown package in --packages ${args.packages}`)
}
const SETS = { main: mainPackages, llama: [LLAMA] }
const setLabel = s => (s === 'llama' ? 'llama' : args.packages ? 'pick' : args.set)

for (const sig of ['SIGINT', 'SIGTERM'])
  process.on(sig, async () => {
    log(`${sig}: unmounting and leaving`)
    await unmountAll()
    process.exit(130)
  })

const t0 = Date.now()
const timings = {}
await unmountStale(OUT)
await run(['rm', '-rf', '--one-file-system', OUT])
mkdirSync(join(OUT, '.layers'), { recursive: true })
log(`out ${OUT}, set ${args.set}, scenarios ${scenarios.join(' ')}, arches ${arches.join(' ')}`)

// 1. Trees: npm installs per target, from the tree cache when the same install was done before.
const treesNeeded = new Map() // "<set>:<target>" → { set, target }
for (const s of scenarios)
  for (const a of arches) {
    const target = SCENARIOS[s].tree(a)
    treesNeeded.set(`${SCENARIOS[s].set}:${target}`, { set: SCENARIOS[s].set, target })
  }
const trees = {}
const factsByTree = {}
for (const [key, { set, target }] of treesNeeded) {
  const pkgs = SETS[set]
  const deps = Object.fromEntries(pkgs.map(p => [p.name, p.version]))
  const overrides = Object.assign({}, ...pkgs.map(p => p.overrides ?? {}))
  const t = await tree(target, deps, appFiles(pkgs), setLabel(set), overrides)
  const name = `${set === 'llama' ? 'llama-' : ''}${target}`
  const dir = join(OUT, 'trees', name)
  mkdirSync(dir, { recursive: true })
  await run(['cp', '-al', join(t.dir, 'app'), join(dir, 'app')], { check: true })
  writeFileSync(join(dir, 'tree.json'), readFileSync(join(t.dir, 'tree.json')))
  if (existsSync(join(t.dir, 'install.log')))
    writeFileSync(join(dir, 'install.log'), readFileSync(join(t.dir, 'install.log')))
  const facts = treeFacts(
    join(dir, 'app'),
    pkgs.map(p => p.name)
  )
  writeFileSync(join(dir, 'facts.json'), JSON.stringify(facts, null, 1) + '\n')
  factsByTree[name] = facts
  const { stdout } = await run(['du', '-sm', join(dir, 'app', 'node_modules')])
  trees[key] = {
    name,
    dir,
    cacheDir: t.dir,
    fromCache: t.fromCache,
    installMs: t.ms,
    mb: Number(stdout.split('\t')[0]),
    registryMissing: registryMissing(join(dir, 'app'))
  }
  if (trees[key].registryMissing.length)
    log(`tree ${name}: optional dependencies npm could not resolve (404): ${trees[key].registryMissing.join(', ')}`)
  log(`tree ${name}: ${t.fromCache ? 'from the tree cache' : `installed in ${seconds(t.ms)} s`}, ${trees[key].mb} MB`)
}
timings.trees = Date.now() - t0

// 2. Userlands: Debian 13 with nodejs, one per arch, and its image layer (shared by every image of that arch).
const userlands = {}
for (const arch of arches) {
  const ta = Date.now()
  const u = await userlandDebs(arch, USERLAND, { trixieState: true })
  const root = join(OUT, 'userland', arch, 'rootfs')
  await buildRootfs(u.debs, root)
  const layer = await tarLayer(root, join(OUT, '.layers', `base-${arch}.tar`))
  userlands[arch] = {
    root,
    layer,
    packages: u.packages.map(p => `${p.name}:${p.arch} ${p.version}`),
    debBytes: u.bytes,
    downloaded: u.downloaded,
    ms: Date.now() - ta
  }
  writeFileSync(join(OUT, 'userland', arch, 'packages.txt'), userlands[arch].packages.join('\n') + '\n')
  log(`${arch}: userland of ${u.packages.length} packages in ${seconds(userlands[arch].ms)} s`)
}
timings.userlands = Date.now() - t0 - timings.trees

// 3. App layers: one per tree.
for (const t of Object.values(trees))
  t.layer = await tarLayer(t.dir, join(OUT, '.layers', `app-${t.name}.tar`), { names: ['app'] })

// 4. Scenarios: image, then the oracle.
const summary = {
  generator: 'test-env/npm-survey/survey.mjs',
  set: args.set,
  packages: SETS.main.map(p => `${p.name}@${p.version}`),
  scenarios: {},
  arches: {},
  trees: Object.fromEntries(
    Object.values(trees).map(t => [
      t.name,
      { fromCache: t.fromCache, installMs: t.installMs, mb: t.mb, registryMissing: t.registryMissing }
    ])
  ),
  userland: Object.fromEntries(
    arches.map(a => [
      a,
      { packages: userlands[a].packages.length, debBytes: userlands[a].debBytes, ms: userlands[a].ms }
    ])
  ),
  npmCache: NPM_CACHE,
  treeCache: TREE_CACHE,
  debCache: DEB_CACHE,
  timings
}
const results = {} // scenario → arch → oracle
const runtimes = {}
for (const s of scenarios) {
  const sc = SCENARIOS[s]
  summary.scenarios[s] = { about: sc.about, arches: {} }
  for (const arch of arches) {
    const ts = Date.now()
    const t = trees[`${sc.set}:${sc.tree(arch)}`]
    const dir = join(OUT, s, arch)
    const root = join(dir, 'rootfs')
    await cloneRootfs(userlands[arch].root, root)
    await run(['cp', '-al', join(t.dir, 'app'), join(root, 'app')], { check: true })
    // A pruned copy is its own layer: the tree's, less what the scenario leaves out (links removed, not the files).
    const pruned = sc.prune?.(arch) ?? []
    for (const rel of pruned) await run(['rm', '-rf', join(root, 'app', rel)], { check: true })
    const appLayer = pruned.length
      ? await tarLayer(root, join(OUT, '.layers', `app-${s}-${arch}.tar`), { names: ['app'] })
      : t.layer
    const without = pruned.length ? ` without ${pruned.join(', ')}` : ''
    const image = await writeLayout(join(dir, 'image'), {
      arch,
      layers: [
        { ...userlands[arch].layer, createdBy: `debian:trixie userland: ${USERLAND.join(' ')} (test-env/npm-survey)` },
        { ...appLayer, createdBy: `COPY app/ /app/ (npm tree ${t.name}${without}, test-env/npm-survey)` }
      ],
      entrypoint: ['/usr/bin/node', '/app/index.js'],
      workingDir: '/app',
      title: `mv-npm-survey/${s}/${arch}`
    })
    const cleanup = await prepareRoot(root)
    let oracle
    try {
      // node, its version and libc are the userland's: asked once per arch.
      const runtime = (runtimes[arch] ??= await runtimeInfo(root, { timeoutMs }))
      checkRuntime(runtime, arch)
      log(`${s} ${arch}: node ${runtime.node} (${runtime.osRelease}), ${SETS[sc.set].length} packages, tree ${t.name}`)
      const records = await pool(
        SETS[sc.set],
        async pkg => {
          try {
            const rec = await runPackage(root, arch, pkg, { timeoutMs, logDir: join(dir, 'logs') })
            log(
              `${s} ${arch} ${pkg.name}: ${rec.ok ? (rec.fallback ? 'ok (fallback)' : 'ok') : `FAIL ${rec.error.message.split('\n')[0].slice(0, 100)}`} ${seconds(rec.ms)} s`
            )
            return rec
          } catch (e) {
            return { name: pkg.name, version: pkg.version, layout: pkg.layout, ok: false, harnessError: e.message }
          }
        },
        jobs
      )
      oracle = {
        scenario: s,
        about: sc.about,
        arch,
        platform: platformString(arch),
        set: args.set,
        tree: t.name,
        runtime,
        image: { path: 'image', ...image, entrypoint: ['/usr/bin/node', '/app/index.js'] },
        timeoutMs,
        packages: records
      }
    } finally {
      const changed = await cleanup()
      if (oracle) oracle.appWrites = changed
    }
    writeFileSync(join(dir, 'oracle.json'), JSON.stringify(oracle, null, 1) + '\n')
    ;(results[s] ??= {})[arch] = oracle
    const n = oracle.packages.filter(p => p.ok).length
    summary.scenarios[s].arches[arch] = { tree: t.name, ok: n, failed: oracle.packages.length - n, ms: Date.now() - ts }
    summary.arches[arch] = { platform: platformString(arch), node: oracle.runtime.node, os: oracle.runtime.osRelease }
    log(`${s} ${arch}: ${n}/${oracle.packages.length} ok in ${seconds(Date.now() - ts)} s`)
  }
}
await run(['rm', '-rf', join(OUT, '.layers')])
timings.total = Date.now() - t0
const { stdout: du } = await run(['du', '-sm', OUT])
summary.outMB = Number(du.split('\t')[0])
writeFileSync(join(OUT, 'summary.json'), JSON.stringify(summary, null, 1) + '\n')
writeDigests(OUT, { summary, results, facts: factsByTree, sets: SETS })
log(`done in ${seconds(timings.total)} s: ${join(OUT, 'summary.md')}, ${join(OUT, 'facts.md')}`)
