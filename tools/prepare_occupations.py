#!/usr/bin/env python3
"""Regenerate occupations.csv (and occupations.csv.gz) for Synerjob Hub demo data.

Usage:
    python3 prepare_occupations.py [DATA_ROOT] [--out OUT_DIR] [--review]

DATA_ROOT is the folder holding the reference data (esco-v1.2.0-en, esco-v1.2.0-nl,
esco-v1.2.0-de, esco-fr-labels-api-derived, esco-v1.0-fr, rome/...). Default:
../shared/data (beside the project). OUT_DIR defaults to the folder of this script.

Standard library only. Output is deterministic: same inputs -> same bytes.
See PREPARE.md for sources, licences and the rules applied.
"""
import argparse
import collections
import csv
import gzip
import io
import os
import re
import shutil
import subprocess
import sys

DEFAULT_DATA_ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "data")
ESCO_OCC = "http://data.europa.eu/esco/occupation/"
COLUMNS = ["escoUri", "iscoCode", "romeCode", "weight",
           "label_en", "label_nl", "label_fr", "label_de", "fr_release",
           "alt_en", "alt_nl", "alt_fr", "alt_de"]
MAX_ALTS = 4
FR_DERIVED = "1.2.1-derived"
FR_OLD = "1.0"

# Selection: (ESCO 1.2.0 occupation UUID, weight 1..100, expected English preferred label).
# Weights are the preparer's informed ESTIMATES of how frequent such vacancies are in
# Belgium (bottleneck lists of VDAB, Le Forem, Actiris, ADG; volume of job ads), not
# measured statistics. The expected label guards against picking the wrong URI.
SELECTION = [
    # Transport and logistics
    ("45037d43-a8f5-4f46-b332-b2935bc305f4",  95, "cargo vehicle driver"),
    ("eeac6251-1974-42f5-91ed-513c6c883755",  85, "forklift operator"),
    ("bea705fe-06ac-4147-b8e0-6e8ac1208d8f",  90, "warehouse worker"),
    ("cd94def5-3442-4c2e-ae3d-0761a3008bcb",  80, "warehouse order picker"),
    ("0c408028-c48f-4df8-ba5d-c3d3be15f5a2",  70, "car and van delivery driver"),
    ("00cee175-1376-43fb-9f02-ba3d7a910a58",  55, "bus driver"),
    ("6f7c1e84-8162-4c20-a575-b57ff624eef5",  15, "taxi driver"),
    ("c5d779f4-345b-4918-872b-a1cbaeb1d9be",  30, "dangerous goods driver"),
    ("e4f33b45-ee95-48b5-b2f8-e397aa14ed41",  35, "distribution centre dispatcher"),
    ("49e28648-4fa8-4b36-ac4d-781c108547bf",  35, "freight transport dispatcher"),
    ("c8b296be-54ae-48cf-be21-031fa8457937",  40, "supply chain assistant"),
    ("f5cb9901-86fc-48d0-9cde-667fbe8cef3a",  45, "hand packer"),
    ("d35f9e79-5778-43b4-8667-0e3ba1fcb19a",  45, "shelf filler"),
    ("0ea5fdff-074c-4094-98b9-04432361e4d9",  15, "tower crane operator"),
    ("eedbf8b1-9432-4f42-ab7f-db5cd3eb2a05",  30, "excavator operator"),
    ("7ed2e153-8da8-4c0d-b4c5-3402c623f34b",  25, "postman/postwoman"),
    # Construction and building services
    ("05f321f8-055b-407d-bf19-e0ddabda56b7",  60, "bricklayer"),
    ("2a22ff9e-de3b-408d-b312-5034896cc4f4",  55, "carpenter"),
    ("b4c6d1b0-929e-48be-9f67-47bd8c30658b",  45, "roofer"),
    ("15620506-fb5d-49cd-87a2-1c9047fb406a",  45, "construction painter"),
    ("ed3cf43d-c2c1-4c46-82fc-1375e27e0290",  55, "plumber"),
    ("7259dc48-004a-4ceb-aa4e-5bbd548c2397",  45, "heating technician"),
    ("79f435d0-9bc6-4d25-a26a-acbe16569ebb",  35, "heating and ventilation service installer"),
    ("3ce9c89d-6f1a-48b5-942d-386e46e2fd06",  40, "heating, ventilation, air conditioning and refrigeration engineering technician"),
    ("4910419f-b4af-4f59-b544-9dbebc8a74f0",  70, "electrician"),
    ("33960bab-4423-4808-af6c-ec2b485dba41",  50, "building electrician"),
    ("5df63943-f1bc-4438-90f1-92768a7a23c8",  50, "industrial electrician"),
    ("02447817-ea01-4d8b-b09c-8bc128e447e6",  30, "tile fitter"),
    ("f4a22809-c00c-4dd0-8b09-c7251f8dcd1c",  30, "plasterer"),
    ("fb7e2f4f-1545-42f1-972e-94082e49c6dc",  50, "building construction worker"),
    ("18fa8080-3156-429a-bbd7-b3ef559b6721",  20, "construction scaffolder"),
    ("b2dab4fb-b7f7-4f57-94b2-9c0f0848564a",  20, "insulation worker"),
    ("47300afa-5496-484c-8f65-14247a98b2b8",  25, "civil engineering worker"),
    ("0dd7e6cd-2e5a-4fae-9ce0-6a3622d4019f",  35, "construction general supervisor"),
    # Industry, maintenance and vehicles
    ("7aedaa07-3884-4c5b-88f9-80997b2aa54b",  60, "welder"),
    ("572c9810-e1ee-4f7a-a71f-820f17c0c25b",  25, "sheet metal worker"),
    ("5c082067-ea18-4ccb-8c43-e70b18ad8120",  50, "computer numerical control machine operator"),
    ("63042e8f-dd59-47fe-87f3-3b2ce21f196a",  25, "lathe and turning machine operator"),
    ("898f99f7-8c0a-4212-9e58-9ab00379e5ae",  30, "fitter and turner"),
    ("691ec040-f5ad-47ef-8698-03212d66dbbf",  20, "structural ironworker"),
    ("40517ed4-2769-4283-a15b-4b0d939bd2d3",  40, "production supervisor"),
    ("e3dc66de-99c7-4607-a82b-7244036d316d",  55, "food production operator"),
    ("b0fa69b4-998c-4e66-acd3-5f5d73cadb5c",  40, "packaging and filling machine operator"),
    ("869e3a85-6e4c-4e3c-b14f-a8399c1abd2d",  35, "automated assembly line operator"),
    ("be0e6189-46a5-4b90-8622-2d1988efba1a",  20, "industrial machinery assembler"),
    ("b21aac17-8237-4264-bc2c-0e315346fd8f",  20, "chemical plant control room operator"),
    ("269c47e7-9017-4aa6-bce8-49e89a696a64",  40, "industrial machinery mechanic"),
    ("51c7015c-dc81-4fcb-b15f-619a4656a9fe",  55, "electromechanical engineering technician"),
    ("edf2e989-d7c5-496e-b365-81fc5cb9eb39",  20, "mechatronics engineering technician"),
    ("5d009d45-3bb9-4e33-8760-294f59adec8c",  30, "electrical mechanic"),
    ("5791a961-4717-4230-a245-a4082a675f04",  25, "automation engineering technician"),
    ("998a0bf4-b1be-42ab-aee5-0096c9be3319",  25, "quality engineering technician"),
    ("b0ad8659-0410-4b5b-9466-a90f8b3cdac9",  30, "product quality controller"),
    ("4ad4024e-d1d3-4dea-b6d1-2c7948111dce",  55, "vehicle technician"),
    ("24d378d8-1e16-4667-bdb4-1f4a0f2c6379",  30, "diesel engine mechanic"),
    ("5ab842f6-1f75-4d84-bf41-b8a9799347df",  20, "coachbuilder"),
    # Health and care
    ("8d3e8aaa-791b-4c75-a465-f3f827028f50",  95, "nurse responsible for general care"),
    ("18e14e61-495b-44cc-a7c6-df4c625934ba",  30, "specialist nurse"),
    ("87d0795a-d41f-47ee-979f-0ab7d73836e7",  50, "nurse assistant"),
    ("d38c2107-98f2-47b7-8bb4-f69750d51082",  55, "healthcare assistant"),
    ("1391bdf9-bd61-4fb5-91ca-c29036ab2b60",  45, "home care aide"),
    ("f4525ed8-54eb-4a3b-90db-55cc01b0d9fd",  35, "care home worker"),
    ("3413f234-6230-47a8-8cc7-2691fd54ce3a",  50, "child care worker"),
    ("3f74aad8-2d60-4be2-b059-8dba5568d530",  45, "child day care worker"),
    ("7c132147-428b-4ea3-87e1-70f7abb691ce",  25, "pharmacist"),
    ("c1a86d6d-7785-43e1-994b-958eba58fff7",  25, "pharmacy assistant"),
    ("006cc1f9-2841-41c3-991a-dc3f2f3bd533",  25, "physiotherapist"),
    ("71f09c8b-a172-408c-b9e7-32e580e39ff6",  20, "general practitioner"),
    ("33da5532-8c4e-4d1b-b52e-c201ee1bc7ab",  20, "occupational therapist"),
    ("95cda6a9-a70a-4a93-9442-11d573cb4a02",  12, "midwife"),
    ("52ded7d7-11df-42e3-b90a-d7f4b70fb4b9",  20, "psychologist"),
    ("045f05f2-4ff8-46b2-9d08-e12a81657498",  25, "medical administrative assistant"),
    ("fa4a3b52-990c-44eb-a912-490f5d689400",  45, "social pedagogue"),
    ("4b05bef2-ded4-4b09-ab94-f4c6a555a775",  40, "social worker"),
    ("78f474ae-c154-4206-ad0f-d8a00e9c541e",  25, "residential home adult care worker"),
    # Education
    ("03d79393-7b30-4159-945b-01963eddd302",  55, "primary school teacher"),
    ("5efb2c08-ba3a-4659-a2e4-1883f54e77b6",  55, "secondary school teacher"),
    ("55d60ead-0343-4008-b9e4-fb4b5a179c83",  35, "early years teacher"),
    ("fb0c7da2-6d0e-4a3f-be3e-344f58f0e82d",  25, "modern languages teacher secondary school"),
    ("81f8d141-3f67-4fb0-a349-db0147ef7b3a",  20, "vocational teacher"),
    ("976cbfcc-8958-4800-a435-71d15405a42a",  20, "special educational needs teacher"),
    # Hospitality and food trades
    ("90f75f67-495d-49fa-ab57-2f320e251d7e",  70, "cook"),
    ("1009be17-7efd-45f1-a033-566bf179c588",  40, "chef"),
    ("e1cf6897-158d-4b48-a39e-2a3a8cac216c",  55, "kitchen assistant"),
    ("f756fdab-7726-4c48-bfcc-94ff8810fc08",  30, "kitchen porter"),
    ("d5db9d5c-2ebf-4a54-a79a-1b7e7ff70471",  60, "waiter/waitress"),
    ("2f5e38a0-6578-4665-bdbd-e2ab505be140",  30, "bartender"),
    ("82025c02-9082-416c-998b-f51eb0359ee6",  25, "hospitality establishment receptionist"),
    ("731ecac4-06e8-4ec2-a559-101fecbd9183",  30, "room attendant"),
    ("05f6eaeb-b285-46bd-a44a-225bd429e329",  15, "meat cutter"),
    ("1aadb308-432a-4d01-b54b-b4f7f76dd419",  35, "baker"),
    ("37c7880e-cfee-4c41-a41b-061682fefde3",  30, "butcher"),
    # Retail and sales
    ("0b15375e-dfdd-4047-9efb-096e0aaee7d2",  80, "shop assistant"),
    ("9ba74e8a-c40c-4228-9998-eb3c7a5c11df",  65, "sales assistant"),
    ("2b871272-bd61-4206-bd1a-0b96d7023098",  55, "cashier"),
    ("9e81adde-9983-44fa-b74b-c548d0dbfbdd",  35, "shop manager"),
    ("14031d4a-6e99-442f-b4fe-18262b6432b2",  45, "commercial sales representative"),
    ("c956be07-53a3-4b01-b8f8-f0c5a428eaa8",  35, "technical sales representative"),
    ("2eac08c2-a81a-46fc-8d75-eb0e0f3e0f6d",  40, "sales account manager"),
    ("a7594892-ff23-4e2a-aedf-2f967ebca15c",  25, "sales manager"),
    ("13d1b2b4-99dd-44da-9734-c9f74bae18f7",  50, "customer service representative"),
    ("0ededdc2-050a-4ec3-8e70-6295105fcd19",  40, "call centre agent"),
    # Office, finance, HR, purchasing
    ("044d78cc-f62f-4532-83a5-8e04f2889652",  65, "administrative assistant"),
    ("6c999fc7-c6b7-4ef3-a4b9-af124a1783a2",  50, "office clerk"),
    ("5ac377d2-e1d0-4911-a299-b4ef2782a0ba",  35, "secretary"),
    ("8cce40c1-4479-47e7-b5fc-c976631d919f",  35, "management assistant"),
    ("f7b04542-d8c7-42db-8475-e63b507cce82",  35, "receptionist"),
    ("eda0d957-3c3c-4139-b89a-a18bc9e18897",  45, "accountant"),
    ("c3aae59e-1441-4b3e-bdd1-6da50dc7cf42",  45, "bookkeeper"),
    ("bfe142b9-a049-4d41-89c4-fd2f34ac56b6",  35, "accounting assistant"),
    ("5e5b1b61-1351-4d3b-a293-deb3661715dd",  25, "financial controller"),
    ("59c22779-4d89-4bc9-ba8b-d64bea236723",  15, "tax advisor"),
    ("ade351da-7bda-424e-8682-bbdcab2a25be",  30, "payroll clerk"),
    ("d3e32e5e-7f24-48e3-b939-e4f800eb62fb",  35, "human resources officer"),
    ("d8ed1703-9c03-4ea0-83cc-b6169bc54ffd",  25, "human resources assistant"),
    ("068370e0-9c27-4814-87d0-44fbb3140815",  35, "recruitment consultant"),
    ("29fa406d-de89-4515-be8d-0fe7bda993f1",  30, "purchaser"),
    ("bea99fea-0383-4c63-b944-70d4799de2c5",  40, "project manager"),
    # ICT
    ("f2b15a0e-e65a-438a-affb-29b9d50b77d1",  50, "software developer"),
    ("c40a2919-48a9-40ea-b506-1f34f693496d",  30, "web developer"),
    ("9e2e6e1e-363b-4e1b-a673-7bc0f7343300",  35, "ICT system administrator"),
    ("cf2b03cd-feb7-4f47-90f6-ff1ed6016d3d",  20, "ICT network engineer"),
    ("aaeec9a7-dc57-4485-890c-86b3eef735f9",  30, "ICT help desk agent"),
    ("3e7bf729-4442-4b9f-ad5e-83111963795c",  25, "ICT technician"),
    ("d3edb8f8-3a06-47a0-8fb9-9b212c006aa2",  30, "data analyst"),
    ("258e46f9-0075-4a2e-adae-1ff0477e0f30",  15, "data scientist"),
    ("fe0fa514-b48d-4a53-9757-a283c0baacf0",  30, "ICT business analyst"),
    ("8b6388a4-4904-471b-9331-d3b1211f5525",  20, "ICT project manager"),
    # Engineering and design
    ("579254cf-6d69-4889-9000-9c79dc568644",  25, "mechanical engineer"),
    ("d7d986e1-7333-431b-9719-0c5c6939e360",  20, "civil engineer"),
    ("86ca306c-ab99-420a-9e2a-aa73c5c4de22",  25, "electrical engineer"),
    ("53d2052f-edc0-4f44-8be1-164526412bfe",  25, "industrial engineer"),
    ("8c3f536e-ba66-4321-ba40-363dc39f129b",  15, "architect"),
    ("a4869ae9-2dfe-48cc-bd97-f803880f3407",  20, "drafter"),
    ("0cca32c2-9308-4927-adb2-14771ab787f0",  12, "quantity surveyor"),
    ("789517fb-95ee-43d1-9530-c2860be1a439",  15, "health and safety officer"),
    # Cleaning, security, facility
    ("303a1e34-cb16-4054-b323-81e5eec17397",  85, "building cleaner"),
    ("cbad55a4-c7cf-4ab6-9540-eac72b26729b",  80, "domestic cleaner"),
    ("92cba6b4-8fca-49bb-b68c-45c5096fedc9",  15, "window cleaner"),
    ("31808988-fc0a-4bc3-9e47-27216d6759f5",  40, "security guard"),
    ("1822bfc2-e735-449f-ba00-ca71eb5c062b",  15, "building caretaker"),
    ("f4a25243-b06a-42a9-9c69-246853df63ad",  25, "handyperson"),
    # Agriculture and green
    ("e7970c7a-7769-4002-87d3-0a8ea94fdd6f",  35, "landscape gardener"),
    ("a10eb17a-3c78-4f7a-a1da-8f31146339d3",  30, "garden labourer"),
    ("c9191f7f-28b5-4df8-991d-804c53009b83",  25, "crop production worker"),
    ("1a9d99ba-4c08-4864-8f6a-1b0f2b4cf883",  20, "horticulture worker"),
    ("373db468-bd25-4b67-a6e0-4ac79d9a9e85",  20, "fruit and vegetable picker"),
    ("65bd2342-f7de-4932-9164-eb480e35a791",  10, "livestock worker"),
    # Personal services
    ("099c6bb0-22d3-4c5d-8bf5-70910af381ef",  30, "hairdresser"),
    ("a1e1a788-2352-4172-8fcf-1f985a6968b0",  15, "aesthetician"),
]


