/**
 * The loader oracle's module checks give each runtime command 60 s; under QEMU on a loaded machine `import numpy`
 * can take longer (seen: 60.4 s, load average 13). A check that timed out says nothing about the image, so it is
 * run again with a longer limit, and the first attempt is kept beside the answer (`firstAttempt`).
 */
import { inChroot } from '../../loader/lib/util.mjs'

const LIMIT_MS = 600_000

export async function retryTimedOut(ctx, modules, env) {
  const out = []
  for (const m of modules) {
    // Only single commands can be rerun as they were; the one-process batch has a 180 s limit of its own.
    if (!m.timedOut || m.results || !Array.isArray(m.command) || m.command.some(a => a.startsWith('<'))) {
      out.push(m)
      continue
    }
    const r = await inChroot(ctx.root, m.command, { env, timeoutMs: LIMIT_MS })
    out.push({
      ...m,
      exit: r.exit,
      timedOut: r.timedOut || undefined,
      ok: r.exit === 0 && !r.timedOut,
      output: (r.stdout + r.stderr).slice(-4000),
      ms: r.ms,
      firstAttempt: { timedOut: true, ms: m.ms, limitMs: 60_000 }
    })
  }
  return out
}
