/**
 * From a file in the image back to the Dockerfile line that made it: the layer that last wrote the file, that layer's
 * history entry (created_by), the instruction of the built stage that matches it, and for `COPY --from=stage` the RUN
 * in that stage that produced the copied path. When the trail goes cold, no line is claimed. Pure.
 */
import type { Finding } from '../findings.js'
import type { PlatformFacts } from '../inspect/facts.js'
import { formatPlatform } from '../platform.js'
import { stageNamed, targetStage, type Instruction, type Stage } from './parse.js'

export interface DockerfileContext {
  /** The Dockerfile's path as the user knows it (for annotations and links). */
  file: string
  stages: Stage[]
  target?: string
  /** The file's lines as written, to quote them and propose their edit. */
  lines?: string[]
}

const PRODUCES = new Set(['RUN', 'COPY', 'ADD'])
const norm = (s: string): string => s.replace(/\\\n/g, ' ').replace(/\s+/g, ' ').trim()

/** created_by as BuildKit writes it: `RUN |2 A=b C=d /bin/sh -c CMD # buildkit`, `COPY /a /b # buildkit`. */
export function parseCreatedBy(createdBy: string): { keyword: string; args: string } | undefined {
  const text = createdBy.replace(/\s*# buildkit$/, '').trim()
  const m = /^(?:\/bin\/sh -c #\(nop\) )?([A-Z]+)\s+(.*)$/s.exec(text)
  if (!m?.[1]) return undefined
  let args = m[2] ?? ''
  if (m[1] === 'RUN') args = args.replace(/^\|\d+(?: \S+=\S*)*\s+/, '').replace(/^\/bin\/sh -c /, '')
  return { keyword: m[1], args }
}

/** The non-flag words of COPY/ADD arguments: sources then destination. */
function paths(args: string): string[] {
  const jsonForm = args.trim().startsWith('[')
  if (jsonForm) {
    try {
      return (JSON.parse(args) as string[]).filter(a => !a.startsWith('--'))
    } catch {
      return []
    }
  }
  return args.split(/\s+/).filter(a => a && !a.startsWith('--'))
}

function matches(ins: Instruction, made: { keyword: string; args: string }): boolean {
  if (ins.keyword !== made.keyword) return false
  if (ins.keyword === 'RUN') {
    const a = norm(ins.args.replace(/^(--\S+\s+)+/, ''))
    const b = norm(made.args)
    return a === b || a.includes(b) || b.includes(a)
  }
  // COPY/ADD: BuildKit keeps the destination as written; the sources may be rewritten.
  return paths(ins.args).at(-1) === paths(made.args).at(-1)
}

/** The instruction of the built stage that wrote `layer`, matched through the config history. */
export function instructionForLayer(ctx: DockerfileContext, p: PlatformFacts, layer: number): Instruction | undefined {
  const stage = targetStage(ctx.stages, ctx.target)
  const layered = (p.history ?? []).filter(h => !h.empty)
  if (!stage || layered.length !== p.layerCount) return undefined
  const made = parseCreatedBy(layered[layer]?.createdBy ?? '')
  if (!made || !PRODUCES.has(made.keyword)) return undefined
  const candidates = stage.instructions.filter(i => matches(i, made))
  return candidates.length === 1 ? candidates[0] : undefined
}

/** For `COPY --from=stage SRC`: the last RUN of that stage that names SRC (`go build -o /server`). */
export function producer(ctx: DockerfileContext, copy: Instruction): Instruction | undefined {
  const stage = copy.from ? stageNamed(ctx.stages, copy.from) : undefined
  const source = paths(copy.args)[0]
  if (!stage || !source) return undefined
  const runs = stage.instructions.filter(i => i.keyword === 'RUN' && i.args.includes(source.replace(/\/+$/, '')))
  return runs.at(-1)
}

function entrypointLine(ctx: DockerfileContext): Instruction | undefined {
  const stage = targetStage(ctx.stages, ctx.target)
  return stage?.instructions.filter(i => i.keyword === 'ENTRYPOINT' || i.keyword === 'CMD').at(-1)
}

const ENTRYPOINT_RULES = new Set(['entrypoint-not-found', 'entrypoint-not-executable'])

/** Give each finding about a file, or about the entrypoint, the Dockerfile line at fault, when it can be traced. */
export function locateFindings(findings: Finding[], platforms: PlatformFacts[], ctx: DockerfileContext): Finding[] {
  return findings.map(f => {
    if (f.location) return f
    const p = platforms.find(x => formatPlatform(x.platform) === f.platform)
    let ins: Instruction | undefined
    if (ENTRYPOINT_RULES.has(f.rule)) ins = entrypointLine(ctx)
    else if (p && f.path) {
      // A file the image has, or a package whose loader fails (its package.json, or the jar).
      const layer =
        p.executables.find(e => e.path === f.path)?.layer ??
        p.packages?.find(pk => f.path === pk.path || f.path === `${pk.path}/package.json`)?.layer
      const wrote = layer === undefined ? undefined : instructionForLayer(ctx, p, layer)
      ins = wrote?.from ? (producer(ctx, wrote) ?? wrote) : wrote
    }
    return ins ? { ...f, location: { file: ctx.file, line: ins.line } } : f
  })
}
