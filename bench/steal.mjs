// CPU time the hypervisor gave to other guests while a benchmark ran (/proc/stat's steal column): on a shared virtual
// machine, runs a few minutes apart differed by a third with 20% of the CPU stolen, so every figure says how much was.
import { readFileSync } from 'node:fs'

function ticks() {
  try {
    const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number)
    return { steal: cpu[7] ?? 0, total: cpu.reduce((a, b) => a + b, 0) }
  } catch {
    return undefined
  }
}

/** Start counting; the returned function gives the share of CPU time stolen since, as text ('' where unknown). */
export function stealMeter() {
  const start = ticks()
  return () => {
    const end = ticks()
    if (!start || !end || end.total <= start.total) return ''
    const share = (end.steal - start.steal) / (end.total - start.total)
    const note = share > 0.05 ? ': the figures are disturbed, run again' : ''
    return `CPU time stolen by the hypervisor during the run: ${(share * 100).toFixed(1)}%${note}`
  }
}
