#!/usr/bin/env bash
# A backup taken while readers are served, issue 19's target: reader p99 at a steady
# RATE requests a second (500 by default), page cache off so every request reads the
# store, first with nothing else running and then while `sahifa backup` copies the
# database again and again, on a SQLite site of about ARTICLES articles (40,000 by
# default: the demo, the shared corpus, and as many corpus articles again under other
# ids as it takes). Both phases in one run, one after the other, on the same server.
#
#   scripts/bench/backup.sh                       20 s per phase
#   SECS=60 RATE=500 scripts/bench/backup.sh
#   STORE=postgres scripts/bench/backup.sh        the same on a throwaway PostgreSQL server
#                                                 (scripts/postgres-server), backed up by pg_dump
# Prints each phase's rate and percentiles, each backup's time and size, and the ratio of
# the p99s (the target is at most 2).
set -euo pipefail
cd "$(dirname "$0")/../.."
export LC_ALL=C.UTF-8

SECS=${SECS:-20}
RATE=${RATE:-500}
ARTICLES=${ARTICLES:-40000}
CONNECTIONS=${CONNECTIONS:-10}
PORT=${SAHIFA_BENCH_PORT:-8195}
STORE=${STORE:-sqlite}
SHARED=${SAHIFA_SHARED:-$(cd .. && pwd)/shared}
CORPUS=$SHARED/corpus/news-ar.jsonl.gz

command -v wrk >/dev/null || { echo "needs wrk: apt-get install -y wrk" >&2; exit 2; }
[[ -x .build/release/sahifa ]] || swift build -c release --product sahifa
sahifa=.build/release/sahifa
work=$(mktemp -d /tmp/sahifa-backup-bench.XXXXXX)
chmod 711 "$work"  # a PostgreSQL server runs as its own user inside it
pid=""
cleanup() {
  [[ -n $pid ]] && { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }
  [[ $STORE == postgres ]] && { scripts/postgres-server stop "$work/postgres" >/dev/null 2>&1 || true; }
  rm -rf "$work"
}
trap cleanup EXIT

case $STORE in
  sqlite) database=$work/site.sqlite ;;
  postgres) database=$(scripts/postgres-server start "$work/postgres" "${PG_PORT:-55442}") ;;
  *) echo "STORE is sqlite or postgres" >&2; exit 2 ;;
esac
"$sahifa" demo --database "$database" >/dev/null
# The corpus, then its first articles again under new ids until there are enough.
gzip -dc "$CORPUS" | python3 -c '
import json, sys
wanted = int(sys.argv[1]) - 28
lines = sys.stdin.readlines()
out = sys.stdout
for line in lines[:wanted]:
    out.write(line)
for index, line in enumerate(lines[:max(0, wanted - len(lines))]):
    article = json.loads(line)
    article["id"] = "again-" + str(article["id"])
    out.write(json.dumps(article, ensure_ascii=False) + "\n")
' "$ARTICLES" | "$sahifa" import jsonl - --database "$database" >"$work/import.log" 2>&1
if [[ $STORE == postgres ]]; then
  read -r count size < <(psql "$database" -tAF' ' -c \
    "SELECT (SELECT count(*) FROM articles), pg_database_size(current_database()) / 1048576")
else
  count=$(python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT count(*) FROM articles").fetchone()[0])' "$database")
  size=$(du -m "$database" | cut -f1)
fi
echo "# $STORE site: $count articles, $size MB"

"$sahifa" serve --database "$database" --port "$PORT" --log-level warning --page-cache-mb 0 >"$work/serve.log" 2>&1 &
pid=$!
base="http://127.0.0.1:$PORT"
for _ in $(seq 1 400); do curl -sf "$base/healthz" >/dev/null && break; sleep 0.05; done

# Readers ask for articles across the archive: the paths of the sitemaps' first 3,000 articles.
python3 - "$base" >"$work/paths.txt" <<'PY'
import re, sys, urllib.request
base = sys.argv[1]
def get(url):
    return urllib.request.urlopen(url, timeout=30).read().decode()
paths = []
for sitemap in re.findall(r"<loc>([^<]+)</loc>", get(base + "/sitemap.xml")):
    sitemap = sitemap.split("/sitemaps/", 1)[1]
    for location in re.findall(r"<loc>([^<]+)</loc>", get(base + "/sitemaps/" + sitemap)):
        path = "/" + location.split("/", 3)[3]
        if path.count("/") == 3:
            paths.append(path)
    if len(paths) >= 3000:
        break
print("\n".join(paths[:3000]))
PY
echo "# readers: $(wc -l <"$work/paths.txt") article paths, page cache off, $CONNECTIONS connections at about $RATE requests/s"

# Each connection waits between answers; a millisecond less than its share makes up for the
# time each answer itself takes.
delay=$(awk -v c="$CONNECTIONS" -v r="$RATE" 'BEGIN { printf "%d", c * 1000 / r - 1 }')
readers() {  # name -> one phase of steady readers
  BENCH_DIR=scripts/bench QUERY_PATHS="$work/paths.txt" DELAY_MS=$delay \
    wrk -t2 -c"$CONNECTIONS" -d"${SECS}s" -s scripts/bench/steady.lua "$base" >"$work/$1.wrk"
  local rate p50 p99
  rate=$(awk '/Requests\/sec/ {print $2}' "$work/$1.wrk")
  p50=$(awk '/^p50_ms/ {print $2}' "$work/$1.wrk")
  p99=$(awk '/^p99_ms/ {print $2}' "$work/$1.wrk")
  errors=$(awk '/Non-2xx|Socket errors/' "$work/$1.wrk")
  printf '%-16s %8s req/s   p50 %6s ms   p99 %6s ms  %s\n' "$1" "$rate" "$p50" "$p99" "$errors"
  echo "$p99" >"$work/$1.p99"
}

readers "warm-up" >/dev/null
readers "no backup"
# Backups one after another for the whole phase, each into a new folder.
(
  index=0
  while [[ ! -f $work/stop ]]; do
    index=$((index + 1))
    started=$(date +%s.%N)
    "$sahifa" backup "$work/backup-$index" --database "$database" >"$work/backup-$index.log" 2>&1
    ended=$(date +%s.%N)
    echo "backup $index: $(awk -v s="$started" -v e="$ended" 'BEGIN{printf "%.1f", e-s}') s, $(du -sm "$work/backup-$index" | cut -f1) MB" >>"$work/backups.txt"
    rm -rf "$work/backup-$((index - 1))"
  done
) &
backups=$!
readers "during backups"
touch "$work/stop"
wait "$backups"
cat "$work/backups.txt"
awk -v quiet="$(cat "$work/no backup.p99")" -v busy="$(cat "$work/during backups.p99")" \
  'BEGIN { printf "p99 during backups / without: %.2f (target: at most 2)\n", busy / quiet }'
