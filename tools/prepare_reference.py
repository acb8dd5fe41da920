#!/usr/bin/env python3
"""Regenerate the shipped reference data of Synerjob Hub (ESCO, ISCO-08, ROME, Competent).

Usage:  python3 prepare_reference.py [DATA_ROOT] [--out OUT_DIR]

DATA_ROOT is the `shared/data` folder (see its README.md and the PROVENANCE.md of every folder).
Default: `<project>/../shared/data`, where <project> is the folder above this script's `tools/`
folder (computed from this file's location, never an absolute path).
OUT_DIR defaults to `<project>/src/main/resources/data/reference/`, where the hub loads them from;
the integrity report is written there too (`integrity_report.txt`).

Output: gzipped (`gzip -9 -n`), UTF-8, comma-separated RFC 4180 CSV files with a header row and
CRLF record separators, `manifest.csv` (file, rows, bytes, sha256 of the gzipped bytes),
`NOTICE.txt` (attribution), and `integrity_report.txt` next to this script.
Python standard library only; the output is byte-identical on every run with the same inputs.
"""
import argparse
import collections
import csv
import gzip
import hashlib
import io
import os
import re
import shutil
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET

csv.field_size_limit(2 ** 31 - 1)
HERE = os.path.dirname(os.path.abspath(__file__))
PROJECT = os.path.dirname(HERE)  # this script lives in <project>/tools/
DEFAULT_DATA_ROOT = os.path.join(PROJECT, '..', 'shared', 'data')
DEFAULT_OUT = os.path.join(PROJECT, 'src', 'main', 'resources', 'data', 'reference')
ESCO_OCC = 'http://data.europa.eu/esco/occupation/'
ESCO_SKILL = 'http://data.europa.eu/esco/skill/'
ISCO_URI = 'http://data.europa.eu/esco/isco/C'

FR_API = '1.2.1-api'   # ESCO French labels fetched from the ESCO API (~v1.2.1) by a third party
FR_V10 = '1.0.x'       # official ESCO v1.0.x French CSV (exact minor version unknown)
NL_DE_SKILL_RELEASE = '1.0.3'  # ESCO version of the Dutch/German skill labels inside the mappings

REPORT = []            # lines of integrity_report.txt


def report(*parts):
    REPORT.append(' '.join(str(p) for p in parts))


# --------------------------------------------------------------------------- reading
def read_rows(root, rel, encoding='utf-8'):
    path = os.path.join(root, rel)
    opener = gzip.open if path.endswith('.gz') else open
    with opener(path, 'rt', encoding=encoding, newline='') as f:
        return list(csv.reader(f))


def read_dicts(root, rel, header_first_cell=None, encoding='utf-8'):
    """Rows as dicts. With header_first_cell, skip any preamble before the header row."""
    rows = read_rows(root, rel, encoding)
    start = 0
    if header_first_cell is not None:
        start = next(i for i, r in enumerate(rows) if r and r[0] == header_first_cell)
    header = rows[start]
    out = []
    for r in rows[start + 1:]:
        if not any(c.strip() for c in r):
            continue
        out.append(dict(zip(header, r)))
    return header, out


# --------------------------------------------------------------------------- normalising
WS = re.compile(r'\s+')


def _clean(s):
    s = unicodedata.normalize('NFC', s or '')
    # drop invisible format characters (zero-width space, BOM, ...); NBSP etc. are whitespace
    return ''.join(c for c in s if unicodedata.category(c) != 'Cf')


def label(s):
    """A label: NFC, format characters removed, every whitespace run -> one space, trimmed."""
    return WS.sub(' ', _clean(s)).strip()


def text(s):
    """A description: NFC, format characters removed, line breaks -> LF, trailing spaces per line
    and outer whitespace trimmed; inner line breaks kept."""
    s = _clean(s).replace('\r\n', '\n').replace('\r', '\n')
    return '\n'.join(line.rstrip() for line in s.split('\n')).strip()


ALT_SEP = '|'
PIPE_IN_LABELS = collections.Counter()


def alts(values):
    """Normalised, de-duplicated, sorted alternative labels joined by '|'."""
    out = set()
    for v in values:
        v = label(v)
        if v:
            if ALT_SEP in v:
                PIPE_IN_LABELS['alt'] += 1
            out.add(v)
    return ALT_SEP.join(sorted(out))


def pref(v):
    v = label(v)
    if ALT_SEP in v:
        PIPE_IN_LABELS['pref'] += 1
    return v


def split_nl(s):
    return (s or '').split('\n')


def rel_short(r):
    r = (r or '').strip()
    m = {'skos:exactMatch': 'exact', 'skos:closeMatch': 'close',
         'skos:broadMatch': 'broad', 'skos:narrowMatch': 'narrow'}
    return m.get(r, r)


# --------------------------------------------------------------------------- writing
def gzip_bytes(raw):
    exe = shutil.which('gzip')
    if exe:
        p = subprocess.run([exe, '-9', '-n', '-c'], input=raw, stdout=subprocess.PIPE, check=True)
        return p.stdout
    sys.stderr.write('WARNING: no gzip executable; using Python gzip (bytes differ from gzip -9 -n)\n')
    return gzip.compress(raw, compresslevel=9, mtime=0)


MANIFEST = []


