#!/usr/bin/env bash
# Memory after load: the resident set size (RSS) of the published site after 60 s of load on an article, next to
# the two reference apps measured the same way, one after another:
#   - MinimalRazorPages: Razor Pages plus the site's content library and nothing else (the floor for any Razor
#     Pages site that serves this content);
#   - MinimalKestrel: the `dotnet new web` template writing the exported page from memory.
# For each it prints RSS at start and after the load, and where the resident memory is (from /proc/<pid>/smaps):
# mapped assemblies and native libraries, anonymous memory (GC heap, runtime data), and the runtime's
# double-mapped executable memory (JIT-compiled code and stubs).
#
#   flock /tmp/glutehealth-cpu.lock tests/Performance/memory.sh
#   APP_ENV="DOTNET_TieredCompilation=0" tests/Performance/memory.sh      # the same runtime settings for all three
#
# Knobs: LOAD=60 (seconds: half identity, half Accept-Encoding: br, gzip) CONNECTIONS=32 ARTICLE=dead-butt-syndrome
#        SERVER_CPU=0 CLIENT_CPU=1 PORT=18500 SITE_PUBLISH APP_ENV PUBLISH_ARGS KEEP=0
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "$0")/lib.sh"

LOAD=${LOAD:-60}
CONNECTIONS=${CONNECTIONS:-32}
ARTICLE=${ARTICLE:-dead-butt-syndrome}
SERVER_CPU=${SERVER_CPU:-0}
CLIENT_CPU=${CLIENT_CPU:-1}
PORT=${PORT:-18500}
KEEP=${KEEP:-0}
CONTENT="$REPO_ROOT/content"
URL="http://127.0.0.1:$PORT/articles/$ARTICLE"
ROW='%-18s %9s %9s %9s %11s %10s %10s %9s\n'

make_work_dir memory
need_commands wrk:wrk curl:curl taskset:util-linux python3:python3
port_is_free "$PORT" || die "port $PORT on 127.0.0.1 is in use (set PORT)"

SITE_DIR=$(site_publish_dir "$WORK")
log "publishing MinimalRazorPages and MinimalKestrel (Release)"
publish tests/Performance/MinimalRazorPages "$WORK/razor"
publish tests/Performance/MinimalKestrel "$WORK/minimal"
log "exporting the site to static files for MinimalKestrel"
export_site "$SITE_DIR" "$CONTENT" "$WORK/static" "$WORK/export.log"

# Resident memory by kind, in MB: "<images> <anonymous> <executable (double-mapped)>".
rss_by_kind() {
  python3 - "$1" <<'PY'
import re, sys
kinds = {"images": 0, "anonymous": 0, "executable": 0}
kind = None
with open(f"/proc/{sys.argv[1]}/smaps") as smaps:
    for line in smaps:
        mapping = re.match(r"^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s*(.*)$", line)
        if mapping:
            name = mapping.group(1).strip()
            kind = ("executable" if "doublemapper" in name
                    else "images" if name.endswith(".dll") or ".so" in name
                    else "anonymous" if name in ("", "[heap]") or name.startswith("[anon")
                    else None)
        elif line.startswith("Rss:") and kind:
            kinds[kind] += int(line.split()[1])
print(" ".join(f"{kinds[k] / 1024:.1f}" for k in ("images", "anonymous", "executable")))
PY
}

# <name> <publish folder> <command...>: starts the app (APP_ENV added), loads it, records its memory.
measure_app() {
  local name=$1 dir=$2 pid start_rss identity br
  shift 2
  # shellcheck disable=SC2086 # APP_ENV is a list of VAR=value words on purpose
  (cd "$dir" && exec env ASPNETCORE_ENVIRONMENT=Production ${APP_ENV:-} taskset -c "$SERVER_CPU" "$@" \
    --urls "http://127.0.0.1:$PORT" >"$WORK/$name.log" 2>&1) &
  pid=$!
  track "$pid"
  wait_for_200 "$URL" || { cat "$WORK/$name.log" >&2; die "$name did not answer $URL"; }
  start_rss=$(rss_mb "$pid")
  identity=$(taskset -c "$CLIENT_CPU" wrk -t1 -c"$CONNECTIONS" -d"$((LOAD / 2))s" "$URL" | parse_wrk)
  br=$(taskset -c "$CLIENT_CPU" wrk -t1 -c"$CONNECTIONS" -d"$((LOAD - LOAD / 2))s" -H 'Accept-Encoding: br, gzip' "$URL" | parse_wrk)
  sleep 1
  # shellcheck disable=SC2046,SC2059 # rss_by_kind prints three columns; ROW is the one format for header and rows
  printf "$ROW" "$name" "$start_rss" "$(rss_mb "$pid")" \
    $(rss_by_kind "$pid") "${identity%% *}" "${br%% *}" >>"$WORK/table.txt"
  read -r _ _ _ bad errors _ <<<"$identity"
  [ "$bad" = 0 ] && [ "$errors" = 0 ] || log "$name: $bad non-2xx/3xx answers, $errors socket errors under load"
  stop_pid "$pid"
}

log "loading each app alone for $LOAD s (CPU $SERVER_CPU; wrk -c$CONNECTIONS on CPU $CLIENT_CPU)${APP_ENV:+ with $APP_ENV}"
: >"$WORK/table.txt"
measure_app site "$SITE_DIR" dotnet GluteHealth.Web.dll --Content:Path="$CONTENT"
measure_app razor-pages-floor "$WORK/razor" dotnet MinimalRazorPages.dll --Content:Path="$CONTENT"
measure_app minimal-kestrel "$WORK/minimal" dotnet MinimalKestrel.dll --Static:Path="$WORK/static"

echo "memory after $LOAD s of load on /articles/$ARTICLE, $(date -u '+%Y-%m-%d %H:%M UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg)${APP_ENV:+, $APP_ENV}"
# shellcheck disable=SC2059 # ROW is the one format for header and rows
printf "$ROW" app "RSS start" "RSS end" images anonymous executable \
  "req/s id" "req/s br"
cat "$WORK/table.txt"
echo "(MB; images: mapped assemblies and native libraries; executable: JIT-compiled code and stubs, double-mapped)"
