package be.synerjob.hub.reference;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * A small reference data set in the shipped layout (every file of the catalogue, a manifest with
 * row counts and SHA-256, known gaps), written to a folder: three ESCO releases in which one
 * occupation is relabelled, one renumbered, one dropped and replaced, one skill retired; ROME v3
 * and 4.0; Competent with one mapping to an accepted retired skill.
 */
final class ReferenceFixture {

  static final String OCC = "http://data.europa.eu/esco/occupation/";
  static final String SKILL = "http://data.europa.eu/esco/skill/";
  static final String WELDER = OCC + "7aedaa07-3884-4c5b-88f9-80997b2aa54b";
  static final String TRUCK = OCC + "45037d43-a8f5-4f46-b332-b2935bc305f4";
  static final String TRACER = OCC + "46d0568d-7415-4643-94aa-89d2470fbe3c";
  static final String TRACER2 = OCC + "0a1b2c3d-0000-4000-8000-000000000001";
  static final String DEV = OCC + "f2b15a0e-e65a-438a-affb-29b9d50b77d1";
  static final String IOT = OCC + "6ce5f7e3-a534-4aa2-ab23-255408ddb53a";
  static final String SK_WELD = SKILL + "00000000-0000-4000-8000-00000000000a";
  static final String SK_DRIVE = SKILL + "00000000-0000-4000-8000-00000000000b";
  static final String SK_CODE = SKILL + "00000000-0000-4000-8000-00000000000c";
  static final String SK_TRACE = SKILL + "00000000-0000-4000-8000-00000000000d";
  static final String SK_AREA = SKILL + "00000000-0000-4000-8000-00000000000e";
  static final String SK_DEVC = SKILL + "00000000-0000-4000-8000-00000000000f";
  static final String SK_NEW = SKILL + "00000000-0000-4000-8000-000000000010";
  static final String SK_RETIRED = SKILL + "00000000-0000-4000-8000-0000000000ff";
  static final String G_S = SKILL + "00000000-0000-4000-8000-0000000001a0";
  static final String G_S6 = SKILL + "00000000-0000-4000-8000-0000000001a6";
  static final String G_S61 = SKILL + "00000000-0000-4000-8000-0000000001a7";
  static final String G_S5 = SKILL + "00000000-0000-4000-8000-0000000001a5";
  static final String G_S51 = SKILL + "00000000-0000-4000-8000-0000000001a8";
  static final String ISCO = "http://data.europa.eu/esco/isco/C";

  private final Map<String, List<String[]>> files = new LinkedHashMap<>();
  private String knownGaps =
      "# accepted gaps of the fixture\ncode,kind,files,reason\n"
          + SK_RETIRED
          + ",skill,competent_esco_mapping.csv.gz,retired before 1.1.1\n";

  private static final String OCC_HEADER =
      "uri,code,isco_group,status,pref_en,alt_en,pref_nl,alt_nl,pref_de,alt_de,pref_fr,alt_fr,"
          + "fr_release,nace_codes,description_en";

