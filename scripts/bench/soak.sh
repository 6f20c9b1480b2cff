#!/usr/bin/env bash
# The soak: a release build serving a steady load for SOAK_SECS (two hours by default) while an
# editor publishes through API v1 every few seconds; resident memory and open files are sampled
# every SAMPLE_SECS and must stay flat, the last quarter's median within 10 % of the second
# quarter's (the first quarter is the warm-up: caches fill, the allocator settles).
#
#   scripts/bench/soak.sh                       two hours, 200 requests/s of pages and searches
#   SOAK_SECS=600 RATE=200 scripts/bench/soak.sh   ten minutes
# Prints each sample, then the two medians and whether they are within 10 %; exits 1 if not.
set -euo pipefail
cd "$(dirname "$0")/../.."
export LC_ALL=C.UTF-8

SOAK_SECS=${SOAK_SECS:-7200}
SAMPLE_SECS=${SAMPLE_SECS:-30}
RATE=${RATE:-200}
CONNECTIONS=${CONNECTIONS:-8}
PORT=${SAHIFA_BENCH_PORT:-8196}

command -v wrk >/dev/null || { echo "needs wrk: apt-get install -y wrk" >&2; exit 2; }
[[ -x .build/release/sahifa ]] || swift build -c release --product sahifa
sahifa=$PWD/.build/release/sahifa
work=$(mktemp -d /tmp/sahifa-soak.XXXXXX)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

"$sahifa" demo --database "$work/site.sqlite" >/dev/null
echo "soak passphrase for the editor" | "$sahifa" user add --database "$work/site.sqlite" --email soak@example.org \
  --name "محررة الاختبار" --role editor >/dev/null
token=$("$sahifa" token add soak@example.org --scopes read,write,publish --database "$work/site.sqlite" 2>/dev/null)
"$sahifa" serve --database "$work/site.sqlite" --port "$PORT" --log-level warning --api-rate-limit 0 \
  --search-rate-limit 0 >"$work/serve.log" 2>&1 &
server=$!
pids+=("$server")
base="http://127.0.0.1:$PORT"
for _ in $(seq 1 400); do curl -sf "$base/healthz" >/dev/null && break; sleep 0.05; done

# Readers: the home page, sections, articles and searches, in turn.
python3 - "$base" >"$work/paths.txt" <<'PY'
import re, sys, urllib.parse, urllib.request
base = sys.argv[1]
home = urllib.request.urlopen(base + "/", timeout=10).read().decode()
paths = ["/"] + sorted(set(re.findall(r'href="(/[a-z]+)"', home)))[:6]
paths += sorted(set(re.findall(r'href="(/[a-z]+/\d+/[^"]+)"', home)))[:20]
paths += ["/search?q=" + urllib.parse.quote(word) for word in ["قمة", "اقتصاد", "الطاقة", "مباراة"]]
print("\n".join(paths))
PY
delay=$(awk -v c="$CONNECTIONS" -v r="$RATE" 'BEGIN { printf "%d", c * 1000 / r }')
BENCH_DIR=scripts/bench QUERY_PATHS="$work/paths.txt" DELAY_MS=$delay \
  wrk -t2 -c"$CONNECTIONS" -d"${SOAK_SECS}s" -s scripts/bench/steady.lua "$base" >"$work/wrk.txt" 2>&1 &
pids+=($!)

# The editor: a new story every few seconds, published, its headline in the ticker now and then.
python3 - "$base" "$token" "$SOAK_SECS" >"$work/publish.log" 2>&1 <<'PY' &
import json, sys, time, urllib.request
base, token, seconds = sys.argv[1], sys.argv[2], float(sys.argv[3])
def call(method, path, payload):
    request = urllib.request.Request(base + path, method=method, data=json.dumps(payload).encode(),
                                     headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as answer:
        return json.loads(answer.read() or b"{}")
end, count = time.monotonic() + seconds, 0
while time.monotonic() < end:
    count += 1
    article = call("POST", "/api/v1/articles", {"headline": f"خبر متجدد رقم {count}", "section": "world",
                                                 "body_markdown": "فقرة من تفاصيل الخبر. " * 20})
    call("POST", f"/api/v1/articles/{article['id']}/status", {"move": "publish"})
    if count % 10 == 0:
        call("POST", "/api/v1/breaking", {"text": f"عاجل: تطور رقم {count}", "minutes": 5})
    time.sleep(3)
print(f"published {count}")
PY
pids+=($!)

samples="$work/samples.txt"
end=$(( $(date +%s) + SOAK_SECS ))
while [[ $(date +%s) -lt $end ]]; do
  sleep "$SAMPLE_SECS"
  kill -0 "$server" 2>/dev/null || { echo "the server stopped" >&2; cat "$work/serve.log" >&2; exit 1; }
  rss=$(awk '/^VmRSS/ {print $2}' "/proc/$server/status")
  files=$(ls "/proc/$server/fd" | wc -l)
  echo "$(date +%T) rss_kb $rss open_files $files" | tee -a "$samples"
done
wait "${pids[1]}" 2>/dev/null || true
grep -E "Requests/sec|p99_ms|Non-2xx|Socket errors" "$work/wrk.txt" || true
tail -1 "$work/publish.log"
python3 - "$samples" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
rss = [int(row[2]) for row in rows]
files = [int(row[4]) for row in rows]
quarter = max(1, len(rows) // 4)
verdict = 0
for name, values in [("resident memory (kB)", rss), ("open files", files)]:
    settled, last = statistics.median(values[quarter:2 * quarter]), statistics.median(values[-quarter:])
    ratio = last / settled if settled else 1
    flat = abs(ratio - 1) <= 0.10
    verdict |= 0 if flat else 1
    print(f"{name}: second quarter {settled:.0f}, last quarter {last:.0f}, ratio {ratio:.3f} ({'flat' if flat else 'NOT flat'})")
sys.exit(verdict)
PY
