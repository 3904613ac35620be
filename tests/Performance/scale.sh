#!/usr/bin/env bash
# How costs grow with the library: synthetic content folders of SIZES articles (scale/corpus.py builds them from
# the real articles: own slug, title, topics and a paragraph of varied words; N/50 topics), and for each size:
#   - `check` and start to the first served article (ROUNDS runs each, medians);
#   - the size of every page type (home, topic index, a topic page and its page 2, A-Z, an A-Z letter, a
#     no-results search, an article, the feed, the sitemap);
#   - one edited, added, renamed and deleted file under load: milliseconds until the change is served, and the
#     reload cost the site logs;
#   - search latency (wrk, one connection, three-word queries at random from the articles' own words, p50/p99);
#   - RSS after LOAD_SECONDS of load over every page type;
#   - `export` of the whole site against hugo building the same Markdown with layouts of the same shape
#     (scale/hugo: table of contents, three related articles, paginated topic pages), interleaved, ROUNDS each.
# Prints one table with the ratios, and the load average before each size.
#
#   tests/Performance/scale.sh
#   SIZES="100 1000" ROUNDS=1 tests/Performance/scale.sh      # a quick look
#
# Knobs: SIZES="100 1000 10000" ROUNDS=3 LOAD_SECONDS=60 SEARCH_SECONDS=20 PORT=18500 SERVER_CPU=0 CLIENT_CPU=1
#        BUILD_CPUS=0,1 SITE_PUBLISH=<existing publish folder> KEEP=0
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "$0")/lib.sh"

SIZES=${SIZES:-"100 1000 10000"}
ROUNDS=${ROUNDS:-3}
LOAD_SECONDS=${LOAD_SECONDS:-60}
SEARCH_SECONDS=${SEARCH_SECONDS:-20}
PORT=${PORT:-18500}
SERVER_CPU=${SERVER_CPU:-0}
CLIENT_CPU=${CLIENT_CPU:-1}
BUILD_CPUS=${BUILD_CPUS:-0,1}
KEEP=${KEEP:-0}
BASE="http://127.0.0.1:$PORT"
SCALE_DIR="$PERF_DIR/scale"

make_work_dir scale
need_commands wrk:wrk curl:curl taskset:util-linux hugo:hugo python3:python3
port_is_free "$PORT" || die "port $PORT on 127.0.0.1 is in use (set PORT)"
PUBLISHED=$(site_publish_dir "$WORK")

seconds_since() { awk -v s="$1" -v e="$(date +%s%N)" 'BEGIN { printf "%.2f", (e - s) / 1e9 }'; }

# Milliseconds until <url> answers 200 with a body containing <text> (or, with text "-404-", answers 404).
ms_until_served() {
  local url=$1 text=$2 start=$3 limit=$(($(date +%s) + 30))
  while :; do
    if [ "$text" = -404- ]; then
      [ "$(curl -s -o /dev/null -w '%{http_code}' "$url")" = 404 ] && break
    elif curl -sf "$url" 2>/dev/null | grep -qF "$text"; then
      break
    fi
    [ "$(date +%s)" -lt "$limit" ] || { echo "timeout"; return; }
    sleep 0.01
  done
  echo $((($(date +%s%N) - start) / 1000000))
}

page_bytes() { curl -s -o /dev/null -w '%{size_download}' "$BASE$1"; }

run_check() { # <content> -> seconds
  local start
  start=$(date +%s%N)
  (cd "$PUBLISHED" && ASPNETCORE_ENVIRONMENT=Production taskset -c "$BUILD_CPUS" \
    dotnet GluteHealth.Web.dll check --Content:Path="$1" >"$WORK/check.log" 2>&1) \
    || { tail -n 20 "$WORK/check.log" >&2; die "check failed on $1"; }
  seconds_since "$start"
}

run_start() { # <content> <article path> -> seconds to the first 200
  local start pid
  start=$(date +%s%N)
  (cd "$PUBLISHED" && exec env ASPNETCORE_ENVIRONMENT=Production taskset -c "$BUILD_CPUS" \
    dotnet GluteHealth.Web.dll --Content:Path="$1" --urls "$BASE" >"$WORK/start.log" 2>&1) &
  pid=$!
  track "$pid"
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE$2")" = 200 ]; do
    kill -0 "$pid" 2>/dev/null || { cat "$WORK/start.log" >&2; die "the site died while starting"; }
    sleep 0.02
  done
  seconds_since "$start"
  stop_pid "$pid"
}

