#!/usr/bin/env bash
# Benchmarks bulk processing end to end, in one run, on the same generated notes (~1.5 KB each,
# `sample-corpus`), with the shipped model and the sample vocabulary:
#   1. `tag`        the tagger alone (tag + map, no database writes), THREADS threads;
#   2. `etl`        the whole pipeline into the embedded PostgreSQL, THREADS worker threads;
#   3. `spark-etl`  the same pipeline on Apache Spark, --master local[THREADS];
# and reports the notes/s each prints, the wall time and the peak RSS (for spark-etl, of the larger of
# the CLI and its Spark JVM), then etl's notes/s as a share of the tagger's.
#
#   bench/bulk-throughput.sh [NOTES [THREADS]]     NOTES default 10000, THREADS default 2
#
# Each database run starts from a copy of the same loaded vocabulary and built concept index, so
# that no run pays for building them. Set DNNL_MAX_CPU_ISA=AVX2 on AVX-512 machines until the
# libtorch NaN fix lands (issue 11).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
notes="${1:-10000}"
threads="${2:-2}"
cli="$here/notes2omop"
"$cli" --version >/dev/null # builds the CLI jar on first use
jar="$here/plugin/target/notes2omop.jar"
spark_jar="$here/spark/target/notes2omop-spark.jar"
if [ ! -f "$spark_jar" ]; then
  (cd "$here" && ./mvnw -q -B -DskipTests -Dspotless.check.skip=true package -pl spark -am) >&2
fi
mkdir -p "$here/target/bulk-bench"
work="$(mktemp -d "$here/target/bulk-bench/run.XXXXXX")"
trap 'rm -rf "$work"' EXIT
export DJL_OFFLINE=true OPT_OUT_TRACKING=true
vocab="$here/plugin/src/main/resources/sample-vocab"

echo "== $notes notes, $threads threads ($(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"
java -jar "$jar" sample-corpus --notes "$notes" --patients $((notes / 5 > 0 ? notes / 5 : 1)) \
  --seed 1 --out "$work/corpus.ndjson.gz" >/dev/null
python3 "$here/bench/notes-text.py" "$work/corpus.ndjson.gz" "$work/notes.jsonl" 2>/dev/null
java -jar "$jar" vocab load --athena "$vocab/gibleed" --athena "$vocab/synthea27nj" \
  --data-dir "$work/base" --embedded-port 0 >/dev/null 2>&1
java -jar "$jar" vocab index --data-dir "$work/base" --embedded-port 0 >/dev/null 2>&1

run() { # LABEL PATTERN COMMAND-ARGS...
  local label="$1" pattern="$2"
  shift 2
  rm -rf "$work/data" && cp -a "$work/base" "$work/data"
  /usr/bin/time -f "%e %M" -o "$work/time" java -jar "$jar" "$@" --data-dir "$work/data" \
    --embedded-port 0 >"$work/out" 2>&1 || { tail -30 "$work/out"; exit 1; }
  local rate
  rate="$(grep -oE "$pattern" "$work/out" | grep -oE '[0-9][0-9,]*\.[0-9]+' | tail -1 | tr -d ,)"
  read -r wall rss <"$work/time"
  printf '%-10s %10s notes/s %9s s wall %8s MB peak RSS\n' "$label" "$rate" "$wall" "$((rss / 1024))"
  echo "$rate" >"$work/rate.$label"
  if [ "$label" = etl ]; then # where etl's time went
    sed -n '/Time per stage/,/reader waiting/p' "$work/out" | sed 's/^/    /'
  fi
}

run tag '[0-9.,]+ notes/s' tag --input "$work/notes.jsonl" --output "$work/tagged.jsonl" \
  --threads "$threads"
run etl 'notes/s +[0-9.,]+' etl --input "$work/corpus.ndjson.gz" --threads "$threads"
run spark-etl 'notes/s +[0-9.,]+' spark-etl --input "$work/corpus.ndjson.gz" \
  --master "local[$threads]" --spark-jar "$spark_jar"
awk -v t="$(cat "$work/rate.tag")" -v e="$(cat "$work/rate.etl")" \
  'BEGIN { printf "etl / tag = %.0f%%\n", 100 * e / t }'
