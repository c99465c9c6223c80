/**
 * The npm package as a user gets it: `npm pack`, then `npx` from the tarball in an empty directory, on the bundled
 * example image. Installs the package's dependencies from the npm registry, so it is an integration test.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT } from '../helpers/fixtures.js'

function run(cmd: string, args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise(resolve =>
    execFile(cmd, args, { cwd, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 99) : 0, stdout, stderr })
    )
  )
}

test('npx multiarch-verify inspect works from the packed tarball, in a directory with nothing else', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'mv-pack-'))
  try {
    const packed = await run('npm', ['pack', '--pack-destination', dir, '--ignore-scripts'], ROOT)
    expect(packed.code).toBe(0)
    const [tgz] = (await readdir(dir)).filter(f => f.endsWith('.tgz'))
    const work = await mkdtemp(join(dir, 'work-'))
    const r = await run(
      'npm',
      [
        'exec',
        '--yes',
        `--package=${join(dir, tgz as string)}`,
        '--',
        'multiarch-verify',
        'inspect',
        `oci-archive:${join(ROOT, 'examples', 'go-wrong-arch.oci.tar')}`,
        '--format',
        'json',
        '--no-cache'
      ],
      work
    )
    expect(r.code).toBe(1) // the example has the bug
    const report = JSON.parse(r.stdout) as { verdict: string; findings: Array<{ rule: string; platform: string }> }
    expect(report.verdict).toBe('fail')
    expect(report.findings.map(f => [f.rule, f.platform])).toContainEqual(['binary-arch-mismatch', 'linux/arm64'])
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})
