#!/usr/bin/env bash
# The whole test suite: lint, typecheck, formatting, unit and integration tests (Vitest),
# the production build, and end-to-end tests (Playwright in Chromium against that build).
# Ends with one line "N passed, N failed" and a non-zero exit on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
mkdir -p reports
rm -f reports/vitest.json reports/playwright.json

passed=0
failed=0
check() {
  local name=$1
  shift
  echo "▶ $name"
  if "$@"; then
    passed=$((passed + 1))
    echo "✓ $name"
  else
    failed=$((failed + 1))
    echo "✗ $name failed"
  fi
}

# count FILE PASSED_FIELD FAILED_FIELD: adds a runner's JSON totals (a missing report is a failure).
count() {
  local file=$1
  if [ ! -s "$file" ]; then
    echo "✗ no report at $file"
    failed=$((failed + 1))
    return
  fi
  read -r p f < <(node -e "
    const r = require('./$file');
    const p = r.numPassedTests ?? r.stats.expected;
    const f = (r.numFailedTests ?? r.stats.unexpected) + (r.stats?.flaky ?? 0);
    console.log(p, f);")
  passed=$((passed + p))
  failed=$((failed + f))
}

if [ ! -x "$CHROMIUM" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "▶ installing Debian's chromium for the browser tests"
    apt-get update -qq && apt-get install -y -qq chromium >/dev/null
  else
    echo "The browser tests need Chromium at $CHROMIUM: run 'sudo apt-get install -y chromium'"
    echo "(or set CHROMIUM_PATH to a Chromium binary)."
  fi
fi

if ! command -v redis-server >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "▶ installing Debian's redis-server for the shared-cache tests"
    apt-get install -y -qq redis-server >/dev/null || { apt-get update -qq && apt-get install -y -qq redis-server >/dev/null; }
  else
    echo "The shared-cache tests need redis-server: run 'sudo apt-get install -y redis-server'."
  fi
fi

if ! command -v nginx >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "▶ installing Debian's nginx for the HTTP cache tests"
    apt-get install -y -qq nginx >/dev/null || { apt-get update -qq && apt-get install -y -qq nginx >/dev/null; }
  else
    echo "The HTTP cache tests need nginx: run 'sudo apt-get install -y nginx'."
  fi
fi

check "lint" npx eslint --max-warnings=0 .
check "typecheck" npx tsc --noEmit
check "formatting" npx prettier --check --log-level warn .

echo "▶ unit and integration tests"
npx vitest run --reporter=default --reporter=json --outputFile=reports/vitest.json
count reports/vitest.json

if npx next build; then
  passed=$((passed + 1))
  echo "▶ end-to-end tests"
  PLAYWRIGHT_JSON_OUTPUT_NAME=reports/playwright.json npx playwright test --reporter=list,json
  count reports/playwright.json
else
  failed=$((failed + 1))
  echo "✗ build failed: end-to-end tests skipped"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
