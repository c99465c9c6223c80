#!/usr/bin/env node
/**
 * A Markdown digest of an oracle output directory: per architecture and scenario, the object counts, how many the
 * loader could not load, and the loader's or runtime's own words for the scenario's main program and modules.
 *
 *   node test-env/loader/report.mjs DIR
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const dir = process.argv[2]
if (!dir) {
  process.stderr.write('usage: node test-env/loader/report.mjs DIR\n')
  process.exit(2)
}
const summary = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8'))
const cell = s =>
  String(s ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n/g, ' ')
/** The line that says what went wrong: the last one naming an error, else the last one. */
const firstLine = s => {
  const lines = (s || '').trim().split('\n')
  return [...lines].reverse().find(l => /error|Error|not found|cannot/.test(l)) ?? lines.pop()
}

console.log(
  `set \`${summary.set}\`, total ${(summary.timings.totalMs / 1000).toFixed(0)} s (closure and downloads ${(summary.timings.downloadMs / 1000).toFixed(0)} s)\n`
)
console.log('| arch | scenario | objects (own/foreign) | not loading | main program, as run | modules failing |')
console.log('|---|---|---|---|---|---|')
for (const [arch, a] of Object.entries(summary.arches)) {
  for (const [name, s] of Object.entries(a.scenarios)) {
    const f = join(dir, arch, name, 'oracle.json')
    if (!existsSync(f)) continue
    const o = JSON.parse(readFileSync(f, 'utf8'))
    const p = o.probes[0]
    const main = p ? `\`${p.command.join(' ')}\` → ${p.exit}${p.exit ? `: ${firstLine(p.stderr)}` : ''}` : ''
    const mods = o.modules
      .filter(m => !m.ok)
      .map(m =>
        m.results
          ? m.results
              .filter(r => !r.ok)
              .map(r => `${r.name}: ${r.error ?? ''} ${firstLine(r.message)}`)
              .join('; ')
          : `${m.name}: ${firstLine(m.output)}`
      )
      .join('; ')
    console.log(
      `| ${arch} | ${name} | ${s.objects - s.foreign}/${s.foreign} | ${s.notLoading} | ${cell(main)} | ${cell(mods.slice(0, 400))} |`
    )
  }
  for (const [name, why] of Object.entries(a.skipped)) console.log(`| ${arch} | ${name} | skipped | | ${cell(why)} | |`)
}
