/** The optional check run: every annotation, 50 per request as the Checks API takes them. */
import type { Annotation } from '../report/annotations.js'
import { isRepoPath } from '../report/paths.js'

export const ANNOTATIONS_PER_REQUEST = 50

export interface CheckRunAnnotation {
  path: string
  start_line: number
  end_line: number
  annotation_level: 'notice' | 'warning' | 'failure'
  title: string
  message: string
}

export interface CheckRunOutput {
  title: string
  summary: string
  annotations: CheckRunAnnotation[]
}

export interface ChecksApi {
  create(args: {
    name: string
    headSha: string
    conclusion: 'success' | 'failure'
    output: CheckRunOutput
  }): Promise<number>
  update(id: number, output: CheckRunOutput): Promise<void>
}

/**
 * Annotations for the Checks API, whose `path` must be a file of the repository: one without a line goes on the
 * Dockerfile's first line when the Dockerfile is in the repository, and is left to the check run's summary otherwise.
 */
export function toCheckAnnotations(annotations: Annotation[], dockerfile: string | undefined): CheckRunAnnotation[] {
  const fallback = dockerfile !== undefined && isRepoPath(dockerfile) ? dockerfile : undefined
  const out: CheckRunAnnotation[] = []
  for (const a of annotations) {
    const path = a.file ?? fallback
    if (path === undefined) continue
    out.push({
      path,
      start_line: a.file ? (a.startLine ?? 1) : 1,
      end_line: a.file ? (a.startLine ?? 1) : 1,
      annotation_level: a.level === 'error' ? 'failure' : a.level,
      title: a.title.slice(0, 255),
      message: a.message.slice(0, 64 * 1024)
    })
  }
  return out
}

export function batches<T>(items: T[], size = ANNOTATIONS_PER_REQUEST): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

export async function publishCheckRun(
  api: ChecksApi,
  args: {
    name: string
    headSha: string
    failed: boolean
    title: string
    summary: string
    annotations: CheckRunAnnotation[]
  }
): Promise<number> {
  const [first = [], ...rest] = batches(args.annotations)
  const output = (annotations: CheckRunAnnotation[]): CheckRunOutput => ({
    title: args.title,
    summary: args.summary,
    annotations
  })
  const id = await api.create({
    name: args.name,
    headSha: args.headSha,
    conclusion: args.failed ? 'failure' : 'success',
    output: output(first)
  })
  for (const batch of rest) await api.update(id, output(batch))
  return id
}