  ReferenceFixture() {
    table(
        "isco_groups.csv.gz",
        "code,uri,level,parent_code,pref_en,pref_nl,pref_fr,fr_release",
        isco("2", "", "Professionals", "Intellectuele en wetenschappelijke beroepen"),
        isco("25", "2", "ICT professionals", "Specialisten op het gebied van ICT"),
        isco("251", "25", "Software developers and analysts", "Software-ontwikkelaars"),
        isco("2512", "251", "Software developers", "Softwareontwikkelaars"),
        isco("4", "", "Clerical support workers", "Administratief personeel"),
        isco("42", "4", "Customer services clerks", "Klantenvoorlichters"),
        isco("422", "42", "Client information workers", "Klantinformatiemedewerkers"),
        isco(
            "4229",
            "422",
            "Client information workers n.e.c.",
            "Klantinformatiemedewerkers n.e.g."),
        isco("7", "", "Craft and related trades workers", "Ambachtslieden"),
        isco("72", "7", "Metal and machinery trades workers", "Metaalarbeiders"),
        isco("721", "72", "Sheet and structural metal workers", "Plaat- en constructiewerkers"),
        isco("7212", "721", "Welders and flamecutters", "Lassers en snijders"),
        isco("8", "", "Plant and machine operators", "Bedieningspersoneel"),
        isco("83", "8", "Drivers and mobile plant operators", "Bestuurders"),
        isco("833", "83", "Heavy truck and bus drivers", "Vrachtwagen- en buschauffeurs"),
        isco("8332", "833", "Heavy truck and lorry drivers", "Vrachtwagenchauffeurs"));
    table(
        "esco_occupations_1.1.1.csv.gz",
        OCC_HEADER,
        occ(
            WELDER,
            "7212.3",
            "7212",
            "welder",
            "arc welder|gas welder",
            "",
            "",
            "",
            "",
            "",
            "",
            ""),
        occ(TRUCK, "8332.2", "8332", "lorry driver", "truck driver", "", "", "", "", "", "", ""),
        occ(TRACER, "4229.1", "4229", "contact tracing agent", "", "", "", "", "", "", "", ""),
        occ(DEV, "2512.4", "2512", "software developer", "programmer", "", "", "", "", "", "", ""));
    String[] occ120 = {
      OCC_HEADER + ",replaces",
    };
    table(
        "esco_occupations_1.2.0.csv.gz",
        occ120[0],
        plus(
            occ(
                WELDER,
                "7212.3",
                "7212",
                "welder",
                "arc welder|gas welder",
                "lasser",
                "booglasser",
                "Schweißer/Schweißerin",
                "Schweißer|Schweißerin",
                "soudeur/soudeuse",
                "soudeur|soudeuse",
                "1.2.1-api"),
            ""),
        plus(
            occ(
                TRUCK,
                "8332.2",
                "8332",
                "cargo vehicle driver",
                "lorry driver|truck driver",
                "vrachtwagenchauffeur",
                "vrachtrijder",
                "Lastkraftwagenfahrer/Lastkraftwagenfahrerin",
                "",
                "conducteur de poids lourd/conductrice de poids lourd",
                "",
                "1.0.x"),
            ""),
        plus(
            occ(
                DEV,
                "2512.5",
                "2512",
                "software developer",
                "programmer",
                "softwareontwikkelaar",
                "",
                "Softwareentwickler/Softwareentwicklerin",
                "",
                "",
                "",
                ""),
            ""),
        plus(
            occ(
                IOT,
                "2512.10",
                "2512",
                "IoT developer",
                "",
                "IoT-ontwikkelaar",
                "",
                "IoT-Entwickler/IoT-Entwicklerin",
                "",
                "",
                "",
                ""),
            ""),
        plus(
            occ(
                TRACER2,
                "4229.2",
                "4229",
                "contact tracer",
                "",
                "contactopspoorder",
                "",
                "Kontaktnachverfolger/Kontaktnachverfolgerin",
                "",
                "",
                "",
                ""),
            TRACER));
    table(
        "esco_occupations_1.2.1.csv.gz",
        OCC_HEADER,
        occ(
            WELDER,
            "7212.3",
            "7212",
            "welder",
            "arc welder|gas welder",
            "",
            "",
            "",
            "",
            "soudeur/soudeuse",
            "soudeur|soudeuse",
            "1.2.1-api"),
        occ(
            TRUCK,
            "8332.2",
            "8332",
            "cargo vehicle driver",
            "lorry driver|truck driver",
            "",
            "",
            "",
            "",
            "conducteur de poids lourd/conductrice de poids lourd",
            "",
            "1.0.x"),
        occ(
            DEV,
            "2512.5",
            "2512",
            "software engineer",
            "programmer|software developer",
            "",
            "",
            "",
            "",
            "",
            "",
            ""),
        occ(IOT, "2512.10", "2512", "IoT developer", "", "", "", "", "", "", "", ""),
        occ(TRACER2, "4229.2", "4229", "contact tracer", "", "", "", "", "", "", "", ""));
    List<String[]> tree = new ArrayList<>();
    for (String r : List.of("1.1.1", "1.2.0", "1.2.1")) {
      tree.add(new String[] {r, WELDER, "Occupation", ISCO + "7212", "ISCOGroup"});
      tree.add(new String[] {r, TRUCK, "Occupation", ISCO + "8332", "ISCOGroup"});
      tree.add(new String[] {r, DEV, "Occupation", ISCO + "2512", "ISCOGroup"});
      tree.add(new String[] {r, ISCO + "7212", "ISCOGroup", ISCO + "721", "ISCOGroup"});
      if (r.equals("1.1.1")) {
        tree.add(new String[] {r, TRACER, "Occupation", ISCO + "4229", "ISCOGroup"});
      } else {
        tree.add(new String[] {r, IOT, "Occupation", DEV, "Occupation"});
        tree.add(new String[] {r, TRACER2, "Occupation", ISCO + "4229", "ISCOGroup"});
      }
    }
    files.put(
        "esco_occupation_hierarchy.csv.gz",
        withHeader("release,concept_uri,concept_type,broader_uri,broader_type", tree));
    table(
        "esco_skills_1.1.1.csv.gz",
        "uri,skill_type,reuse_level,status,pref_en,alt_en,pref_nl,nl_release,pref_de,de_release,"
            + "pref_fr,alt_fr,fr_release,description_en",
        skill(
            SK_WELD,
            "skill/competence",
            "use welding equipment",
            "operate welding equipment",
            "lasapparatuur gebruiken",
            "Schweißgeräte bedienen",
            "utiliser du matériel de soudage"),
        skill(
            SK_DRIVE,
            "skill/competence",
            "drive trucks",
            "",
            "vrachtwagens besturen",
            "Lastkraftwagen fahren",
            "conduire des camions"),
        skill(
            SK_CODE,
            "knowledge",
            "computer programming",
            "coding",
            "",
            "Computerprogrammierung",
            "programmation informatique"),
        skill(SK_TRACE, "skill/competence", "trace contacts", "", "", "", ""),
        skill(SK_AREA, "", "digital content creation", "", "", "", ""),
        skill(SK_DEVC, "skill/competence", "develop digital content", "", "", "", ""));
    table(
        "esco_occupation_skills_1.1.1.csv.gz",
        "occupation_uri,skill_uri,relation,skill_type",
        new String[] {WELDER, SK_WELD, "essential", "skill/competence"},
        new String[] {TRUCK, SK_DRIVE, "essential", "skill/competence"},
        new String[] {DEV, SK_CODE, "essential", "knowledge"},
        new String[] {DEV, SK_DEVC, "optional", "skill/competence"},
        new String[] {TRACER, SK_TRACE, "essential", "skill/competence"});
    List<String[]> skillTree = new ArrayList<>();
    for (String r : List.of("1.1.1", "1.2.0")) {
      skillTree.add(new String[] {r, SK_WELD, "KnowledgeSkillCompetence", G_S61, "SkillGroup"});
      skillTree.add(new String[] {r, SK_DRIVE, "KnowledgeSkillCompetence", G_S61, "SkillGroup"});
      skillTree.add(
          new String[] {
            r, SK_CODE, "KnowledgeSkillCompetence", SK_DEVC, "KnowledgeSkillCompetence"
          });
      skillTree.add(
          new String[] {
            r, SK_DEVC, "KnowledgeSkillCompetence", SK_AREA, "KnowledgeSkillCompetence"
          });
      skillTree.add(new String[] {r, SK_AREA, "KnowledgeSkillCompetence", G_S51, "SkillGroup"});
      skillTree.add(new String[] {r, G_S61, "SkillGroup", G_S6, "SkillGroup"});
      skillTree.add(new String[] {r, G_S51, "SkillGroup", G_S5, "SkillGroup"});
      skillTree.add(new String[] {r, G_S6, "SkillGroup", G_S, "SkillGroup"});
      skillTree.add(new String[] {r, G_S5, "SkillGroup", G_S, "SkillGroup"});
      if (r.equals("1.1.1")) {
        skillTree.add(new String[] {r, SK_TRACE, "KnowledgeSkillCompetence", G_S51, "SkillGroup"});
      } else {
        skillTree.add(new String[] {r, SK_NEW, "KnowledgeSkillCompetence", G_S51, "SkillGroup"});
      }
    }
    files.put(
        "esco_skill_hierarchy.csv.gz",
        withHeader("release,concept_uri,concept_type,broader_uri,broader_type", skillTree));
    table(
        "esco_skill_groups.csv.gz",
        "uri,code,level,pref_en,pref_nl",
        new String[] {G_S, "S", "0", "skills", "vaardigheden"},
        new String[] {G_S5, "S5", "1", "working with computers", "werken met computers"},
        new String[] {G_S51, "S5.1", "2", "using digital tools", "digitale hulpmiddelen gebruiken"},
        new String[] {G_S6, "S6", "1", "handling and moving", "hanteren en verplaatsen"},
        new String[] {G_S61, "S6.1", "2", "operating machinery", "machines bedienen"});
    List<String[]> col = new ArrayList<>();
    for (String r : List.of("1.1.1", "1.2.0", "1.2.1")) {
      col.add(new String[] {r, "digital", SK_CODE, "KnowledgeSkillCompetence"});
      col.add(new String[] {r, "digcomp", SK_AREA, "KnowledgeSkillCompetence"});
      col.add(new String[] {r, "digcomp", SK_DEVC, "KnowledgeSkillCompetence"});
      if (!r.equals("1.1.1")) {
        col.add(new String[] {r, "digital", SK_NEW, "KnowledgeSkillCompetence"});
      }
      if (r.equals("1.2.1")) {
        col.add(new String[] {r, "green", SK_WELD, "KnowledgeSkillCompetence"});
      }
    }
    files.put(
        "esco_collections.csv.gz", withHeader("release,collection,concept_uri,concept_type", col));
    table(
        "esco_skills_1.2_from_collections.csv.gz",
        "uri,skill_type,reuse_level,status,pref_en,alt_en,description_en,release",
        new String[] {
          SK_NEW,
          "skill/competence",
          "cross-sector",
          "released",
          "program IoT devices",
          "",
          "Write software for connected devices.",
          "1.2.0"
        });
    table(
        "competent_competences.csv.gz",
        "competent_id,competent_uuid,label_fr,label_nl,competent_version",
        new String[] {
          "KN-1",
          "9babfaa5-0000-4000-8000-000000000001",
          "Techniques de soudage",
          "Lastechnieken",
          "3.8"
        },
        new String[] {
          "SK-2",
          "9babfaa5-0000-4000-8000-000000000002",
          "Conduire un poids lourd",
          "Een vrachtwagen besturen",
          "3.8"
        },
        new String[] {
          "SK-3",
          "9babfaa5-0000-4000-8000-000000000003",
          "Tracer des contacts",
          "Contacten opsporen",
          "3.8"
        });
    table(
        "competent_esco_mapping.csv.gz",
        "competent_id,esco_skill_uri,relation",
        new String[] {"KN-1", SK_WELD, "broad"},
        new String[] {"SK-2", SK_DRIVE, "exact"},
        new String[] {"SK-3", SK_RETIRED, "close"});
    table(
        "rome_v3_codes.csv.gz",
        "rome_code,code_ogr,label_fr,statut",
        new String[] {"H2913", "1001", "Soudage manuel", "1"},
        new String[] {"M1805", "494", "Études et développement informatique", "1"},
        new String[] {
          "N4101", "1002", "Conduite de transport de marchandises sur longue distance", "1"
        });
    String romeHeader =
        "rome_code,code_ogr,label_fr,grand_domaine_code,grand_domaine_label,domaine_code,"
            + "domaine_label,rome_v3_code,transition_eco,transition_num,transition_demo,regulated,"
            + "executive";
    table(
        "rome_codes.csv.gz",
        romeHeader,
        new String[] {
          "H2913",
          "1001",
          "Soudeur / Soudeuse",
          "H",
          "Industrie",
          "H29",
          "Mécanique",
          "H2913",
          "",
          "",
          "",
          "N",
          "N"
        },
        new String[] {
          "M1805",
          "494",
          "Développeur / Développeuse informatique",
          "M",
          "Support",
          "M18",
          "Systèmes d'information",
          "M1805",
          "",
          "O",
          "",
          "N",
          "O"
        },
        new String[] {
          "M1813",
          "4941",
          "Intégrateur / Intégratrice logiciel",
          "M",
          "Support",
          "M18",
          "Systèmes d'information",
          "M1805",
          "",
          "O",
          "",
          "N",
          "O"
        },
        new String[] {
          "N4101",
          "1002",
          "Conducteur / Conductrice de poids lourd",
          "N",
          "Transport",
          "N41",
          "Conduite",
          "N4101",
          "",
          "",
          "",
          "O",
          "N"
        });
    table(
        "rome_job_titles.csv.gz",
        "appellation_code,label_fr,label_fr_short,rome_code,rome_v3_code,kind,rarely_used,"
            + "transition_eco,transition_num,transition_demo,regulated,executive",
        new String[] {
          "19457",
          "Soudeur / Soudeuse à la flamme",
          "Soudeur à la flamme",
          "H2913",
          "H2913",
          "synonym",
          "N",
          "",
          "",
          "",
          "",
          ""
        },
        new String[] {
          "38053",
          "Analyste développeur / développeuse",
          "Analyste développeur / développeuse",
          "M1805",
          "M1805",
          "synonym",
          "N",
          "",
          "",
          "",
          "",
          ""
        },
        new String[] {
          "12345",
          "Chauffeur / Chauffeuse poids lourd",
          "Chauffeur poids lourd",
          "N4101",
          "N4101",
          "synonym",
          "N",
          "",
          "",
          "",
          "",
          ""
        });
    table(
        "rome_mobility.csv.gz",
        "rome_code,target_rome_code,rank",
        new String[] {"H2913", "N4101", "1"},
        new String[] {"M1805", "M1813", "1"});
    table(
        "rome_esco_mapping.csv.gz",
        "appellation_code,appellation_label_fr,rome_code,rome_v3_code,esco_uri,esco_label_fr,"
            + "relation,esco_version,rome_version,mapping_version",
        new String[] {
          "19457",
          "Soudeur à la flamme",
          "H2913",
          "H2913",
          WELDER,
          "soudeur/soudeuse",
          "narrow",
          "1.0.9",
          "V3.0",
          "V1.4"
        },
        new String[] {
          "38053",
          "Analyste développeur",
          "M1805",
          "M1805",
          DEV,
          "développeur de logiciels",
          "close",
          "1.0.9",
          "V3.0",
          "V1.4"
        },
        new String[] {
          "12345",
          "Chauffeur poids lourd",
          "N4101",
          "N4101",
          TRUCK,
          "conducteur de poids lourd",
          "exact",
          "1.0.9",
          "V3.0",
          "V1.4"
        });
  }

