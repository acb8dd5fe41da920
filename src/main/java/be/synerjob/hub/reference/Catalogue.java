package be.synerjob.hub.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The releases the hub ships, in load order (a scheme's releases oldest first; ISCO-08 before ESCO
 * because ESCO occupations point at ISCO groups; ESCO before ROME and Competent because their
 * mappings point at ESCO), with the files each is read from and how. See docs/reference.md.
 */
final class Catalogue {

  static final String ESCO_PREFIX = "http://data.europa.eu/esco/";
  static final String ISCO_URI = "http://data.europa.eu/esco/isco/C";

  static final String OCC_HIERARCHY = "esco_occupation_hierarchy.csv.gz";
  static final String SKILL_HIERARCHY = "esco_skill_hierarchy.csv.gz";
  static final String COLLECTIONS = "esco_collections.csv.gz";
  static final String SKILL_GROUPS = "esco_skill_groups.csv.gz";
  static final String SKILLS_FROM_COLLECTIONS = "esco_skills_1.2_from_collections.csv.gz";

  /** One release: its scheme, name, files, source statement and reader. */
  record Plan(
      Scheme scheme,
      String release,
      List<String> files,
      String source,
      Function<Files, ReleaseData> reader) {

    String name() {
      return scheme.title() + " " + release;
    }
  }

  /** Reads tables of one import run; files several releases share are read once. */
  static final class Files {
    private final DataFiles data;
    private final Map<String, DataFiles.Table> cache = new HashMap<>();
    private Plan plan;

    Files(DataFiles data) {
      this.data = data;
    }

    Files forPlan(Plan p) {
      this.plan = p;
      return this;
    }

    Plan plan() {
      return plan;
    }

    DataFiles.Table table(String file) {
      if (!plan.files().contains(file)) {
        throw new IllegalStateException(file + " is not a file of " + plan.name());
      }
      if (isShared(file)) {
        return cache.computeIfAbsent(file, data::read);
      }
      return data.read(file);
    }

    boolean has(String file) {
      return plan.files().contains(file);
    }

    private static boolean isShared(String file) {
      return file.equals(OCC_HIERARCHY)
          || file.equals(SKILL_HIERARCHY)
          || file.equals(COLLECTIONS)
          || file.equals(SKILL_GROUPS)
          || file.equals(SKILLS_FROM_COLLECTIONS);
    }
  }

