#!/usr/bin/env bash
# Simulate mode against replay mode, with wrk. Builds nothing: run `mvn -pl stub-server -am package` first.
# Usage: bench/simulate.sh
#
# 1. Keyed GET /api/v1/tickets/14 (2 threads x 50 connections, DURATION after WARMUP), RUNS times alternating replay
#    (the embedded pacts) and simulate (ticket 14 seeded through the state-change endpoint): req/s and p99 of each
#    run, then the medians side by side and simulate's throughput as a share of replay's.
# 2. MIXED seconds of mixed load on the simulator (bench/mixed-load.lua: creates, replies, gets, lists on random
#    ids) with its default caps, sampling its RSS and what it holds every second: the caps are reached, further
#    creates and replies get 507, and RSS stays flat.
# Environment: JAR, JAVA_OPTS (default: the stub's measured flags, as bench/run.sh, plus -XX:+AlwaysPreTouch so the
# whole 64 MiB heap is in RSS from the start and RSS growth under load would be data outside it, and
# -XX:+ExitOnOutOfMemoryError so a heap the caps did not bound ends the run), PORT, DURATION (10s),
# WARMUP (5s), RUNS (3), MIXED (60), SIM_ARGS (extra simulator options, e.g. "--max-tickets 5000").
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
JAR=${JAR:-$HERE/../target/tickets-stub-server.jar}
PORT=${PORT:-18091}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-5s}
RUNS=${RUNS:-3}
MIXED=${MIXED:-60}
SIM_ARGS=${SIM_ARGS:-}
JAVA_OPTS=${JAVA_OPTS:-"-Xms64m -Xmx64m -Xmn32m -XX:+UseSerialGC -XX:MaxMetaspaceSize=96m -Xss512k -XX:ReservedCodeCacheSize=48m -XX:TieredStopAtLevel=1 -XX:+AlwaysPreTouch -XX:+ExitOnOutOfMemoryError"}
KEY=test-api-key
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d)
PID=""

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 2; }
[ -f "$JAR" ] || { echo "no $JAR: build first (mvn -pl stub-server -am package)" >&2; exit 2; }

stop() { if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; PID=""; fi; }
trap 'stop; rm -rf "$WORK"' EXIT

# start ARGS... : launches the jar (PID) and waits until its health endpoint answers.
start() {
  # shellcheck disable=SC2086
  java $JAVA_OPTS -jar "$JAR" --port "$PORT" --no-request-log "$@" >"$WORK/stdout" 2>"$WORK/stderr" &
  PID=$!
  local deadline=$((SECONDS + 30))
  until curl -sf -o /dev/null "$BASE/__stub/health"; do
    [ "$SECONDS" -lt "$deadline" ] && kill -0 "$PID" 2>/dev/null || { cat "$WORK/stderr" >&2; exit 3; }
    sleep 0.05
  done
}

admin() { curl -sf -X POST -H 'Content-Type: application/json' "$BASE/__stub/$1" -d "$2" >/dev/null; }
keyed_get() { wrk -t2 -c50 -d"$1" --latency -H "X-Api-Key: $KEY" "$BASE/api/v1/tickets/14"; }

# measure MODE : one run of the keyed GET; appends "MODE req/s p99-in-ms" to $WORK/runs and prints it.
measure() {
  keyed_get "$WARMUP" >/dev/null
  keyed_get "$DURATION" | awk -v mode="$1" '
    /Requests\/sec/ {rps=$2}
    /^ +99%/ {v=$2; unit=v; sub(/[0-9.]+/, "", unit); sub(/[a-z]+$/, "", v);
              p99=(unit=="us" ? v/1000 : unit=="s" ? v*1000 : v)}
    /Non-2xx/ {bad=$NF}
    END {printf "%s %.0f %.2f%s\n", mode, rps, p99, (bad ? " NON-2xx:" bad : "")}' | tee -a "$WORK/runs"
}

echo "JAVA_OPTS: $JAVA_OPTS"
echo "load: $(uptime)"
echo "== keyed GET /api/v1/tickets/14, $RUNS runs each, $DURATION after $WARMUP warm-up (mode req/s p99-ms)"
for ((run = 1; run <= RUNS; run++)); do
  start
  measure replay
  stop
  # shellcheck disable=SC2086
  start --simulate $SIM_ARGS
  admin provider-states '{"state":"ticket 14 exists with status answered","action":"setup"}'
  measure simulate
  stop
done
awk '{rps[$1]=rps[$1] " " $2; p99[$1]=p99[$1] " " $3}
  function median(list,   v, n, i, j, t) {
    n = split(list, v, " ")
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (v[j] + 0 < v[i] + 0) { t = v[i]; v[i] = v[j]; v[j] = t }
    return v[int((n + 1) / 2)]
  }
  END {
    r = median(rps["replay"]); s = median(rps["simulate"])
    printf "median   replay %7.0f req/s  p99 %5.2f ms | simulate %7.0f req/s  p99 %5.2f ms | simulate/replay %.0f%%\n",
      r, median(p99["replay"]), s, median(p99["simulate"]), 100 * s / r
  }' "$WORK/runs"

echo "== $MIXED s of mixed load on the simulator (creates, replies, gets, lists); RSS and holdings every second"
# shellcheck disable=SC2086
start --simulate $SIM_ARGS
head -1 "$WORK/stdout"
wrk -t2 -c50 -d"${MIXED}s" --latency -s "$HERE/mixed-load.lua" "$BASE" >"$WORK/mixed.out" &
WRK=$!
for ((s = 1; s <= MIXED; s++)); do
  sleep 1
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$PID/status")
  held=$(curl -s "$BASE/__stub/health" | tr -d ' \n' |
    sed -E 's/.*"tickets":([0-9]+),"replies":([0-9]+),"maxTickets":([0-9]+),"maxReplies":([0-9]+).*/\1 \2 \3 \4/')
  echo "$s $rss $held" >>"$WORK/rss"
done
wait "$WRK"
awk '{printf "t=%2ds  RSS %6.1f MiB  tickets %6d  replies %7d\n", $1, $2 / 1024, $3, $4}' "$WORK/rss" |
  awk 'NR % 5 == 0 || NR == 1'
awk 'full == "" && $3 == $5 && $4 == $6 {full = $1}
  full != "" {if (min == "" || $2 < min) min = $2; if ($2 > max) max = $2}
  END {if (full == "") print "the caps were not reached"; else printf "both caps reached at t=%ds; RSS from then " \
    "to the end: min %.1f MiB, max %.1f MiB (spread %.1f MiB)\n", full, min / 1024, max / 1024, (max - min) / 1024}' \
  "$WORK/rss"
grep -E "requests in|Requests/sec|Non-2xx|99%" "$WORK/mixed.out"
kill -0 "$PID" 2>/dev/null && echo "the stub is still serving after the load" || { echo "the stub died" >&2; exit 4; }
