#!/usr/bin/env bash
# Builds the real binaries the unit tests read, with real compilers, into __tests__/fixtures/bin/. Their output is
# committed (they are small), so the unit tests need no toolchain; rerun this after changing it. The compilers come
# from test-env/install-toolchains.sh.
#   go-<arch>            Go, static (CGO_ENABLED=0), stripped: amd64 arm64 386 ppc64le s390x riscv64, arm v6/v7
#   go-amd64-cgo         Go with cgo (net, os/user), dynamic: Go's own linker's layout, the dynamic tables in the
#                        read-only segment after the text
#   go115-amd64          Go 1.15 (build info in the pre-1.18 pointer format)
#   go-windows-<arch>.exe  Go for Windows (PE): amd64 arm64 386 arm
#   go-darwin-arm64 go-js.wasm   other formats, which must never be taken for ELF
#   c-windows-amd64.exe c-windows-386.exe   C for Windows, Debian's MinGW-w64 cross compilers
#   mingw-libwinpthread-1.dll   a real Windows DLL from Debian's MinGW-w64 runtime (stripped)
#   dotnet-<platform>.exe   .NET IL assemblies from Mono's C# compiler: anycpu x86 x64 arm (CLR header flags)
#   c-<arch>-dyn         C against glibc, dynamic: amd64 arm64 armhf(v7 hard float) armel(v5te soft float) 386
#                        ppc64le s390x riscv64
#   c-armv6-soft c-armv7-soft   C, -march=armv6/armv7-a, soft float (armel toolchain)
#   c-amd64-static       C, static glibc;  c-amd64-musl-static  C, static musl;  c-amd64-static-pie
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
src=$here/__tests__/fixtures/src
out=$here/__tests__/fixtures/bin
mkdir -p "$out"
export GOFLAGS=-trimpath GOTOOLCHAIN=local CGO_ENABLED=0
gobuild() { (cd "$src" && env GOOS="$1" GOARCH="$2" GOARM="${3:-7}" go build -buildvcs=false -ldflags='-s -w' -o "$out/$4" .); }
for arch in amd64 arm64 386 ppc64le s390x riscv64; do gobuild linux $arch "" go-$arch; done
gobuild linux arm 7 go-arm-v7
gobuild linux arm 6 go-arm-v6
(cd "$src/gonet" && CGO_ENABLED=1 GOOS=linux GOARCH=amd64 go build -buildvcs=false -ldflags='-s -w' -o "$out/go-amd64-cgo" .)
(cd "$src" && GOOS=linux GOARCH=amd64 GOFLAGS=-mod=mod /usr/lib/go-1.15/bin/go build -trimpath -ldflags='-s -w' -o "$out/go115-amd64" .)
for arch in amd64 arm64 386 arm; do gobuild windows $arch "" go-windows-$arch.exe; done
gobuild darwin arm64 "" go-darwin-arm64
gobuild js wasm "" go-js.wasm

cc() { "$1" -O2 -s "${@:3}" -o "$out/$2" "$src/hello.c"; }
cc gcc c-amd64-dyn
cc gcc c-amd64-static -static
cc gcc c-amd64-static-pie -static-pie
cc musl-gcc c-amd64-musl-static -static
cc aarch64-linux-gnu-gcc c-arm64-dyn
cc arm-linux-gnueabihf-gcc c-armhf-dyn
cc arm-linux-gnueabi-gcc c-armel-dyn
cc arm-linux-gnueabi-gcc c-armv6-soft -march=armv6 -marm
cc arm-linux-gnueabi-gcc c-armv7-soft -march=armv7-a -marm
cc i686-linux-gnu-gcc c-386-dyn
cc powerpc64le-linux-gnu-gcc c-ppc64le-dyn
cc s390x-linux-gnu-gcc c-s390x-dyn
cc riscv64-linux-gnu-gcc c-riscv64-dyn
cc x86_64-w64-mingw32-gcc c-windows-amd64.exe
cc i686-w64-mingw32-gcc c-windows-386.exe
x86_64-w64-mingw32-strip -o "$out/mingw-libwinpthread-1.dll" /usr/x86_64-w64-mingw32/lib/libwinpthread-1.dll
for p in anycpu x86 x64 arm; do mcs -nologo -platform:$p -out:"$out/dotnet-$p.exe" "$src/Hello.cs"; done
ls -l "$out"

# A zstd-compressed layer holding the arm64 Go binary, for the zstd decompressors (node:zlib and fzstd).
layers=$here/__tests__/fixtures/layers
mkdir -p "$layers"
stage=$(mktemp -d)
mkdir -p "$stage/usr/bin" && cp "$out/go-arm64" "$stage/usr/bin/app"
tar -C "$stage" --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -cf - usr | zstd -q -19 -f -o "$layers/app.tar.zst"
rm -rf "$stage"
ls -l "$layers"
