/**
 * One problem, one finding: a finding about a file that binary-arch-mismatch already reports (identical binary, Go
 * build info, its foreign loader) is folded into that finding as a sentence and evidence, not a second entry. Pure.
 */
import { code, type Finding } from '../findings.js'

/** Sentences that findings about an already-foreign file add to its binary-arch-mismatch finding. */
const FOLDS: Partial<Record<string, (f: Finding) => string>> = {
  'identical-binary': f =>
    ` It is byte-identical to ${code(String(f.evidence?.samePath ?? ''))} in the ${String(f.evidence?.samePlatform ?? '')} image: one build was copied into both.`,
  'go-buildinfo-mismatch': f =>
    ` The Go toolchain recorded GOOS=${String(f.evidence?.goos)} GOARCH=${String(f.evidence?.goarch)} for it.`,
  // A foreign binary's loader is for its own architecture: that it is missing is part of the same mistake.
  'interpreter-missing': () => '',
  'library-missing': () => '',
  'library-version-missing': () => '',
  'cpu-variant-mismatch': () => ''
}

export function consolidate(findings: Finding[]): Finding[] {
  const key = (f: Finding): string => `${f.platform}\u0000${f.path ?? ''}`
  const copies = findings.map(f => ({ ...f }))
  const arch = new Map(copies.filter(f => f.rule === 'binary-arch-mismatch').map(f => [key(f), f]))
  const out: Finding[] = []
  for (const f of copies) {
    const fold = FOLDS[f.rule]
    const twin = fold ? arch.get(key(f)) : undefined
    if (!fold || !twin) {
      out.push(f)
      continue
    }
    twin.message += fold(f)
    twin.evidence = { ...twin.evidence, ...f.evidence }
  }
  return out
}
