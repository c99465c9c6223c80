/** Test helper: amd64 images made of real ELF headers (the fixtures' gcc build) with the dynamic facts of each case. */
import { parseElf, type ElfFacts } from '../../src/binary/elf.js'
import type { LayerEntry } from '../../src/image/layer.js'
import { dirEntry, fileEntry, linkEntry } from './entries.js'
import { bin } from './fixtures.js'

export const amd64 = parseElf(bin('c-amd64-dyn')) as ElfFacts
export const LD = '/lib64/ld-linux-x86-64.so.2'

/** A shared object at `path` with `facts` over the fixture of `base` (mode 0644, as libraries ship). */
export const lib = (path: string, facts: Partial<ElfFacts> = {}, base: ElfFacts = amd64, mode = 0o644): LayerEntry =>
  fileEntry(path, {
    mode,
    binary: { ...base, type: 3, interpreter: undefined, needed: [], runpath: [], rpath: [], ...facts } as ElfFacts
  })

/** An amd64 program needing `needed`, started by glibc's loader. */
export const prog = (path: string, needed: string[], facts: Partial<ElfFacts> = {}): LayerEntry =>
  fileEntry(path, { mode: 0o755, binary: { ...amd64, interpreter: LD, needed, runpath: [], rpath: [], ...facts } })

/** A Debian-like amd64 base: merged /usr, the loader and libc with its versions, and `more` libraries. */
export const glibcBase = (...more: string[]): LayerEntry[] => [
  dirEntry('/usr/lib/x86_64-linux-gnu'),
  linkEntry('/lib', 'usr/lib'),
  dirEntry('/usr/lib64'),
  linkEntry('/lib64', 'usr/lib64'),
  lib('/usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2', { soname: 'ld-linux-x86-64.so.2' }, amd64, 0o755),
  linkEntry('/usr/lib64/ld-linux-x86-64.so.2', '../lib/x86_64-linux-gnu/ld-linux-x86-64.so.2'),
  lib('/usr/lib/x86_64-linux-gnu/libc.so.6', {
    soname: 'libc.so.6',
    needed: ['ld-linux-x86-64.so.2'],
    versionDefs: ['libc.so.6', 'GLIBC_2.2.5', 'GLIBC_2.34', 'GLIBC_2.35', 'GLIBC_2.36']
  }),
  ...more.map(name => lib(`/usr/lib/x86_64-linux-gnu/${name}`, { soname: name, needed: ['libc.so.6'] }))
]
