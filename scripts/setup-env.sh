#!/usr/bin/env bash
# Installs and starts what the tests need: a Docker engine with buildx and the containerd image store, QEMU binfmt
# handlers, a loopback registry, the toolchains the fixture scripts use, and every command the scripts and tests call
# (scripts/commands.txt: curl, ip, openssl, shellcheck, zstd, git, ...), which it checks are found when it is done.
#
# Needs: Debian 12 (bookworm), root, and Node.js 20 or newer on PATH (not installed here: Debian 12's nodejs is 18).
# Works from a minimal system (debootstrap --variant=minbase; scripts/check-setup-minbase.sh proves it).
# Idempotent: every step is skipped when its result is already there, so a second run changes nothing.
#
#   MV_SETUP_NO_START=1   install and configure only: start no daemon (dockerd, the registry) and leave binfmt alone;
#                         for a chroot that shares the host's kernel, network and binfmt handlers.
#
# Recipe: shared/ENVIRONMENT.md.
set -euo pipefail

log() { printf '[setup-env] %s\n' "$*"; }
die() {
  printf 'setup-env.sh: %s\n' "$*" >&2
  exit 1
}
have() { command -v "$1" >/dev/null 2>&1; }

[ "$(id -u)" -eq 0 ] || {
  echo "setup-env.sh: run as root (it installs Debian packages and starts dockerd)" >&2
  exit 2
}

REGISTRY_ADDR=${MV_REGISTRY_ADDR:-127.0.0.1:5000}
STATE_DIR=${MV_STATE_DIR:-/var/lib/multiarch-verify-env}
NO_START=${MV_SETUP_NO_START:-}
COMMANDS=$(dirname "$0")/commands.txt
[ -r "$COMMANDS" ] || die "$COMMANDS is missing: run this script from the repository"
mkdir -p "$STATE_DIR"

# 0. The prerequisite this script does not install.
node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
[ "$node_major" -ge 20 ] || die "Node.js 20 or newer must be on PATH (found: $(node -v 2>/dev/null || echo none))"

