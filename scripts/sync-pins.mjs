// The workflows in .github/workflows are the one source of the actions' pins: dependabot bumps them there. The
// README's and docs/'s examples carry the same pins, and this script copies them over:
//   node scripts/sync-pins.mjs           rewrite README.md and docs/*.md from the workflows
//   node scripts/sync-pins.mjs --check   print each pin that differs and exit 1, change nothing
//   node scripts/sync-pins.mjs --self REF [--self-comment TEXT]
//                                        also set this action's own references in the examples to @REF (# TEXT)
// A pin is `uses: OWNER/REPO[/PATH]@<40 hex> # vX.Y.Z`; one repository has one pin (codeql-action's init, analyze and
// upload-sarif share theirs). This action's own references (multiarch-verify/multiarch-verify@...) are not pins of
// the workflows: they change only with --self (a release switches them to its major tag; the README says which ref to
// use when, and __tests__/docs.test.ts checks that it matches the CHANGELOG).
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const SELF = 'multiarch-verify/multiarch-verify'
/** `uses: owner/repo[/path]@ref # comment`, in YAML or in a Markdown code block. */
const USES = /(uses:\s*)([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+)((?:\/[A-Za-z0-9_./-]+)?)@([^\s#]+)([ \t]*#[ \t]*(\S+))?/g

/** owner/repo → { sha, version, where } from workflow texts; throws when two workflows disagree or a pin is loose. */
export function workflowPins(files) {
  const pins = new Map()
  const problems = []
  for (const [file, text] of files) {
    for (const m of text.matchAll(USES)) {
      const [, , repo, , ref, , version] = m
      if (repo === SELF) continue
      if (!/^[0-9a-f]{40}$/.test(ref) || !/^v\d+\.\d+\.\d+$/.test(version ?? '')) {
        problems.push(`${file}: ${repo}@${ref} is not pinned as <40-hex sha> # vX.Y.Z`)
        continue
      }
      const seen = pins.get(repo)
      if (seen && (seen.sha !== ref || seen.version !== version))
        problems.push(
          `${repo} is pinned twice: ${seen.sha} # ${seen.version} (${seen.where}), ${ref} # ${version} (${file})`
        )
      else if (!seen) pins.set(repo, { sha: ref, version, where: file })
    }
  }
  if (problems.length) throw new Error(problems.join('\n'))
  return pins
}

/**
 * The text with every pinned action set to the workflows' pin, and what differed. An action the workflows do not
 * use is a problem: its pin would have no source (add it to a workflow, or drop it from the example).
 */
export function rewritePins(text, pins) {
  const changes = []
  const unknown = []
  const out = text.replace(USES, (whole, lead, repo, path, ref, _c, version) => {
    if (repo === SELF) return whole
    const pin = pins.get(repo)
    if (!pin) {
      unknown.push(`${repo}${path}@${ref}`)
      return whole
    }
    const next = `${lead}${repo}${path}@${pin.sha} # ${pin.version}`
    if (ref !== pin.sha || version !== pin.version)
      changes.push(`${repo}${path}: ${ref}${version ? ` # ${version}` : ''} -> ${pin.sha} # ${pin.version}`)
    return next
  })
  return { text: out, changes, unknown }
}

/** The text with this action's own references set to `@ref` (and `# comment`). */
export function rewriteSelf(text, ref, comment) {
  const re = new RegExp(`(uses:\\s*${SELF})@[^\\s#]+(?:[ \\t]*#[^\\n]*)?`, 'g')
  return text.replace(re, (_w, lead) => `${lead}@${ref}${comment ? ` # ${comment}` : ''}`)
}

/** The Markdown files whose examples carry pins: README.md and docs/*.md. */
export async function markdownFiles(root) {
  const docs = await readdir(join(root, 'docs')).catch(() => [])
  return ['README.md', ...docs.filter(f => f.endsWith('.md')).map(f => join('docs', f))]
}

export async function readWorkflows(root) {
  const dir = join(root, '.github', 'workflows')
  const names = (await readdir(dir)).filter(f => /\.ya?ml$/.test(f)).sort()
  return Promise.all(names.map(async f => [join('.github', 'workflows', f), await readFile(join(dir, f), 'utf8')]))
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..')
  const check = process.argv.includes('--check')
  const arg = name => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined)
  const self = arg('--self')
  let failed = false
  try {
    const pins = workflowPins(await readWorkflows(root))
    for (const file of await markdownFiles(root)) {
      const path = join(root, file)
      const before = await readFile(path, 'utf8')
      const synced = rewritePins(before, pins)
      const { changes, unknown } = synced
      const text = self ? rewriteSelf(synced.text, self, arg('--self-comment')) : synced.text
      if (self && text !== synced.text) changes.push(`${SELF} -> @${self}`)
      for (const u of unknown) {
        console.error(`${file}: ${u} is used by no workflow, so its pin has no source`)
        failed = true
      }
      for (const c of changes) console.log(`${file}: ${c}`)
      if (changes.length && check) failed = true
      if (changes.length && !check) await writeFile(path, text)
    }
    if (check && failed)
      console.error(
        `pins differ from the workflows': run node ${relative(process.cwd(), fileURLToPath(import.meta.url))}`
      )
  } catch (err) {
    console.error(`sync-pins: ${err.message}`)
    failed = true
  }
  process.exit(failed ? 1 : 0)
}
