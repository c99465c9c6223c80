/**
 * Debian 12's contrib and non-free packages (the CUDA runtime libraries, pycuda, hwloc's NVIDIA plugins, the driver's
 * libraries), through a private apt state on the same mirror: the host's sources have main only, and adding
 * components to the host's apt would change what every other apt call resolves. The state lives beside the .deb
 * cache (updated once a week at most); the .deb files go into the shared cache. Packages are fetched one by one,
 * without their dependencies: their Depends name the NVIDIA driver (libcuda1 | libcuda.so.1), which the image must
 * not carry, and the toolkit (nvidia-cuda-toolkit), which it does not need.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DEB_CACHE } from '../../loader/lib/apt.mjs'
import { log, run } from '../../loader/lib/util.mjs'

const STATE = join(DEB_CACHE, '.apt-contrib-non-free')
const SUITES = [
  ['http://deb.debian.org/debian', 'bookworm'],
  ['http://deb.debian.org/debian', 'bookworm-updates'],
  ['http://deb.debian.org/debian-security', 'bookworm-security']
]
let ready = null

const opts = arch => [
  '-o',
  `APT::Architecture=${arch}`,
  '-o',
  `APT::Architectures::=${arch}`,
  '-o',
  'APT::Architectures::=all',
  '-o',
  `Dir::Etc::SourceList=${join(STATE, 'sources.list')}`,
  '-o',
  'Dir::Etc::SourceParts=/nonexistent',
  '-o',
  `Dir::State::Lists=${join(STATE, 'lists')}`,
  '-o',
  'Dir::Etc::Preferences=/nonexistent',
  '-o',
  'Dir::Etc::PreferencesParts=/nonexistent',
  '-o',
  'Dir::Cache::pkgcache=',
  '-o',
  'Dir::Cache::srcpkgcache=',
  '-o',
  'APT::Sandbox::User=root',
  '-o',
  'Debug::NoLocking=true'
]

/** The private state: contrib and non-free of bookworm, its updates and security, for amd64 and arm64. */
function state() {
  ready ??= (async () => {
    mkdirSync(join(STATE, 'lists', 'partial'), { recursive: true })
    writeFileSync(
      join(STATE, 'sources.list'),
      SUITES.map(
        ([url, suite]) =>
          `deb [arch=amd64,arm64 signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] ${url} ${suite} contrib non-free\n`
      ).join('')
    )
    const stamp = join(STATE, 'updated')
    if (!existsSync(stamp) || Date.now() - statSync(stamp).mtimeMs > 7 * 86400_000) {
      log('apt-get update for the contrib/non-free state')
      await run(['apt-get', ...opts('amd64'), '-o', 'APT::Architectures::=arm64', '-q', 'update'], { check: true })
      writeFileSync(stamp, '')
    }
  })()
  return ready
}

/**
 * The candidate .deb of each name for `arch`, in the shared cache (downloaded when missing), without dependencies:
 * [{ name, version, path }].
 */
export async function nonfreeDebs(arch, names) {
  await state()
  const memo = join(STATE, `fetch-${arch}-${names.join('+')}.json`)
  const stamp = statSync(join(STATE, 'updated')).mtimeMs
  if (existsSync(memo)) {
    const m = JSON.parse(readFileSync(memo, 'utf8'))
    if (m.stamp === stamp && m.debs.every(d => existsSync(d.path))) return m.debs
  }
  const r = await run(['apt-get', ...opts(arch), 'download', '--print-uris', ...names.map(n => `${n}:${arch}`)], {
    check: true
  })
  const debs = []
  for (const line of r.stdout.split('\n')) {
    const m = /^'([^']+)' (\S+) (\d+) /.exec(line)
    if (!m) continue
    const [name, version] = m[2].replace(/\.deb$/, '').split('_')
    debs.push({ name, version: decodeURIComponent(version), file: m[2], path: join(DEB_CACHE, m[2]) })
  }
  if (debs.length !== names.length)
    throw new Error(`contrib/non-free: ${debs.length} files for ${names.join(' ')} (${arch})`)
  const missing = debs.filter(d => !existsSync(d.path))
  if (missing.length) {
    const tmp = join(DEB_CACHE, `.partial-nonfree-${process.pid}-${arch}`)
    mkdirSync(tmp, { recursive: true })
    try {
      await run(['apt-get', ...opts(arch), '-q', 'download', ...missing.map(d => `${d.name}:${arch}=${d.version}`)], {
        cwd: tmp,
        check: true
      })
      for (const d of missing) renameSync(join(tmp, d.file), d.path)
    } finally {
      await run(['rm', '-rf', tmp])
    }
  }
  const out = names.map(n => debs.find(d => d.name === n)).map(({ name, version, path }) => ({ name, version, path }))
  writeFileSync(memo, JSON.stringify({ stamp, debs: out }))
  return out
}
