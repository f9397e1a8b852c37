# Writes the FHIR test fixtures of this directory (base64 attachments need a script): python3 make_fixtures.py
import base64, json, gzip, os
out = os.path.dirname(os.path.abspath(__file__))
os.makedirs(out + "/bulk", exist_ok=True)
def b64(text, enc="utf-8"):
    return base64.b64encode(text.encode(enc)).decode("ascii")
def write(name, obj):
    with open(f"{out}/{name}", "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")

PLAIN = ("Paciente de 67 años con diabetes mellitus tipo 2 e hipertensión arterial.\r\n"
         "Refiere disnea de esfuerzo desde hace dos semanas. Niega dolor torácico.\r\n"
         "Tratamiento: metformina 850 mg cada 12 horas y enalapril 10 mg al día.")
HTML = """<!DOCTYPE html>
<html><head><title>Informe</title><style>p { color: red; }</style></head>
<body>
<h2>Informe de alta</h2>
<p>Mujer de 54 a&ntilde;os ingresada por neumon&iacute;a adquirida en la comunidad.&nbsp;Buena evoluci&oacute;n.</p>
<script>var paciente = "no debe salir";</script>
<p>Diagn&oacute;sticos:</p>
<ul>
  <li>Neumon&iacute;a del l&oacute;bulo inferior derecho</li>
  <li>EPOC &amp; tabaquismo activo</li>
</ul>
<p>Tratamiento al alta:<br>amoxicilina-clavul&aacute;nico 875/125 mg cada 8 horas<br/>durante 7 d&iacute;as</p>
<ol><li>Control en 2 semanas</li><li>Creatinina &lt; 1,2 mg/dl</li></ol>
</body></html>"""

def docref(id_, content, **extra):
    r = {
        "resourceType": "DocumentReference",
        "id": id_,
        "meta": {"versionId": "1", "lastUpdated": "2024-03-05T10:20:00+01:00"},
        "status": "current",
        "docStatus": "final",
        "type": {"coding": [{"system": "http://loinc.org", "code": "11506-3", "display": "Progress note"}]},
        "subject": {"reference": "Patient/p-17"},
        "date": "2024-03-05T10:15:00+01:00",
        "content": content,
    }
    r.update(extra)
    return r

write("documentreference-plain.json", docref(
    "nota-1001",
    [{"attachment": {"contentType": "text/plain; charset=utf-8", "language": "es", "data": b64(PLAIN), "title": "evolucion.txt"}}],
    meta={"versionId": "3", "lastUpdated": "2024-03-05T10:20:00+01:00"},
    type={"coding": [
        {"system": "http://hospital.example/tipos-documento", "code": "EVO"},
        {"system": "http://loinc.org", "code": "11506-3", "display": "Progress note"}]},
    subject={"reference": "https://fhir.hospital.example/fhir/Patient/p-17", "display": "María García López"},
    context={"encounter": [{"reference": "Encounter/enc-9"}]},
    description="Nota de evolución de medicina interna",
))
write("documentreference-html.json", docref(
    "nota-1002",
    [{"attachment": {"contentType": "text/html", "data": b64(HTML), "title": "Informe de alta"}}],
    type={"coding": [{"system": "http://loinc.org", "code": "18842-5", "display": "Discharge summary"}]},
    date="2024-02-11T18:40:00Z",
))
LATIN = "Niño de 8 años con otitis media aguda. Se pauta amoxicilina. Señales de alarma explicadas."
write("documentreference-latin1.json", docref(
    "nota-1003",
    [{"attachment": {"contentType": "text/plain;charset=ISO-8859-1", "data": b64(LATIN, "latin-1")}}],
))
write("documentreference-plain-and-html.json", docref(
    "nota-1004",
    [{"attachment": {"contentType": "text/html", "data": b64("<p>Versión <b>HTML</b> de la consulta.</p>")}},
     {"attachment": {"contentType": "text/plain", "data": b64("Versión en texto plano de la consulta.")}}],
    type={"coding": [{"system": "http://loinc.org", "code": "11488-4", "display": "Consult note"}]},
))
write("documentreference-url-only.json", docref(
    "nota-1005",
    [{"attachment": {"contentType": "text/plain", "url": "Binary/b-55"}},
     {"attachment": {"contentType": "application/pdf", "data": b64("%PDF-1.4 no es texto")}}],
))
write("documentreference-entered-in-error.json", docref(
    "nota-1006",
    [{"attachment": {"contentType": "text/plain", "data": b64("Nota registrada por error en el paciente equivocado.")}}],
    status="entered-in-error",
))
nosub = docref("nota-1007",
    [{"attachment": {"contentType": "text/plain", "data": b64("Paciente sin referencia de sujeto.")}}])
