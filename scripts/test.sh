#!/usr/bin/env bash
# The one command that runs the tests on a fresh Debian/Ubuntu machine with Node 20:
# installs what is missing, then install → build → lint (type-check + eslint) → test.
# The tests start their own redis-server processes on free loopback ports and stop them.
set -euo pipefail
cd "$(dirname "$0")/.."
export TURBO_TELEMETRY_DISABLED=1 TURBO_NO_UPDATE_NOTIFIER=1
bash scripts/ensure-tools.sh
# Under CI=true pnpm installs exactly the lockfile (frozen).
pnpm install
pnpm build
pnpm lint
pnpm test
