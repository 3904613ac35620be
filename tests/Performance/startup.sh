#!/usr/bin/env bash
# Start-up time: from spawning the published site to the first 200 for an article, next to the minimal Kestrel
# app timed in the same run (interleaved), as docs/performance.md's targets define it, and next to
# MinimalRazorPages (Razor Pages plus the site's content library, nothing else: the floor for a Razor Pages site
# serving this content).
#
#   flock /tmp/glutehealth-cpu.lock tests/Performance/startup.sh
#   SITE_PUBLISH=/tmp/site-publish tests/Performance/startup.sh              # an existing publish folder
#   SITES="before=/tmp/pub-a after=/tmp/pub-b" tests/Performance/startup.sh  # compare builds in one run
#   PHASES=1 tests/Performance/startup.sh                                    # print one start's log, timestamped
#
# Publishes the site (unless SITE_PUBLISH or SITES name publish folders), MinimalKestrel and MinimalRazorPages
# (Release), exports the site's pages for the minimal app, then times RUNS start-ups of each app, interleaved, all
# pinned to STARTUP_CPUS while curl polls in a tight loop on CLIENT_CPU. Prints every time, the medians and the
# ratios to the minimal app.
#
# Knobs: RUNS=7 ARTICLE=dead-butt-syndrome STARTUP_CPUS=0 CLIENT_CPU=1 PORT=18400 PUBLISH_ARGS SITE_ENV
#        SITE_ARGS PHASES=0 KEEP=0
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "$0")/lib.sh"

RUNS=${RUNS:-7}
ARTICLE=${ARTICLE:-dead-butt-syndrome}
STARTUP_CPUS=${STARTUP_CPUS:-0}
CLIENT_CPU=${CLIENT_CPU:-1}
PORT=${PORT:-18400}
PHASES=${PHASES:-0}
KEEP=${KEEP:-0}
read -r -a SITE_EXTRA <<<"${SITE_ARGS:-}"
ARTICLE_URL="http://127.0.0.1:$PORT/articles/$ARTICLE"
CONTENT="$REPO_ROOT/content"

make_work_dir startup
need_commands curl:curl taskset:util-linux
port_is_free "$PORT" || die "port $PORT on 127.0.0.1 is in use (set PORT)"

# --- build -------------------------------------------------------------------------------------------------
declare -A SITE_DIR
NAMES=()
if [ -n "${SITES:-}" ]; then
  for pair in $SITES; do
    [ -f "${pair#*=}/GluteHealth.Web.dll" ] || die "${pair#*=} has no GluteHealth.Web.dll"
    NAMES+=("${pair%%=*}")
    SITE_DIR[${pair%%=*}]=${pair#*=}
  done
else
  NAMES=(site)
  SITE_DIR[site]=$(site_publish_dir "$WORK")
fi
log "publishing the minimal Kestrel app and the Razor Pages floor (Release)"
publish tests/Performance/MinimalKestrel "$WORK/minimal"
publish tests/Performance/MinimalRazorPages "$WORK/razor"

log "exporting the site to static files for the minimal app"
export_site "${SITE_DIR[${NAMES[0]}]}" "$CONTENT" "$WORK/static" "$WORK/export.log"
[ -f "$WORK/static/articles/$ARTICLE/index.html" ] || die "the export has no /articles/$ARTICLE"

# --- start-up ----------------------------------------------------------------------------------------------
# From spawn to the first 200 for the article (time_to_first_200 in lib.sh).
start_site_cmd() { # <publish folder>
  # shellcheck disable=SC2086 # SITE_ENV is a list of VAR=value words on purpose
  cd "$1" && exec env ASPNETCORE_ENVIRONMENT=Production ${SITE_ENV:-} taskset -c "$STARTUP_CPUS" \
    dotnet GluteHealth.Web.dll --Content:Path="$CONTENT" --urls "http://127.0.0.1:$PORT" "${SITE_EXTRA[@]}"
}
start_minimal_cmd() { run_minimal_kestrel "$WORK/minimal" "$WORK/static" "$PORT" "$STARTUP_CPUS"; }
start_razor_cmd() { run_minimal_razor_pages "$WORK/razor" "$CONTENT" "$PORT" "$STARTUP_CPUS"; }

for name in "${NAMES[@]}"; do
  time_to_first_200 "$ARTICLE_URL" "$WORK/warm.log" start_site_cmd "${SITE_DIR[$name]}" >/dev/null # cold disk caches after publishing
done
time_to_first_200 "$ARTICLE_URL" "$WORK/warm.log" start_minimal_cmd >/dev/null
time_to_first_200 "$ARTICLE_URL" "$WORK/warm.log" start_razor_cmd >/dev/null

if [ "$PHASES" = 1 ]; then
  # One start with every line the site writes stamped with the milliseconds since spawn (stamped on the client
  # core, so the stamping does not slow the site down).
  stamped_site_cmd() { # <spawn ns> <publish folder>
    # shellcheck disable=SC2016 # the $ belong to perl
    exec > >(taskset -c "$CLIENT_CPU" perl -MTime::HiRes=time -ne 'BEGIN { $| = 1; $s = shift } printf "%6.0f ms  %s", time * 1000 - $s / 1e6, $_' "$1") 2>&1
    start_site_cmd "$2"
  }
  log "one start of ${NAMES[0]}, its output stamped with ms since spawn"
  ms=$(time_to_first_200 "$ARTICLE_URL" "$WORK/phases.log" stamped_site_cmd "$(date +%s%N)" "${SITE_DIR[${NAMES[0]}]}")
  sleep 0.2
  cat "$WORK/phases.log" >&2
  log "first 200 for the article after $ms ms"
fi

log "timing start-up ($RUNS interleaved runs each, CPUs $STARTUP_CPUS, load average $(cut -d' ' -f1-3 /proc/loadavg))"
for name in "${NAMES[@]}" razor-floor minimal; do : >"$WORK/startup-$name.txt"; done
for _ in $(seq "$RUNS"); do
  for name in "${NAMES[@]}"; do
    time_to_first_200 "$ARTICLE_URL" "$WORK/run-$name.log" start_site_cmd "${SITE_DIR[$name]}" >>"$WORK/startup-$name.txt"
  done
  time_to_first_200 "$ARTICLE_URL" "$WORK/run-minimal.log" start_minimal_cmd >>"$WORK/startup-minimal.txt"
  time_to_first_200 "$ARTICLE_URL" "$WORK/run-razor.log" start_razor_cmd >>"$WORK/startup-razor-floor.txt"
done

MINIMAL=$(median <"$WORK/startup-minimal.txt")
echo "start-up to the first 200 for /articles/$ARTICLE, $RUNS interleaved runs, $(date -u '+%Y-%m-%d %H:%M UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
for name in "${NAMES[@]}" razor-floor minimal; do
  printf '%-11s median %5s ms  (%s)\n' "$name" "$(median <"$WORK/startup-$name.txt")" "$(paste -sd' ' "$WORK/startup-$name.txt")"
done
for name in "${NAMES[@]}" razor-floor; do
  printf '%-11s ratio to minimal %s\n' "$name" "$(awk -v a="$(median <"$WORK/startup-$name.txt")" -v b="$MINIMAL" 'BEGIN { printf "%.2f", a / b }')"
done
