/**
 * The config file (`.github/multiarch-verify.yml` by default): per-rule severity and ignored paths (globs), and paths
 * that must exist and be executable on every platform. Parsed with `yaml`, validated with errors that name the line.
 *
 *   rules:
 *     binary-arch-mismatch:
 *       severity: warning          # error | warning | note | off
 *       ignore: ["/opt/vendor/**"]
 *   require:
 *     - /usr/local/bin/app         # on every platform but Windows
 *     - C:\app\app.exe             # on Windows platforms
 *   provided-libraries:            # the container runtime mounts them when the container starts
 *     - libmali.so.1
 *     - libnvidia-*
 */
import picomatch from 'picomatch'
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node } from 'yaml'
import { RULES } from '../checks/index.js'
import type { Finding, Severity } from '../findings.js'
import { UserError } from '../errors.js'
import { isWindowsPath } from '../inspect/windows.js'

export const DEFAULT_CONFIG_PATH = '.github/multiarch-verify.yml'

export interface RuleConfig {
  severity?: Severity | 'off'
  ignore: Array<{ glob: string; match: (path: string) => boolean }>
}

export interface Config {
  rules: Record<string, RuleConfig>
  require: string[]
  /** Library names (or `prefix*`) the container runtime provides: a program needing one is a note, never an error. */
  provided: string[]
}

export const EMPTY_CONFIG: Config = { rules: {}, require: [], provided: [] }
const SEVERITIES = ['error', 'warning', 'note', 'off'] as const
/** Rules whose id can be configured: the whole catalogue. */
const KNOWN = new Set<string>(RULES.map(r => r.id))

export function parseConfig(file: string, text: string): Config {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false })
  const at = (node: Node | null | undefined): string => `${file}:${node?.range ? lines.linePos(node.range[0]).line : 1}`
  if (doc.errors.length) {
    const e = doc.errors[0]
    throw new UserError(`${file}:${e?.linePos?.[0]?.line ?? 1}: not valid YAML (${e?.message.split('\n')[0]})`)
  }
  const config: Config = { rules: {}, require: [], provided: [] }
  const root = doc.contents
  if (root === null || root === undefined) return config
  if (!isMap(root)) throw new UserError(`${at(root)}: the config must be a mapping with "rules" and "require"`)
  for (const item of root.items) {
    const key = isScalar(item.key) ? String(item.key.value) : ''
    const value = item.value as Node | null
    if (key === 'rules') {
      if (!isMap(value))
        throw new UserError(`${at(value ?? (item.key as Node))}: "rules" must map rule ids to settings`)
      for (const r of value.items) {
        const id = isScalar(r.key) ? String(r.key.value) : ''
        if (!KNOWN.has(id))
          throw new UserError(`${at(r.key as Node)}: unknown rule "${id}"; the rules are ${[...KNOWN].join(', ')}`)
        config.rules[id] = parseRule(r.value as Node | null, at)
      }
    } else if (key === 'require') {
      if (!isSeq(value))
        throw new UserError(`${at(value ?? (item.key as Node))}: "require" must be a list of absolute paths`)
      for (const p of value.items) {
        const path = isScalar(p) ? String(p.value) : ''
        if (!path.startsWith('/') && !isWindowsPath(path))
          throw new UserError(
            `${at(p as Node)}: required path "${path}" must be absolute (/usr/bin/app, or C:\\app\\app.exe)`
          )
        config.require.push(path)
      }
    } else if (key === 'provided-libraries') {
      if (!isSeq(value))
        throw new UserError(`${at(value ?? (item.key as Node))}: "provided-libraries" must be a list of library names`)
      for (const p of value.items) {
        const name = isScalar(p) ? String(p.value) : ''
        if (!/^[\w.+-]+\*?$/.test(name) || (!name.includes('.so') && !name.endsWith('*')))
          throw new UserError(
            `${at(p as Node)}: provided library "${name}" must be a library name (libcuda.so.1) or a prefix with * (libnvidia-*)`
          )
        config.provided.push(name)
      }
    } else {
      throw new UserError(`${at(item.key as Node)}: unknown setting "${key}"; use rules, require or provided-libraries`)
    }
  }
  return config
}

function parseRule(node: Node | null, at: (n: Node | null | undefined) => string): RuleConfig {
  const rule: RuleConfig = { ignore: [] }
  if (!isMap(node)) throw new UserError(`${at(node)}: a rule's settings are severity and ignore`)
  for (const item of node.items) {
    const key = isScalar(item.key) ? String(item.key.value) : ''
    const value = item.value as Node | null
    if (key === 'severity') {
      const s = isScalar(value) ? String(value.value) : ''
      if (!(SEVERITIES as readonly string[]).includes(s))
        throw new UserError(`${at(value)}: severity "${s}"; use ${SEVERITIES.join(', ')}`)
      rule.severity = s as RuleConfig['severity']
    } else if (key === 'ignore') {
      const globs = isSeq(value) ? value.items : isScalar(value) ? [value] : undefined
      if (!globs) throw new UserError(`${at(value)}: ignore takes a glob or a list of globs`)
      for (const g of globs) {
        const glob = isScalar(g) ? String(g.value) : ''
        try {
          rule.ignore.push({ glob, match: picomatch(glob, { strictBrackets: true, dot: true }) })
        } catch (err) {
          throw new UserError(`${at(g as Node)}: bad glob "${glob}" (${(err as Error).message})`)
        }
      }
    } else {
      throw new UserError(`${at(item.key as Node)}: unknown rule setting "${key}"; use severity or ignore`)
    }
  }
  return rule
}

/** Whether an ignore glob matches a path; a Windows path also as written with `/` (`C:/app/**`). */
function ignored(rc: RuleConfig | undefined, path: string): boolean {
  const alt = isWindowsPath(path) ? path.replace(/\\/g, '/') : path
  return rc?.ignore.some(i => i.match(path) || i.match(alt)) ?? false
}

/** Apply severities and ignores. Returns the findings kept and how many were suppressed. */
export function applyConfig(findings: Finding[], config: Config): { findings: Finding[]; suppressed: number } {
  const out: Finding[] = []
  let suppressed = 0
  for (const f of findings) {
    const rc = config.rules[f.rule]
    if (rc?.severity === 'off' || (f.path && ignored(rc, f.path))) {
      suppressed++
      continue
    }
    out.push(rc?.severity ? { ...f, severity: rc.severity } : f)
  }
  return { findings: out, suppressed }
}

/** Read the config: an explicit path must exist; the default path is optional. */
export async function loadConfig(path: string | undefined): Promise<Config> {
  const { readFile } = await import('node:fs/promises')
  const file = path ?? DEFAULT_CONFIG_PATH
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch {
    if (path !== undefined) throw new UserError(`config file ${file} not found`)
    return EMPTY_CONFIG
  }
  return parseConfig(file, text)
}
