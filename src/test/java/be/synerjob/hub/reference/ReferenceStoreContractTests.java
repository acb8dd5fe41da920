package be.synerjob.hub.reference;

import static be.synerjob.hub.reference.ReferenceFixture.DEV;
import static be.synerjob.hub.reference.ReferenceFixture.IOT;
import static be.synerjob.hub.reference.ReferenceFixture.SK_DRIVE;
import static be.synerjob.hub.reference.ReferenceFixture.SK_RETIRED;
import static be.synerjob.hub.reference.ReferenceFixture.SK_TRACE;
import static be.synerjob.hub.reference.ReferenceFixture.SK_WELD;
import static be.synerjob.hub.reference.ReferenceFixture.TRACER;
import static be.synerjob.hub.reference.ReferenceFixture.TRACER2;
import static be.synerjob.hub.reference.ReferenceFixture.TRUCK;
import static be.synerjob.hub.reference.ReferenceFixture.WELDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.synerjob.hub.core.HubException;
import be.synerjob.hub.core.Language;
import be.synerjob.hub.core.ProblemType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reference store's contract on a small fixture data set, run on each database by a subclass:
 * releases load with their manifest's counts, a dropped concept is deprecated with its replacement,
 * diffs come out of the stored release ranges, loading twice changes nothing, corrupt or
 * inconsistent input stops with the file named and leaves no trace, crosswalks read SKOS relations
 * in both directions, and review decisions keep their history.
 */
