package be.synerjob.hub.eures;

import static org.assertj.core.api.Assertions.assertThat;

import be.synerjob.hub.channel.EuresCodes;
import be.synerjob.hub.channel.PositionOpeningWriter;
import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.core.Region;
import be.synerjob.hub.vacancy.CodeScheme;
import be.synerjob.hub.vacancy.ContractType;
import be.synerjob.hub.vacancy.Vacancy;
import be.synerjob.hub.vacancy.VacancyStatus;
import be.synerjob.hub.vacancy.WorkRegime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The EURES view, the mapping onto EURES codes, the reasons, and the schema. */
class EuresMappingTests {

  static final String WELDER =
      "http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b";
  static final String DRIVER =
      "http://data.europa.eu/esco/occupation/45037d43-a8f5-4f46-b332-b2935bc305f4";

  /** A crosswalk table: ROME N4101 and Competent OP-410 → the driver; ISCO groups of both. */
  static final EuresMapping.Occupations TABLE =
      new EuresMapping.Occupations() {
        @Override
        public Optional<String> toEsco(CodeScheme scheme, String code) {
          return Optional.ofNullable(
              Map.of("rome:N4101", DRIVER, "competent:OP-410", DRIVER)
                  .get(scheme.prefix() + ":" + code));
        }

        @Override
        public Optional<String> iscoOf(String escoUri) {
          return Optional.ofNullable(Map.of(WELDER, "7212", DRIVER, "8332").get(escoUri));
        }
      };

  static Vacancy vacancy(List<Vacancy.OccupationCode> occupations) {
    return Vacancy.builder()
        .id(UUID.fromString("00000000-0000-4000-8000-000000000001"))
        .member("VDAB")
        .reference("VDAB-1")
        .status(VacancyStatus.OPEN)
        .language("nl")
        .title("Lasser (m/v/x)")
        .description("Wij zoeken een lasser & een <helper>.")
        .occupations(occupations)
        .employer(new Vacancy.Employer("Metaal Peeters NV", "0403.170.701", false))
        .workplace(new Vacancy.Workplace("9000", "Gent", "44021", Region.FLANDERS, "BE234"))
        .contractType(ContractType.PERMANENT)
        .workRegime(WorkRegime.FULL_TIME)
        .languages(List.of(new Vacancy.LanguageRequirement("nl", "B2")))
        .numberOfPosts(2)
        .validThrough(LocalDate.of(2027, 2, 28))
        .application(
            new Vacancy.Application("https://jobs.example.be/1", null, null, null, null, null))
        .exchange(new Vacancy.ExchangeFlags(true, false, true))
        .build();
  }

  static Vacancy.OccupationCode code(CodeScheme s, String c) {
    return new Vacancy.OccupationCode(s, c, null);
  }

  // ------------------------------------------------------------------------------ code lists

  static Stream<Arguments> contracts() {
    return Stream.of(
        Arguments.of(ContractType.PERMANENT, "DirectHire"),
        Arguments.of(ContractType.FIXED_TERM, "Temporary"),
        Arguments.of(ContractType.TEMPORARY_AGENCY, "Temporary"),
        Arguments.of(ContractType.REPLACEMENT, "Temporary"),
        Arguments.of(ContractType.STUDENT, "Temporary"),
        Arguments.of(ContractType.APPRENTICESHIP, "Apprenticeship"),
        Arguments.of(ContractType.SEASONAL, "Seasonal"),
        Arguments.of(ContractType.FREELANCE, "SelfEmployed"),
        Arguments.of(ContractType.FLEXI_JOB, "OnCall"));
  }

  @ParameterizedTest
  @MethodSource("contracts")
  void contractTypesMapOntoCl37(ContractType c, String code) {
    assertThat(EuresCodes.offering(c)).isEqualTo(code);
    assertThat(EuresCodes.CL37_OFFERING).contains(code);
    var r =
        EuresMapping.map(
            vacancy(List.of(code(CodeScheme.ESCO, WELDER))).toBuilder().contractType(c).build(),
            "VDAB",
            true,
            null,
            TABLE);
    assertThat(r.document().offeringType()).isEqualTo(code);
    assertThat(EuresSchema.errors(PositionOpeningWriter.toXml(r.document()))).isEmpty();
  }

