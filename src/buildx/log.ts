/** Reading a failed buildx log: the failing step, the Dockerfile line and the tail. Pure. */
import type { BuildFailure } from '../inspect/facts.js'

const TAIL_LINES = 25

export function parseBuildFailure(log: string, dockerfile: string | undefined): BuildFailure {
  const lines = log.replace(/\r/g, '').split('\n')
  const failure: BuildFailure = {
    logTail: lines
      .filter(l => l.trim() !== '')
      .slice(-TAIL_LINES)
      .join('\n')
  }
  // buildx prints the failing vertex as ` > [build 3/4] RUN go build ...:` between dashed rules.
  for (let i = lines.length - 1; i >= 0; i--) {
    const m = /^ > (\[.*)$/.exec(lines[i] ?? '')
    if (m?.[1]) {
      failure.step = m[1].replace(/:$/, '')
      break
    }
  }
  // ... then the source excerpt headed `Dockerfile:12` (the file's base name as given to --file).
  for (let i = lines.length - 1; i >= 0; i--) {
    const m = /^(\S+):(\d+)$/.exec((lines[i] ?? '').trim())
    if (m?.[1] && m[2] && /dockerfile|containerfile/i.test(m[1])) {
      failure.location = { file: dockerfile ?? m[1], line: Number(m[2]) }
      break
    }
  }
  return failure
}
