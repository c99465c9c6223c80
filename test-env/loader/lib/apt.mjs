/**
 * Debian packages through apt's ordinary clients: the dependency closure from apt's own resolver (a simulated install
 * against an empty dpkg status, so the host's installed packages do not count), and `apt-get download` into a cache
 * of .deb files shared by every run (MV_DEB_CACHE, default /var/cache/multiarch-verify/debs).
 *
 * Architectures the host's apt already knows (dpkg --add-architecture) use the host's package lists. Any other one
 * (riscv64, only in trixie) gets a private apt state under the cache, updated once a week at most.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { ARCHES } from './arches.mjs'
import { log, run } from './util.mjs'

export const DEB_CACHE = process.env.MV_DEB_CACHE || '/var/cache/multiarch-verify/debs'
const EMPTY_STATUS = join(DEB_CACHE, '.empty-status')

function hostKnows(arch) {
  try {
    return readdirSync('/var/lib/apt/lists').some(f => f.includes(`_binary-${arch}_Packages`))
  } catch {
    return false
  }
}

const privateReady = new Map()

/**
 * apt options for `arch` as the native architecture, with an empty dpkg status. `trixieState`: a private state with
 * trixie only, fresh from the mirror (the host's trixie lists can be older than the pool: 404s).
 */
async function aptOptions(arch, { trixieState = false } = {}) {
  mkdirSync(DEB_CACHE, { recursive: true })
  if (!existsSync(EMPTY_STATUS)) writeFileSync(EMPTY_STATUS, '')
  const opts = [
    '-o',
    `APT::Architecture=${arch}`,
    '-o',
    `APT::Architectures::=${arch}`,
    '-o',
    'APT::Architectures::=all',
    '-o',
    `Dir::State::status=${EMPTY_STATUS}`,
    '-o',
    'Dir::Cache::pkgcache=',
    '-o',
    'Dir::Cache::srcpkgcache=',
    '-o',
    'APT::Install-Recommends=false',
    '-o',
    'APT::Sandbox::User=root',
    '-o',
    'Debug::NoLocking=true'
  ]
  if (hostKnows(arch) && !trixieState) return opts
  // A private apt state: its own sources and lists, the host's keyring.
  const trixieOnly = trixieState || ARCHES[arch]?.trixieOnly
  const dir = join(DEB_CACHE, trixieOnly ? `.apt-${arch}-trixie` : `.apt-${arch}`)
  const suites = trixieOnly ? 'trixie' : 'bookworm bookworm-updates trixie'
  const priv = [
    ...opts,
    '-o',
    `Dir::Etc::SourceList=${join(dir, 'sources.list')}`,
    '-o',
    'Dir::Etc::SourceParts=/nonexistent',
    '-o',
    `Dir::State::Lists=${join(dir, 'lists')}`,
    '-o',
    `Dir::Etc::Preferences=${join(dir, 'preferences')}`,
    '-o',
    'Dir::Etc::PreferencesParts=/nonexistent'
  ]
  if (!privateReady.has(dir)) {
    privateReady.set(
      dir,
      (async () => {
        mkdirSync(join(dir, 'lists', 'partial'), { recursive: true })
        writeFileSync(
          join(dir, 'sources.list'),
          suites
            .split(' ')
            .map(
              s =>
                `deb [arch=${arch} signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian ${s} main\n`
            )
            .join('')
        )
        writeFileSync(
          join(dir, 'preferences'),
          trixieOnly ? '' : 'Package: *\nPin: release n=trixie\nPin-Priority: 100\n'
        )
        const stamp = join(dir, 'updated')
        if (!existsSync(stamp) || Date.now() - statSync(stamp).mtimeMs > 7 * 86400_000) {
          log(`apt-get update for a private ${arch} state (${suites})`)
          await run(['apt-get', ...priv, '-q', 'update'], { check: true })
          writeFileSync(stamp, '')
        }
      })()
    )
  }
  await privateReady.get(dir)
  return priv
}

/**
 * The dependency closure of `pkgs` for `arch` (no Recommends), as [{ name, version, arch }]. `trixieState: true`
 * resolves against a private trixie-only state (a Debian 13 userland) instead of the host's lists.
 */
export async function closure(arch, pkgs, { trixieState = false } = {}) {
  const opts = await aptOptions(arch, { trixieState })
  const r = await run(['apt-get', ...opts, '-s', '-q', 'install', ...pkgs], { check: true })
  const out = []
  for (const line of r.stdout.split('\n')) {
    const m = /^Inst (\S+) (?:\[[^\]]*\] )?\((\S+) .*\[(\S+)\]\)/.exec(line)
    if (m) out.push({ name: m[1], version: m[2], arch: m[3] })
  }
  if (!out.length) throw new Error(`apt resolved nothing for ${arch}: ${pkgs.join(' ')}\n${r.stdout}${r.stderr}`)
  return out
}

/**
 * Makes sure every spec (`name=version`, `name/trixie`, `name`) of `arch` is in the cache; returns the .deb paths
 * in the same order. Downloads only what is missing.
 */
