/**
 * The runtimes people ship, judged as they load their native code, against the runtimes themselves: images built
 * from real Debian packages (and real npm builds for musl) by test-env/runtimes/make-runtimes.mjs, with the real JVM,
 * Python, Mono, glibc's and musl's loaders run on them in a chroot (QEMU for arm64). A correct image has no finding
 * above note; each broken one has the one finding its runtime's failure calls for, in the runtime's words where the
 * runtime has words. The generator runs when its output is missing or was made by another version of it; the whole
 * corpus is `npm run differential`.
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { OciDirSource } from '../../src/image/oci-layout.js'
import { inspectSource } from '../../src/inspect/platforms.js'
import { checkAndReport } from '../../src/verify.js'
import type { Finding } from '../../src/findings.js'
import { ROOT } from '../helpers/fixtures.js'
import { generateOnce, hashFiles } from '../helpers/generator.js'
import { joinLayouts, reportJoined } from '../helpers/survey.js'

const FULL = process.env.MV_RUNTIMES_SET === 'full'
const DIR =
  process.env.MV_RUNTIMES ??
  join(process.env.MV_CACHE ?? '/var/cache/multiarch-verify-test', FULL ? 'runtimes-full' : 'runtimes')

/**
 * What `npm test` builds, per architecture: on amd64 (natively, quick) one image of each runtime and every broken
 * variant; on arm64 (under QEMU) the other architecture's files copied in, musl behind a glibc-named link, and a JVM.
 * A correct image whose model a broken one also exercises is left to the full set: python-musl-tag is numpy's clean
 * image plus one module, java-jar-natives-missing a correct JRE plus one jar (so on arm64 too no libjvm.so need may
 * be an error there), and a unit test covers each of musl-clean's and cuda-undeclared's cases
 * (__tests__/inspect/runtimes.test.ts). Cold (nothing downloaded yet) these take about 4 minutes on 2 cores.
 */
const CI: Record<string, string[]> = {
  amd64: [
    'python-numpy-copied',
    'python-musl-tag',
    'mono-clean',
    'musl-gcompat-link',
    'musl-missing-lib',
    'cuda-clean',
    'java-clean-debian',
    'java-foreign-jre',
    'java-jar-natives-missing',
    'java-jar-natives-system'
  ],
  arm64: ['python-numpy-copied', 'musl-gcompat-link', 'java-jar-natives-missing']
}

/**
 * What the tool must say of each scenario, above note: the rule and how many findings (none for a correct image),
 * and words of the runtime's own failure the finding must quote, when there are some.
 */
const EXPECT: Record<string, { rules: Record<string, number>; says?: string[]; notes?: string[]; gap?: string }> = {
  'python-numpy-clean': { rules: {} },
  'python-numpy-copied': {
    rules: { 'native-module-mismatch': 1 },
    says: ['numpy', 'ModuleNotFoundError', 'pip install']
  },
  'python-musl-tag': { rules: { 'native-module-mismatch': 1 }, says: ['built for musl', 'ModuleNotFoundError'] },
  'mono-clean': { rules: {} },
  'musl-clean': { rules: {} },
  'musl-gcompat-link': {
    rules: {},
    gap: "Debian's fortified hello, a glibc program run by musl through the link, needs glibc-only symbols (__printf_chk) that musl lacks: symbols are not checked"
  },
  'musl-missing-lib': {
    rules: { 'library-missing': 1 },
    says: ['Error loading shared library libmvlocal.so.1: No such file or directory (needed by /usr/local/bin/mvlocal)']
  },
  'cuda-clean': {
    rules: {},
    notes: ['libcuda.so.1', 'NVIDIA_VISIBLE_DEVICES'],
    gap: "run without the NVIDIA runtime, the driver's libcuda.so.1 is missing, as the note says"
  },
  'cuda-undeclared': {
    rules: {},
    notes: ['libcuda.so.1', '--gpus'],
    gap: "run without the NVIDIA runtime, the driver's libcuda.so.1 is missing, as the note says"
  },
  'cuda-driver-injected': { rules: {} },
  'cuda-npm-ggml': {
    rules: {},
    gap: "ggml's CUDA backend (dlopened only where a CUDA GPU is) lacks libcudart.so.13; node-llama-cpp takes its CPU build"
  },
  'java-clean-debian': { rules: {} },
  'java-clean-temurin': { rules: {}, notes: ['libawt_xawt.so'] },
  'java-foreign-jre': { rules: { 'binary-arch-mismatch': 1 }, says: ['The Java runtime', 'exec format error'] },
  'java-jar-natives-missing': {
    rules: { 'native-module-mismatch': 1 },
    says: ['not found in resource path']
  },
  'java-jar-natives-ok': { rules: {} },
  'java-jar-natives-system': { rules: {} },
  'java-jar-natives-other-os': { rules: {} }
}

function generatorKey(arch: string): string {
  const h = createHash('sha256').update(`${FULL ? 'full' : (CI[arch] ?? []).join(',')} ${arch}`)
  // What makes the images: not the READMEs.
  const made = (name: string): boolean => !name.endsWith('.md')
  hashFiles(h, join(ROOT, 'test-env', 'runtimes'), made)
  hashFiles(h, join(ROOT, 'test-env', 'loader', 'lib'), made)
  return h.digest('hex')
}

