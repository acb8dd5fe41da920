package be.synerjob.hub.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import be.synerjob.hub.core.Language;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The shipped reference as loaded at first start: counts equal the manifest and the integrity
 * report, loading again changes nothing, the release diffs reproduce the documented facts, and the
 * derived sets (DigComp, competence sets), checks, crosswalks and autocomplete behave on real data.
 */
class ShippedReferenceTests extends ShippedReferenceContext {

  @Autowired ReferenceImport importer;
  @Autowired Reference reference;
  @Autowired ReferenceReleases releases;
  @Autowired JdbcTemplate jdbc;

  private int count(String sql, Object... args) {
    Integer n = jdbc.queryForObject(sql, Integer.class, args);
    return n == null ? 0 : n;
  }

  private int present(String scheme, int seq, String kind) {
    return count(
        "SELECT COUNT(*) FROM ref_concept_release cr JOIN ref_concept c ON c.id = cr.concept_id"
            + " WHERE c.scheme = ? AND cr.seq = ? AND c.kind = ?",
        scheme,
        seq,
        kind);
  }

  private int relations(String scheme, int seq, String where) {
    return count(
        "SELECT COUNT(*) FROM ref_relation r JOIN ref_concept f ON f.id = r.from_id"
            + " WHERE r.scheme = ? AND r.first_seq <= ? AND (r.last_seq IS NULL OR r.last_seq >= ?)"
            + " AND "
            + where,
        scheme,
        seq,
        seq);
  }

  @Test
  void theFirstStartLoadsEveryShippedReleaseWithTheCountsOfTheManifest() {
    assertThat(reference.releases())
        .extracting(r -> r.scheme().name() + " " + r.release())
        .containsExactly(
            "ESCO 1.1.1",
            "ESCO 1.2.0",
            "ESCO 1.2.1",
            "ISCO08 2008",
            "ROME 3.46",
            "ROME 4.0",
            "COMPETENT 3.8");
    // Concept files: one concept per row.
    assertThat(present("ESCO", 1, "OCCUPATION")).isEqualTo(3007);
    assertThat(present("ESCO", 2, "OCCUPATION")).isEqualTo(3039);
    assertThat(present("ESCO", 3, "OCCUPATION")).isEqualTo(3039);
    assertThat(present("ESCO", 1, "SKILL")).isEqualTo(13_896);
    assertThat(present("ESCO", 2, "SKILL"))
        .as("1.1.1 skills less the 194 the 1.2.0 hierarchy drops, plus its 237 new ones")
        .isEqualTo(13_896 - 194 + 237);
    assertThat(present("ESCO", 3, "SKILL")).as("carried over").isEqualTo(13_939);
    assertThat(present("ESCO", 2, "SKILL_GROUP")).isEqualTo(640);
    assertThat(present("ISCO08", 1, "ISCO_GROUP")).isEqualTo(619);
    assertThat(present("ROME", 1, "OCCUPATION")).isEqualTo(532);
    assertThat(present("ROME", 2, "OCCUPATION")).isEqualTo(1584);
    assertThat(present("ROME", 2, "JOB_TITLE")).isEqualTo(13_120);
    assertThat(present("COMPETENT", 1, "SKILL")).isEqualTo(7963);
    // Relation files: one relation per row (the occupation hierarchy per release).
    assertThat(relations("ESCO", 1, "r.type IN ('ESSENTIAL_SKILL', 'OPTIONAL_SKILL')"))
        .isEqualTo(123_855);
    assertThat(
            relations("ESCO", 1, "r.type = 'BROADER' AND f.kind IN ('OCCUPATION', 'ISCO_GROUP')"))
        .isEqualTo(3617);
    assertThat(
            relations("ESCO", 2, "r.type = 'BROADER' AND f.kind IN ('OCCUPATION', 'ISCO_GROUP')"))
        .isEqualTo(3652);
    assertThat(
            relations("ESCO", 3, "r.type = 'BROADER' AND f.kind IN ('OCCUPATION', 'ISCO_GROUP')"))
        .isEqualTo(3648);
    assertThat(relations("ESCO", 1, "r.type = 'BROADER' AND f.kind IN ('SKILL', 'SKILL_GROUP')"))
        .isEqualTo(20_656);
    assertThat(relations("ESCO", 2, "r.type = 'BROADER' AND f.kind IN ('SKILL', 'SKILL_GROUP')"))
        .isEqualTo(20_822);
    assertThat(relations("ROME", 2, "r.type = 'MOBILITY'")).isEqualTo(14_912);
    assertThat(relations("ROME", 2, "r.type LIKE '%_MATCH'")).isEqualTo(11_118);
    assertThat(relations("COMPETENT", 1, "r.type LIKE '%_MATCH'")).isEqualTo(11_183);
    assertThat(relations("ISCO08", 1, "r.type = 'BROADER'")).isEqualTo(619 - 10);
    Map<String, Integer> collections = new LinkedHashMap<>();
    jdbc.query(
        "SELECT collection, COUNT(*) FROM ref_collection_member WHERE first_seq <= 3"
            + " AND (last_seq IS NULL OR last_seq >= 3) GROUP BY collection ORDER BY collection",
        rs -> {
          collections.put(rs.getString(1), rs.getInt(2));
        });
    assertThat(collections)
        .containsExactly(
            Map.entry("digcomp", 25),
            Map.entry("digital", 1284),
            Map.entry("green", 629),
            Map.entry("language", 359),
            Map.entry("research_occupations", 122),
            Map.entry("research_skills", 40),
            Map.entry("transversal", 95));
    assertThat(count("SELECT COUNT(*) FROM ref_concept WHERE first_seq IS NULL"))
        .as("placeholders for the 37 accepted gaps of known_gaps.csv")
        .isEqualTo(37);
  }

