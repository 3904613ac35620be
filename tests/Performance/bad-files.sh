#!/usr/bin/env bash
# Broken content files. The site serves a COPY of content/; one after another, an article (and then a new file
# and the topic list) is overwritten with a broken version: caught mid-write (cut inside its front matter),
# empty, binary, 10 MB, invalid UTF-8, a YAML "billion laughs" bomb. After each, the script waits for the
# reload and checks that the process still runs, that the article's page is byte-for-byte the last good one,
# that /healthz answers, and that the site's log reports the file by name. Then the good file is restored.
#
#   tests/Performance/bad-files.sh
#
# Exit 1 if any check fails. Knobs: PORT=18580 SERVER_CPU=0 SITE_PUBLISH=<existing publish folder> KEEP=0
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "$0")/lib.sh"

PORT=${PORT:-18580}
SERVER_CPU=${SERVER_CPU:-0}
KEEP=${KEEP:-0}
BASE="http://127.0.0.1:$PORT"
ARTICLE=dead-butt-syndrome
WAIT_SECONDS=10

make_work_dir bad
need_commands curl:curl taskset:util-linux gzip:gzip
port_is_free "$PORT" || die "port $PORT on 127.0.0.1 is in use (set PORT)"

CONTENT="$WORK/content"
cp -r "$REPO_ROOT/content" "$CONTENT"
GOOD="$WORK/good.md"
cp "$CONTENT/$ARTICLE.md" "$GOOD"
cp "$CONTENT/topics.yml" "$WORK/good-topics.yml"
PUBLISHED=$(site_publish_dir "$WORK")
LOG="$WORK/site.log"
start_site "$PUBLISHED" "$CONTENT" "$PORT" "$SERVER_CPU" "$LOG"
wait_for_200 "$BASE/articles/$ARTICLE" || die "the site did not start; see $LOG"
curl -sf -o "$WORK/good.html" "$BASE/articles/$ARTICLE"

# --- the broken versions -----------------------------------------------------------------------------------
make_truncated() { head -c 180 "$GOOD"; }
make_empty() { :; }
make_binary() { gzip -9 -c "$GOOD"; }
make_huge() { # the article, then ~10 MB of ordinary text
  cat "$GOOD"
  awk 'BEGIN { for (i = 0; i < 114000; i++) print "Gluteus medius keeps the pelvis level when you stand on one leg, walk or run up the stairs." }'
}
make_invalid_utf8() { # a lone continuation byte and a truncated sequence in the middle of the body
  head -n 20 "$GOOD"
  printf 'Caf\xe9 and \xc3( are not UTF-8.\n'
  tail -n +21 "$GOOD"
}
make_yaml_bomb() { # nine levels of nine aliases: 387,420,489 strings if anything expands it
  printf -- '---\n'
  printf 'a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
  local level
  for level in 1 2 3 4 5 6 7 8; do
    local prev="*a$((level - 1))"
    printf 'a%d: &a%d [%s,%s,%s,%s,%s,%s,%s,%s,%s]\n' "$level" "$level" "$prev" "$prev" "$prev" "$prev" "$prev" "$prev" "$prev" "$prev" "$prev"
  done
  sed -n '2,/^---$/p' "$GOOD" | sed -E 's/^topics: .*/topics: *a8/; s/^aliases: .*/aliases: *a8/'
  sed '1,/^---$/d' "$GOOD"
}
make_topics_cut() { head -c 180 "$WORK/good-topics.yml"; }

reloads() { grep -c 'Loaded content version' "$LOG" || true; }

