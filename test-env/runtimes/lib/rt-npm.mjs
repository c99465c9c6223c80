/**
 * Real prebuilt binaries from the npm registry, fetched with `npm pack` at an exact version into a cache beside the
 * .deb cache (MV_NPM_CACHE, default /var/cache/multiarch-verify/npm), so a rerun asks the registry nothing.
 * npm pack takes any package whatever its os/cpu/libc fields say: what an image for another platform would carry.
 */
import { existsSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { DEB_CACHE } from '../../loader/lib/apt.mjs'
import { run } from '../../loader/lib/util.mjs'
import { once } from './rt-base.mjs'

export const NPM_CACHE = process.env.MV_NPM_CACHE || join(dirname(DEB_CACHE), 'npm')

/** npm pack's file name for `@scope/name@version`: scope-name-version.tgz. */
const tarballName = (name, version) => `${name.replace(/^@/, '').replace('/', '-')}-${version}.tgz`

/** The .tgz of name@version in the cache (downloaded when missing). */
export async function npmTarball(name, version) {
  mkdirSync(NPM_CACHE, { recursive: true })
  const file = join(NPM_CACHE, tarballName(name, version))
  if (!existsSync(file)) {
    const r = await run(['npm', 'pack', `${name}@${version}`, '--pack-destination', NPM_CACHE, '--json'], {
      check: true,
      cwd: NPM_CACHE
    })
    const packed = JSON.parse(r.stdout)[0]?.filename
    if (!packed || !existsSync(join(NPM_CACHE, packed))) throw new Error(`npm pack ${name}@${version}: no tarball`)
  }
  return file
}

/** name@version unpacked once per run; returns the package directory (the tarball's `package/`). */
export function npmPackage(ctx, name, version) {
  return once(ctx, `npm ${name}@${version}`, async () => {
    const tgz = await npmTarball(name, version)
    const dir = join(ctx.work, 'npm', tarballName(name, version).replace(/\.tgz$/, ''))
    mkdirSync(dir, { recursive: true })
    await run(['tar', '-xzf', tgz, '-C', dir, '--no-same-owner'], { check: true })
    return join(dir, 'package')
  })
}

/** Where npm puts a package in an image's node_modules. */
export const npmInstallPath = (appDir, name) => join(appDir, 'node_modules', name)
