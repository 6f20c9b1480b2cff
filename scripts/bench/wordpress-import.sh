#!/usr/bin/env bash
# `sahifa import wordpress` against the targets of issue 18, each against a reference measured
# in the same run:
#   1. the shared WordPress export (2,410 posts and 6 pictures) into a new SQLite file, posts a
#      second, against `sahifa import jsonl` of as many corpus articles of the same kind (the
#      ratio must be at least 0.5, and the rate at least 1,000 posts a second); each is run
#      RUNS times (default 5), alternating, and the medians are compared;
#   2. a generated export of POSTS posts (default 200,000): peak resident memory, sampled over
#      the run (must stay under 300 MB and flat);
#   3. an old address answered by the redirect table against an ordinary article page, wrk
#      -c64 for SECS seconds each: requests a second and p99, with the server's CPU time a
#      request and the p99 over one connection (the redirect under 1 ms at the server, its rate
#      within 10 % of the page's).
#
#   scripts/bench/wordpress-import.sh [SAHIFA_BIN]        POSTS=20000 SECS=5 for a short run
set -euo pipefail
cd "$(dirname "$0")/../.."
export LC_ALL=C.UTF-8
bin=${1:-.build/release/sahifa}
POSTS=${POSTS:-200000}
SECS=${SECS:-10}
RUNS=${RUNS:-5}
PORT=${SAHIFA_BENCH_PORT:-8093}
SHARED=${SAHIFA_SHARED:-$(cd .. && pwd)/shared}
EXPORT=$SHARED/interchange/wordpress-export.xml.gz
command -v wrk >/dev/null || { echo "needs wrk: apt-get install -y wrk" >&2; exit 2; }
command -v sqlite3 >/dev/null || { echo "needs sqlite3: apt-get install -y sqlite3" >&2; exit 2; }
work=$(mktemp -d /tmp/sahifa-wp-bench.XXXXXX)
pid=""
trap '[[ -n $pid ]] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT

seconds() { date +%s.%N; }

