/**
 * What the README, action.yml and the CLI's usage say is what the code does: one list of source forms, one rule list,
 * the same inputs, defaults, allowed values and outputs, and examples that use only what exists.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { RULES } from '../src/checks/index.js'
import { COMMENT_MODES, MODES } from '../src/inputs.js'
import { FAIL_ON } from '../src/request.js'
import { SOURCE_LIST } from '../src/image/open.js'
import { ROOT } from './helpers/fixtures.js'
import { cli } from './helpers/run.js'

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
const actionYml = readFileSync(join(ROOT, 'action.yml'), 'utf8').replace(/\s+/g, ' ')

test.each(SOURCE_LIST.map(s => [s.split(' ')[0] as string]))(
  'the source form %s is in the CLI usage, action.yml and the README',
  async form => {
    expect(actionYml).toContain(form)
    expect(readme).toContain(`\`${form}\``)
    expect((await cli(['--help'])).stdout).toContain(form)
  }
)

test.each(RULES.map(r => [r.id]))('the rule %s has its row in the README', id => {
  expect(readme).toMatch(new RegExp(`^\\| <a id="${id}"></a>\`${id}\` \\|`, 'm'))
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