def open_text(path):
    if path.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8", newline="")
    return open(path, "r", encoding="utf-8", newline="")


def read_csv(path):
    with open_text(path) as f:
        return list(csv.DictReader(f))


def by_uri(rows):
    return {r["conceptUri"]: r for r in rows}


def norm_key(label):
    """Comparison key only (the output keeps the source spelling)."""
    s = label.replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", " ", s).strip().casefold()


def clean(label):
    """Collapse runs of white space (some source labels carry double spaces)."""
    return re.sub(r"\s+", " ", label).strip()


def split_alts(raw, sep):
    return [clean(a) for a in raw.split(sep) if a.strip()]


def pick_alts(pref, alts, problems, where):
    """Up to MAX_ALTS alternative labels.

    Labels are kept verbatim (gendered forms such as "chauffeur/chauffeuse" included).
    Dropped: duplicates and the preferred label itself. Synonyms come first, in source
    order; a label that is only one half of a gendered preferred label ("waiter" or
    "waitress" for "waiter/waitress") adds no new word, so it only fills slots left over.
    """
    full = norm_key(pref)
    halves = {norm_key(p) for p in pref.split("/")} if "/" in pref else set()
    synonyms, gendered, seen = [], [], set()
    for a in alts:
        if "|" in a:
            problems.append(f"{where}: alt label contains '|', dropped: {a!r}")
            continue
        k = norm_key(a)
        if k == full or k in seen:
            continue
        seen.add(k)
        (gendered if k in halves else synonyms).append(a)
    return "|".join((synonyms + gendered)[:MAX_ALTS])


