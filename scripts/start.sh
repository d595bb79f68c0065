#!/usr/bin/env bash
# `npm start`: engines installed if missing, UI built if missing or stale, then the whole system.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-engines.sh
if [ ! -f ui/dist/index.html ] || [ -n "$(find ui/src ui/index.html -newer ui/dist/index.html -print -quit)" ]; then
  npx vite build --config ui/vite.config.mts --logLevel warn
fi
exec npx tsx scripts/start.ts
