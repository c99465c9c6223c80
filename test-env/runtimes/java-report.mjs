#!/usr/bin/env node
/**
 * A Markdown digest of the java group's oracle.json files in an output directory of make-runtimes.mjs: per arch and
 * scenario, the probes' results with the JVM's own first error line, the JDK libraries a JVM could not load (with
 * the message), those the JDK had loaded itself, and what ld.so --list said of the same files alone.
 *
 *   node test-env/runtimes/java-report.mjs /var/tmp/mv-runtimes-java
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const dir = process.argv[2]
if (!dir) {
  process.stderr.write('usage: node test-env/runtimes/java-report.mjs DIR\n')
  process.exit(2)
}
const short = (p, home) => (home && p.startsWith(home + '/') ? p.slice(home.length + 1) : p)
// The first line of a JVM's or loader's error output that says what went wrong (not a stack frame or log header).
const firstError = s =>
  (s ?? '')
    .split('\n')
    .find(l => /Exception|Error|error while loading|Could not open|No native library|not found/.test(l))
    ?.trim() ?? ''

const out = []
for (const arch of readdirSync(dir).sort()) {
  if (!existsSync(join(dir, arch)) || arch.startsWith('.') || arch.endsWith('.json')) continue
  for (const sc of readdirSync(join(dir, arch)).sort()) {
    const f = join(dir, arch, sc, 'oracle.json')
    if (!sc.startsWith('java-') || !existsSync(f)) continue
    const o = JSON.parse(readFileSync(f, 'utf8'))
    const home = o.javaHome
    out.push(`### ${arch} / ${sc}`, '', `${o.description}`, '')
    out.push(
      `JAVA_HOME ${home} (${o.jreArch}); entrypoint \`${JSON.stringify(o.entrypoint)}\`; Env ${o.env.join(' ')}`,
      ''
    )
    for (const p of [...(o.probesWithoutProc ?? []), ...o.probes]) {
      const last = p.stdout.trim().split('\n').pop()
      const err = firstError(p.stderr) || p.stderr.trim().split('\n')[0]
      out.push(
        `- \`${p.command.join(' ')}\` (${p.name}): exit ${p.exit}, ${p.ms} ms` +
          (p.ok ? `: ${last || err}` : `: ${err}`)
      )
    }
    const L = o.jvmLoads
    if (!L.started)
      out.push(`- jvmLoads: the JVM did not start: ${firstError(L.notStarted.stderr) || L.notStarted.stderr.trim()}`)
    for (const mode of ['each', 'one']) {
      if (!L[mode]) continue
      const r = L[mode].results
      const by = s => r.filter(x => x.status === s)
      out.push(
        `- jvmLoads (${mode === 'each' ? 'one JVM per library' : 'one JVM for all'}): ${by('loaded').length} loaded, ` +
          `${by('loaded-by-jdk').length} already loaded by the JDK (${by('loaded-by-jdk')
            .map(x => short(x.path, home))
            .join(', ')}), ` +
          `${by('failed').length} failed`
      )
      for (const x of by('failed')) out.push(`  - ${short(x.path, home)}: \`${x.message}\``)
    }
    if (L.disagreements?.length)
      out.push(
        `- modes disagree on: ${L.disagreements.map(d => `${short(d.path, home)} (each ${d.each.status}, one ${d.one?.status})`).join('; ')}`
      )
    const own = o.ldList.filter(x => !x.foreign)
    const bad = o.ldList.filter(x => !x.loads)
    out.push(
      `- ld.so --list alone: ${o.ldList.length} ELF files under JAVA_HOME (${o.ldList.length - own.length} foreign), ${bad.length} not loading`
    )
    const byMissing = new Map()
    for (const x of bad) {
      // Grouped by what was missing, or by the loader's message with the object's own path taken out.
      const key = [...new Set(x.notFound)].join(' ') || firstError(x.stderr).split(x.path).join('FILE')
      byMissing.set(key, [...(byMissing.get(key) ?? []), short(x.path, home)])
    }
    for (const [k, v] of byMissing) out.push(`  - ${k}: ${v.length} (${v.join(', ')})`)
    out.push('')
  }
}
process.stdout.write(out.join('\n') + '\n')
