import { FILES_OS } from '../inspect/os.js'
import { platformRule } from './types.js'

/**
 * The image sets no Entrypoint and no Cmd: right for artifact and data images (`FROM scratch` + `COPY`) and for bases
 * meant to be run with a command, so a note by default. Its own id, apart from `entrypoint-not-found`: hiding this note
 * must not hide a command that is really missing, and an image that must start by itself raises this one to an error.
 */
export const entrypointUnset = platformRule({
  id: 'entrypoint-unset',
  defaultSeverity: 'note',
  os: FILES_OS,
  description:
    'The image sets no Entrypoint and no Cmd, so `docker run` needs a command: a note by default (right for artifact, data and base images); raise it to an error to require an entrypoint.',
  help: 'If the image should start a program by itself, add `ENTRYPOINT ["/path/to/app"]` (or `CMD [...]`) to the final stage. To require one, set `entrypoint-unset: {severity: error}` under `rules:` in the config file; to hide this note, `severity: off`.',
  each(p) {
    const ep = p.entrypoint
    if (!ep || ep.resolved || ep.argv[0]) return []
    return [
      {
        message:
          'The image sets no Entrypoint or Cmd: `docker run` needs a command. That is right for an artifact, data or base image.',
        evidence: { searched: '' }
      }
    ]
  }
})
