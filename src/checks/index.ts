/** The rule catalogue: every rule, by kind. A new rule is one file, one line here and its id in RuleId (findings.ts). */
import { binaryArchMismatch } from './binary-arch-mismatch.js'
import { buildFailed } from './build-failed.js'
import { configPlatformMismatch } from './config-platform-mismatch.js'
import { cpuVariantMismatch } from './cpu-variant-mismatch.js'
import { crossPlatformDrift } from './cross-platform-drift.js'
import { dockerfileHardcodedPlatform } from './dockerfile-hardcoded-platform.js'
import { entrypointNotExecutable } from './entrypoint-not-executable.js'
import { entrypointNotFound } from './entrypoint-not-found.js'
import { entrypointUnset } from './entrypoint-unset.js'
import { goBuildinfoMismatch } from './go-buildinfo-mismatch.js'
import { identicalBinary } from './identical-binary.js'
import { imageUnreadable } from './image-unreadable.js'
import { interpreterMissing } from './interpreter-missing.js'
import { libraryMissing } from './library-missing.js'
import { libraryVersionMissing } from './library-version-missing.js'
import { nativeModuleMismatch } from './native-module-mismatch.js'
import { platformMissing } from './platform-missing.js'
import { platformNotChecked } from './platform-not-checked.js'
import { requiredPathMissing } from './required-path-missing.js'
import { shebangInterpreterMissing } from './shebang-interpreter-missing.js'
import { runEach, type CheckResult } from './run.js'
import type { CheckInput, CrossRule, DockerfileRule, PlatformRule, Rule } from './types.js'
import type { Finding } from '../findings.js'
import type { OsFamily } from '../inspect/os.js'

export const PLATFORM_RULES: readonly PlatformRule[] = [
  platformMissing,
  configPlatformMismatch,
  binaryArchMismatch,
  goBuildinfoMismatch,
  cpuVariantMismatch,
  entrypointNotFound,
  entrypointUnset,
  entrypointNotExecutable,
  interpreterMissing,
  libraryMissing,
  libraryVersionMissing,
  nativeModuleMismatch,
  shebangInterpreterMissing,
  requiredPathMissing,
  buildFailed,
  imageUnreadable,
  platformNotChecked
]

export const CROSS_RULES: readonly CrossRule[] = [identicalBinary, crossPlatformDrift]

export const DOCKERFILE_RULES: readonly DockerfileRule[] = [dockerfileHardcodedPlatform]

/** Every rule, for the catalogue (docs/rules.md, SARIF, the config file's rule ids). */
export const RULES: readonly Rule[] = [...PLATFORM_RULES, ...CROSS_RULES, ...DOCKERFILE_RULES]

/**
 * Whether a rule judges platforms of this kind of system: a platform rule as it declares (`os`), a cross-platform
 * or Dockerfile rule wherever it runs. What the report may claim as checked follows from this, never from a list of
 * its own.
 */
export function judges(rule: string, family: OsFamily): boolean {
  const r = RULES.find(x => x.id === rule)
  return r?.scope !== 'platform' || r.os.includes(family)
}

/** Whether a finding comes from a cross-platform rule (those run again after a merge). */
export function isCrossFinding(f: Finding): boolean {
  return CROSS_RULES.some(r => r.id === f.rule)
}

export function runChecks(input: CheckInput, rules: readonly PlatformRule[] = PLATFORM_RULES): CheckResult {
  return runEach(rules, input)
}

export { consolidate } from './consolidate.js'
export { sortFindings } from '../findings.js'
export type { CheckResult } from './run.js'