run_export() { # <content> <destination> -> seconds
  local start
  rm -rf "$2"
  start=$(date +%s%N)
  (cd "$PUBLISHED" && ASPNETCORE_ENVIRONMENT=Production taskset -c "$BUILD_CPUS" \
    dotnet GluteHealth.Web.dll export "$2" --Content:Path="$1" >"$WORK/export.log" 2>&1) \
    || { tail -n 20 "$WORK/export.log" >&2; die "export failed"; }
  seconds_since "$start"
}

run_hugo() { # <hugo site> -> seconds
  local start
  rm -rf "$1/public"
  start=$(date +%s%N)
  (cd "$1" && taskset -c "$BUILD_CPUS" hugo --quiet -d "$1/public" >"$WORK/hugo.log" 2>&1) \
    || { tail -n 20 "$WORK/hugo.log" >&2; die "hugo failed"; }
  seconds_since "$start"
}

ROWS=()
RSS_POINTS=()
for size in $SIZES; do
  log "$size articles (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  content="$WORK/content-$size"
  python3 "$SCALE_DIR/corpus.py" "$REPO_ROOT/content" "$content" "$size"
  hugo_site="$WORK/hugo-$size"
  mkdir -p "$hugo_site/content/articles"
  cp "$content"/*.md "$hugo_site/content/articles/"
  cp -r "$SCALE_DIR/hugo/hugo.toml" "$SCALE_DIR/hugo/layouts" "$hugo_site/"
  article=$(find "$content" -maxdepth 1 -name '*.md' | sort | sed -n 1p)
  article_slug=$(sed -nE 's/^slug: *//p' "$article" | head -n 1)

  checks=() starts=()
  for _ in $(seq "$ROUNDS"); do
    checks+=("$(run_check "$content")")
    starts+=("$(run_start "$content" "/articles/$article_slug")")
  done
  check_s=$(printf '%s\n' "${checks[@]}" | median)
  start_s=$(printf '%s\n' "${starts[@]}" | median)
  log "check ${checks[*]} s; start ${starts[*]} s"

  # --- serving ---------------------------------------------------------------------------------------------
  start_site "$PUBLISHED" "$content" "$PORT" "$SERVER_CPU" "$WORK/site-$size.log" --RateLimiting:Search:PermitLimit=100000000
  wait_for_200 "$BASE/articles/$article_slug" 300 || die "the site did not start; see $WORK/site-$size.log"
  wait_for_200 "$BASE/readyz" 300 || die "the site never became ready (/readyz); see $WORK/site-$size.log"

  declare -A size_of=()
  letter=$(curl -sf "$BASE/a-z" | grep -oE 'href="/a-z/[^"/]+"' | head -n 1 | sed -E 's#href="/a-z/##; s/"$//' || true)
  for path in / /topics /topics/topic-001 /topics/topic-001/page/2 /a-z "/a-z/${letter:-a}" \
    "/search?q=zzzqqqxx" "/search?q=hip" "/articles/$article_slug" /feed.xml /sitemap.xml; do
    size_of[$path]=$(page_bytes "$path")
  done
  max_html=0 max_path=
  for path in "${!size_of[@]}"; do
    case "$path" in /feed.xml|/sitemap.xml) continue ;; esac
    if [ "${size_of[$path]}" -gt "$max_html" ]; then max_html=${size_of[$path]}; max_path=$path; fi
  done
  log "page bytes: $(for p in "${!size_of[@]}"; do printf '%s=%s ' "$p" "${size_of[$p]}"; done)"

  # The words readers would search for: the real articles' own words, most common first.
  cat "$REPO_ROOT"/content/*.md | tr 'A-Z' 'a-z' | grep -oE '[a-z]{5,}' | sort | uniq -c | sort -rn \
    | awk 'NR <= 200 { print $2 }' >"$WORK/words.txt"
  # One query at a time: the latency a reader sees, not a queue of eight on one core.
  search=$(taskset -c "$CLIENT_CPU" wrk -t1 -c1 -d"${SEARCH_SECONDS}s" --latency -s "$SCALE_DIR/search.lua" "$BASE" \
    -- "$WORK/words.txt" | parse_wrk)
  read -r search_rps search_p50 search_p99 search_bad _ _ <<<"$search"
  log "search: $search_rps req/s, p50 $search_p50 ms, p99 $search_p99 ms, $search_bad non-2xx"

  # Every page type, for the memory figure and as the load the edits are made under.
  {
    printf '%s\n' / /topics /a-z /feed.xml /sitemap.xml "/search?q=hip+pain+sitting" "/search?q=zzzqqqxx"
    grep -oE '^- key: .*' "$content/topics.yml" | sed -E 's#^- key: #/topics/#'
    find "$content" -maxdepth 1 -name '*.md' -printf '%f\n' | sed -E 's#\.md$##; s#^#/articles/#' | shuf -n 2000 --random-source=<(yes)
  } >"$WORK/paths.txt"
  taskset -c "$CLIENT_CPU" wrk -t1 -c32 -d"${LOAD_SECONDS}s" -s "$PERF_DIR/rotate.lua" "$BASE" -- "$WORK/paths.txt" \
    >"$WORK/load-$size.txt" 2>&1 &
  load_pid=$!
  track "$load_pid"
  sleep 2

  # One edited, added, renamed and deleted file, each served (or gone) before the next.
  edited="$content/$(basename "$article")"
  start=$(date +%s%N)
  sed -i -E "0,/^title: /s/^title: \"?(.*[^\"])\"?$/title: \"\1 edited\"/" "$edited"
  edit_ms=$(ms_until_served "$BASE/articles/$article_slug" "edited" "$start")
  start=$(date +%s%N)
  sed -E "s/^slug: .*/slug: scale-added/; 0,/^title: /s/^title: .*/title: \"Scale added article\"/" "$edited" >"$content/scale-added.md"
  add_ms=$(ms_until_served "$BASE/articles/scale-added" "Scale added article" "$start")
  start=$(date +%s%N)
  sed -E "s/^slug: .*/slug: scale-renamed/" "$content/scale-added.md" >"$content/scale-renamed.md.tmp"
  mv "$content/scale-renamed.md.tmp" "$content/scale-renamed.md"
  rm "$content/scale-added.md"
  rename_ms=$(ms_until_served "$BASE/articles/scale-renamed" "Scale added article" "$start")
  start=$(date +%s%N)
  rm "$content/scale-renamed.md"
  delete_ms=$(ms_until_served "$BASE/articles/scale-renamed" -404- "$start")
  log "edit $edit_ms ms, add $add_ms ms, rename $rename_ms ms, delete $delete_ms ms"
  wait "$load_pid" || true
  rss=$(rss_mb "$SITE_PID")
  load_statuses=$(grep -o 'statuses.*' "$WORK/load-$size.txt" || echo "statuses ?")
  # The site logs each reload's cost; the last four are the edits above.
  reload_ms=$(grep -oE '"ReloadMilliseconds":[0-9.]+' "$WORK/site-$size.log" | cut -d: -f2 | tail -n 4 | paste -sd/ || true)
  log "RSS after ${LOAD_SECONDS}s of load: $rss MB ($load_statuses); reload costs: ${reload_ms:-not logged} ms"
  stop_pid "$SITE_PID"

  # --- export against hugo, interleaved -----------------------------------------------------------------------
  exports=() hugos=()
  for _ in $(seq "$ROUNDS"); do
    exports+=("$(run_export "$content" "$WORK/export-$size")")
    hugos+=("$(run_hugo "$hugo_site")")
  done
  export_s=$(printf '%s\n' "${exports[@]}" | median)
  hugo_s=$(printf '%s\n' "${hugos[@]}" | median)
  log "export ${exports[*]} s; hugo ${hugos[*]} s"
  rm -rf "$WORK/export-$size" "$hugo_site/public"

  ROWS+=("$(printf '| %s | %s | %s | %s/%s/%s/%s | %s | %s KB (%s) | %s KB | %s / %s | %s | %s | %s | %s | %s |' \
    "$size" "$check_s" "$start_s" "$edit_ms" "$add_ms" "$rename_ms" "$delete_ms" "${reload_ms:-?}" \
    "$((max_html / 1024))" "$max_path" "$((size_of[/feed.xml] / 1024))" "$search_p50" "$search_p99" "$rss" \
    "$export_s" "$hugo_s" "$(awk -v a="$export_s" -v b="$hugo_s" 'BEGIN { printf "%.2f", a / b }')" \
    "$(cut -d' ' -f1 /proc/loadavg)")")
  RSS_POINTS+=("$size $rss")
done

echo
echo "| articles | check s | start s | edit/add/rename/delete served ms | reload ms (logged) | largest HTML page | feed | search p50 / p99 ms | RSS MB | export s | hugo s | export / hugo | load avg after |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
printf '%s\n' "${ROWS[@]}"
if [ "${#RSS_POINTS[@]}" -ge 2 ]; then
  printf '%s\n' "${RSS_POINTS[@]}" | awk 'NR == 1 { n0 = $1; r0 = $2 } { n1 = $1; r1 = $2 }
    END { printf "\nmemory per 1,000 articles: %.1f MB (RSS from %d to %d articles)\n", (r1 - r0) / (n1 - n0) * 1000, n0, n1 }'
fi
