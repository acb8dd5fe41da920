package be.synerjob.hub.channel.format;

import be.synerjob.hub.core.FieldProblem;
import be.synerjob.hub.vacancy.BatchReader;
import be.synerjob.hub.vacancy.IncomingRecord;
import be.synerjob.hub.vacancy.VacancyJson;
import java.io.IOException;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The hub's own format: one canonical vacancy per line, exactly as the batch API takes it. A line
 * that is not JSON, or not a vacancy, is one rejected record; the next line is read as usual.
 */
final class NdjsonReader implements RecordReader {

  private final TextSource text;
  private final LineReader lines;

  NdjsonReader(TextSource text) {
    this.text = text;
    this.lines = new LineReader(text);
  }

  @Override
  public IncomingRecord next() {
    String line;
    do {
      text.startRecord();
      line = lines.next();
      if (line == null) {
        return null;
      }
    } while (line.isBlank());
    long n = lines.line();
    String location = "line " + n;
    String bad = text.encodingProblem(n, n);
    if (bad != null) {
      return unreadable(null, "encoding", bad, location);
    }
    JsonNode node;
    try {
      node = VacancyJson.mapper().readTree(line);
    } catch (JacksonException e) {
      var loc = e.getLocation();
      return unreadable(
          null,
          "unreadable",
          "not valid JSON"
              + (loc == null ? "" : " at column " + loc.getColumnNr())
              + ": "
              + clean(e.getOriginalMessage()),
          location);
    }
    IncomingRecord r = BatchReader.record(node);
    return new IncomingRecord(r.vacancy(), r.reference(), r.problems(), location);
  }

  static IncomingRecord unreadable(String ref, String code, String reason, String location) {
    return new IncomingRecord(
        null, ref, List.of(FieldProblem.of("(record)", code, reason)), location);
  }

  static String clean(String message) {
    if (message == null) {
      return "";
    }
    int cut = message.indexOf('\n');
    return cut > 0 ? message.substring(0, cut) : message;
  }

  @Override
  public String encoding() {
    return text.charset().name();
  }

  @Override
  public void close() {
    try {
      text.close();
    } catch (IOException e) {
      // closing a read-only file
    }
  }
}
