#!/usr/bin/env bash
# Installs the compilers test-env/make-fixtures.sh uses (only needed to regenerate the committed fixtures): Debian's
# cross GCCs and glibc headers for seven architectures, musl-gcc, MinGW-w64 (Windows amd64 and 386) and Mono's C#
# compiler (.NET assemblies), and Go 1.15 from Debian 11 (pinned low) for a binary with the pre-1.18 build info
# format. Needs root and Debian 12. Idempotent.
set -euo pipefail
if [ ! -f /etc/apt/sources.list.d/bullseye.sources ]; then
  awk 'BEGIN{RS="";ORS="\n"} NR==1' /etc/apt/sources.list.d/debian.sources \
    | sed -e 's/^Suites:.*/Suites: bullseye/' >/etc/apt/sources.list.d/bullseye.sources
  printf 'Package: *\nPin: release n=bullseye\nPin-Priority: 100\n' >/etc/apt/preferences.d/bullseye
fi
apt-get update -qq
pkgs=(golang-go gcc musl-tools golang-1.15-go/bullseye gcc-mingw-w64-x86-64-win32 gcc-mingw-w64-i686-win32 mono-mcs)
for t in aarch64-linux-gnu arm-linux-gnueabihf arm-linux-gnueabi i686-linux-gnu powerpc64le-linux-gnu s390x-linux-gnu riscv64-linux-gnu; do
  pkgs+=("gcc-$t")
done
for a in arm64 armhf armel i386 ppc64el s390x riscv64; do pkgs+=("libc6-dev-$a-cross"); done
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${pkgs[@]}" >/dev/null
echo "toolchains ready"
