#!/usr/bin/env bash
# Measures the stewards' review page over a generated NOTE_NLP table: the term list's page time
# (p50/p99 per filter, over HTTP with a logged-in session) and the time of one decision that
# re-derives 10,000 rows (a CONDITION term with 10,000 mentions, each with a CONDITION_OCCURRENCE
# row, remapped to a drug: 10,000 NOTE_NLP rows updated, 10,000 rows moved to DRUG_EXPOSURE).
#
#   bench/review-page.sh [MENTIONS]        default 5000000 (50 per note, 50,000 terms)
#
# Uses the embedded PostgreSQL in a scratch data directory with the sample vocabulary. Never run by
# the tests; generating 5 million rows takes several minutes and ~3 GB of disk.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mentions="${1:-5000000}"
cli="$here/notes2omop"
"$cli" --version >/dev/null # builds the jar on first use
mkdir -p "$here/target/review-bench"
data="$(mktemp -d "$here/target/review-bench/data.XXXXXX")"
port=$((20000 + RANDOM % 20000))
pgport=$((40000 + RANDOM % 20000))
pgjar="$(ls ~/.m2/repository/org/postgresql/postgresql/42.7.8/postgresql-42.7.8.jar)"
pid=""
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$data"
}
trap cleanup EXIT
vocab="$here/plugin/src/main/resources/sample-vocab"
db=(--data-dir "$data" --embedded-port "$pgport")

echo "== sample vocabulary and a steward"
"$cli" vocab load --athena "$vocab/gibleed" --athena "$vocab/synthea27nj" "${db[@]}" >/dev/null 2>&1
echo "bench-password-1" | "$cli" users add bench --role steward --password-stdin "${db[@]}"
echo "== starting notes2omop review on port $port"
NOTES2OMOP_LOG_LEVEL=INFO "$cli" review "${db[@]}" --port "$port" >"$data/review.out" 2>"$data/review.err" &
pid=$!
for _ in $(seq 1 240); do
  grep -q "Review page:" "$data/review.out" 2>/dev/null && break
  kill -0 "$pid" 2>/dev/null || { cat "$data/review.err"; exit 1; }
  sleep 0.5
done
url="jdbc:postgresql://localhost:$pgport/postgres"
echo "== generating $mentions NOTE_NLP rows"
java -cp "$pgjar" "$here/bench/ReviewBench.java" generate "$url" "$mentions"
echo "== waiting for the term summary to be rebuilt (checked every 30 s)"
for _ in $(seq 1 1200); do
  terms=$(grep "term summary rebuilt" "$data/review.err" | tail -1 | sed 's/.*rebuilt: \([0-9]*\) terms.*/\1/')
  [ "${terms:-0}" -gt 0 ] && break
  sleep 1
done
grep "term summary rebuilt" "$data/review.err" | tail -1
echo "== measuring"
java -cp "$pgjar" "$here/bench/ReviewBench.java" measure "$url" "http://127.0.0.1:$port" bench bench-password-1
grep "decision " "$data/review.err" | sed 's/^.*decision/server: decision/' || true