  static final List<Plan> SHIPPED =
      List.of(
          new Plan(
              Scheme.ISCO08,
              "2008",
              List.of("isco_groups.csv.gz"),
              "ISCO-08 (International Labour Organization) groups as published in ESCO: English from ESCO"
                  + " 1.2.0 ISCOGroups_en, Dutch from ESCO 1.2.0 ISCOGroups_nl (threehook/esco-search"
                  + " dbf363d5), French from ESCO v1.0.x (emanuellandell/public d2764d58)",
              Catalogue::isco),
          esco(
              "1.1.1",
              List.of(
                  "esco_occupations_1.1.1.csv.gz",
                  "esco_skills_1.1.1.csv.gz",
                  "esco_occupation_skills_1.1.1.csv.gz"),
              "European Commission, ESCO v1.1.1 (English) via tabiya-tech/tabiya-esco-datasets-and-tools"
                  + " 1cd5a780; French skill labels from an API-derived ~1.2.1 set (lryjules/Mockly"
                  + " 0fcd2be1) or ESCO v1.0.x (emanuellandell/public d2764d58); Dutch and German skill"
                  + " labels of ESCO v1.0.3 from the Competent and BA mapping tables (Avature/melo-benchmark"
                  + " 59a5753a); skill group labels from ESCO 1.2.0"),
          esco(
              "1.2.0",
              List.of("esco_occupations_1.2.0.csv.gz"),
              "European Commission, ESCO v1.2.0: English via victoriano/future-of-work-data a7623eb0,"
                  + " Dutch via threehook/esco-search dbf363d5, German via"
                  + " Prajwal-0101/multilingual-job-title-matching 30956177; French occupation labels"
                  + " from an API-derived ~1.2.1 set (lryjules/Mockly 0fcd2be1) or ESCO v1.0.x"
                  + " (Rimpi246/Classified-ads-48 3ce3087a); no skills file: skills are those of the 1.2.0"
                  + " skill hierarchy and collections, labelled from 1.1.1"),
          esco(
              "1.2.1",
              List.of("esco_occupations_1.2.1.csv.gz"),
              "European Commission, ESCO v1.2.1 (English occupations, occupation hierarchy,"
                  + " collections) via gizemhayan/Skillab f2247f7a; French as in 1.2.0; no skills file"
                  + " and no skill hierarchy: skills carry over from 1.2.0"),
          new Plan(
              Scheme.ROME,
              "3.46",
              List.of("rome_v3_codes.csv.gz"),
              "France Travail, ROME v3.46 code list (France-Travail/mobiville 9e800d23), the parent"
                  + " classification of Competent",
              Catalogue::romeV3),
          new Plan(
              Scheme.ROME,
              "4.0",
              List.of(
                  "rome_codes.csv.gz",
                  "rome_job_titles.csv.gz",
                  "rome_mobility.csv.gz",
                  "rome_esco_mapping.csv.gz"),
              "France Travail, ROME 4.0 version 60 (v460, validated 2025-08-27; tomjoy75/code_rome"
                  + " 2c4b4c68, PSID-miage/guide-carriere 44601dc4); ESCO-ROME mapping V1.4 of Pôle emploi"
                  + " (2022, ESCO 1.0.9 / ROME V3.0) via Avature/melo-benchmark",
              Catalogue::rome4),
          new Plan(
              Scheme.COMPETENT,
              "3.8",
              List.of("competent_competences.csv.gz", "competent_esco_mapping.csv.gz"),
              "VDAB, Competent 3.8 competences (fr/nl) and their ESCO mapping (Nalantis nv, V1.0,"
                  + " 2021-06-08, ESCO v1.0.3), an ESCO national mapping table, via Avature/melo-benchmark"
                  + " 59a5753a",
              Catalogue::competent));

  private Catalogue() {}

  /** Every file the shipped releases read, for verification before anything is loaded. */
  static Set<String> files(List<Plan> plans) {
    Set<String> out = new LinkedHashSet<>();
    plans.forEach(p -> out.addAll(p.files()));
    return out;
  }

  private static Plan esco(String release, List<String> own, String source) {
    List<String> files = new ArrayList<>(own);
    files.addAll(
        List.of(
            OCC_HIERARCHY, SKILL_HIERARCHY, COLLECTIONS, SKILL_GROUPS, SKILLS_FROM_COLLECTIONS));
    return new Plan(Scheme.ESCO, release, List.copyOf(files), source, Catalogue::esco);
  }

  // ----------------------------------------------------------------------------------------- ISCO

  private static ReleaseData isco(Files f) {
    Plan p = f.plan();
    ReleaseData d = new ReleaseData(p.scheme(), p.release(), p.source(), p.files());
    DataFiles.Table t = f.table("isco_groups.csv.gz");
    for (int i = 0; i < t.size(); i++) {
      String code = t.get(i, "code");
      if (!code.matches("[0-9]{1,4}")) {
        throw new ReferenceDataException(t.where(i) + ": '" + code + "' is not an ISCO-08 code");
      }
      if (!t.get(i, "uri").equals(ISCO_URI + code)) {
        throw new ReferenceDataException(t.where(i) + ": the URI does not match code " + code);
      }
      d.concept(
          new ReleaseData.NewConcept(
              code,
              ConceptKind.ISCO_GROUP,
              code,
              attrs("uri", t.get(i, "uri"), "level", t.get(i, "level"))),
          t.where(i));
      for (String lang : List.of("en", "nl", "fr")) {
        d.provideLabels(code, lang);
      }
      d.label(code, "en", "pref", t.get(i, "pref_en"), "ESCO 1.2.0");
      d.label(code, "nl", "pref", t.get(i, "pref_nl"), "ESCO 1.2.0");
      d.label(code, "fr", "pref", t.get(i, "pref_fr"), "ESCO " + t.get(i, "fr_release"));
      String parent = t.get(i, "parent_code");
      if (!parent.isEmpty()) {
        d.relations.add(
            new ReleaseData.NewRelation(
                RelationType.BROADER,
                Scheme.ISCO08,
                code,
                ConceptKind.ISCO_GROUP,
                Scheme.ISCO08,
                parent,
                ConceptKind.ISCO_GROUP,
                null,
                t.file(),
                t.line(i)));
      }
    }
    d.providedRelations.add(RelationType.BROADER + ":" + ConceptKind.ISCO_GROUP);
    d.provides.add("ISCO groups with en/nl/fr labels and their hierarchy");
    return d;
  }