# Waits until the site has reloaded after a change and reported a problem in <file>; prints the report.
wait_for_report() { # <file> <reload count before>
  local deadline=$(($(date +%s) + WAIT_SECONDS)) line
  while [ "$(date +%s)" -lt "$deadline" ]; do
    if [ "$(reloads)" -gt "$2" ]; then
      line=$(grep -a "\"Problem\":\"$1:" "$LOG" | tail -n1 || true)
      if [ -n "$line" ] && [ "$(grep -ac "\"Problem\":\"$1:" "$LOG")" -gt "${3:-0}" ]; then
        echo "Content problem $(sed -E 's/.*"Problem":"(([^"\\]|\\.)*)".*/\1/' <<<"$line")" | cut -c1-160
        return 0
      fi
    fi
    sleep 0.1
  done
  return 1
}

wait_for_reload() { # <reload count before>
  local deadline=$(($(date +%s) + WAIT_SECONDS))
  until [ "$(reloads)" -gt "$1" ]; do
    [ "$(date +%s)" -lt "$deadline" ] || return 1
    sleep 0.1
  done
  sleep 0.3 # a second file event may follow the first
}

RESULTS=()
FAILED=0
check_case() { # <name> <file written> <file reported>; the broken bytes were just written
  local name=$1 file=$2 before_reports=$4 report ok=yes notes=()
  if report=$(wait_for_report "$3" "$5" "$before_reports"); then :; else
    report="(no report in the log within ${WAIT_SECONDS}s)"
    ok=no
  fi
  if ! kill -0 "$SITE_PID" 2>/dev/null; then ok=no; notes+=("the site died"); fi
  if curl -s -o "$WORK/now.html" "$BASE/articles/$ARTICLE" && cmp -s "$WORK/now.html" "$WORK/good.html"; then :; else
    ok=no
    notes+=("/articles/$ARTICLE is not the last good page")
  fi
  local health
  health=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/healthz" || true)
  [ "$health" != 000 ] || { ok=no; notes+=("/healthz did not answer"); }
  local rss
  rss=$(rss_mb "$SITE_PID" 2>/dev/null || echo "-")
  RESULTS+=("$(printf '| %-22s | %-4s | %-7s | %6s | %s %s |' "$name" "$ok" "$health" "$rss" "$report" "${notes[*]:-}")")
  [ "$ok" = yes ] || FAILED=$((FAILED + 1))
  log "$name ($file): $ok; $report ${notes[*]:-}"
}

run_case() { # <name> <generator> <file in the content folder> <reported file name>
  local name=$1 generator=$2 file=$3 reported=$4 before_reloads before_reports
  before_reloads=$(reloads)
  before_reports=$(grep -ac "\"Problem\":\"$reported:" "$LOG" || true)
  "$generator" >"$WORK/broken"
  cat "$WORK/broken" >"$CONTENT/$file" # in place, as an editor that truncates and writes does
  check_case "$name" "$file" "$reported" "$before_reports" "$before_reloads"
  # Put the good version back (or remove the new file) and wait for the reload.
  before_reloads=$(reloads)
  case $file in
    "$ARTICLE.md") cp "$GOOD" "$CONTENT/$file" ;;
    topics.yml) cp "$WORK/good-topics.yml" "$CONTENT/$file" ;;
    *) rm -f "$CONTENT/$file" ;;
  esac
  wait_for_reload "$before_reloads" || { FAILED=$((FAILED + 1)); log "no reload after restoring $file"; }
}

run_case "cut mid-write"        make_truncated    "$ARTICLE.md" "$ARTICLE.md"
run_case "empty"                make_empty        "$ARTICLE.md" "$ARTICLE.md"
run_case "binary (gzip)"        make_binary       "$ARTICLE.md" "$ARTICLE.md"
run_case "10 MB"                make_huge         "$ARTICLE.md" "$ARTICLE.md"
run_case "invalid UTF-8"        make_invalid_utf8 "$ARTICLE.md" "$ARTICLE.md"
run_case "YAML bomb"            make_yaml_bomb    "$ARTICLE.md" "$ARTICLE.md"
run_case "new file, binary"     make_binary       "new-binary.md" "new-binary.md"
run_case "new file, YAML bomb"  make_yaml_bomb    "new-bomb.md" "new-bomb.md"
run_case "topic list cut"       make_topics_cut   "topics.yml" "topics.yml"

# After all that, the restored site must serve the original page again.
curl -s -o "$WORK/final.html" "$BASE/articles/$ARTICLE"
cmp -s "$WORK/final.html" "$WORK/good.html" || { FAILED=$((FAILED + 1)); log "the restored article is not served as before"; }
kill -0 "$SITE_PID" 2>/dev/null || { FAILED=$((FAILED + 1)); log "the site is not running at the end"; }

echo
echo "broken content files: $(date -u '+%Y-%m-%d %H:%M UTC'); the article kept serving byte-for-byte = ok"
printf '| %-22s | %-4s | %-7s | %6s | %s |\n' case ok healthz "RSS MB" "what the log reported"
printf '|%s|\n' "------------------------|------|---------|--------|------------------------------------------"
printf '%s\n' "${RESULTS[@]}"
echo "5xx in the site's log: $(server_errors_in_log "$LOG"); unhandled exceptions logged: $(grep -c 'Unhandled exception' "$LOG" || true)"
if [ "$FAILED" -gt 0 ]; then
  echo "FAILED: $FAILED checks"
  exit 1
fi
echo "PASSED: every broken file was reported and the last good version kept serving"
