#!/usr/bin/env bash
# Builds the local base images the integration tests and examples use, from Debian packages (no Docker Hub here):
#   mv-test/busybox:1     linux/amd64 + linux/arm64, busybox-static with sh and friends
#   mv-test/glibc:1       linux/amd64 + linux/arm64, busybox with Debian's glibc (libc6, libgcc-s1)
#   mv-test/golang:1.19   the build machine's platform: Debian's Go toolchain on busybox, a stand-in for golang:alpine
#   $MV_CACHE/golang-userland-ctx  a build context: Debian's Go toolchain and sources for amd64 and arm64 (noise budget)
# Idempotent: an image already in the engine's store is kept. Needs scripts/setup-env.sh first.
set -euo pipefail

CACHE=${MV_CACHE:-/var/cache/multiarch-verify-test}
mkdir -p "$CACHE"
log() { printf '[make-bases] %s\n' "$*"; }
have_image() { docker image inspect "$1" >/dev/null 2>&1; }

APPLETS=(sh ash ls cat echo env true false mkdir rm cp mv ln chmod id uname sleep test wget tar gzip)

# A busybox root file system for one Debian architecture, as a tar.
busybox_rootfs() {
  local debarch=$1 out=$2
  [ -s "$out" ] && return 0
  local work
  work=$(mktemp -d)
  chmod 777 "$work" # apt downloads as _apt
  (cd "$work" && apt-get download -qq "busybox-static:$debarch" >/dev/null)
  dpkg -x "$work"/busybox-static_*.deb "$work/root"
  chmod 755 "$work/rootfs" 2>/dev/null || true
  mkdir -p "$work/rootfs/bin" "$work/rootfs/tmp" "$work/rootfs/etc" "$work/rootfs/root"
  cp "$work/root/bin/busybox" "$work/rootfs/bin/busybox"
  for a in "${APPLETS[@]}"; do ln -sf busybox "$work/rootfs/bin/$a"; done
  mkdir -p "$work/rootfs/usr/bin" && ln -sf /bin/env "$work/rootfs/usr/bin/env"
  echo 'root:x:0:0:root:/root:/bin/sh' >"$work/rootfs/etc/passwd"
  chmod 1777 "$work/rootfs/tmp"
  tar -C "$work/rootfs" --owner=0 --group=0 --numeric-owner -cf "$out" .
  rm -rf "$work"
}

if ! have_image mv-test/busybox:1; then
  log "building mv-test/busybox:1 (linux/amd64, linux/arm64)"
  ctx="$CACHE/busybox-ctx"
  mkdir -p "$ctx"
  busybox_rootfs amd64 "$ctx/rootfs-amd64.tar"
  busybox_rootfs arm64 "$ctx/rootfs-arm64.tar"
  cat >"$ctx/Dockerfile" <<'DOCKERFILE'
FROM scratch
ARG TARGETARCH
ADD rootfs-${TARGETARCH}.tar /
ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
CMD ["/bin/sh"]
DOCKERFILE
  docker buildx build --quiet --provenance=false --platform linux/amd64,linux/arm64 -t mv-test/busybox:1 --load "$ctx" >/dev/null
fi

