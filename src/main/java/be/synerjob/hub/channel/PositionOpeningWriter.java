package be.synerjob.hub.channel;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes HR Open Standards 3.2 {@code PositionOpening} documents in the EURES profile 1.3: the
 * elements and their order of the profile, HR Open namespace {@code http://www.hr-xml.org/3} with
 * address parts in OAGIS 9. Documents validate against the schema pinned in {@code
 * src/main/resources/eures/} (see {@code docs/eures.md}).
 *
 * <p>The hub's one writer of HR Open: the channel's XML exports write their {@code PositionOpening}
 * elements with {@link #writeContent(XMLStreamWriter, EuresDocument, Qualifications)} and add their
 * own {@code UserArea}; the eures module writes the documents EURES pulls with {@link
 * #toXml(EuresDocument)}.
 */
public final class PositionOpeningWriter {

  /** HR Open 3 namespace (the one EURES uses). */
  public static final String HR = "http://www.hr-xml.org/3";

  /** OAGIS 9 namespace of the address parts. */
  public static final String OA = "http://www.openapplications.org/oagis/9";

  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

  /** Writes the optional {@code PositionQualifications} element at its place in the profile. */
  @FunctionalInterface
  public interface Qualifications {
    void write(XMLStreamWriter x) throws XMLStreamException;
  }

  private static final Qualifications NONE = x -> {};

  private PositionOpeningWriter() {}

  /** The document as a standalone XML string (with the XML declaration). */
  public static String toXml(EuresDocument d) {
    StringWriter out = new StringWriter(4096);
    try {
      XMLStreamWriter x = FACTORY.createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.setDefaultNamespace(HR);
      x.setPrefix("oa", OA);
      x.writeStartElement(HR, "PositionOpening");
      x.writeDefaultNamespace(HR);
      x.writeNamespace("oa", OA);
      writeContent(x, d);
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
    return out.toString();
  }

  /**
   * Writes the attributes and children of an open {@code PositionOpening} element, without closing
   * it (the caller may add a {@code UserArea}).
   */
  public static void writeContent(XMLStreamWriter x, EuresDocument d) throws XMLStreamException {
    writeContent(x, d, NONE);
  }

  /** The same, with {@code PositionQualifications} written by the caller. */
  public static void writeContent(XMLStreamWriter x, EuresDocument d, Qualifications q)
      throws XMLStreamException {
    x.writeAttribute("majorVersionID", "3");
    x.writeAttribute("minorVersionID", "2");
    x.writeStartElement(HR, "DocumentID");
    attr(x, "schemeID", d.schemeId());
    attr(x, "schemeAgencyID", d.schemeAgencyId());
    attr(x, "schemeAgencyName", d.schemeAgencyName());
    x.writeAttribute("schemeVersionID", EuresCodes.PROFILE_VERSION);
    x.writeCharacters(d.documentId());
    x.writeEndElement();
    String status = d.active() ? "Active" : "Closed";
    x.writeStartElement(HR, "PositionOpeningStatusCode");
    x.writeAttribute("name", status);
    x.writeCharacters(status);
    x.writeEndElement();
    x.writeStartElement(HR, "PostingRequester");
    x.writeStartElement(HR, "PartyID");
    x.writeAttribute("schemeID", "EURES-BE-Members");
    x.writeAttribute("schemeAgencyID", "SYNERJOB");
    x.writeCharacters(d.requesterId());
    x.writeEndElement();
    element(x, "PartyName", d.requesterName());
    x.writeEndElement();
    writeProfile(x, d, q);
  }

  /** Writes one {@code PositionProfile} element. */
  public static void writeProfile(XMLStreamWriter x, EuresDocument d, Qualifications q)
      throws XMLStreamException {
    x.writeStartElement(HR, "PositionProfile");
    x.writeAttribute("languageCode", d.language());
    if (d.euresFlag() || d.applicationInstructions() != null) {
      x.writeStartElement(HR, "PostingInstruction");
      if (d.euresFlag()) {
        element(x, "PostingOptionCode", "EURESFlag");
      }
      if (d.applicationInstructions() != null) {
        x.writeStartElement(HR, "ApplicationMethod");
        element(x, "Instructions", d.applicationInstructions());
        x.writeEndElement();
      }
      x.writeEndElement();
    }
    element(x, "PositionTitle", d.title());
    if (d.country() != null) {
      x.writeStartElement(HR, "PositionLocation");
      x.writeStartElement(HR, "Address");
      if (d.city() != null) {
        oa(x, "CityName", d.city());
      }
      if (d.nuts3() != null) {
        x.writeStartElement(OA, "CountrySubDivisionCode");
        x.writeAttribute("listName", EuresCodes.NUTS_LIST);
        x.writeAttribute("listVersionID", EuresCodes.NUTS_LIST_VERSION);
        x.writeCharacters(d.nuts3());
        x.writeEndElement();
      }
      element(x, "CountryCode", d.country());
      if (d.postcode() != null) {
        oa(x, "PostalCode", d.postcode());
      }
      x.writeEndElement();
      x.writeEndElement();
    }
    if (d.organisationName() != null) {
      x.writeStartElement(HR, "PositionOrganization");
      x.writeStartElement(HR, "OrganizationIdentifiers");
      element(x, "OrganizationName", d.organisationName());
      if (d.legalId() != null) {
        x.writeStartElement(HR, "OrganizationLegalID");
        x.writeAttribute("schemeID", "BE-KBO-BCE");
        x.writeAttribute("schemeAgencyID", "KBO-BCE");
        x.writeAttribute("schemeAgencyName", "Crossroads Bank for Enterprises");
        x.writeCharacters(d.legalId());
        x.writeEndElement();
      }
      x.writeEndElement();
      if (d.nace() != null) {
        x.writeStartElement(HR, "IndustryCode");
        x.writeAttribute("listName", EuresCodes.NACE_LIST);
        x.writeAttribute("listVersionID", EuresCodes.NACE_LIST_VERSION);
        x.writeCharacters(d.nace());
        x.writeEndElement();
      }
      x.writeEndElement();
    }
    element(x, "PositionOpenQuantity", Integer.toString(Math.max(1, d.posts())));
    if (d.categories() != null) {
      for (EuresDocument.JobCategory c : d.categories()) {
        x.writeStartElement(HR, "JobCategoryCode");
        x.writeAttribute("listName", c.listName());
        attr(x, "listVersionID", c.listVersionId());
        attr(x, "listURI", c.listUri());
        x.writeCharacters(c.code());
        x.writeEndElement();
      }
    }
    if (d.offeringType() != null) {
      x.writeStartElement(HR, "PositionOfferingTypeCode");
      x.writeAttribute("listName", EuresCodes.CL37_LIST);
      x.writeAttribute("listVersionID", "1.0");
      x.writeCharacters(d.offeringType());
      x.writeEndElement();
    }
    q.write(x);
    x.writeStartElement(HR, "PositionFormattedDescription");
    element(x, "Content", d.description());
    x.writeEndElement();
    if (d.workingLanguages() != null) {
      for (String l : d.workingLanguages()) {
        element(x, "WorkingLanguageCode", l);
      }
    }
    if (d.scheduleType() != null) {
      x.writeStartElement(HR, "PositionScheduleTypeCode");
      x.writeAttribute("listName", EuresCodes.CL38_LIST);
      x.writeAttribute("listVersionID", "1.0");
      x.writeCharacters(d.scheduleType());
      x.writeEndElement();
    }
    if (d.closeDate() != null) {
      element(x, "ApplicationCloseDate", d.closeDate().toString());
    }
    x.writeEndElement();
  }

  private static void element(XMLStreamWriter x, String name, String text)
      throws XMLStreamException {
    if (text == null) {
      return;
    }
    x.writeStartElement(HR, name);
    x.writeCharacters(text);
    x.writeEndElement();
  }

  private static void oa(XMLStreamWriter x, String name, String text) throws XMLStreamException {
    x.writeStartElement(OA, name);
    x.writeCharacters(text);
    x.writeEndElement();
  }

  private static void attr(XMLStreamWriter x, String name, String value) throws XMLStreamException {
    if (value != null) {
      x.writeAttribute(name, value);
    }
  }
}
