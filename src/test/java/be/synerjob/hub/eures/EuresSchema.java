package be.synerjob.hub.eures;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** The pinned HR Open 3.2 / EURES 1.3 schema (src/main/resources/eures/), for tests. */
final class EuresSchema {

  private static final Schema SCHEMA = load();

  private EuresSchema() {}

  private static Schema load() {
    try {
      SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      var url = EuresSchema.class.getResource("/eures/hropen-3.2-positionopening-eures-1.3.xsd");
      return f.newSchema(new StreamSource(url.openStream(), url.toExternalForm()));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The schema errors of a document; empty when it is valid. */
  static List<String> errors(String xml) {
    List<String> errors = new ArrayList<>();
    Validator v = SCHEMA.newValidator();
    v.setErrorHandler(
        new ErrorHandler() {
          @Override
          public void warning(SAXParseException e) {}

          @Override
          public void error(SAXParseException e) {
            errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
          }

          @Override
          public void fatalError(SAXParseException e) {
            errors.add(e.getMessage());
          }
        });
    try {
      v.validate(new StreamSource(new StringReader(xml)));
    } catch (Exception e) {
      if (errors.isEmpty()) {
        errors.add(e.getMessage());
      }
    }
    return errors;
  }
}
