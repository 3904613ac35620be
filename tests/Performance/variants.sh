#!/usr/bin/env bash
# Compares variants of the site's runtime configuration (GC mode, tiered PGO, ReadyToRun, logging) under the
# same load, to decide which settings to keep. Each variant is published (when its publish arguments differ),
# started on its own loopback port pinned to SERVER_CPU, warmed up, and then measured in interleaved rounds
# with wrk on CLIENT_CPU. Prints requests/s, p99, CPU time per request (robust when the machine is shared),
# RSS after the load and start-up time (spawn to first 200 for the article), medians over the rounds.
#
#   tests/Performance/variants.sh                 # all variants
#   ONLY="default wks-gc" tests/Performance/variants.sh
#
# Knobs: ROUNDS=3 DURATION=10 WARMUP=60 CONNECTIONS=32 STARTUP_RUNS=3 ARTICLE=dead-butt-syndrome
#        SERVER_CPU=0 CLIENT_CPU=1 PORT_BASE=18280 KEEP=0
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "$0")/lib.sh"

ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-10}
WARMUP=${WARMUP:-60}
CONNECTIONS=${CONNECTIONS:-32}
STARTUP_RUNS=${STARTUP_RUNS:-3}
ARTICLE=${ARTICLE:-dead-butt-syndrome}
SERVER_CPU=${SERVER_CPU:-0}
CLIENT_CPU=${CLIENT_CPU:-1}
PORT_BASE=${PORT_BASE:-18280}
KEEP=${KEEP:-0}
ARTICLE_PATH="/articles/$ARTICLE"
CONTENT="$REPO_ROOT/content"
R2R="-r linux-x64 --self-contained false -p:PublishReadyToRun=true"

# name | publish arguments, or dir=<existing publish folder> | environment (VAR=value words) | site arguments
# VARIANTS_FILE may name a file with lines in the same format instead.
VARIANTS=(
  "default|||"
  "wks-gc||DOTNET_gcServer=0|"
  "wks-gc-nonconc||DOTNET_gcServer=0 DOTNET_gcConcurrent=0|"
  "svr-no-datas||DOTNET_GCDynamicAdaptationMode=0|"
  "no-tiered-pgo||DOTNET_TieredPGO=0|"
  "r2r|$R2R||"
  "r2r-wks-no-pgo|$R2R|DOTNET_gcServer=0 DOTNET_TieredPGO=0|"
  "no-request-log|||--RequestLog:Enabled=false"
  "no-cache-locking|||--HttpCaching:OutputCacheLocking=false"
  "inline-sockets||DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS=1|"
)
if [ -n "${VARIANTS_FILE:-}" ]; then
  mapfile -t VARIANTS < <(grep -v '^#' "$VARIANTS_FILE" | grep .)
fi

make_work_dir variants
need_commands wrk:wrk curl:curl taskset:util-linux

