/** The edit of the user's own Dockerfile line, and the explanation that fits what made the program and its base. */
import { withFix } from '../../src/checks/fixes.js'
import { parseDockerfile } from '../../src/dockerfile/parse.js'
import { parseConfig } from '../../src/config/config.js'
import type { Finding } from '../../src/findings.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import { checkAndReport } from '../../src/verify.js'
import { exe, platform } from '../helpers/facts.js'

function fixOf(
  text: string,
  f: Partial<Finding> & Pick<Finding, 'rule'>,
  facts = [platform('linux/arm64', 'go-amd64')]
) {
  const finding: Finding = { severity: 'error', platform: 'linux/arm64', message: 'm', ...f }
  const out = withFix(finding, {
    facts,
    dockerfile: { file: 'Dockerfile', stages: parseDockerfile(text), lines: text.split('\n') }
  })
  return { fix: out.fix && { line: out.fix.line, before: out.fix.before, after: out.fix.after }, hint: out.hint ?? '' }
}

const at = (line: number) => ({ location: { file: 'Dockerfile', line } })

test.each([
  [
    'the seed: GOARCH=amd64 in a target-platform stage',
    'FROM golang:alpine\nWORKDIR /src\nRUN CGO_ENABLED=0 GOOS=linux GOARCH=amd64 go build -o /server .\n',
    3,
    ['ARG TARGETARCH', 'RUN CGO_ENABLED=0 GOOS=linux GOARCH=$TARGETARCH go build -o /server .']
  ],
  [
    'a prebuilt file named for one architecture',
    'FROM scratch\nCOPY hello-amd64 /server\n',
    2,
    ['ARG TARGETARCH', 'COPY hello-${TARGETARCH} /server']
  ],
  [
    'an ARG already declared is not declared again; a GOOS other than linux is taken from buildx too',
    'FROM --platform=$BUILDPLATFORM golang AS b\nARG TARGETARCH\nRUN GOOS=windows GOARCH=amd64 go build -o /app .\n',
    3,
    ['ARG TARGETOS', 'RUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /app .']
  ],
  [
    'a constant FROM --platform is dropped',
    'FROM --platform=linux/amd64 alpine:3.20 AS base\nRUN true\n',
    1,
    ['FROM alpine:3.20 AS base']
  ],
  [
    'a download URL naming amd64',
    'FROM alpine\nRUN curl -fsSL https://example.com/v1/tool_linux_amd64.tar.gz | tar -xz -C /usr/local/bin\n',
    2,
    [
      'ARG TARGETARCH',
      'RUN curl -fsSL https://example.com/v1/tool_linux_${TARGETARCH}.tar.gz | tar -xz -C /usr/local/bin'
    ]
  ],
  [
    'a download URL naming x86_64, in a stage that runs on the target',
    'FROM debian\nRUN wget -O /t.tgz https://example.com/tool-x86_64.tgz\n',
    2,
    ['RUN wget -O /t.tgz https://example.com/tool-$(uname -m).tgz']
  ],
  [
    'a continued RUN: every line of it is quoted and edited',
    'FROM golang\nRUN CGO_ENABLED=0 \\\n    GOARCH=amd64 \\\n    go build -o /app .\n',
    2,
    ['ARG TARGETARCH', 'RUN CGO_ENABLED=0 \\', '    GOARCH=$TARGETARCH \\', '    go build -o /app .']
  ],
  [
    'a go build on $BUILDPLATFORM that never names the target',
    'FROM --platform=$BUILDPLATFORM golang AS b\nRUN CGO_ENABLED=0 go build -o /app .\n',
    2,
    ['ARG TARGETOS TARGETARCH', 'RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /app .']
  ]
])('binary-arch-mismatch, %s', (_what, text, line, after) => {
  const { fix } = fixOf(text, { rule: 'binary-arch-mismatch', path: '/server', ...at(line) })
  expect(fix?.after).toEqual(after)
  expect(fix?.before).toEqual(text.split('\n').slice(line - 1, line - 1 + fix!.before.length))
})

test('the explanation fits what made the program: a copied file, a download, a Go build with its own -o path', () => {
  const copy = fixOf('FROM scratch\nCOPY hello-amd64 /usr/bin/app\n', {
    rule: 'binary-arch-mismatch',
    path: '/usr/bin/app',
    ...at(2)
  })
  expect(copy.hint).toContain('COPY app-${TARGETARCH} /usr/bin/app')
  const noLine = fixOf('FROM scratch\n', { rule: 'binary-arch-mismatch', path: '/usr/bin/app' })
  expect(noLine.fix).toBeUndefined()
  expect(noLine.hint).toContain('go build -o /usr/bin/app .')
  expect(noLine.hint).not.toContain('/server')
})