  // ----------------------------------------------------------------------------------------- ESCO

  private static ReleaseData esco(Files f) {
    Plan p = f.plan();
    String r = p.release();
    ReleaseData d = new ReleaseData(p.scheme(), r, p.source(), p.files());

    // Occupations: always a file per release.
    DataFiles.Table occ = f.table("esco_occupations_" + r + ".csv.gz");
    List<String> occLangs = new ArrayList<>();
    for (String lang : List.of("en", "nl", "de", "fr")) {
      if (occ.anyValue("pref_" + lang)) {
        occLangs.add(lang);
      }
    }
    for (int i = 0; i < occ.size(); i++) {
      String uri = escoUri(occ, i, occ.get(i, "uri"), "occupation/");
      String isco = occ.get(i, "isco_group");
      if (!isco.matches("[0-9]{4}")) {
        throw new ReferenceDataException(
            occ.where(i) + ": '" + isco + "' is not an ISCO-08 unit group");
      }
      Map<String, String> a = new TreeMap<>();
      if (occ.has("nace_codes") && !occ.get(i, "nace_codes").isEmpty()) {
        a.put("naceCodes", occ.get(i, "nace_codes"));
      }
      if (occ.has("replaces") && !occ.get(i, "replaces").isEmpty()) {
        // Optional column (none of the shipped files has it): the concepts this one replaces.
        for (String old : occ.get(i, "replaces").split("\\|")) {
          d.replacedBy.put(escoUri(occ, i, old.trim(), "occupation/"), uri);
        }
      }
      d.concept(
          new ReleaseData.NewConcept(uri, ConceptKind.OCCUPATION, occ.get(i, "code"), a),
          occ.where(i));
      for (String lang : occLangs) {
        d.provideLabels(uri, lang);
        String source = lang.equals("fr") ? emptyToNull(occ.get(i, "fr_release")) : null;
        d.labels(uri, lang, occ.get(i, "pref_" + lang), occ.get(i, "alt_" + lang), source);
      }
      d.label(uri, "en", "desc", occ.get(i, "description_en"), null);
      d.relations.add(
          new ReleaseData.NewRelation(
              RelationType.ISCO_GROUP,
              Scheme.ESCO,
              uri,
              ConceptKind.OCCUPATION,
              Scheme.ISCO08,
              isco,
              ConceptKind.ISCO_GROUP,
              null,
              occ.file(),
              occ.line(i)));
    }
    d.providedRelations.add(RelationType.ISCO_GROUP + ":" + ConceptKind.OCCUPATION);
    d.provides.add("occupations with " + String.join("/", occLangs) + " labels and ISCO groups");

    // Skills: a skills file, else the skills of the release's skill hierarchy, else carried over.
    String skillsFile = "esco_skills_" + r + ".csv.gz";
    DataFiles.Table hierarchy = f.table(SKILL_HIERARCHY);
    List<Integer> skillEdges = rowsOf(hierarchy, r);
    if (f.has(skillsFile)) {
      DataFiles.Table sk = f.table(skillsFile);
      for (int i = 0; i < sk.size(); i++) {
        String uri = escoUri(sk, i, sk.get(i, "uri"), "skill/");
        d.concept(
            new ReleaseData.NewConcept(
                uri,
                ConceptKind.SKILL,
                null,
                attrs(
                    "skillType", sk.get(i, "skill_type"), "reuseLevel", sk.get(i, "reuse_level"))),
            sk.where(i));
        for (String lang : List.of("en", "nl", "de", "fr")) {
          d.provideLabels(uri, lang);
        }
        d.labels(uri, "en", sk.get(i, "pref_en"), sk.get(i, "alt_en"), null);
        d.label(uri, "en", "desc", sk.get(i, "description_en"), null);
        d.label(uri, "nl", "pref", sk.get(i, "pref_nl"), emptyToNull(sk.get(i, "nl_release")));
        d.label(uri, "de", "pref", sk.get(i, "pref_de"), emptyToNull(sk.get(i, "de_release")));
        d.labels(
            uri,
            "fr",
            sk.get(i, "pref_fr"),
            sk.get(i, "alt_fr"),
            emptyToNull(sk.get(i, "fr_release")));
      }
      d.provides.add("skills with en/nl/de/fr labels (" + skillsFile + ")");
    } else if (skillEdges.isEmpty()) {
      d.carriedKinds.add(ConceptKind.SKILL);
      d.carriedKinds.add(ConceptKind.SKILL_GROUP);
      d.provides.add("no skills file and no skill hierarchy: skills and skill groups carry over");
    } else {
      d.provides.add("skills: those of the release's skill hierarchy and collections");
    }

    // Skill hierarchy (skills and groups present through it when there is no skills file).
    if (!skillEdges.isEmpty()) {
      for (int i : skillEdges) {
        ConceptKind from = skillKind(hierarchy, i, "concept_type");
        ConceptKind to = skillKind(hierarchy, i, "broader_type");
        String fromUri = escoUri(hierarchy, i, hierarchy.get(i, "concept_uri"), null);
        String toUri = escoUri(hierarchy, i, hierarchy.get(i, "broader_uri"), null);
        if (from == ConceptKind.SKILL_GROUP || !f.has(skillsFile)) {
          d.concept(new ReleaseData.NewConcept(fromUri, from, null, null), hierarchy.where(i));
        }
        if (to == ConceptKind.SKILL_GROUP || !f.has(skillsFile)) {
          d.concept(new ReleaseData.NewConcept(toUri, to, null, null), hierarchy.where(i));
        }
        d.relations.add(
            new ReleaseData.NewRelation(
                RelationType.BROADER,
                Scheme.ESCO,
                fromUri,
                from,
                Scheme.ESCO,
                toUri,
                to,
                null,
                hierarchy.file(),
                hierarchy.line(i)));
      }
      d.providedRelations.add(RelationType.BROADER + ":" + ConceptKind.SKILL);
      d.providedRelations.add(RelationType.BROADER + ":" + ConceptKind.SKILL_GROUP);
      d.provides.add("skill hierarchy");
    }

    // Skill group labels (ESCO 1.2.0 skillGroups) for the groups the release contains.
    DataFiles.Table groups = f.table(SKILL_GROUPS);
    for (int i = 0; i < groups.size(); i++) {
      String uri = groups.get(i, "uri");
      ReleaseData.NewConcept present = d.concepts.get(uri);
      if (present == null || present.kind() != ConceptKind.SKILL_GROUP) {
        continue;
      }
      d.concept(
          new ReleaseData.NewConcept(
              uri,
              ConceptKind.SKILL_GROUP,
              groups.get(i, "code"),
              attrs("level", groups.get(i, "level"))),
          groups.where(i));
      d.provideLabels(uri, "en");
      d.provideLabels(uri, "nl");
      d.label(uri, "en", "pref", groups.get(i, "pref_en"), "1.2.0");
      d.label(uri, "nl", "pref", groups.get(i, "pref_nl"), "1.2.0");
    }

    // Skills that the 1.2.x collections introduced, labelled from the collection files.
    DataFiles.Table extra = f.table(SKILLS_FROM_COLLECTIONS);
    for (int i = 0; i < extra.size(); i++) {
      if (!extra.get(i, "release").equals(r)) {
        continue;
      }
      String uri = escoUri(extra, i, extra.get(i, "uri"), "skill/");
      d.concept(
          new ReleaseData.NewConcept(
              uri,
              ConceptKind.SKILL,
              null,
              attrs(
                  "skillType",
                  extra.get(i, "skill_type"),
                  "reuseLevel",
                  extra.get(i, "reuse_level"))),
          extra.where(i));
      d.provideLabels(uri, "en");
      d.labels(uri, "en", extra.get(i, "pref_en"), extra.get(i, "alt_en"), null);
      d.label(uri, "en", "desc", extra.get(i, "description_en"), null);
    }

    // Occupation hierarchy of the release (occupations and ISCO groups).
    DataFiles.Table occTree = f.table(OCC_HIERARCHY);
    List<Integer> occEdges = rowsOf(occTree, r);
    for (int i : occEdges) {
      ReleaseData.NewRelation rel =
          occupationEdge(
              occTree,
              i,
              occTree.get(i, "concept_uri"),
              occTree.get(i, "concept_type"),
              occTree.get(i, "broader_uri"),
              occTree.get(i, "broader_type"));
      d.relations.add(rel);
    }
    if (!occEdges.isEmpty()) {
      d.providedRelations.add(RelationType.BROADER + ":" + ConceptKind.OCCUPATION);
      d.providedRelations.add(RelationType.BROADER + ":" + ConceptKind.ISCO_GROUP);
      d.provides.add("occupation hierarchy");
    }

    // Occupation-skill relations.
    String relFile = "esco_occupation_skills_" + r + ".csv.gz";
    if (f.has(relFile)) {
      DataFiles.Table rel = f.table(relFile);
      for (int i = 0; i < rel.size(); i++) {
        RelationType type;
        switch (rel.get(i, "relation")) {
          case "essential":
            type = RelationType.ESSENTIAL_SKILL;
            break;
          case "optional":
            type = RelationType.OPTIONAL_SKILL;
            break;
          default:
            throw new ReferenceDataException(
                rel.where(i)
                    + ": relation must be essential or optional, not '"
                    + rel.get(i, "relation")
                    + "'");
        }
        d.relations.add(
            new ReleaseData.NewRelation(
                type,
                Scheme.ESCO,
                escoUri(rel, i, rel.get(i, "occupation_uri"), "occupation/"),
                ConceptKind.OCCUPATION,
                Scheme.ESCO,
                escoUri(rel, i, rel.get(i, "skill_uri"), "skill/"),
                ConceptKind.SKILL,
                null,
                rel.file(),
                rel.line(i)));
      }
      d.providedRelations.add(RelationType.ESSENTIAL_SKILL + ":" + ConceptKind.OCCUPATION);
      d.providedRelations.add(RelationType.OPTIONAL_SKILL + ":" + ConceptKind.OCCUPATION);
      d.provides.add("occupation-skill relations");
    } else {
      d.provides.add("no occupation-skill relations: those of the previous release carry over");
    }

    // Collections.
    DataFiles.Table col = f.table(COLLECTIONS);
    for (int i : rowsOf(col, r)) {
      String type = col.get(i, "concept_type");
      ConceptKind kind;
      if (type.equals("KnowledgeSkillCompetence")) {
        kind = ConceptKind.SKILL;
      } else if (type.equals("Occupation")) {
        kind = ConceptKind.OCCUPATION;
      } else {
        throw new ReferenceDataException(col.where(i) + ": unknown concept type '" + type + "'");
      }
      String uri = escoUri(col, i, col.get(i, "concept_uri"), null);
      String collection = col.get(i, "collection");
      if (kind == ConceptKind.SKILL && !f.has(skillsFile)) {
        d.concept(new ReleaseData.NewConcept(uri, kind, null, null), col.where(i));
      }
      d.members.add(new ReleaseData.NewMember(collection, uri, kind, col.file(), col.line(i)));
      d.providedCollections.add(collection);
    }
    if (!d.providedCollections.isEmpty()) {
      d.provides.add(
          "collections " + String.join(", ", new java.util.TreeSet<>(d.providedCollections)));
    }
    return d;
  }

