// What the release workflow is about to release, and whether it may: the version in package.json (and src/version.ts,
// and the README's examples), its dated CHANGELOG section, and no tag of that name yet.
//   node scripts/release-plan.mjs    prints tag=vX.Y.Z and major=vX (also to $GITHUB_OUTPUT), or one line why not
import { spawnSync } from 'node:child_process'
import { appendFileSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { releaseNotes } from './release-notes.mjs'

/**
 * The tag and major tag of the release the sources describe; throws with the reason when they cannot be released:
 * a version that is not X.Y.Z, code that says another version, an undated or empty CHANGELOG section, a tag that
 * exists already (releases are never re-cut), or README examples that do not use the major tag yet.
 */
export function releasePlan({ version, codeVersion, changelog, readme, tags }) {
  if (!/^\d+\.\d+\.\d+$/.test(version)) throw new Error(`package.json's version ${version} is not X.Y.Z`)
  if (codeVersion !== version) throw new Error(`src/version.ts says ${codeVersion}, package.json ${version}`)
  releaseNotes(changelog, version)
  const tag = `v${version}`
  const major = `v${version.split('.')[0]}`
  if (tags.includes(tag)) throw new Error(`${tag} exists already: raise the version in package.json to release again`)
  const refs = [...readme.matchAll(/uses:\s*multiarch-verify\/multiarch-verify@(\S+)/g)].map(m => m[1])
  const others = [...new Set(refs.filter(r => r !== major))]
  if (others.length)
    throw new Error(`the README's examples use @${others.join(', @')}: switch them to @${major} (sync-pins.mjs --self)`)
  return { tag, major }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..')
  try {
    const tagList = spawnSync('git', ['tag', '--list'], { cwd: root, encoding: 'utf8' })
    if (tagList.status !== 0) throw new Error('git tag --list failed')
    const plan = releasePlan({
      version: JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version,
      codeVersion: /VERSION = '([^']+)'/.exec(readFileSync(join(root, 'src', 'version.ts'), 'utf8'))?.[1],
      changelog: readFileSync(join(root, 'CHANGELOG.md'), 'utf8'),
      readme: readFileSync(join(root, 'README.md'), 'utf8'),
      tags: tagList.stdout.split('\n').filter(Boolean)
    })
    for (const [k, v] of Object.entries(plan)) {
      console.log(`${k}=${v}`)
      if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `${k}=${v}\n`)
    }
  } catch (err) {
    console.error(`release-plan: ${err.message}`)
    process.exit(1)
  }
}
