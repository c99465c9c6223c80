import type { EntrypointFacts } from '../inspect/facts.js'
import { ALL_OS } from '../inspect/os.js'
import { code, platformRule, type Draft } from './types.js'

function unjudged(ep: EntrypointFacts | undefined, shell = false): Draft[] {
  if (!ep || ep.resolved || !ep.uncertain) return []
  const name = ep.argv[0] ?? ''
  return [
    {
      path: name,
      message: `The command ${code(name)}${shell ? ', which the shell form runs,' : ''} was not judged: ${ep.reason}.`,
      evidence: { searched: ep.searched.join(';') }
    }
  ]
}

/**
 * What could not be judged on a platform, said as a note rather than left out or guessed: an OS this tool has no
 * rules for, the parts of an OS's rules it does not have (the loader off Linux), a command found nowhere it looked
 * but possibly where it cannot look (Windows' registry PATH).
 */
export const platformNotChecked = platformRule({
  id: 'platform-not-checked',
  defaultSeverity: 'note',
  os: ALL_OS,
  description:
    'A platform, or part of it, could not be checked: an OS without rules here (only its index and config are compared), the Linux loader rules on another Unix, or a command whose lookup depends on what is not read (the registry PATH of a Windows image).',
  help: 'Nothing to fix in the image. To hide these notes, set `severity: off` for `platform-not-checked` under `rules:` in the config file.',
  each(p) {
    const out: Draft[] = []
    if (p.notChecked) out.push({ message: p.notChecked })
    out.push(...unjudged(p.entrypoint))
    if (p.entrypoint?.resolved) out.push(...unjudged(p.entrypoint.inner, true))
    // Objects whose dynamic tables (the strings their dynamic section names) lie beyond what a streamed read keeps: a
    // segment holding them over 32 MiB.
    const unread = [...new Set(p.executables.flatMap(f => f.load?.unknown ?? []))]
    if (unread.length) {
      const users = p.executables.filter(f => f.load?.unknown.length).length
      out.push({
        message:
          `What ${users} program${users > 1 ? 's' : ''} or module${users > 1 ? 's' : ''} load was not judged in full: ` +
          `the dynamic string table of ${unread.slice(0, 3).map(code).join(', ')}${unread.length > 3 ? ` and ${unread.length - 3} more` : ''} ` +
          'could not be read (it lies beyond the part of a very large file that is kept), so what it needs is not known.',
        evidence: { unread: unread.join(' ') }
      })
    }
    return out
  }
})
