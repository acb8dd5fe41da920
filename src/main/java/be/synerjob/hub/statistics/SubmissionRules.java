package be.synerjob.hub.statistics;

import be.synerjob.hub.core.FieldProblem;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rules a member's figures must meet, without the database: known statistic (one the members
 * supply), a period {@code YYYY-MM} or {@code YYYY-Qn} that has begun, known dimensions and codes,
 * whole non-negative counts, each series once, no monthly and quarterly figures of one statistic
 * overlapping, and totals that add up: for every breakdown cell, the cell with that dimension at
 * {@code _T} (and the others equal) must exist and equal the sum of its breakdown. Every problem
 * names the row, the field and the reason.
 */
final class SubmissionRules {

  private SubmissionRules() {}

  /**
   * One row as received: where it came from ({@code lines[4]}, {@code observations[2]}), raw
   * fields.
   */
  record Row(
      String ref, String statistic, String period, Map<String, String> dimensions, String value) {}

  /** A valid row. */
  record Cell(
      String ref,
      Statistic statistic,
      StatPeriod period,
      Map<Dimension, String> series,
      long value) {
    String seriesKey() {
      return SeriesKey.encode(statistic.dimensions(), series);
    }
  }

  static List<Cell> check(List<Row> rows, YearMonth currentMonth, List<FieldProblem> problems) {
    List<Cell> cells = new ArrayList<>();
    for (Row r : rows) {
      Cell c = cell(r, currentMonth, problems);
      if (c != null) {
        cells.add(c);
      }
    }
    Map<String, Cell> seen = new HashMap<>();
    for (Cell c : cells) {
      Cell before = seen.putIfAbsent(c.statistic() + "|" + c.period() + "|" + c.seriesKey(), c);
      if (before != null) {
        problems.add(
            FieldProblem.of(
                c.ref(),
                "duplicate-series",
                "the same series ("
                    + c.seriesKey()
                    + ") of "
                    + c.statistic()
                    + " "
                    + c.period()
                    + " is already given in "
                    + before.ref()));
      }
    }
    // monthly and quarterly figures of one statistic must not cover the same months
    Map<Statistic, List<Cell>> byStat = new EnumMap<>(Statistic.class);
    for (Cell c : cells) {
      byStat.computeIfAbsent(c.statistic(), k -> new ArrayList<>()).add(c);
    }
    for (List<Cell> list : byStat.values()) {
      Map<StatPeriod, Cell> firstOf = new LinkedHashMap<>();
      for (Cell c : list) {
        firstOf.putIfAbsent(c.period(), c);
      }
      List<StatPeriod> ps = new ArrayList<>(firstOf.keySet());
      for (int i = 0; i < ps.size(); i++) {
        for (int j = i + 1; j < ps.size(); j++) {
          if (ps.get(i).overlaps(ps.get(j))) {
            Cell c = firstOf.get(ps.get(j));
            problems.add(
                FieldProblem.of(
                    c.ref() + ".period",
                    "overlapping-period",
                    c.period()
                        + " overlaps "
                        + ps.get(i)
                        + " of "
                        + c.statistic()
                        + " in the same upload ("
                        + firstOf.get(ps.get(i)).ref()
                        + "); send monthly or quarterly figures, not both"));
          }
        }
      }
    }
    totals(cells, problems);
    return cells;
  }

