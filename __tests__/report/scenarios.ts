/**
 * The comments a reviewer meets, made the way the action makes them: real fixture binaries' facts, a real Dockerfile
 * parsed and traced through the image history, the whole findings pipeline, then the renderer with the run's links.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parsePe } from '../../src/binary/pe.js'
import { parseShebang } from '../../src/binary/shebang.js'
import type { DockerfileContext } from '../../src/dockerfile/locate.js'
import { parseDockerfile } from '../../src/dockerfile/parse.js'
import type { ExecutableFacts, PlatformFacts } from '../../src/inspect/facts.js'
import { notCheckedOn } from '../../src/inspect/os.js'
import { parsePlatform } from '../../src/platform.js'
import { COMMENT_LIMIT, SHORT_COMMENT, type MarkdownOptions } from '../../src/report/markdown.js'
import type { Report } from '../../src/report/model.js'
import { checkAndReport } from '../../src/verify.js'
import { exe, platform } from '../helpers/facts.js'
import { ROOT, bin } from '../helpers/fixtures.js'

export const HEAD = '4f1c2a9e8b7d6c5f4e3d2c1b0a9f8e7d6c5b4a39'
export const MARKER = '<!-- multiarch-verify:CI/verify -->'

/** The options the action passes for pull request 42 of o/r, run 7. */
export const OPTIONS: MarkdownOptions = {
  blobUrl: `https://github.com/o/r/blob/${HEAD}/`,
  fullReportUrl: 'https://github.com/o/r/actions/runs/7/attempts/1',
  footer: MARKER,
  run: {
    headSha: HEAD,
    commitUrl: `https://github.com/o/r/commit/${HEAD}`,
    runUrl: 'https://github.com/o/r/actions/runs/7/attempts/1',
    generatedAt: '2026-05-04T12:34:56.000Z'
  },
  state: {}
}

function dockerfile(text: string, file = 'Dockerfile'): DockerfileContext {
  return { file, stages: parseDockerfile(text), lines: text.split('\n') }
}

/** Layered history as BuildKit writes it: the base's layer, then one per COPY/RUN of the Dockerfile. */
function history(...createdBy: string[]): Pick<PlatformFacts, 'history' | 'layerCount'> {
  const h = [{ createdBy: 'ADD alpine-minirootfs.tar.gz / # buildkit', empty: false }]
  for (const c of createdBy) h.push({ createdBy: `${c} # buildkit`, empty: false })
  return { history: h, layerCount: h.length }
}

function layered(p: PlatformFacts, layers: Record<string, number>): PlatformFacts {
  for (const e of p.executables) if (layers[e.path] !== undefined) e.layer = layers[e.path]
  return p
}

function script(path: string, text: string, found: boolean): ExecutableFacts {
  const binary = parseShebang(Buffer.from(text))
  if (binary?.format !== 'script') throw new Error('not a script')
  return { path, mode: 0o755, size: text.length, binary, deps: { interpreter: { path: binary.interpreter, found } } }
}

export interface Scenario {
  name: string
  report: Report
  /** The size it must fit: the comment's limit, or the short comment posted when GitHub refuses that (422). */
  maxBytes: number
}

/** The seed: `FROM golang:alpine` + `GOARCH=amd64`, built for amd64 and arm64 (examples/golang-alpine-bug). */
function seed(): Report {
  const text = readFileSync(join(ROOT, 'examples/golang-alpine-bug/Dockerfile'), 'utf8')
  const h = history(
    'COPY go.mod main.go ./',
    'RUN /bin/sh -c CGO_ENABLED=0 GOOS=linux GOARCH=amd64 go build -o /server .'
  )
  const plat = (name: string): PlatformFacts => layered(platform(name, 'go-amd64', h), { '/server': 2 })
  return checkAndReport('build:examples/golang-alpine-bug', [plat('linux/amd64'), plat('linux/arm64')], 'error', {
    dockerfile: dockerfile(text, 'examples/golang-alpine-bug/Dockerfile')
  })
}

