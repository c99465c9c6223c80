/**
 * SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif): every rule with its help, every finding
 * with a location. A finding without a Dockerfile line is placed on the Dockerfile's first line when the Dockerfile
 * is known, so code scanning can show it. Pure.
 */
import { createHash } from 'node:crypto'
import { RULES } from '../checks/index.js'
import type { Finding, Severity } from '../findings.js'
import type { Report } from './model.js'
import { isRepoPath } from './paths.js'
import { INFORMATION_URI, ruleUrl } from './rules.js'

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', note: 'note' }
export { INFORMATION_URI } from './rules.js'

function ruleName(id: string): string {
  return id.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase())
}

function location(f: Finding, dockerfile: string | undefined): object[] {
  // Code scanning maps only paths relative to the repository root; a file outside it gets no location.
  const file = f.location ? f.location.file : dockerfile
  if (!file || !isRepoPath(file)) return []
  return [
    {
      physicalLocation: {
        artifactLocation: { uri: file.replace(/^(\.\/)+/, '') },
        region: { startLine: f.location?.line ?? 1 }
      },
      ...(f.path ? { message: { text: `${f.platform} ${f.path}` } } : {})
    }
  ]
}

export function renderSarif(r: Report): object {
  const ruleIndex = new Map(RULES.map((rule, i) => [rule.id, i]))
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: r.tool.name,
            version: r.tool.version,
            informationUri: INFORMATION_URI,
            rules: RULES.map(rule => ({
              id: rule.id,
              name: ruleName(rule.id),
              shortDescription: { text: rule.description },
              fullDescription: { text: rule.description },
              help: { text: rule.help, markdown: rule.help },
              helpUri: ruleUrl(rule.id),
              defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
              properties: { tags: ['containers', 'multi-platform'] }
            }))
          }
        },
        results: r.findings.map(f => ({
          ruleId: f.rule,
          ruleIndex: ruleIndex.get(f.rule) ?? 0,
          level: LEVEL[f.severity],
          message: { text: f.message + (f.hint ? `\n\nFix: ${f.hint}` : '') },
          locations: location(f, r.dockerfile),
          partialFingerprints: {
            'multiarchVerify/v1': createHash('sha256')
              .update(`${f.rule}\0${f.platform}\0${f.path ?? ''}`)
              .digest('hex')
          },
          properties: { platform: f.platform, ...(f.path ? { path: f.path } : {}) }
        }))
      }
    ]
  }
}