  @Test
  void loadingTheShippedReleasesAgainIsANoOp() {
    int labels = count("SELECT COUNT(*) FROM ref_label");
    ImportReport again = importer.importShipped();
    assertThat(again.releases())
        .hasSize(7)
        .allSatisfy(r -> assertThat(r.outcome()).isEqualTo(ImportReport.Outcome.ALREADY_LOADED));
    assertThat(count("SELECT COUNT(*) FROM ref_label")).isEqualTo(labels);
  }

  @Test
  void theEsco111To120DiffReproducesTheDocumentedFacts() {
    ReleaseDiff d = releases.diff(Scheme.ESCO, "1.1.1", "1.2.0", ConceptKind.OCCUPATION, false);
    ReleaseDiff.KindSummary s = d.summary().kinds().get("occupation");
    assertThat(s.added()).isEqualTo(35);
    assertThat(s.deprecated()).isEqualTo(3);
    assertThat(s.relabelled()).containsEntry("en", 15);
    assertThat(s.codesChanged()).isEqualTo(15);
    assertThat(s.iscoGroupsChanged()).isEqualTo(14);
    assertThat(s.descriptionsChanged()).isEqualTo(63);
    assertThat(s.alternativesChanged()).containsEntry("en", 2799);
    assertThat(d.deprecated())
        .extracting(ReleaseDiff.ConceptChange::label)
        .containsExactly(
            "contact tracing agent",
            "fruit and vegetable preserver",
            "residential care home worker");
    assertThat(d.relabelled())
        .extracting(ReleaseDiff.Relabel::before, ReleaseDiff.Relabel::after)
        .contains(
            tuple("handyman", "handyperson"),
            tuple("ICT security engineer", "cyber incident responder"),
            tuple("cytology screener", "cytotechnologist"));
    assertThat(d.added())
        .extracting(ReleaseDiff.ConceptChange::label)
        .contains("IoT developer", "web designer", "tow truck driver");
    assertThat(d.codeChanges())
        .contains(
            new ReleaseDiff.CodeChange(
                ESCO_OCC + "1d4a4baf-4073-43bd-ac72-ff7d443273ff",
                ConceptKind.OCCUPATION,
                "disc jockey",
                "code",
                "2659.2.2",
                "2652.6"),
            new ReleaseDiff.CodeChange(
                ESCO_OCC + "1d4a4baf-4073-43bd-ac72-ff7d443273ff",
                ConceptKind.OCCUPATION,
                "disc jockey",
                "iscoGroup",
                "2659",
                "2652"));

    ReleaseDiff next = releases.diff(Scheme.ESCO, "1.2.0", "1.2.1", ConceptKind.OCCUPATION, false);
    ReleaseDiff.KindSummary n = next.summary().kinds().get("occupation");
    assertThat(n.added()).isZero();
    assertThat(n.deprecated()).isZero();
    assertThat(next.relabelled())
        .singleElement()
        .extracting(
            ReleaseDiff.Relabel::language, ReleaseDiff.Relabel::before, ReleaseDiff.Relabel::after)
        .containsExactly("en", "Smart City consultant", "smart city consultant");
    assertThat(n.iscoGroupsChanged()).isEqualTo(1);
    assertThat(n.codesChanged()).isZero();
    assertThat(n.descriptionsChanged()).isEqualTo(368);
    assertThat(n.alternativesChanged()).containsEntry("en", 142);
  }

