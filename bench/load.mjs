// The load test: all 8 platforms of bench/make-load-image.mjs's image (about 1 GB of layers each, none shared),
// inspected in one run, against the engine's memory bound. Prints time, peak RSS (the process and its worker
// threads) and the bytes read.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { stealMeter } from './steal.mjs'

const root = new URL('..', import.meta.url).pathname
const dir = process.env.MV_BENCH_DIR || '/var/cache/multiarch-verify-bench'
const layout = join(dir, 'load')
const BOUND_MB = 250

const { platforms, unpacked } = JSON.parse(readFileSync(join(layout, 'load.json'), 'utf8'))
const stolen = stealMeter()
const t0 = process.hrtime.bigint()
const r = spawnSync(
  '/usr/bin/time',
  [
    '-f',
    '%M',
    process.execPath,
    join(root, 'dist', 'cli.js'),
    'inspect',
    `oci:${layout}`,
    '--format',
    'json',
    '--fail-on',
    'never',
    '--no-cache'
  ],
  { encoding: 'utf8', maxBuffer: 1 << 28 }
)
const seconds = Number(process.hrtime.bigint() - t0) / 1e9
if (r.status !== 0) throw new Error(`the load run failed (${r.status}): ${r.stderr.slice(-2000)}`)
const rssMb = Number(r.stderr.trim().split('\n').pop()) / 1024
const report = JSON.parse(r.stdout)
const total = Object.values(unpacked).reduce((a, b) => a + b, 0)
const files = report.platforms.reduce((n, p) => n + p.executables, 0)

console.log(`load: ${platforms.length} platforms, ${(total / 1e9).toFixed(1)} GB of layers unpacked, none shared`)
console.log(
  `  inspected ${report.platforms.filter(p => p.status !== 'unreadable').length} of ${platforms.length} platforms, ${files} programs, ${report.findings.length} findings`
)
console.log(
  `  ${seconds.toFixed(1)} s (${(total / 1e6 / seconds).toFixed(0)} MB/s unpacked)   peak RSS ${rssMb.toFixed(0)} MB`
)
console.log(`  ${rssMb < BOUND_MB ? 'ok  ' : 'MISS'} peak RSS ${rssMb.toFixed(0)} MB (bound < ${BOUND_MB} MB)`)
const steal = stolen()
if (steal) console.log(`  ${steal}`)
