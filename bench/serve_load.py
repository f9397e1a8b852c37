#!/usr/bin/env python3
"""Load generator for `notes2omop serve` (see serve-hook.sh): accept latency, sustained notes/s
through the rest-hook endpoint, and the time from one delivery to its rows written."""
import argparse
import base64
import http.client
import json
import random
import statistics
import threading
import time
import urllib.parse

SENTENCES = [
    "Paciente con hipertension arterial esencial en tratamiento.",
    "Refiere fiebre de 38,5 grados desde hace dos dias.",
    "No presenta disnea ni dolor toracico.",
    "Antecedentes de asma bronquial en la infancia.",
    "Se pauta paracetamol 1 g cada 8 horas.",
    "Hemoglobina 11,2 g/dL y creatinina 1,1 mg/dL.",
    "Se descarta neumonia en la radiografia de torax.",
    "Diabetes mellitus tipo 2 con buen control metabolico.",
    "Madre con anemia ferropenica.",
    "Exploracion fisica sin hallazgos relevantes.",
]


def note(nid, patient, rng):
    text = " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(4, 10)))
    return {
        "resourceType": "DocumentReference",
        "id": nid,
        "meta": {"versionId": "1"},
        "status": "current",
        "type": {"coding": [{"system": "http://loinc.org", "code": "11506-3"}]},
        "subject": {"reference": "Patient/" + patient},
        "date": "2024-03-01T10:00:00Z",
        "content": [{"attachment": {"contentType": "text/plain",
                                     "data": base64.b64encode(text.encode()).decode()}}],
    }


class Client:
    def __init__(self, base, token):
        u = urllib.parse.urlparse(base)
        self.host, self.port, self.token = u.hostname, u.port, token
        self.local = threading.local()

    def conn(self):
        if not hasattr(self.local, "c"):
            self.local.c = http.client.HTTPConnection(self.host, self.port, timeout=60)
        return self.local.c

    def request(self, method, path, body=None):
        headers = {"Authorization": "Bearer " + self.token,
                   "Content-Type": "application/fhir+json"}
        data = None if body is None else json.dumps(body).encode()
        for attempt in range(3):
            try:
                c = self.conn()
                c.request(method, path, body=data, headers=headers)
                r = c.getresponse()
                payload = r.read()
                return r.status, payload
            except (ConnectionError, http.client.HTTPException):
                del self.local.c
        raise RuntimeError("request failed three times")

    def queue(self):
        status, payload = self.request("GET", "/actuator/health")
        return json.loads(payload)["components"]["queueHealth"]["details"]


def percentile(values, p):
    values = sorted(values)
    k = max(0, min(len(values) - 1, int(round(p / 100.0 * len(values) + 0.5)) - 1))
    return values[k]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", required=True)
    ap.add_argument("--token", required=True)
    ap.add_argument("--notes", type=int, default=2000)
    ap.add_argument("--concurrency", type=int, default=8)
    ap.add_argument("--samples", type=int, default=30)
    args = ap.parse_args()
    rng = random.Random(7)
    client = Client(args.base, args.token)
    run = str(int(time.time()))
    patients = ["b%s-p%d" % (run, i) for i in range(20)]
    for p in patients:
        status, _ = client.request("PUT", "/fhir/Patient/" + p,
                                   {"resourceType": "Patient", "id": p, "birthDate": "1960-01-01",
                                    "gender": "female"})
        assert status == 200, status
    notes = [note("b%s-n%d" % (run, i), rng.choice(patients), rng) for i in range(args.notes)]
    done_before = client.queue()["DONE"]
    latencies = []
    lock = threading.Lock()
    index = iter(range(len(notes)))

    def worker():
        local = []
        while True:
            with lock:
                i = next(index, None)
            if i is None:
                break
            n = notes[i]
            t0 = time.perf_counter()
            status, _ = client.request("PUT", "/fhir/DocumentReference/" + n["id"], n)
            local.append(time.perf_counter() - t0)
            assert status == 200, status
        with lock:
            latencies.extend(local)

    started = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(args.concurrency)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    accepted = time.perf_counter()
    while True:
        q = client.queue()
        if q["PENDING"] == 0 and q["PROCESSING"] == 0:
            break
        time.sleep(0.05)
    drained = time.perf_counter()
    written = client.queue()["DONE"] - done_before
    print("notes: %d, concurrency %d" % (args.notes, args.concurrency))
    print("accept latency: p50 %.1f ms, p99 %.1f ms, max %.1f ms" % (
        1000 * statistics.median(latencies), 1000 * percentile(latencies, 99),
        1000 * max(latencies)))
    print("accepted: %.0f notes/s (%.1f s)" % (args.notes / (accepted - started), accepted - started))
    print("written through the queue: %d items in %.1f s = %.0f notes/s sustained" % (
        written, drained - started, written / (drained - started)))

    # one note at a time on an idle queue: delivery -> DONE (rows committed)
    delays = []
    for i in range(args.samples):
        n = note("b%s-s%d" % (run, i), patients[0], rng)
        before = client.queue()["DONE"]
        t0 = time.perf_counter()
        status, _ = client.request("PUT", "/fhir/DocumentReference/" + n["id"], n)
        assert status == 200
        while client.queue()["DONE"] <= before:
            time.sleep(0.002)
        delays.append(time.perf_counter() - t0)
    print("delivery to rows written (idle queue, %d samples): p50 %.0f ms, p99 %.0f ms" % (
        len(delays), 1000 * statistics.median(delays), 1000 * percentile(delays, 99)))


if __name__ == "__main__":
    main()