test('libc.so.6 missing on FROM scratch: the base gets a C library, and the hint says why instead of "install a package"', () => {
  const facts = [platform('linux/amd64', 'c-amd64-dyn')]
  facts[0]!.executables.push(exe('/app', 'c-amd64-dyn'))
  const r = fixOf(
    'FROM debian AS build\nRUN make\nFROM scratch\nCOPY --from=build /out/app /app\n',
    { rule: 'library-missing', platform: 'linux/amd64', path: '/app', evidence: { missing: 'libc.so.6' }, ...at(4) },
    facts
  )
  expect(r.fix).toEqual({ line: 3, before: ['FROM scratch'], after: ['FROM gcr.io/distroless/cc-debian12'] })
  expect(r.hint).toContain('part of the C library, which this base does not have')
  expect(r.hint).not.toMatch(/install the package/i)
})

test('a missing library on Alpine: apk installs it by its name', () => {
  const r = fixOf('FROM alpine:3.20\nCOPY app /app\n', {
    rule: 'library-missing',
    path: '/app',
    evidence: { missing: 'libssl.so.3' },
    ...at(2)
  })
  expect(r.fix?.after).toEqual(['FROM alpine:3.20', 'RUN apk add --no-cache so:libssl.so.3'])
})

test('a Go program that needs a loader: CGO_ENABLED=0 on its go build line', () => {
  const facts = [platform('linux/arm64', 'go-arm64')]
  facts[0]!.executables.push(exe('/app', 'go-arm64'))
  const r = fixOf(
    'FROM golang AS b\nRUN go build -o /app .\nFROM scratch\nCOPY --from=b /app /app\n',
    { rule: 'interpreter-missing', path: '/app', evidence: { interpreter: '/lib/ld-linux-aarch64.so.1' }, ...at(2) },
    facts
  )
  expect(r.fix?.after).toEqual(['RUN CGO_ENABLED=0 go build -o /app .'])
  expect(r.hint).toContain('`FROM scratch` has no C library at all')
})

test('CMD ["./server"] with the program elsewhere: the CMD names where it is', () => {
  const facts = [platform('linux/arm64', 'go-arm64')]
  facts[0]!.executables = [exe('/srv/server', 'go-arm64')]
  const r = fixOf(
    'FROM busybox\nWORKDIR /app\nCOPY server /srv/server\nCMD ["./server"]\n',
    { rule: 'entrypoint-not-found', path: './server', ...at(4) },
    facts
  )
  expect(r.fix?.after).toEqual(['CMD ["/srv/server"]'])
})

test('GOARM=7 in an arm/v6 image: the variant comes from buildx', () => {
  const r = fixOf('FROM golang\nRUN GOARCH=arm GOARM=7 go build -o /app .\n', {
    rule: 'cpu-variant-mismatch',
    severity: 'warning',
    path: '/app',
    ...at(2)
  })
  expect(r.fix?.after).toEqual([
    'ARG TARGETARCH TARGETVARIANT',
    'RUN GOARCH=$TARGETARCH GOARM=${TARGETVARIANT#v} go build -o /app .'
  ])
})

test('no edit is claimed where none is known: an x86_64 ADD, a line that names no architecture', () => {
  expect(
    fixOf('FROM alpine\nADD https://x.org/t-x86_64.tgz /t.tgz\n', { rule: 'binary-arch-mismatch', ...at(2) }).fix
  ).toBe(undefined)
  expect(fixOf('FROM alpine\nRUN make install\n', { rule: 'binary-arch-mismatch', ...at(2) }).fix).toBe(undefined)
})

describe('an image with no Entrypoint and no Cmd (an artifact or base image)', () => {
  const image = () => {
    const p = platform('linux/amd64', 'go-amd64')
    p.entrypoint = { argv: [], resolved: false, reason: 'the image sets no Entrypoint or Cmd', searched: [] }
    return [p]
  }

  test('is an entrypoint-unset note: the image passes, quietly', () => {
    const r = checkAndReport('oci:x', image(), 'error')
    expect(r.findings.map(f => [f.rule, f.severity])).toEqual([['entrypoint-unset', 'note']])
    expect(r.verdict).toBe('pass')
    const md = renderMarkdown(r)
    expect(md.split('\n')[0]).toBe('### ✅ multiarch-verify: linux/amd64 can run what it ships, 1 note')
    expect(md).toContain('| ℹ️ none set |')
  })

  test('fails when the config requires an entrypoint (entrypoint-unset: severity: error)', () => {
    const config = parseConfig('c.yml', 'rules:\n  entrypoint-unset:\n    severity: error\n')
    const r = checkAndReport('oci:x', image(), 'error', { config })
    expect(r.findings.map(f => [f.rule, f.severity])).toEqual([['entrypoint-unset', 'error']])
    expect(r.verdict).toBe('fail')
  })

  test('hiding the note (entrypoint-unset: severity: off) leaves a missing command an error', () => {
    const config = parseConfig('c.yml', 'rules:\n  entrypoint-unset:\n    severity: off\n')
    expect(checkAndReport('oci:x', image(), 'error', { config }).findings).toEqual([])
    const missing = platform('linux/amd64', 'go-amd64')
    missing.entrypoint = { argv: ['/app'], resolved: false, reason: '/app does not exist in the image', searched: [] }
    const r = checkAndReport('oci:x', [missing], 'error', { config })
    expect(r.findings.map(f => [f.rule, f.severity, f.path])).toEqual([['entrypoint-not-found', 'error', '/app']])
    expect(r.verdict).toBe('fail')
  })
})
