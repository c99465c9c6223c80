/**
 * A second, throwaway Docker daemon (with its own containerd, data and socket) for tests that kill it: the shared
 * daemon the other tests use is never touched. Needs root, as scripts/setup-env.sh does.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

function dockerInfo(host: string): Promise<boolean> {
  return new Promise(resolve =>
    execFile(
      'docker',
      ['info', '--format', '{{.ServerVersion}}'],
      { env: { ...process.env, DOCKER_HOST: host } },
      err => resolve(!err)
    )
  )
}

export interface Daemon {
  /** DOCKER_HOST for it. */
  host: string
  /** SIGKILL the daemon and its containerd, as a crash would. */
  kill(): void
  /** Kill if still running, unmount what it left and remove its directories. */
  dispose(): Promise<void>
}

function ip(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => execFile('ip', args, err => (err ? reject(err) : resolve())))
}

export async function startDaemon(): Promise<Daemon> {
  const dir = await mkdtemp(join(tmpdir(), 'mv-dockerd-'))
  // A bridge of its own: `--bridge none` would make dockerd delete docker0, the shared daemon's bridge.
  const bridge = `mvbr${process.pid % 100000}`
  await ip(['link', 'add', bridge, 'type', 'bridge'])
  await ip(['addr', 'add', '10.254.254.1/24', 'dev', bridge])
  await ip(['link', 'set', bridge, 'up'])
  await writeFile(join(dir, 'daemon.json'), '{"features":{"containerd-snapshotter":true}}')
  const host = `unix://${dir}/docker.sock`
  const child: ChildProcess = spawn(
    'dockerd',
    [
      '--config-file',
      join(dir, 'daemon.json'),
      '--data-root',
      join(dir, 'data'),
      '--exec-root',
      join(dir, 'exec'),
      '--pidfile',
      join(dir, 'docker.pid'),
      '--host',
      host,
      // Its own bridge and no iptables: nothing of the host's network is changed.
      '--bridge',
      bridge,
      '--iptables=false',
      '--ip6tables=false'
    ],
    { stdio: 'ignore' }
  )
  for (let i = 0; i < 120 && !(await dockerInfo(host)); i++) await new Promise(r => setTimeout(r, 250))
  if (!(await dockerInfo(host))) throw new Error(`a second dockerd did not start in ${dir}`)
  const containerd = async (): Promise<number | undefined> => {
    const pid = await readFile(join(dir, 'exec', 'containerd', 'containerd.pid'), 'utf8').catch(() => '')
    return Number(pid.trim()) || undefined
  }
  const containerdPid = await containerd()
  const kill = (): void => {
    for (const pid of [child.pid, containerdPid]) {
      try {
        if (pid) process.kill(pid, 'SIGKILL')
      } catch {
        // already gone
      }
    }
  }
  return {
    host,
    kill,
    async dispose() {
      kill()
      await new Promise(r => setTimeout(r, 200))
      const mounts = (await readFile('/proc/mounts', 'utf8'))
        .split('\n')
        .map(l => l.split(' ')[1] ?? '')
        .filter(m => m.startsWith(dir))
        .sort()
        .reverse()
      for (const m of mounts) await new Promise(r => execFile('umount', ['-l', m], r))
      await rm(dir, { recursive: true, force: true })
      await ip(['link', 'del', bridge]).catch(() => undefined)
    }
  }
}
