#!/usr/bin/env python3
"""Writes the text of every DocumentReference of an NDJSON file (optionally .gz) as {"id","text"} JSON
lines, the input of `notes2omop tag`: the same notes etl reads, for the tagger-alone figure.

    bench/notes-text.py CORPUS.ndjson[.gz] OUT.jsonl
"""
import base64
import gzip
import json
import sys

src, dst = sys.argv[1], sys.argv[2]
opener = gzip.open if src.endswith(".gz") else open
count = 0
with opener(src, "rt", encoding="utf-8") as lines, open(dst, "w", encoding="utf-8") as out:
    for line in lines:
        if not line.strip():
            continue
        resource = json.loads(line)
        if resource.get("resourceType") != "DocumentReference":
            continue
        for content in resource.get("content", []):
            data = content.get("attachment", {}).get("data")
            if data:
                text = base64.b64decode(data).decode("utf-8")
                out.write(json.dumps({"id": resource["id"], "text": text}, ensure_ascii=False) + "\n")
                count += 1
                break
print(f"{count} notes written to {dst}", file=sys.stderr)
