package be.synerjob.hub.reference;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * A folder of reference data files with its {@code manifest.csv} (file, rows, bytes, SHA-256 of the
 * gzipped bytes): classpath {@code data/reference/} in the application, any folder in tests. Every
 * file is checked against the manifest before it is read.
 */
final class DataFiles {

  static final String MANIFEST = "manifest.csv";
  static final String KNOWN_GAPS = "known_gaps.csv";

  /** One line of the manifest. */
  record Entry(String file, long rows, long bytes, String sha256) {}

  private final ResourceLoader loader;
  private final String location;
  private final Map<String, Entry> manifest;

  private DataFiles(ResourceLoader loader, String location, Map<String, Entry> manifest) {
    this.loader = loader;
    this.location = location;
    this.manifest = manifest;
  }

  /** Opens a location such as {@code classpath:data/reference/} or {@code file:/tmp/x/}. */
  static DataFiles open(ResourceLoader loader, String location) {
    String loc = location.endsWith("/") ? location : location + "/";
    Resource r = loader.getResource(loc + MANIFEST);
    if (!r.exists()) {
      throw new ReferenceDataException("No " + MANIFEST + " in " + loc);
    }
    Map<String, Entry> entries = new LinkedHashMap<>();
    try (InputStream in = r.getInputStream()) {
      Table t = Table.parse(MANIFEST, new InputStreamReader(in, StandardCharsets.UTF_8), -1);
      for (int i = 0; i < t.size(); i++) {
        try {
          Entry e =
              new Entry(
                  t.get(i, "file"),
                  Long.parseLong(t.get(i, "rows")),
                  Long.parseLong(t.get(i, "bytes")),
                  t.get(i, "sha256").toLowerCase(Locale.ROOT));
          entries.put(e.file(), e);
        } catch (NumberFormatException e) {
          throw new ReferenceDataException(
              MANIFEST + " line " + t.line(i) + ": rows and bytes must be numbers");
        }
      }
    } catch (IOException e) {
      throw new ReferenceDataException("Cannot read " + loc + MANIFEST + ": " + e.getMessage());
    }
    return new DataFiles(loader, loc, Map.copyOf(entries));
  }

  String location() {
    return location;
  }

  Entry entry(String file) {
    Entry e = manifest.get(file);
    if (e == null) {
      throw new ReferenceDataException(file + " is not listed in " + location + MANIFEST);
    }
    return e;
  }

  /**
   * Checks that each file exists and that its size and SHA-256 equal the manifest's, before
   * anything is decompressed. Cost: one pass over the gzipped bytes (about 11 MB for the shipped
   * set).
   */
  void verify(Collection<String> files) {
    for (String file : files) {
      Entry e = entry(file);
      Resource r = loader.getResource(location + file);
      if (!r.exists()) {
        throw new ReferenceDataException(
            file + " is missing from " + location + " (the manifest lists it)");
      }
      MessageDigest sha = sha256();
      long bytes = 0;
      try (InputStream in = new DigestInputStream(r.getInputStream(), sha)) {
        byte[] buf = new byte[1 << 16];
        int n;
        while ((n = in.read(buf)) > 0) {
          bytes += n;
        }
      } catch (IOException ex) {
        throw new ReferenceDataException("Cannot read " + file + ": " + ex.getMessage());
      }
      String actual = HexFormat.of().formatHex(sha.digest());
      if (bytes != e.bytes()) {
        throw new ReferenceDataException(
            file
                + " has "
                + bytes
                + " bytes but the manifest says "
                + e.bytes()
                + ": the file is truncated or was altered");
      }
      if (!actual.equals(e.sha256())) {
        throw new ReferenceDataException(
            file
                + " has SHA-256 "
                + actual
                + " but the manifest says "
                + e.sha256()
                + ": the file is corrupt or was altered");
      }
    }
  }

  /**
   * Reads a gzipped CSV file into memory and checks that it holds as many data rows as the manifest
   * says. Call {@link #verify} first.
   */
  Table read(String file) {
    Entry e = entry(file);
    Resource r = loader.getResource(location + file);
    try (InputStream raw = r.getInputStream();
        InputStream gz = new GZIPInputStream(new BufferedInputStream(raw, 1 << 16), 1 << 16)) {
      Reader reader =
          new InputStreamReader(
              gz,
              StandardCharsets.UTF_8
                  .newDecoder()
                  .onMalformedInput(CodingErrorAction.REPORT)
                  .onUnmappableCharacter(CodingErrorAction.REPORT));
      Table t = Table.parse(file, reader, e.rows());
      if (t.size() != e.rows()) {
        throw new ReferenceDataException(
            file
                + " has "
                + t.size()
                + " data rows but the manifest says "
                + e.rows()
                + ": the file is truncated or was altered");
      }
      return t;
    } catch (CharacterCodingException ex) {
      throw new ReferenceDataException(file + " is not valid UTF-8");
    } catch (ZipException | java.io.EOFException ex) {
      throw new ReferenceDataException(
          file + " is not a complete gzip file (" + ex.getMessage() + ")");
    } catch (IOException ex) {
      throw new ReferenceDataException("Cannot read " + file + ": " + ex.getMessage());
    }
  }

