/**
 * What the README, action.yml and the CLI's usage say is what the code does: one list of source forms, one rule list,
 * the same inputs, defaults, allowed values and outputs, and examples that use only what exists.
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { RULES } from '../src/checks/index.js'
import { COMMENT_MODES, MODES } from '../src/inputs.js'
import { FAIL_ON } from '../src/request.js'
import { SOURCE_LIST } from '../src/image/open.js'
import { ROOT } from './helpers/fixtures.js'
import { cli } from './helpers/run.js'

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
const docs = (page: string) => readFileSync(join(ROOT, 'docs', page), 'utf8')
const actionYml = readFileSync(join(ROOT, 'action.yml'), 'utf8').replace(/\s+/g, ' ')

test.each(SOURCE_LIST.map(s => [s.split(' ')[0] as string]))(
  'the source form %s is in the CLI usage, action.yml, the README and docs/engine.md',
  async form => {
    expect(actionYml).toContain(form)
    expect(readme).toContain(`\`${form}\``)
    expect(docs('engine.md')).toContain(`\`${form}\``)
    expect((await cli(['--help'])).stdout).toContain(form)
  }
)

test.each(RULES.map(r => [r.id]))('the rule %s has its row in docs/rules.md', id => {
  expect(docs('rules.md')).toMatch(new RegExp(`^\\| <a id="${id}"></a>\`${id}\` \\|`, 'm'))
})

// ---------------------------------------------------------------------------------------------------------------
// README ↔ action.yml: a reader configures the action from the README, the runner from action.yml. Nothing the
// README says about an input or an output may differ from action.yml, and its examples must use only what exists.

interface ActionInput {
  description: string
  default?: string
}
const action = parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, ActionInput>
  outputs: Record<string, { description: string }>
}
const flat = (s: string) => s.replace(/\s+/g, ' ').trim()

/** The rows of the Markdown table under the header line `| first | ...`, as cells, keyed by the first cell's code. */
function table(markdown: string, header: string): Map<string, string[]> {
  const lines = markdown.split('\n')
  const start = lines.findIndex(l => l.startsWith(header))
  if (start < 0) throw new Error(`no table "${header}"`)
  const rows = new Map<string, string[]>()
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break
    const cells = line
      .slice(1, -1)
      .split(/(?<!\\)\|/)
      .map(c => c.trim())
    rows.set((cells[0] ?? '').replace(/^`|`$/g, ''), cells.slice(1))
  }
  return rows
}
const inputsTable = table(readme, '| input | default | meaning |')
const outputsTable = table(readme, '| output | value |')
/** The code spans of a table cell. */
const codes = (cell = '') => [...cell.matchAll(/`([^`]+)`/g)].map(m => m[1] as string)

/** Every input whose values are a closed set, with the set the code accepts. */
const ENUMS: Record<string, readonly string[]> = { mode: MODES, 'fail-on': FAIL_ON, 'comment-mode': COMMENT_MODES }
const BOOLEANS = ['check-run', 'suggestions', 'cache']

test("the README's inputs and outputs tables have a row for each of action.yml's, and no other", () => {
  expect([...inputsTable.keys()].sort()).toEqual(Object.keys(action.inputs).sort())
  expect([...outputsTable.keys()].sort()).toEqual(Object.keys(action.outputs).sort())
})

const withDefault = Object.entries(action.inputs).filter(([, i]) => i.default !== undefined)
const withoutDefault = Object.entries(action.inputs).filter(([, i]) => i.default === undefined)

test.each(withDefault)('input %s: the README gives the default action.yml has', (name, input) => {
  expect([name, inputsTable.get(name)?.[0]]).toEqual([name, `\`${input.default}\``])
})

// Without a default in action.yml, what the README calls the default must be what action.yml's description says.
test.each(withoutDefault)('input %s: what the README calls its default, action.yml says too', (name, input) => {
  const said = codes(inputsTable.get(name)?.[0])
  expect(said.filter(c => !flat(input.description).includes(c))).toEqual([])
})

test.each(Object.entries(ENUMS))(
  'input %s: the code, action.yml and the README allow the same values',
  (name, values) => {
    const [, meaning] = inputsTable.get(name) ?? []
    // The README's row names exactly the allowed values, each as code: no more (a value the code refuses), no fewer.
    expect(codes(meaning).sort()).toEqual([...values].sort())
    for (const v of values) expect(flat(action.inputs[name]?.description ?? '')).toMatch(new RegExp(`\\b${v}\\b`))
    expect(values).toContain(action.inputs[name]?.default)
  }
)

test.each(BOOLEANS)('input %s is a boolean with a boolean default in both', name => {
  expect(['true', 'false']).toContain(action.inputs[name]?.default)
  expect(inputsTable.get(name)?.[0]).toBe(`\`${action.inputs[name]?.default}\``)
})

