/**
 * A bug is reported as a bug, never as a finding about the image. A TypeError thrown by our own code while a layer
 * is walked (here: the capture of a file's facts) propagates as itself from the walk, the docker save pipe and the
 * CLI, which says "internal error" on one line (its stack with --verbose) and exits 2 as the README documents; a
 * layer's own fault (cut short) is still the image's. A rule that crashes is reported with its stack under
 * --verbose. The bugs are forced with module mocks; the CLI's commands run in this process.
 */
import { jest } from '@jest/globals'
import { Readable } from 'node:stream'
import type { CaptureLimits, Captured } from '../src/image/capture.js'
import type { CrossInput, Finding } from '../src/checks/types.js'

const realCapture = await import('../src/image/capture.js')
const realIdentical = await import('../src/checks/identical-binary.js')

/** The forced bugs, off unless a test turns one on. */
const forced = { capture: false, rule: false }

/** A programming error as our code would make one: a property read on undefined, with a real stack. */
function typeError(): never {
  const nothing = undefined as unknown as { facts: { length: number } }
  return nothing.facts.length as never
}

jest.unstable_mockModule('../src/image/capture.js', () => ({
  ...realCapture,
  captureEntry: (
    stream: AsyncIterable<Buffer> & { resume?: () => unknown },
    mode: number,
    size: number,
    limits?: CaptureLimits
  ): Promise<Captured> => {
    if (forced.capture) return (async () => typeError())()
    return realCapture.captureEntry(stream, mode, size, limits)
  }
}))
jest.unstable_mockModule('../src/checks/identical-binary.js', () => ({
  identicalBinary: {
    ...realIdentical.identicalBinary,
    check: (input: CrossInput): Finding[] => {
      if (forced.rule) typeError()
      return realIdentical.identicalBinary.check(input)
    }
  }
}))

const { UserError } = await import('../src/errors.js')
const { walkLayer } = await import('../src/image/layer.js')
const { ArchiveSource } = await import('../src/image/archive.js')
const { main } = await import('../src/commands.js')
const { EXAMPLE_ARCHIVE, bin } = await import('./helpers/fixtures.js')
const { digestOf, gzip, makeTar } = await import('./helpers/tar.js')

afterEach(() => {
  forced.capture = false
  forced.rule = false
})

const layer = async (): Promise<Buffer> => gzip(await makeTar([{ name: 'app', mode: 0o755, content: bin('go-arm64') }]))

describe('the layer walk', () => {
  test('a TypeError in the capture propagates as itself, not as "cannot read layer"', async () => {
    const blob = await layer()
    forced.capture = true
    const err = await walkLayer(Readable.from([blob]), digestOf(blob)).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(TypeError)
    expect(err).not.toBeInstanceOf(UserError)
  })

  test('a layer cut short is still the image\'s fault: "cannot read layer"', async () => {
    const blob = await layer()
    const cut = blob.subarray(0, blob.length >> 1)
    const err = await walkLayer(Readable.from([cut]), undefined, 'l').catch((e: unknown) => e)
    expect(err).toBeInstanceOf(UserError)
    expect((err as Error).message).toMatch(/^cannot read layer l: /)
  })

  test('in a docker save pipe, the bug propagates as itself, not as "not a readable tar archive"', async () => {
    const archive = await makeTar([
      { name: 'manifest.json', content: '[]' },
      { name: 'l/layer.tar', content: await layer() }
    ])
    forced.capture = true
    const err = await ArchiveSource.fromStream('docker:x', Readable.from([archive])).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(TypeError)
  })
})

describe('the CLI', () => {
  const TOKEN = 'ghp_' + 'A1b2C3d4'.repeat(4) + 'XyZ0'
  let stderr: string
  let stdout: string
  beforeEach(() => {
    stderr = ''
    stdout = ''
    jest.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => {
      stderr += String(s)
      return true
    })
    jest.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => {
      stdout += String(s)
      return true
    })
    process.env.GITHUB_TOKEN = TOKEN
    process.env.INPUT_GITHUB_TOKEN = TOKEN
  })
  afterEach(() => {
    jest.restoreAllMocks()
    delete process.env.GITHUB_TOKEN
    delete process.env.INPUT_GITHUB_TOKEN
  })
  const inspect = (...extra: string[]): Promise<number> =>
    main(['inspect', `oci-archive:${EXAMPLE_ARCHIVE}`, '--no-cache', '--format', 'json', ...extra])
  const AT = /^\s+at /m

  test('a bug in the walk is an internal error on one line, exit 2: no report, no finding', async () => {
    forced.capture = true
    expect(await inspect()).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(
      /^multiarch-verify: internal error \(a bug in multiarch-verify, please report it\): Cannot read properties of undefined \(reading 'facts'\); run again with --verbose for its stack trace\n$/
    )
    expect(stderr).not.toMatch(/unreadable|cannot read layer/)
    expect(stderr).not.toContain(TOKEN)
  })

  test('with --verbose, its stack follows the line', async () => {
    forced.capture = true
    expect(await inspect('--verbose')).toBe(2)
    const [first, ...rest] = stderr.split('\n').filter(l => !l.startsWith('debug: '))
    expect(first).toMatch(/^multiarch-verify: internal error \(a bug in multiarch-verify, please report it\): /)
    expect(rest.join('\n')).toMatch(/^TypeError: Cannot read properties of undefined/)
    expect(rest.join('\n')).toMatch(AT)
    expect(rest.join('\n')).toContain('bugs.test.ts')
    expect(stderr).not.toContain(TOKEN)
  })

  test('a rule that crashes: one warning line, the report still made; its stack with --verbose', async () => {
    forced.rule = true
    expect(await inspect()).toBe(1) // the other rules' findings still fail the image
    expect(JSON.parse(stdout).internalErrors).toEqual([
      expect.objectContaining({ rule: 'identical-binary', error: expect.stringMatching(/^Cannot read properties/) })
    ])
    expect(stderr).toBe(
      "warning: check identical-binary crashed (a bug in multiarch-verify, please report it): Cannot read properties of undefined (reading 'facts')\n"
    )
    stderr = ''
    stdout = ''
    expect(await inspect('--verbose')).toBe(1)
    const crash = stderr.indexOf('warning: check identical-binary crashed')
    expect(crash).toBeGreaterThanOrEqual(0)
    const after = stderr.slice(crash).split('\n').slice(1).join('\n')
    expect(after).toMatch(/^debug: TypeError: Cannot read properties of undefined/)
    expect(after).toMatch(AT)
    expect(stderr).not.toContain(TOKEN)
    expect(stdout).not.toContain(TOKEN)
  })
})
