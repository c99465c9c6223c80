#!/usr/bin/env bash
# Rebuilds the bundled example image, examples/go-wrong-arch.oci.tar: the Dockerfile in examples/go-wrong-arch built
# for linux/amd64 and linux/arm64 with real buildx, so its arm64 image holds an x86-64 /server. Needs Docker with
# buildx and QEMU (scripts/setup-env.sh) and the local base images (test-env/make-bases.sh).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bash "$here/../test-env/make-bases.sh"
SOURCE_DATE_EPOCH=0 docker buildx build \
  --platform linux/amd64,linux/arm64 \
  --provenance=mode=min \
  --output "type=oci,dest=$here/go-wrong-arch.oci.tar" \
  "$here/go-wrong-arch"
ls -l "$here/go-wrong-arch.oci.tar"
