import { ALL_OS } from '../inspect/os.js'
import { formatPlatform } from '../platform.js'
import { code, platformRule } from './types.js'

/** A path the config file requires (`require:`) is missing, or not executable, on a platform. */
export const requiredPathMissing = platformRule({
  id: 'required-path-missing',
  defaultSeverity: 'error',
  os: ALL_OS,
  description: 'A path listed under require: in the config file is missing, or not an executable file, on a platform.',
  help: 'Make the build put the program there on every platform, with its exec bit (`COPY --chmod=0755`).',
  each: p =>
    (p.required ?? [])
      .filter(r => !r.found || !r.executable)
      .map(r => ({
        path: r.path,
        message: r.found
          ? `${code(r.path)} is required by the config file, but it is not an executable file on ${formatPlatform(p.platform)}.`
          : `${code(r.path)} is required by the config file, but ${formatPlatform(p.platform)} does not have it.`
      }))
})
