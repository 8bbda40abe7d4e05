#!/usr/bin/env bash
# `npm run test:year-ahead`: the whole suite (npm test's jest run) with the machine's clock moved
# ahead (a year unless OFFSET says otherwise, e.g. OFFSET=+3650d), through Debian's libfaketime, for
# Node, Postgres and the servers the tests start. It proves that no test mixes a fixed calendar date
# with real time. Extra arguments go to jest (e.g. --selectProjects e2e).
#
# Two limits of libfaketime, not of the system, shape it:
# - redis-server (built with jemalloc) cannot start under it, so Redis runs on real time. BullMQ passes
#   its own timestamps to Redis and no key expiry is absolute, so nothing compares Redis's clock.
# - Postgres's timer-driven timeouts (lock_timeout, statement_timeout) never fire under it, so the
#   idempotency test of a retry refused after waiting IDEMPOTENCY_WAIT_MS hangs until jest's timeout.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v faketime >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq faketime >/dev/null
  else
    echo "faketime is not installed: install it with 'sudo apt-get install faketime'" >&2
    exit 1
  fi
fi

realtime_bin="$(mktemp -d)"
trap 'rm -rf "$realtime_bin"' EXIT
redis="$(command -v redis-server || echo /usr/bin/redis-server)"
printf '#!/bin/sh\nunset LD_PRELOAD FAKETIME\nexec %s "$@"\n' "$redis" > "$realtime_bin/redis-server"
chmod +x "$realtime_bin/redis-server"

npm run build --silent
echo "running the suite at $(faketime -f "${OFFSET:-+365d}" date -u)"
PATH="$realtime_bin:$PATH" faketime -f "${OFFSET:-+365d}" npx jest "$@"
