#!/usr/bin/env bash
# The uncached article page, side by side in one run:
#   Sahifa   release build, SQLite, the demo's reference article with the page cache off
#            (--page-cache-mb 0), so every request reads the store and renders;
#   WordPress  the reference in ../shared/bench/wordpress (run its setup.sh first, with
#            WPB_THEME=twentytwentyone for the classic theme);
#   nginx    serving the very same Sahifa bytes as a static file (../shared/bench/ceiling.sh).
# wrk -t2 -c64 --latency for each; prints one table and the ratios.
#
#   scripts/bench/article-page.sh            20 s per target
#   SECS=5 scripts/bench/article-page.sh     a quick look
set -euo pipefail
cd "$(dirname "$0")/../.."
export LC_ALL=C.UTF-8

SECS=${SECS:-20}
PORT=${SAHIFA_BENCH_PORT:-8090}
SHARED=${SAHIFA_SHARED:-$(cd .. && pwd)/shared}
WP_TARGETS=${WPB_STATE:-/var/lib/wp-bench}/targets.env

command -v wrk >/dev/null && command -v nginx >/dev/null || { echo "needs wrk and nginx: apt-get install -y wrk nginx-light" >&2; exit 2; }
[[ -f $WP_TARGETS ]] || { echo "WordPress reference not set up: WPB_THEME=twentytwentyone $SHARED/bench/wordpress/setup.sh" >&2; exit 2; }
# shellcheck disable=SC1090
source "$WP_TARGETS"
if [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 30 "$ARTICLE_URL") != 200 ]]; then
  (cd "$SHARED/bench/wordpress" && bash -c 'source ./lib.sh && start_all')
fi

[[ -x .build/release/sahifa ]] || swift build -c release --product sahifa
work=$(mktemp -d /tmp/sahifa-bench.XXXXXX)
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
.build/release/sahifa demo --database "$work/bench.sqlite" >/dev/null
.build/release/sahifa serve --database "$work/bench.sqlite" --port "$PORT" --log-level warning --page-cache-mb 0 >"$work/serve.log" 2>&1 &
pid=$!
base="http://127.0.0.1:$PORT"
for _ in $(seq 1 200); do curl -sf "$base/healthz" >/dev/null && break; sleep 0.05; done

# The reference article: the world story whose kicker names the C5+1 summit.
path=$(curl -sf "$base/world" | python3 -c '
import re, sys
html = sys.stdin.read()
kicker = html.index("C5+1</p>")
print(re.search(r"<h2 class=\"teaser-headline\"><a href=\"([^\"]+)\"", html[kicker:]).group(1))')
url="$base$path"

to_ms() { awk -v v="$1" 'BEGIN{ n=v+0; u=v; sub(/^[0-9.]+/,"",u); if(u=="us")n/=1000; else if(u=="s")n*=1000; printf "%.2f", n }'; }
measure() {  # name url -> one table row; raw output kept in $work
  local name=$1 target=$2 out="$work/wrk-$1.txt"
  wrk -t2 -c64 -d"${SECS}s" --timeout 30s --latency "$target" >"$out" 2>&1
  local rps p50 p99 non2xx errs bytes
  rps=$(awk '/^Requests\/sec:/{print $2}' "$out")
  p50=$(to_ms "$(awk '$1=="50%"{print $2}' "$out")"); p99=$(to_ms "$(awk '$1=="99%"{print $2}' "$out")")
  non2xx=$(awk '/Non-2xx or 3xx responses:/{print $NF}' "$out"); errs=$(awk '/Socket errors:/{gsub(/,/,""); print $4+$6+$8+$10}' "$out")
  bytes=$(curl -s -o /dev/null -w '%{size_download}' "$target")
  printf '%-22s %10s %9s %9s %7s %7s %8s\n' "$name" "$rps" "$p50" "$p99" "${non2xx:-0}" "${errs:-0}" "$bytes"
  eval "RPS_$name=$rps"
}

echo "# article page, uncached: wrk -t2 -c64 -d${SECS}s --latency, $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores"
echo "# load before: $(uptime | sed 's/.*load average: //')"
wrk -t1 -c8 -d3s "$url" >/dev/null; wrk -t1 -c8 -d3s "$ARTICLE_URL" >/dev/null 2>&1 || true
printf '%-22s %10s %9s %9s %7s %7s %8s\n' target req/s p50_ms p99_ms non2xx errors bytes
measure sahifa "$url"
rss_kb=$(awk '/^VmRSS/{print $2}' "/proc/$pid/status")
measure wordpress "$ARTICLE_URL"
echo "# load after: $(uptime | sed 's/.*load average: //')"
echo "# sahifa resident memory after its run: $((rss_kb / 1024)) MB"
awk -v s="$RPS_sahifa" -v w="$RPS_wordpress" 'BEGIN{ printf "# sahifa / wordpress (uncached article): %.0fx\n", s / w }'
echo "# nginx serving the same bytes, page and static in turn (ceiling.sh):"
"$SHARED/bench/ceiling.sh" "$url" "$(( SECS / 2 > 5 ? SECS / 2 : 5 ))" | sed 's/^/#   /'
