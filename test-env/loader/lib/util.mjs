/** Process running, a small worker pool and logging. Every process is started with an argv array, never a shell. */
import { spawn } from 'node:child_process'
import { availableParallelism } from 'node:os'

export const log = (...a) => process.stderr.write(`[loader] ${a.join(' ')}\n`)

/** A clean environment for programs run in a chroot: nothing of the host's leaks in. */
export const CHROOT_ENV = Object.freeze({
  PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
  HOME: '/root',
  LANG: 'C.UTF-8',
  PYTHONDONTWRITEBYTECODE: '1'
})

/**
 * Runs argv[0] with argv[1..]. Resolves (never rejects on a non-zero exit) with exit code, signal, stdout, stderr,
 * whether it timed out and how long it took. `check: true` rejects on a failure instead.
 */
export function run(argv, opts = {}) {
  const { timeoutMs = 0, env, cwd, input, check = false, maxBytes = 4 << 20 } = opts
  const started = Date.now()
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0], argv.slice(1), {
      env: env ?? process.env,
      cwd,
      stdio: [input == null ? 'ignore' : 'pipe', 'pipe', 'pipe']
    })
    const out = []
    const err = []
    let outLen = 0
    let errLen = 0
    let timedOut = false
    child.stdout.on('data', b => {
      if (outLen < maxBytes) out.push(b)
      outLen += b.length
    })
    child.stderr.on('data', b => {
      if (errLen < maxBytes) err.push(b)
      errLen += b.length
    })
    const timer =
      timeoutMs > 0
        ? setTimeout(() => {
            timedOut = true
            child.kill('SIGKILL')
          }, timeoutMs)
        : null
    child.on('error', e => {
      if (timer) clearTimeout(timer)
      reject(new Error(`${argv[0]}: ${e.message}`))
    })
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer)
      const r = {
        exit: code,
        signal,
        timedOut,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        ms: Date.now() - started
      }
      if (check && (code !== 0 || timedOut))
        reject(
          new Error(
            `${argv.join(' ')} exited ${code ?? signal}${timedOut ? ' (timeout)' : ''}: ${r.stderr.slice(-2000)}`
          )
        )
      else resolve(r)
    })
    if (input != null) {
      child.stdin.on('error', () => {})
      child.stdin.end(input)
    }
  })
}

/*
 * chroot and exec from a host perl (perl-base is Essential on Debian), so that the environment is set for the
 * program in the chroot only: an LD_* variable given to the host's own chroot(8), a dynamic program, would act on it
 * (LD_TRACE_LOADED_OBJECTS=1 makes the host's chroot list its own libraries and exit). The script is constant; the
 * root, the environment and the argv come as arguments.
 */
const CHROOT_EXEC = `
my $root = shift @ARGV;
my %env;
while (@ARGV && $ARGV[0] ne '--') { my ($k, $v) = split /=/, shift(@ARGV), 2; $env{$k} = $v }
shift @ARGV;
chroot($root) or die "chroot $root: $!\n";
chdir('/') or die "chdir /: $!\n";
%ENV = %env;
exec { $ARGV[0] } @ARGV or do { print STDERR "exec $ARGV[0]: $!\n"; exit 127 };
`

/** Runs `argv` inside the root file system `root` (chroot; QEMU through binfmt for a foreign architecture). */
export function inChroot(root, argv, opts = {}) {
  const env = { ...CHROOT_ENV, ...(opts.env ?? {}) }
  return run(['perl', '-e', CHROOT_EXEC, root, ...Object.entries(env).map(([k, v]) => `${k}=${v}`), '--', ...argv], {
    timeoutMs: 60_000,
    ...opts,
    env: {}
  })
}

/** Maps items through fn with at most `limit` at a time, keeping the order. */
export async function pool(items, fn, limit = availableParallelism()) {
  const results = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      results[i] = await fn(items[i], i)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}

export const seconds = ms => Math.round(ms / 100) / 10
