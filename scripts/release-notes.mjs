// Prints the CHANGELOG.md section of one version, for the GitHub release's notes:
//   node scripts/release-notes.mjs v1.2.3   (or 1.2.3)
// Fails when the section is missing, empty or still "Unreleased": a tag must not be cut before its notes are dated.
import { readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The body of `## [VERSION] - YYYY-MM-DD`, up to the next `## ` heading; throws with the reason otherwise. */
export function releaseNotes(changelog, version) {
  const v = version.replace(/^v/, '')
  const lines = changelog.split('\n')
  const start = lines.findIndex(l => l.startsWith(`## [${v}]`))
  if (start < 0) throw new Error(`CHANGELOG.md has no "## [${v}]" section`)
  const heading = lines[start]
  if (!/ - \d{4}-\d{2}-\d{2}\s*$/.test(heading))
    throw new Error(`CHANGELOG.md's section for ${v} is not dated ("${heading}"): date it before tagging`)
  const next = lines.findIndex((l, i) => i > start && l.startsWith('## '))
  const body = lines
    .slice(start + 1, next < 0 ? undefined : next)
    .join('\n')
    .replace(/^\[[^\]]+\]: .*$/gm, '') // link references belong to the whole file
    .trim()
  if (!body) throw new Error(`CHANGELOG.md's section for ${v} is empty`)
  return body
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const version = process.argv[2]
  if (!version) {
    console.error('usage: node scripts/release-notes.mjs vX.Y.Z')
    process.exit(2)
  }
  const root = join(dirname(fileURLToPath(import.meta.url)), '..')
  try {
    console.log(releaseNotes(await readFile(join(root, 'CHANGELOG.md'), 'utf8'), version))
  } catch (err) {
    console.error(`release-notes: ${err.message}`)
    process.exit(1)
  }
}
