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
[[ -x .build/release/sahifa ]] || swift build -c release --product sahifa
work=$(mktemp -d /tmp/sahifa-bench.XXXXXX)
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT

password="storm-password-for-benchmarks"
.build/release/sahifa demo --database "$work/bench.sqlite" >/dev/null
printf '%s\n' "$password" | .build/release/sahifa user add --database "$work/bench.sqlite" \
  --email desk@example.org --name "مكتب" --role admin >/dev/null
.build/release/sahifa serve --database "$work/bench.sqlite" --port "$PORT" --log-level warning >"$work/serve.log" 2>&1 &
pid=$!
base="http://127.0.0.1:$PORT"
for _ in $(seq 1 200); do curl -sf "$base/healthz" >/dev/null && break; sleep 0.05; done
token=$(python3 -c 'import sys; sys.path.insert(0, "scripts"); from sahifa_newsroom import api_token; print(api_token(sys.argv[1], "desk@example.org", sys.argv[2]))' "$base" "$password")
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