  @Test
  void everyContractTypeHasACode() {
    for (ContractType c : ContractType.values()) {
      assertThat(EuresCodes.offering(c)).as(c.name()).isIn(EuresCodes.CL37_OFFERING);
    }
  }

  @ParameterizedTest
  @EnumSource(WorkRegime.class)
  void regimesMapOntoCl38(WorkRegime r) {
    String expected =
        switch (r) {
          case FULL_TIME -> "FullTime";
          case PART_TIME -> "PartTime";
          case FULL_OR_PART_TIME -> "Any";
        };
    assertThat(EuresCodes.schedule(r)).isEqualTo(expected).isIn(EuresCodes.CL38_SCHEDULE);
  }

  // ------------------------------------------------------------------------------ occupations

  static Stream<Arguments> occupations() {
    return Stream.of(
        // the vacancy's ESCO occupation wins; its ISCO group comes from the reference
        Arguments.of(
            List.of(code(CodeScheme.ESCO, WELDER), code(CodeScheme.ROME, "N4101")),
            null,
            WELDER,
            "7212"),
        // a given ISCO group is kept beside the ESCO code
        Arguments.of(
            List.of(code(CodeScheme.ISCO08, "7214"), code(CodeScheme.ESCO, WELDER)),
            null,
            WELDER,
            "7214"),
        // the automatic coding comes before a crosswalk
        Arguments.of(List.of(code(CodeScheme.ROME, "N4101")), WELDER, WELDER, "7212"),
        // ROME → ESCO
        Arguments.of(List.of(code(CodeScheme.ROME, "N4101")), null, DRIVER, "8332"),
        // Competent → ESCO, after a ROME code without crosswalk
        Arguments.of(
            List.of(code(CodeScheme.ROME, "K2111"), code(CodeScheme.COMPETENT, "OP-410")),
            null,
            DRIVER,
            "8332"),
        // ISCO-08 alone is enough
        Arguments.of(List.of(code(CodeScheme.ISCO08, "8332")), null, null, "8332"),
        // an ESCO skill is not an occupation; no crosswalk for the ROME code: not expressible
        Arguments.of(List.of(code(CodeScheme.ROME, "K2111")), null, null, null),
        // a 2-digit ISCO group is too coarse for EURES
        Arguments.of(List.of(code(CodeScheme.ISCO08, "83")), null, null, null),
        Arguments.of(List.of(), null, null, null));
  }

