# Sourced by the benchmarks that publish while readers load the site (publish-storm.sh,
# live.sh): a fresh demo database with an admin account, served by the release build on
# $PORT. Sets $work (a scratch folder), $pid, $base and $token (an API token with every
# scope), and stops the server and removes $work on exit.

[[ -x .build/release/sahifa ]] || swift build -c release --product sahifa
work=$(mktemp -d /tmp/sahifa-bench.XXXXXX)
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT

password="desk-password-for-benchmarks"
.build/release/sahifa demo --database "$work/bench.sqlite" >/dev/null
printf '%s\n' "$password" | .build/release/sahifa user add --database "$work/bench.sqlite" \
  --email desk@example.org --name "مكتب" --role admin >/dev/null
.build/release/sahifa serve --database "$work/bench.sqlite" --port "$PORT" --log-level warning >"$work/serve.log" 2>&1 &
pid=$!
base="http://127.0.0.1:$PORT"
for _ in $(seq 1 200); do curl -sf "$base/healthz" >/dev/null && break; sleep 0.05; done
token=$(python3 -c 'import sys; sys.path.insert(0, "scripts"); from sahifa_newsroom import api_token; print(api_token(sys.argv[1], "desk@example.org", sys.argv[2]))' "$base" "$password")
