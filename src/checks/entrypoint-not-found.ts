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
      // Artifact and data images (FROM scratch + COPY) and bases meant to be run with a command have none: a note,
      // which the config can raise (`entrypoint-not-found: severity: error`) for images that must start by themselves.
      return [
        {
          severity: 'note',
          message:
            'The image sets no Entrypoint or Cmd: `docker run` needs a command. That is right for an artifact, data or base image.',
          hint: 'If the image should start a program by itself, add `ENTRYPOINT ["/path/to/app"]` (or `CMD [...]`) to the final stage. To require one, set `entrypoint-not-found: {severity: error}` under `rules:` in the config file.',
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
