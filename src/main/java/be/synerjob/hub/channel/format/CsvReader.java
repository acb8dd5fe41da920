package be.synerjob.hub.channel.format;

import be.synerjob.hub.core.Csv;
import be.synerjob.hub.core.FieldProblem;
import be.synerjob.hub.vacancy.IncomingRecord;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The documented CSV layout ({@link CsvLayout}): {@code ;}-separated, a header row of canonical
 * field paths in any order, RFC 4180 quoting (line breaks inside quoted fields), an optional first
 * line {@code #encoding=ISO-8859-1}. A row with the wrong number of fields is one rejected record.
 */
final class CsvReader implements RecordReader {

  private final TextSource text;
  private final Csv csv;
  private final List<String> header;
  private final int referenceColumn;

  CsvReader(TextSource text) {
    this.text = text;
    this.csv = new Csv(text, ';');
    List<String> first = read();
    if (first != null && first.size() == 1 && first.get(0).startsWith("#encoding=")) {
      first = read();
    }
    if (first == null) {
      throw new FileFailure("empty", "the file has no header row", "line 1");
    }
    List<String> h = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < first.size(); i++) {
      String c = first.get(i).strip();
      if (first.size() == 1 && (c.contains(",") || c.contains("\t"))) {
        throw new FileFailure(
            "header",
            "the header is not ';'-separated (found "
                + (c.contains(",") ? "','" : "a tab")
                + "); the layout is in docs/channel.md",
            "line " + (csv.line() - 1));
      }
      if (!CsvLayout.KNOWN.contains(c)) {
        throw new FileFailure(
            "header",
            "unknown column '"
                + Tree.clip(c)
                + "' (column "
                + (i + 1)
                + "); known columns: "
                + String.join(";", CsvLayout.COLUMNS),
            "line " + (csv.line() - 1));
      }
      if (!seen.add(c)) {
        throw new FileFailure(
            "header", "column '" + c + "' appears twice", "line " + (csv.line() - 1));
      }
      h.add(c);
    }
    if (!seen.contains("reference")) {
      throw new FileFailure(
          "header", "the header has no 'reference' column", "line " + (csv.line() - 1));
    }
    this.header = h;
    this.referenceColumn = h.indexOf("reference");
  }

  private List<String> read() {
    text.startRecord();
    try {
      return csv.next();
    } catch (IllegalArgumentException e) {
      throw new FileFailure("malformed", e.getMessage(), "line " + csv.line());
    }
  }

  @Override
  public IncomingRecord next() {
    while (true) {
      long start = csv.line();
      List<String> fields = read();
      if (fields == null) {
        return null;
      }
      long end = csv.line() - 1;
      if (fields.size() == 1 && fields.get(0).isBlank()) {
        continue; // an empty line
      }
      String location = start == end ? "line " + start : "lines " + start + "-" + end;
      String reference =
          referenceColumn < fields.size() ? blankToNull(fields.get(referenceColumn)) : null;
      String bad = text.encodingProblem(start, Math.max(start, end));
      if (bad != null) {
        return NdjsonReader.unreadable(reference, "encoding", bad, location);
      }
      if (fields.size() != header.size()) {
        return new IncomingRecord(
            null,
            reference,
            List.of(
                FieldProblem.of(
                    "(record)",
                    "column-count",
                    "has "
                        + fields.size()
                        + " fields; the header has "
                        + header.size()
                        + " (quote values that contain ';')")),
            location);
      }
      Tree t = new Tree();
      for (int i = 0; i < fields.size(); i++) {
        CsvLayout.apply(t, header.get(i), fields.get(i));
      }
      return t.record(location);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  @Override
  public String encoding() {
    return text.charset().name();
  }

  @Override
  public void close() {
    csv.close();
  }
}
