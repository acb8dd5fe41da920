#!/usr/bin/env python3
"""Independent checks of occupations.csv against the source files.

Usage: python3 verify_occupations.py [DATA_ROOT] [--csv PATH]
Exit code 0 when every check passes.
"""
import argparse, csv, gzip, os, re, sys

ap = argparse.ArgumentParser()
ap.add_argument("data_root", nargs="?", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "data"))
ap.add_argument("--csv", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "occupations.csv"))
a = ap.parse_args()
R = a.data_root
COLS = "escoUri,iscoCode,romeCode,weight,label_en,label_nl,label_fr,label_de,fr_release,alt_en,alt_nl,alt_fr,alt_de".split(",")


def rows_of(path):
    op = gzip.open if path.endswith(".gz") else open
    with op(path, "rt", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


uris = {l: {r["conceptUri"]: r for r in rows_of(os.path.join(R, f"esco-v1.2.0-{l}", f"occupations_{l}.csv.gz"))}
        for l in ("en", "nl", "de")}
isco = {r["code"] for r in rows_of(os.path.join(R, "esco-v1.2.0-en", "ISCOGroups_en.csv.gz"))}
rome = {r["code_rome"] for r in rows_of(os.path.join(R, "rome", "rome4_v460", "unix_referentiel_code_rome_v460_utf8.csv"))}

raw = open(a.csv, "rb").read()
errors = []
if raw.startswith(b"\xef\xbb\xbf"):
    errors.append("file starts with a BOM")
raw.decode("utf-8")  # raises if not UTF-8
with open(a.csv, encoding="utf-8", newline="") as f:
    rd = csv.reader(f)
    header = next(rd)
    body = list(rd)
if header != COLS:
    errors.append(f"header is {header}")
seen = set()
for i, row in enumerate(body, 2):
    if len(row) != len(COLS):
        errors.append(f"line {i}: {len(row)} fields")
        continue
    r = dict(zip(COLS, row))
    u = r["escoUri"]
    if u in seen:
        errors.append(f"line {i}: duplicate URI {u}")
    seen.add(u)
    for l in ("en", "nl", "de"):
        if u not in uris[l]:
            errors.append(f"line {i}: URI not in ESCO 1.2.0 {l}")
        elif r["label_" + l] != re.sub(r"\s+", " ", uris[l][u]["preferredLabel"]).strip():
            errors.append(f"line {i}: label_{l} differs from the ESCO 1.2.0 preferred label")
    for l in ("en", "nl", "fr", "de"):
        if not r["label_" + l].strip():
            errors.append(f"line {i}: empty label_{l}")
        alts = r["alt_" + l].split("|") if r["alt_" + l] else []
        if len(alts) > 4 or any(not x.strip() for x in alts):
            errors.append(f"line {i}: bad alt_{l}")
    if not (re.fullmatch(r"\d{4}", r["iscoCode"]) and r["iscoCode"] in isco):
        errors.append(f"line {i}: invalid ISCO {r['iscoCode']!r}")
    elif u in uris["en"] and uris["en"][u]["iscoGroup"] != r["iscoCode"]:
        errors.append(f"line {i}: ISCO differs from the ESCO file")
    if r["romeCode"] and r["romeCode"] not in rome:
        errors.append(f"line {i}: ROME {r['romeCode']} not in ROME 4.0 v460")
    if not (r["weight"].isdigit() and 1 <= int(r["weight"]) <= 100):
        errors.append(f"line {i}: weight {r['weight']!r}")
    if r["fr_release"] not in ("1.2.1-derived", "1.0"):
        errors.append(f"line {i}: fr_release {r['fr_release']!r}")

gz = a.csv + ".gz"
if os.path.exists(gz):
    if gzip.open(gz, "rb").read() != raw:
        errors.append("occupations.csv.gz does not decompress to occupations.csv")
else:
    errors.append("occupations.csv.gz missing")

print(f"rows: {len(body)}")
print(f"rows with a ROME code: {sum(1 for r in body if len(r) == len(COLS) and r[2])}")
print(f"unique URIs: {len(seen)}")
print("all checks passed" if not errors else "FAILED:\n  " + "\n  ".join(errors))
sys.exit(1 if errors else 0)
