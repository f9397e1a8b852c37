#!/usr/bin/env bash
# Measures `notes2omop serve` through its rest-hook endpoint (PUT /fhir/DocumentReference/{id}):
# accept latency p50/p99, sustained notes/s from delivery to rows, and the time from one delivery
# to its rows on an idle queue. Uses the embedded PostgreSQL in a scratch data directory with the
# sample vocabulary (loaded by `notes2omop demo`) and the shipped model (`--tagger` is not passed).
#
#   bench/serve-hook.sh [NOTES [CONCURRENCY [WORKERS]]]    defaults 2000 8 2
#
# Never run by the tests. Needs python3 (standard library only).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
notes="${1:-2000}"
concurrency="${2:-8}"
workers="${3:-2}"
cli="$here/notes2omop"
"$cli" --version >/dev/null # builds the jar on first use
mkdir -p "$here/target/serve-bench"
data="$(mktemp -d "$here/target/serve-bench/data.XXXXXX")"
port=$((20000 + RANDOM % 20000))
token="bench-$RANDOM$RANDOM"
pid=""
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$data"
}
trap cleanup EXIT

echo "== loading the sample vocabulary (notes2omop demo)"
"$cli" demo --data-dir "$data" --embedded-port 0 >/dev/null
echo "== starting serve on port $port with $workers workers"
NOTES2OMOP_API_TOKEN="$token" "$cli" serve --data-dir "$data" --embedded-port 0 --port "$port" \
  --workers "$workers" >"$data/serve.out" 2>"$data/serve.err" &
pid=$!
for _ in $(seq 1 240); do
  grep -q "Listening on" "$data/serve.out" 2>/dev/null && break
  kill -0 "$pid" 2>/dev/null || { cat "$data/serve.err"; exit 1; }
  sleep 0.5
done
python3 "$here/bench/serve_load.py" --base "http://127.0.0.1:$port" --token "$token" \
  --notes "$notes" --concurrency "$concurrency"
