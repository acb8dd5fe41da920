package be.synerjob.hub.learning;

import be.synerjob.hub.core.Csv;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The rule table: every rule with its value, date of entry into force, confidence and source, read
 * from {@code learning/rules.csv} on the class path. Pure: no Spring, no database.
 */
public final class LearningRules {

  private static final List<String> HEADER =
      List.of("effective_from", "rule", "value", "confidence", "source", "note");

  private final List<RuleSet.Rule> rows;

  public LearningRules(List<RuleSet.Rule> rows) {
    this.rows = rows.stream().sorted(Comparator.comparing(RuleSet.Rule::effectiveFrom)).toList();
  }

  /** The rules shipped with the hub. */
  public static LearningRules shipped() {
    try (InputStream in = LearningRules.class.getResourceAsStream("/learning/rules.csv")) {
      if (in == null) {
        throw new IllegalStateException("learning/rules.csv is missing from the class path");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static LearningRules read(InputStream in) {
    List<RuleSet.Rule> rows = new ArrayList<>();
    try (Csv csv = new Csv(new InputStreamReader(in, StandardCharsets.UTF_8), ',')) {
      List<String> header = csv.next();
      if (!HEADER.equals(header)) {
        throw new IllegalStateException("rules.csv: header must be " + HEADER + ", was " + header);
      }
      List<String> r;
      while ((r = csv.next()) != null) {
        if (r.size() == 1 && r.get(0).isBlank()) {
          continue;
        }
        if (r.size() != HEADER.size()) {
          throw new IllegalStateException(
              "rules.csv line " + csv.line() + ": " + r.size() + " fields, expected 6");
        }
        rows.add(
            new RuleSet.Rule(
                r.get(1).trim(),
                r.get(2).trim(),
                LocalDate.parse(r.get(0).trim()),
                r.get(3).trim(),
                r.get(4).trim(),
                r.get(5).trim()));
      }
    }
    return new LearningRules(rows);
  }

  /** Every row of the table, oldest first. */
  public List<RuleSet.Rule> rows() {
    return rows;
  }

  /** The rules in force on a date. */
  public RuleSet on(LocalDate date) {
    Map<String, RuleSet.Rule> inForce = new LinkedHashMap<>();
    LocalDate newest = LocalDate.MIN;
    for (RuleSet.Rule r : rows) {
      if (!r.effectiveFrom().isAfter(date)) {
        inForce.put(r.name(), r);
        if (r.effectiveFrom().isAfter(newest)) {
          newest = r.effectiveFrom();
        }
      }
    }
    if (inForce.isEmpty()) {
      throw new IllegalArgumentException(
          "No training-right rule was in force on "
              + date
              + " (the first dates from "
              + rows.get(0).effectiveFrom()
              + ")");
    }
    return new RuleSet(newest, inForce);
  }

  /** The rules that decide a year's entitlement: those in force on 1 January. */
  public RuleSet forYear(int year) {
    return on(LocalDate.of(year, 1, 1));
  }

  /** The first year any rule covers. */
  public int firstYear() {
    return rows.get(0).effectiveFrom().getYear();
  }

  /** One rule set per entry-into-force date, oldest first. */
  public List<RuleSet> versions() {
    TreeSet<LocalDate> dates = new TreeSet<>();
    rows.forEach(r -> dates.add(r.effectiveFrom()));
    return dates.stream().map(this::on).toList();
  }
}
