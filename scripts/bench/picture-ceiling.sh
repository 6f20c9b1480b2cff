#!/usr/bin/env bash
# Issue 20's serving target: a rendition as Sahifa serves it (/media/r/HASH/NAME, release
# build, 64 connections) against nginx serving the very same bytes as a static file, through
# ../shared/bench/ceiling.sh (the two in turn, A B A B, in the same minute). The target is at
# least 0.5 of nginx's rate.
#
#   scripts/bench/picture-ceiling.sh     SECS=10 ROUNDS=5; RENDITION names another (r1-16x9-640-a.avif)
set -euo pipefail
cd "$(dirname "$0")/../.."
SHARED=${SAHIFA_SHARED:-$(cd .. && pwd)/shared}
[[ -d $SHARED/bench ]] || SHARED=/work/shared
PORT=${PORT:-8195}
[[ -x .build/release/sahifa ]] || swift build -c release --product sahifa
sahifa=.build/release/sahifa
work=$(mktemp -d /tmp/sahifa-picture-ceiling.XXXXXX)
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT

password="desk-password-for-benchmarks"
"$sahifa" demo --database "$work/bench.sqlite" --media "$work/media" >/dev/null
printf '%s\n' "$password" | "$sahifa" user add --database "$work/bench.sqlite" \
  --email desk@example.org --name "مكتب" --role admin >/dev/null
"$sahifa" serve --database "$work/bench.sqlite" --media "$work/media" --port "$PORT" --log-level warning \
  >"$work/serve.log" 2>&1 &
pid=$!
base="http://127.0.0.1:$PORT"
for _ in $(seq 1 200); do curl -sf "$base/healthz" >/dev/null && break; sleep 0.05; done
token=$(python3 -c 'import sys; sys.path.insert(0, "scripts"); from sahifa_newsroom import api_token; print(api_token(sys.argv[1], "desk@example.org", sys.argv[2]))' "$base" "$password")

# The shared export's cover photo, uploaded as a newsroom would; its largest rendition as
# framed (a 1200-wide JPEG, what an old link or a feed reader gets), made once before the load.
hash=$(curl -sf -X POST -H "Authorization: Bearer $token" -H "Content-Type: application/octet-stream" \
  --data-binary @"$SHARED/interchange/uploads/2026/12/wpbench-cover.jpg" "$base/api/v1/media?alt=cover" |
  python3 -c 'import json, sys; print(json.load(sys.stdin)["hash"])')
url="$base/media/r/$hash/${RENDITION:-r1-o-1200-a.jpg}"
curl -sf "$url" -o "$work/rendition"
echo "# $(stat -c %s "$work/rendition") bytes at $url"
ROUNDS=${ROUNDS:-5} bash "$SHARED/bench/ceiling.sh" "$url" "${SECS:-10}"
