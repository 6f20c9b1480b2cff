#!/usr/bin/env bash
# Cached pages and the cold start, side by side in one run (issue 5):
#   1. the article page and the home page from Sahifa's page cache against nginx serving the
#      very same bytes as a static file (../shared/bench/ceiling.sh: page and file loaded in
#      turn, ROUNDS rounds, median ratio);
#   2. a cold start under load: a server just started (its cache empty) takes 64 connections
#      on the home page at once; the renders counter in /metrics says how often the page was
#      made (the target is once).
#
#   scripts/bench/cached-pages.sh                    10 s per load, 3 rounds
#   SECS=5 ROUNDS=1 scripts/bench/cached-pages.sh    a quick look
set -euo pipefail
cd "$(dirname "$0")/../.."
export LC_ALL=C.UTF-8

SECS=${SECS:-10}
export ROUNDS=${ROUNDS:-3}
PORT=${SAHIFA_BENCH_PORT:-8090}
SHARED=${SAHIFA_SHARED:-$(cd .. && pwd)/shared}
command -v wrk >/dev/null && command -v nginx >/dev/null || { echo "needs wrk and nginx: apt-get install -y wrk nginx-light" >&2; exit 2; }

[[ -x .build/release/sahifa ]] || swift build -c release --product sahifa
work=$(mktemp -d /tmp/sahifa-bench.XXXXXX)
pid=""
stop() { [[ -n $pid ]] && { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }; pid=""; }
trap 'stop; rm -rf "$work"' EXIT
start() {
  .build/release/sahifa serve --database "$work/bench.sqlite" --port "$PORT" --log-level warning >>"$work/serve.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 200); do curl -sf "$base/healthz" >/dev/null && return; sleep 0.05; done
  echo "server did not start" >&2; cat "$work/serve.log" >&2; exit 1
}
renders() { curl -sf "$base/metrics" | awk '$1=="sahifa_page_renders_total"{print $2}'; }

.build/release/sahifa demo --database "$work/bench.sqlite" >/dev/null
base="http://127.0.0.1:$PORT"
start
article=$(curl -sf "$base/world" | python3 -c '
import re, sys
html = sys.stdin.read()
kicker = html.index("C5+1</p>")
print(re.search(r"<h2 class=\"teaser-headline\"><a href=\"([^\"]+)\"", html[kicker:]).group(1))')

echo "# cached pages: ceiling.sh (wrk -t2 -c64, ${SECS}s, $ROUNDS rounds), $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores"
echo "# load before: $(uptime | sed 's/.*load average: //')"
for name in article home; do
  if [[ $name == article ]]; then url="$base$article"; else url="$base/"; fi
  curl -sf "$url" -o /dev/null; curl -sf "$url" -o /dev/null
  echo "## $name page ($(curl -s -o /dev/null -w '%{size_download}' "$url") bytes, Sahifa-Cache: $(curl -s -D - -o /dev/null "$url" | awk -F': ' 'tolower($1)=="sahifa-cache"{print $2}' | tr -d '\r'))"
  "$SHARED/bench/ceiling.sh" "$url" "$SECS"
done
echo "# resident memory after: $(awk '/VmRSS/{print $2/1024 " MB"}' "/proc/$pid/status")"

stop
start
before=$(renders)
wrk -t2 -c64 -d5s --latency "$base/" >"$work/cold.txt"
after=$(renders)
echo "## cold start: a fresh server, 64 connections on the home page for 5 s"
awk '/Requests\/sec|^ +99%/' "$work/cold.txt"
awk '/Non-2xx or 3xx responses:/{n=$NF} /Socket errors:/{gsub(/,/,""); s=$4+$6+$8+$10}
     END{print "errors: " n+0 " non-2xx answers, " s+0 " socket errors and timeouts"}' "$work/cold.txt"
echo "home page renders: $((after - before)) (target: 1)"
