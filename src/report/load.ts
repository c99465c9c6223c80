/** Reading JSON reports from a file, a directory (downloaded artifacts) or a glob. Thin I/O. */
import * as glob from '@actions/glob'
import { readFile, stat } from 'node:fs/promises'
import { UserError, errorMessage } from '../errors.js'
import { asReport, type NamedReport } from './merge.js'

export async function loadReports(pattern: string): Promise<NamedReport[]> {
  const st = await stat(pattern).catch(() => undefined)
  const search = st?.isDirectory() ? `${pattern.replace(/\/+$/, '')}/**/*.json` : pattern
  const files = st?.isFile()
    ? [pattern]
    : (await (await glob.create(search, { followSymbolicLinks: false })).glob()).sort()
  if (files.length === 0) throw new UserError(`no JSON reports found at "${pattern}"`)
  const out: NamedReport[] = []
  for (const file of files) {
    let json: unknown
    try {
      json = JSON.parse(await readFile(file, 'utf8'))
    } catch (err) {
      throw new UserError(`cannot read report ${file}: ${errorMessage(err)}`)
    }
    out.push({ name: file, report: asReport(file, json) })
  }
  return out
}
