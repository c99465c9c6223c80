// npm run bench: the engine against its floor and against the do-it-yourself way, on the same image, in one run.
// Prints times, ratios and peak RSS. The image comes from bench/make-image.sh (or MV_BENCH_IMAGE=oci:DIR).
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const dir = process.env.MV_BENCH_DIR || '/var/cache/multiarch-verify-bench'
const layout = (process.env.MV_BENCH_IMAGE || `oci:${dir}/oci`).replace(/^oci:/, '')
const runs = Number(process.env.MV_BENCH_RUNS || 3)

function timed(cmd, args, opts = {}) {
  const t0 = process.hrtime.bigint()
  const r = spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 28, ...opts })
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9
  if (r.status !== 0 && !opts.allowFail) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr.slice(-2000)}`)
  const rssKb = Number(r.stderr.trim().split('\n').pop())
  return { seconds, rssMb: rssKb / 1024, stdout: r.stdout }
}

/** The best of `runs` tries: the least disturbed by whatever else the machine was doing. */
function best(fn) {
  let b
  for (let i = 0; i < runs; i++) {
    const r = fn()
    if (!b || r.seconds < b.seconds) b = r
  }
  return b
}

function blobsOf(platform) {
  const json = p => JSON.parse(readFileSync(join(layout, 'blobs', ...p.split(':')), 'utf8'))
  const walk = d =>
    d.manifests ? d.manifests.flatMap(m => (m.mediaType.includes('index') ? walk(json(m.digest)) : [m])) : [d]
  const m = walk(JSON.parse(readFileSync(join(layout, 'index.json'), 'utf8'))).find(
    x => x.platform && `${x.platform.os}/${x.platform.architecture}` === platform
  )
  return json(m.digest).layers.map(l => join(layout, 'blobs', ...l.digest.split(':')))
}

const platforms = ['linux/amd64', 'linux/arm64']
const cli = join(root, 'dist', 'cli.js')
const engine = ps =>
  timed(process.execPath, [
    cli,
    'inspect',
    `oci:${layout}`,
    '--platforms',
    ps.join(','),
    '--format',
    'json',
    '--fail-on',
    'never'
  ])

const both = best(() => engine(platforms))
const report = JSON.parse(both.stdout)
const one = platforms.map(p => best(() => engine([p])))
const gunzip = best(() => {
  const blobs = platforms.flatMap(blobsOf)
  return timed('sh', ['-c', 'for b in "$@"; do gzip -dc "$b" > /dev/null; done', 'sh', ...blobs])
})
const diy = best(() => {
  const scratch = mkdtempSync(join(tmpdir(), 'mv-bench-diy-'))
  try {
    const script =
      'set -e; out=$1; shift; for p in amd64 arm64; do mkdir -p "$out/$p"; done; ' +
      'for b in "$@"; do case $b in *@amd64) d=amd64;; *) d=arm64;; esac; tar -xzf "${b%@*}" -C "$out/$d" 2>/dev/null || true; done; ' +
      'find "$out" -type f -print0 | xargs -0 -n 500 file > /dev/null'
    const blobs = [...blobsOf('linux/amd64').map(b => `${b}@amd64`), ...blobsOf('linux/arm64').map(b => `${b}@arm64`)]
    return timed('sh', ['-c', script, 'sh', scratch, ...blobs])
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
})
const unpacked = platforms.map(p =>
  Number(
    execFileSync('sh', ['-c', 'for b in "$@"; do gzip -dc "$b"; done | wc -c', 'sh', ...blobsOf(p)], {
      encoding: 'utf8'
    })
  )
)
const files = report.platforms.map(p => `${p.platform}: ${p.executables} programs, ${p.binaries.elf} ELF`).join('; ')

const f = n => n.toFixed(2)
console.log(
  `multiarch-verify benchmark · node ${process.version} · ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'} · best of ${runs}`
)
console.log(`image: ${layout}`)
console.log(`  unpacked: ${unpacked.map((b, i) => `${platforms[i]} ${(b / 1e6).toFixed(0)} MB`).join(', ')}; ${files}`)
console.log(`  findings on the image: ${report.findings.length}`)
console.log('')
console.log(`  engine, both platforms        ${f(both.seconds)} s   peak RSS ${both.rssMb.toFixed(0)} MB`)
console.log(`  engine, linux/amd64 alone     ${f(one[0].seconds)} s   peak RSS ${one[0].rssMb.toFixed(0)} MB`)
console.log(`  engine, linux/arm64 alone     ${f(one[1].seconds)} s   peak RSS ${one[1].rssMb.toFixed(0)} MB`)
console.log(`  gzip -dc of every layer       ${f(gunzip.seconds)} s   (the floor)`)
console.log(`  tar -x of every layer + file  ${f(diy.seconds)} s   (the do-it-yourself way)`)
console.log('')
const ratioFloor = both.seconds / gunzip.seconds
const ratioDiy = diy.seconds / both.seconds
const ratioPar = both.seconds / (one[0].seconds + one[1].seconds)
const check = (ok, text) => console.log(`  ${ok ? 'ok  ' : 'MISS'} ${text}`)
check(ratioFloor <= 1.3, `engine / raw decompression = ${f(ratioFloor)} (target <= 1.3)`)
check(ratioDiy >= 3, `do-it-yourself / engine = ${f(ratioDiy)} (target >= 3)`)
check(both.rssMb < 250, `peak RSS ${both.rssMb.toFixed(0)} MB (target < 250 MB)`)
check(ratioPar < 0.9, `two platforms / (one + one) = ${f(ratioPar)} (target clearly < 1)`)
