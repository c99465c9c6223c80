/**
 * What a program needs from the image before it can start: its ELF loader (PT_INTERP) or its `#!` interpreter,
 * and for `#!/usr/bin/env X`, the program X on PATH. Resolved inside the image as the kernel and env(1) would. Pure
 * over the file tree.
 */
import { posix } from 'node:path'
import { ARM_LOADERS } from '../binary/arch.js'
import type { FileTree } from '../image/filetree.js'
import type { BinaryFacts } from '../binary/identify.js'

export interface Dependencies {
  interpreter?: { path: string; found: boolean }
  /** For `#!/usr/bin/env X` (also `env -S X …`): X, looked up on the image's PATH. */
  program?: { name: string; found: boolean }
}

/** Whether a path resolves to a regular file with an exec bit (what execve needs of an interpreter). */
export function isExecutableFile(tree: FileTree, path: string): boolean {
  const r = tree.resolve(path)
  return r.ok && r.node.kind === 'file' && (r.node.mode & 0o111) !== 0
}

/** The program `env` would run: the first word that is not an option or an assignment. */
export function envProgram(argument: string | undefined): string | undefined {
  const words = (argument ?? '').split(/\s+/).filter(Boolean)
  for (const w of words) {
    if (w.startsWith('-') || /^\w+=/.test(w)) continue
    return w
  }
  return undefined
}

export function lookPath(tree: FileTree, name: string, path: string[], workdir = '/'): boolean {
  if (name.includes('/')) return isExecutableFile(tree, posix.resolve(workdir, name))
  return path.some(dir => isExecutableFile(tree, posix.join(posix.resolve('/', dir), name)))
}

export function dependenciesOf(tree: FileTree, binary: BinaryFacts, path: string[]): Dependencies | undefined {
  if (binary.format === 'elf' && binary.interpreter) {
    // The kernel opens PT_INTERP as given, from the root of the container.
    return {
      interpreter: {
        path: binary.interpreter,
        found: isExecutableFile(tree, posix.resolve('/', binary.interpreter)) || fileExists(tree, binary.interpreter)
      }
    }
  }
  if (binary.format !== 'script') return undefined
  const deps: Dependencies = {
    interpreter: { path: binary.interpreter, found: isExecutableFile(tree, posix.resolve('/', binary.interpreter)) }
  }
  if (posix.basename(binary.interpreter) === 'env') {
    const name = envProgram(binary.argument)
    if (name) deps.program = { name, found: lookPath(tree, name, path) }
  }
  return deps
}

/** Loaders are often shipped without an exec bit (ld-linux is 0644 on some distributions) and still work. */
function fileExists(tree: FileTree, path: string): boolean {
  return tree.isFile(posix.resolve('/', path))
}

export function armLoaders(tree: FileTree): string[] {
  return Object.keys(ARM_LOADERS).filter(p => fileExists(tree, p))
}