  @ParameterizedTest
  @MethodSource("occupations")
  void occupationsAreCodedWithEscoOrIsco(
      List<Vacancy.OccupationCode> codes, String coded, String esco, String isco) {
    var r = EuresMapping.map(vacancy(codes), "VDAB", true, coded, TABLE);
    var cats = r.document().categories();
    if (esco == null && isco == null) {
      assertThat(r.expressible()).isFalse();
      assertThat(r.problems())
          .extracting(EuresMapping.Problem::field, EuresMapping.Problem::code)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("occupations", "no-esco-or-isco-code"));
      assertThat(cats).isEmpty();
      return;
    }
    assertThat(r.problems()).isEmpty();
    if (esco != null) {
      assertThat(cats.get(0).code()).isEqualTo(esco);
      assertThat(cats.get(0).listName()).isEqualTo("ESCO_Occupations");
      assertThat(cats.get(0).listVersionId()).isEqualTo("ESCOv1");
    }
    assertThat(cats.get(cats.size() - 1).code()).isEqualTo(isco);
    assertThat(cats.get(cats.size() - 1).listName()).isEqualTo("ISCO2008");
    assertThat(cats.get(cats.size() - 1).listVersionId()).isEqualTo("2008");
  }

  @Test
  void theReasonNamesTheCodesTried() {
    var r =
        EuresMapping.map(
            vacancy(List.of(code(CodeScheme.ROME, "K2111"))), "VDAB", true, null, TABLE);
    assertThat(r.problems().get(0).reason()).contains("rome:K2111");
  }

  // ------------------------------------------------------------------------------ other reasons

  static Stream<Arguments> reasons() {
    Vacancy ok = vacancy(List.of(code(CodeScheme.ESCO, WELDER)));
    return Stream.of(
        Arguments.of(ok.toBuilder().validThrough(null).build(), "validThrough", "no-closing-date"),
        Arguments.of(
            ok.toBuilder()
                .workplace(new Vacancy.Workplace("9000", "Gent", null, null, null))
                .build(),
            "workplace.nuts3",
            "no-nuts-region"),
        Arguments.of(ok.toBuilder().language("ar").build(), "language", "not-a-eures-language"),
        Arguments.of(ok.toBuilder().contractType(null).build(), "contractType", "no-eures-code"));
  }

  @ParameterizedTest
  @MethodSource("reasons")
  void aVacancyThatCannotBeExpressedGetsAPreciseReason(Vacancy v, String field, String code) {
    var r = EuresMapping.map(v, "VDAB", true, null, TABLE);
    assertThat(r.expressible()).isFalse();
    assertThat(r.problems()).hasSize(1);
    assertThat(r.problems().get(0).field()).isEqualTo(field);
    assertThat(r.problems().get(0).code()).isEqualTo(code);
    assertThat(r.problems().get(0).reason()).isNotBlank();
  }

  // ------------------------------------------------------------------------------ document

  @Test
  void theDocumentCarriesTheProfileAndValidatesAgainstTheSchema() {
    var r =
        EuresMapping.map(
            vacancy(List.of(code(CodeScheme.ESCO, WELDER))), "Flemish PES", true, null, TABLE);
    assertThat(r.problems()).isEmpty();
    String xml = PositionOpeningWriter.toXml(r.document());
    assertThat(EuresSchema.errors(xml)).isEmpty();
    assertThat(xml)
        .contains("<DocumentID schemeID=\"SJH-VACANCY\"")
        .contains("schemeVersionID=\"1.3\">00000000-0000-4000-8000-000000000001</DocumentID>")
        .contains("<PositionOpeningStatusCode name=\"Active\">Active</PositionOpeningStatusCode>")
        .contains("<PartyName>Flemish PES</PartyName>")
        .contains("<PositionProfile languageCode=\"nl\">")
        .contains("<PostingOptionCode>EURESFlag</PostingOptionCode>")
        .contains("<PositionTitle>Lasser (m/v/x)</PositionTitle>")
        .contains("<oa:CityName>Gent</oa:CityName>")
        .contains(
            "listName=\"EURES_CountrySubdivisionCodes\" listVersionID=\"2021-Level-3\">BE234<")
        .contains("<CountryCode>BE</CountryCode><oa:PostalCode>9000</oa:PostalCode>")
        .contains("<OrganizationName>Metaal Peeters NV</OrganizationName>")
        .contains(">0403170701</OrganizationLegalID>")
        .contains("<PositionOpenQuantity>2</PositionOpenQuantity>")
        .contains("listName=\"ESCO_Occupations\" listVersionID=\"ESCOv1\"")
        .contains(">" + WELDER + "</JobCategoryCode>")
        .contains(">7212</JobCategoryCode>")
        .contains(">DirectHire</PositionOfferingTypeCode>")
        .contains("<Content>Wij zoeken een lasser &amp; een &lt;helper&gt;.</Content>")
        .contains("<WorkingLanguageCode>NL</WorkingLanguageCode>")
        .contains(">FullTime</PositionScheduleTypeCode>")
        .contains("<ApplicationCloseDate>2027-02-28</ApplicationCloseDate>");
  }

  @Test
  void aClosedDocumentValidatesEvenWithoutOccupation() {
    var r = EuresMapping.map(vacancy(List.of()), "VDAB", false, null, TABLE);
    String xml = PositionOpeningWriter.toXml(r.document());
    assertThat(xml).contains(">Closed</PositionOpeningStatusCode>");
    assertThat(EuresSchema.errors(xml)).isEmpty();
  }

  @Test
  void theSchemaRefusesWhatTheProfileForbids() {
    String xml =
        PositionOpeningWriter.toXml(
            EuresMapping.map(
                    vacancy(List.of(code(CodeScheme.ESCO, WELDER))), "VDAB", true, null, TABLE)
                .document());
    assertThat(EuresSchema.errors(xml.replace(">DirectHire<", ">Permanent<"))).isNotEmpty();
    assertThat(EuresSchema.errors(xml.replace(">FullTime<", ">Fulltime<"))).isNotEmpty();
    assertThat(EuresSchema.errors(xml.replace("2027-02-28", "28/02/2027"))).isNotEmpty();
    assertThat(EuresSchema.errors(xml.replace("<PositionTitle>Lasser (m/v/x)</PositionTitle>", "")))
        .isNotEmpty();
    // elements out of the profile's order
    String swapped =
        xml.replace("<WorkingLanguageCode>NL</WorkingLanguageCode>", "")
            .replace(
                "<ApplicationCloseDate>",
                "<WorkingLanguageCode>NL</WorkingLanguageCode><ApplicationCloseDate>");
    assertThat(EuresSchema.errors(swapped)).isNotEmpty();
    assertThat(EuresSchema.errors(xml.replace("http://www.hr-xml.org/3", "urn:other")))
        .isNotEmpty();
  }

  // ------------------------------------------------------------------------------ the view

  static final EuresAgreement IN_FORCE =
      new EuresAgreement(
          MemberCode.VDAB, true, LocalDate.of(2026, 1, 1), "EURES-", Instant.EPOCH, "t");

  static Stream<Arguments> view() {
    LocalDate today = LocalDate.of(2026, 11, 29);
    var future =
        new EuresAgreement(MemberCode.VDAB, true, today.plusDays(1), null, Instant.EPOCH, "t");
    var inactive = new EuresAgreement(MemberCode.VDAB, false, null, null, Instant.EPOCH, "t");
    return Stream.of(
        Arguments.of("VDAB", "R-1", true, true, List.of("API"), IN_FORCE, "NONE"),
        Arguments.of("VDAB", "R-1", false, true, List.of("API"), IN_FORCE, "CLOSED"),
        Arguments.of("VDAB", "R-1", true, false, List.of("API"), IN_FORCE, "NOT_FLAGGED"),
        Arguments.of("VDAB", "R-1", true, true, List.of("API"), null, "NO_AGREEMENT"),
        Arguments.of("VDAB", "R-1", true, true, List.of("API"), inactive, "AGREEMENT_NOT_IN_FORCE"),
        Arguments.of("VDAB", "R-1", true, true, List.of("API"), future, "AGREEMENT_NOT_IN_FORCE"),
        // from EURES: the member's marked references, the EURES channel, a EURES inbound member
        Arguments.of("VDAB", "EURES-123", true, true, List.of("API"), IN_FORCE, "FROM_EURES"),
        Arguments.of("VDAB", "R-1", true, true, List.of("EURES", "API"), IN_FORCE, "FROM_EURES"),
        Arguments.of("EURES", "R-1", true, true, List.of("API"), IN_FORCE, "FROM_EURES"),
        // from EURES wins over the flag: never back, even flagged
        Arguments.of("VDAB", "EURES-9", true, false, List.of("SFTP"), IN_FORCE, "FROM_EURES"),
        // another member's prefix does not apply without that prefix
        Arguments.of("VDAB", "X-EURES-1", true, true, List.of("SFTP"), IN_FORCE, "NONE"));
  }

  @ParameterizedTest
  @MethodSource("view")
  void theEuresView(
      String member,
      String reference,
      boolean open,
      boolean flag,
      List<String> channels,
      EuresAgreement agreement,
      String expected) {
    var facts = new EuresView.Facts(member, reference, open, flag, channels);
    assertThat(EuresView.exclusion(facts, agreement, Set.of("EURES"), LocalDate.of(2026, 11, 29)))
        .hasToString(expected);
  }

  @Test
  void sinceIsMillisOrAnInstant() {
    assertThat(EuresPull.parseSince("0")).isZero();
    assertThat(EuresPull.parseSince("1764400000123")).isEqualTo(1764400000123L);
    assertThat(EuresPull.parseSince("2026-11-29T05:00:00.123Z"))
        .isEqualTo(Instant.parse("2026-11-29T05:00:00.123Z").toEpochMilli());
  }
}
