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

export NODE_OPTIONS=--experimental-vm-modules
status=0
npx jest --ci --selectProjects unit --json --outputFile=.tmp/unit.json || status=1
npx jest --ci --selectProjects hostile --json --outputFile=.tmp/hostile.json || status=1
npx jest --ci --selectProjects integration --runInBand --json --outputFile=.tmp/integration.json || status=1

# shellcheck disable=SC2016 # a Node script: its template literals are not the shell's
node -e '
  const fs = require("fs")
  let passed = 0, failed = 0
  for (const f of [".tmp/unit.json", ".tmp/hostile.json", ".tmp/integration.json"]) {
    if (!fs.existsSync(f)) { failed++; continue }
    const r = JSON.parse(fs.readFileSync(f, "utf8"))
    passed += r.numPassedTests
    failed += r.numFailedTests + (r.numRuntimeErrorTestSuites || 0)
  }
  console.log(`${passed} passed, ${failed} failed`)
'
exit $status
