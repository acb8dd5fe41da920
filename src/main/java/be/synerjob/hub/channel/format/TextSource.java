package be.synerjob.hub.channel.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Locale;

/**
 * Decodes a byte stream in a declared charset, one buffer at a time, without ever failing on a bad
 * byte: an invalid sequence becomes U+FFFD and is remembered with its line, so that the reader can
 * reject exactly the record that holds it ("line 12: not valid UTF-8") and go on with the next. In
 * a file declared ISO-8859-1 or windows-1252, byte sequences that are valid UTF-8 (the "Ã©" of
 * mixed encodings) are remembered the same way.
 *
 * <p>Also guards memory: a record may not grow past {@code maxRecordChars} (a runaway quote or a
 * giant text node), so reading never holds more than one bounded record.
 */
public final class TextSource extends Reader {

  private final InputStream in;
  private final Charset charset;
  private final CharsetDecoder decoder;
  private final boolean singleByte;
  private final long maxRecordChars;
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
  private final CharBuffer chars = CharBuffer.allocate(1 << 16);
  private boolean eof;
  private long decodedLine = 1;
  private long recordChars;

  /** Lines holding an encoding problem, with the first problem's description, oldest first. */
  private final ArrayDeque<long[]> badLines = new ArrayDeque<>();

  private final ArrayDeque<String> badReasons = new ArrayDeque<>();

  public TextSource(InputStream in, Charset charset, long maxRecordChars) {
    this.in = in;
    this.charset = charset;
    this.decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    this.singleByte = !charset.equals(StandardCharsets.UTF_8);
    this.maxRecordChars = maxRecordChars;
    bytes.flip();
    chars.flip();
  }

  public Charset charset() {
    return charset;
  }

  /** Starts counting a new record's characters. */
  public void startRecord() {
    recordChars = 0;
  }

  /**
   * The first encoding problem in lines {@code from} to {@code to}, or null; forgets problems
   * before {@code to}.
   */
  public String encodingProblem(long from, long to) {
    String found = null;
    while (!badLines.isEmpty() && badLines.peekFirst()[0] <= to) {
      long line = badLines.pollFirst()[0];
      String reason = badReasons.pollFirst();
      if (found == null && line >= from) {
        found = "line " + line + ": " + reason;
      }
    }
    return found;
  }

  /** Also marks whether the end of the input was reached (a truncated document ends there). */
  public boolean atEnd() {
    return eof && !bytes.hasRemaining() && !chars.hasRemaining();
  }

  @Override
  public int read() throws IOException {
    if (!chars.hasRemaining() && !fill()) {
      return -1;
    }
    if (++recordChars > maxRecordChars) {
      tooLarge();
    }
    return chars.get();
  }

  private void tooLarge() {
    throw new FileFailure(
        "record-too-large",
        "a record is longer than "
            + maxRecordChars
            + " characters (an unclosed quote or element?); reading stopped",
        "line " + decodedLine);
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    if (!chars.hasRemaining() && !fill()) {
      return -1;
    }
    int n = Math.min(len, chars.remaining());
    chars.get(buf, off, n);
    recordChars += n;
    if (recordChars > maxRecordChars) {
      tooLarge();
    }
    return n;
  }

  private boolean fill() throws IOException {
    chars.clear();
    while (chars.position() == 0) {
      if (!bytes.hasRemaining() && !eof) {
        bytes.compact();
        int r = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (r < 0) {
          eof = true;
        } else {
          bytes.position(bytes.position() + r);
        }
        bytes.flip();
        if (singleByte) {
          checkUtf8Lookalikes();
        }
      }
      int before = chars.position();
      CoderResult cr = decoder.decode(bytes, chars, eof);
      countLines(before);
      if (cr.isError()) {
        noteBad(
            "not valid "
                + charset.name()
                + " (byte 0x"
                + String.format(Locale.ROOT, "%02X", bytes.get(bytes.position()) & 0xff)
                + "); declare the file's encoding (see docs/channel.md)");
        bytes.position(bytes.position() + cr.length());
        chars.put('\uFFFD');
      } else if (cr.isUnderflow() && eof) {
        decoder.flush(chars);
        if (chars.position() == 0) {
          chars.flip();
          return false;
        }
      } else if (cr.isUnderflow() && bytes.hasRemaining()) {
        // an incomplete sequence at the end of the buffer: read more
        bytes.compact();
        int r = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (r < 0) {
          eof = true;
        } else {
          bytes.position(bytes.position() + r);
        }
        bytes.flip();
      }
    }
    chars.flip();
    return true;
  }

  private void countLines(int from) {
    char[] a = chars.array();
    for (int i = from; i < chars.position(); i++) {
      if (a[i] == '\n') {
        decodedLine++;
      }
    }
  }

  private void noteBad(String reason) {
    if (badLines.isEmpty() || badLines.peekLast()[0] != decodedLine) {
      badLines.addLast(new long[] {decodedLine});
      badReasons.addLast(reason);
    }
  }

  /**
   * In a single-byte file, a lead byte C2–F4 followed by the right number of continuation bytes is
   * almost certainly UTF-8 text pasted into it (Latin-1 text has no reason to put "Ã" before "©").
   */
  private void checkUtf8Lookalikes() {
    byte[] a = bytes.array();
    int end = bytes.limit();
    long line = decodedLine;
    for (int i = bytes.position(); i < end; i++) {
      int b = a[i] & 0xff;
      if (b == '\n') {
        line++;
      } else if (b >= 0xC2 && b <= 0xF4) {
        int need = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : 1;
        if (i + need < end) {
          boolean cont = true;
          for (int k = 1; k <= need; k++) {
            int c = a[i + k] & 0xff;
            cont &= c >= 0x80 && c <= 0xBF;
          }
          if (cont) {
            String utf8 = new String(a, i, need + 1, StandardCharsets.UTF_8);
            String here = new String(a, i, need + 1, charset);
            if (badLines.isEmpty() || badLines.peekLast()[0] != line) {
              badLines.addLast(new long[] {line});
              badReasons.addLast(
                  "mixed encodings: '"
                      + here
                      + "' looks like UTF-8 for '"
                      + utf8
                      + "' in a file declared "
                      + charset.name());
            }
            i += need;
          }
        }
      }
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
