/**
 * scripts/update-dist.mjs is what update-dist.yml runs on dependabot's pull requests. Its write half (commit, push)
 * must take derived files and nothing else from the artifact the read-only half made, and push only to dependabot's
 * branches. (Its build half was run on a real dependency bump: see the commit that added it.)
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { ROOT } from './helpers/fixtures.js'

const SCRIPT = join(ROOT, 'scripts', 'update-dist.mjs')
const { isDerived, isDependabotEdit } = (await import(pathToFileURL(SCRIPT).href)) as {
  isDerived(p: string): boolean
  isDependabotEdit(p: string): boolean
}

test.each([
  ['dist/index.js', true],
  ['dist/cli.js', true],
  ['dist/layer-worker.js', true],
  ['dist/licenses.txt', true],
  ['README.md', true],
  ['docs/rules.md', true],
  ['dist/other.js', false],
  ['src/main.ts', false],
  ['package.json', false],
  ['.github/workflows/ci.yml', false],
  ['docs/../src/main.ts', false],
  ['docs/sub/page.md', false]
])('%s is derived: %p', (path, derived) => {
  expect(isDerived(path)).toBe(derived)
})

test.each([
  ['package.json', true],
  ['package-lock.json', true],
  ['.github/workflows/ci.yml', true],
  ['src/main.ts', false],
  ['scripts/update-dist.mjs', false]
])('dependabot edits %s: %p', (path, edits) => {
  expect(isDependabotEdit(path)).toBe(edits)
})

/** A scratch repository with one commit, and an artifact directory holding the given files. */
function scratch(artifact: Record<string, string>): { repo: string; from: string; done: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'mv-update-dist-'))
  const repo = join(dir, 'repo')
  const from = join(dir, 'derived')
  mkdirSync(join(repo, 'dist'), { recursive: true })
  writeFileSync(join(repo, 'dist', 'index.js'), 'old\n')
  writeFileSync(join(repo, 'package.json'), '{}\n')
  const git = (...a: string[]) => execFileSync('git', ['-C', repo, ...a], { encoding: 'utf8' })
  git('init', '-q')
  git('add', '.')
  git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '-m', 'Bump tar-stream from 3.2.2 to 3.3.0')
  for (const [p, text] of Object.entries(artifact)) {
    mkdirSync(dirname(join(from, p)), { recursive: true })
    writeFileSync(join(from, p), text)
  }
  return { repo, from, done: () => rmSync(dir, { recursive: true, force: true }) }
}

const commit = (repo: string, from: string) =>
  spawnSync(process.execPath, [SCRIPT, 'commit', '--from', from, '--repo', repo], { encoding: 'utf8' })

test('commit takes the derived files of the artifact and commits them as the bot, naming the bump', () => {
  const s = scratch({ 'dist/index.js': 'new\n', 'dist/licenses.txt': 'x\n', 'docs/rules.md': '# r\n' })
  try {
    const r = commit(s.repo, s.from)
    expect([r.status, r.stderr]).toEqual([0, ''])
    const log = execFileSync('git', ['-C', s.repo, 'log', '-1', '--format=%an%n%s%n%b', '--name-only'], {
      encoding: 'utf8'
    })
    expect(log).toContain("github-actions[bot]\nRebuild dist/ and the README's pins for: Bump tar-stream")
    expect(log.trim().split('\n').slice(-3).sort()).toEqual(['dist/index.js', 'dist/licenses.txt', 'docs/rules.md'])
  } finally {
    s.done()
  }
})

test('commit refuses an artifact with anything but derived files, and changes nothing', () => {
  const s = scratch({ 'dist/index.js': 'new\n', 'src/main.ts': 'evil\n' })
  try {
    const r = commit(s.repo, s.from)
    expect(r.status).toBe(1)
    expect(r.stderr).toBe('update-dist: the artifact holds files that are not derived: src/main.ts\n')
    expect(execFileSync('git', ['-C', s.repo, 'status', '--porcelain'], { encoding: 'utf8' })).toBe('')
  } finally {
    s.done()
  }
})

test('commit refuses a link in the artifact (it could point anywhere on the runner)', () => {
  const s = scratch({})
  try {
    mkdirSync(join(s.from, 'dist'), { recursive: true })
    symlinkSync('/etc/passwd', join(s.from, 'dist', 'index.js'))
    const r = commit(s.repo, s.from)
    expect([r.status, r.stderr]).toEqual([1, 'update-dist: dist/index.js in the artifact is not a regular file\n'])
  } finally {
    s.done()
  }
})

test.each(['main', 'feature/x', 'dependabot/../main', ''])('push refuses the branch "%s"', branch => {
  const r = spawnSync(process.execPath, [SCRIPT, 'push', '--branch', branch], {
    encoding: 'utf8',
    env: { ...process.env, GITHUB_TOKEN: 'not-a-token' }
  })
  expect(r.status).toBe(1)
  expect(r.stderr).toMatch(/^update-dist: refusing to push to "/)
})

test('push sends HEAD to the dependabot branch without force: a branch that moved meanwhile is left as it is', () => {
  const s = scratch({ 'dist/index.js': 'new\n' })
  const bare = join(dirname(s.repo), 'remote.git')
  const git = (...a: string[]) => execFileSync('git', a, { encoding: 'utf8' })
  const branch = 'dependabot/npm_and_yarn/runtime-1a2b3c'
  const push = () =>
    spawnSync(process.execPath, [SCRIPT, 'push', '--branch', branch, '--repo', s.repo], {
      encoding: 'utf8',
      env: { ...process.env, GITHUB_TOKEN: 'secret-token-value' }
    })
  try {
    git('init', '-q', '--bare', bare)
    git('-C', s.repo, 'remote', 'add', 'origin', bare)
    git('-C', s.repo, 'push', '-q', 'origin', `HEAD:refs/heads/${branch}`)
    expect(commit(s.repo, s.from).status).toBe(0)
    const first = push()
    expect(first.status).toBe(0)
    expect(first.stdout + first.stderr).not.toContain('secret-token-value')
    expect(git('-C', bare, 'rev-parse', branch)).toBe(git('-C', s.repo, 'rev-parse', 'HEAD'))
    // Dependabot rebases meanwhile: the branch is somewhere else, and the next push must not overwrite it.
    git('-C', s.repo, 'reset', '-q', '--hard', 'HEAD~1')
    git('-C', s.repo, '-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '--allow-empty', '-m', 'other')
    const moved = git('-C', bare, 'rev-parse', branch)
    expect(push().status).toBe(1)
    expect(git('-C', bare, 'rev-parse', branch)).toBe(moved)
  } finally {
    s.done()
  }
})
