#!/usr/bin/env python3
"""Regenerate the geo module's shipped data (src/main/resources/data/geo/*.csv.gz).

Reads the reference data in ../shared/data (or --source) and writes two gzipped UTF-8 CSV files:

  municipalities.csv.gz  one row per municipality (NIS codes valid 2019-2024, 581 rows)
  postcodes.csv.gz       one row per postcode (1,146 GeoNames postcodes + 3 special Statbel ones)

The columns are documented in docs/data.md ("Geography"). The script checks its inputs (md5 as recorded in
the PROVENANCE files), resolves the NIS code of each postcode, validates the result against independent
sources and prints a report. It exits with status 1 when an invariant fails, so the files are never written
from a broken join. Output is deterministic (sorted rows, gzip without timestamp): re-running it on the same
inputs gives byte-identical files, and --check verifies that the committed files are up to date.

Usage (from the repository root):
  python3 tools/prepare-geo-data.py [--source ../shared/data] [--out src/main/resources/data/geo] [--check]
"""

import argparse
import collections
import csv
import gzip
import hashlib
import io
import math
import os
import re
import sys
import unicodedata

# ---------------------------------------------------------------------------------------------------------------
# Inputs (path relative to --source, md5 of the uncompressed content as recorded in / computed for PROVENANCE.md)
# ---------------------------------------------------------------------------------------------------------------
INPUTS = {
    "geonames": ("be-postcodes-geonames/BE.txt.gz", "4985379801739b020678913f4bf19e22"),
    "muni2018": ("be-municipalities-nis/2018/belgian_municipalities.csv.gz", "534f56bf23643bfa7337c4edb089bbfc"),
    "muni2020": ("be-municipalities-nis/2020/belgian_municipalities.csv.gz", "05b181b973e36e2b3a6b0a6ce0c62f1d"),
    "postal2025": ("be-nuts/n0n3z_postal_to_nis2025.csv", "bc5ca68a743275b4dc69bd220ee61019"),
    "comm2025": ("be-nuts/n0n3z_comm2025_to_nuts2027.csv", "5565376328761df28b5e04f0c4bd5534"),
    "nuts2021": ("be-nuts/edjnet_BE_lau_2020_nuts_2021_concordance_combo.csv", "56a61538f6e53ea0b271379451c8be04"),
    "nuts3ref2021": ("be-nuts/n0n3z_nuts3_ref_2021.csv", "69960f6630e1199672ef44ccccb17ca4"),
    "rubenv_cities": ("be-postcodes-nis-rubenv/cities.csv.gz", "c7f250baa5f6f76843d81b0865a8de48"),
    "rubenv_zipcodes": ("be-postcodes-nis-rubenv/zipcodes.csv.gz", "f78234f7a1f3cfc987cad1108582c2b6"),
    "rubenv_niscodes": ("be-postcodes-nis-rubenv/niscodes.csv.gz", "0298f95e802331f5dee4ced38d61af84"),
}

# The German-speaking Community (be-postcodes-geonames/PROVENANCE.md): NIS code -> official German name.
GERMAN_SPEAKING = {
    "63001": "Amel",
    "63012": "Büllingen",
    "63013": "Bütgenbach",
    "63023": "Eupen",
    "63040": "Kelmis",
    "63048": "Lontzen",
    "63061": "Raeren",
    "63067": "Sankt Vith",
    "63087": "Burg-Reuland",
}

# NIS codes that changed on 1 January 2019 (2018 list vs 2019 list): old code -> code valid 2019-2024.
# Mergers (Puurs-Sint-Amands, Aalter, Deinze, Lievegem, Kruisem, Oudsbergen, Pelt) and the Hainaut
# arrondissement reform (new arrondissements Tournai-Mouscron 57 and La Louviere 58; Ath takes Enghien,
# Lessines, Silly; Soignies takes Manage and Seneffe). The script checks this table against the two lists.
NIS_2019 = {
    "12030": "12041", "12034": "12041",
    "44001": "44084", "44029": "44084",
    "44011": "44083", "44049": "44083",
    "44036": "44085", "44072": "44085", "44080": "44085",
    "45017": "45068", "45057": "45068",
    "52043": "55086", "52063": "55085",
    "54007": "57096", "54010": "57097",
    "55010": "51067", "55022": "58001", "55023": "51069", "55039": "51068",
    "56011": "58002", "56085": "58003", "56087": "58004",
    "71047": "72042", "72040": "72042",
    "72025": "72043", "72029": "72043",
}

