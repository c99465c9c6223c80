#!/usr/bin/env node
// npm run mutate [-- --only ID,ID] [-- --list]: puts back, one at a time, each bug of scripts/mutants.mjs (the bugs
// fixed in issues 22, 21 and 25, the branches that had no test, and mutations of the rules, the loader model, the cache, the
// comment's state and the pieces), runs the test files named for it, and says which test catches it. A test that
// cannot fail is no test: every mutant of the issues must be caught.
//
// It works on copies of the working tree (tracked and untracked files, not node_modules, which is linked), two at a
// time, so the worktree is never changed. First the named test files are run on the copies as they are: they must
// pass, or a mutant's failures would mean nothing. A mutant whose `from` is not found exactly once is stale: the
// code moved on, and the list must follow it. Exit 1 when a mutant of the issues survives or one is stale.
import { execFileSync, spawn } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { MUTANTS } from './mutants.mjs'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const COPIES = 2
const args = process.argv.slice(2)
const only = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',') : undefined
const mutants = MUTANTS.filter(m => !only || only.includes(m.id))

if (args.includes('--list')) {
  for (const m of MUTANTS) process.stdout.write(`${m.issue ? '*' : ' '} ${m.id.padEnd(32)} ${m.bug}\n`)
  process.exit(0)
}
if (only && mutants.length !== only.length) {
  process.stderr.write(`mutate: unknown mutant in --only (known: ${MUTANTS.map(m => m.id).join(', ')})\n`)
  process.exit(2)
}

/** The working tree's files as git sees them: tracked and untracked, not ignored. */
const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
  cwd: ROOT,
  encoding: 'utf8'
})
  .split('\0')
  .filter(f => f && existsSync(join(ROOT, f)))

// Not named multiarch-verify-*: `npm test` fails on a directory of that name left in the temp directory.
const base = join(tmpdir(), `mv-mutate-${process.getuid?.() ?? 0}`)
rmSync(base, { recursive: true, force: true })
const copies = Array.from({ length: COPIES }, (_, i) => {
  const dir = join(base, `copy-${i}`)
  for (const f of files) {
    mkdirSync(dirname(join(dir, f)), { recursive: true })
    cpSync(join(ROOT, f), join(dir, f))
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'))
  return dir
})

/** Run jest in `dir` on a mutant's test files; the names of the tests that failed, or why none could run. */
function jest(dir, m) {
  const out = join(dir, '.mutate-result.json')
  rmSync(out, { force: true })
  const argv = [
    join(dir, 'node_modules', 'jest', 'bin', 'jest.js'),
    '--ci',
    '--selectProjects',
    m.project ?? 'unit',
    '--runInBand',
    '--json',
    '--outputFile',
    out,
    ...(m.name ? ['-t', m.name] : []),
    '--runTestsByPath',
    ...m.tests
  ]
  return new Promise(resolve => {
    const env = { ...process.env, NODE_OPTIONS: '--experimental-vm-modules' }
    delete env.CI // the golden files are compared, not written, under --ci already
    delete env.MV_UPDATE_GOLDEN
    const child = spawn(process.execPath, argv, { cwd: dir, env, stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', d => (stderr = (stderr + d).slice(-4000)))
    child.on('close', () => {
      if (!existsSync(out)) return resolve({ error: `jest wrote no result: ${stderr.trim().split('\n').pop()}` })
      const r = JSON.parse(readFileSync(out, 'utf8'))
      const failed = r.testResults.flatMap(t => t.assertionResults.filter(a => a.status === 'failed'))
      const broken = r.testResults.filter(t => t.status === 'failed' && t.assertionResults.length === 0)
      resolve({
        failed: failed.map(a => a.fullName),
        passed: r.numPassedTests,
        ...(broken.length ? { error: `a test file did not run: ${broken[0].message.split('\n').find(Boolean)}` } : {})
      })
    })
  })
}

/** Rebuild dist/ in `dir` (for tests that run the bundled CLI). */
function bundle(dir) {
  execFileSync(process.execPath, [join(dir, 'scripts', 'bundle.mjs')], { cwd: dir, stdio: 'ignore' })
}

/** Run `jobs` on the copies, one job per copy at a time. */
async function onCopies(jobs, run) {
  const results = new Array(jobs.length)
  let next = 0
  await Promise.all(
    copies.map(async dir => {
      while (next < jobs.length) {
        const i = next++
        results[i] = await run(dir, jobs[i])
      }
    })
  )
  return results
}

const started = Date.now()
const seconds = () => `${((Date.now() - started) / 1000).toFixed(0)} s`

// The test runs as they are, once per distinct run: they must pass.
const runs = [...new Map(mutants.map(m => [JSON.stringify([m.project, m.name, m.tests]), m])).values()]
const baseline = await onCopies(runs, jest)
const broken = runs.filter((_, i) => baseline[i].error || baseline[i].failed.length || !baseline[i].passed)
if (broken.length) {
  for (const m of broken) {
    const b = baseline[runs.indexOf(m)]
    process.stderr.write(`mutate: ${m.tests.join(' ')} fails as it is: ${b.error ?? b.failed.join('; ')}\n`)
  }
  rmSync(base, { recursive: true, force: true })
  process.exit(1)
}
process.stdout.write(`baseline: ${runs.length} test runs pass unmutated (${seconds()})\n\n`)

const results = await onCopies(mutants, async (dir, m) => {
  const file = join(dir, m.file)
  const original = readFileSync(file, 'utf8')
  const at = original.indexOf(m.from)
  if (at < 0 || original.indexOf(m.from, at + 1) >= 0) return { stale: true }
  writeFileSync(file, original.slice(0, at) + m.to + original.slice(at + m.from.length))
  try {
    if (m.bundle) bundle(dir)
    return await jest(dir, m)
  } finally {
    writeFileSync(file, original)
    if (m.bundle) cpSync(join(ROOT, 'dist'), join(dir, 'dist'), { recursive: true })
  }
})

let killed = 0
const bad = []
for (const [i, m] of mutants.entries()) {
  const r = results[i]
  const mark = m.issue ? '*' : ' '
  if (r.stale) {
    bad.push(m.id)
    process.stdout.write(`${mark} STALE     ${m.id}: its code is not in ${m.file} exactly once\n`)
  } else if (r.failed?.length) {
    killed++
    process.stdout.write(`${mark} caught    ${m.id}: ${m.bug}\n            by ${r.failed.join('\n            by ')}\n`)
  } else {
    if (m.issue) bad.push(m.id)
    const why = r.error ? ` (${r.error})` : ''
    process.stdout.write(`${mark} SURVIVED  ${m.id}: ${m.bug}${why}\n`)
  }
}
const issue = mutants.filter(m => m.issue)
const issueKilled = issue.filter(m => results[mutants.indexOf(m)].failed?.length).length
process.stdout.write(
  `\nscore: ${killed} of ${mutants.length} mutants caught (${Math.round((100 * killed) / Math.max(1, mutants.length))}%); ` +
    `the issues' (22, 21, 25): ${issueKilled} of ${issue.length}; ${seconds()} on ${COPIES} copies\n`
)
rmSync(base, { recursive: true, force: true })
process.exit(bad.length ? 1 : 0)
