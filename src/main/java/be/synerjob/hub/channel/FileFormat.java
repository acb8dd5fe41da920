package be.synerjob.hub.channel;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The file formats the hub reads and writes. A file's format is chosen by its name and checked by
 * its first bytes (see {@code docs/channel.md}).
 */
public enum FileFormat {
  /** The hub's own format: one canonical vacancy (JSON) per line. */
  NDJSON("ndjson", List.of(".ndjson", ".jsonl")),
  /** {@code ;}-separated, a header row of canonical field paths, RFC 4180 quoting. */
  CSV("csv", List.of(".csv")),
  /** HR Open Standards 3.2 {@code PositionOpening} as EURES uses it (profile 1.3). */
  XML("xml", List.of(".xml")),
  /** schema.org {@code JobPosting} JSON-LD: one object, an array, or one per line. */
  JSONLD("jsonld", List.of(".jsonld", ".json"));

  private final String extension;
  private final List<String> suffixes;

  FileFormat(String extension, List<String> suffixes) {
    this.extension = extension;
    this.suffixes = suffixes;
  }

  /** The extension written on export files, without the dot. */
  public String extension() {
    return extension;
  }

  /** The format a file name declares ({@code .gz} after it is allowed), if any. */
  public static Optional<FileFormat> ofName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".gz")) {
      n = n.substring(0, n.length() - 3);
    }
    for (FileFormat f : values()) {
      for (String s : f.suffixes) {
        if (n.endsWith(s)) {
          return Optional.of(f);
        }
      }
    }
    return Optional.empty();
  }

  /** Parses {@code ndjson}, {@code csv}, {@code xml} or {@code jsonld} in any case. */
  public static Optional<FileFormat> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String v = value.trim().toLowerCase(Locale.ROOT);
    for (FileFormat f : values()) {
      if (f.extension.equals(v) || f.name().toLowerCase(Locale.ROOT).equals(v)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** The suffixes a file of this format may carry, for messages. */
  public static String knownSuffixes() {
    return ".ndjson, .jsonl, .csv, .xml, .jsonld, .json (each optionally followed by .gz)";
  }
}
