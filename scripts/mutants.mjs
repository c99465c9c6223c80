// The bugs `npm run mutate` (scripts/mutate.mjs) puts back, one at a time, and the test files that must notice each.
// `issue` marks a bug that was fixed, or a branch that had no test, in issue 22 (true), or a false positive or false
// negative fixed in issues 21 and 25 (the issue's number): each must be caught. The others are
// mutations of the rules, the loader model, the cache, the comment's state and the pieces, to see what the tests
// notice. A mutant is an exact piece of a source file (`from`, which must occur exactly once) and what replaces it.
// `bundle`: the tests run the bundled CLI, so dist/ is rebuilt with the bug. `name`: only tests whose name matches.

export const MUTANTS = [
  // Issue 22, item 1: the digest of a local layer is checked on a facts-cache hit.
  {
    id: 'cache-hit-skips-digest',
    issue: true,
    bug: 'a facts-cache hit on a local source takes the entries without hashing the blob',
    file: 'src/image/layers.ts',
    from: "if (blob.kind === 'file') await checkFileDigest(blob.path, blob.range, key, blob.label)",
    to: '// (no check)',
    tests: ['__tests__/image/cache-integrity.test.ts', '__tests__/image/cache.test.ts']
  },
  // Item 2: an entry that cannot be decoded is a miss.
  {
    id: 'cache-decode-unguarded',
    issue: true,
    bug: "a cache entry's body is gunzipped and parsed outside the guard that makes a failure a miss",
    file: 'src/image/cache.ts',
    from: `    try {
      const json = await gunzipAsync(body, { maxOutputLength: MAX_BODY_BYTES })
      const entries = JSON.parse(json.toString('utf8')) as unknown
      if (!Array.isArray(entries) || !entries.every(wellFormed)) return undefined
      return entries
    } catch {
      return undefined
    }`,
    to: `    const json = await gunzipAsync(body, { maxOutputLength: MAX_BODY_BYTES })
    const entries = JSON.parse(json.toString('utf8')) as unknown
    if (!Array.isArray(entries) || !entries.every(wellFormed)) return undefined
    return entries`,
    tests: ['__tests__/image/cache.test.ts']
  },
  // Item 3: tests that passed with their bug put back.
  {
    id: 'interrupt-no-wait',
    issue: true,
    bug: 'on a signal, the work directory is removed without waiting for the build to stop',
    file: 'src/tempdir.ts',
    from: 'void Promise.race([Promise.all(stopping), waited]).then(() => {',
    to: 'void Promise.resolve([stopping, waited]).then(() => {',
    bundle: true,
    tests: ['__tests__/buildx/interrupt.test.ts']
  },
  {
    id: 'interrupt-no-kill',
    issue: true,
    bug: 'on a signal, the build is not signalled (only waited for)',
    file: 'src/tempdir.ts',
    from: '  for (const c of children) c.kill(signal)\n',
    to: '',
    bundle: true,
    tests: ['__tests__/buildx/interrupt.test.ts']
  },
  {
    id: 'golden-written-under-ci',
    issue: true,
    bug: 'a missing golden comment is written, then compared with itself, under CI too',
    file: '__tests__/helpers/golden.ts',
    from: "if (mode === 'update' || (mode === 'write-missing' && !existsSync(file))) {",
    to: "if (mode === 'update' || !existsSync(file)) {",
    tests: ['__tests__/report/golden.test.ts']
  },
  {
    id: 'action-cache-restore-uncaught',
    issue: true,
    bug: "the action's cache restore is not wrapped in our own try/catch",
    file: 'src/action-cache.ts',
    from: `  try {
    restored = await cache.restoreCache([dir], key, restoreKeys)
    core.info(restored ? \`facts cache: restored \${restored}\` : 'facts cache: none yet for this engine version')
  } catch (err) {
    core.warning(\`facts cache: not restored (\${errorMessage(err)}); every layer is read\`)
  }`,
    to: `  restored = await cache.restoreCache([dir], key, restoreKeys)
  core.info(restored ? \`facts cache: restored \${restored}\` : 'facts cache: none yet for this engine version')`,
    tests: ['__tests__/action-cache.test.ts']
  },
  {
    id: 'action-cache-save-uncaught',
    issue: true,
    bug: "the action's cache save is not wrapped in our own try/catch",
    file: 'src/action-cache.ts',
    from: `      try {
        // @actions/cache says why itself when it returns -1 (another job saving the same key, the service down).
        const id = await cache.saveCache([dir], key)
        core.info(id === -1 ? 'facts cache: not saved' : \`facts cache: saved \${key}\`)
      } catch (err) {
        core.warning(\`facts cache: not saved (\${errorMessage(err)})\`)
      }`,
    to: `      const id = await cache.saveCache([dir], key)
      core.info(id === -1 ? 'facts cache: not saved' : \`facts cache: saved \${key}\`)`,
    tests: ['__tests__/action-cache.test.ts']
  },
  {
    id: 'corpus-attack-dropped',
    issue: true,
    bug: 'an attack of the issue (the zstd bomb) dropped from the hostile corpus',
    file: 'test-env/make-corpus.mjs',
    from: '  return CASES.filter(c => !only || only.includes(c.name)).map(c => {',
    to: "  return CASES.filter(c => c.name !== 'zstd-bomb' && (!only || only.includes(c.name))).map(c => {",
    project: 'hostile',
    name: 'covers every attack',
    tests: ['__tests__/hostile/corpus.test.ts']
  },
  // Item 4: branches no test noticed.
  {
    id: 'pe-bad-class-verdict',
    issue: true,
    bug: 'a PE program whose PE32/PE32+ class does not fit its machine is judged by its machine alone',
    file: 'src/checks/pe.ts',
    from: "  if (want !== undefined && pe.bits !== want) return { ...(code ? { code } : {}), machine, runs: 'bad-class' }\n",
    to: '',
    tests: ['__tests__/checks/windows.test.ts']
  },
  {
    id: 'loader-words-musl',
    issue: true,
    bug: "library-missing quotes glibc's words for a musl program",
    file: 'src/checks/library-missing.ts',
    from: "  if (libc === 'musl') {",
    to: "  if (libc === 'musl' && libc !== 'musl') {",
    tests: ['__tests__/checks/loading-rules.test.ts']
  },
  {
    id: 'loader-words-wrong-class',
    issue: true,
    bug: 'library-missing says "cannot open shared object file" where glibc says "wrong ELF class"',
    file: 'src/checks/library-missing.ts',
    from: '  const wrongClass = m.skipped.find(s => s.otherClass)?.otherClass',
    to: '  const wrongClass = undefined as number | undefined',
    tests: ['__tests__/checks/loading-rules.test.ts']
  },
  {
    id: 'merge-drops-jobs-suppressed',
    issue: true,
    bug: "the merged report's suppressed count leaves out what each job suppressed",
    file: 'src/report/merge.ts',
    from: 'suppressed: evaluation.suppressed + before',
    to: 'suppressed: evaluation.suppressed',
    tests: ['__tests__/report/merge.test.ts']
  },
  {
    id: 'merge-drops-own-suppressed',
    issue: true,
    bug: "the merged report's suppressed count leaves out what the merge's own rules suppressed",
    file: 'src/report/merge.ts',
    from: 'suppressed: evaluation.suppressed + before',
    to: 'suppressed: before',
    tests: ['__tests__/report/merge.test.ts']
  },
  {
    id: 'state-dockerfile-new-said',
    issue: true,
    bug: 'a Dockerfile known only in this run is named as not compared even without findings',
    file: 'src/report/state.ts',
    from: 'if (name !== DOCKERFILE_SCOPE || s.keys.size) notCompared.push',
    to: 'if (name !== DOCKERFILE_SCOPE || s.keys.size >= 0) notCompared.push',
    tests: ['__tests__/report/state.test.ts']
  },
  {
    id: 'state-dockerfile-gone-said',
    issue: true,
    bug: 'a Dockerfile known only in the last run is named as not compared even without findings',
    file: 'src/report/state.ts',
    from: '(name !== DOCKERFILE_SCOPE || before.keys.size)',
    to: '(name !== DOCKERFILE_SCOPE || before.keys.size >= 0)',
    tests: ['__tests__/report/state.test.ts']
  },
  // Item 5: the pieces.
  {
    id: 'pieces-read-across',
    issue: true,
    bug: 'a read across two pieces returns the first piece only',
    file: 'src/binary/pieces.ts',
    from: 'if (inPiece + length <= first.length) return first.subarray(inPiece, inPiece + length)',
    to: 'return first.subarray(inPiece, inPiece + length)',
    tests: ['__tests__/binary/pieces.test.ts']
  },
  {
    id: 'pieces-gap-kept',
    issue: true,
    bug: 'bytes after a gap are kept, and the gap read as if it held bytes',
    file: 'src/binary/pieces.ts',
    from: 'if (start >= stop || start - this.offset > this.length) return',
    to: 'if (start >= stop) return',
    tests: ['__tests__/binary/pieces.test.ts']
  },
  {
    id: 'head-capped-before-sized',
    issue: true,
    bug: "a large file's head is capped at the plain head before it is sized, losing what the sizing chunk brought",
    file: 'src/image/capture.ts',
    from: "head = new Pieces(0, kind === 'page' ? PAGE : size)",
    to: "head = new Pieces(0, kind === 'page' ? PAGE : limits.head)",
    tests: ['__tests__/binary/pieces.test.ts']
  },
  // The rules.
  {
    id: 'rule-goarm-equal',
    bug: 'cpu-variant-mismatch fires on GOARM equal to the image variant, not only above it',
    file: 'src/checks/cpu-variant-mismatch.ts',
    from: 'goarm > variantNumber(p.platform, 7)',
    to: 'goarm >= variantNumber(p.platform, 7)',
    tests: ['__tests__/checks/rules.test.ts', '__tests__/checks/rules2.test.ts']
  },
  {
    id: 'rule-arch-judges-libraries',
    bug: 'binary-arch-mismatch judges libraries and native modules as programs',
    file: 'src/checks/binary-arch-mismatch.ts',
    from: '    if (f.module || isLibraryName(f.path)) continue\n',
    to: '',
    tests: [
      '__tests__/checks/rules.test.ts',
      '__tests__/checks/rules2.test.ts',
      '__tests__/checks/loading-rules.test.ts'
    ]
  },
  {
    id: 'rule-interp-judges-libraries',
    bug: "interpreter-missing judges a library's PT_INTERP",
    file: 'src/checks/interpreter-missing.ts',
    from: "      if (isLibraryName(f.path)) continue // a library's PT_INTERP is used only when it is run as a program\n",
    to: '',
    tests: ['__tests__/checks/rules.test.ts', '__tests__/checks/rules2.test.ts']
  },
  {
    id: 'rule-exec-group-bit',
    bug: "entrypoint-not-executable reads the others' bit for the file's group",
    file: 'src/checks/entrypoint-not-executable.ts',
    from: 'Number(g) === fileGid) return (mode & 0o010) !== 0',
    to: 'Number(g) === fileGid) return (mode & 0o001) !== 0',
    tests: ['__tests__/checks/rules.test.ts', '__tests__/checks/rules2.test.ts']
  },
  // The loader model.
  {
    id: 'loader-musl-no-rpath',
    bug: "musl's search ignores RPATH/RUNPATH",
    file: 'src/inspect/loader/musl.ts',
    from: '  for (let p: Loaded | undefined = obj; p; p = p.neededBy) dirs.push(...rpathOf(p, env.workdir))\n',
    to: '',
    tests: ['__tests__/inspect/loader.test.ts']
  },
  {
    id: 'loader-glibc-no-ld-cache',
    bug: "glibc's search ignores /etc/ld.so.cache",
    file: 'src/inspect/loader/glibc.ts',
    from: '    const cached = cacheLookup(env.tree, loader, name)',
    to: '    const cached = undefined as string | undefined',
    tests: ['__tests__/inspect/loader.test.ts', '__tests__/inspect/ld-cache.test.ts']
  },
  {
    id: 'loader-glibc-nodeflib-ignored',
    bug: "glibc's search reads the system directories for an object linked with -z nodefaultlib",
    file: 'src/inspect/loader/glibc.ts',
    from: 'if (!result && !nodeflib) result = inDirs(loader.system)',
    to: 'if (!result) result = inDirs(loader.system)',
    tests: ['__tests__/inspect/loader.test.ts']
  },
  {
    id: 'loader-glibc-takes-foreign',
    bug: 'glibc takes a candidate of another class or machine instead of passing it over',
    file: 'src/inspect/loader/glibc.ts',
    from: 'if (verdict.take) return { path, node: r.node, elf: elfAt(r.node) as ElfFacts }',
    to: "if (verdict.take || 'skip' in verdict) return { path, node: r.node, elf: elfAt(r.node) as ElfFacts }",
    tests: ['__tests__/inspect/loader.test.ts', '__tests__/checks/loading-rules.test.ts']
  },
  // The facts cache.
  {
    id: 'cache-descriptor-size-unchecked',
    bug: 'a cached layer is taken for a descriptor of another size than the bytes its facts were made from',
    file: 'src/image/cache.ts',
    from: '      header.size !== size ||\n',
    to: '',
    tests: ['__tests__/image/cache.test.ts']
  },
  {
    id: 'cache-version-unchecked',
    bug: 'an entry written by another engine version is used',
    file: 'src/image/cache.ts',
    from: '      header.version !== this.version ||\n',
    to: '',
    tests: ['__tests__/image/cache.test.ts']
  },
  {
    id: 'cache-body-hash-unchecked',
    bug: "an entry's body is not checked against its recorded hash",
    file: 'src/image/cache.ts',
    from: "createHash('sha256').update(body).digest('hex') !== header.sha256",
    to: "createHash('sha256').update(body).digest('hex') === 'never'",
    tests: ['__tests__/image/cache.test.ts']
  },
  {
    id: 'cache-evicts-newest',
    bug: 'past its bound, the cache removes the most recently used entries first',
    file: 'src/image/cache.ts',
    from: 'files.sort((a, b) => a.mtime - b.mtime)',
    to: 'files.sort((a, b) => b.mtime - a.mtime)',
    tests: ['__tests__/image/cache.test.ts']
  },
  {
    id: 'cache-key-unchecked',
    bug: 'an entry stored under another key (a renamed file) is used',
    file: 'src/image/cache.ts',
    from: '      header.key !== this.keyText(key) ||\n',
    to: '',
    tests: ['__tests__/image/cache.test.ts']
  },
  // The comment's state.
  {
    id: 'state-new-where-unread',
    bug: 'findings of a platform not read in the last run are counted as new',
    file: 'src/report/state.ts',
    from: '    if (before.read || !s.read) newIn.add(name)',
    to: '    newIn.add(name)',
    tests: ['__tests__/report/state.test.ts']
  },
  {
    id: 'state-fixed-where-unread',
    bug: 'findings of a platform not read this time are counted as fixed',
    file: 'src/report/state.ts',
    from: '    if (s.read || !before.read) fixed +=',
    to: '    fixed +=',
    tests: ['__tests__/report/state.test.ts']
  },
  {
    id: 'state-duplicates-accepted',
    bug: 'a state naming a platform twice is believed',
    file: 'src/report/state.ts',
    from: 'if (!e || state.scopes.has(e[1] as string)) return undefined',
    to: 'if (!e) return undefined',
    tests: ['__tests__/report/state.test.ts']
  },
  {
    id: 'state-share-ignored',
    bug: 'the state is written whole past its share of the comment',
    file: 'src/report/state.ts',
    from: 'full.length <= Math.min(maxBytes, MAX_STATE_BYTES)',
    to: 'full.length <= MAX_STATE_BYTES',
    tests: ['__tests__/report/state.test.ts']
  },
  // Issues 21 and 25: each false positive and false negative fixed there, put back.
  {
    id: 'jdk-fresh-process',
    issue: 21,
    bug: "a JDK's libraries are loaded as if each were a fresh process: libjvm.so, which the VM loaded first, is missing",
    file: 'src/inspect/loader/glibc.ts',
    from: '  for (const path of ctx.preloaded ?? []) {',
    to: '  for (const path of [] as string[]) {',
    tests: ['__tests__/inspect/runtimes.test.ts']
  },
  {
    id: 'origin-slash-name-literal',
    issue: 21,
    bug: '$ORIGIN in a needed name with a slash is taken literally',
    file: 'src/inspect/loader/glibc.ts',
    from: '  const path = expand(name, neededBy.origin, loader, env.workdir)',
    to: '  const path = posix.resolve(env.workdir, name)',
    tests: ['__tests__/inspect/runtimes.test.ts']
  },
  {
    id: 'empty-library-path-element-skipped',
    issue: 21,
    bug: 'an empty LD_LIBRARY_PATH element is skipped, not the working directory',
    file: 'src/inspect/loader/glibc.ts',
    from: '  const llp = env.libraryPath ? env.libraryPath.split(/[:;]/) : []',
    to: '  const llp = env.libraryPath ? env.libraryPath.split(/[:;]/).filter(Boolean) : []',
    tests: ['__tests__/inspect/runtimes.test.ts']
  },
  {
    id: 'glibc-name-is-glibc',
    issue: 21,
    bug: "a glibc-named loader linked to musl's (gcompat) is judged as glibc",
    file: 'src/inspect/loader/loaders.ts',
    from: "  const real = tree.resolve(posix.resolve('/', interpreter))\n  if (!real.ok || real.node.kind !== 'file') return undefined",
    to: "  const real = tree.resolve(posix.resolve('/', interpreter))\n  if (real.ok || !real.ok) return undefined",
    tests: ['__tests__/inspect/runtimes.test.ts']
  },
  {
    id: 'driver-library-missing',
    issue: 21,
    bug: 'a library the NVIDIA runtime mounts (libcuda.so.1) is library-missing, not a note',
    file: 'src/inspect/loading.ts',
    from: "    const by = m.reason === 'not-found' ? providerOf(m.name) : undefined",
    to: '    const by: string | undefined = undefined',
    tests: ['__tests__/inspect/runtimes.test.ts']
  },
  {
    id: 'python-musl-tag-as-glibc',
    issue: 21,
    bug: 'a -linux-musl Python module is taken as a glibc one',
    file: 'src/inspect/python.ts',
    from: "  return /-linux-musl/.test(tuple) ? 'musl' : 'glibc'",
    to: "  return 'glibc'",
    tests: ['__tests__/inspect/runtimes.test.ts']
  },
  {
    id: 'jar-any-arch-serves',
    issue: 21,
    bug: "a jar's natives for another architecture are taken as serving this one",
    file: 'src/inspect/jar.ts',
    from: '    if (builds.some(b => b.target.arch?.name === arch.name)) continue',
    to: '    continue',
    tests: ['__tests__/inspect/runtimes.test.ts']
  },
  {
    id: 'jar-library-path-ignored',
    issue: 21,
    bug: "the JVM's library path (Debian's libjna-jni) is not looked in before the jar",
    file: 'src/inspect/jar.ts',
    from: '    if (builds[0] && onLibraryPath(tree, arch, builds[0].entry)) continue',
    to: '    // (no library path)',
    tests: ['__tests__/inspect/runtimes.test.ts']
  },
  {
    id: 'npm-library-apt-fix',
    issue: 21,
    bug: "a library another npm package ships (sharp's libvips) gets apt-get's fix, not npm's",
    file: 'src/checks/library-missing.ts',
    from: ': searchesNpmTree(f) ? NPM_TREE_HELP : HELP,',
    to: ': HELP,',
    tests: ['__tests__/inspect/runtimes.test.ts']
  },
  {
    id: 'package-file-identical-binary',
    issue: 21,
    bug: "a package's files (node_modules copied across) get identical-binary with a C recipe",
    file: 'src/checks/identical-binary.ts',
    from: '|| !file.sha256 || file.ignored || file.package) continue',
    to: '|| !file.sha256 || file.ignored) continue',
    tests: ['__tests__/checks/rules.test.ts']
  },
  {
    id: 'package-file-go-buildinfo',
    issue: 21,
    bug: "a package's own Go program (esbuild's) gets go-buildinfo-mismatch with a GOARCH recipe",
    file: 'src/checks/go-buildinfo-mismatch.ts',
    from: '      if (f.package && f.path !== (p.entrypoint?.resolved ? p.entrypoint.resolvedPath : undefined)) continue',
    to: '      // (no package test)',
    tests: ['__tests__/checks/rules2.test.ts']
  },
  {
    id: 'platform-package-drift',
    issue: 25,
    bug: "per-platform packages' programs (@turbo/linux-64 beside @turbo/linux-arm64) get cross-platform-drift",
    file: 'src/checks/cross-platform-drift.ts',
    from: "  return f.format === 'elf' && !f.ignored && !f.package &&",
    to: "  return f.format === 'elf' && !f.ignored &&",
    tests: ['__tests__/checks/drift.test.ts']
  },
  {
    id: 'npm-libc-ignored',
    issue: 25,
    bug: "a musl build beside the glibc one is taken as the loader's choice on glibc",
    file: 'src/inspect/npm/choose.ts',
    from: '  return t.libc === undefined || t.libc === libc\n}',
    to: '  return true\n}',
    tests: ['__tests__/inspect/npm.test.ts']
  },
  {
    id: 'npm-os-ignored',
    issue: 25,
    bug: "a Mac's per-platform package (darwin-arm64) is taken on linux/arm64",
    file: 'src/inspect/npm/choose.ts',
    from: "  if (t.os !== undefined && t.os !== 'linux') return false",
    to: '  // (any OS)',
    tests: ['__tests__/inspect/npm.test.ts']
  }
]
