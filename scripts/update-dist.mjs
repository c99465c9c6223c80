// Rebuilds what is derived from the dependencies on a dependabot pull request, in the two halves that
// .github/workflows/update-dist.yml runs with different tokens:
//
//   node scripts/update-dist.mjs build --out DIR [--base REF] [--no-install]
//     (read-only token) npm ci --ignore-scripts, npm run bundle (dist/ and dist/licenses.txt), and
//     scripts/sync-pins.mjs (the README's action pins from the workflows); copies each derived file that changed into
//     DIR, under its repository path. With --base, refuses when the branch changed anything since REF that dependabot
//     does not edit (package.json, package-lock.json, the workflows): such a branch has a person's work on it, who
//     rebuilds it by hand. Prints changed=true|false, also to $GITHUB_OUTPUT when that is set.
//
//   node scripts/update-dist.mjs commit --from DIR
//     (write token, runs no dependency code) checks that DIR holds derived files only, copies them over the checkout
//     and commits them.
//
//   node scripts/update-dist.mjs push --branch NAME
//     pushes HEAD to the branch with the token in $GITHUB_TOKEN, handed to git in its environment (never in argv,
//     never in .git/config, never printed); a branch that moved meanwhile is refused, not overwritten.
//
// Every process starts from an argv array; nothing goes through a shell.
import { spawnSync } from 'node:child_process'
import { appendFileSync, copyFileSync, lstatSync, mkdirSync, readdirSync } from 'node:fs'
import { dirname, join, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

// The repository worked on: this one, or --repo DIR (the tests use a scratch repository).
let ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')

/** The files a rebuild may change: the bundle, its licenses, and the Markdown whose examples carry the pins. */
export function isDerived(path) {
  return (
    /^dist\/(index|cli|layer-worker)\.js$/.test(path) ||
    path === 'dist/licenses.txt' ||
    path === 'README.md' ||
    /^docs\/[A-Za-z0-9._-]+\.md$/.test(path)
  )
}

/** What dependabot edits on its branches; anything else changed means a person's work is on the branch. */
export function isDependabotEdit(path) {
  return path === 'package.json' || path === 'package-lock.json' || /^\.github\/workflows\/[^/]+\.ya?ml$/.test(path)
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', ...opts })
  if (r.error) throw new Error(`${cmd}: ${r.error.message}`)
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}`)
  return r.stdout ?? ''
}

/** Paths git reports as changed in the work tree (modified or untracked), relative to the repository. */
function changedPaths() {
  return run('git', ['status', '--porcelain=v1', '-z', '--untracked-files=all'])
    .split('\0')
    .filter(Boolean)
    .map(line => line.slice(3))
}

function option(args, name) {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}

function output(name, value) {
  console.log(`${name}=${value}`)
  if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `${name}=${value}\n`)
}

function build(args) {
  const out = option(args, '--out')
  if (!out) throw new Error('build needs --out DIR')
  const base = option(args, '--base')
  if (base) {
    const touched = run('git', ['diff', '--name-only', '-z', `${base}...HEAD`])
      .split('\0')
      .filter(Boolean)
    const other = touched.filter(p => !isDependabotEdit(p))
    if (other.length)
      throw new Error(`the branch changes more than dependabot does (${other.join(', ')}): rebuild it by hand`)
  }
  const before = changedPaths()
  if (before.length) throw new Error(`the work tree is not clean (${before.join(', ')}): commit or stash first`)
  // No dependency's install script runs: the bundle needs none (esbuild's binary comes as an optional package).
  if (!args.includes('--no-install')) run('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund'])
  run('npm', ['run', 'bundle'], { stdio: ['ignore', 'inherit', 'inherit'] })
  run(process.execPath, [join(ROOT, 'scripts', 'sync-pins.mjs')], { stdio: ['ignore', 'inherit', 'inherit'] })
  const changed = changedPaths()
  const strays = changed.filter(p => !isDerived(p))
  if (strays.length) throw new Error(`the rebuild changed files that are not derived: ${strays.join(', ')}`)
  for (const p of changed) {
    mkdirSync(dirname(join(out, p)), { recursive: true })
    copyFileSync(join(ROOT, p), join(out, p))
    console.log(`derived: ${p}`)
  }
  output('changed', changed.length > 0 ? 'true' : 'false')
}

/** Every regular file under dir, as repository paths; a link or a special file is refused. */
function filesUnder(dir, prefix = '') {
  const found = []
  for (const e of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const p = prefix ? `${prefix}/${e.name}` : e.name
    const st = lstatSync(join(dir, p))
    if (st.isDirectory()) found.push(...filesUnder(dir, p))
    else if (st.isFile()) found.push(p)
    else throw new Error(`${p} in the artifact is not a regular file`)
  }
  return found
}

function commit(args) {
  const from = option(args, '--from')
  if (!from) throw new Error('commit needs --from DIR')
  const files = filesUnder(from).map(p => p.split(sep).join('/'))
  const refused = files.filter(p => !isDerived(p))
  if (refused.length) throw new Error(`the artifact holds files that are not derived: ${refused.join(', ')}`)
  if (files.length === 0) throw new Error('the artifact is empty')
  for (const p of files) {
    mkdirSync(dirname(join(ROOT, p)), { recursive: true })
    copyFileSync(join(from, p), join(ROOT, p))
  }
  run('git', ['add', '--', ...files])
  const subject = run('git', ['log', '-1', '--format=%s']).trim()
  const who = [
    '-c',
    'user.name=github-actions[bot]',
    '-c',
    'user.email=41898282+github-actions[bot]@users.noreply.github.com'
  ]
  run('git', [
    ...who,
    'commit',
    '--quiet',
    '-m',
    `Rebuild dist/ and the README's pins for: ${subject}`,
    '-m',
    files.map(f => `- ${f}`).join('\n')
  ])
  console.log(`committed ${files.length} file(s): ${files.join(', ')}`)
}

function push(args) {
  const branch = option(args, '--branch')
  if (!branch || !/^dependabot\/[A-Za-z0-9._/@+-]+$/.test(branch) || /\.\.|\/\/|\/\.|\/$/.test(branch))
    throw new Error(`refusing to push to "${branch}"`)
  const token = process.env.GITHUB_TOKEN
  if (!token) throw new Error('push needs GITHUB_TOKEN in the environment')
  const server = process.env.GITHUB_SERVER_URL || 'https://github.com'
  const basic = Buffer.from(`x-access-token:${token}`).toString('base64')
  // git reads GIT_CONFIG_KEY_n/VALUE_n as -c options: the header never reaches argv, .git/config or the log.
  const env = {
    ...process.env,
    GIT_CONFIG_COUNT: '1',
    GIT_CONFIG_KEY_0: `http.${server}/.extraheader`,
    GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}`,
    GIT_TERMINAL_PROMPT: '0'
  }
  // No --force: when dependabot rebased the branch meanwhile, the push fails and the new head gets its own run.
  run('git', ['push', '--quiet', 'origin', `HEAD:refs/heads/${branch}`], {
    env,
    stdio: ['ignore', 'inherit', 'inherit']
  })
  console.log(`pushed ${run('git', ['rev-parse', 'HEAD']).trim()} to ${branch}`)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [command, ...args] = process.argv.slice(2)
  const commands = { build, commit, push }
  if (option(args, '--repo')) ROOT = option(args, '--repo')
  try {
    if (!commands[command]) throw new Error('usage: node scripts/update-dist.mjs build|commit|push ...')
    commands[command](args)
  } catch (err) {
    console.error(`update-dist: ${err.message}`)
    process.exit(1)
  }
}
