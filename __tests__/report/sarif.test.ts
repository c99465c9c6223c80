import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { RULES } from '../../src/checks/index.js'
import { renderSarif } from '../../src/report/sarif.js'
import { checkAndReport } from '../../src/verify.js'
import { exe, platform } from '../helpers/facts.js'

// The official SARIF 2.1.0 schema, as shipped by Microsoft's @microsoft/jest-sarif package.
const require = createRequire(import.meta.url)
// CommonJS packages: required directly, so their default exports need no interop under NodeNext.
const Ajv = require('ajv-draft-04') as typeof import('ajv-draft-04').default
const addFormats = require('ajv-formats') as typeof import('ajv-formats').default
const schema = JSON.parse(
  readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')
)
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false })
addFormats(ajv)
const validate = ajv.compile(schema)

function report() {
  const arm = platform('linux/arm64', 'go-amd64')
  arm.executables.push(exe('/opt/x', 'go-amd64'))
  return checkAndReport('build:.', [platform('linux/amd64', 'go-amd64'), arm], 'error', {
    dockerfile: { file: './app/Dockerfile', stages: [] }
  })
}

test('the SARIF log is valid SARIF 2.1.0', () => {
  const sarif = renderSarif(report())
  expect(validate(sarif) ? [] : validate.errors).toEqual([])
})

test('it carries every rule with help, and every finding with a level and a location', () => {
  const sarif = renderSarif(report()) as {
    runs: Array<{
      tool: { driver: { rules: Array<{ id: string; help: { text: string } }> } }
      results: Array<Record<string, unknown>>
    }>
  }
  const run = sarif.runs[0]!
  expect(run.tool.driver.rules.map(r => r.id)).toEqual(RULES.map(r => r.id))
  expect(run.tool.driver.rules.every(r => r.help.text.length > 20)).toBe(true)
  expect(run.results.map(r => [r.ruleId, r.level])).toEqual([
    ['binary-arch-mismatch', 'warning'],
    ['binary-arch-mismatch', 'error']
  ])
  expect(run.results[0]).toMatchObject({
    locations: [{ physicalLocation: { artifactLocation: { uri: 'app/Dockerfile' }, region: { startLine: 1 } } }]
  })
})

test('a report with no findings is a valid, empty run', () => {
  const sarif = renderSarif(checkAndReport('x', [platform('linux/amd64', 'go-amd64')], 'error'))
  expect(validate(sarif)).toBe(true)
})

test('the validator does reject a broken log (the check can fail)', () => {
  const sarif = renderSarif(report()) as { runs: Array<{ results: Array<{ level: string }> }> }
  sarif.runs[0]!.results[0]!.level = 'catastrophic'
  expect(validate(sarif)).toBe(false)
})
