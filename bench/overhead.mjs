// The action's overhead over the builds themselves, on the benchmark image's build context (bench/make-image.sh):
// the buildx builds the action runs, alone, against the action (dist/index.js, run as the runner runs it) doing the
// same builds and verifying them. The build cache is pruned before each, so both build from cold.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const dir = process.env.MV_BENCH_DIR || '/var/cache/multiarch-verify-bench'
const context = join(dir, 'context')
const platforms = ['linux/amd64', 'linux/arm64']
const runs = Number(process.env.MV_BENCH_OVERHEAD_RUNS || 2)

function run(cmd, args, env = process.env) {
  const t0 = process.hrtime.bigint()
  const r = spawnSync(cmd, args, { encoding: 'utf8', env, maxBuffer: 1 << 28 })
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9
  return { ...r, seconds }
}

const prune = () => run('docker', ['buildx', 'prune', '--all', '--force'])

/**
 * The builds alone: the argv the action gives buildx (src/buildx/args.ts), one platform after another. Then, apart,
 * the verification of what they exported (the CLI on each OCI directory), the part the action adds.
 */
function builds() {
  prune()
  const scratch = mkdtempSync(join(tmpdir(), 'mv-bench-build-'))
  let seconds = 0
  let verify = 0
  try {
    for (const p of platforms) {
      const out = join(scratch, p.replace(/\//g, '-'))
      const r = run('docker', [
        'buildx',
        'build',
        '--platform',
        p,
        '--output',
        `type=oci,dest=${out}/oci,tar=false,compression=uncompressed`,
        '--metadata-file',
        `${out}/metadata.json`,
        '--progress',
        'plain',
        context
      ])
      if (r.status !== 0) throw new Error(`buildx failed: ${r.stderr.slice(-2000)}`)
      seconds += r.seconds
      // Without the facts cache: every run reads its layers, as a first run does.
      const v = run(process.execPath, [
        join(root, 'dist', 'cli.js'),
        'inspect',
        `oci:${out}/oci`,
        '--fail-on',
        'never',
        '--no-cache'
      ])
      if (v.status !== 0) throw new Error(`inspect failed: ${v.stderr.slice(-2000)}`)
      verify += v.seconds
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
  return { seconds, verify }
}

/** The action: build mode on the same context, no token (no comment), as the runner starts it. */
function action() {
  prune()
  const scratch = mkdtempSync(join(tmpdir(), 'mv-bench-action-'))
  try {
    const event = join(scratch, 'event.json')
    writeFileSync(event, '{}')
    for (const f of ['output', 'summary']) writeFileSync(join(scratch, f), '')
    const env = {
      PATH: process.env.PATH,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: event,
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_WORKFLOW: 'bench',
      GITHUB_JOB: 'verify',
      GITHUB_SHA: 'bench',
      GITHUB_OUTPUT: join(scratch, 'output'),
      GITHUB_STEP_SUMMARY: join(scratch, 'summary'),
      RUNNER_TEMP: scratch,
      INPUT_CONTEXT: context,
      INPUT_PLATFORMS: platforms.join(','),
      'INPUT_FAIL-ON': 'never',
      INPUT_CACHE: 'false'
    }
    const r = run(process.execPath, [join(root, 'dist', 'index.js')], env)
    if (r.status !== 0) throw new Error(`the action failed: ${r.stdout.slice(-3000)}`)
    // The builds inside this very run, as the action logs them: the same builds, free of run-to-run variance.
    const inside = [...r.stdout.matchAll(/: buildx took ([\d.]+) s/g)].reduce((s, m) => s + Number(m[1]), 0)
    return { seconds: r.seconds, inside }
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

let bestBuild = Infinity
let bestVerify = Infinity
let bestAction = Infinity
let bestInside = Infinity
for (let i = 0; i < runs; i++) {
  const b = builds()
  bestBuild = Math.min(bestBuild, b.seconds)
  bestVerify = Math.min(bestVerify, b.verify)
  const a = action()
  if (a.seconds < bestAction) [bestAction, bestInside] = [a.seconds, a.inside]
}
// Build times vary by a few per cent from run to run, as much as the overhead itself: both views are printed, and
// the larger is held to the target.
const overhead = (bestAction - bestBuild) / bestBuild
const verifyShare = bestVerify / bestBuild
const worst = Math.max(overhead, verifyShare)
console.log(`overhead: ${platforms.join(' + ')} from ${context}, cold cache, best of ${runs}`)
console.log(`  the builds alone            ${bestBuild.toFixed(1)} s`)
console.log(`  the action                  ${bestAction.toFixed(1)} s (the same builds, then verifying both images)`)
console.log(`  verifying the builds' output ${bestVerify.toFixed(1)} s (the CLI on each OCI directory)`)
console.log(
  `  the builds inside the action ${bestInside.toFixed(1)} s: the action adds ${(((bestAction - bestInside) / bestInside) * 100).toFixed(1)}% to its own builds`
)
console.log(
  `  (action - builds) / builds = ${(overhead * 100).toFixed(1)}%; verifying / builds = ${(verifyShare * 100).toFixed(1)}%`
)
console.log(`  ${worst < 0.1 ? 'ok  ' : 'MISS'} overhead ${(worst * 100).toFixed(1)}% (target < 10%)`)