/** A `#!/bin/bash` entrypoint on Alpine, which has no bash. */
function scriptMissingInterpreter(): Report {
  const text = 'FROM alpine:3.20\nCOPY --chmod=755 entry.sh /entry.sh\nENTRYPOINT ["/entry.sh"]\n'
  const plat = (name: string, busybox: string): PlatformFacts => {
    const entry = script('/entry.sh', '#!/bin/bash\nexec "$@"\n', false)
    const p = platform(name, busybox, history('COPY --chmod=755 entry.sh /entry.sh'))
    p.executables = [
      { ...exe('/bin/busybox', busybox), layer: 0 },
      { ...entry, layer: 1 }
    ]
    p.entrypoint = {
      argv: ['/entry.sh'],
      resolved: true,
      resolvedPath: '/entry.sh',
      mode: 0o755,
      uid: 0,
      gid: 0,
      binary: entry.binary,
      isDirectory: false
    }
    return p
  }
  return checkAndReport('build:.', [plat('linux/amd64', 'go-amd64'), plat('linux/arm64', 'go-arm64')], 'error', {
    dockerfile: dockerfile(text)
  })
}

/** A GOARM=7 program in a linux/arm/v6 image: a warning (illegal instruction on ARMv6 CPUs). */
function variantWarning(): Report {
  const text = readFileSync(join(ROOT, '__tests__/fixtures/dockerfiles/arm-v6-goarm7/Dockerfile'), 'utf8')
  const p = layered(platform('linux/arm/v6', 'go-arm-v7', history('COPY bin/go-arm-v7 /server')), { '/server': 1 })
  return checkAndReport('build:__tests__/fixtures', [p], 'error', {
    dockerfile: dockerfile(text, '__tests__/fixtures/dockerfiles/arm-v6-goarm7/Dockerfile')
  })
}

/** A file name and a Dockerfile line written to break out of Markdown: a code fence, HTML, a mention, a newline. */
function hostileName(): Report {
  const evil = '/srv/a|b <img src=x> `rm -rf` @octocat\n[x](http://evil)'
  const text = [
    'FROM --platform=$BUILDPLATFORM golang:alpine AS build',
    "RUN GOARCH=amd64 go build -o '/srv/a ``` <img src=x> @octocat' .",
    'FROM alpine:3.20',
    "COPY --from=build '/srv/a ``` <img src=x> @octocat' /srv/",
    ''
  ].join('\n')
  const p = platform('linux/arm64', 'go-arm64')
  p.executables.push(exe(evil, 'go-amd64'))
  return checkAndReport('oci-archive:image <img src=x>.tar', [p], 'error', { dockerfile: dockerfile(text) })
}

/** All is well: a busybox image whose documentation ships example scripts (ignored, counted). */
function green(): Report {
  const plat = (name: string, bin: string): PlatformFacts => {
    const p = platform(name, bin)
    p.executables.push(exe('/bin/busybox', bin))
    for (let i = 0; i < 34; i++)
      p.executables.push(script(`/usr/share/doc/busybox/examples/example-${i}.sh`, '#!/bin/bash\n', false))
    return p
  }
  return checkAndReport(
    'oci-archive:busybox.tar',
    [plat('linux/amd64', 'go-amd64'), plat('linux/arm64', 'go-arm64')],
    'error'
  )
}

/** 300 findings: an arm64 image of x86-64 tools, on PATH and elsewhere, and an arm/v7 one with GOARM too new. */
function threeHundred(): Report {
  const arm64 = platform('linux/arm64', 'go-arm64')
  for (let i = 0; i < 150; i++) arm64.executables.push(exe(`/usr/bin/tool-${i}`, 'go-amd64'))
  for (let i = 0; i < 149; i++) arm64.executables.push(exe(`/opt/vendor/bin/helper-${i}`, 'go-amd64'))
  const v6 = platform('linux/arm/v6', 'go-arm-v7')
  return checkAndReport('registry:ghcr.io/o/r:pr-42', [platform('linux/amd64', 'go-amd64'), arm64, v6], 'error')
}