  private static ReleaseData.NewRelation occupationEdge(
      DataFiles.Table t, int i, String from, String fromType, String to, String toType) {
    Scheme fromScheme = occScheme(t, i, fromType);
    Scheme toScheme = occScheme(t, i, toType);
    return new ReleaseData.NewRelation(
        RelationType.BROADER,
        fromScheme,
        occCode(t, i, from, fromScheme),
        fromScheme == Scheme.ESCO ? ConceptKind.OCCUPATION : ConceptKind.ISCO_GROUP,
        toScheme,
        occCode(t, i, to, toScheme),
        toScheme == Scheme.ESCO ? ConceptKind.OCCUPATION : ConceptKind.ISCO_GROUP,
        null,
        t.file(),
        t.line(i));
  }

  private static Scheme occScheme(DataFiles.Table t, int i, String type) {
    if (type.equals("Occupation")) {
      return Scheme.ESCO;
    }
    if (type.equals("ISCOGroup")) {
      return Scheme.ISCO08;
    }
    throw new ReferenceDataException(t.where(i) + ": unknown concept type '" + type + "'");
  }

  private static String occCode(DataFiles.Table t, int i, String uri, Scheme scheme) {
    if (scheme == Scheme.ESCO) {
      return escoUri(t, i, uri, "occupation/");
    }
    if (!uri.startsWith(ISCO_URI) || !uri.substring(ISCO_URI.length()).matches("[0-9]{1,4}")) {
      throw new ReferenceDataException(t.where(i) + ": '" + uri + "' is not an ISCO group URI");
    }
    return uri.substring(ISCO_URI.length());
  }

