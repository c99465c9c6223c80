import { formatPlatform } from '../platform.js'
import { code, type Finding, type PlatformRule } from './types.js'

/** A path the config file requires (`require:`) is missing, or not executable, on a platform. */
export const requiredPathMissing: PlatformRule = {
  id: 'required-path-missing',
  scope: 'platform',
  defaultSeverity: 'error',
  description: 'A path listed under require: in the config file is missing, or not an executable file, on a platform.',
  help: 'Make the build put the program there on every platform, with its exec bit (`COPY --chmod=0755`).',
  check({ platforms }) {
    const out: Finding[] = []
    for (const p of platforms) {
      if (p.status !== 'inspected') continue
      for (const r of p.required ?? []) {
        if (r.found && r.executable) continue
        out.push({
          rule: 'required-path-missing',
          severity: 'error',
          platform: formatPlatform(p.platform),
          path: r.path,
          message: r.found
            ? `${code(r.path)} is required by the config file, but it is not an executable file on ${formatPlatform(p.platform)}.`
            : `${code(r.path)} is required by the config file, but ${formatPlatform(p.platform)} does not have it.`,
          hint: requiredPathMissing.help
        })
      }
    }
    return out
  }
}
