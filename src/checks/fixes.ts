/**
 * The fixes that several rules give, written once. A rule's own fix is its `help`; these are the ones shared by rules
 * about the same mistake (a build for the wrong architecture, a program linked against another C library).
 */

/** Building each platform its own binary, the Go way (the most common case), and the rule for downloads. */
export const ARCH_HINT = [
  'Build each platform its own binary. Run the compiler natively on the build machine and let buildx tell it the target:',
  '',
  '    FROM --platform=$BUILDPLATFORM golang:alpine AS build',
  '    ARG TARGETOS TARGETARCH',
  '    RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /server .',
  '',
  '`--platform=$BUILDPLATFORM` makes the build stage run on the build machine (fast, no emulation), and buildx sets ' +
    '`TARGETOS`/`TARGETARCH` to each platform of `--platform` in turn, so every image gets a binary for its own ' +
    'architecture. Never hard-code `GOARCH=amd64`; for a downloaded binary, put `${TARGETARCH}` in the URL.'
].join('\n')

/** Matching the C library: what a program needs when its loader (PT_INTERP) is not in the image. */
export function loaderHint(interp: string): string {
  if (/ld-musl/.test(interp)) {
    return [
      `The program was linked against musl (its loader is \`${interp}\`), as on Alpine, but this image has no musl.`,
      'Use an Alpine base for this stage (`FROM alpine`), or link statically: `CGO_ENABLED=0` for Go, `-static` for C.'
    ].join(' ')
  }
  return [
    `The program was linked against glibc (its loader is \`${interp}\`), but this image has no glibc loader at that path:`,
    'Alpine and busybox images have musl or no C library at all.',
    'Use a glibc base (Debian, Ubuntu, `gcr.io/distroless/base`), or link statically: `CGO_ENABLED=0` for Go, `-static` for C.'
  ].join(' ')
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
