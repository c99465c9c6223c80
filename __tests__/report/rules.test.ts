import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { RULES } from '../../src/checks/index.js'
import { ruleUrl } from '../../src/report/rules.js'
import { ROOT } from '../helpers/fixtures.js'

test("every rule id the comment links to has its anchor in the README's rule table", () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
  const missing = RULES.map(r => r.id).filter(id => !readme.includes(`| <a id="${id}"></a>\`${id}\` |`))
  expect(missing).toEqual([])
  expect(ruleUrl('binary-arch-mismatch')).toBe(
    'https://github.com/multiarch-verify/multiarch-verify#binary-arch-mismatch'
  )
})
