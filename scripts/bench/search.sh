#!/usr/bin/env bash
# Search over the whole shared corpus at 16 concurrent clients, side by side in one run:
#   sahifa-api    GET /api/v1/search?q=…&per_page=10 (release build, SQLite)
#   sahifa-page   GET /search?q=… (the reader's results page)
#   fts5-plain    the same corpus text in a plain SQLite FTS5 table behind a small Python
#                 server (fts5_reference.py): no Arabic analysis, the reference
# The queries are the 600 development queries of ../shared/search-eval, taken in turn.
# wrk -t2 -c16; prints one table with p50/p95/p99 and the ratios.
#
#   scripts/bench/search.sh              20 s per target
#   SECS=5 scripts/bench/search.sh       a quick look
# The imported corpus and the reference index are kept in $SAHIFA_BENCH_DIR (default
# /tmp/sahifa-search-bench) and reused by the next run; delete it after changing the index.
set -euo pipefail
cd "$(dirname "$0")/../.."
export LC_ALL=C.UTF-8

SECS=${SECS:-20}
PORT=${SAHIFA_BENCH_PORT:-8091}
REF_PORT=$((PORT + 1))
SHARED=${SAHIFA_SHARED:-$(cd .. && pwd)/shared}
DIR=${SAHIFA_BENCH_DIR:-/tmp/sahifa-search-bench}
CORPUS=$SHARED/corpus/news-ar.jsonl.gz

command -v wrk >/dev/null || { echo "needs wrk: apt-get install -y wrk" >&2; exit 2; }
[[ -x .build/release/sahifa ]] || swift build -c release --product sahifa
mkdir -p "$DIR"
if [[ ! -f $DIR/corpus.sqlite ]]; then
  echo "# importing the corpus into $DIR/corpus.sqlite (once)"
  .build/release/sahifa import jsonl "$CORPUS" --database "$DIR/corpus.sqlite.partial" | tail -2
  mv "$DIR/corpus.sqlite.partial" "$DIR/corpus.sqlite"
fi
if [[ ! -f $DIR/reference.sqlite ]]; then
  echo "# indexing the corpus in plain FTS5 into $DIR/reference.sqlite (once)"
  python3 scripts/bench/fts5_reference.py build "$CORPUS" "$DIR/reference.sqlite.partial"
  mv "$DIR/reference.sqlite.partial" "$DIR/reference.sqlite"
fi

work=$(mktemp -d /tmp/sahifa-search-bench.XXXXXX)
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT
.build/release/sahifa serve --database "$DIR/corpus.sqlite" --port "$PORT" --log-level warning >"$work/serve.log" 2>&1 &
pids+=($!)
sahifa_pid=$!
python3 scripts/bench/fts5_reference.py serve "$DIR/reference.sqlite" "$REF_PORT" &
pids+=($!)
for port in "$PORT" "$REF_PORT"; do
  for _ in $(seq 1 200); do curl -s -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.05; done
done

python3 - "$SHARED/search-eval/dev-queries.jsonl" "$work" <<'PY'
import json, sys
from urllib.parse import quote
queries = [json.loads(line)["query"] for line in open(sys.argv[1], encoding="utf-8")]
for name, template in [("api", "/api/v1/search?q={}&per_page=10"), ("page", "/search?q={}"), ("reference", "/search?q={}")]:
    with open(f"{sys.argv[2]}/{name}.paths", "w") as out:
        out.writelines(template.format(quote(q)) + "\n" for q in queries)
PY

measure() {  # name base paths -> one table row
  local name=$1 base=$2 out="$work/wrk-$1.txt"
  QUERY_PATHS=$3 wrk -t1 -c4 -d2s -s scripts/bench/queries.lua "$base" >/dev/null 2>&1
  QUERY_PATHS=$3 wrk -t2 -c16 -d"${SECS}s" --timeout 10s -s scripts/bench/queries.lua "$base" >"$out" 2>&1
  local rps non2xx errs
  rps=$(awk '/^Requests\/sec:/{print $2}' "$out")
  non2xx=$(awk '/Non-2xx or 3xx responses:/{print $NF}' "$out"); errs=$(awk '/Socket errors:/{gsub(/,/,""); print $4+$6+$8+$10}' "$out")
  printf '%-14s %9s %8s %8s %8s %8s %7s %7s\n' "$name" "$rps" \
    "$(awk '$1=="p50_ms"{print $2}' "$out")" "$(awk '$1=="p95_ms"{print $2}' "$out")" \
    "$(awk '$1=="p99_ms"{print $2}' "$out")" "$(awk '$1=="max_ms"{print $2}' "$out")" "${non2xx:-0}" "${errs:-0}"
  eval "RPS_${name//-/_}=$rps; P95_${name//-/_}=$(awk '$1=="p95_ms"{print $2}' "$out")"
}

echo "# search, whole corpus ($(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('SELECT count(*) FROM articles').fetchone()[0])" "$DIR/corpus.sqlite") articles), 600 queries in turn: wrk -t2 -c16 -d${SECS}s, $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores"
printf '%-14s %9s %8s %8s %8s %8s %7s %7s\n' target req/s p50_ms p95_ms p99_ms max_ms non2xx errors
measure sahifa-api "http://127.0.0.1:$PORT" "$work/api.paths"
measure sahifa-page "http://127.0.0.1:$PORT" "$work/page.paths"
measure fts5-plain "http://127.0.0.1:$REF_PORT" "$work/reference.paths"
echo "# sahifa memory after its runs: $(( $(awk '/^RssAnon/{print $2}' "/proc/$sahifa_pid/status") / 1024 )) MB of its own, $(( $(awk '/^RssFile/{print $2}' "/proc/$sahifa_pid/status") / 1024 )) MB of the database file mapped"
awk -v a="$RPS_sahifa_api" -v r="$RPS_fts5_plain" -v pa="$P95_sahifa_api" -v pr="$P95_fts5_plain" \
  'BEGIN{ printf "# sahifa-api / fts5-plain: %.2fx the requests per second, p95 %.2f ms against %.2f ms\n", a / r, pa, pr }'
