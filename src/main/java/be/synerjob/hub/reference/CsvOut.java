package be.synerjob.hub.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/** Writes RFC 4180 CSV: fields quoted only when needed, quotes doubled, records ending in CRLF. */
final class CsvOut {

  private final Writer out;

  CsvOut(Writer out) {
    this.out = out;
  }

  CsvOut row(Object... fields) {
    try {
      for (int i = 0; i < fields.length; i++) {
        if (i > 0) {
          out.write(',');
        }
        out.write(quote(fields[i] == null ? "" : fields[i].toString()));
      }
      out.write("\r\n");
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String quote(String s) {
    boolean needs = false;
    for (int i = 0; i < s.length() && !needs; i++) {
      char c = s.charAt(i);
      needs = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }
}
