#!/usr/bin/env bash
# The NaN issue's burst: `notes2omop serve` receives BURST copies of one and the same note at once
# (PUT /fhir/DocumentReference/burstN, 8 concurrent clients) with the shipped model and 2 workers;
# when the queue has drained, every work item must be DONE (none DEAD), every note written.
# Repeated RUNS times, each on a new data directory.
#
#   bench/serve-burst.sh [RUNS [BURST]]    defaults 3 200
#
# Never run by the tests. Needs python3 (standard library only) and psql.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-3}"
burst="${2:-200}"
cli="$here/notes2omop"
command -v psql >/dev/null || { echo "serve-burst: needs psql (apt-get install postgresql-client)" >&2; exit 1; }
"$cli" --version >/dev/null # builds the jar on first use
failed=0
for run in $(seq 1 "$runs"); do
  data="$(mktemp -d "${TMPDIR:-/tmp}/notes2omop-burst.XXXXXX")"
  port=$((20000 + RANDOM % 20000))
  pgport=$((40000 + RANDOM % 20000))
  token="burst-$RANDOM$RANDOM"
  "$cli" demo --data-dir "$data" --embedded-port 0 >/dev/null
  NOTES2OMOP_API_TOKEN="$token" "$cli" serve --data-dir "$data" --embedded-port "$pgport" \
    --port "$port" --workers 2 >"$data/serve.out" 2>"$data/serve.err" &
  pid=$!
  for _ in $(seq 1 240); do
    grep -q "Listening on" "$data/serve.out" 2>/dev/null && break
    kill -0 "$pid" 2>/dev/null || { cat "$data/serve.err"; exit 1; }
    sleep 0.5
  done
  started=$(date +%s)
  python3 - "$port" "$token" "$burst" <<'PY'
import base64, http.client, json, sys, threading
port, token, burst = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
text = ("Varon de 67 anos con hipertension arterial y diabetes mellitus tipo 2 en tratamiento con"
        " metformina 850 mg cada 12 horas y enalapril 20 mg. Acude por fiebre de 38,5 grados, tos"
        " y disnea. Radiografia de torax con condensacion en lobulo inferior derecho compatible"
        " con neumonia. PCR 120 mg/l, creatinina 1,3 mg/dl. Se inicia amoxicilina-clavulanico.")
def put(path, body):
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    c.request("PUT", path, json.dumps(body), {"Content-Type": "application/fhir+json",
                                               "Authorization": "Bearer " + token})
    r = c.getresponse(); r.read(); c.close()
    if r.status not in (200, 201):
        raise SystemExit("PUT %s: HTTP %d" % (path, r.status))
put("/fhir/Patient/burst", {"resourceType": "Patient", "id": "burst", "birthDate": "1957-01-01"})
data = base64.b64encode(text.encode()).decode()
ids = iter(range(burst)); lock = threading.Lock()
def client():
    while True:
        with lock:
            i = next(ids, None)
        if i is None:
            return
        put("/fhir/DocumentReference/burst%d" % i, {
            "resourceType": "DocumentReference", "id": "burst%d" % i, "status": "current",
            "subject": {"reference": "Patient/burst"}, "date": "2024-03-01T10:00:00Z",
            "content": [{"attachment": {"contentType": "text/plain", "data": data}}]})
threads = [threading.Thread(target=client) for _ in range(8)]
[t.start() for t in threads]; [t.join() for t in threads]
PY
  q() { psql -h localhost -p "$pgport" -U postgres -d postgres -tAc "$1"; }
  for _ in $(seq 1 600); do
    open=$(q "SELECT count(*) FROM notes2omop.work_item WHERE state IN ('PENDING','PROCESSING')")
    [ "$open" = "0" ] && break
    sleep 1
  done
  done_items=$(q "SELECT count(*) FROM notes2omop.work_item WHERE state = 'DONE' AND resource_id LIKE 'DocumentReference/burst%'")
  dead=$(q "SELECT count(*) FROM notes2omop.work_item WHERE state = 'DEAD'")
  notes=$(q "SELECT count(*) FROM cdm.note WHERE note_source_value LIKE 'DocumentReference/burst%'")
  distinct=$(q "SELECT count(DISTINCT s) FROM (SELECT n.note_source_value, string_agg(x.offset || x.lexical_variant, ';' ORDER BY x.offset) AS s FROM cdm.note n JOIN cdm.note_nlp x ON x.note_id = n.note_id WHERE n.note_source_value LIKE 'DocumentReference/burst%' GROUP BY 1) t")
  retried=$(grep -c "the tagger failed" "$data/serve.err" || true)
  echo "run $run: $done_items of $burst items DONE, $dead DEAD, $notes notes written, $distinct distinct mention sets, $retried tagger retries, $(( $(date +%s) - started )) s"
  if [ "$done_items" != "$burst" ] || [ "$dead" != "0" ] || [ "$notes" != "$burst" ] || [ "$distinct" != "1" ]; then
    failed=1
  fi
  kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
  rm -rf "$data"
done
exit "$failed"
