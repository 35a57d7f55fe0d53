#!/usr/bin/env bash
# Makes sure the tools the tests and the demo need are on this machine: Node 20+, pnpm at the exact
# version package.json pins, redis-server / redis-cli / openssl, and the RediSearch module the
# extension tests load (Debian's redis-redisearch, RediSearch 1.2). Installs what is missing
# (pnpm with npm; the rest with apt-get as root) and says clearly what to do when it cannot.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "error: $*" >&2; exit 1; }

command -v node >/dev/null || fail "Node.js 20 or newer is required (https://nodejs.org)."
node_major=$(node -p 'process.versions.node.split(".")[0]')
[ "$node_major" -ge 20 ] || fail "Node.js 20 or newer is required; this is $(node --version)."

# pnpm: corepack fails on these machines, so install the pinned version with npm, and replace a
# global pnpm of another version (it refuses to run a project pinned to a different one).
want_pnpm=$(node -p 'require("./package.json").packageManager.split("@")[1]')
have_pnpm=$(pnpm --version 2>/dev/null || true)
if [ "$have_pnpm" != "$want_pnpm" ]; then
  echo "› installing pnpm@$want_pnpm (found: ${have_pnpm:-none})"
  npm install -g "pnpm@$want_pnpm" >/dev/null 2>&1 || fail "could not install pnpm@$want_pnpm with npm; install it yourself: npm install -g pnpm@$want_pnpm"
fi

missing=()
command -v redis-server >/dev/null || missing+=(redis-server)
command -v redis-cli >/dev/null || missing+=(redis-tools)
command -v openssl >/dev/null || missing+=(openssl)
# Detected by its file, which is what the tests pass to --loadmodule (@x/test-utils redisearchModule()).
[ -f /usr/lib/redis/modules/redisearch.so ] || missing+=(redis-redisearch)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "› installing ${missing[*]} with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    # Debian's package starts a service on 6379; the tests start their own servers on free ports.
  else
    fail "missing: ${missing[*]}. Install them (Debian/Ubuntu: sudo apt-get install ${missing[*]}) and run this again."
  fi
fi
