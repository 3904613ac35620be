#!/usr/bin/env bash
# Bounded load over every page type: DURATION seconds (60) of wrk with CONNECTIONS (128) connections rotating
# through every published path (home, topics, each topic, each article, about, search with and without a
# query, feed, sitemap, robots, health, the stylesheet, an alias redirect). The site runs in its production
# configuration with the search rate limit raised for the run. RSS is sampled every SAMPLE_EVERY seconds.
#
#   tests/Performance/load.sh
#
# Fails (exit 1) on any answer outside 2xx/3xx, any socket error, a site that died, or RSS that keeps
# growing after warm-up (last sample more than GROWTH_LIMIT times the first sample after WARMUP_SECONDS).
# Knobs: ARTICLES=<n> (a synthetic library of n articles, see lib.sh content_folder) or CONTENT=<folder>,
#        DURATION=60 CONNECTIONS=128 SAMPLE_EVERY=5 WARMUP_SECONDS=20 GROWTH_LIMIT=1.10 PORT=18380
#        SERVER_CPU=0 CLIENT_CPU=1 SITE_PUBLISH=<existing publish folder> KEEP=0
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "$0")/lib.sh"

DURATION=${DURATION:-60}
CONNECTIONS=${CONNECTIONS:-128}
SAMPLE_EVERY=${SAMPLE_EVERY:-5}
WARMUP_SECONDS=${WARMUP_SECONDS:-20}
GROWTH_LIMIT=${GROWTH_LIMIT:-1.10}
PORT=${PORT:-18380}
SERVER_CPU=${SERVER_CPU:-0}
CLIENT_CPU=${CLIENT_CPU:-1}
KEEP=${KEEP:-0}
BASE="http://127.0.0.1:$PORT"

make_work_dir load
need_commands wrk:wrk curl:curl taskset:util-linux
port_is_free "$PORT" || die "port $PORT on 127.0.0.1 is in use (set PORT)"

PUBLISHED=$(site_publish_dir "$WORK")
SITE_CONTENT=$(content_folder "$WORK/content")
start_site "$PUBLISHED" "$SITE_CONTENT" "$PORT" "$SERVER_CPU" "$WORK/site.log" --RateLimiting:Search:PermitLimit=1000000
wait_for_200 "$BASE/" 120 || die "the site did not start; see $WORK/site.log"
# As a deployment's readiness probe would: a large library builds its search index in the background, and
# search answers 503 "starting" until then.
wait_for_200 "$BASE/readyz" 300 || die "the site never became ready (/readyz); see $WORK/site.log"
site_paths "$BASE" >"$WORK/paths.txt"
log "$(wc -l <"$WORK/paths.txt") paths, ${DURATION}s, $CONNECTIONS connections, RSS every ${SAMPLE_EVERY}s"

(
  started=$(date +%s)
  while kill -0 "$SITE_PID" 2>/dev/null; do
    echo "$(($(date +%s) - started)) $(rss_mb "$SITE_PID")"
    sleep "$SAMPLE_EVERY"
  done
) >"$WORK/rss.txt" &
track $!

taskset -c "$CLIENT_CPU" wrk -t1 "-c$CONNECTIONS" "-d${DURATION}s" --latency -s "$PERF_DIR/rotate.lua" "$BASE" -- "$WORK/paths.txt" >"$WORK/wrk.txt"
echo "$DURATION $(rss_mb "$SITE_PID")" >>"$WORK/rss.txt"
ALIVE=yes
kill -0 "$SITE_PID" 2>/dev/null || ALIVE=no

read -r rps p50 p99 _ errors requests < <(parse_wrk <"$WORK/wrk.txt")
read -r c2 c3 c4 c5 other < <(sed -nE 's/^statuses 2xx=([0-9]+) 3xx=([0-9]+) 4xx=([0-9]+) 5xx=([0-9]+) other=([0-9]+)$/\1 \2 \3 \4 \5/p' "$WORK/wrk.txt")
FIRST=$(awk -v w="$WARMUP_SECONDS" '$1 >= w { print $2; exit }' "$WORK/rss.txt")
LAST=$(tail -n1 "$WORK/rss.txt" | cut -d' ' -f2)
MAX=$(cut -d' ' -f2 "$WORK/rss.txt" | sort -g | tail -n1)
GROWTH=$(awk -v a="$LAST" -v b="$FIRST" 'BEGIN { printf "%.3f", a / b }')

echo
echo "load run: $(date -u '+%Y-%m-%d %H:%M UTC'), ${DURATION}s, wrk -t1 -c$CONNECTIONS over $(wc -l <"$WORK/paths.txt") paths; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "requests: $requests ($rps/s), p50 $p50 ms, p99 $p99 ms"
echo "answers: 2xx $c2, 3xx $c3, 4xx $c4, 5xx $c5, other $other; socket errors $errors"
echo "RSS MB (seconds:MB): $(awk '{ printf "%s:%s ", $1, $2 }' "$WORK/rss.txt")"
echo "RSS after warm-up ${FIRST} MB, at the end ${LAST} MB (x$GROWTH), peak ${MAX} MB; site alive: $ALIVE"
FAILURES=()
[ "$((c4 + c5 + other))" -eq 0 ] || FAILURES+=("$((c4 + c5 + other)) answers outside 2xx/3xx")
[ "$errors" -eq 0 ] || FAILURES+=("$errors socket errors")
[ "$ALIVE" = yes ] || FAILURES+=("the site died")
awk -v g="$GROWTH" -v l="$GROWTH_LIMIT" 'BEGIN { exit !(g <= l) }' || FAILURES+=("RSS grew x$GROWTH after warm-up (limit x$GROWTH_LIMIT)")
if [ "${#FAILURES[@]}" -gt 0 ]; then
  echo "answers outside 2xx/3xx in the site's log (count status path):"
  bad_answers_in_log "$WORK/site.log"
  printf 'FAILED: %s\n' "${FAILURES[@]}"
  exit 1
fi
echo "PASSED: no failed answers, no socket errors, memory flat after warm-up"
