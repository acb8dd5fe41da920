package be.synerjob.hub.channel.format;

import be.synerjob.hub.vacancy.VacancyJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The CSV layout of {@link CsvLayout}, UTF-8, {@code ;}, CRLF, RFC 4180 quoting. The hub's columns
 * come first; a delta file starts each row with {@code seq;op;reason;changedAt}, and a removal row
 * fills only the routing columns.
 */
final class CsvWriter implements RecordWriter {

  static final List<String> DELTA = List.of("seq", "op", "reason", "changedAt");

  private final Writer out;
  private final boolean delta;
  private final int width = CsvLayout.READ_ONLY.size() + CsvLayout.COLUMNS.size();

  CsvWriter(OutputStream out, boolean delta) {
    this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    this.delta = delta;
    List<String> header = new ArrayList<>();
    if (delta) {
      header.addAll(DELTA);
    }
    header.addAll(CsvLayout.READ_ONLY);
    header.addAll(CsvLayout.COLUMNS);
    row(header);
  }

  @Override
  public void vacancy(String json) {
    row(CsvLayout.values(VacancyJson.read(json)));
  }

  @Override
  public void change(JsonNode item) {
    List<String> r = new ArrayList<>(DELTA.size() + width);
    r.add(item.get("seq").asString());
    r.add(item.get("op").asString());
    r.add(item.get("reason").asString());
    r.add(item.get("changedAt").asString());
    JsonNode v = item.get("vacancy");
    if (v != null) {
      r.addAll(CsvLayout.values(VacancyJson.read(v)));
    } else {
      List<String> tomb = new ArrayList<>(Collections.nCopies(width, ""));
      tomb.set(0, item.get("vacancyId").asString());
      tomb.set(1, item.get("member").asString());
      tomb.set(2, item.get("version").asString());
      tomb.set(4, item.has("region") ? item.get("region").asString() : "");
      tomb.set(CsvLayout.READ_ONLY.size(), item.get("reference").asString());
      int occ = CsvLayout.READ_ONLY.size() + CsvLayout.COLUMNS.indexOf("occupations");
      tomb.set(occ, item.has("occupation") ? item.get("occupation").asString() : "");
      r.addAll(tomb);
    }
    row(r);
  }

  private void row(List<String> values) {
    try {
      for (int i = 0; i < values.size(); i++) {
        if (i > 0) {
          out.write(';');
        }
        out.write(quote(values.get(i)));
      }
      out.write("\r\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String quote(String v) {
    if (v == null) {
      return "";
    }
    if (v.indexOf(';') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
      return v;
    }
    return '"' + v.replace("\"", "\"\"") + '"';
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