def load_rome(root):
    """ESCO URI -> Counter of ROME 4.0 codes (one count per mapping row)."""
    path = os.path.join(root, "rome", "esco_mapping", "FR_20230607_mapping_esco_rome.csv.gz")
    with open_text(path) as f:
        text = f.read()
    lines = text.splitlines(True)
    # The file starts with metadata lines; the table starts at the header row.
    start = next(i for i, l in enumerate(lines) if l.startswith("classification 1 ID,"))
    mapping = list(csv.DictReader(io.StringIO("".join(lines[start:]))))

    app = read_csv(os.path.join(root, "rome", "rome4_v460",
                                "unix_referentiel_appellation_v460_utf8.csv.gz"))
    ogr_to_rome = {r["code_ogr"]: r["code_rome"] for r in app}
    principal = {r["code_ogr"] for r in app if r["classification"] == "PRINCIPALE"}
    codes = {r["code_rome"]: r["libelle_rome"] for r in read_csv(
        os.path.join(root, "rome", "rome4_v460", "unix_referentiel_code_rome_v460_utf8.csv"))}

    counts = collections.defaultdict(collections.Counter)
    relations = collections.defaultdict(collections.Counter)
    unknown_ogr = set()
    for r in mapping:
        uri = r["classification 1 ID"].strip()
        ogr = r["classification 2 ID"].strip()
        code = ogr_to_rome.get(ogr)
        if code is None:
            unknown_ogr.add(ogr)
            continue
        counts[uri][code] += 1
        relations[(uri, code)][r["mapping relation"].strip()] += 1
        if ogr in principal:  # the job title is the main title of its ROME code
            relations[(uri, code)]["principal"] += 1
    return counts, relations, codes, unknown_ogr, len(mapping)


