#!/usr/bin/env bash
# Builds the jars the unit tests read the central directory of, with the JDK's `jar` and Info-ZIP's `zip`, into
# __tests__/fixtures/jar/. Their output is committed (a few kilobytes); rerun this after changing it.
#   natives.jar       JNA's layout: com/sun/jna/<platform>/libjnidispatch.so for linux-x86-64 and linux-aarch64, a
#                     darwin .jnilib, a class; made by `jar` (deflated, data descriptors)
#   natives-x64.jar   the same with only linux-x86-64's native
#   zip64.jar         the x64 jar written again by `zip -fz`: a zip64 end of central directory record and locator
#   launcher.jar      a shell script followed by the zip (a self-running jar): every recorded offset is shifted
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
out=$here/__tests__/fixtures/jar
bin=$here/__tests__/fixtures/bin
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out" "$work/all/com/sun/jna/linux-x86-64" "$work/all/com/sun/jna/linux-aarch64" "$work/all/com/sun/jna/darwin-aarch64"
cp "$bin/c-amd64-dyn" "$work/all/com/sun/jna/linux-x86-64/libjnidispatch.so"
cp "$bin/c-arm64-dyn" "$work/all/com/sun/jna/linux-aarch64/libjnidispatch.so"
printf 'not a real Mach-O\n' >"$work/all/com/sun/jna/darwin-aarch64/libjnidispatch.jnilib"
printf '\xca\xfe\xba\xbe' >"$work/all/com/sun/jna/Native.class"
cp -r "$work/all" "$work/x64"
rm -r "$work/x64/com/sun/jna/linux-aarch64"
find "$work" -exec touch -d 2024-01-01T00:00:00Z {} +
(cd "$work/all" && jar --create --file "$out/natives.jar" --no-manifest com)
(cd "$work/x64" && jar --create --file "$out/natives-x64.jar" --no-manifest com)
rm -f "$out/zip64.jar"
(cd "$work/x64" && zip -q -X -r -fz "$out/zip64.jar" com)
# shellcheck disable=SC2016 # the launcher's own $0 and $@, for the shell that runs it
printf '#!/bin/sh\nexec java -jar "$0" "$@"\n' >"$work/launcher.sh"
cat "$work/launcher.sh" "$out/natives-x64.jar" >"$out/launcher.jar"
ls -l "$out"
