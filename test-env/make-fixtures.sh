#!/usr/bin/env bash
# Builds the real ELF binaries the unit tests read, with real compilers, into __tests__/fixtures/bin/.
# Their output is committed (they are small), so the unit tests need no toolchain; rerun this after changing it.
#   go-<arch>      Go, static (CGO_ENABLED=0), stripped, for each GOARCH below
#   c-amd64-dyn    C, dynamic against glibc (the host gcc)
#   c-amd64-static C, static against glibc
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
src=$here/__tests__/fixtures/src
out=$here/__tests__/fixtures/bin
mkdir -p "$out"
export GOFLAGS=-trimpath GOTOOLCHAIN=local CGO_ENABLED=0
for arch in amd64 arm64 386 ppc64le s390x riscv64; do
  (cd "$src" && GOOS=linux GOARCH=$arch go build -ldflags='-s -w' -o "$out/go-$arch" .)
done
(cd "$src" && GOOS=linux GOARCH=arm GOARM=7 go build -ldflags='-s -w' -o "$out/go-arm-v7" .)
(cd "$src" && GOOS=linux GOARCH=arm GOARM=6 go build -ldflags='-s -w' -o "$out/go-arm-v6" .)
gcc -O2 -s -o "$out/c-amd64-dyn" "$src/hello.c"
gcc -O2 -s -static -o "$out/c-amd64-static" "$src/hello.c"
ls -l "$out"
