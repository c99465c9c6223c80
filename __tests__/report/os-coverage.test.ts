/**
 * What the report claims per OS follows from what the rules judge there (each rule's `os`): a part no rule judges is
 * "not checked", never ✅, and a platform whose programs no rule judges is not said to run them, in any renderer.
 */
import type { PlatformFacts } from '../../src/inspect/facts.js'
import { notCheckedOn } from '../../src/inspect/os.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import { summaryLine } from '../../src/report/summary-line.js'
import { renderTerminal } from '../../src/report/terminal.js'
import { parsePlatform } from '../../src/platform.js'
import { checkAndReport } from '../../src/verify.js'
import { platform } from '../helpers/facts.js'
import type { Report } from '../../src/report/model.js'
import { scenarios, windowsPlatform } from './scenarios.js'

/** The matrix row of a platform, as its cells. */
function row(md: string, name: string): string[] {
  const line = md.split('\n').find(l => l.startsWith('| ') && l.includes(`\`${name}\``)) ?? ''
  return line
    .split(/(?<!\\)\|/)
    .slice(1, -1)
    .map(c => c.trim())
}

function plan9(): PlatformFacts {
  const p = parsePlatform('plan9/amd64')
  return {
    platform: p,
    status: 'inspected',
    indexPlatform: p,
    config: { os: 'plan9', architecture: 'amd64' },
    notChecked: notCheckedOn(p) as string,
    executables: [],
    durationMs: 1
  }
}

test("a PE entrypoint's cell names its machine, as an ELF one does, and its foreign machine when it fails", () => {
  const good = renderMarkdown(checkAndReport('t', [windowsPlatform()], 'error'))
  expect(good).toContain('| ✅ x86-64 |')
  const bad = renderMarkdown(checkAndReport('t', [windowsPlatform('go-windows-arm64.exe')], 'error'))
  expect(row(bad, 'windows(10.0.20348.2655)/amd64')[2]).toBe('❌ **ARM64** in an amd64 image')
})

test('on Windows, DLL imports and CPU variants are not checked, and the cells say so', () => {
  const cells = row(renderMarkdown(checkAndReport('t', [windowsPlatform()], 'error')), 'windows(10.0.20348.2655)/amd64')
  expect(cells.slice(4, 6)).toEqual(['➖ not checked', '➖ not checked'])
})

test('on FreeBSD the loader is checked and the libraries are not: the cell says both', () => {
  const bsd = platform('freebsd/amd64', 'c-amd64-dyn')
  bsd.notChecked = notCheckedOn(bsd.platform) as string
  const md = renderMarkdown(checkAndReport('t', [bsd], 'error'))
  expect(row(md, 'freebsd/amd64')[4]).toBe('✅ loader found, ➖ libraries not checked')
  expect(row(md, 'freebsd/amd64')[5]).toBe('✅ ok')
})

describe('a platform of an OS without rules (plan9) next to a good Linux one', () => {
  const r = checkAndReport('t', [platform('linux/amd64', 'go-amd64'), plan9()], 'error')

  test('passes, but the comment does not say it can run, and is not folded away as all green', () => {
    expect(r.verdict).toBe('pass')
    const md = renderMarkdown(r)
    expect(md.split('\n')[0]).toBe(
      '### ➖ multiarch-verify: linux/amd64 can run what it ships; plan9/amd64 was not checked, 1 note'
    )
    expect(md).not.toContain('<details><summary>2 platforms')
    expect(row(md, 'plan9/amd64').slice(0, 6)).toEqual([
      '➖\u00a0`plan9/amd64`',
      '✅ config matches',
      '➖ not checked',
      '➖ not checked',
      '➖ not checked',
      '➖ not checked'
    ])
  })

  test('alone, it is only said not to be checked', () => {
    const md = renderMarkdown(checkAndReport('t', [plan9()], 'error'))
    expect(md.split('\n')[0]).toBe('### ➖ multiarch-verify: plan9/amd64 was not checked, 1 note')
  })

  test('the terminal and the summary line say the same', () => {
    const text = renderTerminal(r)
    expect(text).toContain('PASS  1 of 2 platform(s) can run what they ship; 1 not checked (no rules for its OS)')
    expect(text).toMatch(/ {2}skip {2}plan9\/amd64 +not checked: no rules for its OS/)
    expect(summaryLine(r)).toBe(
      'multiarch-verify: 1 of 2 platform(s) verified, 1 not checked (plan9/amd64); 0 error(s), 0 warning(s)'
    )
  })
})

test('ignored files are explained by their own reasons: a Windows image has no exec bits to lack', () => {
  const md = renderMarkdown(checkAndReport('t', [windowsPlatform()], 'error'))
  expect(md).toContain('3 checked, 2 ignored (1 DLL, 1 in WinSxS)')
  expect(md).not.toContain('exec bit')
})

test('the terminal counts programs in the words and numbers of the comment (a script is a program checked)', () => {
  const r = scenarios().find(s => s.name === 'script-interpreter-missing')?.report as Report
  expect(renderMarkdown(r)).toContain('(2 checked)')
  const text = renderTerminal(r)
  expect(text).toContain('· 2 programs checked')
  expect(text).not.toMatch(/binar(y|ies)/)
})
