/** Test helper: platform facts for the pure checks, built from real binaries' headers. */
import { parseElf } from '../../src/binary/elf.js'
import type { ExecutableFacts, PlatformFacts } from '../../src/inspect/facts.js'
import { parsePlatform } from '../../src/platform.js'
import { bin } from './fixtures.js'

export function exe(path: string, binary: string, mode = 0o755): ExecutableFacts {
  return { path, mode, size: 1000, binary: parseElf(bin(binary)) }
}

/** An inspected platform whose entrypoint is `/server`, made of the named fixture binary. */
export function platform(name: string, serverBinary: string, extra: Partial<PlatformFacts> = {}): PlatformFacts {
  const p = parsePlatform(name)
  const server = exe('/server', serverBinary)
  return {
    platform: p,
    status: 'inspected',
    digest: 'sha256:' + 'a'.repeat(64),
    indexPlatform: p,
    config: { os: p.os, architecture: p.architecture, ...(p.variant ? { variant: p.variant } : {}) },
    entrypoint: {
      argv: ['/server'],
      resolved: true,
      resolvedPath: '/server',
      mode: 0o755,
      uid: 0,
      gid: 0,
      binary: server.binary,
      isDirectory: false
    },
    searchPath: ['/usr/local/bin', '/usr/bin', '/bin'],
    executables: [server],
    durationMs: 5,
    ...extra
  }
}
