import { formatPlatform } from '../platform.js'
import { code, type Finding, type PlatformRule } from './types.js'

/** Entrypoint/Cmd[0] does not resolve in the image. */
export const entrypointNotFound: PlatformRule = {
  id: 'entrypoint-not-found',
  scope: 'platform',
  defaultSeverity: 'error',
  description:
    'Entrypoint/Cmd[0] does not resolve (PATH lookup, WorkingDir-relative, symlinks followed inside the image).',
  help: 'Point ENTRYPOINT/CMD at where the build puts the program. A relative path such as `./server` is looked up in WORKDIR; a bare name is looked up on PATH.',
  check({ platforms }) {
    const out: Finding[] = []
    for (const p of platforms) {
      const ep = p.entrypoint
      if (p.status !== 'inspected' || !ep || ep.resolved) continue
      const cmd = ep.argv[0]
      const finding: Finding = {
        rule: 'entrypoint-not-found',
        severity: 'error',
        platform: formatPlatform(p.platform),
        message:
          cmd === undefined || cmd === ''
            ? 'The image sets no Entrypoint or Cmd, so `docker run` without a command fails.'
            : `The command ${code(cmd)} cannot be found: ${ep.reason}. The container fails to start with "no such file or directory".`,
        hint: cmd
          ? 'Check the path in ENTRYPOINT/CMD against where the build puts the file (`COPY --from=build /out/app /app`). A relative path such as `./server` is looked up in WORKDIR; a bare name is looked up on PATH.'
          : 'Add an `ENTRYPOINT ["/path/to/app"]` or `CMD [...]` to the final stage.',
        evidence: { searched: ep.searched.join(':') }
      }
      if (cmd) finding.path = cmd
      out.push(finding)
    }
    return out
  }
}
