#!/usr/bin/env bash
# PostgreSQL against SQLite on the same data, and two instances behind a load balancer:
#   1. the demo site plus the shared corpus (its first CORPUS_LINES articles, 5,000 by default) in a
#      SQLite file and in a throwaway PostgreSQL server (scripts/postgres-server); for each,
#      a release build with the page cache off (every request reads the store and renders)
#      serves the reference article, the home page and a search, wrk -t2 -c64 each;
#   2. nginx (Debian's) balancing over one, then two PostgreSQL instances on that database,
#      page cache off, article page: how throughput grows with a second instance.
#
#   scripts/bench/postgres.sh                  20 s per target, the first 5,000 corpus articles
#   CORPUS_LINES=35920 scripts/bench/postgres.sh   the whole corpus (related news on PostgreSQL takes ~20 min)
set -euo pipefail
cd "$(dirname "$0")/../.."
export LC_ALL=C.UTF-8

SECS=${SECS:-20}
SHARED=${SAHIFA_SHARED:-$(cd .. && pwd)/shared}
CORPUS=$SHARED/corpus/news-ar.jsonl.gz
PG_PORT=${SAHIFA_BENCH_PG_PORT:-55491}
SQLITE_PORT=8191; PG_APP_PORT=8192; SECOND_PORT=8193; BALANCER_PORT=8194

command -v wrk >/dev/null && command -v nginx >/dev/null || { echo "needs wrk and nginx: apt-get install -y wrk nginx-light" >&2; exit 2; }
[[ -x .build/release/sahifa ]] || swift build -c release --product sahifa
sahifa=.build/release/sahifa
work=$(mktemp -d /tmp/sahifa-pg-bench.XXXXXX)
chmod 711 "$work"  # the PostgreSQL server runs as its own user inside it
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  kill "$(cat "$work/nginx.pid" 2>/dev/null)" 2>/dev/null || true
  scripts/postgres-server stop "$work/postgres" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

url=$(scripts/postgres-server start "$work/postgres" "$PG_PORT")
# head stops reading early; gzip then ends on SIGPIPE, which is expected here.
corpus() { gzip -dc "$CORPUS" | head -n "${CORPUS_LINES:-5000}" || true; }
for database in "$work/bench.sqlite" "$url"; do
  "$sahifa" demo --database "$database" --media "$work/media" >/dev/null
  started=$(date +%s.%N)
  corpus | "$sahifa" import jsonl - --database "$database" >"$work/import.log" 2>&1
  echo "# imported into ${database/#$work\//}: $(tail -n 3 "$work/import.log" | tr '\n' ' ' | cut -c1-200) ($(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN{printf "%.0f", e-s}') s)"
done

serve() {  # port database [extra flags] -> starts a server and waits for it
  local port=$1 database=$2; shift 2
  "$sahifa" serve --database "$database" --media "$work/media" --port "$port" --log-level warning --page-cache-mb 0 "$@" \
    >"$work/serve-$port.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 400); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && return; sleep 0.05; done
  echo "server on $port did not start" >&2; cat "$work/serve-$port.log" >&2; exit 1
}
serve "$SQLITE_PORT" "$work/bench.sqlite"
serve "$PG_APP_PORT" "$url"

# The reference article: the world story whose kicker names the C5+1 summit.
article=$(curl -sf "http://127.0.0.1:$SQLITE_PORT/world" | python3 -c '
import re, sys
html = sys.stdin.read()
kicker = html.index("C5+1</p>")
print(re.search(r"<h2 class=\"teaser-headline\"><a href=\"([^\"]+)\"", html[kicker:]).group(1))')
search="/search?q=$(python3 -c 'import urllib.parse; print(urllib.parse.quote("ارتفاع أسعار النفط"))')"

to_ms() { awk -v v="$1" 'BEGIN{ n=v+0; u=v; sub(/^[0-9.]+/,"",u); if(u=="us")n/=1000; else if(u=="s")n*=1000; printf "%.2f", n }'; }
measure() {  # name url -> one table row
  local name=$1 target=$2 out="$work/wrk-$1.txt"
  wrk -t1 -c8 -d2s "$target" >/dev/null
  wrk -t2 -c64 -d"${SECS}s" --timeout 30s --latency "$target" >"$out" 2>&1
  local rps p50 p99 non2xx
  rps=$(awk '/^Requests\/sec:/{print $2}' "$out")
  p50=$(to_ms "$(awk '$1=="50%"{print $2}' "$out")"); p99=$(to_ms "$(awk '$1=="99%"{print $2}' "$out")")
  non2xx=$(awk '/Non-2xx or 3xx responses:/{print $NF}' "$out")
  printf '%-24s %10s %9s %9s %7s\n' "$name" "$rps" "$p50" "$p99" "${non2xx:-0}"
  eval "RPS_${name//[^a-z0-9]/_}=$rps"
}

echo "# SQLite and PostgreSQL, page cache off: wrk -t2 -c64 -d${SECS}s, $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores"
printf '%-24s %10s %9s %9s %7s\n' target req/s p50_ms p99_ms non2xx
for page in article home search; do
  case $page in article) path=$article;; home) path=/;; search) path=$search;; esac
  measure "sqlite-$page" "http://127.0.0.1:$SQLITE_PORT$path"
  measure "postgres-$page" "http://127.0.0.1:$PG_APP_PORT$path"
done
for page in article home search; do
  awk -v p="$page" -v s="$(eval echo "\$RPS_sqlite_$page")" -v g="$(eval echo "\$RPS_postgres_$page")" \
    'BEGIN{ printf "# postgres / sqlite (%s): %.2f\n", p, g / s }'
done

balance() {  # ports... -> nginx on BALANCER_PORT in front of them
  kill "$(cat "$work/nginx.pid" 2>/dev/null)" 2>/dev/null || true
  sleep 0.3
  local upstreams=""
  for port in "$@"; do upstreams+="server 127.0.0.1:$port; "; done
  cat >"$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $work; proxy_temp_path $work; fastcgi_temp_path $work; uwsgi_temp_path $work; scgi_temp_path $work;
  upstream sahifa { $upstreams keepalive 64; }
  server {
    listen 127.0.0.1:$BALANCER_PORT;
    location / { proxy_pass http://sahifa; proxy_http_version 1.1; proxy_set_header Connection ""; }
  }
}
CONF
  nginx -c "$work/nginx.conf" -p "$work"
  for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$BALANCER_PORT/healthz" >/dev/null && return; sleep 0.05; done
}

serve "$SECOND_PORT" "$url"
echo "# nginx in front of PostgreSQL instances, page cache off, article page"
printf '%-24s %10s %9s %9s %7s\n' target req/s p50_ms p99_ms non2xx
balance "$PG_APP_PORT"
measure "one-instance" "http://127.0.0.1:$BALANCER_PORT$article"
balance "$PG_APP_PORT" "$SECOND_PORT"
measure "two-instances" "http://127.0.0.1:$BALANCER_PORT$article"
awk -v a="$RPS_one_instance" -v b="$RPS_two_instances" 'BEGIN{ printf "# two instances / one: %.2f\n", b / a }'
echo "# resident memory: sqlite server $(( $(awk '/^VmRSS/{print $2}' "/proc/${pids[0]}/status") / 1024 )) MB, postgres server $(( $(awk '/^VmRSS/{print $2}' "/proc/${pids[1]}/status") / 1024 )) MB"
