#!/usr/bin/env bash
# Benchmarks the tagger alone (no database writes): `notes2omop tag` over
#   1. sentences: the validation split of the default synthetic data, one short passage per line;
#   2. notes: a JSONL file of whole notes ({"id","text"} per line), e.g. a real evaluation set;
# with the shipped model (or --model DIR) and the dictionary baseline, on 1 and 2 threads, and reports
# notes/s (sentences/s for the first input), the wall time and the peak RSS of the JVM.
#
#   bench/tagger-throughput.sh NOTES.jsonl [MODEL_DIR]
#
# The embedded database lives in a scratch directory (the vocabulary is empty there: mapping is
# not what is measured).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
notes="${1:?usage: bench/tagger-throughput.sh NOTES.jsonl [MODEL_DIR]}"
model="${2:-}"
cli="$here/notes2omop"
"$cli" --version >/dev/null # builds the jar on first use
jar="$here/plugin/target/notes2omop.jar"
mkdir -p "$here/target/tagger-bench"
work="$(mktemp -d "$here/target/tagger-bench/run.XXXXXX")"
trap 'rm -rf "$work"' EXIT
export DJL_OFFLINE=true OPT_OUT_TRACKING=true

"$cli" synth --out "$work/synth" >/dev/null
sentences="$work/synth/validation.jsonl"

run() { # LABEL INPUT THREADS TAGGER-ARGS...
  local label="$1" input="$2" threads="$3"
  shift 3
  /usr/bin/time -f "%e s wall, peak RSS %M KB" -o "$work/time" \
    java -jar "$jar" tag --input "$input" --output "$work/out.jsonl" --threads "$threads" \
    --data-dir "$work/data" --embedded-port 0 "$@" 2>"$work/err" || { cat "$work/err"; exit 1; }
  printf '%-10s %-10s %s threads: %s; %s\n' "$label" "$(basename "$input")" "$threads" \
    "$(grep -o 'tagged .*' "$work/err")" "$(cat "$work/time")"
}

model_args=(--tagger model)
[ -n "$model" ] && model_args+=(--model "$model")
for input in "$sentences" "$notes"; do
  for threads in 1 2; do
    run model "$input" "$threads" "${model_args[@]}"
  done
  run dictionary "$input" 2 --tagger dictionary
done