# glibc on busybox: Debian's libc6 and libgcc-s1 unpacked for each architecture, for C programs linked against glibc.
if ! have_image mv-test/glibc:1; then
  log "building mv-test/glibc:1 (linux/amd64, linux/arm64)"
  ctx="$CACHE/glibc-ctx"
  mkdir -p "$ctx"
  for arch in amd64 arm64; do
    [ -s "$ctx/libc-$arch.tar" ] && continue
    work=$(mktemp -d)
    chmod 777 "$work"
    (cd "$work" && apt-get download -qq "libc6:$arch" "libgcc-s1:$arch" >/dev/null)
    mkdir -p "$work/root"
    for deb in "$work"/*.deb; do dpkg -x "$deb" "$work/root"; done
    rm -rf "$work/root/usr/share"
    tar -C "$work/root" --owner=0 --group=0 --numeric-owner -cf "$ctx/libc-$arch.tar" .
    rm -rf "$work"
  done
  cat >"$ctx/Dockerfile" <<'DOCKERFILE'
FROM mv-test/busybox:1
ARG TARGETARCH
ADD libc-${TARGETARCH}.tar /
DOCKERFILE
  docker buildx build --quiet --provenance=false --platform linux/amd64,linux/arm64 -t mv-test/glibc:1 --load "$ctx" >/dev/null
fi

# A Go toolchain userland for linux/amd64 and linux/arm64 (the noise budget): Debian's golang-1.19-go and its
# sources, which legitimately hold foreign-architecture .syso objects and testdata ELF files. Only the build context
# is prepared here (a directory the integration tests build with `multiarch-verify build`).
ctx="$CACHE/golang-userland-ctx"
if [ ! -s "$ctx/Dockerfile" ]; then
  log "preparing the Go userland build context (linux/amd64, linux/arm64)"
  mkdir -p "$ctx"
  for arch in amd64 arm64 all; do
    work=$(mktemp -d)
    chmod 777 "$work"
    case $arch in
      all) pkgs=(golang-1.19-src) ;;
      *) pkgs=("golang-1.19-go:$arch" "libc6:$arch" "libgcc-s1:$arch") ;;
    esac
    (cd "$work" && apt-get download -qq "${pkgs[@]}" >/dev/null)
    mkdir -p "$work/root"
    for deb in "$work"/*.deb; do dpkg -x "$deb" "$work/root"; done
    # The sources go where the official golang images keep them (/usr/local/go/src), outside /usr/share: the
    # testdata and .syso rules must hold on their own.
    tar -C "$work/root" --owner=0 --group=0 --numeric-owner --transform 's,^\./usr/share/go-1\.19,./usr/local/go,' \
      -cf "$ctx/go-$arch.tar" .
    rm -rf "$work"
  done
  cat >"$ctx/Dockerfile" <<'DOCKERFILE'
FROM mv-test/busybox:1
ARG TARGETARCH
ADD go-${TARGETARCH}.tar /
ADD go-all.tar /
ENV PATH=/usr/lib/go-1.19/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
CMD ["go", "version"]
DOCKERFILE
fi

if ! have_image mv-test/golang:1.19; then
  log "building mv-test/golang:1.19 (Debian's Go 1.19 on busybox, for the build machine)"
  command -v go >/dev/null || { echo "make-bases.sh: Go is missing; run scripts/setup-env.sh" >&2; exit 1; }
  ctx="$CACHE/golang-ctx"
  mkdir -p "$ctx"
  busybox_rootfs amd64 "$ctx/busybox.tar"
  goroot=$(go env GOROOT)            # /usr/lib/go-1.19, with src -> ../../share/go-1.19/src
  share=$(readlink -f "$goroot/src")/..
  if [ ! -s "$ctx/go.tar" ]; then
    stage=$(mktemp -d)
    chmod 755 "$stage"
    mkdir -p "$stage/usr/local/go/pkg" "$stage/lib64" "$stage/lib/x86_64-linux-gnu"
    # Debian's go command is linked against glibc: bring its loader and libc.
    cp -L /lib64/ld-linux-x86-64.so.2 "$stage/lib64/"
    cp -L /lib/x86_64-linux-gnu/libc.so.6 "$stage/lib/x86_64-linux-gnu/"
    cp -a "$goroot/bin" "$goroot/VERSION" "$stage/usr/local/go/"
    cp -aL "$goroot/pkg/tool" "$goroot/pkg/include" "$stage/usr/local/go/pkg/"
    # The standard library's sources, without tests: go build compiles what it needs into the cache.
    (cd "$share" && tar --exclude='*_test.go' --exclude=testdata -cf - src) | tar -C "$stage/usr/local/go" -xf -
    tar -C "$stage" --owner=0 --group=0 --numeric-owner -cf "$ctx/go.tar" .
    rm -rf "$stage"
  fi
  cat >"$ctx/Dockerfile" <<'DOCKERFILE'
FROM scratch
ADD busybox.tar /
ADD go.tar /
ENV PATH=/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin GOROOT=/usr/local/go GOPATH=/go GOFLAGS=-mod=mod GOTOOLCHAIN=local HOME=/root
WORKDIR /src
DOCKERFILE
  docker buildx build --quiet --provenance=false -t mv-test/golang:1.19 --load "$ctx" >/dev/null
fi
log "bases ready: mv-test/busybox:1, mv-test/glibc:1, mv-test/golang:1.19"