  private static ConceptKind skillKind(DataFiles.Table t, int i, String column) {
    String type = t.get(i, column);
    if (type.equals("KnowledgeSkillCompetence")) {
      return ConceptKind.SKILL;
    }
    if (type.equals("SkillGroup")) {
      return ConceptKind.SKILL_GROUP;
    }
    throw new ReferenceDataException(t.where(i) + ": unknown concept type '" + type + "'");
  }

  private static List<Integer> rowsOf(DataFiles.Table t, String release) {
    List<Integer> out = new ArrayList<>();
    int c = t.column("release");
    for (int i = 0; i < t.size(); i++) {
      if (t.get(i, c).equals(release)) {
        out.add(i);
      }
    }
    return out;
  }

  private static String escoUri(DataFiles.Table t, int i, String uri, String path) {
    if (!uri.startsWith(ESCO_PREFIX) || (path != null && !uri.startsWith(ESCO_PREFIX + path))) {
      throw new ReferenceDataException(
          t.where(i)
              + ": '"
              + uri
              + "' is not an ESCO "
              + (path == null ? "" : path.replace("/", " "))
              + "URI");
    }
    return uri;
  }

  // ----------------------------------------------------------------------------------------- ROME

  private static ReleaseData romeV3(Files f) {
    Plan p = f.plan();
    ReleaseData d = new ReleaseData(p.scheme(), p.release(), p.source(), p.files());
    DataFiles.Table t = f.table("rome_v3_codes.csv.gz");
    for (int i = 0; i < t.size(); i++) {
      String code = romeCode(t, i, t.get(i, "rome_code"));
      d.concept(
          new ReleaseData.NewConcept(
              code, ConceptKind.OCCUPATION, code, attrs("codeOgr", t.get(i, "code_ogr"))),
          t.where(i));
      d.provideLabels(code, "fr");
      d.label(code, "fr", "pref", t.get(i, "label_fr"), null);
    }
    d.provides.add("ROME v3 codes with French labels");
    return d;
  }