test('fail-on: the CLI usage in the README and in --help allow exactly the values the code accepts', async () => {
  const usage = (text: string) => /--fail-on ([a-z|]+)/.exec(text)?.[1]?.split('|')
  expect(usage(readme)).toEqual([...FAIL_ON])
  expect(usage((await cli(['--help'])).stdout)).toEqual([...FAIL_ON])
})

test('github-token is described the same in both, with the permissions and the suggestions it serves', () => {
  const [, meaning = ''] = inputsTable.get('github-token') ?? []
  const description = flat(action.inputs['github-token']?.description ?? '')
  expect(flat(meaning.replace(/`/g, ''))).toBe(description)
  for (const words of ['pull-requests: write', 'checks: write', 'suggestions', 'fork', 'never printed'])
    expect(description).toContain(words)
})

interface Step {
  id?: string
  uses?: string
  if?: string
  with?: Record<string, unknown>
}
/** The README's workflow examples, parsed, with the text of each. */
const workflows = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)]
  .map(m => m[1] as string)
  .filter(y => /^jobs:/m.test(y))
  .map(text => ({ text, wf: parseYaml(text) as { jobs: Record<string, { steps: Step[] }> } }))
const isAction = (s: Step) => /^multiarch-verify\/multiarch-verify@/.test(s.uses ?? '')

test.each(workflows.map((w, i) => [i + 1, w]))(
  'README workflow #%i: its with: keys, values and steps.*.outputs.* are what action.yml has',
  (_i, { text, wf }) => {
    const problems: string[] = []
    for (const [job, { steps }] of Object.entries(wf.jobs)) {
      const ids = new Map(steps.filter(s => s.id).map(s => [s.id as string, s]))
      for (const s of steps.filter(isAction))
        for (const [key, value] of Object.entries(s.with ?? {})) {
          if (!action.inputs[key]) problems.push(`${job}: with: ${key} is not an input`)
          const allowed = ENUMS[key] ?? (BOOLEANS.includes(key) ? ['true', 'false'] : undefined)
          if (allowed && !String(value).includes('${{') && !allowed.includes(String(value)))
            problems.push(`${job}: ${key}: ${String(value)} is not one of ${allowed.join(', ')}`)
        }
      const jobText = JSON.stringify(steps)
      for (const [, id, output] of jobText.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
        const step = ids.get(id as string)
        if (!step) problems.push(`${job}: steps.${id} is no step of the job`)
        else if (isAction(step) && !action.outputs[output as string])
          problems.push(`${job}: steps.${id}.outputs.${output} is not an output`)
      }
    }
    expect(problems).toEqual([])
    expect(text).toMatch(/uses: multiarch-verify\/multiarch-verify@/)
  }
)

test("an example's report upload runs also when the step failed (if: always()), or a failed job's report is lost", () => {
  const uploads = workflows.flatMap(({ wf }) =>
    Object.values(wf.jobs).flatMap(j =>
      j.steps.filter(s => /^actions\/upload-artifact@/.test(s.uses ?? '') && /outputs\.report/.test(JSON.stringify(s)))
    )
  )
  expect(uploads.length).toBeGreaterThanOrEqual(2)
  expect(uploads.map(s => s.if ?? 'no if:').filter(c => !/\balways\(\)/.test(c))).toEqual([])
})

// ---------------------------------------------------------------------------------------------------------------
// The README a maintainer adopts from: what to paste first, a table of contents, links that lead somewhere.

test('the workflow to paste is within the first 40 lines, and the inputs and outputs tables come next', () => {
  const lines = readme.split('\n')
  const uses = lines.findIndex(l => /^\s+- uses: multiarch-verify\/multiarch-verify@/.test(l))
  const fenceEnd = lines.findIndex((l, i) => i > uses && l === '```')
  expect(fenceEnd + 1).toBeLessThanOrEqual(40)
  const h2 = lines.filter(l => l.startsWith('## '))
  expect(h2.slice(0, 4)).toEqual(['## Use it in a workflow', '## Inputs', '## Outputs', '## Permissions'])
  expect(h2).toContain('## Troubleshooting')
})

test("the table of contents links every section, Troubleshooting's included, and the troubleshooting answers", () => {
  const toc = /^\*\*Contents:\*\*([\s\S]*?)\n\n/m.exec(readme)?.[1] ?? ''
  const linked = [...toc.matchAll(/\]\(#([^)]+)\)/g)].map(m => m[1])
  const sections = readme
    .split('\n')
    .filter(l => l.startsWith('## '))
    .map(l => slug(l.slice(3)))
  expect(linked).toEqual(sections)
  const trouble = readme.slice(
    readme.indexOf('## Troubleshooting'),
    readme.indexOf('\n## ', readme.indexOf('## Troubleshooting') + 3)
  )
  for (const topic of ['exit code 2', '`not-checked`', 'fork', 'permissions', 'false positive', 'ignore:', 'severity:'])
    expect(trouble.toLowerCase()).toContain(topic.toLowerCase())
})

/** GitHub's anchor for a heading: the text as shown, lower case, without punctuation, spaces as hyphens. */
function slug(heading: string): string {
  return heading
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}_\- ]/gu, '')
    .replace(/ /g, '-')
}

/** The anchors of a Markdown file: its headings' (numbered when repeated) and its explicit <a id>s. */
function anchorsOf(text: string): Set<string> {
  const out = new Set<string>()
  const seen = new Map<string, number>()
  let code = false
  for (const line of text.split('\n')) {
    if (line.startsWith('```')) code = !code
    const m = code ? null : /^#{1,6} (.*)/.exec(line)
    if (!m) continue
    const s = slug(m[1] as string)
    const n = seen.get(s) ?? 0
    seen.set(s, n + 1)
    out.add(n ? `${s}-${n}` : s)
  }
  for (const [, id] of text.matchAll(/<a id="([^"]+)"><\/a>/g)) out.add(id as string)
  return out
}

const MARKDOWN = [
  'README.md',
  'CONTRIBUTING.md',
  'SECURITY.md',
  'CHANGELOG.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter(f => f.endsWith('.md'))
    .map(f => `docs/${f}`)
]

/** Every relative link of a Markdown file that does not lead to an existing file and anchor. */
function brokenLinks(file: string, text: string): string[] {
  const broken: string[] = []
  const prose = text.replace(/```[\s\S]*?```/g, '')
  for (const [, target] of prose.matchAll(/\]\(([^)\s]+)\)/g)) {
    if (/^[a-z]+:/.test(target as string)) continue
    const [path = '', anchor] = (target as string).split('#')
    const resolved = path ? join(dirname(file), path) : file
    if (!existsSync(join(ROOT, resolved))) broken.push(`${target}: no file ${resolved}`)
    else if (anchor && resolved.endsWith('.md')) {
      // A link within the file is checked against the text given, another file's against that file.
      const anchors = path ? anchorsOf(readFileSync(join(ROOT, resolved), 'utf8')) : anchorsOf(text)
      if (!anchors.has(anchor)) broken.push(`${target}: no anchor #${anchor} in ${resolved}`)
    }
  }
  return broken
}

