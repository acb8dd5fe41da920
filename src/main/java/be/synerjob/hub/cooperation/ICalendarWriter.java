package be.synerjob.hub.cooperation;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Writes iCalendar (RFC 5545) text: CRLF line ends, content lines folded at 75 octets without
 * splitting a UTF-8 character (continuation lines start with one space), TEXT values escaped
 * (backslash, semicolon, comma, newline). Local times carry {@code TZID=Europe/Brussels}, described
 * by the {@code VTIMEZONE} written by {@link #brusselsTimeZone()}.
 */
public final class ICalendarWriter {

  public static final String TZID = "Europe/Brussels";
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final StringBuilder out = new StringBuilder();

  /** Writes a property whose value is already in its iCalendar form (dates, codes, numbers). */
  public ICalendarWriter raw(String nameAndParams, String value) {
    fold(nameAndParams + ":" + value);
    return this;
  }

  /** Writes a TEXT property, escaping its value. */
  public ICalendarWriter text(String name, String value) {
    return raw(name, escape(value));
  }

  public ICalendarWriter begin(String component) {
    return raw("BEGIN", component);
  }

  public ICalendarWriter end(String component) {
    return raw("END", component);
  }

  /** A local date-time in Brussels: {@code NAME;TZID=Europe/Brussels:20261015T100000}. */
  public ICalendarWriter local(String name, ZonedDateTime at) {
    return raw(
        name + ";TZID=" + TZID, LOCAL.format(at.withZoneSameInstant(java.time.ZoneId.of(TZID))));
  }

  /** A UTC date-time: {@code NAME:20261015T080000Z}. */
  public ICalendarWriter utc(String name, Instant at) {
    return raw(name, UTC.format(at));
  }

  /**
   * The VTIMEZONE of Europe/Brussels: CET (UTC+1) and CEST (UTC+2), summer time from the last
   * Sunday of March at 02:00 to the last Sunday of October at 03:00 (the EU rule in force since
   * 1996).
   */
  public ICalendarWriter brusselsTimeZone() {
    begin("VTIMEZONE");
    raw("TZID", TZID);
    begin("DAYLIGHT");
    raw("TZOFFSETFROM", "+0100");
    raw("TZOFFSETTO", "+0200");
    raw("TZNAME", "CEST");
    raw("DTSTART", "19700329T020000");
    raw("RRULE", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
    end("DAYLIGHT");
    begin("STANDARD");
    raw("TZOFFSETFROM", "+0200");
    raw("TZOFFSETTO", "+0100");
    raw("TZNAME", "CET");
    raw("DTSTART", "19701025T030000");
    raw("RRULE", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
    end("STANDARD");
    return end("VTIMEZONE");
  }

  @Override
  public String toString() {
    return out.toString();
  }

  /** Escapes a TEXT value (RFC 5545 §3.3.11). */
  public static String escape(String value) {
    StringBuilder b = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> b.append("\\\\");
        case ';' -> b.append("\\;");
        case ',' -> b.append("\\,");
        case '\n' -> b.append("\\n");
        case '\r' -> {
          if (i + 1 >= value.length() || value.charAt(i + 1) != '\n') {
            b.append("\\n");
          }
        }
        default -> {
          if (c < 0x20 && c != '\t') {
            continue; // control characters are not allowed in TEXT
          }
          b.append(c);
        }
      }
    }
    return b.toString();
  }

  /** Folds one content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 sequence. */
  private void fold(String line) {
    int octets = 0;
    int limit = 75;
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > limit) {
        out.append("\r\n ");
        octets = 1;
      }
      out.appendCodePoint(cp);
      octets += size;
      i += Character.charCount(cp);
    }
    out.append("\r\n");
  }
}
