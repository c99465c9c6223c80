#!/usr/bin/env bash
# Builds the benchmark image: a Debian userland with the Go toolchain, GCC and Python for linux/amd64 and
# linux/arm64, from Debian's packages (dpkg -x, no emulation), in several layers as a real image has. The image is
# exported as an OCI layout directory (gzip layers, as a registry would serve them) into $MV_BENCH_DIR
# (default /var/cache/multiarch-verify-bench). The build context (the layer tars and the Dockerfile) is kept in
# $MV_BENCH_DIR/context, for bench/overhead.mjs to build it again. Idempotent; needs scripts/setup-env.sh (Docker,
# buildx, arm64 apt).
set -euo pipefail
OUT=${MV_BENCH_DIR:-/var/cache/multiarch-verify-bench}
# The baselines need GNU time (peak RSS) and file(1).
if ! command -v file >/dev/null || [ ! -x /usr/bin/time ]; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends file time >/dev/null
fi
mkdir -p "$OUT"
[ -f "$OUT/oci/index.json" ] && [ -f "$OUT/context/Dockerfile" ] && { echo "bench image ready in $OUT/oci"; exit 0; }
rm -rf "$OUT/oci" "$OUT/context"

# One layer per group, as separate RUN/COPY steps would make.
LAYER_GROUPS=(
  "base:libc6 libgcc-s1 libstdc++6 coreutils bash dash perl-base libssl3 zlib1g libzstd1 liblzma5 libbz2-1.0 libcrypt1 libselinux1 libpcre2-8-0 libacl1 libattr1 libgmp10 libtinfo6"
  "python:python3.11-minimal libpython3.11-minimal libpython3.11-stdlib libexpat1 libffi8 libsqlite3-0 libreadline8 libncursesw6 libuuid1 libmpdec3"
  "gcc:gcc-12 cpp-12 binutils binutils-common libbinutils libctf0 libctf-nobfd0 libgprofng0 libgcc-12-dev libc6-dev libcc1-0 libisl23 libmpc3 libmpfr6 libjansson4 libasan8 libtsan2 libubsan1 liblsan0 libitm1 libatomic1 libgomp1 libquadmath0 libhwasan0 linux-libc-dev libcrypt-dev libnsl-dev libtirpc-dev"
  "go:golang-1.19-go"
  "gosrc:golang-1.19-src"
  "perl:perl perl-modules-5.36 libperl5.36 libgdbm6 libgdbm-compat4 libdb5.3"
)
work=$(mktemp -d)
chmod 777 "$work"
trap 'rm -rf "$work"' EXIT
for arch in amd64 arm64; do
  for g in "${LAYER_GROUPS[@]}"; do
    name=${g%%:*}
    pkgs=()
    for p in ${g#*:}; do
      case $p in golang-1.19-src|perl-modules-5.36|linux-libc-dev|binutils-common) pkgs+=("$p") ;; *) pkgs+=("$p:$arch") ;; esac
    done
    mkdir -p "$work/debs-$arch-$name" "$work/root-$arch-$name"
    # Some packages exist for one architecture only (libquadmath0 is x86's): skip those.
    # One apt-get for the group (each run reads the whole package cache: seconds apiece), one by one if it fails.
    (cd "$work/debs-$arch-$name" && { apt-get download -qq "${pkgs[@]}" >/dev/null 2>&1 ||
      for p in "${pkgs[@]}"; do apt-get download -qq "$p" >/dev/null 2>&1 || echo "  (no $p)"; done; })
    for deb in "$work/debs-$arch-$name"/*.deb; do dpkg -x "$deb" "$work/root-$arch-$name"; done
    tar -C "$work/root-$arch-$name" --owner=0 --group=0 --numeric-owner -cf "$work/layer-$arch-$name.tar" .
    rm -rf "$work/root-$arch-$name" "$work/debs-$arch-$name"
  done
done
{
  echo 'FROM scratch'
  echo 'ARG TARGETARCH'
  for g in "${LAYER_GROUPS[@]}"; do echo "ADD layer-\${TARGETARCH}-${g%%:*}.tar /"; done
  echo 'ENV PATH=/usr/lib/go-1.19/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'
  echo 'CMD ["/bin/bash"]'
} >"$work/Dockerfile"
docker buildx build --platform linux/amd64,linux/arm64 --provenance=false \
  --output "type=oci,dest=$OUT/oci,tar=false" "$work"
mv "$work" "$OUT/context"
trap - EXIT
du -sh "$OUT/oci" "$OUT/context"