# 1. Debian packages. docker-buildx is only in trixie: add it pinned low so nothing else upgrades.
# The mirror is the one the machine already uses for bookworm (deb822 debian.sources, or a one-line sources.list as
# debootstrap writes it), else Debian's default.
mirror_uri() {
  local uri=''
  if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    uri=$(awk '/^URIs:/ && !/security/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources)
  fi
  if [ -z "$uri" ] && [ -f /etc/apt/sources.list ]; then
    uri=$(awk '$1 == "deb" && !/security/ {for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\//) {print $i; exit}}' \
      /etc/apt/sources.list)
  fi
  echo "${uri:-http://deb.debian.org/debian}"
}
TRIXIE=/etc/apt/sources.list.d/trixie.sources
if ! grep -qs '^Suites: trixie$' "$TRIXIE"; then
  log "adding the trixie source (pinned at priority 100)"
  # Written whole or not at all: an empty or partial file would make the next run skip this step.
  printf 'Types: deb\nURIs: %s\nSuites: trixie\nComponents: main\nSigned-By: %s\n' \
    "$(mirror_uri)" /usr/share/keyrings/debian-archive-keyring.gpg >"$TRIXIE.tmp"
  mv "$TRIXIE.tmp" "$TRIXIE"
  rm -f "$STATE_DIR/apt-updated"
fi
PIN=$'Package: *\nPin: release n=trixie\nPin-Priority: 100'
if [ "$(cat /etc/apt/preferences.d/trixie 2>/dev/null)" != "$PIN" ]; then
  printf '%s\n' "$PIN" >/etc/apt/preferences.d/trixie
  rm -f "$STATE_DIR/apt-updated"
fi
if ! dpkg --print-foreign-architectures | grep -qx arm64; then
  dpkg --add-architecture arm64
  rm -f "$STATE_DIR/apt-updated"
fi

# apt-get update fails as a whole when one index does, and a foreign architecture's bookworm-security index is
# sometimes mid-sync on the mirror. Retry; then carry on if what this script installs and the fixture scripts
# download (arm64 packages) resolve from the indexes that were fetched.
apt_update() {
  local try
  for try in 1 2 3; do
    apt-get -o DPkg::Lock::Timeout=300 update -qq && return 0
    log "apt-get update failed (try $try of 3)"
    [ "$try" -lt 3 ] && sleep $((try * 10))
  done
  if apt-cache policy docker-buildx | grep -q 'Candidate: [0-9]' &&
    apt-cache policy busybox-static:arm64 | grep -q 'Candidate: [0-9]'; then
    log "carrying on: the indexes this setup needs were fetched"
    return 0
  fi
  return 1
}

PKGS_TRIXIE=(docker.io/trixie docker-cli/trixie docker-buildx/trixie)
PKGS=(qemu-user-static binfmt-support docker-registry iptables golang-go busybox-static
  ca-certificates curl iproute2 openssl procps shellcheck zstd git
  openjdk-17-jdk-headless binutils gcc gcc-aarch64-linux-gnu libc6-dev-arm64-cross)
missing=()
for p in docker.io docker-cli docker-buildx "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "installing: ${missing[*]}"
  if [ ! -f "$STATE_DIR/apt-updated" ]; then
    apt_update || die "apt-get update failed; see above"
    touch "$STATE_DIR/apt-updated"
  fi
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends \
    "${PKGS_TRIXIE[@]}" "${PKGS[@]}" >/dev/null
else
  log "packages already installed"
fi

# 2. dockerd's configuration: the containerd image store (multi-platform builds and OCI export on the docker driver).
mkdir -p /etc/docker
want='{"features":{"containerd-snapshotter":true}}'
if [ "$(cat /etc/docker/daemon.json 2>/dev/null)" != "$want" ]; then
  echo "$want" >/etc/docker/daemon.json
fi

# Every command the scripts and the tests call (scripts/commands.txt), found on PATH (or, for buildx, as the docker
# CLI plugin).
check_commands() {
  local c missing=() found=()
  while read -r c _; do
    if have "$c"; then found+=("$c"); else missing+=("$c"); fi
  done < <(grep -Ev '^[[:space:]]*(#|$)' "$COMMANDS")
  [ ${#found[@]} -gt 0 ] || die "$COMMANDS lists no command"
  docker buildx version >/dev/null 2>&1 || missing+=("docker buildx (the plugin)")
  # The interpreters the binfmt handlers name (registered from the host's kernel; present when a package provides them).
  for h in /proc/sys/fs/binfmt_misc/qemu-aarch64 /proc/sys/fs/binfmt_misc/qemu-arm; do
    [ -r "$h" ] || continue
    c=$(sed -n 's/^interpreter //p' "$h")
    [ -z "$c" ] || [ -x "$c" ] || missing+=("$c (the interpreter of $h)")
  done
  [ ${#missing[@]} -eq 0 ] || die "not found after setup: ${missing[*]}"
  log "commands found: ${found[*]} docker-buildx"
}

if [ -n "$NO_START" ]; then
  check_commands
  log "installed (MV_SETUP_NO_START: no daemon started, binfmt left as it is)"
  exit 0
fi

# 3. binfmt: QEMU handlers, so foreign RUN steps work inside containers.
[ -e /proc/sys/fs/binfmt_misc/register ] || mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc
if [ ! -e /proc/sys/fs/binfmt_misc/qemu-aarch64 ]; then
  log "registering QEMU binfmt handlers"
  update-binfmts --enable
fi
# A test that disables a handler (to play a runner without QEMU) re-enables it; this mends an interrupted run.
for h in /proc/sys/fs/binfmt_misc/qemu-*; do
  [ "$(head -1 "$h")" = enabled ] || echo 1 >"$h"
done

# 4. dockerd. Inside a container on cgroup v2 (a CI job container), the processes already there move to a child
# cgroup first, as Docker's own dind entrypoint does: a cgroup that holds processes cannot delegate controllers.
if [ -f /.dockerenv ] && [ -f /sys/fs/cgroup/cgroup.controllers ] && ! pgrep -x dockerd >/dev/null &&
  [ ! -s /sys/fs/cgroup/cgroup.subtree_control ]; then
  log "cgroup v2 in a container: moving its processes to /sys/fs/cgroup/init"
  mkdir -p /sys/fs/cgroup/init
  xargs -rn1 </sys/fs/cgroup/cgroup.procs >/sys/fs/cgroup/init/cgroup.procs 2>/dev/null || true
  sed -e 's/ / +/g' -e 's/^/+/' </sys/fs/cgroup/cgroup.controllers >/sys/fs/cgroup/cgroup.subtree_control
fi
# A daemon whose docker0 bridge was deleted under it cannot run a RUN step again: restart it (it makes the bridge).
if docker info >/dev/null 2>&1 && ! ip link show docker0 >/dev/null 2>&1; then
  log "docker0 is gone: restarting dockerd"
  pkill -x dockerd || true
  for _ in $(seq 1 30); do
    pgrep -x dockerd >/dev/null || break
    sleep 1
  done
fi
if ! docker info >/dev/null 2>&1; then
  log "starting dockerd"
  nohup dockerd >/var/log/dockerd.log 2>&1 &
  for _ in $(seq 1 60); do
    docker info >/dev/null 2>&1 && break
    sleep 1
  done
  docker info >/dev/null 2>&1 || {
    tail -20 /var/log/dockerd.log >&2
    die "dockerd did not start"
  }
fi
log "docker: $(docker version --format '{{.Server.Version}}') · buildx: $(docker buildx version | awk '{print $2}')"

# 5. A loopback registry for registry-source tests.
if ! curl -fsS "http://$REGISTRY_ADDR/v2/" >/dev/null 2>&1; then
  log "starting docker-registry on $REGISTRY_ADDR"
  mkdir -p "$STATE_DIR/registry"
  cat >"$STATE_DIR/registry.yml" <<YML
version: 0.1
storage:
  filesystem:
    rootdirectory: $STATE_DIR/registry
  delete:
    enabled: true
http:
  addr: $REGISTRY_ADDR
YML
  nohup docker-registry serve "$STATE_DIR/registry.yml" >/var/log/mv-registry.log 2>&1 &
  for _ in $(seq 1 30); do
    curl -fsS "http://$REGISTRY_ADDR/v2/" >/dev/null 2>&1 && break
    sleep 0.5
  done
  curl -fsS "http://$REGISTRY_ADDR/v2/" >/dev/null || die "registry did not start"
fi

platforms=$(docker buildx inspect 2>/dev/null | sed -n 's/^Platforms: *//p' | head -1)
log "builder platforms: $platforms"
case "$platforms" in
  *linux/arm64*) ;;
  *) die "the default builder lacks linux/arm64 (binfmt not active?)" ;;
esac
check_commands
log "ready"