def choose_rome(uri, counts, relations):
    """Most frequent ROME code for the URI (one count per mapping row).

    Ties: more skos:exactMatch rows, then more skos:closeMatch rows, then a mapped job
    title that is the code's main title (PRINCIPALE), then the smaller code."""
    c = counts.get(uri)
    if not c:
        return ""
    def key(code):
        rel = relations[(uri, code)]
        return (-c[code], -rel["skos:exactMatch"], -rel["skos:closeMatch"], -rel["principal"], code)
    return sorted(c, key=key)[0]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data_root", nargs="?", default=DEFAULT_DATA_ROOT)
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument("--review", action="store_true",
                    help="print a review table (labels, ROME title, mapping counts) to stderr")
    args = ap.parse_args()
    root = args.data_root
    problems, notes, fr_alt_topped_up = [], [], []

    en = by_uri(read_csv(os.path.join(root, "esco-v1.2.0-en", "occupations_en.csv.gz")))
    nl = by_uri(read_csv(os.path.join(root, "esco-v1.2.0-nl", "occupations_nl.csv.gz")))
    de = by_uri(read_csv(os.path.join(root, "esco-v1.2.0-de", "occupations_de.csv.gz")))
    fr_new = by_uri(read_csv(os.path.join(root, "esco-fr-labels-api-derived", "occupations_fr.csv.gz")))
    fr_old = by_uri(read_csv(os.path.join(root, "esco-v1.0-fr", "occupations_fr.csv.gz")))
    isco_codes = {r["code"] for r in read_csv(os.path.join(root, "esco-v1.2.0-en", "ISCOGroups_en.csv.gz"))}
    rome_counts, rome_rel, rome_codes, unknown_ogr, n_map = load_rome(root)
    if unknown_ogr:
        notes.append(f"{len(unknown_ogr)} ROME job-title ids of the mapping are not in ROME 4.0 v460 (ignored)")

    uuids = [s[0] for s in SELECTION]
    dup = [u for u, n in collections.Counter(uuids).items() if n > 1]
    if dup:
        problems.append(f"duplicate URIs in SELECTION: {dup}")

    rows = []
    for uuid, weight, expected in SELECTION:
        uri = ESCO_OCC + uuid
        if uri not in en or uri not in nl or uri not in de:
            problems.append(f"{uri} ({expected}) missing from ESCO 1.2.0 en/nl/de")
            continue
        e, n, d = en[uri], nl[uri], de[uri]
        if e["preferredLabel"] != expected:
            problems.append(f"{uri}: English preferred label is {e['preferredLabel']!r}, expected {expected!r}")
        isco = e["iscoGroup"].strip()
        if not (re.fullmatch(r"\d{4}", isco) and isco in isco_codes):
            problems.append(f"{uri}: invalid ISCO code {isco!r}")
        if n["iscoGroup"].strip() != isco or d["iscoGroup"].strip() != isco:
            notes.append(f"{expected}: iscoGroup differs between en/nl/de files")
        if not (isinstance(weight, int) and 1 <= weight <= 100):
            problems.append(f"{uri}: weight {weight!r} not an integer 1..100")

        # French label: the 1.2.1 API-derived set first, ESCO 1.0 otherwise.
        # French alt labels: those of the label's source first, then the other source's.
        fn, fo = fr_new.get(uri), fr_old.get(uri)
        alts_new = split_alts(fn["altLabels"], "|") if fn else []
        alts_old = split_alts(fo["altLabels"], "\n") if fo else []
        if fn and fn["preferredLabel"].strip():
            fr_label, fr_rel, fr_alts = clean(fn["preferredLabel"]), FR_DERIVED, (alts_new, alts_old)
        elif fo and fo["preferredLabel"].strip():
            fr_label, fr_rel, fr_alts = clean(fo["preferredLabel"]), FR_OLD, (alts_old, alts_new)
        else:
            fr_label, fr_rel, fr_alts = "", "", ([], [])
        alt_fr_first = pick_alts(fr_label, fr_alts[0], problems, f"{expected}/fr")
        alt_fr = pick_alts(fr_label, fr_alts[0] + fr_alts[1], problems, f"{expected}/fr")
        if alt_fr != alt_fr_first:
            fr_alt_topped_up.append(expected)

        rome = choose_rome(uri, rome_counts, rome_rel)
        if rome and rome not in rome_codes:
            problems.append(f"{uri}: ROME code {rome} not in ROME 4.0 v460")

        row = {
            "escoUri": uri,
            "iscoCode": isco,
            "romeCode": rome,
            "weight": str(weight),
            "label_en": clean(e["preferredLabel"]),
            "label_nl": clean(n["preferredLabel"]),
            "label_fr": fr_label,
            "label_de": clean(d["preferredLabel"]),
            "fr_release": fr_rel,
            "alt_en": pick_alts(e["preferredLabel"], split_alts(e["altLabels"], "\n"), problems, f"{expected}/en"),
            "alt_nl": pick_alts(n["preferredLabel"], split_alts(n["altLabels"], "\n"), problems, f"{expected}/nl"),
            "alt_fr": alt_fr,
            "alt_de": pick_alts(d["preferredLabel"], split_alts(d["altLabels"], "\n"), problems, f"{expected}/de"),
        }
        for lang in ("en", "nl", "fr", "de"):
            if not row["label_" + lang]:
                problems.append(f"{uri} ({expected}): empty label_{lang}")
        for k, v in row.items():
            if "\n" in v or "\r" in v:
                problems.append(f"{uri}: newline in {k}")
        rows.append(row)
        if args.review:
            c = rome_counts.get(uri, collections.Counter())
            print(f"{weight:3d} {isco} {rome or '-----'} {row['label_en']} | {row['label_nl']} | "
                  f"{row['label_fr']} [{fr_rel}] | {row['label_de']} || ROME: "
                  f"{rome_codes.get(rome, '')} {dict(c.most_common(4))}", file=sys.stderr)

    if len({r["escoUri"] for r in rows}) != len(rows):
        problems.append("URIs are not unique")
    if problems:
        print("PROBLEMS:", *problems, sep="\n  ", file=sys.stderr)
        return 1

    rows.sort(key=lambda r: (-int(r["weight"]), r["label_en"], r["escoUri"]))
    os.makedirs(args.out, exist_ok=True)
    out_csv = os.path.join(args.out, "occupations.csv")
    with open(out_csv, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=COLUMNS, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writeheader()
        w.writerows(rows)

    out_gz = out_csv + ".gz"
    if shutil.which("gzip"):
        with open(out_gz, "wb") as g:
            subprocess.run(["gzip", "-9", "-n", "-c", out_csv], stdout=g, check=True)
    else:  # fallback: deterministic too (mtime 0, no file name), bytes may differ from gzip(1)
        with open(out_csv, "rb") as src, open(out_gz, "wb") as raw, \
                gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as g:
            shutil.copyfileobj(src, g)

    with_rome = sum(1 for r in rows if r["romeCode"])
    fr_counts = collections.Counter(r["fr_release"] for r in rows)
    print(f"rows: {len(rows)}")
    print(f"rows with a ROME code: {with_rome}")
    print(f"label_fr sources: {dict(sorted(fr_counts.items()))}")
    print(f"ROME<->ESCO mapping rows read: {n_map}")
    if fr_alt_topped_up:
        print(f"rows whose alt_fr was topped up from the other French source: {len(fr_alt_topped_up)}")
    for n_ in notes:
        print("note:", n_)
    print(f"wrote {out_csv} and {out_gz}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