NAMES=()
declare -A PUB ENVS ARGS PORT PID
port=$PORT_BASE
for line in "${VARIANTS[@]}"; do
  IFS='|' read -r name publish_args env_words site_args <<<"$line"
  if [ -n "${ONLY:-}" ] && [[ " $ONLY " != *" $name "* ]]; then continue; fi
  NAMES+=("$name")
  if [[ $publish_args == dir=* ]]; then
    PUB[$name]=${publish_args#dir=} # an existing publish folder, e.g. of another commit
  else
    PUB[$name]="$WORK/publish-$(printf '%s' "$publish_args" | md5sum | cut -c1-8)"
  fi
  if [ ! -d "${PUB[$name]}" ]; then
    log "publishing ($publish_args)"
    PUBLISH_ARGS=$publish_args publish src/GluteHealth.Web "${PUB[$name]}"
  fi
  ENVS[$name]=$env_words
  ARGS[$name]=$site_args
  PORT[$name]=$port
  port_is_free "$port" || die "port $port is in use (set PORT_BASE)"
  port=$((port + 1))
done
[ "${#NAMES[@]}" -gt 0 ] || die "no variant selected"

launch() { # <name> <port> <log>; sets SITE_PID
  local name=$1 extra=()
  read -r -a extra <<<"${ARGS[$name]}"
  SITE_ENV=${ENVS[$name]} start_site "${PUB[$name]}" "$CONTENT" "$2" "$SERVER_CPU" "$3" "${extra[@]}"
}

log "start-up: $STARTUP_RUNS runs per variant, interleaved"
STARTUP_PORT=$port
port_is_free "$STARTUP_PORT" || die "port $STARTUP_PORT is in use (set PORT_BASE)"
: >"$WORK/startup.txt"
for run in $(seq 0 "$STARTUP_RUNS"); do
  for name in "${NAMES[@]}"; do
    start=$(date +%s%N)
    launch "$name" "$STARTUP_PORT" /dev/null
    # shellcheck disable=SC2016 # $1 belongs to the inner shell
    taskset -c "$CLIENT_CPU" bash -c 'until curl -sf -o /dev/null "$1"; do :; done' _ "http://127.0.0.1:$STARTUP_PORT$ARTICLE_PATH"
    end=$(date +%s%N)
    stop_pid "$SITE_PID"
    # Run 0 only warms the disk cache after publishing.
    [ "$run" -eq 0 ] || echo "$name $(((end - start) / 1000000))" >>"$WORK/startup.txt"
  done
done

log "starting ${#NAMES[@]} variants on CPU $SERVER_CPU and warming each up for ${WARMUP}s"
for name in "${NAMES[@]}"; do
  launch "$name" "${PORT[$name]}" "$WORK/$name.log"
  PID[$name]=$SITE_PID
done
for name in "${NAMES[@]}"; do
  url="http://127.0.0.1:${PORT[$name]}$ARTICLE_PATH"
  wait_for_200 "$url" || die "variant $name did not start; see $WORK/$name.log"
  taskset -c "$CLIENT_CPU" wrk -t1 "-c$CONNECTIONS" "-d${WARMUP}s" "$url" >/dev/null
done

TICK_US=$((1000000 / $(getconf CLK_TCK)))
: >"$WORK/results.txt"
for round in $(seq "$ROUNDS"); do
  for name in "${NAMES[@]}"; do
    before=$(cpu_ticks "${PID[$name]}")
    taskset -c "$CLIENT_CPU" wrk -t1 "-c$CONNECTIONS" "-d${DURATION}s" --latency "http://127.0.0.1:${PORT[$name]}$ARTICLE_PATH" >"$WORK/wrk.txt"
    after=$(cpu_ticks "${PID[$name]}")
    read -r rps _ p99 bad errors requests < <(parse_wrk <"$WORK/wrk.txt")
    [ "$((bad + errors))" -eq 0 ] || die "variant $name: $bad non-2xx/3xx responses, $errors socket errors"
    cpu=$(awk -v t=$((after - before)) -v us="$TICK_US" -v n="$requests" 'BEGIN { printf "%.2f", t * us / n }')
    echo "$name $rps $p99 $cpu" >>"$WORK/results.txt"
    log "round $round $name: $rps req/s, p99 $p99 ms, $cpu CPU us/req"
  done
done

echo
echo "variants, $(date -u '+%Y-%m-%d %H:%M UTC'); $ROUNDS rounds x ${DURATION}s after ${WARMUP}s warm-up, wrk -c$CONNECTIONS; load average now $(cut -d' ' -f1-3 /proc/loadavg)"
printf '| %-16s | %9s | %8s | %10s | %8s | %11s |\n' variant "req/s" "p99 ms" "CPU us/req" "RSS MB" "start-up ms"
printf '|%s|\n' "------------------|-----------|----------|------------|----------|-------------"
for name in "${NAMES[@]}"; do
  printf '| %-16s | %9.0f | %8.3f | %10.2f | %8s | %11s |\n' "$name" \
    "$(awk -v n="$name" '$1 == n { print $2 }' "$WORK/results.txt" | median)" \
    "$(awk -v n="$name" '$1 == n { print $3 }' "$WORK/results.txt" | median)" \
    "$(awk -v n="$name" '$1 == n { print $4 }' "$WORK/results.txt" | median)" \
    "$(rss_mb "${PID[$name]}")" \
    "$(awk -v n="$name" '$1 == n { print $2 }' "$WORK/startup.txt" | median)"
done
