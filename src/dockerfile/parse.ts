/** The Dockerfile as stages of instructions with 1-based lines, parsed by dockerfile-ast. Pure. */
import { DockerfileParser, type Copy, type From } from 'dockerfile-ast'

export interface Instruction {
  keyword: string
  /** 1-based line of the instruction's first line. */
  line: number
  /** 1-based line of its last line (a `\`-continued instruction spans several). */
  endLine: number
  /** The arguments as written, flags included. */
  args: string
  /** COPY --from=… / ADD --from, when present. */
  from?: string
}

export interface Stage {
  index: number
  name?: string
  from: Instruction
  /** FROM --platform=…, as written. */
  platform?: string
  base?: string
  instructions: Instruction[]
}

export function parseDockerfile(text: string): Stage[] {
  const df = DockerfileParser.parse(text)
  const stages: Stage[] = []
  for (const ins of df.getInstructions()) {
    const keyword = ins.getKeyword().toUpperCase()
    const range = ins.getRange()
    const entry: Instruction = {
      keyword,
      line: (range?.start.line ?? 0) + 1,
      endLine: (range?.end.line ?? range?.start.line ?? 0) + 1,
      args: (ins.getRawArgumentsContent() ?? '').trim()
    }
    if (keyword === 'FROM') {
      const f = ins as From
      const stage: Stage = { index: stages.length, from: entry, instructions: [] }
      const name = f.getBuildStage()
      if (name) stage.name = name.toLowerCase()
      const platform = f.getPlatformFlag()?.getValue()
      if (platform) stage.platform = platform
      const image = f.getImage()
      if (image) stage.base = image
      stages.push(stage)
      continue
    }
    if (keyword === 'COPY' || keyword === 'ADD') {
      const from = (ins as Copy).getFromFlag?.()?.getValue()
      if (from) entry.from = from.toLowerCase()
    }
    stages[stages.length - 1]?.instructions.push(entry)
  }
  return stages
}

/** The stage a build ends in: `--target`, or the last one. */
export function targetStage(stages: Stage[], target: string | undefined): Stage | undefined {
  if (target) return stages.find(s => s.name === target.toLowerCase())
  return stages[stages.length - 1]
}

/** `COPY --from=NAME` names a stage by name or index; anything else is an image. */
export function stageNamed(stages: Stage[], ref: string): Stage | undefined {
  return stages.find(s => s.name === ref) ?? (/^\d+$/.test(ref) ? stages[Number(ref)] : undefined)
}
