package be.synerjob.hub.core;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader: quoted fields with doubled quotes and line breaks inside, any
 * single-character separator, CRLF or LF line ends. Reads one record at a time, so memory does not
 * grow with the file.
 */
public final class Csv implements AutoCloseable {

  private final Reader in;
  private final char separator;
  private int peeked = -2;
  private long line = 1;

  public Csv(Reader in, char separator) {
    this.in = in;
    this.separator = separator;
  }

  /** The physical line the next record starts on (1-based). */
  public long line() {
    return line;
  }

  /** The next record's fields, or null at the end of input. */
  public List<String> next() {
    try {
      int c = read();
      if (c == -1) {
        return null;
      }
      List<String> fields = new ArrayList<>();
      StringBuilder sb = new StringBuilder();
      boolean quoted = false;
      boolean wasQuoted = false;
      while (true) {
        if (quoted) {
          if (c == -1) {
            throw new IllegalArgumentException("Unterminated quoted field before line " + line);
          }
          if (c == '"') {
            int n = read();
            if (n == '"') {
              sb.append('"');
            } else {
              quoted = false;
              c = n;
              continue;
            }
          } else {
            if (c == '\n') {
              line++;
            }
            sb.append((char) c);
          }
        } else if (c == '"' && sb.length() == 0 && !wasQuoted) {
          quoted = true;
          wasQuoted = true;
        } else if (c == separator) {
          fields.add(sb.toString());
          sb.setLength(0);
          wasQuoted = false;
        } else if (c == '\r' || c == '\n' || c == -1) {
          if (c == '\r') {
            int n = read();
            if (n != '\n') {
              unread(n);
            }
          }
          if (c != -1) {
            line++;
          }
          fields.add(sb.toString());
          return fields;
        } else {
          sb.append((char) c);
        }
        c = read();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private int read() throws IOException {
    if (peeked != -2) {
      int p = peeked;
      peeked = -2;
      return p;
    }
    return in.read();
  }

  private void unread(int c) {
    peeked = c;
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
