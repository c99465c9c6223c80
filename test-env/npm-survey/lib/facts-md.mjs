/**
 * facts.md: per surveyed package, what a static reader of the image can know (package.json fields, the platform
 * packages each tree got, the native files with their ELF facts, the loader patterns in its JS), beside what node
 * really loaded in `correct`. The facts a model of the package's loader has to start from.
 */
const NM = '/app/node_modules/'
const short = p => (p.startsWith('node_modules/') ? p.slice('node_modules/'.length) : p)
const list = v => (Array.isArray(v) ? v.join(',') : v)
const triple = p => [list(p.os) ?? '-', list(p.cpu) ?? '-', list(p.libc) ?? '-'].join('/')

export function factsDigest(facts, results, packages) {
  // facts: { treeName: { pkg: facts } }; results: { scenario: { arch: oracle } }
  const order = ['linux-x64-glibc', 'linux-arm64-glibc', 'darwin-arm64', 'linux-x64-both', 'linux-arm64-both']
  const rank = t => order.indexOf(t.replace(/^llama-/, '')) >>> 0
  const trees = Object.keys(facts).sort((a, b) => rank(a) - rank(b))
  const lines = [
    '# npm survey: the packages as a static reader sees them',
    '',
    'Per package: package.json fields that decide the loader, the platform packages each tree got (os/cpu/libc as',
    'their package.json declares them), every native file reachable from the package (relative to /app/node_modules),',
    'and the loader patterns found in its JS; then what node really loaded in `correct` (oracle.json).',
    ''
  ]
  for (const p of packages) {
    const any = trees.map(t => facts[t][p.name]).find(f => f?.installed)
    if (!any) continue
    lines.push(`## ${p.name} ${p.version} (\`${p.layout}\`)`, '')
    const fields = []
    for (const k of ['main', 'type', 'binary', 'gypfile', 'os', 'cpu', 'libc'])
      if (any[k] !== undefined) fields.push(`${k} \`${JSON.stringify(any[k])}\``)
    if (any.bin) fields.push(`bin \`${JSON.stringify(any.bin)}\``)
    if (any.napi) fields.push(`napi \`${JSON.stringify(any.napi).slice(0, 300)}\``)
    if (Object.keys(any.scripts ?? {}).length) fields.push(`scripts \`${JSON.stringify(any.scripts)}\``)
    lines.push(`- package.json: ${fields.join('; ') || '—'}`)
    if (any.optionalDependencies?.length)
      lines.push(`- optionalDependencies (${any.optionalDependencies.length}): ${any.optionalDependencies.join(', ')}`)
    if (p.overrides) lines.push(`- app overrides: \`${JSON.stringify(p.overrides)}\``)
    if (Object.keys(any.hints ?? {}).length)
      lines.push(
        `- loader patterns: ${Object.entries(any.hints)
          .map(([h, files]) => `${h} (${files.map(short).join(', ')})`)
          .join('; ')}`
      )
    for (const t of trees) {
      const f = facts[t][p.name]
      if (!f?.installed) {
        lines.push(`- **${t}**: not installed`)
        continue
      }
      const seen = new Set()
      const plat = f.platformPackages
        .filter(x => x.installed && !seen.has(x.name) && seen.add(x.name))
        .map(x => `${x.name} (${triple(x)})`)
      lines.push(`- **${t}**: platform packages installed: ${plat.join(', ') || 'none'}`)
      for (const n of f.nativeFiles)
        lines.push(
          `  - \`${short(n.path)}\` ${n.what}${n.needed?.length ? `; NEEDED ${n.needed.join(' ')}` : ''}${n.runpath ? `; RUNPATH ${n.runpath}` : ''}${n.interp ? `; interp ${n.interp}` : ''}`
        )
    }
    for (const arch of Object.keys(results.correct ?? results.llama ?? {})) {
      const rec = (results.correct ?? results.llama)[arch].packages.find(r => r.name === p.name)
      if (!rec) continue
      const what = [
        ...new Set([
          ...rec.dlopened.map(d => `dlopen ${d.ok ? '' : '✗ '}${d.path.replace(NM, '')}`),
          ...rec.spawned.map(s => `exec ${s.ok ? '' : '✗ '}${(s.path ?? s.file).replace(NM, '')}`),
          ...rec.mapped.filter(m => !rec.dlopened.some(d => d.path === m)).map(m => `mapped ${m.replace(NM, '')}`)
        ])
      ]
      lines.push(
        `- node in \`${results.correct ? 'correct' : 'llama'}\` ${arch}: ${rec.ok ? (rec.fallback ? 'ok, fallback' : 'ok') : `✗ ${String(rec.error?.message).split('\n')[0].slice(0, 200)}`}; ${what.join('; ') || 'nothing native'}`
      )
    }
    lines.push('')
  }
  return lines.join('\n')
}
