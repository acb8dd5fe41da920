package be.synerjob.hub.channel.format;

import be.synerjob.hub.channel.EuresCodes;
import be.synerjob.hub.channel.EuresDocument;
import be.synerjob.hub.channel.PositionOpeningWriter;
import be.synerjob.hub.vacancy.CodeScheme;
import be.synerjob.hub.vacancy.Vacancy;
import be.synerjob.hub.vacancy.VacancyJson;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import tools.jackson.databind.JsonNode;

/**
 * HR Open 3.2 {@code PositionOpening} documents as EURES takes them, inside one {@code
 * sjh:PositionOpenings} wrapper. The EURES profile part is written by the channel's public {@link
 * PositionOpeningWriter}; this writer adds the qualifications and the hub's {@code UserArea}. What
 * EURES's code lists cannot say exactly (the hub's contract type, exchange flags, salary, contacts,
 * language levels) is repeated in {@code UserArea}, so the hub reads its own export back without
 * loss. A removal is a {@code PositionOpening} with status {@code Closed} and the change in {@code
 * UserArea}.
 */
final class XmlWriter implements RecordWriter {

  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

  private final XMLStreamWriter x;

  XmlWriter(OutputStream out, boolean delta) {
    try {
      x = FACTORY.createXMLStreamWriter(out, "UTF-8");
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      x.setPrefix("sjh", HrOpenMapping.SJH);
      x.setPrefix("oa", HrOpenMapping.OA);
      x.setDefaultNamespace(HrOpenMapping.HR);
      x.writeStartElement(HrOpenMapping.SJH, "PositionOpenings");
      x.writeNamespace("sjh", HrOpenMapping.SJH);
      x.writeDefaultNamespace(HrOpenMapping.HR);
      x.writeNamespace("oa", HrOpenMapping.OA);
      x.writeAttribute("kind", delta ? "delta" : "full");
      x.writeCharacters("\n");
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void vacancy(String json) {
    write(VacancyJson.read(json), null);
  }

  @Override
  public void change(JsonNode item) {
    JsonNode v = item.get("vacancy");
    if (v != null) {
      write(VacancyJson.read(v), item);
      return;
    }
    try {
      x.writeStartElement(HrOpenMapping.HR, "PositionOpening");
      x.writeAttribute("majorVersionID", "3");
      x.writeAttribute("minorVersionID", "2");
      element("DocumentID", item.get("reference").asString());
      x.writeStartElement(HrOpenMapping.HR, "PositionOpeningStatusCode");
      x.writeAttribute("name", item.get("reason").asString());
      x.writeCharacters("Closed");
      x.writeEndElement();
      x.writeStartElement(HrOpenMapping.HR, "PostingRequester");
      element("PartyID", item.get("member").asString());
      x.writeEndElement();
      x.writeStartElement(HrOpenMapping.HR, "UserArea");
      change(item, true);
      x.writeEndElement();
      x.writeEndElement();
      x.writeCharacters("\n");
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  private void change(JsonNode item, boolean tombstone) throws XMLStreamException {
    x.writeStartElement(HrOpenMapping.SJH, "Change");
    x.writeAttribute("seq", item.get("seq").asString());
    x.writeAttribute("op", item.get("op").asString());
    x.writeAttribute("reason", item.get("reason").asString());
    x.writeAttribute("vacancyId", item.get("vacancyId").asString());
    x.writeAttribute("changedAt", item.get("changedAt").asString());
    if (tombstone && item.has("region")) {
      x.writeAttribute("region", item.get("region").asString());
    }
    if (tombstone && item.has("occupation")) {
      x.writeAttribute("occupation", item.get("occupation").asString());
    }
    x.writeEndElement();
  }

  private void write(Vacancy v, JsonNode item) {
    try {
      x.writeStartElement(HrOpenMapping.HR, "PositionOpening");
      PositionOpeningWriter.writeContent(x, document(v), w -> qualifications(v));
      userArea(v, item);
      x.writeEndElement();
      x.writeCharacters("\n");
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The EURES profile part of a vacancy as the hub exports it: identified by the member's
   * reference, every occupation code of the vacancy (with the scheme's list name), the exact values
   * in {@code UserArea}.
   */
  private static EuresDocument document(Vacancy v) {
    var app = v.application();
    var wp = v.workplace();
    var e = v.employer();
    List<EuresDocument.JobCategory> categories = new ArrayList<>();
    if (v.occupations() != null) {
      for (var o : v.occupations()) {
        categories.add(
            new EuresDocument.JobCategory(
                o.code(),
                listName(o.scheme()),
                o.release(),
                o.scheme() == CodeScheme.ISCO08
                    ? "http://ec.europa.eu/esco/ConceptScheme/ISCO2008"
                    : null));
      }
    }
    List<String> working = new ArrayList<>();
    if (v.languages() != null) {
      for (var l : v.languages()) {
        working.add(l.language().toUpperCase(java.util.Locale.ROOT));
      }
    }
    return new EuresDocument(
        v.reference(),
        "SJH-" + v.member(),
        v.member(),
        null,
        v.isOpen(),
        v.member(),
        null,
        v.language(),
        v.title(),
        v.description(),
        wp == null ? null : wp.municipality(),
        wp == null ? null : wp.postcode(),
        wp == null ? null : wp.nuts3(),
        wp == null ? null : "BE",
        e == null ? null : e.name(),
        e == null ? null : e.enterpriseNumber(),
        null,
        v.numberOfPosts() == null ? 1 : v.numberOfPosts(),
        categories,
        EuresCodes.offering(v.contractType()),
        EuresCodes.schedule(v.workRegime()),
        working,
        v.validThrough(),
        v.exchange() != null && Boolean.TRUE.equals(v.exchange().eures()),
        app == null ? null : app.url() != null ? app.url() : app.instructions());
  }

  private void qualifications(Vacancy v) throws XMLStreamException {
    boolean langs = v.languages() != null && !v.languages().isEmpty();
    boolean any =
        langs
            || v.educationLevel() != null
            || v.experienceMonths() != null
            || (v.drivingLicences() != null && !v.drivingLicences().isEmpty());
    if (!any) {
      return;
    }
    x.writeStartElement(HrOpenMapping.HR, "PositionQualifications");
    if (langs) {
      for (var l : v.languages()) {
        x.writeStartElement(HrOpenMapping.HR, "PositionCompetency");
        x.writeStartElement(HrOpenMapping.HR, "CompetencyID");
        x.writeAttribute("schemeID", "ISO-639-1/2-Languages");
        x.writeCharacters(l.language());
        x.writeEndElement();
        element("TaxonomyID", "language");
        if (l.level() != null) {
          x.writeStartElement(HrOpenMapping.HR, "RequiredProficiencyLevel");
          element("ScoreText", l.level());
          x.writeEndElement();
        }
        x.writeEndElement();
      }
    }
    if (v.educationLevel() != null) {
      x.writeStartElement(HrOpenMapping.HR, "EducationRequirement");
      x.writeStartElement(HrOpenMapping.HR, "EducationLevelCode");
      x.writeAttribute("listName", "EURES_ISCEDEducationLevel");
      x.writeAttribute("listVersionID", "2011");
      x.writeCharacters(Integer.toString(v.educationLevel().isced()));
      x.writeEndElement();
      x.writeEndElement();
    }
    if (v.experienceMonths() != null) {
      x.writeStartElement(HrOpenMapping.HR, "ExperienceSummary");
      x.writeStartElement(HrOpenMapping.HR, "ExperienceCategory");
      x.writeStartElement(HrOpenMapping.HR, "Measure");
      x.writeAttribute("unitCode", "month");
      x.writeCharacters(v.experienceMonths().toString());
      x.writeEndElement();
      x.writeEndElement();
      x.writeEndElement();
    }
    if (v.drivingLicences() != null) {
      for (String d : v.drivingLicences()) {
        element("LicenseTypeCode", d);
      }
    }
    x.writeEndElement();
  }

  private void userArea(Vacancy v, JsonNode item) throws XMLStreamException {
    x.writeStartElement(HrOpenMapping.HR, "UserArea");
    if (item != null) {
      change(item, false);
    }
    sjh("ContractType", v.contractType() == null ? null : v.contractType().name());
    sjh("WorkRegime", v.workRegime() == null ? null : v.workRegime().name());
    sjh("HoursPerWeek", v.hoursPerWeek() == null ? null : v.hoursPerWeek().toPlainString());
    sjh("PublicationDate", v.publicationDate() == null ? null : v.publicationDate().toString());
    sjh("SourceUpdatedAt", v.sourceUpdatedAt() == null ? null : v.sourceUpdatedAt().toString());
    if (v.employer() != null && Boolean.TRUE.equals(v.employer().temporaryWorkAgency())) {
      sjh("TemporaryWorkAgency", "true");
    }
    var ex = v.exchange();
    if (ex != null) {
      x.writeEmptyElement(HrOpenMapping.SJH, "Exchange");
      x.writeAttribute("shareable", String.valueOf(Boolean.TRUE.equals(ex.shareable())));
      x.writeAttribute(
          "activeManagement", String.valueOf(Boolean.TRUE.equals(ex.activeManagement())));
      x.writeAttribute("eures", String.valueOf(Boolean.TRUE.equals(ex.eures())));
    }
    var s = v.salary();
    if (s != null) {
      x.writeEmptyElement(HrOpenMapping.SJH, "Salary");
      attr("min", s.min() == null ? null : s.min().toPlainString());
      attr("max", s.max() == null ? null : s.max().toPlainString());
      attr("currency", s.currency());
      attr("period", s.period() == null ? null : s.period().name());
    }
    var a = v.application();
    if (a != null && !Boolean.TRUE.equals(a.masked())) {
      x.writeEmptyElement(HrOpenMapping.SJH, "Application");
      attr("email", a.email());
      attr("phone", a.phone());
      attr("url", a.url());
      attr("contactName", a.contactName());
    }
    if (v.occupations() != null && !v.occupations().isEmpty()) {
      x.writeStartElement(HrOpenMapping.SJH, "Occupations");
      for (var o : v.occupations()) {
        x.writeEmptyElement(HrOpenMapping.SJH, "Occupation");
        attr("scheme", o.scheme().name());
        attr("code", o.code());
        attr("release", o.release());
      }
      x.writeEndElement();
    }
    if (v.competences() != null && !v.competences().isEmpty()) {
      x.writeStartElement(HrOpenMapping.SJH, "Competences");
      for (var c : v.competences()) {
        x.writeEmptyElement(HrOpenMapping.SJH, "Competence");
        attr("scheme", c.scheme().name());
        attr("code", c.code());
        attr("release", c.release());
        attr("essential", String.valueOf(c.essential() == null || c.essential()));
      }
      x.writeEndElement();
    }
    if (v.languages() != null && !v.languages().isEmpty()) {
      x.writeStartElement(HrOpenMapping.SJH, "Languages");
      for (var l : v.languages()) {
        x.writeEmptyElement(HrOpenMapping.SJH, "Language");
        attr("language", l.language());
        attr("level", l.level());
      }
      x.writeEndElement();
    }
    x.writeEndElement();
  }

  private static String listName(CodeScheme s) {
    return switch (s) {
      case ISCO08 -> "ISCO2008";
      case ESCO -> "ESCO_Occupations";
      case ROME -> "ROME";
      case COMPETENT -> "Competent";
    };
  }

  private void element(String name, String text) throws XMLStreamException {
    if (text == null) {
      return;
    }
    x.writeStartElement(HrOpenMapping.HR, name);
    x.writeCharacters(text);
    x.writeEndElement();
  }

  private void sjh(String name, String text) throws XMLStreamException {
    if (text == null) {
      return;
    }
    x.writeStartElement(HrOpenMapping.SJH, name);
    x.writeCharacters(text);
    x.writeEndElement();
  }

  private void attr(String name, String value) throws XMLStreamException {
    if (value != null) {
      x.writeAttribute(name, value);
    }
  }

  @Override
  public void close() {
    try {
      x.writeEndElement();
      x.writeCharacters("\n");
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }
}