@SpringBootTest(
    properties = {"hub.demo.enabled=false", "hub.scheduling.enabled=false"},
    webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class ReferenceStoreContractTests {

  static final List<String> TABLES =
      List.of(
          "ref_review",
          "ref_collection_member",
          "ref_relation",
          "ref_label",
          "ref_concept_release",
          "ref_concept",
          "ref_release");

  @Autowired ReferenceImport importer;
  @Autowired Reference reference;
  @Autowired ReferenceReleases releases;
  @Autowired TranslationReviews reviews;
  @Autowired ModelHolder holder;
  @Autowired JdbcTemplate jdbc;

  @TempDir Path dir;

  @BeforeEach
  void emptyReference() {
    jdbc.update("UPDATE ref_concept SET replaced_by = NULL");
    for (String t : TABLES) {
      jdbc.update("DELETE FROM " + t);
    }
    holder.invalidate();
  }

  private ImportReport load(ReferenceFixture fixture) {
    return importer.importFrom(ReferenceFixture.location(fixture.write(dir)));
  }

  private int count(String sql, Object... args) {
    Integer n = jdbc.queryForObject(sql, Integer.class, args);
    return n == null ? 0 : n;
  }

  private Map<String, Integer> rowCounts() {
    Map<String, Integer> m = new LinkedHashMap<>();
    for (String t : TABLES) {
      m.put(t, count("SELECT COUNT(*) FROM " + t));
    }
    return m;
  }

  @Test
  void loadsEveryReleaseInOrderWithTheConceptsItsFilesHold() {
    ImportReport report = load(new ReferenceFixture());

    assertThat(report.releases())
        .extracting(r -> r.scheme() + " " + r.release() + " " + r.outcome() + " " + r.concepts())
        .containsExactly(
            "ISCO08 2008 LOADED 16",
            "ESCO 1.1.1 LOADED 15",
            "ESCO 1.2.0 LOADED 16",
            "ESCO 1.2.1 LOADED 16",
            "ROME 3.46 LOADED 3",
            "ROME 4.0 LOADED 7",
            "COMPETENT 3.8 LOADED 3");
    assertThat(
            count(
                "SELECT COUNT(*) FROM ref_relation WHERE scheme = 'ESCO' AND type IN"
                    + " ('ESSENTIAL_SKILL', 'OPTIONAL_SKILL') AND first_seq = 1"))
        .as("occupation-skill rows of esco_occupation_skills_1.1.1")
        .isEqualTo(5);
    assertThat(reference.releases())
        .filteredOn(r -> r.scheme() == Scheme.ESCO)
        .extracting(ReleaseInfo::release, ReleaseInfo::latest)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("1.1.1", false),
            org.assertj.core.groups.Tuple.tuple("1.2.0", false),
            org.assertj.core.groups.Tuple.tuple("1.2.1", true));
    ReleaseInfo esco111 = releases.release(Scheme.ESCO, "1.1.1");
    assertThat(esco111.files())
        .extracting(ReleaseInfo.FileInfo::name)
        .contains("esco_occupations_1.1.1.csv.gz", "esco_skills_1.1.1.csv.gz");
    assertThat(esco111.files().get(0).sha256()).hasSize(64);
  }

  @Test
  void aConceptKeepsItsIdentityAndLabelsCarryTheReleaseTheyComeFrom() {
    load(new ReferenceFixture());

    Concept truck = reference.find(Scheme.ESCO, TRUCK).orElseThrow();
    assertThat(truck.status()).isEqualTo(ConceptStatus.ACTIVE);
    assertThat(truck.firstRelease()).isEqualTo("1.1.1");
    assertThat(truck.release()).isEqualTo("1.2.1");
    assertThat(truck.labels().get("en"))
        .isEqualTo(
            new LabelSet("cargo vehicle driver", List.of("lorry driver", "truck driver"), "1.2.1"));
    assertThat(truck.labels().get("nl").preferred()).isEqualTo("vrachtwagenchauffeur");
    assertThat(truck.labels().get("nl").release())
        .as("1.2.1 has no Dutch: the 1.2.0 label carries over and says where it comes from")
        .isEqualTo("1.2.0");
    assertThat(truck.labels().get("fr").release()).isEqualTo("1.0.x");
    assertThat(truck.description())
        .isEqualTo("Description of cargo vehicle driver,\nwith a line break.");
    assertThat(reference.find(Scheme.ESCO, DEV).orElseThrow().notation()).isEqualTo("2512.5");
    Concept weld = reference.find(Scheme.ESCO, SK_WELD).orElseThrow();
    assertThat(weld.labels().get("nl"))
        .isEqualTo(new LabelSet("lasapparatuur gebruiken", List.of(), "1.0.3"));
    assertThat(weld.labels().get("en").release()).isEqualTo("1.1.1");
  }

  @Test
  void aDroppedConceptIsDeprecatedWithItsReplacementAndNeverDeleted() {
    load(new ReferenceFixture());

    Concept tracer = reference.find(Scheme.ESCO, TRACER).orElseThrow();
    assertThat(tracer.status()).isEqualTo(ConceptStatus.DEPRECATED);
    assertThat(tracer.deprecatedIn()).isEqualTo("1.2.0");
    assertThat(tracer.release()).as("last release that holds it").isEqualTo("1.1.1");
    assertThat(tracer.replacedBy().id()).isEqualTo(TRACER2);
    assertThat(tracer.labels().get("en").preferred()).isEqualTo("contact tracing agent");

    CodeCheck check = reference.check(Scheme.ESCO, TRACER, "1.1.1", CodeUse.OCCUPATION);
    assertThat(check.status()).isEqualTo(CodeCheck.Status.DEPRECATED);
    assertThat(check.deprecatedIn()).isEqualTo("1.2.0");
    assertThat(check.replacement().id()).isEqualTo(TRACER2);
    assertThat(check.reason())
        .isEqualTo(
            "'contact tracing agent' is deprecated since ESCO 1.2.0; use "
                + TRACER2
                + " (contact tracer)");

    CodeCheck skill = reference.check(Scheme.ESCO, SK_TRACE, null, CodeUse.COMPETENCE);
    assertThat(skill.status()).isEqualTo(CodeCheck.Status.DEPRECATED);
    assertThat(skill.reason()).endsWith("no replacement is known in ESCO 1.2.1");
  }

  @Test
  void checksSayWhatIsWrongWithACode() {
    load(new ReferenceFixture());

    assertThat(reference.check(Scheme.ESCO, WELDER, "1.2.0", CodeUse.OCCUPATION).status())
        .isEqualTo(CodeCheck.Status.OK);
    assertThat(reference.check(Scheme.ROME, "h2913", null, CodeUse.OCCUPATION))
        .extracting(CodeCheck::status, CodeCheck::code, CodeCheck::release)
        .containsExactly(CodeCheck.Status.OK, "H2913", "4.0");
    CodeCheck iot = reference.check(Scheme.ESCO, IOT, "1.1.1", CodeUse.OCCUPATION);
    assertThat(iot.status()).isEqualTo(CodeCheck.Status.UNKNOWN);
    assertThat(iot.reason())
        .isEqualTo("'IoT developer' is not in ESCO 1.1.1; it first appears in 1.2.0");
    CodeCheck unknown = reference.check(Scheme.ROME, "Z9999", null, CodeUse.OCCUPATION);
    assertThat(unknown.status()).isEqualTo(CodeCheck.Status.UNKNOWN);
    assertThat(unknown.reason())
        .isEqualTo(
            "'Z9999' is not a occupation code of ROME (release 4.0)".replace("a occ", "an occ"));
    CodeCheck kind = reference.check(Scheme.ESCO, SK_WELD, null, CodeUse.OCCUPATION);
    assertThat(kind.status()).isEqualTo(CodeCheck.Status.WRONG_KIND);
    assertThat(kind.reason()).isEqualTo("'use welding equipment' is a skill, not an occupation");
    CodeCheck release = reference.check(Scheme.ESCO, WELDER, "1.3.0", CodeUse.OCCUPATION);
    assertThat(release.status()).isEqualTo(CodeCheck.Status.UNKNOWN_RELEASE);
    assertThat(release.reason())
        .isEqualTo("release '1.3.0' of ESCO is not loaded; loaded releases: 1.1.1, 1.2.0, 1.2.1");
    CodeCheck competentOccupation =
        reference.check(Scheme.COMPETENT, "OP-410", "3.8", CodeUse.OCCUPATION);
    assertThat(competentOccupation.status()).isEqualTo(CodeCheck.Status.UNCHECKED);
    assertThat(competentOccupation.acceptable()).isTrue();
    assertThat(reference.check(Scheme.COMPETENT, "kn-1", "3.8", CodeUse.COMPETENCE).status())
        .isEqualTo(CodeCheck.Status.OK);
  }

  @Test
  void aDiffListsAddedDeprecatedRelabelledAndRenumberedConcepts() {
    load(new ReferenceFixture());

    ReleaseDiff d = releases.diff(Scheme.ESCO, "1.1.1", "1.2.0", ConceptKind.OCCUPATION, false);
    assertThat(d.added())
        .extracting(ReleaseDiff.ConceptChange::label)
        .containsExactly("IoT developer", "contact tracer");
    assertThat(d.deprecated())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.id()).isEqualTo(TRACER);
              assertThat(c.replacedBy().id()).isEqualTo(TRACER2);
            });
    assertThat(d.relabelled())
        .containsExactly(
            new ReleaseDiff.Relabel(
                TRUCK, ConceptKind.OCCUPATION, "en", "lorry driver", "cargo vehicle driver"));
    assertThat(d.codeChanges())
        .containsExactly(
            new ReleaseDiff.CodeChange(
                DEV, ConceptKind.OCCUPATION, "software developer", "code", "2512.4", "2512.5"));
    ReleaseDiff.KindSummary s = d.summary().kinds().get("occupation");
    assertThat(s.labelsAdded())
        .containsEntry("nl", 3)
        .containsEntry("de", 3)
        .containsEntry("fr", 2);
    assertThat(s.alternativesChanged()).containsEntry("en", 1);
    assertThat(d.labels()).isNull();

    ReleaseDiff next = releases.diff(Scheme.ESCO, "1.2.0", "1.2.1", null, true);
    assertThat(next.added()).isEmpty();
    assertThat(next.deprecated()).isEmpty();
    assertThat(next.relabelled())
        .containsExactly(
            new ReleaseDiff.Relabel(
                DEV, ConceptKind.OCCUPATION, "en", "software developer", "software engineer"));
    assertThat(next.summary().kinds().get("occupation").labelsRemoved())
        .as("Dutch and German are not in 1.2.1 and carry over, they are not removed")
        .containsEntry("nl", 0)
        .containsEntry("de", 0);
    assertThat(next.summary().collectionMembersAdded()).containsExactly(Map.entry("green", 1));
    assertThat(next.relations())
        .contains(new ReleaseDiff.RelationChange("inCollection:green", "added", SK_WELD, "green"));

    ReleaseDiff skills = releases.diff(Scheme.ESCO, "1.1.1", "1.2.0", ConceptKind.SKILL, true);
    assertThat(skills.deprecated())
        .extracting(ReleaseDiff.ConceptChange::id)
        .containsExactly(SK_TRACE);
    assertThat(skills.added())
        .extracting(ReleaseDiff.ConceptChange::label)
        .containsExactly("program IoT devices");

    assertThatThrownBy(() -> releases.diff(Scheme.ESCO, "1.2.0", "1.1.1", null, false))
        .isInstanceOf(HubException.class)
        .hasMessageContaining("release 1.1.1 is not later than 1.2.0");
    assertThatThrownBy(() -> releases.diff(Scheme.ESCO, "1.1.1", "9.9", null, false))
        .isInstanceOf(HubException.class)
        .hasMessage("ESCO has no loaded release '9.9'; loaded: 1.1.1, 1.2.0, 1.2.1");
  }

  @Test
  void loadingTheSameReleasesTwiceChangesNothing() {
    load(new ReferenceFixture());
    Map<String, Integer> before = rowCounts();

    ImportReport again = importer.importFrom(ReferenceFixture.location(dir));

    assertThat(again.releases())
        .extracting(ImportReport.Release::outcome)
        .containsOnly(ImportReport.Outcome.ALREADY_LOADED);
    assertThat(again.loadedAny()).isFalse();
    assertThat(rowCounts()).isEqualTo(before);
  }

  @Test
  void aCorruptFileStopsTheImportBeforeAnythingIsWrittenAndNamesTheFile() {
    new ReferenceFixture().write(dir);
    ReferenceFixture.flipByte(dir, "esco_skills_1.1.1.csv.gz");

    assertThatThrownBy(() -> importer.importFrom(ReferenceFixture.location(dir)))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessageStartingWith("esco_skills_1.1.1.csv.gz has SHA-256 ")
        .hasMessageEndingWith(": the file is corrupt or was altered");
    assertThat(rowCounts()).containsOnlyKeys(TABLES).allSatisfy((t, n) -> assertThat(n).isZero());
  }

  @Test
  void aTruncatedFileStopsTheImportAndNamesTheFile() {
    new ReferenceFixture().write(dir);
    ReferenceFixture.truncate(dir, "rome_codes.csv.gz");

    assertThatThrownBy(() -> importer.importFrom(ReferenceFixture.location(dir)))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessageStartingWith("rome_codes.csv.gz has ")
        .hasMessageEndingWith(
            "bytes but the manifest says "
                + sizeOfRomeCodes()
                + ": the file is truncated or was altered");
    assertThat(count("SELECT COUNT(*) FROM ref_release")).isZero();
  }

  private long sizeOfRomeCodes() {
    Path fresh = dir.resolve("fresh");
    new ReferenceFixture().write(fresh);
    return fresh.resolve("rome_codes.csv.gz").toFile().length();
  }

  @Test
  void aMappingToAConceptNoReleaseHoldsFailsItsReleaseWhichLeavesNoTrace() {
    String ghost = ReferenceFixture.OCC + "99999999-0000-4000-8000-000000000000";
    ReferenceFixture fixture =
        new ReferenceFixture()
            .addRow(
                "rome_esco_mapping.csv.gz",
                "12345",
                "Chauffeur",
                "N4101",
                "N4101",
                ghost,
                "fantôme",
                "close",
                "1.0.9",
                "V3.0",
                "V1.4");

    assertThatThrownBy(() -> load(fixture))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessage(
            "rome_esco_mapping.csv.gz line 5: refers to ESCO occupation "
                + ghost
                + ", which no loaded release contains");

    assertThat(
            jdbc.queryForList(
                "SELECT scheme || ' ' || release_id FROM ref_release ORDER BY scheme, seq",
                String.class))
        .as("the releases before ROME 4.0 stay loaded; ROME 4.0 and what follows do not")
        .containsExactly("ESCO 1.1.1", "ESCO 1.2.0", "ESCO 1.2.1", "ISCO08 2008", "ROME 3.46");
    assertThat(count("SELECT COUNT(*) FROM ref_concept WHERE kind = 'JOB_TITLE'")).isZero();
    assertThat(
            count(
                "SELECT COUNT(*) FROM ref_concept_release cr JOIN ref_concept c ON c.id = cr.concept_id WHERE c.scheme = 'ROME' AND cr.seq = 2"))
        .isZero();
    assertThat(
            count(
                "SELECT COUNT(*) FROM ref_label l JOIN ref_concept c ON c.id = l.concept_id WHERE c.scheme = 'ROME' AND l.first_seq = 2"))
        .isZero();
    assertThat(count("SELECT COUNT(*) FROM ref_relation WHERE scheme = 'ROME'")).isZero();
    assertThat(reference.check(Scheme.ROME, "H2913", "4.0", CodeUse.OCCUPATION).status())
        .isEqualTo(CodeCheck.Status.UNKNOWN_RELEASE);
    assertThat(reference.check(Scheme.ROME, "H2913", "3.46", CodeUse.OCCUPATION).status())
        .isEqualTo(CodeCheck.Status.OK);

    // Fixed data: the next import continues where the failed one stopped.
    ImportReport fixed =
        importer.importFrom(
            ReferenceFixture.location(new ReferenceFixture().write(dir.resolve("fixed"))));
    assertThat(fixed.releases())
        .extracting(r -> r.release() + " " + r.outcome())
        .containsExactly(
            "2008 ALREADY_LOADED",
            "1.1.1 ALREADY_LOADED",
            "1.2.0 ALREADY_LOADED",
            "1.2.1 ALREADY_LOADED",
            "3.46 ALREADY_LOADED",
            "4.0 LOADED",
            "3.8 LOADED");
  }

  @Test
  void aRetiredConceptIsAcceptedOnlyWhenListedAsAKnownGap() {
    load(new ReferenceFixture());
    Concept retired = reference.find(Scheme.ESCO, SK_RETIRED).orElseThrow();
    assertThat(retired.status()).isEqualTo(ConceptStatus.DEPRECATED);
    assertThat(retired.firstRelease()).isNull();
    assertThat(retired.attributes())
        .containsEntry("placeholder", "retired before the first loaded release");
    assertThat(releases.release(Scheme.COMPETENT, "3.8").notes())
        .contains("accepted gap: competent_esco_mapping.csv.gz refers to " + SK_RETIRED);

    emptyReference();
    assertThatThrownBy(() -> load(new ReferenceFixture().knownGaps("code,kind,files,reason\n")))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessage(
            "competent_esco_mapping.csv.gz line 4: refers to ESCO skill "
                + SK_RETIRED
                + ", which no loaded release contains");
  }

  @Test
  void crosswalksReadSkosRelationsFromTheSourceInBothDirections() {
    load(new ReferenceFixture());

    Crosswalk rome = reference.crosswalk("rome:M1805", Scheme.ESCO);
    assertThat(rome.matches())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.target().id()).isEqualTo(DEV);
              assertThat(m.relation()).isEqualTo("closeMatch");
              assertThat(m.mapping()).isEqualTo("ROME 4.0");
              assertThat(m.via())
                  .extracting(v -> v.concept().id(), CrosswalkMatch.Via::relation)
                  .containsExactly(org.assertj.core.groups.Tuple.tuple("rome:38053", "closeMatch"));
            });
    assertThat(reference.crosswalk(TRUCK, Scheme.ROME).matches())
        .extracting(m -> m.target().id(), CrosswalkMatch::relation)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("rome:N4101", "exactMatch"));
    assertThat(reference.crosswalk(WELDER, Scheme.ROME).matches())
        .extracting(m -> m.target().id(), CrosswalkMatch::relation)
        .as(
            "the job title is narrower than ESCO's welder, so ESCO's welder is broader: read from ESCO,"
                + " the ROME side is narrower")
        .containsExactly(org.assertj.core.groups.Tuple.tuple("rome:H2913", "broadMatch"));
    assertThat(reference.crosswalk("competent:KN-1", Scheme.ESCO).matches())
        .extracting(m -> m.target().id(), CrosswalkMatch::relation)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(SK_WELD, "broadMatch"));
    assertThat(reference.crosswalk(SK_WELD, Scheme.COMPETENT).matches())
        .extracting(m -> m.target().id(), CrosswalkMatch::relation)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("competent:KN-1", "narrowMatch"));
    assertThat(reference.crosswalk(SK_DRIVE, Scheme.COMPETENT).matches())
        .extracting(m -> m.target().id(), CrosswalkMatch::relation)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("competent:SK-2", "exactMatch"));
    assertThat(reference.crosswalk(WELDER, Scheme.ISCO08).matches())
        .extracting(m -> m.target().id(), CrosswalkMatch::relation)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("isco:7212", "broader"));
    assertThat(reference.crosswalk("isco:25", Scheme.ESCO).matches())
        .extracting(m -> m.target().id())
        .as("one-to-many: the occupations of the unit groups under 25")
        .containsExactly(IOT, DEV);
    assertThatThrownBy(() -> reference.crosswalk("competent:KN-1", Scheme.ROME))
        .isInstanceOf(HubException.class)
        .hasMessage(
            "Parameter 'to': Competent skill competent:KN-1 has no crosswalk to rome; valid values: esco");
  }

  @Test
  void reviewersMarkLabelsOrProposeCorrectionsAndEveryDecisionIsKept() {
    load(new ReferenceFixture());

    TranslationReviews.Page open =
        reviews.queue(
            Scheme.ESCO, ConceptKind.OCCUPATION, Language.NL, "1.2.0", null, null, null, 100);
    assertThat(open.items())
        .extracting(
            i -> i.concept().id(), TranslationReviews.Item::label, TranslationReviews.Item::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(WELDER, "lasser", TranslationReviews.Reason.NEW),
            org.assertj.core.groups.Tuple.tuple(
                TRUCK, "vrachtwagenchauffeur", TranslationReviews.Reason.NEW),
            org.assertj.core.groups.Tuple.tuple(
                DEV, "softwareontwikkelaar", TranslationReviews.Reason.NEW),
            org.assertj.core.groups.Tuple.tuple(
                IOT, "IoT-ontwikkelaar", TranslationReviews.Reason.NEW),
            org.assertj.core.groups.Tuple.tuple(
                TRACER2, "contactopspoorder", TranslationReviews.Reason.NEW))
        .hasSize(open.total());

    TranslationReviews.Decision ok =
        reviews.decide(
            TRUCK,
            "nl",
            TranslationReviews.Action.REVIEWED,
            "vrachtwagenchauffeur",
            null,
            null,
            "VDAB/key:rev1");
    TranslationReviews.Decision missingFr =
        reviews.decide(
            IOT,
            "fr",
            TranslationReviews.Action.PROPOSED,
            null,
            "développeur IoT/développeuse IoT",
            "new in 1.2.0",
            "FOREM/key:rev2");

    assertThat(reviews.queue(Scheme.ESCO, null, Language.NL, null, null, null, null, 100).items())
        .extracting(i -> i.concept().id())
        .doesNotContain(TRUCK);
    assertThat(
            reviews
                .queue(
                    Scheme.ESCO,
                    null,
                    Language.FR,
                    null,
                    TranslationReviews.State.PROPOSED,
                    TranslationReviews.Reason.MISSING,
                    null,
                    10)
                .items())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.concept().id()).isEqualTo(IOT);
              assertThat(i.lastReview().proposedLabel())
                  .isEqualTo("développeur IoT/développeuse IoT");
            });
    assertThatThrownBy(
            () ->
                reviews.decide(
                    TRUCK,
                    "nl",
                    TranslationReviews.Action.REVIEWED,
                    "vrachtrijder",
                    null,
                    null,
                    "VDAB/key:rev1"))
        .isInstanceOf(HubException.class)
        .satisfies(
            e -> assertThat(((HubException) e).problemType()).isEqualTo(ProblemType.CONFLICT))
        .hasMessage(
            "The nl label of "
                + TRUCK
                + " is 'vrachtwagenchauffeur', not 'vrachtrijder'; review the current label");
    assertThatThrownBy(
            () ->
                reviews.decide(
                    TRUCK,
                    "en",
                    TranslationReviews.Action.REVIEWED,
                    "cargo vehicle driver",
                    null,
                    null,
                    "x"))
        .isInstanceOf(HubException.class)
        .hasMessage(
            "Parameter 'language': 'en' is not reviewed for ESCO; valid values: nl, fr, de");

    reviews.decide(
        TRUCK,
        "nl",
        TranslationReviews.Action.PROPOSED,
        "vrachtwagenchauffeur",
        "vrachtwagenbestuurder",
        null,
        "ACTIRIS/key:rev3");
    assertThat(reviews.history(TRUCK, null))
        .extracting(
            TranslationReviews.Decision::action,
            TranslationReviews.Decision::reviewer,
            TranslationReviews.Decision::proposedLabel)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                TranslationReviews.Action.REVIEWED, "VDAB/key:rev1", null),
            org.assertj.core.groups.Tuple.tuple(
                TranslationReviews.Action.PROPOSED, "ACTIRIS/key:rev3", "vrachtwagenbestuurder"));
    assertThat(ok.id()).isLessThan(missingFr.id());
  }

  @Test
  void aReleaseArchiveHoldsItsDataTheDiffFromThePreviousReleaseAndTheReviews() throws Exception {
    load(new ReferenceFixture());
    reviews.decide(
        TRUCK,
        "nl",
        TranslationReviews.Action.REVIEWED,
        "vrachtwagenchauffeur",
        null,
        null,
        "VDAB/key:rev1");
    ByteArrayOutputStream zip = new ByteArrayOutputStream();

    releases.writeArchive(Scheme.ESCO, "1.2.0", zip);

    Map<String, List<String>> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(
            e.getName(),
            List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r\n")));
      }
    }
    assertThat(entries.keySet())
        .containsExactly(
            "README.txt",
            "concepts.csv",
            "labels.csv",
            "relations.csv",
            "collections.csv",
            "reviews.csv",
            "diff-1.1.1-1.2.0.csv",
            "diff-1.1.1-1.2.0.json");
    assertThat(entries.get("concepts.csv")).hasSize(1 + 16);
    assertThat(entries.get("README.txt"))
        .contains("This service uses the ESCO classification of the European Commission.");
    assertThat(entries.get("labels.csv"))
        .contains(TRUCK + ",nl,preferred,vrachtwagenchauffeur,1.2.0");
    assertThat(entries.get("reviews.csv"))
        .hasSize(2)
        .anyMatch(l -> l.startsWith(TRUCK + ",nl,vrachtwagenchauffeur,reviewed,,VDAB/key:rev1,"));
    assertThat(entries.get("diff-1.1.1-1.2.0.csv"))
        .contains("relabelled,occupation," + TRUCK + ",,en,lorry driver,cargo vehicle driver,")
        .contains(
            "deprecated,occupation,"
                + TRACER
                + ",4229.1,en,contact tracing agent,"
                + TRACER2
                + ",replaced by");
    List<String> relations = new ArrayList<>(entries.get("relations.csv"));
    assertThat(relations).contains("broader," + IOT + "," + DEV + ",");
  }
}