def write_csv(out_dir, name, header, rows):
    buf = io.StringIO(newline='')
    w = csv.writer(buf, lineterminator='\r\n', quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    n = 0
    for r in rows:
        assert len(r) == len(header), (name, r)
        w.writerow(['' if v is None else str(v) for v in r])
        n += 1
    data = gzip_bytes(buf.getvalue().encode('utf-8'))
    with open(os.path.join(out_dir, name), 'wb') as f:
        f.write(data)
    MANIFEST.append((name, n, len(data), hashlib.sha256(data).hexdigest()))
    print('%-44s %7d rows %9d bytes' % (name, n, len(data)))
    return n


# --------------------------------------------------------------------------- ESCO occupations
def load_occupations(root, rel):
    """{uri: row}; duplicate URIs keep the row with the latest modifiedDate."""
    _, rows = read_dicts(root, rel)
    by, dups = {}, []
    for r in rows:
        u = r['conceptUri'].strip()
        if u in by:
            dups.append(u)
            if r.get('modifiedDate', '') > by[u].get('modifiedDate', ''):
                by[u] = r
        else:
            by[u] = r
    return by, dups, len(rows)


def build(root, out_dir):
    os.makedirs(out_dir, exist_ok=True)
    P120 = 'esco-v1.2.0-'
    occ = {}
    occ['1.1.1'], d111, n111 = load_occupations(root, 'esco-v1.1.1-en/occupations_en.csv.gz')
    occ['1.2.0'], d120, n120 = load_occupations(root, P120 + 'en/occupations_en.csv.gz')
    occ120nl, d120nl, _ = load_occupations(root, P120 + 'nl/occupations_nl.csv.gz')
    occ120de, d120de, _ = load_occupations(root, P120 + 'de/occupations_de.csv.gz')
    occ['1.2.1'], d121, n121 = load_occupations(root, 'esco-v1.2.1-en-partial/occupations_en.csv.gz')
    _, fr_api_rows = read_dicts(root, 'esco-fr-labels-api-derived/occupations_fr.csv.gz')
    fr_api = {r['conceptUri'].strip(): r for r in fr_api_rows}
    _, fr10_rows = read_dicts(root, 'esco-v1.0-fr/occupations_fr.csv.gz')
    fr10 = {r['conceptUri'].strip(): r for r in fr10_rows}

    _, isco_en = read_dicts(root, P120 + 'en/ISCOGroups_en.csv.gz')
    isco_codes = {r['code'].strip() for r in isco_en}

    report('== ESCO occupations')
    report('source records / distinct URIs: 1.1.1 %d/%d, 1.2.0 en %d/%d, 1.2.1 %d/%d' % (
        n111, len(occ['1.1.1']), n120, len(occ['1.2.0']), n121, len(occ['1.2.1'])))
    report('1.2.1 duplicate URIs in source (kept latest modifiedDate):', len(d121),
           ' '.join(sorted(set(d121))))
    report('1.2.0 en/nl/de URI sets identical:',
           set(occ['1.2.0']) == set(occ120nl) == set(occ120de))
    de_code_diff = sorted(u for u in occ['1.2.0'] if occ120de[u]['code'] != occ['1.2.0'][u]['code'])
    de_isco_diff = sorted(u for u in occ['1.2.0'] if occ120de[u]['iscoGroup'] != occ['1.2.0'][u]['iscoGroup'])
    nl_code_diff = sum(occ120nl[u]['code'] != occ['1.2.0'][u]['code'] or
                       occ120nl[u]['iscoGroup'] != occ['1.2.0'][u]['iscoGroup'] for u in occ['1.2.0'])
    report('1.2.0 nl code/iscoGroup differing from en:', nl_code_diff)
    report('1.2.0 de code differing from en: %d, iscoGroup differing: %d (numeric mangling in the German '
           'mirror: leading/trailing zeros lost, e.g. %s -> %s); code/isco taken from en' % (
               len(de_code_diff), len(de_isco_diff), occ['1.2.0'][de_code_diff[0]]['code'],
               occ120de[de_code_diff[0]]['code']))

    def fr_labels(u):
        if u in fr_api:
            r = fr_api[u]
            return pref(r['preferredLabel']), alts(r['altLabels'].split('|')), FR_API
        if u in fr10:
            r = fr10[u]
            return pref(r['preferredLabel']), alts(split_nl(r['altLabels'])), FR_V10
        return '', '', ''

    occ_header = ['uri', 'code', 'isco_group', 'status', 'pref_en', 'alt_en', 'pref_nl', 'alt_nl',
                  'pref_de', 'alt_de', 'pref_fr', 'alt_fr', 'fr_release', 'nace_codes', 'description_en']
    for rel in ['1.1.1', '1.2.0', '1.2.1']:
        src = occ[rel]
        rows = []
        fr_count = collections.Counter()
        for u in sorted(src):
            r = src[u]
            nl = de = None
            if rel == '1.2.0':
                nl, de = occ120nl[u], occ120de[u]
            if rel == '1.1.1':
                frp, fra, frr = '', '', ''
            else:
                frp, fra, frr = fr_labels(u)
            fr_count[frr or 'none'] += 1
            nace = ''
            if rel == '1.2.1':
                nace = ALT_SEP.join(sorted({x.strip() for x in re.split(r'[,\s]+', r.get('naceCode', '')) if x.strip()}))
            rows.append([u, r['code'].strip(), r['iscoGroup'].strip(), r['status'].strip(),
                         pref(r['preferredLabel']), alts(split_nl(r['altLabels'])),
                         pref(nl['preferredLabel']) if nl else '', alts(split_nl(nl['altLabels'])) if nl else '',
                         pref(de['preferredLabel']) if de else '', alts(split_nl(de['altLabels'])) if de else '',
                         frp, fra, frr, nace, text(r['description'])])
        write_csv(out_dir, 'esco_occupations_%s.csv.gz' % rel, occ_header, rows)
        # checks
        codes = collections.Counter(x[1] for x in rows)
        report('esco_occupations_%s: rows %d; fr source %s; empty pref_en %d; empty pref_nl %d; empty pref_de %d;'
               ' duplicate codes %d; code not prefixed by isco_group %d %s; isco_group not in ISCO groups %d;'
               ' empty code %d' % (
                   rel, len(rows), dict(sorted(fr_count.items())), sum(not x[4] for x in rows),
                   sum(not x[6] for x in rows), sum(not x[8] for x in rows),
                   sum(1 for c, n in codes.items() if n > 1),
                   sum(not x[1].startswith(x[2] + '.') for x in rows),
                   [(x[4], x[1], x[2]) for x in rows if not x[1].startswith(x[2] + '.')],
                   sum(x[2] not in isco_codes for x in rows), sum(not x[1] for x in rows)))
    report('French occupation labels: API-derived set %d URIs (%d in 1.2.0), v1.0 set %d URIs (%d in 1.2.0); '
           '1.2.0 occupations with no French label: %d' % (
               len(fr_api), len(set(fr_api) & set(occ['1.2.0'])), len(fr10), len(set(fr10) & set(occ['1.2.0'])),
               len(set(occ['1.2.0']) - set(fr_api) - set(fr10))))

    # ---- release diff facts
    report('')
    report('== Release diff facts (occupations, by URI; English preferred label)')
    for a, b in [('1.1.1', '1.2.0'), ('1.2.0', '1.2.1')]:
        A, B = occ[a], occ[b]
        common = sorted(set(A) & set(B))
        raw = [u for u in common if A[u]['preferredLabel'] != B[u]['preferredLabel']]
        nrm = [u for u in common if label(A[u]['preferredLabel']) != label(B[u]['preferredLabel'])]
        report('%s -> %s: added %d, removed %d, common %d, pref_en changed raw %d, pref_en changed after '
               'normalisation %d, code changed %d, isco_group changed %d' % (
                   a, b, len(set(B) - set(A)), len(set(A) - set(B)), len(common), len(raw), len(nrm),
                   sum(A[u]['code'].strip() != B[u]['code'].strip() for u in common),
                   sum(A[u]['iscoGroup'].strip() != B[u]['iscoGroup'].strip() for u in common)))
        for u in sorted(set(B) - set(A), key=lambda x: label(B[x]['preferredLabel'])):
            report('   added   %s  %s' % (u, label(B[u]['preferredLabel'])))
        for u in sorted(set(A) - set(B), key=lambda x: label(A[x]['preferredLabel'])):
            report('   removed %s  %s' % (u, label(A[u]['preferredLabel'])))
        for u in sorted(nrm, key=lambda x: label(A[x]['preferredLabel'])):
            report('   relabelled %s  "%s" -> "%s"' % (u, label(A[u]['preferredLabel']), label(B[u]['preferredLabel'])))
        for u in common:
            if A[u]['code'].strip() != B[u]['code'].strip() or A[u]['iscoGroup'].strip() != B[u]['iscoGroup'].strip():
                report('   code/isco %s  %s %s/%s -> %s/%s' % (u, label(B[u]['preferredLabel']), A[u]['code'],
                                                         A[u]['iscoGroup'], B[u]['code'], B[u]['iscoGroup']))

    # ---- occupation hierarchy (broaderRelationsOccPillar)
    report('')
    report('== ESCO occupation hierarchy')
    hier_rows = []
    for rel, path in [('1.1.1', 'esco-v1.1.1-en/broaderRelationsOccPillar.csv.gz'),
                      ('1.2.0', P120 + 'en/broaderRelationsOccPillar_en.csv.gz'),
                      ('1.2.1', 'esco-v1.2.1-en-partial/broaderRelationsOccPillar_en.csv.gz')]:
        _, br = read_dicts(root, path)
        rows = sorted({(rel, r['conceptUri'].strip(), r['conceptType'].strip(), r['broaderUri'].strip(),
                        r['broaderType'].strip()) for r in br})
        known = set(occ[rel]) | {ISCO_URI + c for c in isco_codes}
        occ_multi = collections.Counter(x[1] for x in rows if x[2] == 'Occupation')
        report('release %s: %d edges (%d duplicate source rows); URIs not in occupations/ISCO of that release: %d %s; '
               'occupations with more than one broader: %d; occupations without broader: %d' % (
                   rel, len(rows), len(br) - len(rows),
                   len({u for x in rows for u in (x[1], x[3]) if u not in known}),
                   sorted({u for x in rows for u in (x[1], x[3]) if u not in known}),
                   sum(1 for n in occ_multi.values() if n > 1), len(set(occ[rel]) - set(occ_multi))))
        hier_rows += [list(x) for x in rows]
    write_csv(out_dir, 'esco_occupation_hierarchy.csv.gz',
              ['release', 'concept_uri', 'concept_type', 'broader_uri', 'broader_type'], hier_rows)

    # ---- ISCO groups
    report('')
    report('== ISCO-08 groups')
    _, isco_nl = read_dicts(root, P120 + 'nl/ISCOGroups_nl.csv.gz')
    _, isco_fr = read_dicts(root, 'esco-v1.0-fr/ISCOGroups_fr.csv.gz')
    nlm = {r['code'].strip(): r for r in isco_nl}
    frm = {r['code'].strip(): r for r in isco_fr}
    _, br120 = read_dicts(root, P120 + 'en/broaderRelationsOccPillar_en.csv.gz')
    isco_parent = {r['conceptUri'].strip(): r['broaderUri'].strip() for r in br120
                   if r['conceptType'] == 'ISCOGroup' and r['broaderType'] == 'ISCOGroup'}
    rows = []
    for r in sorted(isco_en, key=lambda r: r['code'].strip()):
        c = r['code'].strip()
        parent = c[:-1] if len(c) > 1 else ''
        rows.append([c, r['conceptUri'].strip(), len(c), parent, pref(r['preferredLabel']),
                     pref(nlm[c]['preferredLabel']) if c in nlm else '',
                     pref(frm[c]['preferredLabel']) if c in frm else '', FR_V10 if c in frm else ''])
    bad_parent = [x[0] for x in rows if x[3] and isco_parent.get(x[1]) != ISCO_URI + x[3]]
    report('rows %d (levels %s); uri != isco/C+code: %d; parent_code disagreeing with broaderRelationsOccPillar 1.2.0: %d;'
           ' parent missing: %d; empty pref en/nl/fr: %d/%d/%d' % (
               len(rows), dict(sorted(collections.Counter(x[2] for x in rows).items())),
               sum(x[1] != ISCO_URI + x[0] for x in rows), len(bad_parent),
               sum(1 for x in rows if x[3] and x[3] not in isco_codes),
               sum(not x[4] for x in rows), sum(not x[5] for x in rows), sum(not x[6] for x in rows)))
    write_csv(out_dir, 'isco_groups.csv.gz',
              ['code', 'uri', 'level', 'parent_code', 'pref_en', 'pref_nl', 'pref_fr', 'fr_release'], rows)

    # ---- skills 1.1.1
    report('')
    report('== ESCO skills')
    _, skills = read_dicts(root, 'esco-v1.1.1-en/skills_en.csv.gz')
    sk = {r['conceptUri'].strip(): r for r in skills}
    report('skills_en 1.1.1 records %d, distinct URIs %d' % (len(skills), len(sk)))
    comp_header, comp = read_dicts(root, 'competent-esco-skills-mapping/escocompetencemappingfinalreport-fr-nl-45-v3.8.csv.gz',
                                   header_first_cell='Classification 1 URI')
    nl_lab = collections.defaultdict(set)
    for r in comp:
        nl_lab[r['Classification 1 URL'].strip()].add(pref(r['Classification 1 PrefLabel']))
    ba_rows = read_rows(root, 'ba-kompetenzen-esco-skills-mapping/DE_Mapping_ESCO_Kompetenzen_220518_0.csv.gz')
    hdr = next(i for i, r in enumerate(ba_rows) if r and r[0] == 'Classification 1 URI')
    de_lab = collections.defaultdict(set)
    ba_malformed = 0
    for r in ba_rows[hdr + 1:]:
        if len(r) != 6:
            ba_malformed += 1
        if r and r[0].startswith(ESCO_SKILL) and len(r) > 1 and label(r[1]):
            de_lab[r[0].strip()].add(pref(r[1]))  # first two fields are sound even in malformed rows
    report('Dutch skill labels (Competent mapping, ESCO %s): %d URIs, %d with conflicting labels, %d not in 1.1.1 skills'
           % (NL_DE_SKILL_RELEASE, len(nl_lab), sum(len(v) > 1 for v in nl_lab.values()), len(set(nl_lab) - set(sk))))
    report('German skill labels (BA mapping, ESCO %s): %d URIs, %d with conflicting labels, %d not in 1.1.1 skills; '
           'malformed source rows %d' % (NL_DE_SKILL_RELEASE, len(de_lab), sum(len(v) > 1 for v in de_lab.values()),
                                         len(set(de_lab) - set(sk)), ba_malformed))
    _, fsk_api = read_dicts(root, 'esco-fr-labels-api-derived/skills_fr.csv.gz')
    fsk_api = {r['conceptUri'].strip(): r for r in fsk_api}
    _, fsk10 = read_dicts(root, 'esco-v1.0-fr/skills_fr.csv.gz')
    fsk10 = {r['conceptUri'].strip(): r for r in fsk10}
    rows = []
    frc = collections.Counter()
    for u in sorted(sk):
        r = sk[u]
        if u in fsk_api:
            frp, fra, frr = pref(fsk_api[u]['preferredLabel']), alts(fsk_api[u]['altLabels'].split('|')), FR_API
        elif u in fsk10:
            frp, fra, frr = pref(fsk10[u]['preferredLabel']), alts(split_nl(fsk10[u]['altLabels'])), FR_V10
        else:
            frp = fra = frr = ''
        frc[frr or 'none'] += 1
        nl = sorted(nl_lab.get(u, ()))
        de = sorted(de_lab.get(u, ()))
        rows.append([u, r['skillType'].strip(), r['reuseLevel'].strip(), r['status'].strip(),
                     pref(r['preferredLabel']), alts(split_nl(r['altLabels'])),
                     nl[0] if nl else '', NL_DE_SKILL_RELEASE if nl else '',
                     de[0] if de else '', NL_DE_SKILL_RELEASE if de else '',
                     frp, fra, frr, text(r['description'])])
    write_csv(out_dir, 'esco_skills_1.1.1.csv.gz',
              ['uri', 'skill_type', 'reuse_level', 'status', 'pref_en', 'alt_en', 'pref_nl', 'nl_release',
               'pref_de', 'de_release', 'pref_fr', 'alt_fr', 'fr_release', 'description_en'], rows)
    report('esco_skills_1.1.1: rows %d; skill_type %s; reuse_level %s; empty skill_type: %s; empty pref_en %d; '
           'with pref_nl %d; with pref_de %d; fr source %s; longest description %d chars (not truncated)' % (
               len(rows), dict(sorted(collections.Counter(x[1] for x in rows).items())),
               dict(sorted(collections.Counter(x[2] for x in rows).items())),
               [(x[0], x[4]) for x in rows if not x[1]],
               sum(not x[4] for x in rows), sum(bool(x[6]) for x in rows), sum(bool(x[8]) for x in rows),
               dict(sorted(frc.items())), max(len(x[13]) for x in rows)))

    # ---- collections (all three releases)
    report('')
    report('== ESCO collections')
    coll_files = [('digital', 'digitalSkillsCollection'), ('digcomp', 'digCompSkillsCollection'),
                  ('green', 'greenSkillsCollection'), ('language', 'languageSkillsCollection'),
                  ('transversal', 'transversalSkillsCollection'), ('research_skills', 'researchSkillsCollection'),
                  ('research_occupations', 'researchOccupationsCollection')]
    coll_dirs = [('1.1.1', 'esco-v1.1.1-en/'), ('1.2.0', P120 + 'en/'), ('1.2.1', 'esco-v1.2.1-en-partial/')]
    coll_rows = []
    coll_src = {}
    for rel, d in coll_dirs:
        for cname, fname in coll_files:
            _, cr = read_dicts(root, d + fname + '_en.csv.gz')
            coll_src[(rel, cname)] = cr
            for r in cr:
                coll_rows.append((rel, cname, r['conceptUri'].strip(), r['conceptType'].strip()))
    coll_rows = sorted(set(coll_rows))
    write_csv(out_dir, 'esco_collections.csv.gz', ['release', 'collection', 'concept_uri', 'concept_type'], coll_rows)
    cnt = collections.Counter((x[0], x[1]) for x in coll_rows)
    for rel, _ in coll_dirs:
        report('release %s: %s' % (rel, ', '.join('%s %d' % (c, cnt[(rel, c)]) for c, _ in coll_files)))
        skill_members = {x[2] for x in coll_rows if x[0] == rel and x[3] != 'Occupation'}
        occ_members = {x[2] for x in coll_rows if x[0] == rel and x[3] == 'Occupation'}
        report('   skill members not in 1.1.1 skills: %d; occupation members not in %s occupations: %d' % (
            len(skill_members - set(sk)), rel, len(occ_members - set(occ[rel]))))

    # ---- skills new in 1.2.x, known only from the 1.2.x collection files
    new_skills = {}
    for rel, _ in coll_dirs[1:]:
        for cname, _ in coll_files:
            for r in coll_src[(rel, cname)]:
                u = r['conceptUri'].strip()
                if r['conceptType'].strip() == 'Occupation' or u in sk or u in new_skills:
                    continue
                new_skills[u] = [u, r['skillType'].strip(), r['reuseLevel'].strip(), r['status'].strip(),
                                 pref(r['preferredLabel']), alts(r['altLabels'].split('|')),
                                 text(r['description']), rel]
    write_csv(out_dir, 'esco_skills_1.2_from_collections.csv.gz',
              ['uri', 'skill_type', 'reuse_level', 'status', 'pref_en', 'alt_en', 'description_en', 'release'],
              [new_skills[u] for u in sorted(new_skills)])
    report('esco_skills_1.2_from_collections: %d skills absent from 1.1.1 skills, labelled from 1.2.0 (%d) or 1.2.1 (%d) '
           'collection files' % (len(new_skills), sum(v[7] == '1.2.0' for v in new_skills.values()),
                                  sum(v[7] == '1.2.1' for v in new_skills.values())))

    # ---- DigComp facts
    report('')
    report('== DigComp')
    dc = coll_src[('1.2.0', 'digcomp')]
    areas = {r['conceptUri'].strip() for r in dc if not r['skillType'].strip()}
    dc_all = {r['conceptUri'].strip() for r in dc}
    report('DigComp 1.2.0: %d concepts = %d area concepts (skill concepts with empty skillType: %s) + %d competences; '
           '1.1.1 had %d (dropped in 1.2.0: %s); 1.2.1 identical to 1.2.0: %s; competences also in digital collection: %d'
           % (len(dc_all), len(areas), ', '.join(sorted(pref(sk[u]['preferredLabel']) for u in areas if u in sk)),
              len(dc_all - areas), len(coll_src[('1.1.1', 'digcomp')]),
              [pref(r['preferredLabel']) for r in coll_src[('1.1.1', 'digcomp')] if r['conceptUri'].strip() not in dc_all],
              {r['conceptUri'] for r in coll_src[('1.2.1', 'digcomp')]} == {r['conceptUri'] for r in dc},
              len((dc_all - areas) & {r['conceptUri'].strip() for r in coll_src[('1.2.0', 'digital')]})))

    # ---- occupation-skill relations 1.1.1
    report('')
    report('== ESCO occupation-skill relations 1.1.1')
    _, osr = read_dicts(root, 'esco-v1.1.1-en/occupationSkillRelations.csv.gz')
    rows = sorted({(r['occupationUri'].strip(), r['skillUri'].strip(), r['relationType'].strip(),
                    r['skillType'].strip()) for r in osr})
    write_csv(out_dir, 'esco_occupation_skills_1.1.1.csv.gz',
              ['occupation_uri', 'skill_uri', 'relation', 'skill_type'], rows)
    rel_occ = {x[0] for x in rows}
    pairs = collections.Counter((x[0], x[1]) for x in rows)
    report('rows %d (source %d); relation %s; occupation URIs %d; not in 1.1.1 occupations: %s; skill URIs not in 1.1.1 '
           'skills: %d; duplicate (occupation, skill) pairs: %d; 1.1.1 occupations without relations: %d; '
           '1.2.0 occupations without relations: %d; 1.2.0 occupations with relations: %d' % (
               len(rows), len(osr), dict(sorted(collections.Counter(x[2] for x in rows).items())), len(rel_occ),
               sorted(rel_occ - set(occ['1.1.1'])), sum(x[1] not in sk for x in rows),
               sum(1 for n in pairs.values() if n > 1), len(set(occ['1.1.1']) - rel_occ),
               len(set(occ['1.2.0']) - rel_occ), len(set(occ['1.2.0']) & rel_occ)))
    # DigComp rules over the 1.2.0 occupations that have relations
    _, bsp120 = read_dicts(root, P120 + 'en/broaderRelationsSkillPillar_en.csv.gz')
    up = collections.defaultdict(set)
    for r in bsp120:
        up[r['conceptUri'].strip()].add(r['broaderUri'].strip())

    def ancestors(u):
        seen, st = set(), [u]
        while st:
            for p in up.get(st.pop(), ()):
                if p not in seen:
                    seen.add(p)
                    st.append(p)
        return seen
    digital = {r['conceptUri'].strip() for r in coll_src[('1.2.0', 'digital')]}
    comp_set = dc_all - areas
    direct = collections.defaultdict(set)
    trans = collections.defaultdict(set)
    trans_area = collections.defaultdict(set)
    digi = collections.defaultdict(set)
    digi_ess = collections.defaultdict(set)
    cache = {}
    for o, s, relt, _ in rows:
        if o not in occ['1.2.0']:
            continue
        if s not in cache:
            cache[s] = ({s} | ancestors(s)) & dc_all
        if s in comp_set:
            direct[o].add(s)
        trans[o] |= cache[s] & comp_set
        trans_area[o] |= cache[s] & areas
        if s in digital:
            digi[o].add(s)
            if relt == 'essential':
                digi_ess[o].add(s)
    base = sorted(set(occ['1.2.0']) & rel_occ)

    def dist(m):
        return dict(sorted(collections.Counter(len(m[o]) for o in base).items()))
    report('DigComp rules over the %d 1.2.0 occupations with 1.1.1 relations (distribution: number of items -> occupations):' % len(base))
    report('   R1 DigComp competences directly among essential+optional skills: %s' % dist(direct))
    report('   R2 DigComp competences reached via skill or its broader skills (1.2.0 broaderRelationsSkillPillar): %s' % dist(trans))
    report('   R2 DigComp areas reached the same way: %s' % dist(trans_area))
    report('   R3 digital-collection (1.2.0) skills among essential+optional: >=1 for %d occupations; among essential: >=1 for %d;'
           ' median %s' % (sum(1 for o in base if digi[o]), sum(1 for o in base if digi_ess[o]),
                           sorted(len(digi[o]) for o in base)[len(base) // 2]))

    # ---- skill hierarchy and groups
    report('')
    report('== ESCO skill hierarchy and skill groups')
    _, sg120 = read_dicts(root, P120 + 'en/skillGroups_en.csv.gz')
    _, sg120nl = read_dicts(root, P120 + 'nl/skillGroups_nl.csv.gz')
    _, sg111 = read_dicts(root, 'esco-v1.1.1-en/skillGroups_en.csv.gz')
    groups = {r['conceptUri'].strip(): r for r in sg120}
    hrows = []
    for rel, path, grp in [('1.1.1', 'esco-v1.1.1-en/broaderRelationsSkillPillar.csv.gz', {r['conceptUri'].strip() for r in sg111}),
                           ('1.2.0', P120 + 'en/broaderRelationsSkillPillar_en.csv.gz', set(groups))]:
        _, br = read_dicts(root, path)
        rr = sorted({(rel, r['conceptUri'].strip(), r['conceptType'].strip(), r['broaderUri'].strip(),
                      r['broaderType'].strip()) for r in br})
        nodes_s = {u for x in rr for u, t in ((x[1], x[2]), (x[3], x[4])) if t == 'KnowledgeSkillCompetence'}
        nodes_g = {u for x in rr for u, t in ((x[1], x[2]), (x[3], x[4])) if t == 'SkillGroup'}
        report('release %s: edges %d %s; skill URIs not in 1.1.1 skills %d (of which labelled in '
               'esco_skills_1.2_from_collections %d); group URIs not in that release\'s skillGroups file %d %s; '
               '1.1.1 skills absent from this hierarchy %d' % (
                   rel, len(rr), dict(sorted(collections.Counter((x[2][:5] + '>' + x[4][:5]) for x in rr).items())),
                   len(nodes_s - set(sk)), len((nodes_s - set(sk)) & set(new_skills)),
                   len(nodes_g - grp), sorted(nodes_g - grp), len(set(sk) - nodes_s)))
        hrows += [list(x) for x in rr]
    write_csv(out_dir, 'esco_skill_hierarchy.csv.gz',
              ['release', 'concept_uri', 'concept_type', 'broader_uri', 'broader_type'], hrows)
    # levels from skillsHierarchy 1.2.0 and check group edges against broader relations
    _, sh = read_dicts(root, P120 + 'en/skillsHierarchy_en.csv.gz')
    level = {}
    sh_edges = set()
    for r in sh:
        path = [r['Level %d URI' % i].strip() for i in range(4) if r['Level %d URI' % i].strip()]
        level[path[-1]] = len(path) - 1
        if len(path) > 1:
            sh_edges.add((path[-1], path[-2]))
    br_g = {(x[1], x[3]) for x in hrows if x[0] == '1.2.0' and x[2] == 'SkillGroup'}
    report('skillsHierarchy 1.2.0 group->group edges %d, identical to broaderRelationsSkillPillar 1.2.0 group edges: %s'
           % (len(sh_edges), sh_edges == br_g))
    nlg = {r['conceptUri'].strip(): r for r in sg120nl}
    rows = []
    for u in sorted(groups):
        r = groups[u]
        rows.append([u, r['code'].strip(), level.get(u, ''), pref(r['preferredLabel']),
                     pref(nlg[u]['preferredLabel']) if u in nlg else ''])
    write_csv(out_dir, 'esco_skill_groups.csv.gz', ['uri', 'code', 'level', 'pref_en', 'pref_nl'], rows)
    report('esco_skill_groups: rows %d; empty code %d; duplicate codes %d; no level %d; empty pref_en/nl %d/%d' % (
        len(rows), sum(not x[1] for x in rows), len(rows) - len({x[1] for x in rows}),
        sum(x[2] == '' for x in rows), sum(not x[3] for x in rows), sum(not x[4] for x in rows)))

    # ---- Competent
    report('')
    report('== Competent 3.8')
    comp_by_id = {}
    conflicts = 0
    for r in comp:
        cid = r['Classification 2 ID'].strip()
        v = (cid, r['Classification 2 URI'].strip(), pref(r['Classification 2 PrefLabel FR']),
             pref(r['Classification 2 PrefLabel NL']), '3.8')
        if cid in comp_by_id and comp_by_id[cid] != v:
            conflicts += 1
        comp_by_id[cid] = v

    def id_key(c):
        p, _, n = c.partition('-')
        return (p, int(n) if n.isdigit() else 0, c)
    write_csv(out_dir, 'competent_competences.csv.gz',
              ['competent_id', 'competent_uuid', 'label_fr', 'label_nl', 'competent_version'],
              [list(comp_by_id[c]) for c in sorted(comp_by_id, key=id_key)])
    mrows = sorted({(r['Classification 2 ID'].strip(), r['Classification 1 URL'].strip(), rel_short(r['Mapping Relation']))
                    for r in comp}, key=lambda x: (id_key(x[0]), x[1]))
    write_csv(out_dir, 'competent_esco_mapping.csv.gz', ['competent_id', 'esco_skill_uri', 'relation'], mrows)
    esco_in = {x[1] for x in mrows}
    report('competences %d (prefixes %s), conflicting duplicate definitions %d; mapping rows %d (source %d); '
           'relations %s; distinct ESCO skills %d, not in 1.1.1 skills %d (%d rows); of those, in v1.0 French skills %d; '
           'UUID column equals URL suffix: %s; empty labels fr/nl %d/%d' % (
               len(comp_by_id), dict(sorted(collections.Counter(c.split('-')[0] for c in comp_by_id).items())),
               conflicts, len(mrows), len(comp),
               dict(sorted(collections.Counter(x[2] for x in mrows).items())), len(esco_in), len(esco_in - set(sk)),
               sum(x[1] not in sk for x in mrows), len((esco_in - set(sk)) & set(fsk10)),
               all(r['Classification 1 URL'].strip() == ESCO_SKILL + r['Classification 1 URI'].strip() for r in comp),
               sum(not v[2] for v in comp_by_id.values()), sum(not v[3] for v in comp_by_id.values())))
    report('   relations per Competent prefix: %s' % dict(sorted(collections.Counter(
        (x[0].split('-')[0], x[2]) for x in mrows).items())))

    # ---- ROME
    report('')
    report('== ROME')
    R = 'rome/rome4_v460/'
    _, codes = read_dicts(root, R + 'unix_referentiel_code_rome_v460_utf8.csv')
    _, crgd = read_dicts(root, R + 'unix_cr_gd_dp_v460_utf8.csv')
    _, gdl = read_dicts(root, R + 'unix_grand_domaine_v460_utf8.csv')
    _, dpl = read_dicts(root, R + 'unix_domaine_professionnel_v460_utf8.csv')
    crgd = {r['code_rome'].strip(): r for r in crgd}
    gdl = {r['code_grand_domaine'].strip(): pref(r['libelle_grand_domaine']) for r in gdl}
    dpl = {r['code_domaine_professionnel'].strip(): pref(r['libelle_domaine_professionnel']) for r in dpl}
    xml_root = ET.parse(os.path.join(root, 'rome/rome_v3/unix_referentiel_code_rome_v346_utf8.xml')).getroot()
    v3 = {}
    for it in xml_root:
        d = {c.tag: (c.text or '') for c in it}
        v3[d['code_rome'].strip()] = [d['code_rome'].strip(), d['code_ogr'].strip(), pref(d['libelle']), d['statut1'].strip()]
    write_csv(out_dir, 'rome_v3_codes.csv.gz', ['rome_code', 'code_ogr', 'label_fr', 'statut'],
              [v3[c] for c in sorted(v3)])
    rows = []
    for r in sorted(codes, key=lambda r: r['code_rome']):
        c = r['code_rome'].strip()
        g = crgd[c]
        gd, dp = g['code_grand_domaine'].strip(), g['code_domaine_professionel'].strip()
        rows.append([c, r['code_ogr'].strip(), pref(r['libelle_rome']), gd, gdl.get(gd, ''), dp, dpl.get(dp, ''),
                     r['code_rome_parent'].strip(), r['transition_eco'].strip(), r['transition_num'].strip(),
                     r['transition_demo'].strip(), r['emploi_reglemente'].strip(), r['emploi_cadre'].strip()])
    write_csv(out_dir, 'rome_codes.csv.gz',
              ['rome_code', 'code_ogr', 'label_fr', 'grand_domaine_code', 'grand_domaine_label', 'domaine_code',
               'domaine_label', 'rome_v3_code', 'transition_eco', 'transition_num', 'transition_demo', 'regulated',
               'executive'], rows)
    rome4 = {x[0] for x in rows}
    report('rome_v3_codes: %d (statut %s); rome_codes: %d, duplicates %d, empty labels %d; rome_v3_code not in v3 list %d;'
           ' v3 codes used as parent %d; ROME 4.0 codes identical to a v3 code %d (all with parent = itself: %s); '
           'label differs from unix_cr_gd_dp only by apostrophe style: %d' % (
               len(v3), dict(collections.Counter(v[3] for v in v3.values())), len(rows), len(codes) - len(rows),
               sum(not x[2] for x in rows), sum(x[7] not in v3 for x in rows), len({x[7] for x in rows}),
               sum(x[0] in v3 for x in rows), all(x[7] == x[0] for x in rows if x[0] in v3),
               sum(pref(crgd[x[0]]['libelle_rome']) != x[2] for x in rows)))
    _, apps = read_dicts(root, R + 'unix_referentiel_appellation_v460_utf8.csv.gz')
    code_parent = {x[0]: x[7] for x in rows}
    arows = []
    for r in sorted(apps, key=lambda r: int(r['code_ogr'])):
        arows.append([r['code_ogr'].strip(), pref(r['libelle_appellation_long']), pref(r['libelle_appellation_court']),
                      r['code_rome'].strip(), r['code_rome_parent'].strip(),
                      {'PRINCIPALE': 'main', 'SYNONYME': 'synonym'}.get(r['classification'].strip(), r['classification'].strip()),
                      r['peu_usite'].strip(), r['transition_eco'].strip(), r['transition_num'].strip(),
                      r['transition_demo'].strip(), r['emploi_reglemente'].strip(), r['emploi_cadre'].strip()])
    write_csv(out_dir, 'rome_job_titles.csv.gz',
              ['appellation_code', 'label_fr', 'label_fr_short', 'rome_code', 'rome_v3_code', 'kind', 'rarely_used',
               'transition_eco', 'transition_num', 'transition_demo', 'regulated', 'executive'], arows)
    app = {x[0]: x for x in arows}
    lab_dup = collections.Counter(x[1] for x in arows)
    report('rome_job_titles: %d (kind %s), duplicate codes %d, rome_code not in ROME 4.0 %d, rome_v3_code not in v3 %d, '
           'rome_v3_code differing from its ROME 4.0 code\'s parent %d, empty labels %d, labels shared by two codes %s'
           % (len(arows), dict(sorted(collections.Counter(x[5] for x in arows).items())), len(apps) - len(app),
              sum(x[3] not in rome4 for x in arows), sum(x[4] not in v3 for x in arows),
              sum(x[4] != code_parent.get(x[3]) for x in arows), sum(not x[1] for x in arows),
              [(k, [x[0] for x in arows if x[1] == k]) for k, n in sorted(lab_dup.items()) if n > 1]))
    _, mob = read_dicts(root, R + 'unix_rubrique_mobilite_v460_utf8.csv')
    mrows = sorted(([r['code_rome'].strip(), r['code_rome_cible'].strip(), int(r['numero_ordre'])] for r in mob),
                   key=lambda x: (x[0], x[2], x[1]))
    write_csv(out_dir, 'rome_mobility.csv.gz', ['rome_code', 'target_rome_code', 'rank'], mrows)
    report('rome_mobility: %d links from %d codes; columns in source: %s; unknown codes %d; self links %d; duplicates %d'
           % (len(mrows), len({x[0] for x in mrows}), list(mob[0].keys()),
              sum(x[0] not in rome4 or x[1] not in rome4 for x in mrows), sum(x[0] == x[1] for x in mrows),
              len(mrows) - len({(x[0], x[1]) for x in mrows})))
    mraw = read_rows(root, 'rome/esco_mapping/FR_20230607_mapping_esco_rome.csv.gz')
    h = next(i for i, r in enumerate(mraw) if r and r[0] == 'classification 1 ID')
    meta = {r[0].strip(): r[1].strip() for r in mraw[:h] if len(r) >= 2 and r[0].strip()}
    esco_v = meta.get('Classification 1 Version', '')
    rome_v = meta.get('Classification 2 Version', '')
    map_v = meta.get('Mapping project version', '')
    erows = []
    for r in mraw[h + 1:]:
        if not any(c.strip() for c in r):
            continue
        u, el, ogr, al, rl = [c.strip() for c in r]
        a = app.get(ogr)
        erows.append([ogr, pref(al), a[3] if a else '', a[4] if a else '', u, pref(el), rel_short(rl),
                      esco_v, rome_v, map_v])
    erows.sort(key=lambda x: (int(x[0]), x[4]))
    write_csv(out_dir, 'rome_esco_mapping.csv.gz',
              ['appellation_code', 'appellation_label_fr', 'rome_code', 'rome_v3_code', 'esco_uri', 'esco_label_fr',
               'relation', 'esco_version', 'rome_version', 'mapping_version'], erows)
    e_uris = {x[4] for x in erows}
    report('rome_esco_mapping: %d rows, meta %s; relations %s; appellation codes %d (duplicates %d), not in ROME 4.0 '
           'job titles %d; label differs from current ROME 4.0 label %d; ESCO URIs %d, not in 1.2.0 occupations %d '
           '(%d rows): %s; of those in 1.1.1 %d; 1.2.0 occupations with at least one ROME job title %d' % (
               len(erows), {k: meta[k] for k in sorted(meta)}, dict(sorted(collections.Counter(x[6] for x in erows).items())),
               len({x[0] for x in erows}), len(erows) - len({x[0] for x in erows}), sum(x[0] not in app for x in erows),
               sum(x[0] in app and app[x[0]][1] != x[1] for x in erows), len(e_uris),
               len(e_uris - set(occ['1.2.0'])), sum(x[4] not in occ['1.2.0'] for x in erows),
               sorted(e_uris - set(occ['1.2.0'])), len((e_uris - set(occ['1.2.0'])) & set(occ['1.1.1'])),
               len(e_uris & set(occ['1.2.0']))))
    report('rome codes reached through the mapping: %d of %d ROME 4.0 codes' % (len({x[2] for x in erows}), len(rome4)))

    report('')
    report('== Labels containing the alternative-label separator "|": pref %d, alt %d'
           % (PIPE_IN_LABELS['pref'], PIPE_IN_LABELS['alt']))

    # ---- manifest, notice
    with open(os.path.join(out_dir, 'NOTICE.txt'), 'w', encoding='utf-8', newline='\r\n') as f:
        f.write(NOTICE)
    buf = io.StringIO(newline='')
    w = csv.writer(buf, lineterminator='\r\n')
    w.writerow(['file', 'rows', 'bytes', 'sha256'])
    for m in sorted(MANIFEST):
        w.writerow(m)
    with open(os.path.join(out_dir, 'manifest.csv'), 'wb') as f:
        f.write(buf.getvalue().encode('utf-8'))
    total = sum(m[2] for m in MANIFEST)
    report('')
    report('== Total gzipped size: %d bytes in %d files' % (total, len(MANIFEST)))
    print('total gzipped bytes:', total)


NOTICE = """Synerjob Hub reference data (generated by prepare_reference.py; see REFERENCE_DATA.md)

ESCO: This service uses the ESCO classification of the European Commission.
ESCO (European Skills, Competences, Qualifications and Occupations) is published by the European Commission
(DG Employment, Social Affairs and Inclusion) for free reuse, including commercial reuse, provided the source is
acknowledged (Commission reuse policy, Decision 2011/833/EU). The ESCO data here are modified: columns reduced,
labels whitespace-normalised, releases and languages combined (ESCO v1.1.1, v1.2.0, v1.2.1; French labels from
ESCO v1.0.x and from an API-derived ~v1.2.1 set; Dutch and German skill labels of ESCO v1.0.3 taken from national
mapping tables).
ISCO-08 group labels come from the ESCO files.
ROME: Source: France Travail, ROME (ROME 4.0 version 60 and ROME v3.46 code list); the ESCO-ROME mapping V1.4 was
published by Pole emploi (now France Travail). Open data, normally under Licence Ouverte / Open Licence 2.0 (Etalab).
Competent: ESCO - VDAB Competences mapping (Nalantis nv, V1.0, 2021-06-08; Competent 3.8, fr/nl), an ESCO national
mapping table, redistributed by Avature/melo-benchmark (MIT).
German skill labels: ESCO - Kompetenzsystematik mapping of the Bundesagentur fuer Arbeit (2022-05-18).
"""


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('data_root', nargs='?', help='the shared/data folder')
    ap.add_argument('--out', default=DEFAULT_OUT)
    ap.add_argument('--report', default=None, help='default: integrity_report.txt in OUT_DIR')
    a = ap.parse_args()
    root = os.path.normpath(a.data_root or DEFAULT_DATA_ROOT)
    if a.report is None:
        a.report = os.path.join(a.out, 'integrity_report.txt')
    if not os.path.isfile(os.path.join(root, 'README.md')):
        sys.exit('data root not found: %s' % root)
    print('data root:', os.path.relpath(root, HERE))
    build(root, a.out)
    with open(a.report, 'w', encoding='utf-8', newline='\n') as f:
        f.write('Integrity report of prepare_reference.py (deterministic; regenerated on every run)\n\n')
        f.write('\n'.join(REPORT) + '\n')


if __name__ == '__main__':
    main()
