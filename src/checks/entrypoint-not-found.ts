import { code, platformRule } from './types.js'

/** Entrypoint/Cmd[0] does not resolve in the image. */
export const entrypointNotFound = platformRule({
  id: 'entrypoint-not-found',
  defaultSeverity: 'error',
  description:
    'Entrypoint/Cmd[0] does not resolve (PATH lookup, WorkingDir-relative, symlinks followed inside the image).',
  help: 'Check the path in ENTRYPOINT/CMD against where the build puts the file (`COPY --from=build /out/app /app`). A relative path such as `./server` is looked up in WORKDIR; a bare name is looked up on PATH.',
  each(p) {
    const ep = p.entrypoint
    if (!ep || ep.resolved) return []
    const cmd = ep.argv[0]
    if (cmd === undefined || cmd === '') {
      return [
        {
          message: 'The image sets no Entrypoint or Cmd, so `docker run` without a command fails.',
          hint: 'Add an `ENTRYPOINT ["/path/to/app"]` or `CMD [...]` to the final stage.',
          evidence: { searched: '' }
        }
      ]
    }
    return [
      {
        path: cmd,
        message: `The command ${code(cmd)} cannot be found: ${ep.reason}. The container fails to start with "no such file or directory".`,
        evidence: { searched: ep.searched.join(':') }
      }
    ]
  }
})