export async function fetchDebs(arch, specs, { trixieState = false } = {}) {
  const key = createHash('sha256')
    .update(JSON.stringify([arch, specs, trixieState, listsStamp(arch)]))
    .digest('hex')
    .slice(0, 16)
  const memo = join(DEB_CACHE, `.fetch-${arch}-${key}.json`)
  if (existsSync(memo)) {
    const m = JSON.parse(readFileSync(memo, 'utf8'))
    if (m.files.every(f => existsSync(join(DEB_CACHE, f))))
      return { paths: m.files.map(f => join(DEB_CACHE, f)), downloaded: 0, bytes: m.bytes }
  }
  const r = await fetchDebsNow(arch, specs, trixieState)
  writeFileSync(memo, JSON.stringify({ files: r.paths.map(p => basename(p)), bytes: r.bytes }))
  return r
}

async function fetchDebsNow(arch, specs, trixieState) {
  const opts = await aptOptions(arch, { trixieState })
  const r = await run(['apt-get', ...opts, 'download', '--print-uris', ...specs], { check: true })
  const files = []
  for (const line of r.stdout.split('\n')) {
    const m = /^'([^']+)' (\S+) (\d+) /.exec(line)
    if (m) files.push({ url: m[1], file: m[2], size: Number(m[3]) })
  }
  if (files.length !== specs.length)
    throw new Error(`apt-get download --print-uris gave ${files.length} files for ${specs.length} packages (${arch})`)
  const missing = files.filter(f => !existsSync(join(DEB_CACHE, f.file)))
  let downloaded = 0
  if (missing.length) {
    const tmp = join(DEB_CACHE, `.partial-${process.pid}-${arch}`)
    mkdirSync(tmp, { recursive: true })
    const want = missing.map(f => {
      // Back from the file name to an exact name=version for apt-get download.
      const [name, ver] = f.file.replace(/\.deb$/, '').split('_')
      return `${name}=${decodeURIComponent(ver)}`
    })
    try {
      await run(['apt-get', ...opts, '-q', 'download', ...want], { cwd: tmp, check: true })
      for (const f of missing) {
        renameSync(join(tmp, f.file), join(DEB_CACHE, f.file))
        downloaded += f.size
      }
    } finally {
      await run(['rm', '-rf', tmp])
    }
  }
  // The files named by --print-uris, in the order asked for: apt prints them in its own order, so map by name.
  const byName = new Map(files.map(f => [f.file.split('_')[0], f]))
  const paths = specs.map(s => {
    const name = s.split(/[=/:]/)[0]
    const f = byName.get(name)
    if (!f) throw new Error(`no .deb for ${s} (${arch})`)
    return join(DEB_CACHE, f.file)
  })
  return { paths, downloaded, bytes: files.reduce((n, f) => n + f.size, 0) }
}

/** When the package lists apt reads for `arch` last changed (host or private state). */
function listsStamp(arch) {
  const dirs = [
    '/var/lib/apt/lists',
    join(DEB_CACHE, `.apt-${arch}`, 'lists'),
    join(DEB_CACHE, `.apt-${arch}-trixie`, 'lists')
  ]
  let t = 0
  for (const d of dirs) {
    try {
      for (const f of readdirSync(d))
        if (f.includes('Packages') || f.endsWith('Release')) t = Math.max(t, statSync(join(d, f)).mtimeMs)
    } catch {
      /* no such state */
    }
  }
  return t
}

/**
 * The closure of `pkgs` for `arch`, downloaded: { debs: [path], packages: [{name, version, arch}], downloaded }.
 * `trixieState: true`: resolved and downloaded through the private trixie-only state (see closure).
 * The answer is kept beside the .debs, keyed by the request and the package lists' time: a rerun with the same
 * lists and every .deb in the cache asks apt nothing (resolving four closures takes minutes on a loaded machine).
 */
export async function userlandDebs(arch, pkgs, { trixieState = false } = {}) {
  // The key of a bookworm request is what it always was, so existing memos stay valid.
  const key = createHash('sha256')
    .update(JSON.stringify(trixieState ? [arch, pkgs, listsStamp(arch), 'trixie'] : [arch, pkgs, listsStamp(arch)]))
    .digest('hex')
    .slice(0, 16)
  const memo = join(DEB_CACHE, `.closure-${arch}-${key}.json`)
  if (existsSync(memo)) {
    const m = JSON.parse(readFileSync(memo, 'utf8'))
    if (m.files.every(f => existsSync(join(DEB_CACHE, f))))
      return { debs: m.files.map(f => join(DEB_CACHE, f)), packages: m.packages, downloaded: 0, bytes: m.bytes }
  }
  const packages = await closure(arch, pkgs, { trixieState })
  const { paths, downloaded, bytes } = await fetchDebs(
    arch,
    packages.map(p => `${p.name}=${p.version}`),
    { trixieState }
  )
  writeFileSync(memo, JSON.stringify({ packages, bytes, files: paths.map(p => basename(p)) }))
  return { debs: paths, packages, downloaded, bytes }
}
