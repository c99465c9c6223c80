import { FILES_OS, osFamily } from '../inspect/os.js'
import { code, platformRule } from './types.js'

/** The exec bit that applies to a user: owner, group or others (root needs any one). */
export function canExecute(
  mode: number,
  fileUid: number,
  fileGid: number,
  user: string | undefined
): boolean | undefined {
  const [u = '', g] = (user ?? '').split(':')
  if (u === '' || u === '0' || u === 'root') return (mode & 0o111) !== 0
  if (!/^\d+$/.test(u)) return undefined // a user name: its uid is in /etc/passwd, which is not read here
  if (Number(u) === fileUid) return (mode & 0o100) !== 0
  if (g !== undefined && /^\d+$/.test(g) && Number(g) === fileGid) return (mode & 0o010) !== 0
  return (mode & 0o001) !== 0
}

/** Entrypoint/Cmd[0] resolves to a directory, or to a file the config's User may not execute. */
export const entrypointNotExecutable = platformRule({
  id: 'entrypoint-not-executable',
  defaultSeverity: 'error',
  os: FILES_OS,
  description: "Entrypoint/Cmd[0] resolves to a file without an exec bit for the image's User, or to a directory.",
  help: 'Make the program executable in the build (`COPY --chmod=0755 app /app`, or `RUN chmod +x /app`), and point ENTRYPOINT at the program, not its directory.',
  each(p) {
    const ep = p.entrypoint
    if (!ep?.resolved) return []
    const who = p.user ? `user ${p.user}` : 'root'
    // Only Linux and Unix images have exec bits (and a kernel that checks them); anywhere a directory is no program.
    const modes = ['linux', 'unix'].includes(osFamily(p.platform))
    const problem = ep.isDirectory
      ? 'is a directory'
      : modes && canExecute(ep.mode, ep.uid, ep.gid, p.user) === false
        ? `has mode ${(ep.mode & 0o7777).toString(8).padStart(4, '0')}, which ${who} may not execute`
        : undefined
    if (!problem) return []
    return [
      {
        path: ep.resolvedPath,
        message: `The command ${code(ep.resolvedPath)} ${problem}: the container fails to start with "permission denied".`,
        evidence: { mode: (ep.mode & 0o7777).toString(8), user: p.user ?? '' }
      }
    ]
  }
})
