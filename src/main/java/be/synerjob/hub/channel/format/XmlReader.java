package be.synerjob.hub.channel.format;

import be.synerjob.hub.vacancy.IncomingRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * HR Open Standards 3.2 {@code PositionOpening} documents as EURES exchanges them (profile 1.3),
 * read with StAX one {@code PositionOpening} at a time wherever they sit in the document (the root
 * itself, or children of any wrapper). Namespaces are ignored: elements are matched by local name.
 *
 * <p>Hardened: no DTD (a document with a DOCTYPE is refused before any entity could be declared),
 * no external entities, so neither XXE nor entity expansion ("billion laughs") can happen.
 */
final class XmlReader implements RecordReader {

  private static final XMLInputFactory FACTORY = factory();

  private final TextSource text;
  private final XMLStreamReader xml;
  private int index;

  XmlReader(TextSource text) {
    this.text = text;
    try {
      this.xml = FACTORY.createXMLStreamReader(text);
    } catch (XMLStreamException e) {
      throw failure(e);
    }
  }

  static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(javax.xml.XMLConstants.ACCESS_EXTERNAL_DTD, "");
    return f;
  }

  /** A parsed element: what the mapping needs, nothing more. */
  static final class Node {
    final String name;
    final Map<String, String> attributes = new HashMap<>();
    final List<Node> children = new ArrayList<>();
    final StringBuilder text = new StringBuilder();

    Node(String name) {
      this.name = name;
    }

    Node child(String n) {
      for (Node c : children) {
        if (c.name.equals(n)) {
          return c;
        }
      }
      return null;
    }

    List<Node> all(String n) {
      List<Node> out = new ArrayList<>();
      for (Node c : children) {
        if (c.name.equals(n)) {
          out.add(c);
        }
      }
      return out;
    }

    /** The node at a slash-separated path of local names, or null. */
    Node at(String path) {
      Node n = this;
      for (String p : path.split("/")) {
        n = n == null ? null : n.child(p);
      }
      return n;
    }

    String text(String path) {
      Node n = at(path);
      if (n == null) {
        return null;
      }
      String t = n.text.toString().strip();
      return t.isEmpty() ? null : t;
    }

    String value() {
      String t = text.toString().strip();
      return t.isEmpty() ? null : t;
    }

    String attr(String name) {
      return attributes.get(name);
    }
  }

  @Override
  public IncomingRecord next() {
    try {
      text.startRecord();
      while (xml.hasNext()) {
        int e = xml.next();
        if (e == XMLStreamConstants.DTD) {
          throw new FileFailure(
              "doctype",
              "DOCTYPE declarations are refused (protection against external entities and entity"
                  + " expansion); send the document without a DOCTYPE",
              "line " + xml.getLocation().getLineNumber());
        }
        if (e == XMLStreamConstants.ENTITY_REFERENCE) {
          throw new FileFailure(
              "doctype",
              "entity references are refused; send the document without entities",
              "line " + xml.getLocation().getLineNumber());
        }
        if (e == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("PositionOpening")) {
          long startLine = xml.getLocation().getLineNumber();
          index++;
          Node n = element();
          long endLine = xml.getLocation().getLineNumber();
          String location = "element PositionOpening[" + index + "] (line " + startLine + ")";
          String bad = text.encodingProblem(startLine, endLine);
          String reference = n.text("DocumentID");
          if (bad != null) {
            return NdjsonReader.unreadable(reference, "encoding", bad, location);
          }
          return HrOpenMapping.read(n).record(location);
        }
      }
      return null;
    } catch (XMLStreamException e) {
      throw failure(e);
    }
  }

  private Node element() throws XMLStreamException {
    Node n = new Node(xml.getLocalName());
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      n.attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
    }
    while (true) {
      int e = xml.next();
      switch (e) {
        case XMLStreamConstants.START_ELEMENT -> n.children.add(element());
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
            n.text.append(xml.getText());
        case XMLStreamConstants.ENTITY_REFERENCE ->
            throw new FileFailure(
                "doctype",
                "entity references are refused; send the document without entities",
                "line " + xml.getLocation().getLineNumber());
        case XMLStreamConstants.END_ELEMENT -> {
          return n;
        }
        default -> {
          // comments and processing instructions carry no data
        }
      }
    }
  }

  private FileFailure failure(XMLStreamException e) {
    var loc = e.getLocation();
    String where =
        loc == null ? null : "line " + loc.getLineNumber() + ", column " + loc.getColumnNumber();
    String msg = e.getMessage() == null ? "" : e.getMessage();
    int cut = msg.indexOf("Message: ");
    if (cut >= 0) {
      msg = msg.substring(cut + 9);
    }
    boolean truncated =
        text.atEnd()
            || msg.toLowerCase(Locale.ROOT).contains("end of file")
            || msg.contains("XML document structures must start and end");
    if (msg.contains("was referenced, but not declared") || msg.contains("DOCTYPE")) {
      return new FileFailure(
          "doctype",
          "entities and DOCTYPE declarations are refused (protection against XXE and entity"
              + " expansion): "
              + msg,
          where);
    }
    return new FileFailure(
        truncated ? "truncated" : "malformed",
        (truncated
                ? "the XML document ends before it is complete (truncated?): "
                : "not well-formed XML: ")
            + msg,
        where);
  }

  @Override
  public String sourceField(String field) {
    return HrOpenMapping.sourceField(field);
  }

  @Override
  public String encoding() {
    return text.charset().name();
  }

  @Override
  public void close() {
    try {
      xml.close();
      text.close();
    } catch (Exception e) {
      // closing a read-only file
    }
  }
}
