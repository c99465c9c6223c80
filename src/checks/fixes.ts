/**
 * The fixes: the general ones several rules give (per ecosystem: Go, C/C++, Rust, downloads, prebuilt files; per base:
 * scratch, distroless, alpine, busybox, debian), and, once a finding points at its Dockerfile line, the concrete edit
 * of that line (dockerfile/edit.ts) with the explanation that fits what was built and on what. Pure.
 */
import type { DockerfileContext } from '../dockerfile/locate.js'
import {
  copyForTarget,
  entrypointTo,
  goBuildForTarget,
  goStatic,
  goTargetVars,
  instructionAt,
  rebase,
  stageOf,
  unpinFrom,
  urlForTarget,
  type Edit
} from '../dockerfile/edit.js'
import { stageNamed, targetStage, type Stage } from '../dockerfile/parse.js'
import { code, type Finding } from '../findings.js'
import type { ExecutableFacts, PlatformFacts } from '../inspect/facts.js'
import { formatPlatform } from '../platform.js'

/** What made a program, as far as its bytes and its Dockerfile line tell. */
export type Ecosystem = 'go' | 'rust' | 'c' | 'download' | 'prebuilt' | 'unknown'

const GO_RECIPE = (path: string): string[] => [
  '    FROM --platform=$BUILDPLATFORM golang AS build',
  '    ARG TARGETOS TARGETARCH',
  `    RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o ${path} .`
]

/** Building each platform its own binary, for what made the program. `path` is where the image has it. */
export function archHint(eco: Ecosystem, path = '/app'): string {
  const safe = /^[\w./-]+$/.test(path) ? path : '/app'
  const name = safe.slice(safe.lastIndexOf('/') + 1) || 'app'
  switch (eco) {
    case 'go':
      return [
        'Build each platform its own binary: run the Go compiler on the build machine and let buildx tell it the target:',
        '',
        ...GO_RECIPE(safe),
        '',
        '`--platform=$BUILDPLATFORM` runs the build stage natively (fast, no emulation), and buildx sets ' +
          '`TARGETOS`/`TARGETARCH` to each platform of the build in turn. Never hard-code `GOARCH`. With cgo, the C ' +
          'cross-compiler comes from tonistiigi/xx (`xx-go`).'
      ].join('\n')
    case 'rust':
      return [
        'Build each platform its own binary: cross-compile on the build machine with tonistiigi/xx, which sets up the ' +
          'Rust target and the linker for the platform being built:',
        '',
        '    FROM --platform=$BUILDPLATFORM tonistiigi/xx AS xx',
        '    FROM --platform=$BUILDPLATFORM rust:1 AS build',
        '    COPY --from=xx / /',
        '    RUN apt-get update && apt-get install -y clang lld',
        '    ARG TARGETPLATFORM',
        '    RUN xx-apt-get install -y gcc libc6-dev',
        `    RUN xx-cargo build --release --target-dir ./build && cp ./build/$(xx-cargo --print-target-triple)/release/${name} ${safe}`,
        '',
        'Or build in a stage without `--platform`: QEMU then runs cargo as the target (slower, nothing to set up).'
      ].join('\n')
    case 'c':
      return [
        'Build each platform its own binary: cross-compile on the build machine with tonistiigi/xx (clang for the ' +
          "target, and the target's libraries through `xx-apt-get` or `xx-apk`):",
        '',
        '    FROM --platform=$BUILDPLATFORM tonistiigi/xx AS xx',
        '    FROM --platform=$BUILDPLATFORM debian:bookworm AS build',
        '    COPY --from=xx / /',
        '    RUN apt-get update && apt-get install -y clang lld',
        '    ARG TARGETPLATFORM',
        '    RUN xx-apt-get install -y gcc libc6-dev',
        `    RUN xx-clang -o ${safe} main.c && xx-verify ${safe}`,
        '',
        "Or build in a stage without `--platform` (QEMU runs the target's compiler), or with Debian's cross " +
          'toolchains (`crossbuild-essential-arm64`, `CC=aarch64-linux-gnu-gcc`).'
      ].join('\n')
    case 'download':
      return [
        'Download the file for the platform being built: buildx sets `TARGETARCH` (amd64, arm64, …) in every stage ' +
          'that declares it:',
        '',
        '    ARG TARGETARCH',
        `    RUN curl -fsSLo ${safe} "https://example.com/releases/${name}-linux-\${TARGETARCH}" && chmod +x ${safe}`,
        '',
        'When the project names architectures otherwise (`x86_64`, `aarch64`), map them: ' +
          '`case "$TARGETARCH" in amd64) A=x86_64;; arm64) A=aarch64;; esac`, or use `$(uname -m)` in a stage that ' +
          'runs on the target platform (no `--platform=$BUILDPLATFORM`).'
      ].join('\n')
    case 'prebuilt':
      return [
        'Keep one file per architecture, named as buildx names the architectures (`' +
          name +
          '-amd64`, `' +
          name +
          '-arm64`), and copy the one of the platform being built:',
        '',
        '    ARG TARGETARCH',
        `    COPY ${name}-\${TARGETARCH} ${safe}`,
        '',
        'Better still, build it in the Dockerfile for each platform (`FROM --platform=$BUILDPLATFORM`, then ' +
          '`GOARCH=$TARGETARCH` for Go, tonistiigi/xx for C and Rust).'
      ].join('\n')
    default:
      return [
        'Build each platform its own binary. Run the compiler natively on the build machine and let buildx tell it ' +
          'the target (the Go way; for C and Rust, tonistiigi/xx does the same):',
        '',
        ...GO_RECIPE(safe),
        '',
        '`--platform=$BUILDPLATFORM` makes the build stage run on the build machine (fast, no emulation), and buildx ' +
          'sets `TARGETOS`/`TARGETARCH` to each platform of `--platform` in turn, so every image gets a binary for its ' +
          'own architecture. Never hard-code `GOARCH=amd64`; for a downloaded binary, put `${TARGETARCH}` in the URL.'
      ].join('\n')
  }
}

