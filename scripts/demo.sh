#!/usr/bin/env bash
# `pnpm demo`: makes sure redis-server and the workspace are installed, builds the demo and what it
# imports, and runs it (a local cluster it starts and stops itself).
set -euo pipefail
cd "$(dirname "$0")/.."
export TURBO_TELEMETRY_DISABLED=1 TURBO_NO_UPDATE_NOTIFIER=1
bash scripts/ensure-tools.sh
[ -d node_modules/.pnpm ] || pnpm install
pnpm exec turbo run build --filter=@x/demo... --output-logs=errors-only
exec node apps/demo/dist/index.js
