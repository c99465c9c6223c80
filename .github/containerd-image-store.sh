#!/usr/bin/env bash
# For the e2e workflow's docker-driver jobs: turn on the containerd image store of the runner's Docker engine, the
# only store from which the docker driver exports OCI (Docker 29+ has it on by default on fresh installs; the
# runner's engine may not). Keeps whatever else the runner's daemon.json sets.
set -euo pipefail
cfg=$(sudo cat /etc/docker/daemon.json 2>/dev/null || echo '{}')
jq '.features["containerd-snapshotter"] = true' <<<"$cfg" | sudo tee /etc/docker/daemon.json >/dev/null
sudo systemctl restart docker
for _ in $(seq 1 30); do
  docker info >/dev/null 2>&1 && break
  sleep 1
done
docker info --format '{{.DriverStatus}}' | grep -q io.containerd.snapshotter ||
  { echo "containerd-image-store.sh: the engine did not come back with the containerd image store" >&2; exit 1; }
echo "containerd image store on: $(docker info --format '{{.DriverStatus}}')"