/** The general fix for a program built for the wrong architecture (the most common case: Go). */
export const ARCH_HINT = archHint('unknown', '/server')

/** What the final image is based on, as far as the fixes care. */
export type Base = 'scratch' | 'distroless-static' | 'distroless' | 'alpine' | 'busybox' | 'debian' | 'other'

export function baseKind(image: string | undefined): Base {
  const ref = (image ?? '').toLowerCase()
  if (ref === 'scratch') return 'scratch'
  if (/distroless\/static/.test(ref)) return 'distroless-static'
  if (/distroless/.test(ref)) return 'distroless'
  if (/(^|\/)alpine(:|$)|[-:]alpine/.test(ref)) return 'alpine'
  if (/(^|\/)busybox(:|$)/.test(ref)) return 'busybox'
  if (/(^|\/)(debian|ubuntu)(:|$)|bookworm|bullseye|trixie|jammy|noble|-slim\b/.test(ref)) return 'debian'
  return 'other'
}

/** The base image of a stage, through `FROM stage` references. */
export function baseOf(stages: Stage[], stage: Stage | undefined): { base: Base; stage?: Stage } {
  let s = stage
  for (let hops = 0; s && hops < stages.length; hops++) {
    const ref = s.base ? stageNamed(stages, s.base.toLowerCase()) : undefined
    if (!ref || ref === s) return { base: baseKind(s.base), stage: s }
    s = ref
  }
  return { base: 'other' }
}

