/**
 * The differential check of the loader model against the real loaders: the oracle files that
 * test-env/loader/make-userlands.mjs wrote (what glibc's ld.so and the real Python, Node.js and Perl said about every
 * dynamic object of real Debian userlands, run under QEMU in a chroot) against what the engine predicts from the same
 * images' bytes. Used by __tests__/itg/loader-oracle.itg.test.ts and test-env/loader/compare (README figures).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, posix } from 'node:path'
import { OciDirSource } from '../../src/image/oci-layout.js'
import { listImages } from '../../src/image/read.js'
import { readImage } from '../../src/inspect/image.js'
import { LoadingModel } from '../../src/inspect/loading.js'
import { inspectSource } from '../../src/inspect/platforms.js'
import { checkAndReport } from '../../src/verify.js'
import type { Finding } from '../../src/findings.js'

interface OracleObject {
  path: string
  kind: 'program' | 'library'
  foreign?: boolean
  loads?: boolean
  timedOut?: boolean
  notFound?: string[]
  versionErrors?: Array<{ version: string; library: string; requiredBy: string }>
  errors?: Array<{ name?: string; message: string }>
}

interface OracleModule {
  runtime: string
  name: string
  ok: boolean
  results?: Array<{ name: string; ok: boolean; file?: string }>
}

export interface Oracle {
  arch: string
  platform: string
  scenario: string
  description: string
  objects: OracleObject[]
  modules: OracleModule[]
}

export interface Disagreement {
  what: string
  oracle: string
  tool: string
}

export interface ScenarioResult {
  arch: string
  scenario: string
  /** Dynamic objects of the platform's architecture the real loader was asked about, and compared. */
  objects: number
  /** Of those, the ones the real loader could not load. */
  failing: number
  /** Native modules (Python, Node.js, Perl) the runtime was asked to load, and compared. */
  modules: number
  modulesFailing: number
  disagreements: Disagreement[]
  /** What the tool reported on the image, by rule: the findings a user sees. */
  findings: Record<string, number>
}

const uniq = (xs: string[]): string[] => [...new Set(xs)].sort()

/** A Python module's dotted name from its file (`…/dist-packages/yaml/_yaml.cpython-311-…so` → `yaml._yaml`). */
function dottedName(path: string): string | undefined {
  const m = /\/(?:site-packages|dist-packages|lib-dynload)\/(.+?)(?:\.cpython-[^/]*|\.abi3)?\.so$/.exec(path)
  return m?.[1]?.replace(/\//g, '.')
}

/** The rules whose findings on a file say it cannot be loaded. */
const LOAD_RULES = new Set(['library-missing', 'library-version-missing', 'native-module-mismatch'])

export async function compareScenario(dir: string): Promise<ScenarioResult> {
  const oracle = JSON.parse(readFileSync(join(dir, 'oracle.json'), 'utf8')) as Oracle
  const source = await OciDirSource.open(join(dir, 'image'))
  const [ref] = await listImages(source)
  if (!ref) throw new Error(`${dir}: no image`)
  const { config, tree } = await readImage(source, ref)
  const env = (config.config?.Env ?? []).filter((x): x is string => typeof x === 'string')
  const model = new LoadingModel(tree, {
    architecture: ref.indexPlatform?.architecture ?? '',
    env,
    workdir: config.config?.WorkingDir || '/'
  })
  const disagreements: Disagreement[] = []
  let objects = 0
  let failing = 0
  for (const o of oracle.objects) {
    if (o.foreign || o.loads === undefined || o.timedOut) continue
    objects++
    if (!o.loads) failing++
    const r = model.load(o.path, o.kind === 'program')
    // glibc names a fatal candidate by its path ("/opt/lib/libssl.so.3: invalid ELF header"), a missing one by its name.
    const toolMissing = uniq((r?.missing ?? []).map(m => m.fatal?.path ?? m.name))
    const toolVersions = uniq((r?.versions ?? []).map(v => `${v.version} by ${v.requiredBy}`))
    const oracleMissing = uniq([...(o.notFound ?? []), ...(o.errors ?? []).flatMap(e => (e.name ? [e.name] : []))])
    const oracleVersions = uniq((o.versionErrors ?? []).map(v => `${v.version} by ${v.requiredBy}`))
    const toolLoads = r !== undefined && toolMissing.length === 0 && toolVersions.length === 0
    const say = (missing: string[], versions: string[], loads: boolean): string =>
      loads ? 'loads' : `fails: missing [${missing.join(', ')}] versions [${versions.join(', ')}]`
    const same =
      toolLoads === o.loads &&
      toolMissing.join() === oracleMissing.join() &&
      toolVersions.join() === oracleVersions.join()
    if (!same) {
      disagreements.push({
        what: `${o.kind} ${o.path}`,
        oracle: say(oracleMissing, oracleVersions, o.loads),
        tool: r ? say(toolMissing, toolVersions, toolLoads) : 'no loader for it'
      })
    }
  }
  // What the user sees: the report's findings, and the native modules' verdicts against the runtimes'.
  const facts = await inspectSource(source)
  const report = checkAndReport(source.name, facts, 'error')
  const findings: Record<string, number> = {}
  for (const f of report.findings) findings[f.rule] = (findings[f.rule] ?? 0) + 1
  const flagged = report.findings.filter((f: Finding) => LOAD_RULES.has(f.rule) && f.path)
  const flaggedPython = flagged.map(f => dottedName(f.path as string)).filter((n): n is string => !!n)
  const flaggedPaths = new Set(flagged.map(f => f.path as string))
  let modules = 0
  let modulesFailing = 0
  for (const m of oracle.modules) {
    for (const r of m.results ?? []) {
      modules++
      if (!r.ok) modulesFailing++
      // Importing a.b.c imports a first: a broken module of a package breaks the package's other modules too.
      const top = r.name.split('.')[0] as string
      const toolFails =
        m.runtime === 'python'
          ? flaggedPython.some(n => n === r.name || n.split('.')[0] === top)
          : flaggedPaths.has(r.file ?? r.name) || flaggedPaths.has(r.name)
      if (toolFails === !r.ok) continue
      disagreements.push({
        what: `${m.runtime} module ${r.name}`,
        oracle: r.ok ? 'loads' : 'fails',
        tool: toolFails ? 'reports it' : 'silent'
      })
    }
  }
  await source.close()
  return {
    arch: oracle.arch,
    scenario: oracle.scenario,
    objects,
    failing,
    modules,
    modulesFailing,
    disagreements,
    findings
  }
}

/** Every scenario directory under an oracle output directory (`DIR/<arch>/<scenario>/oracle.json`). */
export function scenarioDirs(root: string): string[] {
  if (!existsSync(root)) return []
  return readdirSync(root, { withFileTypes: true })
    .filter(d => d.isDirectory())
    .flatMap(a =>
      readdirSync(join(root, a.name), { withFileTypes: true })
        .filter(d => d.isDirectory() && existsSync(join(root, a.name, d.name, 'oracle.json')))
        .map(d => posix.join(root, a.name, d.name))
    )
    .sort()
}
