#!/usr/bin/env bash
# Proves that scripts/setup-env.sh works on a minimal Debian 12: in a fresh `debootstrap --variant=minbase bookworm`
# chroot, with Node.js added as the README says (the host's node binary copied in), it runs twice without error, and
# afterwards every command the scripts and tests call is found there.
#
#   sudo bash scripts/check-setup-minbase.sh [DIR]      (default DIR: /var/tmp/mv-minbase; takes a few minutes)
#
# setup-env.sh runs with MV_SETUP_NO_START=1: a chroot shares the host's kernel, network namespace and binfmt
# handlers, so a second dockerd there would fight the host's over docker0 and iptables, and registering handlers
# would change the host's. Installation and configuration are checked; starting the daemons is what `npm test` and
# .ci/run do on a real machine.
#
#   MV_MINBASE_CACHE=FILE  keep the untouched debootstrap result as a tarball and start from it next time
#                          (default /var/cache/multiarch-verify-test/minbase-bookworm.tar; empty: always debootstrap)
#   MV_KEEP_CHROOT=1       leave DIR in place afterwards
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
DIR=${1:-/var/tmp/mv-minbase}
CACHE=${MV_MINBASE_CACHE-/var/cache/multiarch-verify-test/minbase-bookworm.tar}
log() { printf '[check-setup-minbase] %s\n' "$*"; }
fail() {
  printf 'check-setup-minbase.sh: FAIL: %s\n' "$*" >&2
  exit 1
}