/** Matching the C library: what a program needs when its loader (PT_INTERP) is not in the image. */
export function loaderHint(interp: string, base: Base = 'other'): string {
  const musl = /ld-musl/.test(interp)
  const where: Partial<Record<Base, string>> = {
    scratch: '`FROM scratch` has no C library at all.',
    'distroless-static': '`gcr.io/distroless/static` has no C library.',
    busybox: 'A busybox image has no C library for other programs.',
    alpine: 'Alpine has musl, not glibc (`gcompat` runs some glibc programs, not all).',
    debian: 'Debian has glibc, not musl.'
  }
  const lead = musl
    ? `The program was linked against musl (its loader is \`${interp}\`), as on Alpine, but this image has no musl.`
    : `The program was linked against glibc (its loader is \`${interp}\`), but this image has no glibc loader at that path.`
  const ways = musl
    ? 'Use an Alpine base for this stage (`FROM alpine`), or link statically: `CGO_ENABLED=0` for Go, `-static` for C, ' +
      '`--target <arch>-unknown-linux-musl` for Rust.'
    : 'Use a glibc base (`debian:bookworm-slim`, `gcr.io/distroless/cc-debian12`), build the program on the base it ' +
      'runs on (`FROM golang:alpine`, `apk add build-base` for a musl build), or link statically: `CGO_ENABLED=0` for ' +
      'Go, `-static` for C, `RUSTFLAGS="-C target-feature=+crt-static"` for Rust.'
  return [lead, where[base] ?? 'Alpine and busybox images have musl or no C library at all.', ways].join(' ')
}

/** The C runtime: libraries a base either has with its C library, or not at all. */
const C_RUNTIME = /^(libc|libm|libdl|librt|libpthread|libresolv|libgcc_s|libstdc\+\+|ld-linux[^/]*|ld64)\.so(\.\d+)*$/

/** A library not in the image, for the base it is missing from. */
function libraryHint(lib: string, base: Base): string | undefined {
  const runtime = C_RUNTIME.test(lib)
  if (runtime && (base === 'scratch' || base === 'distroless-static' || base === 'busybox')) {
    return [
      `${code(lib)} is part of the C library, which this base does not have: a dynamically linked program cannot start on it.`,
      'Link statically (`CGO_ENABLED=0` for Go, `-static` for C, `RUSTFLAGS="-C target-feature=+crt-static"` for ' +
        'Rust), or use a base with the C library: `gcr.io/distroless/cc-debian12` for glibc programs ' +
        '(`gcr.io/distroless/base-debian12` adds OpenSSL), `alpine` for musl programs.'
    ].join(' ')
  }
  if (base === 'alpine') {
    return `Install the package that ships it in the final stage; apk finds it by the library's name: \`RUN apk add --no-cache so:${lib}\`. Or copy it from the build stage, or link statically.`
  }
  if (base === 'debian') {
    return `Install the package that ships it in the final stage (\`apt-file search ${lib}\` names it): \`RUN apt-get update && apt-get install -y --no-install-recommends PACKAGE\`. Or copy it from the build stage, or link statically.`
  }
  return undefined
}

/** The package that provides an interpreter, on Alpine and on Debian. */
function interpreterPackage(path: string): { apk: string; apt: string } | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1)
  const known: Record<string, { apk: string; apt: string }> = {
    bash: { apk: 'bash', apt: 'bash' },
    python3: { apk: 'python3', apt: 'python3' },
    python: { apk: 'python3', apt: 'python-is-python3' },
    node: { apk: 'nodejs', apt: 'nodejs' },
    perl: { apk: 'perl', apt: 'perl' },
    ruby: { apk: 'ruby', apt: 'ruby' },
    zsh: { apk: 'zsh', apt: 'zsh' }
  }
  return known[name]
}

const ARCH_RULES = new Set(['binary-arch-mismatch', 'go-buildinfo-mismatch', 'identical-binary'])

/** What made a file: Go build info, the compiler's `.comment`, or how its Dockerfile line got it. */
function ecosystemOf(file: ExecutableFacts | undefined, lines: string | undefined): Ecosystem {
  const b = file?.binary
  // How the line got the file says more than the file: a Go program copied from the context was built elsewhere.
  if (lines && /^\s*ADD\s+(--\S+\s+)*https?:|\b(curl|wget)\b/i.test(lines)) return 'download'
  if (lines && /^\s*(COPY|ADD)\s/i.test(lines) && !/--from=/i.test(lines)) return 'prebuilt'
  if (b?.format === 'elf' && b.go) return 'go'
  if (b?.format === 'elf' && /rustc/i.test(b.compiler ?? '')) return 'rust'
  if (b?.format === 'elf' && /GCC|clang/i.test(b.compiler ?? '')) return 'c'
  if (lines && /\bgo (build|install)\b/.test(lines)) return 'go'
  return 'unknown'
}