  /** Reads a small plain CSV file of the folder (lines starting with # are comments). */
  Table readPlain(String file) {
    Resource r = loader.getResource(location + file);
    if (!r.exists()) {
      throw new ReferenceDataException(file + " is missing from " + location);
    }
    try (InputStream in = r.getInputStream()) {
      return Table.parse(file, new InputStreamReader(in, StandardCharsets.UTF_8), -1);
    } catch (IOException ex) {
      throw new ReferenceDataException("Cannot read " + file + ": " + ex.getMessage());
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /**
   * A CSV file in memory: the header and the records, each with the physical line it starts on. RFC
   * 4180: quoted fields with doubled quotes and line breaks inside, CRLF or LF record ends. Lines
   * starting with {@code #} before the header are comments. A record with another number of fields
   * than the header is an error naming file and line.
   */
  static final class Table {
    private final String file;
    private final Map<String, Integer> columns;
    private final List<String[]> rows;
    private final int[] lines;

    private Table(String file, Map<String, Integer> columns, List<String[]> rows, int[] lines) {
      this.file = file;
      this.columns = columns;
      this.rows = rows;
      this.lines = lines;
    }

    String file() {
      return file;
    }

    int size() {
      return rows.size();
    }

    int line(int row) {
      return lines[row];
    }

    boolean has(String column) {
      return columns.containsKey(column);
    }

    /** The column's index; throws naming the file when the column is missing. */
    int column(String name) {
      Integer i = columns.get(name);
      if (i == null) {
        throw new ReferenceDataException(file + " has no column '" + name + "'");
      }
      return i;
    }

    /** The field, trimmed; empty string when empty. */
    String get(int row, String column) {
      return rows.get(row)[column(column)];
    }

    String get(int row, int column) {
      return rows.get(row)[column];
    }

    /** True when at least one row has a value in the column. */
    boolean anyValue(String column) {
      if (!has(column)) {
        return false;
      }
      int c = column(column);
      for (String[] r : rows) {
        if (!r[c].isEmpty()) {
          return true;
        }
      }
      return false;
    }

    String where(int row) {
      return file + " line " + lines[row];
    }

    /** Parses the whole input. Cost: one pass, one String per field. */
    static Table parse(String file, Reader in, long expectedRows) throws IOException {
      Parser p = new Parser(file, in);
      List<String> header = p.next();
      while (header != null && !header.isEmpty() && header.get(0).startsWith("#")) {
        header = p.next();
      }
      if (header == null) {
        throw new ReferenceDataException(file + " is empty (no header row)");
      }
      Map<String, Integer> cols = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        cols.put(header.get(i).trim(), i);
      }
      List<String[]> rows = new ArrayList<>(expectedRows > 0 ? (int) expectedRows : 64);
      List<Integer> lines = new ArrayList<>(expectedRows > 0 ? (int) expectedRows : 64);
      while (true) {
        int line = p.line();
        List<String> r = p.next();
        if (r == null) {
          break;
        }
        if (r.size() != header.size()) {
          throw new ReferenceDataException(
              file
                  + " line "
                  + line
                  + ": "
                  + r.size()
                  + " fields where the header has "
                  + header.size());
        }
        String[] fields = new String[r.size()];
        for (int i = 0; i < fields.length; i++) {
          fields[i] = r.get(i).trim();
        }
        rows.add(fields);
        lines.add(line);
      }
      int[] l = new int[lines.size()];
      for (int i = 0; i < l.length; i++) {
        l[i] = lines.get(i);
      }
      return new Table(file, Map.copyOf(cols), rows, l);
    }
  }

  /** A buffered RFC 4180 record reader (faster than reading one char at a time from a Reader). */
  private static final class Parser {
    private final String file;
    private final Reader in;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int len;
    private int line = 1;
    private final StringBuilder field = new StringBuilder(64);

    Parser(String file, Reader in) {
      this.file = file;
      this.in = in;
    }

    int line() {
      return line;
    }

    private int read() throws IOException {
      if (pos == len) {
        len = in.read(buf, 0, buf.length);
        pos = 0;
        if (len <= 0) {
          len = 0;
          return -1;
        }
      }
      return buf[pos++];
    }

    private int peek() throws IOException {
      if (pos == len) {
        len = in.read(buf, 0, buf.length);
        pos = 0;
        if (len <= 0) {
          len = 0;
          return -1;
        }
      }
      return buf[pos];
    }

    List<String> next() throws IOException {
      int c = read();
      if (c == -1) {
        return null;
      }
      List<String> fields = new ArrayList<>(16);
      field.setLength(0);
      int startLine = line;
      while (true) {
        if (c == '"' && field.length() == 0) {
          // quoted field
          while (true) {
            c = read();
            if (c == -1) {
              throw new ReferenceDataException(
                  file + " line " + startLine + ": a quoted field is not closed (truncated file?)");
            }
            if (c == '"') {
              if (peek() == '"') {
                read();
                field.append('"');
              } else {
                break;
              }
            } else {
              if (c == '\n') {
                line++;
              }
              field.append((char) c);
            }
          }
          c = read();
          if (c != ',' && c != '\r' && c != '\n' && c != -1) {
            throw new ReferenceDataException(
                file + " line " + line + ": text after the closing quote of a field");
          }
          continue;
        }
        if (c == ',') {
          fields.add(field.toString());
          field.setLength(0);
        } else if (c == '\r' || c == '\n' || c == -1) {
          if (c == '\r' && peek() == '\n') {
            read();
          }
          if (c != -1) {
            line++;
          }
          fields.add(field.toString());
          return fields;
        } else {
          field.append((char) c);
        }
        c = read();
      }
    }
  }
}