  @Test
  void everyOccupationCarriesTheDigCompSetWithRelevanceFromItsSkills() {
    assertThat(digital(WELDER))
        .as("no skill of a welder lies under a DigComp competence: all baseline")
        .containsExactly(
            "ICT safety: baseline",
            "digital communication and collaboration: baseline",
            "digital content creation: baseline",
            "digital data processing: baseline",
            "problem-solving with digital tools: baseline");
    assertThat(reference.digitalSkills(WELDER).orElseThrow().digitalCollectionSkills())
        .extracting(c -> c.labels().get("en"))
        .containsExactly(
            "3D printing process",
            "automation technology",
            "cutting technologies",
            "maintain robotic equipment",
            "operate 3D computer graphics software",
            "operate automated process control",
            "printing on large scale machines",
            "robotics");

    assertThat(digital(WEB_DEVELOPER))
        .containsExactly(
            "ICT safety: baseline",
            "digital communication and collaboration: baseline",
            "digital content creation: essential",
            "  computer programming: essential via [computer programming, web programming]",
            "  integrate and re-elaborate digital content: optional via [conduct content quality assurance]",
            "digital data processing: baseline",
            "problem-solving with digital tools: optional",
            "  creatively use digital technologies: optional via [develop creative ideas]",
            "  identify technological needs: optional via [adapt to changes in technological development plans]");

    assertThat(digital(OFFICE_CLERK))
        .containsExactly(
            "ICT safety: optional",
            "  protect personal data and privacy: optional via [respect data protection principles]",
            "digital communication and collaboration: optional",
            "  manage digital identity: optional via [respect data protection principles, use software for data preservation]",
            "digital content creation: essential",
            "  integrate and re-elaborate digital content: essential via [align content with form]",
            "digital data processing: baseline",
            "problem-solving with digital tools: baseline");

    DigitalSkills set = reference.digitalSkills(OFFICE_CLERK).orElseThrow();
    assertThat(set.areas()).hasSize(5);
    assertThat(set.areas().stream().mapToInt(a -> a.competences().size()).sum()).isEqualTo(20);
  }

  /**
   * The areas with their relevance, and each non-baseline competence with the skills leading to it.
   */
  private List<String> digital(String occupation) {
    List<String> out = new java.util.ArrayList<>();
    for (DigitalSkills.Area a : reference.digitalSkills(occupation).orElseThrow().areas()) {
      out.add(a.area().labels().get("en") + ": " + a.relevance());
      for (DigitalSkills.Competence c : a.competences()) {
        if (!c.relevance().equals("baseline")) {
          out.add(
              "  "
                  + c.competence().labels().get("en")
                  + ": "
                  + c.relevance()
                  + " via "
                  + c.via().stream().map(v -> v.labels().get("en")).toList());
        }
      }
    }
    return out;
  }

