#!/usr/bin/env bash
# Two builds of Sahifa side by side in one run, for a change that must cost nothing: the
# uncached article page (the demo's reference article, SQLite, --page-cache-mb 0, wrk -t2
# -c64) and `sahifa import jsonl` of the shared corpus into a new SQLite file (--skip-related),
# each in alternating rounds. Prints each round, the medians and the ratios after/before.
#
#   scripts/bench/before-after.sh BEFORE_BIN AFTER_BIN
#   ROUNDS=3 SECS=10 scripts/bench/before-after.sh /tmp/before/.build/release/sahifa .build/release/sahifa
#
# Build the reference with `git worktree add /tmp/before REV && (cd /tmp/before && swift build
# -c release --product sahifa)`.
set -euo pipefail
cd "$(dirname "$0")/../.."
export LC_ALL=C.UTF-8

before=${1:?usage: before-after.sh BEFORE_BIN AFTER_BIN}
after=${2:?usage: before-after.sh BEFORE_BIN AFTER_BIN}
ROUNDS=${ROUNDS:-3}
SECS=${SECS:-10}
PORT=${SAHIFA_BENCH_PORT:-8091}
SHARED=${SAHIFA_SHARED:-$(cd .. && pwd)/shared}
CORPUS=$SHARED/corpus/news-ar.jsonl.gz
command -v wrk >/dev/null || { echo "needs wrk: apt-get install -y wrk" >&2; exit 2; }
work=$(mktemp -d /tmp/sahifa-before-after.XXXXXX)
pid=""
trap '[[ -n $pid ]] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT

# The uncached article page of one build: requests a second over $SECS seconds.
article_rps() {
  local bin=$1 db="$work/page-$RANDOM.sqlite"
  "$bin" demo --database "$db" >/dev/null
  "$bin" serve --database "$db" --port "$PORT" --log-level warning --page-cache-mb 0 >"$work/serve.log" 2>&1 &
  pid=$!
  local base="http://127.0.0.1:$PORT"
  for _ in $(seq 1 200); do curl -sf "$base/healthz" >/dev/null && break; sleep 0.05; done
  local path
  path=$(curl -sf "$base/world" | python3 -c '
import re, sys
html = sys.stdin.read()
kicker = html.index("C5+1</p>")
print(re.search(r"<h2 class=\"teaser-headline\"><a href=\"([^\"]+)\"", html[kicker:]).group(1))')
  wrk -t1 -c8 -d2s "$base$path" >/dev/null
  wrk -t2 -c64 -d"${SECS}s" --timeout 30s "$base$path" | awk '/^Requests\/sec:/{print $2}'
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
  rm -f "$db" "$db"-*
}

# Articles a second for one build's import of the whole corpus.
import_rate() {
  local bin=$1 db="$work/import-$RANDOM.sqlite" start end
  start=$(date +%s.%N)
  "$bin" import jsonl "$CORPUS" --database "$db" --skip-related >/dev/null 2>&1
  end=$(date +%s.%N)
  python3 -c "import sys; print(f'{int(sys.argv[1]) / (float(sys.argv[3]) - float(sys.argv[2])):.0f}')" \
    "$(zcat "$CORPUS" | wc -l)" "$start" "$end"
  rm -f "$db" "$db"-*
}

median() { sort -n | awk '{a[NR]=$1} END{print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

echo "# before: $before"
echo "# after:  $after"
echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, $ROUNDS rounds of ${SECS}s, load $(uptime | sed 's/.*load average: //')"
# ROUNDS alternating rounds of one measure for both builds, then the medians and their ratio.
compare() {  # label unit measure
  local label=$1 unit=$2 measure=$3
  : >"$work/$measure-before.txt"; : >"$work/$measure-after.txt"
  for round in $(seq 1 "$ROUNDS"); do
    local b a
    b=$("$measure" "$before"); echo "$b" >>"$work/$measure-before.txt"
    a=$("$measure" "$after"); echo "$a" >>"$work/$measure-after.txt"
    echo "$label round $round: before $b, after $a $unit"
  done
  local mb ma
  mb=$(median <"$work/$measure-before.txt"); ma=$(median <"$work/$measure-after.txt")
  echo "$label median: before $mb, after $ma $unit; after/before $(awk -v a="$ma" -v b="$mb" 'BEGIN{printf "%.3f", a/b}')"
}

compare "article page" requests/s article_rps
compare import articles/s import_rate