  /** Replaces the rows of one file (the manifest follows on {@link #write}). */
  ReferenceFixture replace(String file, String header, String[]... rows) {
    table(file, header, rows);
    return this;
  }

  /** Appends a data row to a file. */
  ReferenceFixture addRow(String file, String... row) {
    files.get(file).add(row);
    return this;
  }

  ReferenceFixture knownGaps(String text) {
    this.knownGaps = text;
    return this;
  }

  /** Writes every file, {@code known_gaps.csv} and {@code manifest.csv} into the folder. */
  Path write(Path dir) {
    try {
      Files.createDirectories(dir);
      StringBuilder manifest = new StringBuilder("file,rows,bytes,sha256\r\n");
      for (Map.Entry<String, List<String[]>> f : files.entrySet()) {
        byte[] gz = gzip(f.getValue());
        Files.write(dir.resolve(f.getKey()), gz);
        manifest
            .append(f.getKey())
            .append(',')
            .append(f.getValue().size() - 1)
            .append(',')
            .append(gz.length)
            .append(',')
            .append(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(gz)))
            .append("\r\n");
      }
      Files.writeString(dir.resolve(DataFiles.MANIFEST), manifest, StandardCharsets.UTF_8);
      Files.writeString(dir.resolve(DataFiles.KNOWN_GAPS), knownGaps, StandardCharsets.UTF_8);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String location(Path dir) {
    return dir.toUri().toString();
  }

  /** Flips one byte in the middle of a file (the manifest no longer matches). */
  static void flipByte(Path dir, String file) {
    try {
      Path p = dir.resolve(file);
      byte[] b = Files.readAllBytes(p);
      b[b.length / 2] ^= 0x5a;
      Files.write(p, b);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Cuts a file to its first half. */
  static void truncate(Path dir, String file) {
    try {
      Path p = dir.resolve(file);
      byte[] b = Files.readAllBytes(p);
      Files.write(p, java.util.Arrays.copyOf(b, b.length / 2));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies the shipped data set (classpath) into a folder. */
  static Path copyShipped(Path dir) {
    try {
      Files.createDirectories(dir);
      Path src = Path.of("src/main/resources/data/reference");
      try (Stream<Path> s = Files.list(src)) {
        for (Path p : s.toList()) {
          Files.copy(p, dir.resolve(p.getFileName().toString()));
        }
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // -------------------------------------------------------------------------------------- helpers

  private void table(String file, String header, String[]... rows) {
    List<String[]> t = new ArrayList<>();
    t.add(header.split(",", -1));
    t.addAll(List.of(rows));
    files.put(file, t);
  }

  private static List<String[]> withHeader(String header, List<String[]> rows) {
    List<String[]> t = new ArrayList<>();
    t.add(header.split(",", -1));
    t.addAll(rows);
    return t;
  }

  private static String[] isco(String code, String parent, String en, String nl) {
    return new String[] {
      code, ISCO + code, Integer.toString(code.length()), parent, en, nl, en + " (fr)", "1.0.x"
    };
  }

  private static String[] occ(
      String uri,
      String code,
      String isco,
      String en,
      String altEn,
      String nl,
      String altNl,
      String de,
      String altDe,
      String fr,
      String altFr,
      String frRelease) {
    return new String[] {
      uri,
      code,
      isco,
      "released",
      en,
      altEn,
      nl,
      altNl,
      de,
      altDe,
      fr,
      altFr,
      frRelease,
      "",
      "Description of " + en + ",\nwith a line break."
    };
  }

  private static String[] plus(String[] row, String extra) {
    String[] r = java.util.Arrays.copyOf(row, row.length + 1);
    r[row.length] = extra;
    return r;
  }

  private static String[] skill(
      String uri, String type, String en, String altEn, String nl, String de, String fr) {
    return new String[] {
      uri,
      type,
      type.isEmpty() ? "" : "cross-sector",
      "released",
      en,
      altEn,
      nl,
      nl.isEmpty() ? "" : "1.0.3",
      de,
      de.isEmpty() ? "" : "1.0.3",
      fr,
      "",
      fr.isEmpty() ? "" : "1.2.1-api",
      "About " + en + "."
    };
  }

  private static byte[] gzip(List<String[]> rows) throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      StringBuilder sb = new StringBuilder();
      for (String[] r : rows) {
        for (int i = 0; i < r.length; i++) {
          if (i > 0) {
            sb.append(',');
          }
          sb.append(CsvOut.quote(r[i]));
        }
        sb.append("\r\n");
      }
      out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }
}
