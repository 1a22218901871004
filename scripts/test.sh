#!/usr/bin/env bash
# Runs every test: unit (vitest) and browser (Playwright on Debian chromium against a real build).
# and the type check (astro sync && tsc). Installs what it needs on a fresh machine.
# Ends with one line: "N passed, N failed, N skipped"; fails when anything failed or was skipped.
set -u
cd "$(dirname "$0")/.."
export ASTRO_TELEMETRY_DISABLED=1 CI="${CI:-true}"
mkdir -p .nianbao

if [ ! -x node_modules/.bin/astro ] || [ ! -x node_modules/.bin/node ]; then
  npm install --no-audit --no-fund || { echo "0 passed, 1 failed, 0 skipped"; exit 1; }
fi
# fonts-noto-cjk: pages are rendered with real CJK glyph widths, as on phones (best effort, like chromium).
if ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -q 'Noto Sans CJK'; then
  if [ "$(id -u)" = 0 ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk) >/dev/null 2>&1
  else
    sudo sh -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk' >/dev/null 2>&1
  fi
fi

rm -f .nianbao/vitest.json .nianbao/playwright.json
npx vitest run --reporter=default --reporter=json --outputFile=.nianbao/vitest.json
unit_rc=$?

build_rc=0
npm run build || build_rc=$?
e2e_rc=0
if [ "$build_rc" = 0 ]; then
  PLAYWRIGHT_JSON_OUTPUT_NAME=.nianbao/playwright.json npx playwright test --reporter=list,json || e2e_rc=$?
fi

# after the build, so astro sync finds the ingest report it generates types for
typecheck_rc=0
npm run --silent typecheck || typecheck_rc=$?

npx tsx scripts/test-summary.ts .nianbao/vitest.json .nianbao/playwright.json "$build_rc" "$typecheck_rc"
summary_rc=$?
if [ "$unit_rc" != 0 ] || [ "$build_rc" != 0 ] || [ "$e2e_rc" != 0 ] || [ "$typecheck_rc" != 0 ] || [ "$summary_rc" != 0 ]; then exit 1; fi