export interface FixContext {
  dockerfile?: DockerfileContext
  facts?: PlatformFacts[]
}

function fileOf(f: Finding, facts: PlatformFacts[] | undefined): ExecutableFacts | undefined {
  if (!f.path) return undefined
  return facts?.find(p => formatPlatform(p.platform) === f.platform)?.executables.find(e => e.path === f.path)
}

/** The edit of the line at fault, for the finding's rule. */
function editFor(f: Finding, ctx: DockerfileContext, file: ExecutableFacts | undefined, facts?: PlatformFacts[]) {
  const lines = ctx.lines ?? []
  const line = f.location?.line
  const ins = line !== undefined ? instructionAt(ctx.stages, line) : undefined
  const stage = ins ? stageOf(ctx.stages, ins.line) : undefined
  const final = targetStage(ctx.stages, ctx.target)
  const { base, stage: baseStage } = baseOf(ctx.stages, final)
  // A package installed in the final stage, right after its FROM.
  const install = (command: string, what: string): Edit | undefined =>
    baseStage ? rebase(lines, baseStage, undefined, [`RUN ${command}`], `installs ${what}`) : undefined
  const first = (...edits: Array<() => Edit | undefined>): Edit | undefined => {
    for (const e of edits) {
      const r = e()
      if (r) return r
    }
    return undefined
  }
  if (ARCH_RULES.has(f.rule) || f.rule === 'dockerfile-hardcoded-platform') {
    if (!ins || !stage || typeof f.evidence?.package === 'string') return { base }
    return {
      base,
      edit: first(
        () => unpinFrom(lines, stage, ins),
        () => goTargetVars(lines, stage, ins),
        () => urlForTarget(lines, stage, ins),
        () => copyForTarget(lines, stage, ins),
        () => goBuildForTarget(lines, stage, ins)
      )
    }
  }
  if (f.rule === 'cpu-variant-mismatch') {
    if (!ins || !stage) return { base }
    return {
      base,
      edit: first(
        () => goTargetVars(lines, stage, ins, true),
        () => copyForTarget(lines, stage, ins, true)
      )
    }
  }
  if (f.rule === 'interpreter-missing' || (f.rule === 'library-missing' && !f.evidence?.skipped)) {
    if (file?.binary.format === 'elf' && file.binary.go && ins && stage)
      return { base, edit: goStatic(lines, stage, ins) }
    const musl = file?.binary.format === 'elf' && /ld-musl/.test(file.binary.interpreter ?? '')
    const missing = String(f.evidence?.missing ?? '').split(' ')[0] ?? ''
    const runtime = f.rule === 'interpreter-missing' || C_RUNTIME.test(missing)
    if (baseStage && runtime && (base === 'scratch' || base === 'distroless-static' || base === 'busybox')) {
      const image = musl ? 'alpine:3' : 'gcr.io/distroless/cc-debian12'
      return {
        base,
        edit: rebase(
          lines,
          baseStage,
          image,
          [],
          `runs the program on a base with its C library (${musl ? 'musl' : 'glibc'})`
        )
      }
    }
    if (base === 'alpine' && f.rule === 'library-missing' && /^[\w.+-]+$/.test(missing))
      return { base, edit: install(`apk add --no-cache so:${missing}`, `the package that ships ${code(missing)}`) }
    return { base }
  }
  if (f.rule === 'shebang-interpreter-missing') {
    const pkg = interpreterPackage(String(f.evidence?.program ?? f.evidence?.interpreter ?? ''))
    if (pkg && base === 'alpine') return { base, edit: install(`apk add --no-cache ${pkg.apk}`, code(pkg.apk)) }
    if (pkg && base === 'debian') {
      const apt = `apt-get update && apt-get install -y --no-install-recommends ${pkg.apt} && rm -rf /var/lib/apt/lists/*`
      return { base, edit: install(apt, code(pkg.apt)) }
    }
    return { base }
  }
  if (f.rule === 'entrypoint-not-found' && f.path && ins && stage) {
    const name = f.path.slice(f.path.lastIndexOf('/') + 1)
    const p = facts?.find(x => formatPlatform(x.platform) === f.platform)
    const found = [...new Set(p?.executables.filter(e => e.path.endsWith(`/${name}`)).map(e => e.path))]
    if (found.length === 1 && found[0] && /^[\w./-]+$/.test(found[0]))
      return { base, edit: entrypointTo(lines, stage, ins, f.path, found[0]) }
  }
  return { base }
}

