/**
 * The npm survey's truth against the engine (test-env/npm-survey): for each image of each scenario, what `node`
 * did with each package in a chroot of it (QEMU for arm64) against what the tool says. A package node loads (or that
 * falls back) must have no finding above note; one node cannot load must be exactly one error naming it, whose
 * quoted words are what node threw. Nothing else may be reported above note. Also the images of one scenario joined
 * into one multi-platform index, for the rules that compare platforms.
 */
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { OciDirSource } from '../../src/image/oci-layout.js'
import { inspectSource } from '../../src/inspect/platforms.js'
import { checkAndReport } from '../../src/verify.js'
import type { Finding } from '../../src/findings.js'

export interface SurveyPackage {
  name: string
  version: string
  layout: string
  ok: boolean
  fallback?: boolean
  error?: { message: string }
}

export interface SurveyOracle {
  scenario: string
  arch: string
  platform: string
  packages: SurveyPackage[]
}

export interface SurveyResult {
  scenario: string
  arch: string
  /** Packages node loaded (or that fell back), and those it could not load. */
  loads: number
  fails: number
  /** The packages node could not load. */
  failed: string[]
  disagreements: string[]
  findings: Finding[]
}

/** Every `<scenario>/<arch>` directory of a survey output that has an oracle and an image. */
export function surveyDirs(root: string): string[] {
  const out: string[] = []
  for (const e of existsSync(root) ? readdirSync(root, { withFileTypes: true }) : []) {
    const dir = join(root, e.name)
    if (!e.isDirectory() || e.name === 'trees' || e.name === 'userland') continue
    for (const a of readdirSync(dir)) {
      if (existsSync(join(dir, a, 'oracle.json')) && existsSync(join(dir, a, 'image', 'index.json')))
        out.push(join(dir, a))
    }
  }
  return out.sort()
}

async function report(imageDir: string): Promise<Finding[]> {
  const source = await OciDirSource.open(imageDir)
  try {
    const facts = await inspectSource(source)
    return checkAndReport(`oci:${imageDir}`, facts, 'error').findings
  } finally {
    await source.close()
  }
}

/**
 * The words a finding quotes of what the package's loader throws (``throws `...` ``), or, for a library its module
 * lacks, what the loader says of it, which node's dlopen error repeats ("libvips-cpp.so.8.18.8: cannot open shared
 * object file: No such file or directory").
 */
function quoted(f: Finding): string | undefined {
  return (
    /throws `([^`]+)`/.exec(f.message)?.[1] ?? /`error while loading shared libraries: ([^`]+)`/.exec(f.message)?.[1]
  )
}

/**
 * The packages a finding is about: the one it names, those that need it, and, for a library a module lacks, the
 * packages whose failure in node names that library (sharp's module lacks the libvips of a pruned package).
 */
function packagesOf(f: Finding, oracle: SurveyOracle): string[] {
  const out = [String(f.evidence?.package ?? ''), ...String(f.evidence?.dependents ?? '').split(' ')]
  if (f.rule === 'library-missing') {
    const libs = String(f.evidence?.missing ?? '')
      .split(' ')
      .filter(Boolean)
    for (const p of oracle.packages) if (libs.some(l => p.error?.message.includes(l))) out.push(p.name)
  }
  return out.filter(Boolean)
}

/** Whether node's message says what the finding quotes: each part around an ellipsis in it, in order. */
export function saysSame(words: string, nodeMessage: string): boolean {
  let at = 0
  for (const part of words
    .split('…')
    .map(p => p.trim())
    .filter(Boolean)) {
    const i = nodeMessage.indexOf(part, at)
    if (i < 0) return false
    at = i + part.length
  }
  return true
}

/**
 * `dir`: one image of the survey. A package node cannot load even in its own platform's install (`correct`: an install
 * step skipped, the Node.js version) fails for a reason that is not the platform's: the tool may say nothing of it,
 * and what it says must still be node's words.
 */
export async function compareSurvey(dir: string): Promise<SurveyResult> {
  const oracle = JSON.parse(readFileSync(join(dir, 'oracle.json'), 'utf8')) as SurveyOracle
  const own = join(dir, '..', '..', 'correct', oracle.arch, 'oracle.json')
  const notPlatform = new Set(
    existsSync(own)
      ? (JSON.parse(readFileSync(own, 'utf8')) as SurveyOracle).packages.filter(p => !p.ok).map(p => p.name)
      : []
  )
  const findings = await report(join(dir, 'image'))
  const disagreements: string[] = []
  // A finding names the package, or a dependency of it that fails (node-api needs node-bindings).
  const about = (name: string): Finding[] => findings.filter(f => packagesOf(f, oracle).includes(name))
  for (const p of oracle.packages) {
    const mine = about(p.name).filter(f => f.severity !== 'note')
    if (p.ok) {
      if (mine.length) disagreements.push(`${p.name}: node loads it, the tool says ${mine.map(f => f.rule).join(', ')}`)
      continue
    }
    const errors = mine.filter(f => f.severity === 'error')
    if (!errors.length && notPlatform.has(p.name)) continue
    if (errors.length !== 1) {
      disagreements.push(
        `${p.name}: node cannot load it (${p.error?.message.split('\n')[0]}), the tool has ${errors.length} errors`
      )
      continue
    }
    const words = quoted(errors[0] as Finding)
    if (!words || !saysSame(words, p.error?.message ?? '')) {
      disagreements.push(`${p.name}: the tool quotes "${words}", node threw "${p.error?.message.split('\n')[0]}"`)
    }
  }
  // Nothing else above note: every finding above note is about a package node could not load.
  const failing = new Set(oracle.packages.filter(p => !p.ok).map(p => p.name))
  for (const f of findings) {
    if (f.severity === 'note' || packagesOf(f, oracle).some(n => failing.has(n))) continue
    disagreements.push(`an unexpected ${f.severity} ${f.rule} on ${f.path ?? '-'}: ${f.message.slice(0, 160)}`)
  }
  return {
    scenario: oracle.scenario,
    arch: oracle.arch,
    loads: oracle.packages.filter(p => p.ok).length,
    fails: failing.size,
    failed: [...failing],
    disagreements,
    findings
  }
}

/**
 * One OCI layout holding the images of `dirs` (each `<dir>/image`), as a multi-platform index: blobs hard-linked,
 * the manifests' descriptors (with their platforms) in one index.json.
 */
export function joinLayouts(dirs: string[], out: string): string {
  const blobs = join(out, 'blobs', 'sha256')
  mkdirSync(blobs, { recursive: true })
  const manifests: unknown[] = []
  for (const d of dirs) {
    const image = join(d, 'image')
    for (const b of readdirSync(join(image, 'blobs', 'sha256'))) {
      if (!existsSync(join(blobs, b))) linkSync(join(image, 'blobs', 'sha256', b), join(blobs, b))
    }
    const index = JSON.parse(readFileSync(join(image, 'index.json'), 'utf8')) as { manifests: unknown[] }
    manifests.push(...index.manifests)
  }
  writeFileSync(join(out, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}')
  writeFileSync(
    join(out, 'index.json'),
    JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests })
  )
  return out
}

/** The findings of a joined multi-platform image. */
export async function reportJoined(dir: string): Promise<Finding[]> {
  return report(dir)
}
