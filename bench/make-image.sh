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

# One layer per group, as separate RUN/COPY steps would make.
LAYER_GROUPS=(
  "base:libc6 libgcc-s1 libstdc++6 coreutils bash dash perl-base libssl3 zlib1g libzstd1 liblzma5 libbz2-1.0 libcrypt1 libselinux1 libpcre2-8-0 libacl1 libattr1 libgmp10 libtinfo6"
  # The python group holds libpython3.11-stdlib's own dependencies (libnsl2, libtirpc3 and theirs): without them its
  # nis module cannot load, which multiarch-verify reports (library-missing).
  "python:python3.11-minimal libpython3.11-minimal libpython3.11-stdlib libexpat1 libffi8 libsqlite3-0 libreadline8 libncursesw6 libuuid1 libmpdec3 libnsl2 libtirpc3 libtirpc-common libgssapi-krb5-2 libkrb5-3 libk5crypto3 libkrb5support0 libcom-err2 libkeyutils1"
  "gcc:gcc-12 cpp-12 binutils binutils-common libbinutils libctf0 libctf-nobfd0 libgprofng0 libgcc-12-dev libc6-dev libcc1-0 libisl23 libmpc3 libmpfr6 libjansson4 libasan8 libtsan2 libubsan1 liblsan0 libitm1 libatomic1 libgomp1 libquadmath0 libhwasan0 linux-libc-dev libcrypt-dev libnsl-dev libtirpc-dev"
  "go:golang-1.19-go"
  "gosrc:golang-1.19-src"
  "perl:perl perl-modules-5.36 libperl5.36 libgdbm6 libgdbm-compat4 libdb5.3"
)
# The layer tars and the Dockerfile are made in $OUT/context and kept (bench/overhead.mjs builds it again); a layer
# tar already there is not made again, so a run cut short resumes where it stopped.
ctx=$OUT/context
mkdir -p "$ctx"
chmod 777 "$ctx" # apt downloads as _apt
for arch in amd64 arm64; do
  for g in "${LAYER_GROUPS[@]}"; do
    name=${g%%:*}
    [ -s "$ctx/layer-$arch-$name.tar" ] && continue
    pkgs=()
    for p in ${g#*:}; do
      case $p in golang-1.19-src|perl-modules-5.36|linux-libc-dev|binutils-common) pkgs+=("$p") ;; *) pkgs+=("$p:$arch") ;; esac
    done
    rm -rf "$ctx/debs-$arch-$name" "$ctx/root-$arch-$name"
    mkdir -p "$ctx/debs-$arch-$name" "$ctx/root-$arch-$name"
    chmod 777 "$ctx/debs-$arch-$name"
    # Some packages exist for one architecture only (libquadmath0 is x86's): ask apt-cache once which exist, then
    # download those with one apt-get (each apt run reads the whole package cache: seconds apiece).
    mapfile -t found < <(apt-cache show --no-all-versions "${pkgs[@]}" 2>/dev/null |
      awk '/^Package:/ { p = $2 } /^Architecture:/ { print ($2 == "all") ? p : p ":" $2 }' | sort -u)
    for p in "${pkgs[@]}"; do printf '%s\n' "${found[@]}" | grep -qx -e "$p" -e "$p:.*" || echo "  (no $p)"; done
    (cd "$ctx/debs-$arch-$name" && apt-get download -qq "${found[@]}" >/dev/null)
    for deb in "$ctx/debs-$arch-$name"/*.deb; do dpkg -x "$deb" "$ctx/root-$arch-$name"; done
    tar -C "$ctx/root-$arch-$name" --owner=0 --group=0 --numeric-owner -cf "$ctx/layer-$arch-$name.tmp" .
    mv "$ctx/layer-$arch-$name.tmp" "$ctx/layer-$arch-$name.tar"
    rm -rf "$ctx/root-$arch-$name" "$ctx/debs-$arch-$name"
  done
done

if [ ! -f "$OUT/oci/index.json" ]; then
  {
    echo 'FROM scratch'
    echo 'ARG TARGETARCH'
    for g in "${LAYER_GROUPS[@]}"; do echo "ADD layer-\${TARGETARCH}-${g%%:*}.tar /"; done
    echo 'ENV PATH=/usr/lib/go-1.19/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'
    echo 'CMD ["/bin/bash"]'
  } >"$ctx/Dockerfile"
  rm -rf "$OUT/oci"
  docker buildx build --platform linux/amd64,linux/arm64 --provenance=false \
    --output "type=oci,dest=$OUT/oci,tar=false" "$ctx"
  du -sh "$OUT/oci" "$ctx"
fi

# The same files in one layer per platform (the shape of an image whose platforms each hold one big layer, like a
# language toolchain image): the layer tars of one architecture concatenated, exported as $OUT/onelayer.
if [ ! -f "$OUT/onelayer/index.json" ]; then
  one=$OUT/onelayer-context
  rm -rf "$one" "$OUT/onelayer"
  mkdir -p "$one"
  for arch in amd64 arm64; do
    for g in "${LAYER_GROUPS[@]}"; do
      if [ ! -f "$one/all-$arch.tar" ]; then cp "$ctx/layer-$arch-${g%%:*}.tar" "$one/all-$arch.tar"
      else tar --concatenate -f "$one/all-$arch.tar" "$ctx/layer-$arch-${g%%:*}.tar"; fi
    done
  done
  cat >"$one/Dockerfile" <<'DOCKERFILE'
FROM scratch
ARG TARGETARCH
ADD all-${TARGETARCH}.tar /
ENV PATH=/usr/lib/go-1.19/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
CMD ["/bin/bash"]
DOCKERFILE
  docker buildx build --platform linux/amd64,linux/arm64 --provenance=false \
    --output "type=oci,dest=$OUT/onelayer,tar=false" "$one"
  rm -rf "$one"
  du -sh "$OUT/onelayer"
fi
echo "bench images ready in $OUT/oci and $OUT/onelayer"