/**
 * A finding with the edit of its Dockerfile line (when one line can be named and changed) and the explanation that
 * fits what made the program and the base it runs on; the rule's own general hint otherwise.
 */
export function withFix(f: Finding, ctx: FixContext): Finding {
  const file = fileOf(f, ctx.facts)
  const df = ctx.dockerfile
  const ins = df && f.location ? instructionAt(df.stages, f.location.line) : undefined
  const written = df?.lines && ins ? df.lines.slice(ins.line - 1, ins.endLine).join('\n') : undefined
  const out: Finding = { ...f }
  const { base, edit } = df?.lines ? editFor(f, df, file, ctx.facts) : { base: 'other' as Base, edit: undefined }
  // A Windows image's program keeps its Windows fix (Go for windows, .NET's runtime identifiers).
  const windows = f.platform.startsWith('windows')
  // A package's files (a JDK, node_modules) keep their package manager's fix: the user built none of them.
  const packaged = typeof f.evidence?.package === 'string'
  if (
    (ARCH_RULES.has(f.rule) && !windows && !packaged) ||
    (f.rule === 'dockerfile-hardcoded-platform' && !/--platform/.test(f.message))
  )
    out.hint = archHint(ecosystemOf(file, written), f.path ?? /\s-o\s+(\/\S+)/.exec(written ?? '')?.[1] ?? '/app')
  if (f.rule === 'interpreter-missing' && typeof f.evidence?.interpreter === 'string')
    out.hint = loaderHint(f.evidence.interpreter, base)
  if (f.rule === 'library-missing' && !f.evidence?.skipped) {
    const lib = String(f.evidence?.missing ?? '').split(' ')[0] ?? ''
    out.hint = (lib && libraryHint(lib, base)) || f.hint
  }
  if (edit && df) out.fix = { file: df.file, ...edit }
  return out
}

/** Building each Windows platform its own program: Go, .NET and downloads. */
export const WINDOWS_ARCH_HINT = [
  'Build each Windows platform its own program, for the architecture buildx names in `TARGETARCH` (amd64, arm64). ' +
    'With Go, cross-compile in a stage that runs on the build machine:',
  '',
  '    FROM --platform=$BUILDPLATFORM golang:alpine AS build',
  '    ARG TARGETARCH',
  '    RUN CGO_ENABLED=0 GOOS=windows GOARCH=$TARGETARCH go build -o /out/app.exe .',
  '',
  'With .NET, publish for the matching runtime, `win-x64` for amd64 and `win-arm64` for arm64:',
  '',
  '    ARG TARGETARCH',
  '    RUN dotnet publish -c Release -r win-$([ "$TARGETARCH" = amd64 ] && echo x64 || echo $TARGETARCH) -o /out',
  '',
  '(or publish framework-dependent IL without `-r` and start it with `dotnet app.dll`, which runs on any ' +
    'architecture). For a downloaded program, put the architecture in the URL from `TARGETARCH` (many releases call ' +
    'amd64 `x64`). Never copy one `.exe` into every platform.'
].join('\n')