echo "# 1. the shared export against import jsonl of as many articles of the same kind, $RUNS runs each"
wordpress_once() {
  rm -f "$work"/wp.sqlite*
  "$bin" import wordpress "$EXPORT" --uploads "$SHARED/interchange/uploads" --database "$work/wp.sqlite" \
    --warnings "$work/warnings.txt" --skip-related >"$work/wp.log" 2>/dev/null
}
wordpress_once
posts=$(grep -o 'articles: [0-9]* new' "$work/wp.log" | grep -o '[0-9]*')
# The same kind of articles as the export's: the WordPress harness filled the site with an even
# sample of the corpus's six largest categories (bench/wordpress/wp-tool.php), whose bodies are
# nearly twice as long as those of the corpus's first lines.
python3 - "$SHARED/corpus/news-ar.jsonl.gz" "$posts" >"$work/same.jsonl" <<'PY'
import collections, gzip, json, sys
lines = gzip.open(sys.argv[1], 'rt', encoding='utf-8').readlines()
usable = [(line, json.loads(line)) for line in lines]
usable = [(line, a) for line, a in usable if a.get('title') and a.get('body')]
category = lambda a: (a.get('category') or 'misc').lower()
largest = {c for c, _ in collections.Counter(category(a) for _, a in usable).most_common(6)}
pool = [line for line, a in usable if category(a) in largest]
n = int(sys.argv[2])
sys.stdout.writelines(pool[i * len(pool) // n] for i in range(n))
PY
: >"$work/times"
for _ in $(seq 1 "$RUNS"); do
  start=$(seconds); wordpress_once; end=$(seconds)
  rm -f "$work"/jsonl.sqlite*
  start2=$(seconds)
  "$bin" import jsonl "$work/same.jsonl" --database "$work/jsonl.sqlite" --skip-related >/dev/null 2>&1
  end2=$(seconds)
  echo "$start $end $start2 $end2" >>"$work/times"
done
for db in wp jsonl; do
  sqlite3 "$work/$db.sqlite" "SELECT 'body text of the $db import: ' || SUM(LENGTH(plain_text)) || ' characters' FROM article_bodies"
done
python3 - "$posts" "$work/times" <<'PY'
import statistics, sys
n = int(sys.argv[1])
runs = [list(map(float, line.split())) for line in open(sys.argv[2])]
wp = statistics.median(e - s for s, e, _, _ in runs)
jl = statistics.median(e - s for _, _, s, e in runs)
print(f"wordpress: {n} posts in {wp:.2f} s (median) = {n / wp:.0f} posts/s")
print(f"jsonl:     {n} articles in {jl:.2f} s (median) = {n / jl:.0f} articles/s")
print(f"ratio wordpress/jsonl: {jl / wp:.2f}")
PY

echo "# 2. a generated export of $POSTS posts: resident memory"
python3 scripts/bench/wordpress_export.py "$SHARED/corpus/news-ar.jsonl.gz" "$POSTS" "$work/big.xml.gz"
ls -l "$work/big.xml.gz" | awk '{print "export: " $5 " bytes gzipped"}'
start=$(seconds)
"$bin" import wordpress "$work/big.xml.gz" --database "$work/big.sqlite" --warnings "$work/big-warnings.txt" \
  --skip-related >"$work/big.log" 2>/dev/null &
import_pid=$!
: >"$work/rss"
while kill -0 "$import_pid" 2>/dev/null; do
  awk '/VmRSS/ {print $2}' "/proc/$import_pid/status" 2>/dev/null >>"$work/rss" || true
  sleep 1
done
wait "$import_pid"
end=$(seconds)
python3 - "$work/rss" "$POSTS" "$start" "$end" <<'PY'
import sys
samples = [int(x) / 1024 for x in open(sys.argv[1]) if x.strip()]
n, s, e = int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
q = max(1, len(samples) // 4)
print(f"{n} posts in {e - s:.0f} s = {n / (e - s):.0f} posts/s")
print(f"resident memory: peak {max(samples):.0f} MB; median of each quarter of the run: "
      + ", ".join(f"{sorted(samples[i:i + q])[len(samples[i:i + q]) // 2]:.0f}" for i in range(0, len(samples), q)))
PY
grep -E 'articles:|redirects:' "$work/big.log"

echo "# 3. an old address against an article page, wrk -t2 -c64 -d${SECS}s"
"$bin" serve --database "$work/wp.sqlite" --port "$PORT" --log-level warning --page-cache-mb 0 >"$work/serve.log" 2>&1 &
pid=$!
base="http://127.0.0.1:$PORT"
for _ in $(seq 1 200); do curl -sf "$base/healthz" >/dev/null && break; sleep 0.05; done
old=$(python3 -c '
import csv, gzip, sys
rows = csv.DictReader(gzip.open(sys.argv[1], "rt", encoding="utf-8"), delimiter="\t")
print(next(r["url"] for r in rows if r["post_type"] == "post" and r["status"] == "publish" and r["kind"] == "permalink"))
' "$SHARED/interchange/wordpress-urls.tsv.gz")
old=${old#http://127.0.0.1:8081}
page=$(curl -s -o /dev/null -w '%{redirect_url}' "$base$old")
page=${page#$base}
# The server's own time for a request: its CPU time per request under 64 connections (read from
# /proc), and the p99 with one connection, where nothing waits in a queue.
server_ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
for target in "$page" "$old"; do
  curl -s -o /dev/null -w "%{http_code} $target\n" "$base$target"
  before=$(server_ticks)
  out=$(wrk -t2 -c64 -d"${SECS}s" --latency "$base$target")
  after=$(server_ticks)
  echo "$out" | grep -E 'Requests/sec|99%' | sed 's/^ */  64 connections: /'
  requests=$(echo "$out" | awk '/requests in/ {print $1}')
  python3 -c "import sys; t, n = float(sys.argv[1]) / float(sys.argv[2]), int(sys.argv[3]); print(f'  server CPU a request: {t / n * 1e6:.0f} µs')" \
    "$((after - before))" "$(getconf CLK_TCK)" "$requests"
  wrk -t1 -c1 -d5s --latency "$base$target" | grep -E '99%' | sed 's/^ */  one connection: /'
done