  private static ReleaseData rome4(Files f) {
    Plan p = f.plan();
    ReleaseData d = new ReleaseData(p.scheme(), p.release(), p.source(), p.files());
    DataFiles.Table codes = f.table("rome_codes.csv.gz");
    for (int i = 0; i < codes.size(); i++) {
      String code = romeCode(codes, i, codes.get(i, "rome_code"));
      d.concept(
          new ReleaseData.NewConcept(
              code,
              ConceptKind.OCCUPATION,
              code,
              attrs(
                  "codeOgr", codes.get(i, "code_ogr"),
                  "grandDomaine", codes.get(i, "grand_domaine_code"),
                  "grandDomaineLabel", codes.get(i, "grand_domaine_label"),
                  "domaine", codes.get(i, "domaine_code"),
                  "domaineLabel", codes.get(i, "domaine_label"),
                  "transitionEco", codes.get(i, "transition_eco"),
                  "transitionNum", codes.get(i, "transition_num"),
                  "transitionDemo", codes.get(i, "transition_demo"),
                  "regulated", codes.get(i, "regulated"),
                  "executive", codes.get(i, "executive"))),
          codes.where(i));
      d.provideLabels(code, "fr");
      d.label(code, "fr", "pref", codes.get(i, "label_fr"), null);
      String parent = romeCode(codes, i, codes.get(i, "rome_v3_code"));
      if (!parent.equals(code)) {
        d.relations.add(
            romeRelation(
                RelationType.ROME_V3_PARENT, code, ConceptKind.OCCUPATION, parent, null, codes, i));
      }
    }
    DataFiles.Table titles = f.table("rome_job_titles.csv.gz");
    for (int i = 0; i < titles.size(); i++) {
      String code = titles.get(i, "appellation_code");
      if (!code.matches("[0-9]{1,7}")) {
        throw new ReferenceDataException(
            titles.where(i) + ": '" + code + "' is not a ROME job title code");
      }
      d.concept(
          new ReleaseData.NewConcept(
              code,
              ConceptKind.JOB_TITLE,
              code,
              attrs(
                  "titleKind", titles.get(i, "kind"),
                  "rarelyUsed", titles.get(i, "rarely_used"),
                  "transitionEco", titles.get(i, "transition_eco"),
                  "transitionNum", titles.get(i, "transition_num"),
                  "transitionDemo", titles.get(i, "transition_demo"),
                  "regulated", titles.get(i, "regulated"),
                  "executive", titles.get(i, "executive"))),
          titles.where(i));
      d.provideLabels(code, "fr");
      String label = titles.get(i, "label_fr");
      d.label(code, "fr", "pref", label, null);
      String shortLabel = titles.get(i, "label_fr_short");
      if (!shortLabel.equals(label)) {
        d.label(code, "fr", "alt", shortLabel, null);
      }
      d.relations.add(
          romeRelation(
              RelationType.BROADER,
              code,
              ConceptKind.JOB_TITLE,
              romeCode(titles, i, titles.get(i, "rome_code")),
              null,
              titles,
              i));
      d.relations.add(
          romeRelation(
              RelationType.ROME_V3_PARENT,
              code,
              ConceptKind.JOB_TITLE,
              romeCode(titles, i, titles.get(i, "rome_v3_code")),
              null,
              titles,
              i));
    }
    DataFiles.Table mobility = f.table("rome_mobility.csv.gz");
    for (int i = 0; i < mobility.size(); i++) {
      int rank;
      try {
        rank = Integer.parseInt(mobility.get(i, "rank"));
      } catch (NumberFormatException e) {
        throw new ReferenceDataException(mobility.where(i) + ": rank must be a number");
      }
      d.relations.add(
          romeRelation(
              RelationType.MOBILITY,
              romeCode(mobility, i, mobility.get(i, "rome_code")),
              ConceptKind.OCCUPATION,
              romeCode(mobility, i, mobility.get(i, "target_rome_code")),
              rank,
              mobility,
              i));
    }
    DataFiles.Table map = f.table("rome_esco_mapping.csv.gz");
    for (int i = 0; i < map.size(); i++) {
      String where = map.where(i);
      RelationType type =
          RelationType.parseMatch(map.get(i, "relation"))
              .orElseThrow(() -> new ReferenceDataException(where + ": unknown mapping relation"));
      String uri = escoUri(map, i, map.get(i, "esco_uri"), "occupation/");
      d.relations.add(
          new ReleaseData.NewRelation(
              type,
              Scheme.ROME,
              map.get(i, "appellation_code"),
              ConceptKind.JOB_TITLE,
              Scheme.ESCO,
              uri,
              ConceptKind.OCCUPATION,
              null,
              map.file(),
              map.line(i)));
      String labelFr = map.get(i, "esco_label_fr");
      if (!labelFr.isEmpty()) {
        d.placeholderLabels
            .computeIfAbsent(uri, k -> new ArrayList<>())
            .add(
                new ReleaseData.NewLabel(
                    uri, "fr", "pref", labelFr, "ESCO " + map.get(i, "esco_version")));
      }
    }
    d.providedRelations.add(RelationType.ROME_V3_PARENT + ":" + ConceptKind.OCCUPATION);
    d.providedRelations.add(RelationType.ROME_V3_PARENT + ":" + ConceptKind.JOB_TITLE);
    d.providedRelations.add(RelationType.BROADER + ":" + ConceptKind.JOB_TITLE);
    d.providedRelations.add(RelationType.MOBILITY + ":" + ConceptKind.OCCUPATION);
    for (RelationType m : matches()) {
      d.providedRelations.add(m + ":" + ConceptKind.JOB_TITLE);
    }
    d.provides.add(
        "ROME codes and job titles with French labels, v3 parents, mobility, ESCO mapping");
    return d;
  }