/** A Windows program or DLL (a real PE file) at its Windows path; Windows layers have no exec bits. */
function pe(path: string, file: string): ExecutableFacts {
  return { path, mode: 0, size: 1000, binary: parsePe(bin(file)) }
}

/**
 * A windows/amd64 Server Core image whose entrypoint `C:\app\app.exe` is the given PE fixture, as
 * inspect/windows-image.ts reads one.
 */
export function windowsPlatform(exe = 'go-windows-amd64.exe'): PlatformFacts {
  const p = parsePlatform('windows(10.0.20348.2655)/amd64')
  const app = pe('C:\\app\\app.exe', exe)
  return {
    platform: p,
    status: 'inspected',
    digest: 'sha256:' + 'b'.repeat(64),
    indexPlatform: p,
    osVersion: '10.0.20348.2655',
    config: { os: 'windows', architecture: 'amd64' },
    windows: { wow64: true, layout: true },
    entrypoint: {
      argv: ['C:\\app\\app.exe'],
      resolved: true,
      resolvedPath: 'C:\\app\\app.exe',
      mode: 0,
      uid: 0,
      gid: 0,
      binary: app.binary,
      isDirectory: false
    },
    searchPath: ['C:\\Windows\\system32', 'C:\\Windows'],
    executables: [
      app,
      pe('C:\\Windows\\System32\\cmd.exe', 'c-windows-amd64.exe'),
      pe('C:\\Windows\\System32\\libwinpthread-1.dll', 'mingw-libwinpthread-1.dll'),
      pe('C:\\Windows\\SysWOW64\\cmd.exe', 'c-windows-386.exe'),
      pe('C:\\Windows\\WinSxS\\x86_microsoft-windows-commandprompt_31bf3856ad364e35\\cmd.exe', 'c-windows-386.exe')
    ],
    durationMs: 5
  }
}

/**
 * An index of linux/amd64, windows/amd64 and plan9/amd64 (an OS without rules here: its files are not read), all as
 * they should be: the plan9 image is not said to run, and the Windows row says what is not checked there.
 */
function mixedIndex(): Report {
  const p9 = parsePlatform('plan9/amd64')
  const plan9: PlatformFacts = {
    platform: p9,
    status: 'inspected',
    digest: 'sha256:' + 'c'.repeat(64),
    indexPlatform: p9,
    config: { os: 'plan9', architecture: 'amd64' },
    notChecked: notCheckedOn(p9) as string,
    executables: [],
    durationMs: 1
  }
  return checkAndReport(
    'registry:ghcr.io/o/r:pr-42',
    [platform('linux/amd64', 'go-amd64'), windowsPlatform(), plan9],
    'error'
  )
}

export function scenarios(): Scenario[] {
  return [
    { name: 'seed-golang-alpine', report: seed(), maxBytes: COMMENT_LIMIT },
    { name: 'script-interpreter-missing', report: scriptMissingInterpreter(), maxBytes: COMMENT_LIMIT },
    { name: 'variant-warning', report: variantWarning(), maxBytes: COMMENT_LIMIT },
    { name: 'hostile-names', report: hostileName(), maxBytes: COMMENT_LIMIT },
    { name: 'green', report: green(), maxBytes: COMMENT_LIMIT },
    { name: 'mixed-linux-windows-plan9', report: mixedIndex(), maxBytes: COMMENT_LIMIT },
    { name: 'three-hundred-findings', report: threeHundred(), maxBytes: COMMENT_LIMIT },
    { name: 'three-hundred-findings-short', report: threeHundred(), maxBytes: SHORT_COMMENT }
  ]
}
