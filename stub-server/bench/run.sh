#!/usr/bin/env bash
# Benchmark of the stub server with wrk. Builds nothing: run `mvn -pl stub-server -am package` (or the full
# `mvn verify`) first. Usage: bench/run.sh [PACT_FILE_OR_DIR]   (default: the pacts embedded in the jar)
#
# Prints: the time from launch to the first 200 (median of STARTS fresh starts, for `java -jar` with JAVA_OPTS and
# for the launcher bin/tickets-stub, which adds the class-data-sharing archive); for GET a ticket and POST a reply
# (2 threads x 50 connections, DURATION after WARMUP): req/s and p99; the peak RSS while under load; and the
# per-request cost with a generated pact of 10,000 interactions versus 10 (random ids, with and without the match
# cache).
# Environment: JAR, JAVA_OPTS, SCALE_JAVA_OPTS (the 10,000-interaction runs need a larger heap), PORT, DURATION (10s),
# WARMUP (5s), STARTS (9), GET_PATH, POST_PATH, POST_BODY, API_KEY, SKIP_SCALE=1 to skip the 10 vs 10,000 part,
# ONLY_STARTUP=1 to measure only the start-up, USE_LAUNCHER=1 to run the GET/POST load through bin/tickets-stub.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
JAR=${JAR:-$HERE/../target/tickets-stub-server.jar}
PORT=${PORT:-18090}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-5s}
STARTS=${STARTS:-9}
LAUNCHER=${LAUNCHER:-$HERE/../bin/tickets-stub}
JAVA_OPTS=${JAVA_OPTS:-"-Xms64m -Xmx64m -Xmn32m -XX:+UseSerialGC -XX:MaxMetaspaceSize=96m -Xss512k -XX:ReservedCodeCacheSize=48m -XX:TieredStopAtLevel=1"}
SCALE_JAVA_OPTS=${SCALE_JAVA_OPTS:-"-Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"}
export API_KEY=${API_KEY:-test-api-key}
export GET_PATH=${GET_PATH:-/api/v1/tickets/14}
export POST_PATH=${POST_PATH:-/api/v1/tickets/14/reply}
export POST_BODY=${POST_BODY:-'{"reply":"The issue is resolved now, thank you!"}'}
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d)
PID=""

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 2; }
[ -f "$JAR" ] || { echo "no $JAR: build first (mvn -pl stub-server -am package)" >&2; exit 2; }

stop() { if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; PID=""; fi; }
trap 'stop; rm -rf "$WORK"' EXIT

# start ARGS... : launches the jar (PID) and waits for PROBE to answer 200 (start-up is timed by first_response).
# Not called in $(...): PID must be set in this shell so stop() and the RSS sampler see it.
# With USE_LAUNCHER=1 it starts bin/tickets-stub (its own flags and the archive) instead of `java $JAVA_OPTS -jar`.
start() {
  local code
  if [ "${USE_LAUNCHER:-0}" = "1" ]; then
    TICKETS_STUB_JAR="$JAR" "$LAUNCHER" --port "$PORT" "$@" >"$WORK/stdout" 2>"$WORK/stderr" &
  else
    # shellcheck disable=SC2086
    java $JAVA_OPTS -jar "$JAR" --port "$PORT" "$@" >"$WORK/stdout" 2>"$WORK/stderr" &
  fi
  PID=$!
  local deadline=$((SECONDS + 30))
  while :; do
    [ "$SECONDS" -lt "$deadline" ] || { echo "no 200 for $PROBE within 30 s" >&2; cat "$WORK/stderr" >&2; exit 3; }
    code=$(curl -s -o /dev/null -w '%{http_code}' -H "X-Api-Key: $API_KEY" "$BASE$PROBE" 2>/dev/null || true)
    [ "$code" = "200" ] && break
    kill -0 "$PID" 2>/dev/null || { cat "$WORK/stderr" >&2; exit 3; }
    sleep 0.02
  done
}

# rss_peak_while CMD... : runs CMD while sampling the stub's RSS; prints CMD's output, then "rss_kib <peak>".
rss_peak_while() {
  local peak=0 rss
  "$@" >"$WORK/wrk.out" &
  local wpid=$!
  while kill -0 "$wpid" 2>/dev/null; do
    rss=$(awk '/VmRSS/ {print $2}' "/proc/$PID/status" 2>/dev/null || echo 0)
    [ "${rss:-0}" -gt "$peak" ] && peak=$rss
    sleep 0.2
  done
  wait "$wpid"
  cat "$WORK/wrk.out"
  echo "rss_kib $peak"
}

