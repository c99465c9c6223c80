/**
 * Golden files as jest treats its snapshots: rewritten on request (MV_UPDATE_GOLDEN=1), written when missing on a
 * developer's machine, and only compared under CI (`--ci`, or CI set in the environment), where a missing golden is
 * a failure: written there, it would be compared with itself, and a scenario added without its golden (or a golden
 * deleted) would pass unreviewed.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { expect } from '@jest/globals'

export type GoldenMode = 'update' | 'write-missing' | 'compare'

/** What jest does with snapshots in this run: 'all' (-u), 'new', or 'none' (--ci, or CI detected by jest). */
function snapshotUpdate(): string | undefined {
  return (expect.getState() as { snapshotState?: { _updateSnapshot?: string } }).snapshotState?._updateSnapshot
}

export function goldenMode(env: NodeJS.ProcessEnv = process.env, snapshots = snapshotUpdate()): GoldenMode {
  if (env.MV_UPDATE_GOLDEN === '1') return 'update'
  const ci = env.CI !== undefined && env.CI !== '' && env.CI !== 'false' && env.CI !== '0'
  return ci || snapshots === 'none' ? 'compare' : 'write-missing'
}

/**
 * The reviewed text `actual` is compared with: the golden file's, after writing it when the mode says so; undefined
 * when it is missing and may not be written.
 */
export function goldenText(file: string, actual: string, mode: GoldenMode): string | undefined {
  if (mode === 'update' || (mode === 'write-missing' && !existsSync(file))) {
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, actual)
  }
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined
}
