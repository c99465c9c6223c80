#!/usr/bin/env node
/**
 * Rewrites DIR/summary.md and DIR/facts.md from an output directory's JSON (summary.json,
 * SCENARIO/ARCH/oracle.json, trees/TREE/facts.json), without running anything: for reading an old run with a newer
 * digest.
 *
 *   node test-env/npm-survey/report.mjs DIR
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { digest } from './lib/digest.mjs'
import { factsDigest } from './lib/facts-md.mjs'
import { LAYOUTS, LLAMA, PACKAGES } from './packages.mjs'

/** Reads DIR back: { summary, results, facts, sets } as survey.mjs had them. */
export function readOutput(out) {
  const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'))
  const results = {}
  for (const s of Object.keys(summary.scenarios))
    for (const a of readdirSync(join(out, s))) {
      const f = join(out, s, a, 'oracle.json')
      if (existsSync(f)) (results[s] ??= {})[a] = JSON.parse(readFileSync(f, 'utf8'))
    }
  const facts = {}
  for (const t of readdirSync(join(out, 'trees')))
    facts[t] = JSON.parse(readFileSync(join(out, 'trees', t, 'facts.json'), 'utf8'))
  const names = new Set(summary.packages.map(p => p.slice(0, p.lastIndexOf('@'))))
  const sets = { main: PACKAGES.filter(p => names.has(p.name)), llama: [LLAMA] }
  return { summary, results, facts, sets }
}

/** Writes summary.md and facts.md of `out`. */
export function writeDigests(out, { summary, results, facts, sets }) {
  writeFileSync(join(out, 'summary.md'), digest(summary, results, sets, LAYOUTS, out))
  const main = Object.fromEntries(Object.entries(facts).filter(([t]) => !t.startsWith('llama-')))
  const llama = Object.fromEntries(Object.entries(facts).filter(([t]) => t.startsWith('llama-')))
  const parts = [
    factsDigest(
      main,
      pick(results, s => !s.startsWith('llama')),
      sets.main
    )
  ]
  if (Object.keys(llama).length)
    parts.push(
      factsDigest(
        llama,
        pick(results, s => s.startsWith('llama')),
        sets.llama
      )
    )
  writeFileSync(join(out, 'facts.md'), parts.join('\n'))
}

const pick = (o, f) => Object.fromEntries(Object.entries(o).filter(([k]) => f(k)))

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = resolve(process.argv[2] ?? '/var/tmp/mv-npm-survey')
  writeDigests(out, readOutput(out))
  process.stderr.write(`wrote ${join(out, 'summary.md')} and ${join(out, 'facts.md')}\n`)
}
