/** The optional check run: every annotation, 50 per request as the Checks API takes them. */
import type { Annotation } from '../report/annotations.js'

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

/** Annotations for the Checks API; one without a line goes on the Dockerfile's first line. */
export function toCheckAnnotations(annotations: Annotation[], dockerfile: string): CheckRunAnnotation[] {
  return annotations.map(a => ({
    path: (a.file ?? dockerfile).replace(/^\.\//, ''),
    start_line: a.startLine ?? 1,
    end_line: a.startLine ?? 1,
    annotation_level: a.level === 'error' ? 'failure' : a.level,
    title: a.title.slice(0, 255),
    message: a.message.slice(0, 64 * 1024)
  }))
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
