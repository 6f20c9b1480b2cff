#!/usr/bin/env bash
# The publish storm (issue 5): the home page under load (wrk, 64 connections) while an editor
# publishes an article every second for 30 seconds through API v1. Reports wrk's errors and
# latencies (target: no errors, p99 under 50 ms, no request over 250 ms) and how long each
# publish took to appear on the home page (target: under 1 s).
#
#   scripts/bench/publish-storm.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
export LC_ALL=C.UTF-8

PORT=${SAHIFA_BENCH_PORT:-8090}
COUNT=${COUNT:-30}
command -v wrk >/dev/null || { echo "needs wrk: apt-get install -y wrk" >&2; exit 2; }
source scripts/bench/newsroom-server.sh
renders_before=$(curl -sf "$base/metrics" | awk '$1=="sahifa_page_renders_total"{print $2}')

echo "# publish storm: wrk -t2 -c64 on / for $((COUNT + 8)) s, one publish a second for $COUNT s, $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores"
wrk -t2 -c64 -d"$((COUNT + 8))s" --timeout 10s --latency "$base/" >"$work/wrk.txt" &
wrk_pid=$!
sleep 3
python3 scripts/bench/publish_storm.py "$base" "$token" "$COUNT" | tail -n 4
wait "$wrk_pid"
renders_after=$(curl -sf "$base/metrics" | awk '$1=="sahifa_page_renders_total"{print $2}')
echo "## home page under load"
awk '/Latency +[0-9]|^ +(50|90|99)%|Requests\/sec|requests in/' "$work/wrk.txt"
awk '/Non-2xx or 3xx responses:/{n=$NF} /Socket errors:/{gsub(/,/,""); s=$4+$6+$8+$10}
     END{print "errors: " n+0 " non-2xx answers, " s+0 " socket errors and timeouts"}' "$work/wrk.txt"
echo "page renders during the run: $((renders_after - renders_before))"
