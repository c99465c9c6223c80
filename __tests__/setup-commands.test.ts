/**
 * scripts/commands.txt is the list of every command the tests and the scripts they run call, with its Debian package:
 * scripts/setup-env.sh installs the packages and checks the commands, and scripts/check-setup-minbase.sh checks them
 * in a fresh minimal Debian 12. It stays whole: every command a test or a test-env script spawns by name is listed,
 * and every package it names is one setup-env.sh installs (or the Node prerequisite, or minbase's own).
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { ROOT } from './helpers/fixtures.js'

/** The commands of scripts/commands.txt, with their packages. */
function listed(): Map<string, string> {
  const out = new Map<string, string>()
  for (const line of readFileSync(join(ROOT, 'scripts', 'commands.txt'), 'utf8').split('\n')) {
    if (/^\s*(#|$)/.test(line)) continue
    const [command, pkg] = line.trim().split(/\s+/)
    if (command && pkg) out.set(command, pkg)
  }
  return out
}

/**
 * The commands a source spawns by name: the first argument of execFile, execFileSync, spawn, spawnSync and of the
 * `run` helpers (`run('docker', …)`, `run(['dpkg-deb', …])`) when it is a string literal.
 */
function spawnedBy(source: string): string[] {
  const re = /\b(?:execFile|execFileSync|spawn|spawnSync|run)\(\s*\[?\s*'([A-Za-z][\w.+-]*)'/g
  return [...source.matchAll(re)].map(m => m[1] as string)
}

function files(dir: string, ext: RegExp, skip: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter(d => d.isFile() && ext.test(d.name))
    .map(d => join(d.parentPath, d.name))
    .filter(p => !skip.test(relative(ROOT, p)))
}

test('the scanner finds a command spawned by name, on one line or over several', () => {
  expect(spawnedBy("execFileSync('zstd', ['-q'])\nspawn(\n  'dockerd',\n  [])\nrun(['dpkg-deb', '-x'])")).toEqual([
    'zstd',
    'dockerd',
    'dpkg-deb'
  ])
  expect(spawnedBy('execFile(process.execPath, [script])\nrun(argv)')).toEqual([])
})

test('every command the tests and test-env scripts spawn is in scripts/commands.txt', () => {
  const sources = [
    ...files(join(ROOT, '__tests__'), /\.ts$/, /^__tests__\/fixtures\//),
    // The scripts that remake committed fixtures are run by developers only, as commands.txt says.
    ...files(join(ROOT, 'test-env'), /\.m?js$/, /^test-env\/make-(debian|ld-cache)-fixtures\.mjs$/),
    ...files(join(ROOT, 'scripts'), /\.m?js$/, /^$/)
  ]
  const spawned = new Map<string, string>()
  for (const f of sources) for (const c of spawnedBy(readFileSync(f, 'utf8'))) spawned.set(c, relative(ROOT, f))
  // The scan sees the commands this list was made from.
  expect([...spawned.keys()]).toEqual(expect.arrayContaining(['docker', 'zstd', 'git', 'shellcheck', 'openssl']))
  const list = listed()
  const missing = [...spawned].filter(([c]) => !list.has(c)).map(([c, f]) => `${c} (${f})`)
  expect(missing).toEqual([])
})

test('setup-env.sh installs every package scripts/commands.txt names', () => {
  const script = readFileSync(join(ROOT, 'scripts', 'setup-env.sh'), 'utf8')
  const installed = new Set(
    [...script.matchAll(/^PKGS(?:_TRIXIE)?=\(([^)]*)\)/gm)].flatMap(m =>
      (m[1] as string)
        .split(/\s+/)
        .filter(Boolean)
        .map(p => p.replace(/\/trixie$/, ''))
    )
  )
  expect(installed).toContain('docker.io')
  const notInstalled = [...listed()].filter(([, pkg]) => pkg !== 'node' && pkg !== 'minbase' && !installed.has(pkg))
  expect(notInstalled).toEqual([])
})