  private static Cell cell(Row r, YearMonth currentMonth, List<FieldProblem> problems) {
    int before = problems.size();
    Statistic s = Statistic.parse(r.statistic()).orElse(null);
    if (s == null) {
      problems.add(
          FieldProblem.of(
              r.ref() + ".statistic",
              "unknown-statistic",
              "'" + r.statistic() + "' is not a statistic; valid values: " + memberStatistics()));
    } else if (s.source() != Statistic.Source.MEMBER) {
      problems.add(
          FieldProblem.of(
              r.ref() + ".statistic",
              "not-supplied-by-members",
              s + " is computed by the hub; members supply " + memberStatistics()));
      s = null;
    }
    StatPeriod p = StatPeriod.parse(r.period()).orElse(null);
    if (p == null || p.frequency() == StatPeriod.Frequency.A) {
      problems.add(
          FieldProblem.of(
              r.ref() + ".period",
              "invalid-period",
              "'" + r.period() + "' is not a month YYYY-MM or a quarter YYYY-Qn"));
      p = null;
    } else if (p.firstMonth().isAfter(currentMonth)) {
      problems.add(
          FieldProblem.of(
              r.ref() + ".period",
              "future-period",
              p + " is in the future (the current month is " + currentMonth + ")"));
      p = null;
    }
    Map<Dimension, String> series = new EnumMap<>(Dimension.class);
    for (Map.Entry<String, String> e : r.dimensions().entrySet()) {
      Dimension d = Dimension.parse(e.getKey()).orElse(null);
      String field = r.ref() + "." + e.getKey();
      if (d == null || (s != null && !s.breakdowns().contains(d))) {
        problems.add(
            FieldProblem.of(
                field,
                "unknown-dimension",
                "'"
                    + e.getKey()
                    + "' is not a dimension"
                    + (s == null ? "" : " of " + s + "; valid: " + s.breakdowns())));
        continue;
      }
      String code =
          e.getValue() == null || e.getValue().isBlank() ? Dimension.TOTAL : e.getValue().trim();
      if (!d.valid(code)) {
        problems.add(
            FieldProblem.of(
                field,
                "unknown-code",
                "'"
                    + code
                    + "' is not a "
                    + d
                    + " code; valid: "
                    + String.join(", ", d.codes().keySet())));
        continue;
      }
      series.put(d, code);
    }
    Long value = null;
    String v = r.value() == null ? "" : r.value().trim();
    if (v.isEmpty()) {
      problems.add(FieldProblem.of(r.ref() + ".value", "missing-value", "a count is required"));
    } else {
      try {
        value = Long.parseLong(v);
        if (value < 0) {
          problems.add(
              FieldProblem.of(
                  r.ref() + ".value", "negative-value", v + " is negative; counts are 0 or more"));
          value = null;
        }
      } catch (NumberFormatException e) {
        problems.add(
            FieldProblem.of(
                r.ref() + ".value", "invalid-value", "'" + v + "' is not a whole number"));
      }
    }
    if (problems.size() > before || s == null || p == null || value == null) {
      return null;
    }
    for (Dimension d : s.breakdowns()) {
      series.putIfAbsent(d, Dimension.TOTAL);
    }
    return new Cell(r.ref(), s, p, series, value);
  }

  /** Every breakdown adds up to its total row. */
  private static void totals(List<Cell> cells, List<FieldProblem> problems) {
    Map<String, Cell> byKey = new HashMap<>();
    for (Cell c : cells) {
      byKey.putIfAbsent(c.statistic() + "|" + c.period() + "|" + c.seriesKey(), c);
    }
    record Group(String parentKey, Dimension dimension) {}
    Map<Group, Long> sums = new LinkedHashMap<>();
    Map<Group, List<String>> refs = new HashMap<>();
    Map<Group, Cell> example = new HashMap<>();
    for (Cell c : cells) {
      for (Dimension d : c.statistic().breakdowns()) {
        if (!d.additive() || Objects.equals(c.series().get(d), Dimension.TOTAL)) {
          continue;
        }
        Map<Dimension, String> parent = new EnumMap<>(c.series());
        parent.put(d, Dimension.TOTAL);
        Group g =
            new Group(
                c.statistic()
                    + "|"
                    + c.period()
                    + "|"
                    + SeriesKey.encode(c.statistic().dimensions(), parent),
                d);
        sums.merge(g, c.value(), Long::sum);
        refs.computeIfAbsent(g, k -> new ArrayList<>()).add(c.ref());
        example.putIfAbsent(g, c);
      }
    }
    for (Map.Entry<Group, Long> e : sums.entrySet()) {
      Group g = e.getKey();
      Cell parent = byKey.get(g.parentKey());
      Cell child = example.get(g);
      String series = g.parentKey().substring(g.parentKey().lastIndexOf('|') + 1);
      if (parent == null) {
        problems.add(
            FieldProblem.of(
                child.ref(),
                "missing-total",
                "the "
                    + g.dimension()
                    + " breakdown of "
                    + child.statistic()
                    + " "
                    + child.period()
                    + " ("
                    + String.join(", ", refs.get(g))
                    + ") has no total row "
                    + series));
      } else if (parent.value() != e.getValue()) {
        problems.add(
            FieldProblem.of(
                parent.ref() + ".value",
                "total-mismatch",
                "the total "
                    + parent.value()
                    + " of "
                    + parent.statistic()
                    + " "
                    + parent.period()
                    + " ("
                    + series
                    + ") is not the sum of its "
                    + g.dimension()
                    + " breakdown, "
                    + e.getValue()
                    + " ("
                    + String.join(", ", refs.get(g))
                    + ")"));
      }
    }
  }

  static String memberStatistics() {
    return String.join(
        ", ",
        java.util.Arrays.stream(Statistic.values())
            .filter(s -> s.source() == Statistic.Source.MEMBER)
            .map(Enum::name)
            .toList());
  }
}
