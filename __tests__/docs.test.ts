/** What the README, action.yml and the CLI's usage say is what the code does: one list of source forms, one rule list. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { RULES } from '../src/checks/index.js'
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
