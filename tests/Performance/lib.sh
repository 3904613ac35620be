# shellcheck shell=bash
# Shared helpers for the scripts in tests/Performance. Source it; it defines functions and a few variables only.
#
# Every process a script starts goes through `track`, and `stop_all` (run from the scripts' EXIT trap) ends
# exactly those processes, by PID. Nothing here talks to anything but 127.0.0.1.

PERF_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$PERF_DIR/../.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

TRACKED_PIDS=()

log() { printf '== %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Installs the Debian packages that provide the given commands, when a command is missing.
# Usage: need_commands wrk:wrk nginx:nginx brotli:brotli
need_commands() {
  local missing=() pair
  for pair in "$@"; do
    command -v "${pair%%:*}" >/dev/null 2>&1 || missing+=("${pair#*:}")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    log "installing ${missing[*]} with apt-get"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

track() { TRACKED_PIDS+=("$1"); }

# Stops one tracked process (TERM, then KILL after 5 s) and waits for it.
stop_pid() {
  local pid=$1 i
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for i in $(seq 50); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null || true
  : "$i"
}

stop_all() {
  local pid
  for pid in "${TRACKED_PIDS[@]}"; do
    stop_pid "$pid"
  done
  TRACKED_PIDS=()
}

# Creates the script's work folder in WORK (/tmp/glutehealth-<name>.XXXXXX) and the traps that, on exit, stop every
# tracked process and remove the folder (kept with KEEP=1). Usage: make_work_dir <name>
make_work_dir() {
  WORK=$(mktemp -d "/tmp/glutehealth-$1.XXXXXX")
  trap remove_work_dir EXIT
  trap 'exit 130' INT TERM
}

remove_work_dir() {
  stop_all
  if [ "${KEEP:-0}" = 1 ]; then log "work folder kept: $WORK"; else rm -rf "$WORK"; fi
}

port_is_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Publishes a project in Release into a folder. Extra MSBuild arguments come from PUBLISH_ARGS.
publish() {
  local project=$1 out=$2
  # shellcheck disable=SC2086 # PUBLISH_ARGS is a list of words on purpose
  dotnet publish "$REPO_ROOT/$project" -c Release -o "$out" ${PUBLISH_ARGS:-} -nologo -v quiet >"$out.publish.log" 2>&1 \
    || { cat "$out.publish.log" >&2; die "publishing $project failed"; }
}

# Starts the published site in the background, pinned to a CPU list, with the production configuration.
# Usage: start_site <publish dir> <content dir> <port> <cpus> <log file> [extra args...]; sets SITE_PID.
# The process runs in its publish folder (as the README's deploy step does), so appsettings.json is found.
# SITE_ENV may hold extra VAR=value words for experiments (DOTNET_gcServer=0 ...).
start_site() {
  local dir=$1 content=$2 port=$3 cpus=$4 out=$5
  shift 5
  # shellcheck disable=SC2086 # SITE_ENV is a list of VAR=value words on purpose
  (cd "$dir" && exec env ASPNETCORE_ENVIRONMENT=Production ${SITE_ENV:-} taskset -c "$cpus" \
    dotnet GluteHealth.Web.dll --Content:Path="$content" --urls "http://127.0.0.1:$port" "$@" >"$out" 2>&1) &
  SITE_PID=$!
  track "$SITE_PID"
}

# The reference apps, run in the foreground (exec: the caller backgrounds or times them), in Production, pinned.
# Usage: run_minimal_kestrel <publish dir> <static dir> <port> <cpus>
#        run_minimal_razor_pages <publish dir> <content dir> <port> <cpus>
run_minimal_kestrel() {
  cd "$1" && exec env ASPNETCORE_ENVIRONMENT=Production taskset -c "$4" \
    dotnet MinimalKestrel.dll --Static:Path="$2" --urls "http://127.0.0.1:$3"
}
run_minimal_razor_pages() {
  cd "$1" && exec env ASPNETCORE_ENVIRONMENT=Production taskset -c "$4" \
    dotnet MinimalRazorPages.dll --Content:Path="$2" --urls "http://127.0.0.1:$3"
}

# Exports the published site's pages as static files (the site's `export` command). Usage: export_site <publish dir>
# <content dir> <destination> <log file>.
export_site() {
  (cd "$1" && ASPNETCORE_ENVIRONMENT=Production dotnet GluteHealth.Web.dll export "$3" --Content:Path="$2") >"$4" 2>&1 \
    || { cat "$4" >&2; die "export failed"; }
}

# Start-up time: spawns <command...> in the background (output to <log file>), polls <url> with curl in a tight loop
# on CLIENT_CPU until it answers 200, stops the process and prints the milliseconds from spawn to that answer.
# Usage: time_to_first_200 <url> <log file> <command...>
time_to_first_200() {
  local url=$1 out=$2 start end pid
  shift 2
  start=$(date +%s%N)
  "$@" >"$out" 2>&1 &
  pid=$!
  track "$pid"
  # shellcheck disable=SC2016 # $1 belongs to the inner shell
  taskset -c "$CLIENT_CPU" bash -c 'until curl -sf -o /dev/null "$1"; do :; done' _ "$url"
  end=$(date +%s%N)
  stop_pid "$pid"
  echo $(((end - start) / 1000000))
}

# Waits until a URL answers 200, for at most $2 seconds (default 30).
wait_for_200() {
  local url=$1 limit=${2:-30} deadline
  deadline=$(($(date +%s) + limit))
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$url")" = 200 ]; do
    [ "$(date +%s)" -lt "$deadline" ] || return 1
    sleep 0.05
  done
}

# Resident set size of a process in MB (one decimal).
rss_mb() { ps -o rss= -p "$1" | awk '{ printf "%.1f", $1 / 1024 }'; }

# Median of the numbers on stdin (one per line).
median() {
  sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) { print "nan"; exit } if (NR % 2) print v[(NR + 1) / 2]; else printf "%.6g\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# CPU time (user + system, all threads) a set of processes has used so far, in clock ticks.
cpu_ticks() {
  local pid total=0
  for pid in "$@"; do
    total=$((total + $(awk '{ print $14 + $15 }' "/proc/$pid/stat")))
  done
  echo "$total"
}

# Reads one wrk --latency report on stdin;
# prints "<req/s> <p50 ms> <p99 ms> <non-2xx/3xx> <socket errors> <requests>".
parse_wrk() {
  awk '
    function ms(v) {
      if (v ~ /us$/) return substr(v, 1, length(v) - 2) / 1000
      if (v ~ /ms$/) return substr(v, 1, length(v) - 2) + 0
      if (v ~ /s$/)  return substr(v, 1, length(v) - 1) * 1000
      return v + 0
    }
    /^ +50%/ { p50 = ms($2) }
    /^ +99%/ { p99 = ms($2) }
    /^Requests\/sec:/ { rps = $2 }
    /Non-2xx or 3xx responses:/ { bad = $NF }
    /Socket errors:/ { gsub(/,/, ""); errors = $4 + $6 + $8 + $10 }
    / requests in / { requests = $1 }
    END { printf "%s %s %s %d %d %d\n", rps + 0, p50 == "" ? "nan" : p50, p99 == "" ? "nan" : p99, bad, errors, requests }'
}

# Publishes the site into <dir>/site unless SITE_PUBLISH names an existing publish folder; prints the folder.
site_publish_dir() {
  if [ -n "${SITE_PUBLISH:-}" ]; then
    [ -f "$SITE_PUBLISH/GluteHealth.Web.dll" ] || die "SITE_PUBLISH=$SITE_PUBLISH has no GluteHealth.Web.dll"
    echo "$SITE_PUBLISH"
  else
    log "publishing the site (Release)"
    publish src/GluteHealth.Web "$1/site"
    echo "$1/site"
  fi
}

# Every published path of a running site: the sitemap's pages (through its parts when it is an index) plus
# search, feeds, robots, health, the stylesheet and an alias redirect. Prints one path per line.
site_paths() {
  local base=$1
  sitemap_locs "$base" /sitemap.xml
  curl -sf "$base/" | grep -o 'href="/css/[^"]*"' | sed -E 's/^href="//; s/"$//'
  printf '%s\n' /search '/search?q=glute' '/search?q=cramp+pain' '/search?q=sitting%20hip' \
    /feed.xml /sitemap.xml /robots.txt /healthz /articles/gluteal-amnesia
}

# The page paths a sitemap lists, following a sitemap index into its sitemaps (their own paths are listed too).
# Usage: sitemap_locs <base url> <sitemap path>
sitemap_locs() {
  local base=$1 xml path
  xml=$(curl -sf "$base$2")
  if grep -q '<sitemapindex' <<<"$xml"; then
    for path in $(grep -o '<loc>[^<]*</loc>' <<<"$xml" | sed -E 's#<loc>[a-z]+://[^/]+##; s#</loc>##'); do
      echo "$path"
      sitemap_locs "$base" "$path"
    done
  else
    grep -o '<loc>[^<]*</loc>' <<<"$xml" | sed -E 's#<loc>[a-z]+://[^/]+##; s#</loc>##'
  fi
}

# Writes a content folder to use in place of the real one: ARTICLES=<n> builds a synthetic library of n articles
# (scale/corpus.py), CONTENT=<folder> names one; neither copies content/. Prints the folder.
# Usage: content_folder <destination>
content_folder() {
  if [ -n "${ARTICLES:-}" ]; then
    python3 "$PERF_DIR/scale/corpus.py" "$REPO_ROOT/content" "$1" "$ARTICLES" || die "could not build $ARTICLES articles"
  else
    cp -r "${CONTENT:-$REPO_ROOT/content}" "$1"
  fi
  echo "$1"
}

# Counts the site's request events (compact JSON lines) per status outside 2xx/3xx, worst paths first (top 10).
bad_answers_in_log() {
  sed -nE 's/.*"RequestPath":"(([^"\\]|\\.)*)","StatusCode":([0-9]+).*/\3 \1/p' "$1" | awk '$1 !~ /^[23]/ && $2 != "/readyz"' | sort | uniq -c | sort -rn | head -n 10
}

# Counts the site's request events answered 5xx, leaving out the readiness probe's 503s while the site starts.
server_errors_in_log() {
  grep -E '"StatusCode":5[0-9][0-9]' "$1" | grep -cv '"RequestPath":"/readyz"' || true
}
