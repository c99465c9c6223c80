#!/usr/bin/env node
/**
 * Runtime ground truth: images whose programs are run by a language runtime or by another libc's loader (Python
 * extensions, Mono assemblies, musl userlands, CUDA programs that need the driver the NVIDIA toolkit injects, ...),
 * built from real Debian packages and real npm packages, and the real loaders and runtimes run on them in a chroot
 * (QEMU through binfmt for arm64). Each scenario is an OCI layout and an oracle.json of what they said.
 *
 *   node test-env/runtimes/make-runtimes.mjs [--out /var/tmp/mv-runtimes] [--arches amd64,arm64] [--set ci|full]
 *        [--groups python,mono,musl,cuda] [--scenarios a,b] [--jobs N] [--no-rootfs]
 *
 * Writes DIR/<arch>/<scenario>/{oracle.json,image/,rootfs/} and DIR/summary.json. See README.md beside this file.
 * Needs root (chroot), dpkg-deb, GNU tar, apt, gcc and binfmt handlers for QEMU.
 *
 * Scenario groups are modules under lib/ named in GROUPS; each exports `scenarios`, a list of
 *   { name, description, arches: [..], sets: ['ci', 'full'],
 *     build: async ctx => ({ entrypoint: [...], env: { NAME: value }, ... }),   // makes ctx.root
 *     oracle: async (ctx, built) => ({ ...fields of oracle.json }) }            // runs the real loaders/runtimes
 * A group is added by adding one line to GROUPS.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { ARCHES, platformString } from '../loader/lib/arches.mjs'
import { DEB_CACHE } from '../loader/lib/apt.mjs'
import { writeImage } from '../loader/lib/oci.mjs'
import { addDevNodes } from '../loader/lib/rootfs.mjs'
import { log, run, seconds } from '../loader/lib/util.mjs'
import { unmountUnder } from './lib/rt-base.mjs'

/** The scenario groups, in the order they run. */
const GROUPS = {
  python: './lib/python.mjs',
  mono: './lib/mono.mjs',
  musl: './lib/musl.mjs',
  cuda: './lib/cuda.mjs',
  java: './lib/java.mjs'
}

const { values: args } = parseArgs({
  options: {
    out: { type: 'string', default: '/var/tmp/mv-runtimes' },
    arches: { type: 'string', default: 'amd64,arm64' },
    set: { type: 'string', default: 'ci' },
    groups: { type: 'string' },
    scenarios: { type: 'string' },
    jobs: { type: 'string' },
    'no-rootfs': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' }
  }
})
if (args.help) {
  process.stderr.write(
    'usage: node test-env/runtimes/make-runtimes.mjs [--out DIR] [--arches amd64,arm64] [--set ci|full]\n' +
      '         [--groups ' +
      Object.keys(GROUPS).join(',') +
      '] [--scenarios a,b] [--jobs N] [--no-rootfs]\n'
  )
  process.exit(0)
}
const OUT = resolve(args.out)
const arches = args.arches.split(',').filter(Boolean)
for (const a of arches) if (!ARCHES[a] || ARCHES[a].trixieOnly) throw new Error(`unsupported architecture ${a}`)
if (!['ci', 'full'].includes(args.set)) throw new Error(`unknown set ${args.set} (ci or full)`)
const groupNames = args.groups ? args.groups.split(',') : Object.keys(GROUPS)
for (const g of groupNames) if (!GROUPS[g]) throw new Error(`unknown group ${g} (${Object.keys(GROUPS).join(', ')})`)
const only = args.scenarios ? new Set(args.scenarios.split(',')) : null
const jobs = Number(args.jobs) || availableParallelism()
if (process.getuid?.() !== 0) throw new Error('make-runtimes.mjs needs root (chroot)')

const t0 = Date.now()
await unmountUnder(OUT) // a /proc a killed run left mounted in a root (lib/rt-base.mjs withProc)
await run(['rm', '-rf', OUT])
const WORK = join(OUT, '.work')
mkdirSync(WORK, { recursive: true })
log(`set ${args.set}, arches ${arches.join(' ')}, groups ${groupNames.join(' ')}, .deb cache ${DEB_CACHE}`)

const summary = { generator: 'test-env/runtimes/make-runtimes.mjs', set: args.set, arches: {}, debCache: DEB_CACHE }
// Shared by every scenario of a run: base roots, unpacked packages, compiled programs (keyed by their module).
const memo = new Map()

for (const g of groupNames) {
  const { scenarios } = await import(GROUPS[g])
  for (const arch of arches) {
    for (const sc of scenarios) {
      if (!sc.arches.includes(arch)) continue
      if (only ? !only.has(sc.name) : !sc.sets.includes(args.set)) continue
      const ts = Date.now()
      const dir = join(OUT, arch, sc.name)
      const root = join(dir, 'rootfs')
      mkdirSync(dir, { recursive: true })
      const ctx = { arch, a: ARCHES[arch], tuple: ARCHES[arch].tuple, set: args.set, dir, root, work: WORK, jobs, memo }
      log(`${arch}/${sc.name}: building`)
      const built = await sc.build(ctx)
      const env = built.env ?? {}
      const image = await writeImage(root, join(dir, 'image'), {
        arch,
        scenario: sc.name,
        description: sc.description,
        entrypoint: built.entrypoint,
        env,
        generator: 'test-env/runtimes/make-runtimes.mjs'
      })
      const tImage = Date.now()
      // Device nodes only while the real programs run; the image was written without them.
      const removeDevNodes = await addDevNodes(root)
      let asked
      try {
        asked = await sc.oracle(ctx, built)
      } finally {
        await removeDevNodes()
      }
      const tOracle = Date.now()
      const oracle = {
        arch,
        platform: platformString(arch),
        group: g,
        scenario: sc.name,
        description: sc.description,
        set: args.set,
        env: Object.entries(env).map(([k, v]) => `${k}=${v}`),
        entrypoint: built.entrypoint,
        image: { path: 'image', ...image },
        ...asked,
        timings: { buildMs: tImage - ts, oracleMs: tOracle - tImage }
      }
      writeFileSync(join(dir, 'oracle.json'), JSON.stringify(oracle, null, 1) + '\n')
      const archSummary = (summary.arches[arch] ??= { platform: platformString(arch), scenarios: {} })
      archSummary.scenarios[sc.name] = {
        group: g,
        description: sc.description,
        layerBytes: image.layerSize,
        verdict: asked.verdict,
        timings: oracle.timings
      }
      log(`${arch}/${sc.name}: done in ${seconds(tOracle - ts)} s${asked.verdict ? `: ${asked.verdict.summary}` : ''}`)
    }
  }
}

if (args['no-rootfs'])
  for (const arch of arches)
    for (const d of existsSync(join(OUT, arch)) ? readdirSync(join(OUT, arch)) : [])
      await run(['rm', '-rf', join(OUT, arch, d, 'rootfs')])
await run(['rm', '-rf', WORK])
summary.totalMs = Date.now() - t0
writeFileSync(join(OUT, 'summary.json'), JSON.stringify(summary, null, 1) + '\n')
log(`done in ${seconds(summary.totalMs)} s: ${OUT}/summary.json`)
