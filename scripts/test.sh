#!/usr/bin/env bash
# `npm test`: every test, on real engines. Installs the engines if missing (cached outside the
# repo), type-checks, lints, builds the UI for the browser test, then runs mocha over test/.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
bash scripts/install-engines.sh --cluster   # the fault suite (test/cluster) runs the Temporal server
echo "== typecheck"; npm run --silent typecheck
echo "== lint"; npx eslint --max-warnings 0 .
echo "== build UI"; npx vite build --config ui/vite.config.mts --logLevel warn
echo "== tests"
npx mocha 'test/**/*.test.ts' "$@"
echo "== npm test took $(( $(date +%s) - start )) s"