  @Test
  void competenceSetsGroupSkillsUnderTheLevelTwoGroupsOfTheSkillsHierarchy() {
    List<CompetenceSet> sets = reference.competenceSets();
    assertThat(sets)
        .as(
            "the 134 level-2 groups that hold skills, and 'languages' (level 1) for 70 language"
                + " skills that sit directly under it")
        .hasSize(135)
        .filteredOn(s -> !s.group().code().matches("[A-Z][0-9]+\\.[0-9]+|[0-9]{3}"))
        .extracting(CompetenceSet::id, s -> s.labels().get("en"))
        .containsExactly(tuple("set:L2", "classical languages"));
    assertThat(sets).allSatisfy(s -> assertThat(s.labels()).containsKeys("en", "nl"));
    CompetenceSet negotiating = reference.competenceSet("set:S1.1");
    assertThat(negotiating.labels())
        .containsEntry("en", "negotiating")
        .containsEntry("nl", "onderhandelen");
    assertThat(negotiating.skillMembers())
        .extracting(m -> m.labels().get("en"))
        .contains("conclude business agreements", "develop licensing agreements");
    ConceptProfile kn177 = reference.skill("competent:KN-177");
    ConceptProfile conservation = reference.skill(CONSERVATION_TECHNIQUES);
    assertThat(kn177.competenceSets())
        .as("KN-177's only ESCO match is broad, which does not count")
        .isEmpty();
    assertThat(conservation.competenceSets()).isNotEmpty();
  }

  @Test
  void aDeprecatedOrUnknownCodeIsRefusedWithTheReason() {
    CodeCheck tracing =
        reference.check(Scheme.ESCO, CONTACT_TRACING_AGENT, "1.1.1", CodeUse.OCCUPATION);
    assertThat(tracing.status()).isEqualTo(CodeCheck.Status.DEPRECATED);
    assertThat(tracing.acceptable()).isFalse();
    assertThat(tracing.problemCode()).isEqualTo("deprecated-code");
    assertThat(tracing.reason())
        .isEqualTo(
            "'contact tracing agent' is deprecated since ESCO 1.2.0; no replacement is known in ESCO 1.2.1");
    CodeCheck unknown =
        reference.check(
            Scheme.ESCO,
            ESCO_OCC + "00000000-0000-4000-8000-000000000000",
            "1.2.0",
            CodeUse.OCCUPATION);
    assertThat(unknown.status()).isEqualTo(CodeCheck.Status.UNKNOWN);
    assertThat(unknown.problemCode()).isEqualTo("unknown-code");
    assertThat(reference.check(Scheme.ESCO, WELDER, "1.2.0", CodeUse.OCCUPATION).status())
        .isEqualTo(CodeCheck.Status.OK);
    assertThat(reference.check(Scheme.ROME, "H2913", "4.0", CodeUse.OCCUPATION).status())
        .isEqualTo(CodeCheck.Status.OK);
    assertThat(reference.check(Scheme.ISCO08, "7212", "2008", CodeUse.OCCUPATION).status())
        .isEqualTo(CodeCheck.Status.OK);
    assertThat(reference.check(Scheme.COMPETENT, "KN-10", "3.8", CodeUse.COMPETENCE).status())
        .isEqualTo(CodeCheck.Status.OK);
  }

  @Test
  void romeM1805TranslatesToEscoOneToManyWithTheRelationOfItsJobTitles() {
    Crosswalk c = reference.crosswalk("rome:M1805", Scheme.ESCO);
    assertThat(c.matches())
        .extracting(m -> m.target().labels().get("en"), CrosswalkMatch::relation)
        .containsExactly(
            tuple("numerical tool and process control programmer", "exactMatch"),
            tuple("software analyst", "closeMatch"),
            tuple("software developer", "closeMatch"),
            tuple("ICT application configurator", "closeMatch"),
            tuple("ICT system developer", "closeMatch"),
            tuple("system configurator", "closeMatch"),
            tuple("computer scientist", "broadMatch"));
    assertThat(c.matches().get(0).via())
        .extracting(v -> v.concept().id(), CrosswalkMatch.Via::relation)
        .containsExactly(tuple("rome:18189", "closeMatch"), tuple("rome:18191", "exactMatch"));
    assertThat(c.matches()).allSatisfy(m -> assertThat(m.mapping()).isEqualTo("ROME 4.0"));
  }

