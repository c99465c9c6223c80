import { FILES_OS, osFamily } from '../inspect/os.js'
import { code, platformRule, type Draft } from './types.js'

/** How the container fails when its command is missing, as each system says it. */
function fails(windows: boolean): string {
  return windows
    ? 'The container fails to start: "The system cannot find the file specified."'
    : 'The container fails to start with "no such file or directory".'
}

/** Entrypoint/Cmd[0] does not resolve in the image (and, on Windows, the program a shell form's cmd starts). */
export const entrypointNotFound = platformRule({
  id: 'entrypoint-not-found',
  defaultSeverity: 'error',
  os: FILES_OS,
  description:
    'Entrypoint/Cmd[0] does not resolve (PATH lookup, WorkingDir-relative, symlinks followed inside the image; on Windows as CreateProcess and cmd.exe find it).',
  help: 'Check the path in ENTRYPOINT/CMD against where the build puts the file (`COPY --from=build /out/app /app`). A relative path such as `./server` is looked up in WORKDIR; a bare name is looked up on PATH.',
  each(p) {
    const ep = p.entrypoint
    if (!ep) return []
    const windows = osFamily(p.platform) === 'windows'
    if (ep.resolved) {
      const inner = ep.inner
      if (!inner || inner.resolved || inner.uncertain) return []
      const name = inner.argv[0] ?? ''
      return [
        {
          path: name,
          message:
            `The command runs ${code(name)} through ${code(ep.resolvedPath)} (a shell form), but ${inner.reason}: ` +
            `cmd prints "'${name.replace(/`/g, "'")}' is not recognized as an internal or external command" and the container exits.`,
          hint: 'Check the path in the shell-form ENTRYPOINT/CMD against where the build puts the file (`COPY app.exe C:/app/`), or use the exec form: `ENTRYPOINT ["C:\\\\app\\\\app.exe"]`.',
          evidence: { searched: inner.searched.join(';') }
        }
      ]
    }
    // Not found where it was looked for, but it may be where this tool does not look: platform-not-checked says so.
    if (ep.uncertain) return []
    const cmd = ep.argv[0]
    // No command at all is entrypoint-unset's, a note unless the config requires one.
    if (cmd === undefined || cmd === '') return []
    const d: Draft = {
      path: cmd,
      message: `The command ${code(cmd)} cannot be found: ${ep.reason}. ${fails(windows)}`,
      evidence: { searched: ep.searched.join(windows ? ';' : ':') }
    }
    if (windows) {
      d.hint =
        'Check the path in ENTRYPOINT/CMD against where the build puts the file (`COPY --from=build /out/app.exe C:/app/`). ' +
        'Windows adds `.exe` to a name without an extension, looks for a bare name in WORKDIR, C:\\Windows\\System32, ' +
        'C:\\Windows and PATH, and takes a relative path from WORKDIR.'
    }
    return [d]
  }
})
