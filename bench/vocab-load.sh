#!/usr/bin/env bash
# Benchmarks a full vocabulary load: generates an Athena-shaped download at SCALE (1.0 = a full
# Athena download: 6M concepts, 50M relationships, ~80M ancestors) unless it is already there,
# loads it with `notes2omop vocab load` into the embedded PostgreSQL in a scratch data directory,
# and reports the wall time and the peak RSS of the JVM.
#
#   bench/vocab-load.sh [SCALE [DIR]]      SCALE default 0.05; DIR default target/vocab-bench/scale-SCALE
#
# Needs nothing beyond the project's own build; disk: about 4 GB of files per 1.0 of scale, and 3-4
# times that for the database while loading (see docs/vocabulary-loading.md).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
scale="${1:-0.05}"
dir="${2:-$here/target/vocab-bench/scale-$scale}"
cli="$here/notes2omop"
"$cli" --version >/dev/null # builds the jar on first use
jar="$here/plugin/target/notes2omop.jar"

if [ ! -f "$dir/CONCEPT.csv" ]; then
  echo "== generating scale $scale into $dir"
  "$cli" vocab generate --out "$dir" --scale "$scale" --seed 42
else
  echo "== using the vocabulary already in $dir"
fi
du -sh "$dir"

mkdir -p "$here/target/vocab-bench"
data="$(mktemp -d "$here/target/vocab-bench/data.XXXXXX")"
log="$data/time.log"
trap 'rm -rf "$data"' EXIT

echo "== loading (scratch data dir $data)"
start=$(date +%s.%N)
if [ -x /usr/bin/time ]; then
  /usr/bin/time -v -o "$log" java ${NOTES2OMOP_JAVA_OPTS:-} -jar "$jar" vocab load --athena "$dir" \
    --data-dir "$data" --embedded-port 0 &
  launcher=$!
  sleep 0.5
  pid="$(pgrep -P "$launcher" java || echo "$launcher")"
else
  java ${NOTES2OMOP_JAVA_OPTS:-} -jar "$jar" vocab load --athena "$dir" --data-dir "$data" \
    --embedded-port 0 &
  launcher=$!
  pid=$launcher
fi
peak_kb=0
while kill -0 "$pid" 2>/dev/null; do
  hwm="$(awk '/^VmHWM:/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)"
  if [ -n "$hwm" ] && [ "$hwm" -gt "$peak_kb" ]; then peak_kb=$hwm; fi
  sleep 1
done
wait "$launcher"
end=$(date +%s.%N)

echo "== result (scale $scale)"
printf 'wall time: %.1f s\n' "$(echo "$end - $start" | bc)"
printf 'peak JVM RSS (VmHWM of the java process): %d MB\n' $((peak_kb / 1024))
if [ -f "$log" ]; then
  grep -E 'Elapsed \(wall clock\)|Maximum resident set size' "$log" | sed 's/^\s*/\/usr\/bin\/time: /'
fi
