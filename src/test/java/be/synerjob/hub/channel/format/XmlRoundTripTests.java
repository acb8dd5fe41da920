package be.synerjob.hub.channel.format;

import static org.assertj.core.api.Assertions.assertThat;

import be.synerjob.hub.channel.FileFormat;
import be.synerjob.hub.core.Region;
import be.synerjob.hub.vacancy.CodeScheme;
import be.synerjob.hub.vacancy.ContractType;
import be.synerjob.hub.vacancy.EducationLevel;
import be.synerjob.hub.vacancy.IncomingRecord;
import be.synerjob.hub.vacancy.SalaryPeriod;
import be.synerjob.hub.vacancy.Vacancy;
import be.synerjob.hub.vacancy.VacancyJson;
import be.synerjob.hub.vacancy.VacancyStatus;
import be.synerjob.hub.vacancy.WorkRegime;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The XML export, whose EURES profile part the eures module writes, reads back through the hub's
 * own reader without loss, and each of its PositionOpening documents validates against the pinned
 * HR Open 3.2 / EURES 1.3 schema.
 */
class XmlRoundTripTests {

  @Test
  void anExportedVacancyReadsBackUnchangedAndIsValid() throws Exception {
    Vacancy v =
        Vacancy.builder()
            .id(UUID.randomUUID())
            .member("VDAB")
            .reference("VDAB-42")
            .version(3)
            .status(VacancyStatus.OPEN)
            .language("nl")
            .title("Vrachtwagenchauffeur CE")
            .description("Rijden & laden, \"zwaar\" werk.")
            .occupations(
                List.of(
                    new Vacancy.OccupationCode(
                        CodeScheme.ESCO,
                        "http://data.europa.eu/esco/occupation/45037d43-a8f5-4f46-b332-b2935bc305f4",
                        "1.2.0"),
                    new Vacancy.OccupationCode(CodeScheme.ROME, "N4101", null),
                    new Vacancy.OccupationCode(CodeScheme.ISCO08, "8332", "2008")))
            .employer(new Vacancy.Employer("Transport Janssens BV", "0403.170.701", null))
            .workplace(new Vacancy.Workplace("3500", "Hasselt", "71072", Region.FLANDERS, "BE224"))
            .contractType(ContractType.FLEXI_JOB)
            .workRegime(WorkRegime.PART_TIME)
            .hoursPerWeek(new BigDecimal("19"))
            .languages(
                List.of(
                    new Vacancy.LanguageRequirement("nl", "B2"),
                    new Vacancy.LanguageRequirement("fr", null)))
            .educationLevel(EducationLevel.UPPER_SECONDARY)
            .experienceMonths(24)
            .drivingLicences(List.of("B", "CE"))
            .salary(new Vacancy.Salary(new BigDecimal("2800"), null, "EUR", SalaryPeriod.MONTH))
            .numberOfPosts(3)
            .publicationDate(LocalDate.of(2026, 11, 2))
            .validThrough(LocalDate.of(2027, 1, 31))
            .application(
                new Vacancy.Application(
                    "https://jobs.example.be/42", "jobs@example.be", null, "An", null, null))
            .exchange(new Vacancy.ExchangeFlags(true, true, true))
            .sourceUpdatedAt(Instant.parse("2026-11-29T08:15:30Z"))
            .build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XmlWriter w = new XmlWriter(out, false)) {
      w.vacancy(VacancyJson.write(v));
    }
    String xml = out.toString(StandardCharsets.UTF_8);
    assertThat(xml).contains(">OnCall</PositionOfferingTypeCode>").contains(">PartTime<");

    Vacancy back;
    try (var reader =
        Formats.open(
            new ByteArrayInputStream(out.toByteArray()), "x.xml", Formats.Limits.DEFAULT)) {
      IncomingRecord r = reader.next();
      assertThat(r.problems()).isEmpty();
      back = r.vacancy();
    }
    Vacancy expected =
        v.toBuilder()
            .id(null)
            .member(null)
            .version(null)
            .workplace(new Vacancy.Workplace("3500", "Hasselt", null, null, null))
            .build();
    assertThat(back.toBuilder().member(null).build()).isEqualTo(expected);

    // the PositionOpening inside the export's wrapper is a valid EURES document
    int from = xml.indexOf("<PositionOpening ");
    int to = xml.indexOf("</PositionOpening>") + "</PositionOpening>".length();
    String doc =
        xml.substring(from, to)
            .replaceFirst(
                "<PositionOpening ",
                "<PositionOpening xmlns=\"http://www.hr-xml.org/3\""
                    + " xmlns:oa=\"http://www.openapplications.org/oagis/9\""
                    + " xmlns:sjh=\"https://hub.synerjob.be/ns/channel/1\" ");
    var url = getClass().getResource("/eures/hropen-3.2-positionopening-eures-1.3.xsd");
    var schema =
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
            .newSchema(new StreamSource(url.openStream(), url.toExternalForm()));
    schema.newValidator().validate(new StreamSource(new StringReader(doc)));
  }

  /** The source's update time survives each format's export and import, offset included. */
  @ParameterizedTest
  @EnumSource(FileFormat.class)
  void theSourceUpdateTimeSurvivesEveryFormat(FileFormat format) throws Exception {
    Vacancy v =
        be.synerjob.hub.support.TestVacancies.vacancy(
                be.synerjob.hub.core.MemberCode.FOREM, "F-1", "5000", true, false)
            .toBuilder()
            .publicationDate(LocalDate.of(2026, 11, 2))
            .sourceUpdatedAt(Instant.parse("2026-11-29T07:00:00Z"))
            .build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter w = RecordWriter.open(format, false, out)) {
      w.vacancy(VacancyJson.write(v));
    }
    try (var reader =
        Formats.open(
            new ByteArrayInputStream(out.toByteArray()),
            "x." + format.extension(),
            Formats.Limits.DEFAULT)) {
      IncomingRecord r = reader.next();
      assertThat(r.problems()).isEmpty();
      assertThat(r.vacancy().sourceUpdatedAt()).isEqualTo(v.sourceUpdatedAt());
    }
  }

  @Test
  void aSourceUpdateTimeWithoutOffsetIsRejectedNamingTheField() throws Exception {
    String csv =
        "reference;language;title;sourceUpdatedAt\r\nF-2;fr;Soudeur;2026-11-29T08:00:00\r\n";
    try (var reader =
        Formats.open(
            new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
            "x.csv",
            Formats.Limits.DEFAULT)) {
      IncomingRecord r = reader.next();
      assertThat(r.problems())
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.field()).isEqualTo("sourceUpdatedAt");
                assertThat(p.code()).isEqualTo("invalid");
                assertThat(p.reason()).contains("2026-11-29T08:00:00").contains("offset");
              });
    }
  }
}
