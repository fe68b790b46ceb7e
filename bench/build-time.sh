#!/usr/bin/env bash
# Build-time benchmark: the edit loop's two numbers, warm (dependencies downloaded, one build done before), offline.
#
#   bench/build-time.sh            # RUNS=3: median of three of each
#
# 1. `mvn -o verify` (every module, every test; the container tests too where Docker answers, so export
#    TICKETS_STUB_BASE_IMAGE as .ci/run does where no registry is reachable).
# 2. `mvn -o -pl spec verify` (the spec module alone: lint, breaking-change gate, its tests).
# Prints each run's wall time and CPU time (user + system of Maven and every process it started), then the medians.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
LOG=$(mktemp)
trap 'rm -f "$LOG" "$LOG.time"' EXIT

# run NAME ARGS... : RUNS timed builds; fails (with the log's tail) when one fails.
run() {
  local name=$1; shift
  local walls=()
  for i in $(seq "$RUNS"); do
    if ! /usr/bin/time -f "%e %U %S" -o "$LOG.time" mvn -B -o -q "$@" >"$LOG" 2>&1; then
      tail -40 "$LOG" >&2; echo "$name: build failed" >&2; exit 1
    fi
    read -r wall user sys <"$LOG.time"
    printf '%-28s run %d: %6.1f s wall, %6.1f s CPU\n' "$name" "$i" "$wall" "$(awk -v u="$user" -v s="$sys" 'BEGIN {print u + s}')"
    walls+=("$wall")
  done
  printf '%-28s median: %.1f s\n' "$name" "$(printf '%s\n' "${walls[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')"
}

mvn -B -o -q verify >"$LOG" 2>&1 || { tail -40 "$LOG" >&2; echo "warm-up build failed" >&2; exit 1; }
run "mvn -o verify" verify
run "mvn -o -pl spec verify" -pl spec verify