  private static ReleaseData.NewRelation romeRelation(
      RelationType type,
      String from,
      ConceptKind fromKind,
      String to,
      Integer rank,
      DataFiles.Table t,
      int i) {
    return new ReleaseData.NewRelation(
        type,
        Scheme.ROME,
        from,
        fromKind,
        Scheme.ROME,
        to,
        ConceptKind.OCCUPATION,
        rank,
        t.file(),
        t.line(i));
  }

  private static String romeCode(DataFiles.Table t, int i, String code) {
    if (!code.matches("[A-N][0-9]{4}")) {
      throw new ReferenceDataException(t.where(i) + ": '" + code + "' is not a ROME code");
    }
    return code;
  }

  // ------------------------------------------------------------------------------------ Competent

  private static ReleaseData competent(Files f) {
    Plan p = f.plan();
    ReleaseData d = new ReleaseData(p.scheme(), p.release(), p.source(), p.files());
    DataFiles.Table t = f.table("competent_competences.csv.gz");
    for (int i = 0; i < t.size(); i++) {
      String code = competentCode(t, i, t.get(i, "competent_id"));
      d.concept(
          new ReleaseData.NewConcept(
              code,
              ConceptKind.SKILL,
              code,
              attrs("uuid", t.get(i, "competent_uuid"), "version", t.get(i, "competent_version"))),
          t.where(i));
      d.provideLabels(code, "fr");
      d.provideLabels(code, "nl");
      d.label(code, "fr", "pref", t.get(i, "label_fr"), null);
      d.label(code, "nl", "pref", t.get(i, "label_nl"), null);
    }
    DataFiles.Table map = f.table("competent_esco_mapping.csv.gz");
    for (int i = 0; i < map.size(); i++) {
      String where = map.where(i);
      RelationType type =
          RelationType.parseMatch(map.get(i, "relation"))
              .orElseThrow(() -> new ReferenceDataException(where + ": unknown mapping relation"));
      d.relations.add(
          new ReleaseData.NewRelation(
              type,
              Scheme.COMPETENT,
              competentCode(map, i, map.get(i, "competent_id")),
              ConceptKind.SKILL,
              Scheme.ESCO,
              escoUri(map, i, map.get(i, "esco_skill_uri"), "skill/"),
              ConceptKind.SKILL,
              null,
              map.file(),
              map.line(i)));
    }
    for (RelationType m : matches()) {
      d.providedRelations.add(m + ":" + ConceptKind.SKILL);
    }
    d.provides.add("Competent competences with fr/nl labels and their ESCO mapping");
    return d;
  }

  private static String competentCode(DataFiles.Table t, int i, String code) {
    if (!code.matches("[A-Z]{2}-[0-9]{1,6}")) {
      throw new ReferenceDataException(t.where(i) + ": '" + code + "' is not a Competent code");
    }
    return code;
  }

  // -------------------------------------------------------------------------------------- helpers

  private static List<RelationType> matches() {
    return List.of(
        RelationType.EXACT_MATCH,
        RelationType.CLOSE_MATCH,
        RelationType.BROAD_MATCH,
        RelationType.NARROW_MATCH);
  }

  /** Attributes from key/value pairs; empty values are left out. */
  static Map<String, String> attrs(String... kv) {
    Map<String, String> m = new TreeMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      if (kv[i + 1] != null && !kv[i + 1].isEmpty()) {
        m.put(kv[i], kv[i + 1]);
      }
    }
    return m;
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
