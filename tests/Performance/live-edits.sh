#!/usr/bin/env bash
# Live edits under load. The site serves a COPY of content/ while wrk (CONNECTIONS connections) rotates through
# every published path, and this script edits, adds, renames and deletes articles in the copy every INTERVAL
# seconds. Every version written carries a unique marker token in its title and in its last paragraph
# ("Version marker: zqmN."); a sampler fetches article pages with curl throughout and checks that the marker
# in <title> equals the marker in the body (a torn or half-read version would not).
#
#   tests/Performance/live-edits.sh
#
# Passes when: no 5xx (wrk, sampler, site log), no socket errors, no torn page, the site still runs, and the
# final state is served within FINAL_LIMIT_MS (1000) of the last edit — every article page, 404 for deleted
# ones, and the sitemap, feed, topic pages and search all agreeing with the files on disk.
# With ARTICLES=<n> it runs over a synthetic library of n articles (lib.sh content_folder), CONTENT=<folder> over
# another folder; the final check then reads every changed article, every deleted one, every topic page (following
# its pages), the sitemap (and a sitemap index's files), and the feed (newest entries only, none stale).
# Knobs: ARTICLES=<n> CONTENT=<folder> DURATION=60 EDIT_SECONDS=45 INTERVAL=0.2 CONNECTIONS=128 FINAL_LIMIT_MS=1000 PORT=18480
#        SERVER_CPU=0 CLIENT_CPU=1 SITE_PUBLISH=<existing publish folder> KEEP=0
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "$0")/lib.sh"

DURATION=${DURATION:-60}
EDIT_SECONDS=${EDIT_SECONDS:-45}
INTERVAL=${INTERVAL:-0.2}
CONNECTIONS=${CONNECTIONS:-128}
FINAL_LIMIT_MS=${FINAL_LIMIT_MS:-1000}
PORT=${PORT:-18480}
SERVER_CPU=${SERVER_CPU:-0}
CLIENT_CPU=${CLIENT_CPU:-1}
KEEP=${KEEP:-0}
BASE="http://127.0.0.1:$PORT"
[ "$EDIT_SECONDS" -lt "$DURATION" ] || die "EDIT_SECONDS must be shorter than DURATION (the final check runs under load)"

make_work_dir live
need_commands wrk:wrk curl:curl taskset:util-linux shuf:coreutils
port_is_free "$PORT" || die "port $PORT on 127.0.0.1 is in use (set PORT)"

CONTENT=$(content_folder "$WORK/content")
FIRST_TOPIC=$(sed -nE 's/^- key: *//p' "$CONTENT/topics.yml" | head -n 1)
PUBLISHED=$(site_publish_dir "$WORK")
start_site "$PUBLISHED" "$CONTENT" "$PORT" "$SERVER_CPU" "$WORK/site.log" --RateLimiting:Search:PermitLimit=1000000
wait_for_200 "$BASE/" 120 || die "the site did not start; see $WORK/site.log"
# As a deployment's readiness probe would: a large library builds its search index in the background, and
# search answers 503 "starting" until then.
wait_for_200 "$BASE/readyz" 300 || die "the site never became ready (/readyz); see $WORK/site.log"
site_paths "$BASE" >"$WORK/paths.txt"

