#!/usr/bin/env bash
# Installs and starts what the integration tests need: a Docker engine with buildx and the containerd
# image store, QEMU binfmt handlers, a loopback registry, and the toolchains the fixture scripts use.
# Idempotent: every step is skipped when its result is already there. Needs root and Debian 12.
# Recipe: shared/ENVIRONMENT.md.
set -euo pipefail

log() { printf '[setup-env] %s\n' "$*"; }
have() { command -v "$1" >/dev/null 2>&1; }

if [ "$(id -u)" -ne 0 ]; then
  echo "setup-env.sh: run as root (it installs Debian packages and starts dockerd)" >&2
  exit 2
fi

REGISTRY_ADDR=${MV_REGISTRY_ADDR:-127.0.0.1:5000}
STATE_DIR=${MV_STATE_DIR:-/var/lib/multiarch-verify-env}
mkdir -p "$STATE_DIR"

# 1. Debian packages. docker-buildx is only in trixie: add it pinned low so nothing else upgrades.
if [ ! -f /etc/apt/sources.list.d/trixie.sources ]; then
  log "adding the trixie source (pinned at priority 100)"
  awk 'BEGIN{RS="";ORS="\n"} NR==1' /etc/apt/sources.list.d/debian.sources \
    | sed -e 's/^Suites:.*/Suites: trixie/' >/etc/apt/sources.list.d/trixie.sources
  printf 'Package: *\nPin: release n=trixie\nPin-Priority: 100\n' >/etc/apt/preferences.d/trixie
  rm -f "$STATE_DIR/apt-updated"
fi
if ! dpkg --print-foreign-architectures | grep -qx arm64; then
  dpkg --add-architecture arm64
  rm -f "$STATE_DIR/apt-updated"
fi

PKGS_TRIXIE=(docker.io/trixie docker-cli/trixie docker-buildx/trixie)
PKGS=(qemu-user-static binfmt-support docker-registry iptables golang-go busybox-static)
missing=()
for p in docker.io docker-buildx "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "installing: ${missing[*]}"
  if [ ! -f "$STATE_DIR/apt-updated" ]; then
    apt-get update -qq
    touch "$STATE_DIR/apt-updated"
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${PKGS_TRIXIE[@]}" "${PKGS[@]}" >/dev/null
else
  log "packages already installed"
fi

# 2. binfmt: QEMU handlers with the F flag, so foreign RUN steps work inside containers.
[ -e /proc/sys/fs/binfmt_misc/register ] || mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc
if [ ! -e /proc/sys/fs/binfmt_misc/qemu-aarch64 ]; then
  log "registering QEMU binfmt handlers"
  update-binfmts --enable
fi

# A test that disables a handler (to play a runner without QEMU) re-enables it; this mends an interrupted run.
for h in /proc/sys/fs/binfmt_misc/qemu-*; do
  [ "$(head -1 "$h")" = enabled ] || echo 1 >"$h"
done

# 3. dockerd with the containerd image store (multi-platform builds and OCI export on the docker driver).
mkdir -p /etc/docker
want='{"features":{"containerd-snapshotter":true}}'
if [ "$(cat /etc/docker/daemon.json 2>/dev/null)" != "$want" ]; then
  echo "$want" >/etc/docker/daemon.json
fi
# A daemon whose docker0 bridge was deleted under it cannot run a RUN step again: restart it (it makes the bridge).
if command -v ip >/dev/null && docker info >/dev/null 2>&1 && ! ip link show docker0 >/dev/null 2>&1; then
  log "docker0 is gone: restarting dockerd"
  pkill -x dockerd || true
  for _ in $(seq 1 30); do pgrep -x dockerd >/dev/null || break; sleep 1; done
fi
if ! docker info >/dev/null 2>&1; then
  log "starting dockerd"
  nohup dockerd >/var/log/dockerd.log 2>&1 &
  for _ in $(seq 1 60); do
    docker info >/dev/null 2>&1 && break
    sleep 1
  done
  docker info >/dev/null 2>&1 || { tail -20 /var/log/dockerd.log >&2; echo "setup-env.sh: dockerd did not start" >&2; exit 1; }
fi
log "docker: $(docker version --format '{{.Server.Version}}') · buildx: $(docker buildx version | awk '{print $2}')"

# 4. A loopback registry for registry-source tests.
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
  curl -fsS "http://$REGISTRY_ADDR/v2/" >/dev/null || { echo "setup-env.sh: registry did not start" >&2; exit 1; }
fi

platforms=$(docker buildx inspect 2>/dev/null | sed -n 's/^Platforms: *//p' | head -1)
log "builder platforms: $platforms"
case "$platforms" in
  *linux/arm64*) ;;
  *) echo "setup-env.sh: the default builder lacks linux/arm64 (binfmt not active?)" >&2; exit 1 ;;
esac
log "ready"
