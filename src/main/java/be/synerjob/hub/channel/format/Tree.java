package be.synerjob.hub.channel.format;

import be.synerjob.hub.core.FieldProblem;
import be.synerjob.hub.vacancy.BatchReader;
import be.synerjob.hub.vacancy.IncomingRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds a vacancy in the canonical JSON shape field path by field path, converting values and
 * collecting a problem per value that does not convert. The finished tree goes through the same
 * {@link BatchReader#record} as an API record, so a file record is read exactly like an API one.
 */
final class Tree {

  private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("d/M/uuuu");
  private static final DateTimeFormatter DMY_DASH = DateTimeFormatter.ofPattern("d-M-uuuu");

  final ObjectNode root = JsonNodeFactory.instance.objectNode();
  final List<FieldProblem> problems = new java.util.ArrayList<>();

  /** The object at a dotted path, created on the way. */
  ObjectNode object(String path) {
    ObjectNode n = root;
    if (path.isEmpty()) {
      return n;
    }
    for (String p : path.split("\\.")) {
      JsonNode c = n.get(p);
      if (!(c instanceof ObjectNode)) {
        c = n.putObject(p);
      }
      n = (ObjectNode) c;
    }
    return n;
  }

  ArrayNode array(String path) {
    int dot = path.lastIndexOf('.');
    ObjectNode parent = object(dot < 0 ? "" : path.substring(0, dot));
    String name = path.substring(dot + 1);
    JsonNode c = parent.get(name);
    return c instanceof ArrayNode a ? a : parent.putArray(name);
  }

  private ObjectNode parentOf(String path) {
    int dot = path.lastIndexOf('.');
    return object(dot < 0 ? "" : path.substring(0, dot));
  }

  private static String leaf(String path) {
    return path.substring(path.lastIndexOf('.') + 1);
  }

  void text(String path, String value) {
    if (value != null && !value.isBlank()) {
      parentOf(path).put(leaf(path), value);
    }
  }

  /**
   * An enum value, forgiving in case, spaces and dashes ({@code full time} → {@code FULL_TIME}).
   */
  void code(String path, String value) {
    if (value != null && !value.isBlank()) {
      text(path, value.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
    }
  }

  void decimal(String path, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    String v = value.trim().replace(" ", "");
    if (v.indexOf(',') >= 0 && v.indexOf('.') < 0) {
      v = v.replace(',', '.'); // Belgian decimal comma
    }
    try {
      parentOf(path).put(leaf(path), new BigDecimal(v));
    } catch (NumberFormatException e) {
      problems.add(FieldProblem.of(path, "invalid", "'" + clip(value) + "' is not a number"));
    }
  }

  void integer(String path, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    try {
      parentOf(path).put(leaf(path), Integer.parseInt(value.trim()));
    } catch (NumberFormatException e) {
      problems.add(FieldProblem.of(path, "invalid", "'" + clip(value) + "' is not a whole number"));
    }
  }

  void bool(String path, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "y", "1", "ja", "oui", "j" -> parentOf(path).put(leaf(path), true);
      case "false", "no", "n", "0", "nee", "non" -> parentOf(path).put(leaf(path), false);
      default ->
          problems.add(
              FieldProblem.of(path, "invalid", "'" + clip(value) + "' is not true or false"));
    }
  }

  /**
   * A moment as an ISO 8601 date-time with an offset ({@code 2026-11-29T09:15:00+01:00} or {@code
   * …Z}): a time without its offset would be read an hour or two off.
   */
  void instant(String path, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    try {
      parentOf(path).put(leaf(path), OffsetDateTime.parse(value.trim()).toInstant().toString());
    } catch (DateTimeParseException e) {
      problems.add(
          FieldProblem.of(
              path,
              "invalid",
              "'"
                  + clip(value)
                  + "' is not a date-time with an offset (yyyy-MM-ddTHH:mm:ss+01:00 or …Z)"));
    }
  }

  /** A date as {@code 2026-12-31}, {@code 31/12/2026}, {@code 31-12-2026} or a date-time. */
  void date(String path, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    String v = value.trim();
    LocalDate d = null;
    try {
      d = LocalDate.parse(v.length() > 10 && v.charAt(10) == 'T' ? v.substring(0, 10) : v);
    } catch (DateTimeParseException e) {
      for (DateTimeFormatter f : new DateTimeFormatter[] {DMY, DMY_DASH}) {
        try {
          d = LocalDate.parse(v, f);
          break;
        } catch (DateTimeParseException ignored) {
          // try the next form
        }
      }
    }
    if (d == null) {
      problems.add(
          FieldProblem.of(path, "invalid", "'" + clip(value) + "' is not a date (yyyy-MM-dd)"));
    } else {
      parentOf(path).put(leaf(path), d.toString());
    }
  }

  void problem(String field, String code, String reason) {
    problems.add(FieldProblem.of(field, code, reason));
  }

  /** The record: read like an API record, with the conversion problems if there were any. */
  IncomingRecord record(String location) {
    IncomingRecord r = BatchReader.record(root);
    String reference = r.reference();
    if (!problems.isEmpty()) {
      List<FieldProblem> all = new java.util.ArrayList<>(problems);
      all.addAll(r.problems());
      return new IncomingRecord(null, reference, List.copyOf(all), location);
    }
    return new IncomingRecord(r.vacancy(), reference, r.problems(), location);
  }

  static String clip(String s) {
    return s == null ? "" : s.length() > 60 ? s.substring(0, 57) + "…" : s;
  }
}