# --- the editor's model of the folder ------------------------------------------------------------------------
# FILE_SLUG[file]=slug, MARKER[slug]=marker of its current version ("" = untouched), BASE_TEXT[slug]=its text
# without a marker (read when the article is first edited). STATE (slug marker per line) is what the sampler
# reads; it is replaced atomically.
declare -A FILE_SLUG MARKER BASE_TEXT
DELETED=()
while IFS=: read -r file _ slug; do
  slug=${slug# }
  FILE_SLUG[$(basename "$file")]=$slug
  MARKER[$slug]=""
done < <(grep -m1 -H '^slug:' "$CONTENT"/*.md)
STATE="$WORK/state.txt"
write_state() {
  local file
  for file in "${!FILE_SLUG[@]}"; do
    echo "${FILE_SLUG[$file]} ${MARKER[${FILE_SLUG[$file]}]:--}"
  done >"$STATE.tmp"
  mv "$STATE.tmp" "$STATE"
}
write_state

COUNTER=0
next_marker() { COUNTER=$((COUNTER + 1)); MARK="zqm$COUNTER"; }

# The text of a version: the title line gets the marker (inside the quotes of a quoted title, so the YAML stays
# valid), and a last paragraph carries it too.
versioned_text() { # <slug> <marker>
  printf '%s\n' "${BASE_TEXT[$1]}" | sed -E "0,/^title: /{s/^(title: \".*)\"$/\1 $2\"/;t;s/^(title: .*)$/\1 $2/}"
  printf '\nVersion marker: %s.\n' "$2"
}

# Writes a file the way different editors do: in place in one write, in place in two writes 30 ms apart
# (a slow save caught half-way), or to a hidden temporary file renamed over the old one.
write_file() { # <path> <style 0|1|2>; text on stdin
  local tmp="$WORK/next.txt" half
  cat >"$tmp"
  case $2 in
    0) cat "$tmp" >"$1" ;;
    1)
      half=$(($(wc -c <"$tmp") / 2))
      { head -c "$half" "$tmp"; sleep 0.03; tail -c +"$((half + 1))" "$tmp"; } >"$1"
      ;;
    *) cp "$tmp" "$(dirname "$1")/.$(basename "$1").tmp" && mv "$(dirname "$1")/.$(basename "$1").tmp" "$1" ;;
  esac
}

op_edit() {
  local file
  file=$(printf '%s\n' "${!FILE_SLUG[@]}" | shuf -n1)
  next_marker
  MARKER[${FILE_SLUG[$file]}]=$MARK
  # Read here, not inside the pipeline below: a pipeline's parts run in subshells, which would forget it.
  [ -n "${BASE_TEXT[${FILE_SLUG[$file]}]+set}" ] || BASE_TEXT[${FILE_SLUG[$file]}]=$(cat "$CONTENT/$file")
  versioned_text "${FILE_SLUG[$file]}" "$MARK" | write_file "$CONTENT/$file" $((COUNTER % 3))
  LAST_OP="edit $file -> $MARK"
}

op_add() {
  local slug="live-edit-$((COUNTER + 1))"
  BASE_TEXT[$slug]="---
title: Live edit $((COUNTER + 1))
slug: $slug
summary: A page added while the site was under load, to check that new articles appear whole and at once.
topics: [$FIRST_TOPIC]
published: 2026-11-01
reviewed: 2026-11-02
---

This page was written by tests/Performance/live-edits.sh while the site was busy.

## Why it exists

It checks that an article added to the content folder appears on the site whole, in every list, and quickly.

## When to see a doctor

:::see-a-doctor
- anything on this test page worries you
:::"
  next_marker
  MARKER[$slug]=$MARK
  FILE_SLUG[$slug.md]=$slug
  versioned_text "$slug" "$MARK" | write_file "$CONTENT/$slug.md" 0
  LAST_OP="add $slug.md -> $MARK"
}

op_rename() {
  local file new
  file=$(printf '%s\n' "${!FILE_SLUG[@]}" | shuf -n1)
  new="renamed-$COUNTER-${file#renamed-*-}"
  mv "$CONTENT/$file" "$CONTENT/$new"
  FILE_SLUG[$new]=${FILE_SLUG[$file]}
  unset 'FILE_SLUG[$file]'
  LAST_OP="rename $file -> $new"
}

op_delete() {
  local file
  file=$(printf '%s\n' "${!FILE_SLUG[@]}" | grep -E '(^|-)live-edit-' | shuf -n1 || true)
  [ -n "$file" ] || { op_add; return; }
  rm "$CONTENT/$file"
  DELETED+=("${FILE_SLUG[$file]}")
  unset 'MARKER[${FILE_SLUG[$file]}]'
  unset 'FILE_SLUG[$file]'
  LAST_OP="delete $file"
}

# --- the sampler -------------------------------------------------------------------------------------------
# Fetches random current article pages and classifies each answer: whole, torn, 404 (deleted meanwhile), 5xx.
sampler() {
  local slug status body title_mark body_mark
  while [ ! -f "$WORK/stop-sampler" ]; do
    slug=$(shuf -n1 "$STATE" | cut -d' ' -f1)
    body="$WORK/sample.html"
    status=$(curl -s -o "$body" -w '%{http_code}' "$BASE/articles/$slug")
    case $status in
      200)
        title_mark=$(sed -nE 's#.*<title>([^<]*)</title>.*#\1#p' "$body" | grep -oE 'zqm[0-9]+' | head -n1 || true)
        body_mark=$(grep -oE 'Version marker: zqm[0-9]+' "$body" | sed 's/Version marker: //' | head -n1 || true)
        if [ "$title_mark" = "$body_mark" ]; then echo "whole $slug ${title_mark:--}"; else echo "torn $slug title=${title_mark:--} body=${body_mark:--}"; fi
        ;;
      404) echo "404 $slug" ;;
      5*) echo "5xx $slug $status" ;;
      *) echo "other $slug $status" ;;
    esac
  done >"$WORK/samples.txt"
}

# --- the run -----------------------------------------------------------------------------------------------
log "load: ${DURATION}s, $CONNECTIONS connections over $(wc -l <"$WORK/paths.txt") paths; edits every ${INTERVAL}s for ${EDIT_SECONDS}s"
taskset -c "$CLIENT_CPU" wrk -t1 "-c$CONNECTIONS" "-d${DURATION}s" -s "$PERF_DIR/rotate.lua" "$BASE" -- "$WORK/paths.txt" >"$WORK/wrk.txt" &
WRK_PID=$!
track "$WRK_PID"
sampler &
track $!
sleep 2

OPS=(op_edit op_add op_edit op_rename op_edit op_delete op_add op_edit)
declare -A OP_COUNT
END=$(($(date +%s) + EDIT_SECONDS))
i=0
while [ "$(date +%s)" -lt "$END" ]; do
  op=${OPS[$((i % ${#OPS[@]}))]}
  "$op"
  OP_COUNT[$op]=$((${OP_COUNT[$op]:-0} + 1))
  write_state
  i=$((i + 1))
  sleep "$INTERVAL"
done
op_edit # the last change is always a visible one
OP_COUNT[op_edit]=$((OP_COUNT[op_edit] + 1))
LAST_EDIT=$(date +%s%N)
write_state
log "last change: $LAST_OP"

# --- the final state ---------------------------------------------------------------------------------------
EXPECTED_MARKERS=$(for s in "${FILE_SLUG[@]}"; do echo "${MARKER[$s]}"; done | grep . | sort -u | paste -sd' ')
EXPECTED_SLUGS=$(printf '%s\n' "${FILE_SLUG[@]}" | sort -u | paste -sd' ')
markers_in() { grep -oE 'zqm[0-9]+' | sort -u | paste -sd' '; }

# The last edit is visible on its own page once the final snapshot is live (snapshots are swapped whole).
LAST_SLUG=${LAST_OP#edit }
LAST_SLUG=${FILE_SLUG[${LAST_SLUG%% -> *}]}
FINAL_MS=""
while :; do
  if curl -s "$BASE/articles/$LAST_SLUG" | grep -c "Version marker: $MARK\." >/dev/null; then
    FINAL_MS=$((($(date +%s%N) - LAST_EDIT) / 1000000))
    break
  fi
  [ $(($(date +%s%N) - LAST_EDIT)) -lt 10000000000 ] || break
  sleep 0.01
done

# Then everything else must agree with the files.
MISMATCHES=()
CHANGED_SLUGS=$(for s in "${FILE_SLUG[@]}"; do if [ -n "${MARKER[$s]}" ]; then echo "$s"; fi; done | sort -u)
UNTOUCHED_SAMPLE=$(for s in "${FILE_SLUG[@]}"; do if [ -z "${MARKER[$s]}" ]; then echo "$s"; fi; done | shuf -n 50)
for slug in $CHANGED_SLUGS $UNTOUCHED_SAMPLE; do
  page=$(curl -s "$BASE/articles/$slug")
  want=${MARKER[$slug]}
  got_title=$(printf '%s' "$page" | sed -nE 's#.*<title>([^<]*)</title>.*#\1#p' | grep -oE 'zqm[0-9]+' | head -n1 || true)
  got_body=$(printf '%s' "$page" | grep -oE 'Version marker: zqm[0-9]+' | sed 's/Version marker: //' | head -n1 || true)
  [ "$got_title" = "$want" ] && [ "$got_body" = "$want" ] || MISMATCHES+=("/articles/$slug shows title=${got_title:--} body=${got_body:--}, want ${want:--}")
  # (grep reads the whole answer: grep -q would close the pipe early, and pipefail would count curl's error)
  if [ -n "$want" ] && ! curl -s "$BASE/search?q=$want" | grep -c "href=\"/articles/$slug\"" >/dev/null; then
    MISMATCHES+=("search for $want does not find /articles/$slug")
  fi
done
for slug in "${DELETED[@]}"; do
  [[ " $EXPECTED_SLUGS " == *" $slug "* ]] && continue
  status=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/articles/$slug")
  [ "$status" = 404 ] || MISMATCHES+=("deleted /articles/$slug answers $status")
done
SITEMAP_SLUGS=$(sitemap_locs "$BASE" /sitemap.xml | grep -oE '^/articles/[a-z0-9-]+$' | sed 's#/articles/##' | sort -u | paste -sd' ')
[ "$SITEMAP_SLUGS" = "$EXPECTED_SLUGS" ] || MISMATCHES+=("sitemap lists '$SITEMAP_SLUGS', want '$EXPECTED_SLUGS'")
# Every page of a topic, following its rel="next" links.
topic_pages() { # <path>
  local path=$1 page
  while [ -n "$path" ]; do
    page=$(curl -s "$BASE$path")
    printf '%s\n' "$page"
    path=$(grep -oE '<link rel="next" href="[^"]+"' <<<"$page" | sed -E 's#.*href="([^"]+)"#\1#; s#^[a-z]+://[^/]+##' | head -n 1 || true)
  done
}
TOPIC_MARKERS=$(curl -s "$BASE/topics" | grep -oE 'href="/topics/[a-z0-9-]+"' | sed -E 's#href="(/topics/[a-z0-9-]+)"#\1#' | sort -u |
  while read -r path; do topic_pages "$path"; done | markers_in)
[ "$TOPIC_MARKERS" = "$EXPECTED_MARKERS" ] || MISMATCHES+=("topic pages show markers '$TOPIC_MARKERS', want '$EXPECTED_MARKERS'")
# The feed carries the newest entries only: every marker it shows must be a current one (none stale).
for marker in $(curl -s "$BASE/feed.xml" | markers_in); do
  [[ " $EXPECTED_MARKERS " == *" $marker "* ]] || MISMATCHES+=("feed shows stale marker $marker")
done

touch "$WORK/stop-sampler"
wait "$WRK_PID" || true
ALIVE=yes
kill -0 "$SITE_PID" 2>/dev/null || ALIVE=no
sleep 0.5

read -r c2 c3 c4 c5 other < <(sed -nE 's/^statuses 2xx=([0-9]+) 3xx=([0-9]+) 4xx=([0-9]+) 5xx=([0-9]+) other=([0-9]+)$/\1 \2 \3 \4 \5/p' "$WORK/wrk.txt")
read -r _ _ _ _ errors requests < <(parse_wrk <"$WORK/wrk.txt")
SAMPLES=$(wc -l <"$WORK/samples.txt")
WHOLE=$(grep -c '^whole ' "$WORK/samples.txt" || true)
TORN=$(grep -c '^torn ' "$WORK/samples.txt" || true)
SAMPLE_404=$(grep -c '^404 ' "$WORK/samples.txt" || true)
SAMPLE_5XX=$(grep -c '^5xx ' "$WORK/samples.txt" || true)
LOG_5XX=$(server_errors_in_log "$WORK/site.log")
RELOADS=$(grep -c 'Loaded content version' "$WORK/site.log" || true)

echo
echo "live edits: $(date -u '+%Y-%m-%d %H:%M UTC'); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "changes: $i in ${EDIT_SECONDS}s + 1 final edit (edits ${OP_COUNT[op_edit]}, adds ${OP_COUNT[op_add]:-0}, renames ${OP_COUNT[op_rename]:-0}, deletes ${OP_COUNT[op_delete]:-0}); content reloads logged: $RELOADS"
echo "load: $requests requests; 2xx $c2, 3xx $c3, 4xx $c4, 5xx $c5, other $other; socket errors $errors"
echo "samples: $SAMPLES article pages fetched during the edits: $WHOLE whole, $TORN torn, $SAMPLE_404 404 (deleted meanwhile), $SAMPLE_5XX 5xx"
echo "5xx in the site's log: $LOG_5XX; site alive: $ALIVE"
echo "final state ($(wc -w <<<"$EXPECTED_SLUGS") articles) served ${FINAL_MS:-never (10 s)} ms after the last edit (limit $FINAL_LIMIT_MS ms)"
FAILURES=()
[ "$((c5 + SAMPLE_5XX + LOG_5XX))" -eq 0 ] || FAILURES+=("5xx answers: wrk $c5, sampler $SAMPLE_5XX, log $LOG_5XX")
[ "$errors" -eq 0 ] || FAILURES+=("$errors socket errors")
[ "$TORN" -eq 0 ] || FAILURES+=("$TORN torn pages: $(grep '^torn ' "$WORK/samples.txt" | head -n3 | paste -sd';')")
[ "$WHOLE" -gt 0 ] || FAILURES+=("the sampler saw no whole page")
[ "$ALIVE" = yes ] || FAILURES+=("the site died")
[ -n "$FINAL_MS" ] && [ "$FINAL_MS" -le "$FINAL_LIMIT_MS" ] || FAILURES+=("final state served after ${FINAL_MS:-more than 10000} ms")
[ "${#MISMATCHES[@]}" -eq 0 ] || FAILURES+=("${MISMATCHES[@]}")
if [ "${#FAILURES[@]}" -gt 0 ]; then
  printf 'FAILED: %s\n' "${FAILURES[@]}"
  exit 1
fi
echo "PASSED: no 5xx, no torn page, final state everywhere within ${FINAL_MS} ms"
