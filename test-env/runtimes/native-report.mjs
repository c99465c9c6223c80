#!/usr/bin/env node
/**
 * A Markdown digest of the Python, Mono, musl and CUDA scenarios of an output directory of make-runtimes.mjs: per
 * architecture and scenario, the verdict, the objects that did not load with the loader's first line, and each
 * probe's exit and first line of output. Only reads oracle.json files.
 *
 *   node test-env/runtimes/native-report.mjs /var/tmp/mv-runtimes-ci
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const GROUPS = new Set(['python', 'mono', 'musl', 'cuda'])
const dir = process.argv[2]
if (!dir || !existsSync(join(dir, 'summary.json'))) {
  process.stderr.write(
    'usage: node test-env/runtimes/native-report.mjs DIR (an output directory of make-runtimes.mjs)\n'
  )
  process.exit(2)
}
const first = s =>
  (s ?? '')
    .split('\n')
    .map(l => l.trim())
    .filter(Boolean)
    .pop() ?? ''
const cell = s => s.replace(/\|/g, '\\|').slice(0, 320)

const out = []
for (const arch of readdirSync(dir).filter(d => existsSync(join(dir, d)) && !d.includes('.'))) {
  for (const sc of readdirSync(join(dir, arch)).sort()) {
    const file = join(dir, arch, sc, 'oracle.json')
    if (!existsSync(file)) continue
    const o = JSON.parse(readFileSync(file, 'utf8'))
    if (!GROUPS.has(o.group)) continue
    out.push(`### ${arch} ${sc}`, '', `${o.verdict.summary}. Expected: ${o.verdict.expected}`, '')
    const bad = o.objects.filter(x => x.loads === false || x.foreign)
    if (bad.length) {
      out.push('| object | loader says |', '|---|---|')
      for (const x of bad) {
        const why = x.errors?.[0]?.line ?? x.loadErrors?.[0]?.line ?? x.relocationErrors?.[0]
        const text =
          typeof why === 'string' ? why : why ? `Error relocating ${why.file}: ${why.symbol}: ${why.message}` : ''
        out.push(`| \`${x.path}\`${x.foreign ? ' (foreign)' : ''} | ${cell(text.trim())} |`)
      }
      out.push('')
    }
    out.push('| probe | exit | last line |', '|---|---|---|')
    for (const p of o.probes)
      out.push(
        `| ${cell(p.name ?? p.command.join(' '))}${p.informational ? ' (informational)' : ''} | ${p.exit} | ${cell(first(p.stderr) || first(p.stdout))} |`
      )
    for (const m of o.modules ?? [])
      if (!m.ok)
        out.push(
          `| module check: ${cell(m.name)} | ${m.exit} | ${cell(m.results ? `${m.results.filter(r => !r.ok).length} of ${m.results.length} fail: ${m.results.find(r => !r.ok)?.name}: ${first(m.results.find(r => !r.ok)?.message)}` : first(m.output))} |`
        )
    out.push('')
  }
}
process.stdout.write(out.join('\n') + '\n')
