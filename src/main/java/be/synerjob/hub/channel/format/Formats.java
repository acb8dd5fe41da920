package be.synerjob.hub.channel.format;

import be.synerjob.hub.channel.FileFormat;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Opens a received file for reading: the format its name declares, checked against its first bytes;
 * the encoding from a byte order mark, the name ({@code *.latin1.csv}), a first line {@code
 * #encoding=…} (CSV) or the XML declaration; gzip when the name ends in {@code .gz}.
 */
public final class Formats {

  /** The encodings a file may declare, by the names people write. */
  private static final Map<String, Charset> CHARSETS =
      Map.of(
          "utf-8", StandardCharsets.UTF_8,
          "utf8", StandardCharsets.UTF_8,
          "iso-8859-1", StandardCharsets.ISO_8859_1,
          "latin1", StandardCharsets.ISO_8859_1,
          "latin-1", StandardCharsets.ISO_8859_1,
          "iso-8859-15", Charset.forName("ISO-8859-15"),
          "latin9", Charset.forName("ISO-8859-15"),
          "windows-1252", Charset.forName("windows-1252"),
          "cp1252", Charset.forName("windows-1252"));

  private static final Pattern NAME_ENCODING =
      Pattern.compile(
          "\\.(utf-?8|latin-?1|latin9|iso-8859-15?|windows-1252|cp1252)\\.[a-z]+(\\.gz)?$");
  private static final Pattern XML_ENCODING =
      Pattern.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");
  private static final Pattern CSV_ENCODING = Pattern.compile("^#encoding=([A-Za-z0-9._-]+)");

  private Formats() {}

  /** Limits that keep memory flat whatever a file holds. */
  public record Limits(long maxRecordChars) {
    public static final Limits DEFAULT = new Limits(4_000_000);
  }

  /**
   * Opens {@code raw} (closed with the reader).
   *
   * @throws FileFailure when the file is empty, of another format than its name says, or in an
   *     encoding it does not declare properly
   */
  public static RecordReader open(InputStream raw, String name, Limits limits) {
    FileFormat format =
        FileFormat.ofName(name)
            .orElseThrow(
                () ->
                    new FileFailure(
                        "unknown-format",
                        "'"
                            + name
                            + "' has no known file type; name files "
                            + FileFormat.knownSuffixes(),
                        null));
    try {
      InputStream in = raw;
      if (name.toLowerCase(Locale.ROOT).endsWith(".gz")) {
        in = new GZIPInputStream(in, 1 << 16);
      }
      BufferedInputStream b = new BufferedInputStream(in, 1 << 16);
      b.mark(8192);
      byte[] head = b.readNBytes(8192);
      b.reset();
      int bom = bom(head);
      int first = bom;
      while (first < head.length && isSpace(head[first])) {
        first++;
      }
      if (first >= head.length) {
        throw new FileFailure("empty", "the file holds no records", null);
      }
      char c = (char) (head[first] & 0xff);
      checkFormat(format, c, name);
      Charset charset = charset(format, name, head, bom);
      b.skipNBytes(bom);
      TextSource text = new TextSource(b, charset, limits.maxRecordChars());
      switch (format) {
        case NDJSON:
          return new NdjsonReader(text);
        case CSV:
          return new CsvReader(text);
        case XML:
          return new XmlReader(text);
        default:
          return new JsonLdReader(text, c == '[');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int bom(byte[] h) {
    if (h.length >= 3 && (h[0] & 0xff) == 0xEF && (h[1] & 0xff) == 0xBB && (h[2] & 0xff) == 0xBF) {
      return 3;
    }
    if (h.length >= 2
        && (((h[0] & 0xff) == 0xFE && (h[1] & 0xff) == 0xFF)
            || ((h[0] & 0xff) == 0xFF && (h[1] & 0xff) == 0xFE))) {
      throw new FileFailure(
          "encoding",
          "the file is UTF-16 (byte order mark FE FF / FF FE); save it as UTF-8",
          "line 1");
    }
    return 0;
  }

  private static boolean isSpace(byte b) {
    return b == ' ' || b == '\t' || b == '\r' || b == '\n';
  }

  private static void checkFormat(FileFormat format, char c, String name) {
    String looks = c == '<' ? "XML" : (c == '{' || c == '[') ? "JSON" : "text such as CSV";
    boolean ok =
        switch (format) {
          case XML -> c == '<';
          case NDJSON -> c == '{';
          case JSONLD -> c == '{' || c == '[';
          case CSV -> c != '<' && c != '{' && c != '[';
        };
    if (!ok) {
      String hint =
          format == FileFormat.NDJSON && c == '['
              ? " (NDJSON holds one object per line, not an array)"
              : "";
      throw new FileFailure(
          "format-mismatch",
          "'"
              + name
              + "' is named as "
              + format
              + " but its content starts like "
              + looks
              + " ('"
              + c
              + "')"
              + hint,
          "line 1");
    }
  }

  private static Charset charset(FileFormat format, String name, byte[] head, int bom) {
    String ascii = new String(head, bom, head.length - bom, StandardCharsets.ISO_8859_1);
    Matcher m = NAME_ENCODING.matcher(name.toLowerCase(Locale.ROOT));
    Optional<Charset> byName =
        m.find() ? Optional.of(lookup(m.group(1), "the file name")) : Optional.empty();
    Optional<Charset> declared = Optional.empty();
    if (format == FileFormat.CSV) {
      Matcher e = CSV_ENCODING.matcher(ascii);
      if (e.find()) {
        declared = Optional.of(lookup(e.group(1), "the #encoding line"));
      }
    } else if (format == FileFormat.XML) {
      Matcher e = XML_ENCODING.matcher(ascii.stripLeading());
      if (e.find()) {
        declared = Optional.of(lookup(e.group(1), "the XML declaration"));
      }
    }
    if (byName.isPresent() && declared.isPresent() && !byName.get().equals(declared.get())) {
      throw new FileFailure(
          "encoding",
          "the file name declares "
              + byName.get().name()
              + " but the file itself declares "
              + declared.get().name(),
          "line 1");
    }
    Charset cs = declared.or(() -> byName).orElse(StandardCharsets.UTF_8);
    if (bom > 0 && !cs.equals(StandardCharsets.UTF_8)) {
      throw new FileFailure(
          "encoding",
          "the file starts with a UTF-8 byte order mark but declares " + cs.name(),
          "line 1");
    }
    if ((format == FileFormat.NDJSON || format == FileFormat.JSONLD)
        && !cs.equals(StandardCharsets.UTF_8)) {
      throw new FileFailure("encoding", "JSON files are UTF-8 (RFC 8259); got " + cs, "line 1");
    }
    return cs;
  }

  private static Charset lookup(String value, String where) {
    Charset cs = CHARSETS.get(value.toLowerCase(Locale.ROOT));
    if (cs == null) {
      throw new FileFailure(
          "encoding",
          where
              + " declares '"
              + value
              + "'; accepted: UTF-8, ISO-8859-1 (latin1), ISO-8859-15, windows-1252",
          "line 1");
    }
    return cs;
  }
}
