package be.synerjob.hub.core.web;

import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Describes a JSON reading error as a sentence that names the field path and what was wrong. */
public final class JsonErrors {

  private JsonErrors() {}

  public static String describe(Throwable error) {
    Throwable t = error;
    while (t != null && !(t instanceof JacksonException)) {
      t = t.getCause();
    }
    if (!(t instanceof JacksonException je)) {
      return "The request body is missing or is not valid JSON";
    }
    String path = path(je.getPath());
    if (je instanceof UnrecognizedPropertyException u) {
      return "Unknown field '" + join(path, u.getPropertyName()) + "'";
    }
    if (je instanceof InvalidFormatException f) {
      return "Field '"
          + path
          + "': '"
          + f.getValue()
          + "' is not a valid "
          + simpleType(f.getTargetType())
          + enumValues(f.getTargetType());
    }
    if (je instanceof MismatchedInputException m) {
      return "Field '"
          + (path.isEmpty() ? "(root)" : path)
          + "': expected "
          + simpleType(m.getTargetType());
    }
    var loc = je.getLocation();
    String where =
        loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    return "The request body is not valid JSON" + where + ": " + clean(je.getOriginalMessage());
  }

  /** Drops Jackson's source-location noise from a message. */
  private static String clean(String message) {
    if (message == null) {
      return "";
    }
    String m = message;
    for (String cut : new String[] {" (start marker", " at [Source", "\n"}) {
      int i = m.indexOf(cut);
      if (i > 0) {
        m = m.substring(0, i);
      }
    }
    return m;
  }

  /** The dotted path of a Jackson error, with array indexes in brackets. */
  public static String path(List<JacksonException.Reference> refs) {
    StringBuilder sb = new StringBuilder();
    for (JacksonException.Reference r : refs) {
      if (r.getPropertyName() != null) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(r.getPropertyName());
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : (path.endsWith(name) ? path : path + "." + name);
  }

  private static String simpleType(Class<?> type) {
    if (type == null) {
      return "value";
    }
    if (type.isEnum()) {
      return "value";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
      return "number";
    }
    if (type == String.class) {
      return "string";
    }
    if (java.util.Collection.class.isAssignableFrom(type)) {
      return "array";
    }
    if (type == java.time.Instant.class
        || type == java.time.OffsetDateTime.class
        || type == java.time.ZonedDateTime.class) {
      return "date-time with an offset (2026-11-29T09:15:00+01:00 or …Z)";
    }
    if (type.getName().startsWith("java.time")) {
      return "date (yyyy-MM-dd)";
    }
    return "object";
  }

  private static String enumValues(Class<?> type) {
    if (type == null || !type.isEnum()) {
      return "";
    }
    return "; valid values: " + java.util.Arrays.toString(type.getEnumConstants());
  }
}