# Search-only aliases: English and German exonyms of cities that job ads name in those languages.
# (The French and Dutch names are the official ones; the German ones are official only for the nine above.)
EXONYMS = {
    "21004": ["Brussels", "Brüssel"],
    "11002": ["Antwerp"],
    "44021": ["Ghent"],
    "31005": ["Brügge"],
    "62063": ["Lüttich"],
    "24062": ["Löwen"],
    "35013": ["Ostend"],
    "12025": ["Mecheln"],
}

# GeoNames province code (admin_code2) -> NIS-style province code used in the hub (21000 = the
# Brussels-Capital arrondissement, standing in for the region, which has no province).
PROVINCE_OF_GEONAMES = {
    "VAN": "10000", "VBR": "20001", "WBR": "20002", "VWV": "30000", "VOV": "40000",
    "WHT": "50000", "WLG": "60000", "VLI": "70000", "WLX": "80000", "WNA": "90000", "BRU": "21000",
}
REGION_OF_PROVINCE = {
    "10000": "VLG", "20001": "VLG", "30000": "VLG", "40000": "VLG", "70000": "VLG",
    "20002": "WAL", "50000": "WAL", "60000": "WAL", "80000": "WAL", "90000": "WAL",
    "21000": "BRU",
}
REGION_OF_STATBEL = {
    "Vlaams Gewest": "VLG", "Waals Gewest": "WAL", "Brussels Hoofdstedelijk Gewest": "BRU",
}

# Lower-case particles inside hyphenated GeoNames names ("Leuze-En-Hainaut" -> "Leuze-en-Hainaut").
PARTICLES = {
    "en", "sur", "et", "le", "la", "les", "de", "des", "du", "lez", "sous", "au", "aux", "par", "dela", "delà",
    "aan", "op", "den", "bij", "in", "ten", "t",
}

MUNICIPALITY_COLUMNS = [
    "nis_code", "name_nl", "name_fr", "name_de", "arrondissement_code", "province_code", "region",
    "language_area", "nuts3_2021", "population", "main_postcode", "nis_code_2025", "aliases",
]
POSTCODE_COLUMNS = [
    "postcode", "name_nl", "name_fr", "name_de", "places", "nis_code", "other_nis_codes", "nis_code_2025",
    "latitude", "longitude", "kind",
]

problems = []


def fail(message):
    problems.append(message)
    print("ERROR: " + message)


def read_bytes(source, key):
    path, md5 = INPUTS[key]
    with open(os.path.join(source, path), "rb") as f:
        raw = f.read()
    data = gzip.decompress(raw) if path.endswith(".gz") else raw
    actual = hashlib.md5(data).hexdigest()
    if actual != md5:
        fail("%s: md5 %s, expected %s (input changed: review the join before accepting)" % (path, actual, md5))
    return data.decode("utf-8")


def read_csv(source, key, delimiter=","):
    return list(csv.DictReader(io.StringIO(read_bytes(source, key)), delimiter=delimiter))


def norm(text):
    """Accent-, case- and punctuation-insensitive key (same rule as the Java Gazetteer)."""
    text = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def loose(text):
    """norm() that also folds German/Dutch 'oe'/'ue' spellings ("Schoenberg" = "Schonberg" = "Schönberg")."""
    return norm(text).replace("oe", "o").replace("ue", "u")


def fix_case(name):
    """Repairs GeoNames' title-casing of Belgian place names (particles, 's-, IJ)."""
    if re.match(r"^'?S [A-Z]", name):  # "'S Gravenwezel" (GeoNames), "S Gravenvoeren" (bpost)
        name = "'s-" + name[name.index(" ") + 1 :]
    parts = name.split("-")
    out = [parts[0]]
    for part in parts[1:]:
        if part.lower() in PARTICLES:
            out.append(part.lower())
        elif re.match(r"^(L|D)'", part):
            out.append(part[0].lower() + part[1:])
        elif part.startswith("'T"):
            out.append("'t" + part[2:])
        else:
            out.append(part)
    name = "-".join(out)
    return re.sub(r"\bIj(?=[a-z])", "IJ", name)