# summary NAME : reads wrk --latency output on stdin, prints one line.
summary() {
  awk -v name="$1" '
    /Requests\/sec/ {rps=$2}
    /^ +99%/ {p99=$2}
    /Non-2xx/ {bad=$NF}
    /rss_kib/ {rss=sprintf("  peak RSS %.1f MiB", $2/1024)}
    END {printf "%-34s %10.0f req/s   p99 %-9s%s%s\n", name, rps, p99, rss, (bad ? "  NON-2xx: " bad : "")}'
}

wrk_get()  { wrk -t2 -c50 -d"$1" --latency -H "X-Api-Key: $API_KEY" "$BASE$GET_PATH"; }
wrk_post() { wrk -t2 -c50 -d"$1" --latency -s "$HERE/post-reply.lua" "$BASE"; }
wrk_rand() { TICKETS=$2 wrk -t2 -c50 -d"$1" --latency -s "$HERE/random-ticket.lua" "$BASE"; }

echo "JAVA_OPTS: $JAVA_OPTS"
PACT_ARGS=(); [ $# -gt 0 ] && PACT_ARGS=(--pact "$1")
PROBE=$GET_PATH

# first_response NAME COMMAND... : STARTS fresh starts of COMMAND, each timed by first-response.py from launch to
# its first 200 for PROBE (then stopped); prints the median and every run.
first_response() {
  local name=$1 runs=() i
  shift
  for ((i = 0; i < STARTS; i++)); do
    runs+=("$(python3 "$HERE/first-response.py" "$BASE$PROBE" X-Api-Key "$API_KEY" -- "$@" --port "$PORT" \
      "${PACT_ARGS[@]}" --no-request-log)")
  done
  printf '%s\n' "${runs[@]}" | sort -n | awk -v name="$name" '{v[NR]=$1} END {
    printf "%-34s median %d ms of %d (", name, v[int((NR+1)/2)], NR
    for (i=1;i<=NR;i++) printf "%s%d", (i>1?" ":""), v[i]; print " ms)" }'
}
# shellcheck disable=SC2086
first_response "first response, java -jar" java $JAVA_OPTS -jar "$JAR"
[ -f "${JAR%.jar}.jsa" ] || echo "(no ${JAR%.jar}.jsa: the launcher runs without the archive)"
TICKETS_STUB_JAR="$JAR" first_response "first response, bin/tickets-stub" "$LAUNCHER"
[ "${ONLY_STARTUP:-0}" = "1" ] && exit 0

start "${PACT_ARGS[@]}" --no-request-log
head -1 "$WORK/stdout"
wrk_get "$WARMUP" >/dev/null; wrk_post "$WARMUP" >/dev/null
rss_peak_while wrk_get "$DURATION" | summary "GET $GET_PATH"
rss_peak_while wrk_post "$DURATION" | summary "POST $POST_PATH"
stop
start "${PACT_ARGS[@]}"
wrk_get "$WARMUP" >/dev/null
rss_peak_while wrk_get "$DURATION" | summary "GET, request log on (to a file)"
stop

[ "${SKIP_SCALE:-0}" = "1" ] && exit 0
python3 "$HERE/generate-pact.py" 10 "$WORK/p10.json"
python3 "$HERE/generate-pact.py" 10000 "$WORK/p10000.json"
PROBE=/api/v1/tickets/1
USE_LAUNCHER=0
JAVA_OPTS=$SCALE_JAVA_OPTS
echo "JAVA_OPTS for 10 vs 10,000: $JAVA_OPTS"
for cache in 10000 0; do
  for n in 10 10000; do
    start --pact "$WORK/p$n.json" --no-request-log --match-cache "$cache"
    wrk_rand "$WARMUP" "$n" >/dev/null
    line=$(rss_peak_while wrk_rand "$DURATION" "$n" | summary "random of $n, cache $cache")
    echo "$line"
    rps=$(echo "$line" | awk '{for (i=1;i<=NF;i++) if ($i=="req/s") print $(i-1)}')
    echo "$n $cache $rps" >>"$WORK/scale"
    stop
  done
done
awk '{rps[$1" "$2]=$3} END {
  split("10000 0", caches, " ")
  for (i=1;i<=2;i++) { c=caches[i];
    printf "per-request cost 10k/10 (cache %s): %.1f us vs %.1f us = %.2fx\n", c,
      1e6/rps["10000 "c], 1e6/rps["10 "c], rps["10 "c]/rps["10000 "c] }
}' "$WORK/scale"
