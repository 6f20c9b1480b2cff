#!/usr/bin/env bash
# Importing the whole shared corpus, side by side in one run:
#   sahifa      `sahifa import jsonl` (release build) into a new SQLite file: bodies rendered,
#               text analysed for search, FTS5 index written, one transaction per 500
#               articles; related news left to the server (--skip-related) and timed apart
#   fts5-plain  the same lines into a plain SQLite FTS5 table, no analysis
#               (fts5_reference.py build): what storing and indexing the text costs at least
# Prints articles per second for each and the ratio.
#
#   scripts/bench/import.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
export LC_ALL=C.UTF-8

SHARED=${SAHIFA_SHARED:-$(cd .. && pwd)/shared}
CORPUS=$SHARED/corpus/news-ar.jsonl.gz
[[ -x .build/release/sahifa ]] || swift build -c release --product sahifa
work=$(mktemp -d /tmp/sahifa-import-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
articles=$(zcat "$CORPUS" | wc -l)

seconds() { local start=$1; python3 -c "import time,sys; print(f'{time.time()-float(sys.argv[1]):.1f}')" "$start"; }
echo "# import of $CORPUS ($articles articles), $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores"
start=$(date +%s.%N)
.build/release/sahifa import jsonl "$CORPUS" --database "$work/sahifa.sqlite" --skip-related 2>/dev/null | head -1
sahifa_s=$(seconds "$start")
start=$(date +%s.%N)
python3 scripts/bench/fts5_reference.py build "$CORPUS" "$work/reference.sqlite"
reference_s=$(seconds "$start")
start=$(date +%s.%N)
.build/release/sahifa reindex --database "$work/sahifa.sqlite" >/dev/null 2>&1
reindex_s=$(seconds "$start")
printf '%-12s %9s %12s\n' target seconds articles/s
awk -v n="$articles" -v s="$sahifa_s" -v r="$reference_s" 'BEGIN{
  printf "%-12s %9.1f %12.0f\n", "sahifa", s, n / s
  printf "%-12s %9.1f %12.0f\n", "fts5-plain", r, n / r
  printf "# sahifa / fts5-plain: %.2fx the articles per second\n", r / s }'
echo "# sahifa reindex (index rebuilt, then related news for every article): ${reindex_s} s"
echo "# database sizes: sahifa $(du -m "$work/sahifa.sqlite" | cut -f1) MB, fts5-plain $(du -m "$work/reference.sqlite" | cut -f1) MB"