def haversine_km(a, b):
    r = 6371.0088
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    dp, dl = p2 - p1, math.radians(b[1] - a[1])
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(h))


def mean(points):
    return (sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points))


def old_arrondissements(nis19):
    """2-digit arrondissement prefixes a 2019-2024 NIS code had before 2019 (GeoNames uses the old ones)."""
    olds = {old[:2] for old, new in NIS_2019.items() if new == nis19}
    return olds or {nis19[:2]}


def province_of(nis):
    head = nis[:2]
    if head == "21":
        return "21000"
    if head in ("23", "24"):
        return "20001"
    if head == "25":
        return "20002"
    return nis[0] + "0000"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--source", default=os.path.join(root, "..", "shared", "data"))
    parser.add_argument("--out", default=os.path.join(root, "src", "main", "resources", "data", "geo"))
    parser.add_argument("--check", action="store_true", help="verify the files in --out are up to date")
    args = parser.parse_args()
    src = args.source

    # ---------------------------------------------------------------------------------------- read inputs
    geonames = [line.split("\t") for line in read_bytes(src, "geonames").splitlines() if line]
    muni18 = {r["NIS_code"]: r for r in read_csv(src, "muni2018")}
    muni = {r["NIS_code"]: r for r in read_csv(src, "muni2020")}
    postal25 = {r["cd_postal"]: r for r in read_csv(src, "postal2025")}
    comm25 = {r["cd_commune_2025"] for r in read_csv(src, "comm2025")}
    nuts = {r["lau_id"]: r for r in read_csv(src, "nuts2021")}
    nuts3ref = {r["cd_nuts3"] for r in read_csv(src, "nuts3ref2021")}
    rub_cities = read_csv(src, "rubenv_cities")
    rub_zip = read_csv(src, "rubenv_zipcodes", delimiter=";")
    rub_nis_lines = read_bytes(src, "rubenv_niscodes").splitlines()

    print("inputs: %d GeoNames places, %d municipalities (2020), %d Statbel postcodes (2025), %d rubenv places"
          % (len(geonames), len(muni), len(postal25), len(rub_cities)))
    if len(muni) != 581:
        fail("expected 581 municipalities, got %d" % len(muni))

    # The 2019 renumbering table must explain exactly the difference between the 2018 and 2019 lists.
    if set(NIS_2019) != set(muni18) - set(muni) or set(NIS_2019.values()) != set(muni) - set(muni18):
        fail("NIS_2019 table does not match the 2018/2020 municipality lists")

    # ------------------------------------------------------------------------------- GeoNames by postcode
    places = collections.defaultdict(list)  # postcode -> [(name, arr, prov, region, lat, lon, accuracy)]
    for g in geonames:
        places[g[1]].append((g[2], g[8], g[6], g[4], float(g[9]), float(g[10]), g[11]))
    for z, ps in places.items():
        if len({p[1] for p in ps}) != 1 or len({p[2] for p in ps}) != 1:
            fail("postcode %s spans several GeoNames arrondissements/provinces" % z)

    # --------------------------------------------- rubenv (2013 bpost x Statbel join), validated per place
    # Only codes whose (pre-2019) arrondissement equals GeoNames' arrondissement for the postcode are kept:
    # the join matched homonymous place names across Belgium (Aalst 9300 -> Sint-Truiden, ...).
    rubenv = collections.defaultdict(list)  # postcode -> [(place, nis 2019-2024)]
    rejected = []
    for r in rub_cities:
        z, nis = r["zipCode"], NIS_2019.get(r["nisCode"], r["nisCode"])
        if nis not in muni:
            rejected.append((z, r["name"], r["nisCode"], "unknown code"))
        elif z in places and not (old_arrondissements(nis) & {places[z][0][1]}):
            rejected.append((z, r["name"], r["nisCode"], "arrondissement %s" % places[z][0][1]))
        else:
            rubenv[z].append((r["name"], nis))
    print("rubenv: %d places kept, %d rejected (homonym join errors or unknown codes)"
          % (sum(len(v) for v in rubenv.values()), len(rejected)))

    # Former municipalities split in 1977 between two municipalities, from Statbel's list of former
    # municipalities (niscodes.csv: "POLLEUR (PARTIE)+THEUX(PARTIE);63079"). A place whose name is listed
    # with the postcode's main municipality may lie in it even if rubenv's name join says otherwise.
    former = collections.defaultdict(set)  # normalised former-municipality name -> NIS codes (2019-2024)
    for line in rub_nis_lines[2:]:
        fields = line.split(";")
        if len(fields) >= 2 and fields[1].strip().isdigit():
            label = re.split(r"[*+&(]| EN DEEL| DEEL", fields[0])[0]
            former[loose(label)].add(NIS_2019.get(fields[1].strip(), fields[1].strip()))

    # ------------------------------------------------- 2025 mergers: successor of each vanished municipality
    vanished = set(muni) - comm25
    successor = {}
    for z, r in postal25.items():
        codes = {nis for _, nis in rubenv.get(z, [])}
        if len(codes) == 1:
            (old,) = codes
            if old in vanished:
                if successor.setdefault(old, r["cd_commune_nis"]) != r["cd_commune_nis"]:
                    fail("municipality %s has two 2025 successors" % old)
    if set(successor) != vanished:
        fail("no 2025 successor found for %s" % sorted(vanished - set(successor)))
    predecessors = collections.defaultdict(set)
    for old, new in successor.items():
        predecessors[new].add(old)
    for new in list(predecessors):
        if new in muni:
            predecessors[new].add(new)  # e.g. Antwerpen 11002 absorbed Borsbeek 11007
    print("2025 mergers: %d municipalities of 2019-2024 -> %d municipalities of 2025"
          % (sum(len(v) for v in predecessors.values()), len(predecessors)))

    # ------------------------------------------------------------------- resolve the NIS code of a postcode
    municipality_keys = collections.defaultdict(set)
    for nis, r in muni.items():
        for name in (r["municipality_NL"], r["municipality_FR"], GERMAN_SPEAKING.get(nis, "")):
            if name:
                municipality_keys[norm(name)].add(nis)

    postcodes = sorted(set(places) | set(postal25))
    main_nis, other_nis, notes = {}, {}, []
    for z in postcodes:
        codes = [nis for _, nis in rubenv.get(z, [])]
        c25 = postal25.get(z, {}).get("cd_commune_nis")
        if c25 is None:
            candidates = set(codes)
            how = "rubenv (not in Statbel 2025 list)"
        elif c25 in predecessors:
            candidates = predecessors[c25] & set(codes)
            if not candidates:  # a GeoNames place named like a predecessor municipality
                candidates = {n for p in places.get(z, []) for n in municipality_keys.get(norm(p[0]), ())
                              if n in predecessors[c25]}
            if not candidates:  # a GeoNames place that is a former municipality of a predecessor
                candidates = {n for p in places.get(z, []) for n in former.get(loose(p[0]), ())
                              if n in predecessors[c25]}
            if not candidates and c25 in muni:  # the absorbing municipality kept its code
                candidates = {c25}
            how = "Statbel 2025 %s split by rubenv/GeoNames" % c25
        else:
            candidates = {c25}
            how = "Statbel 2025"
        if len(candidates) != 1:
            fail("postcode %s: cannot choose a municipality among %s (%s)" % (z, sorted(candidates), how))
            continue
        (nis,) = candidates
        main_nis[z] = nis
        # Other municipalities: validated rubenv places attached elsewhere, unless the place is a former
        # municipality that Statbel lists (even partly) in the main municipality: bpost gives each part of a
        # split former municipality its own postcode (Ehein 4120 Neupre / 4480 Engis, Polleur 4800 Verviers /
        # 4910 Theux), and rubenv's name join attached both postcodes to one part.
        others = set()
        for place, code in rubenv.get(z, []):
            if code != nis and nis not in former.get(loose(place), set()):
                others.add(code)
        if others:
            other_nis[z] = sorted(others)
        if c25 is not None and c25 not in predecessors and codes and set(codes) != {nis}:
            notes.append("%s: Statbel %s, rubenv %s" % (z, nis, sorted(set(codes))))

    # ------------------------------------------------------------------------------- validate the result
    for z, nis in main_nis.items():
        if z in places:
            arr, prov, region = places[z][0][1], places[z][0][2], places[z][0][3]
            if arr not in old_arrondissements(nis):
                fail("postcode %s: NIS %s outside GeoNames arrondissement %s" % (z, nis, arr))
            if PROVINCE_OF_GEONAMES[prov] != province_of(nis):
                fail("postcode %s: NIS %s outside GeoNames province %s" % (z, nis, prov))
            if REGION_OF_PROVINCE[province_of(nis)] != region:
                fail("postcode %s: NIS %s outside GeoNames region %s" % (z, nis, region))
        c25 = postal25.get(z, {}).get("cd_commune_nis")
        if c25 is not None and c25 != successor.get(nis, nis):
            fail("postcode %s: NIS %s does not become %s in 2025" % (z, nis, c25))
    for nis, r in muni.items():
        if REGION_OF_STATBEL[r["region_NL"]] != REGION_OF_PROVINCE[province_of(nis)]:
            fail("municipality %s: region %s does not match its NIS code" % (nis, r["region_NL"]))
    unreachable = set(muni) - set(main_nis.values())
    if unreachable:
        fail("municipalities without a postcode: %s" % sorted(unreachable))

    # ------------------------------------------------------------------------------------- coordinates
    # Centroid = mean of the postcode's GeoNames places. GeoNames sometimes geocodes a locality to a
    # homonymous hamlet elsewhere (4821 Andrimont, 4654 Charneux, 3404 Attenhoven...). A place is an outlier
    # when its nearest other place of the same municipality is farther than max(2 r, 4 km), r being the
    # radius of a disc of the municipality's area (EDJNet/GISCO area_km2). An outlier is replaced by the mean
    # of the municipality's other places (or of its seat, when every place is an outlier).
    area = {nis: float(r["area_km2"]) for nis, r in nuts.items()}
    muni_places = collections.defaultdict(list)  # nis -> [(postcode, index in places[postcode])]
    for z, ps in places.items():
        for i in range(len(ps)):
            muni_places[main_nis[z]].append((z, i))
    point = {(z, i): (places[z][i][4], places[z][i][5]) for z in places for i in range(len(places[z]))}
    replaced, moved = {}, []
    for nis, keys in sorted(muni_places.items()):
        threshold = max(2 * math.sqrt(area[nis] / math.pi), 4.0)
        outliers = set()
        for k in keys:
            others = [point[o] for o in keys if point[o] != point[k]]
            if others and min(haversine_km(point[k], o) for o in others) > threshold:
                outliers.add(k)
        reference = [k for k in keys if k not in outliers] or [
            k for k in keys if nis in municipality_keys.get(norm(places[k[0]][k[1]][0]), set())]
        if not reference:
            continue
        ref = mean([point[k] for k in reference])
        for k in sorted(outliers - set(reference)):
            replaced[k] = ref
            moved.append("%s %s (%.5f, %.5f) -> (%.5f, %.5f), %.1f km" % (
                k[0], places[k[0]][k[1]][0], point[k][0], point[k][1], ref[0], ref[1],
                haversine_km(point[k], ref)))
    coords = {}
    for z, ps in places.items():
        coords[z] = mean([replaced.get((z, i), point[(z, i)]) for i in range(len(ps))])

    # ------------------------------------------------------------------------------------ municipalities
    def language_area(nis):
        if nis in GERMAN_SPEAKING:
            return "de"
        return {"VLG": "nl", "WAL": "fr", "BRU": "fr+nl"}[REGION_OF_PROVINCE[province_of(nis)]]

    postcodes_of = collections.defaultdict(list)
    for z in sorted(main_nis):
        postcodes_of[main_nis[z]].append(z)

    def is_seat(place, nis):
        return nis in municipality_keys.get(norm(place), set())

    muni_rows, main_postcode, zip_diffs = [], {}, []
    for nis in sorted(muni):
        r = muni[nis]
        own = [z for z in postcodes_of[nis] if z in places]
        seats = [z for z in own if any(is_seat(p[0], nis) for p in places[z])]
        if seats:
            mp = seats[0]
        elif r["zip"] in own:
            mp = r["zip"]
        else:
            mp = own[0]
        main_postcode[nis] = mp
        if mp != r["zip"]:
            zip_diffs.append("%s %s: %s (source file says %s)" % (nis, r["municipality_NL"], mp, r["zip"]))
        n = nuts.get(nis)
        if n is None or n["nuts_3"] not in nuts3ref:
            fail("municipality %s: no valid NUTS 3 2021 code" % nis)
            continue
        if (n["nuts_3"] == "BE336") != (nis in GERMAN_SPEAKING):
            fail("municipality %s: NUTS %s disagrees with the German-speaking list" % (nis, n["nuts_3"]))
        pop = r["inhabitants"].strip()
        if not pop.isdigit():
            fail("municipality %s: population %r" % (nis, pop))
        muni_rows.append({
            "nis_code": nis,
            "name_nl": r["municipality_NL"].replace("\u2019", "'"),
            "name_fr": r["municipality_FR"].replace("\u2019", "'"),
            "name_de": GERMAN_SPEAKING.get(nis, ""),
            "arrondissement_code": "21000" if nis.startswith("21") else nis[:2] + "000",
            "province_code": province_of(nis),
            "region": REGION_OF_PROVINCE[province_of(nis)],
            "language_area": language_area(nis),
            "nuts3_2021": n["nuts_3"],
            "population": pop,
            "main_postcode": mp,
            "nis_code_2025": successor.get(nis, nis),
            "aliases": "|".join(EXONYMS.get(nis, [])),
        })

    # ----------------------------------------------------------------------------------------- postcodes
    # bpost's Dutch locality names (rubenv zipcodes.csv; upper case = municipality, mixed case = locality)
    bpost_nl = collections.defaultdict(list)
    for r in rub_zip:
        name = r["Plaatsnaam"].strip()
        if name and name != name.upper():
            bpost_nl[r["Postcode"].strip()].append(fix_case(name))

    pc_rows, nl_from_bpost = [], []
    for z in postcodes:
        nis = main_nis.get(z)
        if nis is None:
            continue
        m = muni[nis]
        if z in places:
            names = []
            for p in places[z]:
                name = fix_case(p[0])
                if name not in names:
                    names.append(name)
            seat = next((n for n in names if is_seat(n, nis)), None)
            primary = seat or names[0]
            kind = "regular"
            lat, lon = coords[z]
        else:  # special postcode known only to Statbel and bpost: Cargovil, Brucargo, SHAPE
            names = [r["Plaatsnaam"].strip() for r in rub_zip if r["Postcode"].strip() == z]
            names = names or [postal25[z]["tx_postal_name_fr"]]
            primary = names[0]
            seat = primary if is_seat(primary, nis) else None
            kind = "special"
            lat, lon = coords[main_postcode[nis]]
        name_nl = name_fr = primary
        name_de = ""
        if seat:
            name_nl, name_fr = m["municipality_NL"], m["municipality_FR"]
            name_de = GERMAN_SPEAKING.get(nis, "")
        elif nis in GERMAN_SPEAKING:
            name_de = primary
        region = REGION_OF_PROVINCE[province_of(nis)]
        extra = [n for n in bpost_nl.get(z, []) if norm(n) not in {norm(x) for x in names}]
        if not seat and region in ("VLG", "BRU") and len(names) == 1 and len(extra) == 1:
            name_nl = extra[0]
            nl_from_bpost.append("%s %s -> %s" % (z, primary, name_nl))
        all_names = names + extra
        for value in all_names:
            if "|" in value:
                fail("postcode %s: place name with '|': %s" % (z, value))
        pc_rows.append({
            "postcode": z,
            "name_nl": name_nl.replace("\u2019", "'"),
            "name_fr": name_fr.replace("\u2019", "'"),
            "name_de": name_de,
            "places": "|".join(all_names),
            "nis_code": nis,
            "other_nis_codes": "|".join(other_nis.get(z, [])),
            "nis_code_2025": postal25.get(z, {}).get("cd_commune_nis", successor.get(nis, nis)),
            "latitude": "%.5f" % lat,
            "longitude": "%.5f" % lon,
            "kind": kind,
        })

    # ------------------------------------------------------------------------------------------- report
    print()
    print("== postcodes: %d (%d GeoNames, %d special)" % (
        len(pc_rows), sum(r["kind"] == "regular" for r in pc_rows), sum(r["kind"] == "special" for r in pc_rows)))
    muni_by_nis = {r["nis_code"]: r for r in muni_rows}
    per_region = collections.Counter(muni_by_nis[r["nis_code"]]["region"] for r in pc_rows)
    print("   per region: %s" % dict(sorted(per_region.items())))
    per_lang = collections.Counter(muni_by_nis[r["nis_code"]]["language_area"] for r in pc_rows)
    print("   per language area: %s" % dict(sorted(per_lang.items())))
    print("   with other municipalities: %d %s" % (len(other_nis), other_nis))
    print("== municipalities: %d, per region %s" % (
        len(muni_rows), dict(sorted(collections.Counter(r["region"] for r in muni_rows).items()))))
    print("   per language area: %s" % dict(sorted(collections.Counter(r["language_area"] for r in muni_rows).items())))
    print("   population total: %d" % sum(int(r["population"]) for r in muni_rows))
    german = [r for r in muni_rows if r["language_area"] == "de"]
    print("   German-speaking (%d): %s" % (len(german), ", ".join(
        "%s %s/%s %s" % (r["nis_code"], r["name_de"], r["name_fr"], r["nuts3_2021"]) for r in german)))
    brussels = [r for r in muni_rows if r["region"] == "BRU"]
    print("   Brussels (%d): %s" % (len(brussels), ", ".join(r["name_fr"] for r in brussels)))
    print("   main postcode differs from the source file's 'zip': %d" % len(zip_diffs))
    for d in zip_diffs:
        print("     " + d)
    print("== Statbel 2025 vs rubenv disagreements (rubenv kept places): %d" % len(notes))
    for n in notes:
        print("     " + n)
    print("== rubenv places rejected: %d" % len(rejected))
    for r in rejected:
        print("     %s %s %s (%s)" % r)
    print("== GeoNames places moved to their municipality's other places (outliers): %d" % len(moved))
    for m_ in moved:
        print("     " + m_)
    print("== Dutch names taken from bpost: %s" % nl_from_bpost)
    print("== special postcodes: %s" % [(r["postcode"], r["name_fr"], r["nis_code"]) for r in pc_rows
                                        if r["kind"] == "special"])

    if len(german) != 9 or len(brussels) != 19 or len(muni_rows) != 581:
        fail("unexpected counts: %d German-speaking, %d Brussels, %d municipalities"
             % (len(german), len(brussels), len(muni_rows)))
    if sum(r["kind"] == "regular" for r in pc_rows) != len(places):
        fail("some GeoNames postcodes were dropped")
    if problems:
        print("\n%d problem(s); nothing written." % len(problems))
        return 1

    # -------------------------------------------------------------------------------------------- write
    outputs = {
        "municipalities.csv.gz": to_gzip_csv(MUNICIPALITY_COLUMNS, muni_rows),
        "postcodes.csv.gz": to_gzip_csv(POSTCODE_COLUMNS, pc_rows),
    }
    stale = []
    for name, content in outputs.items():
        path = os.path.join(args.out, name)
        if args.check:
            current = open(path, "rb").read() if os.path.exists(path) else b""
            if current != content:
                stale.append(name)
        else:
            os.makedirs(args.out, exist_ok=True)
            with open(path, "wb") as f:
                f.write(content)
            print("wrote %s (%d bytes)" % (path, len(content)))
    if stale:
        print("out of date: %s (run without --check)" % stale)
        return 1
    if args.check:
        print("shipped files are up to date")
    return 0


def to_gzip_csv(columns, rows):
    text = io.StringIO()
    writer = csv.DictWriter(text, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, compresslevel=9, mtime=0) as gz:
        gz.write(text.getvalue().encode("utf-8"))
    return buffer.getvalue()


if __name__ == "__main__":
    sys.exit(main())
