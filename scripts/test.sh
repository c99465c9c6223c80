#!/usr/bin/env bash
# The whole test suite: unit tests (pure, no Docker), then integration tests against a real Docker engine with
# buildx, QEMU and a loopback registry, which scripts/setup-env.sh installs and starts when they are not running.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1
mkdir -p .tmp

if ! docker buildx inspect >/dev/null 2>&1 || ! curl -fsS http://127.0.0.1:5000/v2/ >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then
    bash scripts/setup-env.sh || exit 1
  else
    echo "test.sh: the integration tests need Docker with buildx and QEMU; run 'sudo bash scripts/setup-env.sh' first" >&2
    exit 1
  fi
fi

# The tests' temporary files go to a directory of this run's own, so that what they leave behind is known (and no
# other run on the machine can be blamed): after the suite, no multiarch-verify-* directory (the work directory of a
# build, which holds the exports of every platform) may be left in it. Jest's transform cache stays where it was.
jest_cache=$(node -p 'require("path").join(require("os").tmpdir(), "jest_" + process.getuid().toString(36))')
run_tmp=$(mktemp -d "${TMPDIR:-/tmp}/mv-test-run.XXXXXX") || exit 1
trap 'rm -rf "$run_tmp"' EXIT
export TMPDIR=$run_tmp
jest=(npx jest --ci --cacheDirectory "$jest_cache")

export NODE_OPTIONS=--experimental-vm-modules
status=0
"${jest[@]}" --selectProjects unit --json --outputFile=.tmp/unit.json || status=1
"${jest[@]}" --selectProjects hostile --json --outputFile=.tmp/hostile.json || status=1
"${jest[@]}" --selectProjects integration --runInBand --json --outputFile=.tmp/integration.json || status=1

shopt -s nullglob
leaked=("$run_tmp"/multiarch-verify-*)
if [ ${#leaked[@]} -gt 0 ]; then
  echo "test.sh: FAILED: the tests left ${#leaked[@]} multiarch-verify-* director(ies) in the temp dir:" >&2
  for d in "${leaked[@]}"; do echo "  ${d##*/}" >&2; done
  status=1
fi

# shellcheck disable=SC2016 # a Node script: its template literals are not the shell's
LEAKED=${#leaked[@]} node -e '
  const fs = require("fs")
  // A directory left behind counts as a failed test.
  let passed = 0, failed = Number(process.env.LEAKED)
  for (const f of [".tmp/unit.json", ".tmp/hostile.json", ".tmp/integration.json"]) {
    if (!fs.existsSync(f)) { failed++; continue }
    const r = JSON.parse(fs.readFileSync(f, "utf8"))
    passed += r.numPassedTests
    failed += r.numFailedTests + (r.numRuntimeErrorTestSuites || 0)
  }
  console.log(`${passed} passed, ${failed} failed`)
'
exit $status
