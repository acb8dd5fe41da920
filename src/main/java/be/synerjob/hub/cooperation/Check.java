package be.synerjob.hub.cooperation;

import be.synerjob.hub.core.FieldProblem;
import be.synerjob.hub.core.HubException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Collects the field problems of one record and throws them together. */
final class Check {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final String record;
  private final List<FieldProblem> problems = new ArrayList<>();

  Check(String record) {
    this.record = record;
  }

  /** Trimmed text; a problem when missing (if required) or longer than {@code max}. */
  String text(String field, String value, int max, boolean required) {
    String v = value == null ? null : value.strip();
    if (v == null || v.isEmpty()) {
      if (required) {
        add(field, "required", "is required");
      }
      return null;
    }
    if (v.length() > max) {
      add(field, "too-long", "is " + v.length() + " characters long; at most " + max);
    }
    return v;
  }

  String email(String field, String value) {
    String v = text(field, value, 254, false);
    if (v != null && !EMAIL.matcher(v).matches()) {
      add(field, "invalid", "'" + v + "' is not an e-mail address");
    }
    return v;
  }

  <E extends Enum<E>> E enumValue(String field, String value, Class<E> type, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        add(
            field,
            "required",
            "is required; valid values: " + Arrays.toString(type.getEnumConstants()));
      }
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      add(
          field,
          "invalid",
          "'"
              + value
              + "' is not valid; valid values: "
              + Arrays.toString(type.getEnumConstants()));
      return null;
    }
  }

  <T> T required(String field, T value) {
    if (value == null) {
      add(field, "required", "is required");
    }
    return value;
  }

  void add(String field, String code, String reason) {
    problems.add(FieldProblem.of(field, code, reason));
  }

  boolean ok() {
    return problems.isEmpty();
  }

  /** Throws a validation problem naming the record and every field at fault, if any. */
  void done() {
    if (!problems.isEmpty()) {
      StringBuilder b = new StringBuilder("The " + record + " was rejected: ");
      for (int i = 0; i < problems.size(); i++) {
        FieldProblem p = problems.get(i);
        b.append(i == 0 ? "" : "; ").append(p.field()).append(' ').append(p.reason());
      }
      throw HubException.validation(b.toString(), problems);
    }
  }
}