del nosub["subject"]
write("documentreference-no-subject.json", nosub)
period = docref("nota-1008",
    [{"attachment": {"contentType": "text/plain", "data": b64("Consulta de seguimiento de insuficiencia cardiaca.")}}],
    context={"encounter": [{"reference": "Encounter/enc-31"}],
             "period": {"start": "2023-11-20T23:30:00-03:00", "end": "2023-11-21T00:10:00-03:00"}})
del period["date"]
write("documentreference-period-start.json", period)
write("patient-partial-birthdate.json", {
    "resourceType": "Patient", "id": "p-17",
    "identifier": [{"system": "http://hospital.example/nhc", "value": "NHC-4471"}],
    "name": [{"family": "García López", "given": ["María"]}],
    "gender": "female", "birthDate": "1956-03",
})
bundle = {
    "resourceType": "Bundle", "id": "tx-1", "type": "transaction",
    "entry": [
        {"fullUrl": "urn:uuid:6f1c2a4e-3b7d-4c1e-9a55-0d2f8e7b1c90",
         "resource": {"resourceType": "Patient", "gender": "male", "birthDate": "1948-07-02",
                      "name": [{"family": "Pérez", "given": ["Juan"]}]},
         "request": {"method": "PUT", "url": "Patient/p-42"}},
        {"fullUrl": "urn:uuid:0b7d9c1e-55aa-4f0e-8c3d-2e1f7a9b6d44",
         "resource": docref("nota-2002",
             [{"attachment": {"contentType": "text/plain", "data": b64("Varón de 75 años con fibrilación auricular en tratamiento con apixabán.")}}],
             subject={"reference": "urn:uuid:6f1c2a4e-3b7d-4c1e-9a55-0d2f8e7b1c90"},
             date="2024-04-01T09:00:00+02:00"),
         "request": {"method": "PUT", "url": "DocumentReference/nota-2002"}},
        {"request": {"method": "DELETE", "url": "DocumentReference/nota-0999"}},
        {"fullUrl": "urn:uuid:1d2e3f40-aaaa-4bbb-8ccc-ddddeeeeffff",
         "resource": {"resourceType": "Observation", "id": "obs-1", "status": "final",
                      "code": {"coding": [{"system": "http://loinc.org", "code": "2160-0"}]}},
         "request": {"method": "POST", "url": "Observation"}},
    ],
}
write("bundle-transaction.json", bundle)

def line(obj):
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
nd_lines = [
    line({"resourceType": "Patient", "id": "p-50", "gender": "male", "birthDate": "1970"}),
    line(docref("nota-3001", [{"attachment": {"contentType": "text/plain", "data": b64("Dolor abdominal en fosa ilíaca derecha. Se sospecha apendicitis aguda.")}}], subject={"reference": "Patient/p-50"})),
    '{"resourceType":"DocumentReference","id":"nota-3002","status":"current", "description":"Dolor lumbar con irradiación',
    "",
    line(docref("nota-3003", [{"attachment": {"contentType": "text/plain", "data": b64("Cefalea tensional. Paracetamol 1 g si dolor.")}}], subject={"reference": "Patient/p-50"})),
]
with open(f"{out}/bulk/notes.ndjson", "w", encoding="utf-8") as f:
    f.write("\n".join(nd_lines) + "\n")
gz_lines = [
    line(docref("nota-4001", [{"attachment": {"contentType": "text/plain", "data": b64("Anemia ferropénica. Hemoglobina 9,8 g/dl.")}}], subject={"reference": "Patient/p-60"})),
    line(docref("nota-4002", [{"attachment": {"contentType": "text/plain", "data": b64("Control de hipotiroidismo con levotiroxina.")}}], subject={"reference": "Patient/p-61"})),
]
with gzip.GzipFile(f"{out}/bulk/notes.ndjson.gz", "wb", mtime=0) as f:
    f.write(("\n".join(gz_lines) + "\n").encode("utf-8"))