const outOf = (arch: string): string => join(DIR, arch)

beforeAll(() => {
  // MV_RUNTIMES_REUSE=1: judge the images already there, whatever made them (a hand run of the generator).
  if (process.env.MV_RUNTIMES_REUSE === '1') return
  for (const arch of ['amd64', 'arm64']) {
    generateOnce(join(DIR, `generator-${arch}.key`), generatorKey(arch), [
      join(ROOT, 'test-env/runtimes/make-runtimes.mjs'),
      ...['--out', outOf(arch), '--arches', arch, '--set', FULL ? 'full' : 'ci', '--no-rootfs'],
      ...(FULL ? [] : ['--scenarios', (CI[arch] ?? []).join(',')])
    ])
  }
}, 90 * 60_000)

async function findingsOf(image: string): Promise<Finding[]> {
  const source = await OciDirSource.open(image)
  try {
    return checkAndReport(`oci:${image}`, await inspectSource(source), 'error').findings
  } finally {
    await source.close()
  }
}

interface Seen {
  scenario: string
  arch: string
  findings: Finding[]
  oracleClean: boolean | undefined
}

let seen: Seen[] = []

test(
  'each runtime image: what the tool says above note is what its runtime did',
  async () => {
    seen = []
    for (const arch of ['amd64', 'arm64']) {
      const dir = join(outOf(arch), arch)
      for (const scenario of existsSync(dir) ? readdirSync(dir).sort() : []) {
        const image = join(dir, scenario, 'image')
        if (!existsSync(join(image, 'index.json'))) continue
        const oracle = JSON.parse(readFileSync(join(dir, scenario, 'oracle.json'), 'utf8')) as {
          verdict?: { clean?: boolean }
        }
        seen.push({ scenario, arch, findings: await findingsOf(image), oracleClean: oracle.verdict?.clean })
      }
    }
    const wanted = FULL ? 20 : Object.values(CI).flat().length
    expect(seen.length).toBeGreaterThanOrEqual(wanted)
    const problems: string[] = []
    for (const s of seen) {
      const want = EXPECT[s.scenario]
      if (!want) {
        problems.push(`${s.arch}/${s.scenario}: no expectation written for it`)
        continue
      }
      const above = s.findings.filter(f => f.severity !== 'note')
      const rules: Record<string, number> = {}
      for (const f of above) rules[f.rule] = (rules[f.rule] ?? 0) + 1
      if (JSON.stringify(rules) !== JSON.stringify(want.rules)) {
        problems.push(
          `${s.arch}/${s.scenario}: ${JSON.stringify(rules)} (wanted ${JSON.stringify(want.rules)}): ${above.map(f => f.message.slice(0, 140)).join(' | ')}`
        )
      }
      const text = above.map(f => `${f.message}\n${f.hint ?? ''}`).join('\n')
      for (const w of want.says ?? [])
        if (!text.includes(w)) problems.push(`${s.arch}/${s.scenario}: no finding says "${w}"`)
      const notes = s.findings
        .filter(f => f.severity === 'note')
        .map(f => f.message)
        .join('\n')
      for (const w of want.notes ?? [])
        if (!notes.includes(w)) problems.push(`${s.arch}/${s.scenario}: no note says "${w}"`)
      // A correct image is one its runtime ran: the oracle agrees that it is clean.
      if (!Object.keys(want.rules).length && s.oracleClean === false && !want.gap && !s.scenario.startsWith('java')) {
        problems.push(`${s.arch}/${s.scenario}: the runtime did not run it cleanly, yet it is expected clean`)
      }
    }
    expect(problems).toEqual([])
  },
  30 * 60_000
)

test('a JDK is judged inside its JVM: no library of a correct JRE is said to miss libjvm.so, on either platform', () => {
  // Every Java image but the foreign JRE's holds a correct one.
  const java = seen.filter(s => s.scenario.startsWith('java-') && s.scenario !== 'java-foreign-jre')
  expect(new Set(java.map(s => s.arch))).toEqual(new Set(['amd64', 'arm64']))
  for (const s of java) expect(s.findings.filter(f => f.message.includes('libjvm.so'))).toEqual([])
})

test(
  'a correct image of each runtime, its amd64 and arm64 images in one index: nothing above note across platforms',
  async () => {
    const both = [...new Set(seen.map(s => s.scenario))].filter(
      sc => !Object.keys(EXPECT[sc]?.rules ?? { x: 1 }).length && seen.filter(s => s.scenario === sc).length === 2
    )
    expect(both.length).toBeGreaterThanOrEqual(1)
    for (const sc of both) {
      rmSync(join(DIR, `joined-${sc}`), { recursive: true, force: true })
      const out = joinLayouts(
        ['amd64', 'arm64'].map(a => join(outOf(a), a, sc)),
        join(DIR, `joined-${sc}`)
      )
      const above = (await reportJoined(out)).filter(f => f.severity !== 'note')
      expect([sc, above.map(f => `${f.rule} ${f.platform} ${f.path}`)]).toEqual([sc, []])
    }
  },
  10 * 60_000
)
