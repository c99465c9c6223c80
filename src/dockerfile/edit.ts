/**
 * Concrete edits of a Dockerfile line: the instruction as written, and the same instruction with the architecture it
 * pins taken from buildx (`hello-amd64` → `hello-${TARGETARCH}`, `GOARCH=amd64` → `GOARCH=$TARGETARCH`, a constant
 * `--platform` dropped, the architecture in a download URL replaced), with the `ARG` it needs declared above it. Each
 * edit keeps everything else of the line as the user wrote it. Pure.
 */
import { code } from '../findings.js'
import type { Instruction, Stage } from './parse.js'

export interface Edit {
  line: number
  endLine: number
  before: string[]
  after: string[]
  /** What the edit does, as message text. */
  summary: string
}

/** The architecture names buildx gives TARGETARCH (Go's names). */
const GO_ARCH = ['amd64', 'arm64', '386', 'ppc64le', 's390x', 'riscv64', 'mips64le', 'loong64']
/** An architecture word inside a name or URL, not part of a longer word. */
const ARCH_WORD = /(?<![A-Za-z0-9])(amd64|arm64|x86_64|x86-64|aarch64|386|ppc64le|s390x|riscv64)(?![A-Za-z0-9])/g
/** `x86_64`-style names, which are not TARGETARCH's values but `uname -m`'s. */
const UNAME_NAME: Record<string, boolean> = { x86_64: true, 'x86-64': true, aarch64: true }
const URL = /https?:\/\/[^\s"'`]+/g

/** The stage an instruction (or a FROM line) belongs to. */
export function stageOf(stages: Stage[], line: number): Stage | undefined {
  return [...stages].reverse().find(s => s.from.line <= line)
}

/** The instruction (or FROM) written at a line. */
export function instructionAt(stages: Stage[], line: number): Instruction | undefined {
  for (const s of stages) {
    if (s.from.line <= line && line <= s.from.endLine) return s.from
    const hit = s.instructions.find(i => i.line <= line && line <= i.endLine)
    if (hit) return hit
  }
  return undefined
}

function declared(stage: Stage, before: number, name: string): boolean {
  const re = new RegExp(`(^|\\s)${name}(=|\\s|$)`)
  return stage.instructions.some(i => i.keyword === 'ARG' && i.line < before && re.test(i.args))
}

/** The instruction's lines, and a way to turn its edited text into an Edit with the ARGs it now uses declared. */
function editor(lines: string[], stage: Stage, ins: Instruction) {
  const before = lines.slice(ins.line - 1, ins.endLine)
  const text = before.join('\n')
  const indent = /^\s*/.exec(before[0] ?? '')?.[0] ?? ''
  return {
    text,
    done(after: string, summary: string): Edit | undefined {
      if (after === text) return undefined
      const uses = ['TARGETOS', 'TARGETARCH', 'TARGETVARIANT'].filter(
        n => new RegExp(`\\$\\{?${n}\\b`).test(after) && !declared(stage, ins.line, n)
      )
      const args = ins.keyword === 'FROM' || uses.length === 0 ? [] : [`${indent}ARG ${uses.join(' ')}`]
      return { line: ins.line, endLine: ins.endLine, before, after: [...args, ...after.split('\n')], summary }
    }
  }
}

/** `FROM --platform=linux/amd64 img`: the flag dropped, so every platform's build gets its own base. */
export function unpinFrom(lines: string[], stage: Stage, ins: Instruction): Edit | undefined {
  if (ins.keyword !== 'FROM') return undefined
  const e = editor(lines, stage, ins)
  const after = e.text.replace(/--platform=(?![^\s]*\$)\S+\s+/i, '')
  return e.done(after, 'drops the constant `--platform`, so each platform of the build gets its own base image')
}

/** `GOARCH=amd64` (and a GOOS other than linux, and GOARM for a variant) taken from buildx. */
export function goTargetVars(lines: string[], stage: Stage, ins: Instruction, variant = false): Edit | undefined {
  if (ins.keyword !== 'RUN' && ins.keyword !== 'ENV') return undefined
  const e = editor(lines, stage, ins)
  let after = e.text
    .replace(/\b(ENV\s+)?GOARCH(=|\s+)(?!\$)["']?[a-z0-9_]+["']?/, (_m, env: string | undefined) =>
      env ? `${env}GOARCH=$TARGETARCH` : 'GOARCH=$TARGETARCH'
    )
    .replace(/\bGOOS=(?!\$|["']?linux\b)["']?[a-z0-9_]+["']?/, 'GOOS=$TARGETOS')
  if (variant) after = after.replace(/\bGOARM=(?!\$)["']?\d["']?/, 'GOARM=${TARGETVARIANT#v}')
  return e.done(after, 'builds for the platform being built, which buildx passes in `TARGETARCH`')
}

/** A `go build` on `--platform=$BUILDPLATFORM` that never says the target: GOOS/GOARCH from buildx added. */
export function goBuildForTarget(lines: string[], stage: Stage, ins: Instruction): Edit | undefined {
  if (ins.keyword !== 'RUN' || /\bGOARCH=/.test(ins.args)) return undefined
  if (stage.platform?.replace(/[{}]/g, '') !== '$BUILDPLATFORM') return undefined
  const e = editor(lines, stage, ins)
  const after = e.text.replace(/\bgo (build|install)\b/, 'GOOS=$TARGETOS GOARCH=$TARGETARCH go $1')
  return e.done(after, 'cross-compiles for the platform being built instead of for the build machine')
}

/** `CGO_ENABLED=0` on a `go build`, so the program needs no C library or loader in the image. */
export function goStatic(lines: string[], stage: Stage, ins: Instruction): Edit | undefined {
  if (ins.keyword !== 'RUN' || !/\bgo (build|install)\b/.test(ins.args)) return undefined
  const e = editor(lines, stage, ins)
  const after = /\bCGO_ENABLED=\S+/.test(e.text)
    ? e.text.replace(/\bCGO_ENABLED=\S+/, 'CGO_ENABLED=0')
    : e.text.replace(/\bgo (build|install)\b/, 'CGO_ENABLED=0 go $1')
  return e.done(after, 'links the Go program statically (`CGO_ENABLED=0`): it then needs no C library in the image')
}

/** The replacement of an architecture word: TARGETARCH for Go's names; `uname -m` where the shell runs on the target. */
function archReplacement(word: string, shellOnTarget: boolean): string | undefined {
  if (GO_ARCH.includes(word)) return '${TARGETARCH}'
  if (UNAME_NAME[word] && shellOnTarget) return '$(uname -m)'
  return undefined
}

/** The architecture in the URLs this instruction downloads, taken from buildx (or `uname -m` on the target). */
export function urlForTarget(lines: string[], stage: Stage, ins: Instruction): Edit | undefined {
  if (ins.keyword !== 'RUN' && ins.keyword !== 'ADD') return undefined
  const onTarget = ins.keyword === 'RUN' && !/\$\{?BUILDPLATFORM\b/.test(stage.platform ?? '')
  const e = editor(lines, stage, ins)
  let missed = false
  const after = e.text.replace(URL, url =>
    url.replace(ARCH_WORD, w => {
      const r = archReplacement(w, onTarget)
      if (r === undefined) missed = true
      return r ?? w
    })
  )
  if (missed) return undefined
  return e.done(after, 'downloads the file for the platform being built')
}

/** `COPY hello-amd64 /server`: the source named after the platform being built (`hello-${TARGETARCH}`). */
export function copyForTarget(lines: string[], stage: Stage, ins: Instruction, variant = false): Edit | undefined {
  if ((ins.keyword !== 'COPY' && ins.keyword !== 'ADD') || /^\s*\[/.test(ins.args)) return undefined
  const e = editor(lines, stage, ins)
  // The destination is the last word; only the sources name the architecture of what is copied.
  const dest = /\S+\s*$/.exec(e.text)
  if (!dest) return undefined
  const head = /^(\s*\S+)([\s\S]*)$/.exec(e.text.slice(0, dest.index))
  if (!head) return undefined
  const [, keyword = '', rest = ''] = head
  let missed = false
  const sources = rest.replace(/\S+/g, word => {
    if (word.startsWith('--')) return word
    if (variant) return word.replace(/(arm[-_]?)(v[5-8])(?![A-Za-z0-9])/gi, '$1${TARGETVARIANT}')
    return word.replace(ARCH_WORD, w => {
      const r = archReplacement(w, false)
      if (r === undefined) missed = true
      return r ?? w
    })
  })
  if (missed) return undefined
  const after = keyword + sources + e.text.slice(dest.index)
  return e.done(
    after,
    variant
      ? 'copies the build for the platform variant being built, which buildx passes in `TARGETVARIANT`'
      : 'copies the file built for the platform being built, which buildx passes in `TARGETARCH`'
  )
}

/** The FROM of a stage with another base image, its `AS name` kept, and lines to add after it. */
export function rebase(
  lines: string[],
  stage: Stage,
  image: string | undefined,
  add: string[],
  summary: string
): Edit | undefined {
  const e = editor(lines, stage, stage.from)
  const after = image
    ? e.text.replace(/^(\s*FROM\s+(?:--\S+\s+)*)(\S+)/i, (_m, lead: string) => `${lead}${image}`)
    : e.text
  return e.done([after, ...add].join('\n'), summary)
}

/** ENTRYPOINT/CMD with its program replaced by `path` (exec form or shell form). */
export function entrypointTo(
  lines: string[],
  stage: Stage,
  ins: Instruction,
  from: string,
  path: string
): Edit | undefined {
  if (ins.keyword !== 'ENTRYPOINT' && ins.keyword !== 'CMD') return undefined
  const e = editor(lines, stage, ins)
  const quoted = JSON.stringify(from)
  const after = e.text.includes(`[${quoted}`)
    ? e.text.replace(`[${quoted}`, `[${JSON.stringify(path)}`)
    : e.text.replace(
        new RegExp(`(${ins.keyword}\\s+)${from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=\\s|$)`),
        `$1${path}`
      )
  return e.done(after, `starts ${code(path)}, where the image has the program`)
}
