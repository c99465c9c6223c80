import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { applyConfig, parseConfig } from '../../src/config/config.js'
import type { Finding } from '../../src/checks/types.js'
import { EXAMPLE_ARCHIVE } from '../helpers/fixtures.js'
import { cli } from '../helpers/run.js'

const f = (rule: Finding['rule'], path: string, severity: Finding['severity'] = 'error'): Finding => ({
  rule,
  severity,
  platform: 'linux/arm64',
  path,
  message: 'm'
})

test('severities and ignores apply; what they drop is counted', () => {
  const config = parseConfig(
    'c.yml',
    [
      'rules:',
      '  binary-arch-mismatch:',
      '    ignore: ["/opt/vendor/**"]',
      '  interpreter-missing:',
      '    severity: warning',
      '  cpu-variant-mismatch:',
      '    severity: off',
      'require:',
      '  - /usr/local/bin/app',
      ''
    ].join('\n')
  )
  expect(config.require).toEqual(['/usr/local/bin/app'])
  const r = applyConfig(
    [
      f('binary-arch-mismatch', '/opt/vendor/x/tool'),
      f('binary-arch-mismatch', '/server'),
      f('interpreter-missing', '/usr/bin/a'),
      f('cpu-variant-mismatch', '/usr/bin/b', 'warning')
    ],
    config
  )
  expect(r.findings.map(x => [x.rule, x.path, x.severity])).toEqual([
    ['binary-arch-mismatch', '/server', 'error'],
    ['interpreter-missing', '/usr/bin/a', 'warning']
  ])
  expect(r.suppressed).toBe(2)
})

test('a required path is POSIX (every platform but Windows) or a Windows drive path (Windows platforms)', () => {
  const config = parseConfig('c.yml', 'require:\n  - /usr/bin/app\n  - C:\\app\\app.exe\n  - c:/tools/t.exe\n')
  expect(config.require).toEqual(['/usr/bin/app', 'C:\\app\\app.exe', 'c:/tools/t.exe'])
  expect(() => parseConfig('c.yml', 'require:\n  - app\\app.exe\n')).toThrow('must be absolute')
})

test.each([
  ['rules:\n  no-such-rule: {}\n', 'c.yml:2: unknown rule "no-such-rule"; the rules are platform-missing,'],
  ['rules:\n  binary-arch-mismatch:\n    ignore: ["/a/[b"]\n', 'c.yml:3: bad glob "/a/[b"'],
  [
    'rules:\n  binary-arch-mismatch:\n    severity: fatal\n',
    'c.yml:3: severity "fatal"; use error, warning, note, off'
  ],
  ['require:\n  - relative/path\n', 'c.yml:2: required path "relative/path" must be absolute'],
  ['rules: [1, 2\n', 'c.yml:1: not valid YAML'],
  ['colour: blue\n', 'c.yml:1: unknown setting "colour"; use rules, require or provided-libraries'],
  ['provided-libraries: libcuda.so.1\n', 'c.yml:1: "provided-libraries" must be a list of library names'],
  [
    'provided-libraries:\n  - /usr/lib/libcuda.so.1\n',
    'c.yml:2: provided library "/usr/lib/libcuda.so.1" must be a library name'
  ]
])('%j is refused, naming the line', (text, message) => {
  expect(() => parseConfig('c.yml', text)).toThrow(message)
})

test('the CLI: --config with require and ignore, and a missing --config file', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'mv-config-'))
  try {
    const cfg = join(dir, 'c.yml')
    await writeFile(
      cfg,
      'rules:\n  binary-arch-mismatch:\n    ignore: ["/server"]\nrequire:\n  - /server\n  - /usr/bin/app\n'
    )
    const r = await cli(['inspect', `oci-archive:${EXAMPLE_ARCHIVE}`, '--config', cfg, '--format', 'json'])
    const report = JSON.parse(r.stdout) as {
      findings: Array<{ rule: string; platform: string; path: string }>
      suppressed?: number
    }
    expect(report.findings.map(x => [x.rule, x.platform, x.path])).toEqual([
      ['required-path-missing', 'linux/amd64', '/usr/bin/app'],
      ['required-path-missing', 'linux/arm64', '/usr/bin/app']
    ])
    expect(report.suppressed).toBe(1)
    expect(r.code).toBe(1)
    const missing = await cli(['inspect', `oci-archive:${EXAMPLE_ARCHIVE}`, '--config', join(dir, 'nope.yml')])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toBe(`multiarch-verify: config file ${join(dir, 'nope.yml')} not found\n`)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})
