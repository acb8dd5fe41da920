package be.synerjob.hub.statistics;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reference period as SDMX writes it: a month {@code 2026-05}, a quarter {@code 2026-Q2} or a
 * year {@code 2026}.
 */
public record StatPeriod(Frequency frequency, int year, int number)
    implements Comparable<StatPeriod> {

  /** SDMX frequency codes. */
  public enum Frequency {
    M,
    Q,
    A
  }

  private static final Pattern FORMAT =
      Pattern.compile("(\\d{4})(?:-(?:(0[1-9]|1[0-2])|Q([1-4])))?");

  public static StatPeriod month(YearMonth m) {
    return new StatPeriod(Frequency.M, m.getYear(), m.getMonthValue());
  }

  public static StatPeriod year(int year) {
    return new StatPeriod(Frequency.A, year, 1);
  }

  /** Parses {@code YYYY-MM}, {@code YYYY-Qn} or {@code YYYY}; empty when it is none of them. */
  public static Optional<StatPeriod> parse(String s) {
    if (s == null) {
      return Optional.empty();
    }
    Matcher m = FORMAT.matcher(s.trim());
    if (!m.matches()) {
      return Optional.empty();
    }
    int y = Integer.parseInt(m.group(1));
    if (y < 1990 || y > 2999) {
      return Optional.empty();
    }
    if (m.group(2) != null) {
      return Optional.of(new StatPeriod(Frequency.M, y, Integer.parseInt(m.group(2))));
    }
    if (m.group(3) != null) {
      return Optional.of(new StatPeriod(Frequency.Q, y, Integer.parseInt(m.group(3))));
    }
    return Optional.of(year(y));
  }

  public YearMonth firstMonth() {
    return switch (frequency) {
      case M -> YearMonth.of(year, number);
      case Q -> YearMonth.of(year, 3 * number - 2);
      case A -> YearMonth.of(year, 1);
    };
  }

  public YearMonth lastMonth() {
    return switch (frequency) {
      case M -> YearMonth.of(year, number);
      case Q -> YearMonth.of(year, 3 * number);
      case A -> YearMonth.of(year, 12);
    };
  }

  /** The first instant of the period in the zone. */
  public Instant start(ZoneId zone) {
    return firstMonth().atDay(1).atStartOfDay(zone).toInstant();
  }

  /** The first instant after the period in the zone (exclusive end). */
  public Instant end(ZoneId zone) {
    return lastMonth().plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
  }

  /** Whether the two periods share a month. */
  public boolean overlaps(StatPeriod o) {
    return !firstMonth().isAfter(o.lastMonth()) && !o.firstMonth().isAfter(lastMonth());
  }

  @Override
  public int compareTo(StatPeriod o) {
    int c = firstMonth().compareTo(o.firstMonth());
    return c != 0 ? c : o.lastMonth().compareTo(lastMonth());
  }

  @Override
  public String toString() {
    return switch (frequency) {
      case M -> String.format("%04d-%02d", year, number);
      case Q -> String.format("%04d-Q%d", year, number);
      case A -> String.format("%04d", year);
    };
  }
}
