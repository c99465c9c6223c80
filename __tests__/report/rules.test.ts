import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { RULES } from '../../src/checks/index.js'
import { ruleUrl } from '../../src/report/rules.js'
import { ROOT } from '../helpers/fixtures.js'

test("every rule id the comment and SARIF link to has its anchor in docs/rules.md's rule table", () => {
  const rules = readFileSync(join(ROOT, 'docs', 'rules.md'), 'utf8')
  const missing = RULES.map(r => r.id).filter(id => !rules.includes(`| <a id="${id}"></a>\`${id}\` |`))
  expect(missing).toEqual([])
  expect(ruleUrl('binary-arch-mismatch')).toBe(
    'https://github.com/multiarch-verify/multiarch-verify/blob/main/docs/rules.md#binary-arch-mismatch'
  )
})
