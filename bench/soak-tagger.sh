#!/usr/bin/env bash
# Soak of the shipped model (the NaN issue): `notes2omop tag` over NOTES real case reports, the
# 4,479 unlabeled notes of shared/data cycled (copy k of report X has id X#k), on THREADS threads,
# with the dictionary mapper so that the tagger dominates. Passes when tag exits 0, no line has an
# "error", and every copy of a report got exactly the mentions of its first copy.
#
#   bench/soak-tagger.sh [NOTES [THREADS]]    defaults 50000 2
#
# Never run by the tests. Needs python3 (standard library only).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
notes="${1:-50000}"
threads="${2:-2}"
cli="$here/notes2omop"
source_notes="$here/../shared/data/unlabeled/clinical-cases-es.jsonl.gz"
[ -f "$source_notes" ] || { echo "soak: $source_notes is missing" >&2; exit 1; }
"$cli" --version >/dev/null # builds the jar on first use
work="$(mktemp -d "${TMPDIR:-/tmp}/notes2omop-soak.XXXXXX")"
trap 'rm -rf "$work"' EXIT

python3 - "$source_notes" "$notes" "$work/in.jsonl" <<'PY'
import gzip, json, sys
src, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
with gzip.open(src, "rt", encoding="utf-8") as f:
    reports = [json.loads(l) for l in f if l.strip()]
with open(out, "w", encoding="utf-8") as o:
    for i in range(n):
        r = reports[i % len(reports)]
        o.write(json.dumps({"id": "%s#%d" % (r["id"], i // len(reports)), "text": r["text"]},
                           ensure_ascii=False) + "\n")
PY
echo "== tagging $notes notes on $threads threads"
start=$(date +%s)
set +e
/usr/bin/time -v "$cli" tag --input "$work/in.jsonl" --output "$work/out.jsonl" \
  --threads "$threads" --mapper dictionary --data-dir "$work/data" --embedded-port 0 \
  2>"$work/tag.err"
code=$?
set -e
end=$(date +%s)
grep -E "^tagged|failed on|Maximum resident" "$work/tag.err" || true
echo "exit code $code, $((end - start)) s wall"
python3 - "$work/out.jsonl" <<'PY'
import json, sys
first, errors, differ, lines = {}, 0, 0, 0
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        lines += 1
        d = json.loads(line)
        if "error" in d:
            errors += 1
            continue
        key = d["id"].rsplit("#", 1)[0]
        spans = [(e["start"], e["end"], e["label"]) for e in d["entities"]]
        if key in first and first[key] != spans:
            differ += 1
        first.setdefault(key, spans)
print("soak: %d lines, %d with an error, %d copies whose mentions differ from their first copy"
      % (lines, errors, differ))
sys.exit(1 if errors or differ else 0)
PY
exit "$code"