  @Test
  void competentAndEscoTranslateBothWaysWithTheRelationReadFromTheSource() {
    assertThat(reference.crosswalk("competent:KN-177", Scheme.ESCO).matches())
        .extracting(m -> m.target().id(), CrosswalkMatch::relation)
        .containsExactly(tuple(CONSERVATION_TECHNIQUES, "broadMatch"));
    assertThat(reference.crosswalk(CONSERVATION_TECHNIQUES, Scheme.COMPETENT).matches())
        .extracting(m -> m.target().id(), CrosswalkMatch::relation)
        .containsExactly(
            tuple("competent:SK-8841", "closeMatch"),
            tuple("competent:KN-5401", "narrowMatch"),
            tuple("competent:KN-177", "narrowMatch"));
    assertThat(reference.crosswalk("competent:KN-10", Scheme.ESCO).matches())
        .extracting(m -> m.target().labels().get("en"), CrosswalkMatch::relation)
        .containsExactly(tuple("physiology of animals", "exactMatch"));
    assertThat(reference.crosswalk(WELDER, Scheme.ISCO08).matches())
        .extracting(m -> m.target().id(), CrosswalkMatch::relation)
        .containsExactly(tuple("isco:7212", "broader"));
    assertThat(reference.crosswalk("isco:7212", Scheme.ESCO).matches())
        .extracting(m -> m.target().labels().get("en"))
        .contains("welder", "electron beam welder");
  }

  @Test
  void autocompleteIsPrefixAccentAndCaseInsensitiveTolerantOfATypoInEveryLanguage() {
    assertThat(first("vrachtw", Language.NL)).isEqualTo("vrachtwagenchauffeur");
    assertThat(first("Lastkraft", Language.DE))
        .isEqualTo("Lastkraftwagenfahrer/Lastkraftwagenfahrerin");
    assertThat(first("WELDER", Language.EN)).isEqualTo("welder");
    assertThat(labels("ecole", Language.FR)).anyMatch(l -> l.contains("école"));
    assertThat(labels("ECOLE", null)).isEqualTo(labels("école", null));
    assertThat(labels("lasr", Language.NL)).contains("lasser");
    assertThat(
            reference.autocomplete("souderu", Language.FR, EnumSet.of(SuggestType.OCCUPATION), 10))
        .first()
        .satisfies(
            s -> {
              assertThat(s.label()).isEqualTo("soudeur/soudeuse");
              assertThat(s.fuzzy()).isTrue();
              assertThat(s.id()).isEqualTo(WELDER);
            });
    assertThat(reference.autocomplete("soudeur", null, EnumSet.of(SuggestType.ROME), 10))
        .isNotEmpty()
        .allSatisfy(s -> assertThat(s.scheme()).isEqualTo(Scheme.ROME));
    assertThat(reference.autocomplete("M1805", null, null, 5))
        .first()
        .extracting(Suggestion::id)
        .isEqualTo("rome:M1805");
    assertThat(
            reference.autocomplete(
                "physiologie anim", Language.FR, EnumSet.of(SuggestType.COMPETENT), 5))
        .extracting(Suggestion::id)
        .contains("competent:KN-10");
  }

  private String first(String q, Language lang) {
    return reference.autocomplete(q, lang, null, 10).get(0).label();
  }

  private List<String> labels(String q, Language lang) {
    return reference.autocomplete(q, lang, null, 10).stream().map(Suggestion::label).toList();
  }
}
