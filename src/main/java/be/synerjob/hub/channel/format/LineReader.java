package be.synerjob.hub.channel.format;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

/** Lines of text, ending in LF or CRLF (mixed is fine), numbered from 1. */
final class LineReader {

  private final Reader in;
  private final StringBuilder sb = new StringBuilder(4096);
  private long line;
  private boolean eof;

  LineReader(Reader in) {
    this.in = in;
  }

  /** The number of the line {@link #next()} returned last. */
  long line() {
    return line;
  }

  String next() {
    if (eof) {
      return null;
    }
    sb.setLength(0);
    try {
      int c;
      while ((c = in.read()) != -1) {
        if (c == '\n') {
          line++;
          int len = sb.length();
          if (len > 0 && sb.charAt(len - 1) == '\r') {
            sb.setLength(len - 1);
          }
          return sb.toString();
        }
        sb.append((char) c);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    eof = true;
    if (sb.length() == 0) {
      return null;
    }
    line++;
    int len = sb.length();
    if (sb.charAt(len - 1) == '\r') {
      sb.setLength(len - 1);
    }
    return sb.toString();
  }
}
