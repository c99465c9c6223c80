/**
 * Workflow-command annotations from findings. GitHub shows 10 per type per step, so the most severe come first and
 * the rest are counted in a closing notice that points at the job summary. Pure.
 */
import { SEVERITY_RANK, messageParts, type Finding } from '../findings.js'
import { isRepoPath } from './paths.js'

export const ANNOTATIONS_PER_TYPE = 10

export interface Annotation {
  level: 'error' | 'warning' | 'notice'
  title: string
  message: string
  file?: string
  startLine?: number
}

function toAnnotation(f: Finding): Annotation {
  const a: Annotation = {
    level: f.severity === 'note' ? 'notice' : f.severity,
    title: `${f.rule} (${f.platform})`,
    // Plain text: a code span's own text, backticks and all, without its delimiters.
    message: messageParts(f.message)
      .map(part => part.text)
      .join('')
  }
  // GitHub places an annotation only on a file of the repository; elsewhere the place is said in the message.
  if (f.location && isRepoPath(f.location.file)) {
    a.file = f.location.file
    a.startLine = f.location.line
  } else if (f.location) a.message += ` (${f.location.file}:${f.location.line})`
  return a
}

/**
 * Most severe first; past the limit of a level, the rest are counted in one closing notice. `reserveError` keeps
 * room for the step's own failure message, which GitHub counts as one more error annotation.
 */
export function buildAnnotations(
  findings: Finding[],
  perType = ANNOTATIONS_PER_TYPE,
  reserveError = false
): Annotation[] {
  const sorted = [...findings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity])
  const out: Annotation[] = []
  const shown = { error: reserveError ? 1 : 0, warning: 0, notice: 0 }
  let hidden = 0
  for (const f of sorted) {
    const a = toAnnotation(f)
    if (shown[a.level] >= perType) {
      hidden++
      continue
    }
    shown[a.level]++
    out.push(a)
  }
  if (hidden > 0) {
    out.push({
      level: 'notice',
      title: 'multiarch-verify',
      message: `${hidden} more finding(s) are not annotated here; the job summary lists them all.`
    })
  }
  return out
}