[ "$(id -u)" -eq 0 ] || fail "run as root (debootstrap, chroot and mounts need it)"
case "$DIR" in /* ) ;; *) fail "DIR must be an absolute path" ;; esac
[ "$DIR" != / ] || fail "DIR must not be /"

MOUNTS=()
cleanup() {
  local i
  # Innermost first; lazily, so a process that lingers does not keep the host's /dev or /proc mounted in DIR.
  for ((i = ${#MOUNTS[@]} - 1; i >= 0; i--)); do
    umount -l "${MOUNTS[$i]}" 2>/dev/null || true
  done
  if [ -z "${MV_KEEP_CHROOT:-}" ] && ! grep -q " $DIR" /proc/mounts; then rm -rf "$DIR"; fi
}
trap cleanup EXIT
mnt() { # mnt ARGS... TARGET
  mount "$@"
  MOUNTS+=("${*: -1}")
}

if ! command -v debootstrap >/dev/null; then
  log "installing debootstrap"
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends \
    debootstrap >/dev/null
fi

# A fresh minimal system. Nothing of an earlier run is reused but the untouched debootstrap result.
grep -q " $DIR" /proc/mounts && fail "something is still mounted under $DIR"
rm -rf "$DIR"
mkdir -p "$DIR"
if [ -n "$CACHE" ] && [ -s "$CACHE" ]; then
  log "unpacking the cached debootstrap result $CACHE"
  tar -C "$DIR" -xpf "$CACHE"
else
  log "debootstrap --variant=minbase bookworm $DIR"
  debootstrap --variant=minbase bookworm "$DIR" >"$DIR.debootstrap.log" 2>&1 ||
    fail "debootstrap failed: $(tail -3 "$DIR.debootstrap.log")"
  rm -f "$DIR.debootstrap.log"
  if [ -n "$CACHE" ]; then
    mkdir -p "$(dirname "$CACHE")"
    tar -C "$DIR" -cpf "$CACHE.tmp" . && mv "$CACHE.tmp" "$CACHE"
  fi
fi
[ ! -e "$DIR/etc/apt/sources.list.d/debian.sources" ] || log "note: this debootstrap wrote debian.sources"
for c in curl ip openssl docker go zstd git node npm; do
  ! chroot "$DIR" /bin/sh -c "command -v $c" >/dev/null 2>&1 || fail "the fresh minbase system already has $c"
done

# Node.js as documented: Debian 12's nodejs is 18, so the host's Node 20+ binary is copied in, with the npm it ships.
NODE=$(command -v node) || fail "no node on the host to copy"
install -m 0755 "$(readlink -f "$NODE")" "$DIR/usr/local/bin/node"
NPM_CLI=$(readlink -f "$(command -v npm)") || fail "no npm on the host to copy"
NPM_DIR=${NPM_CLI%/bin/npm-cli.js}
[ -f "$NPM_DIR/package.json" ] || fail "the host's npm ($NPM_CLI) is not laid out as Node.js ships it"
mkdir -p "$DIR/usr/local/lib/node_modules"
cp -a "$NPM_DIR" "$DIR/usr/local/lib/node_modules/npm"
ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$DIR/usr/local/bin/npm"
ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$DIR/usr/local/bin/npx"
cp -L /etc/resolv.conf "$DIR/etc/resolv.conf"
mkdir -p "$DIR/opt/multiarch-verify"
cp -a "$ROOT/scripts" "$DIR/opt/multiarch-verify/"

mnt -t proc proc "$DIR/proc"
mnt --bind /sys "$DIR/sys"
mnt --bind /dev "$DIR/dev"
mnt --bind /dev/pts "$DIR/dev/pts"

in_chroot() {
  chroot "$DIR" /usr/bin/env -i HOME=/root LANG=C.UTF-8 \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin "$@"
}
in_chroot node -v >/dev/null || fail "the copied node does not run in the chroot"
in_chroot npm -v >/dev/null || fail "the copied npm does not run in the chroot"
log "node $(in_chroot node -v), npm $(in_chroot npm -v) in the chroot"

for run in 1 2; do
  log "setup-env.sh, run $run"
  start=$(date +%s)
  in_chroot MV_SETUP_NO_START=1 bash /opt/multiarch-verify/scripts/setup-env.sh >"$DIR.setup-$run.log" 2>&1 ||
    {
      tail -30 "$DIR.setup-$run.log" >&2
      fail "setup-env.sh run $run exited non-zero"
    }
  sed 's/^/    /' "$DIR.setup-$run.log"
  log "run $run took $(($(date +%s) - start)) s"
  rm -f "$DIR.setup-$run.log"
done

# Checked here, not by setup-env.sh's own word: every command the scripts and tests call (scripts/commands.txt).
missing=()
checked=()
while read -r c _; do
  checked+=("$c")
  # shellcheck disable=SC2016 # "$1" is the inner shell's: the command name, passed as an argument
  in_chroot /bin/sh -c 'command -v "$1"' sh "$c" </dev/null >/dev/null 2>&1 || missing+=("$c")
done < <(grep -Ev '^[[:space:]]*(#|$)' "$ROOT/scripts/commands.txt")
[ ${#checked[@]} -gt 0 ] || fail "scripts/commands.txt lists no command"
in_chroot docker buildx version >/dev/null 2>&1 || missing+=("docker buildx")
# The interpreters the host's QEMU handlers name exist in the chroot (binfmt_misc is the host kernel's).
for h in /proc/sys/fs/binfmt_misc/qemu-*; do
  [ -r "$h" ] || continue
  interp=$(sed -n 's/^interpreter //p' "$h")
  case "$(basename "$h")" in qemu-aarch64 | qemu-arm | qemu-ppc64le | qemu-s390x | qemu-riscv64) ;; *) continue ;; esac
  [ -x "$DIR$interp" ] || missing+=("$interp (the interpreter of the host's $(basename "$h") handler)")
done
[ ${#missing[@]} -eq 0 ] || fail "not found in the chroot: ${missing[*]}"
grep -qs '^Suites: trixie$' "$DIR/etc/apt/sources.list.d/trixie.sources" || fail "trixie.sources is missing or empty"
log "OK: setup-env.sh ran twice; found: ${checked[*]} docker-buildx"
log "    $(in_chroot docker buildx version) · $(in_chroot go version) · $(in_chroot openssl version)"
