#!/usr/bin/env bash
# Live readers (issue 5): READERS connections held open on /live of one instance, then a
# breaking item posted through API v1, ROUNDS times; reports how many readers got each one
# and the delivery percentiles (target: 5,000 readers, 99 % within 1 s), and the server's
# memory with every reader connected.
#
#   scripts/bench/live.sh                 5,000 readers, 5 rounds
#   READERS=1000 ROUNDS=2 scripts/bench/live.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
export LC_ALL=C.UTF-8

PORT=${SAHIFA_BENCH_PORT:-8090}
READERS=${READERS:-5000}
ROUNDS=${ROUNDS:-5}
ulimit -n "$(ulimit -Hn)"
(( $(ulimit -n) > READERS + 100 )) || { echo "open-file limit $(ulimit -n) is too low for $READERS readers" >&2; exit 2; }
source scripts/bench/newsroom-server.sh

echo "# live readers: $READERS connections on /live, $ROUNDS breaking items, $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores"
echo "# server memory before: $(awk '/VmRSS/{print $2/1024 " MB"}' "/proc/$pid/status")"
python3 scripts/bench/live_readers.py "$base" "$token" "$READERS" "$ROUNDS" &
client=$!
for _ in $(seq 1 600); do
  [[ $(curl -sf "$base/metrics" | awk '$1=="sahifa_live_readers"{print $2}') -ge $READERS ]] && break
  sleep 0.1
done
echo "# server memory with every reader connected: $(awk '/VmRSS/{print $2/1024 " MB"}' "/proc/$pid/status")"
wait "$client"