test.each(MARKDOWN)('%s: every relative link leads to a file and an anchor that exist', file => {
  expect(brokenLinks(file, readFileSync(join(ROOT, file), 'utf8'))).toEqual([])
})

test('the link check can fail: a moved anchor, a missing page and a heading renamed are reported', () => {
  const text =
    '# Top\n\n[a](#rules) [b](docs/nowhere.md) [c](docs/rules.md#no-such-rule) [d](#top) [e](docs/rules.md)\n'
  expect(brokenLinks('README.md', text)).toEqual([
    '#rules: no anchor #rules in README.md',
    'docs/nowhere.md: no file docs/nowhere.md',
    'docs/rules.md#no-such-rule: no anchor #no-such-rule in docs/rules.md'
  ])
})

test("the issue templates' README links lead to an anchor that exists", () => {
  const dir = join(ROOT, '.github', 'ISSUE_TEMPLATE')
  const links = readdirSync(dir).flatMap(f => [
    ...readFileSync(join(dir, f), 'utf8').matchAll(/github\.com\/multiarch-verify\/multiarch-verify#([\w-]+)/g)
  ])
  expect(links.length).toBeGreaterThan(0)
  for (const [, anchor] of links) expect(anchorsOf(readme)).toContain(anchor)
})

test("the README's picture is the seed bug's golden as it is now (npm run render:comments -- --readme redraws it)", () => {
  const record = JSON.parse(readFileSync(join(ROOT, 'docs', 'images', 'pr-comment.json'), 'utf8')) as {
    golden: string
    sha256: string
  }
  const golden = readFileSync(join(ROOT, record.golden))
  expect(createHash('sha256').update(golden).digest('hex')).toBe(record.sha256)
  expect(readme).toContain('](docs/images/pr-comment.png)')
  // A PNG, and drawn (not a placeholder): its header, and more than a few kilobytes.
  const png = readFileSync(join(ROOT, 'docs', 'images', 'pr-comment.png'))
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a')
  expect(png.length).toBeGreaterThan(20_000)
})

test("the README's examples use this action by the ref the release state calls for", () => {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
  const changelog = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8')
  const released = new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm').test(changelog)
  const refs = new Set(
    MARKDOWN.flatMap(f => [
      ...readFileSync(join(ROOT, f), 'utf8').matchAll(/uses: multiarch-verify\/multiarch-verify@(\S+(?: # .*)?)$/gm)
    ]).map(m => m[1])
  )
  // Before the first release: one commit of main, said so; once the version's section is dated: its major tag.
  const expected = released ? `v${version.split('.')[0]}` : /^[0-9a-f]{40} # main, no release yet$/
  expect(refs.size).toBe(1)
  expect([...refs][0]).toMatch(expected)
})
