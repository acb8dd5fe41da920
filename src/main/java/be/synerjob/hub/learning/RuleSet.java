package be.synerjob.hub.learning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules in force on one date: for every rule name, the row of the rule table with the latest
 * entry into force on or before that date. Each rule carries its source and how sure the hub is of
 * it.
 *
 * @param effectiveFrom the latest entry-into-force date among the rules in this set
 * @param rules the rules by name
 */
public record RuleSet(LocalDate effectiveFrom, Map<String, Rule> rules) {

  /**
   * One rule of the table.
   *
   * @param name the rule's name ({@code days-per-fte}, …)
   * @param value its value as written in the table
   * @param effectiveFrom the date it entered into force
   * @param confidence {@code HIGH} (confirmed in several public sources) or {@code MEDIUM} (as
   *     understood; the exact text was not checked)
   * @param source the legal text it comes from
   * @param note what it means, in one sentence
   */
  public record Rule(
      String name,
      String value,
      LocalDate effectiveFrom,
      String confidence,
      String source,
      String note) {}

  public RuleSet {
    rules = Map.copyOf(rules);
  }

  public Optional<Rule> rule(String name) {
    return Optional.ofNullable(rules.get(name));
  }

  /** Days per full-time equivalent for employers at or above {@link #fullRightMinFte()}. */
  public BigDecimal daysPerFte() {
    return decimal("days-per-fte");
  }

  public BigDecimal fullRightMinFte() {
    return decimal("full-right-min-fte");
  }

  public BigDecimal smallEmployerDays() {
    return decimal("small-employer-days");
  }

  public BigDecimal smallEmployerMinFte() {
    return decimal("small-employer-min-fte");
  }

  /** The fewest days per FTE a sector agreement may set. */
  public BigDecimal sectorFloorDays() {
    return decimal("sector-floor-days");
  }

  /** How many years a year's days stay usable (that year included). */
  public int carryOverYears() {
    return decimal("carry-over-years").intValueExact();
  }

  /** True when training of this kind counts towards the individual training right. */
  public boolean counts(TrainingKind kind) {
    return kinds("counting-kinds").contains(kind) && !kinds("excluded-kinds").contains(kind);
  }

  /**
   * Days after the start of employment to declare a new worker; empty before the account opened.
   */
  public Optional<Integer> newHireDeadlineDays() {
    return optionalInt("new-hire-deadline-days");
  }

  /** Months after a quarter's end to record its training (to the end of that month). */
  public Optional<Integer> quarterlyUpdateMonths() {
    return optionalInt("quarterly-update-months");
  }

  /** Days after the start of the year (or employment) to declare the year's entitlement. */
  public Optional<Integer> yearlyEntitlementDeadlineDays() {
    return optionalInt("yearly-entitlement-deadline-days");
  }

  /** The sources of the named rules, without repeats, for an explanation. */
  public java.util.List<String> sources(String... names) {
    return Arrays.stream(names)
        .map(rules::get)
        .filter(java.util.Objects::nonNull)
        .map(r -> r.name() + " (" + r.effectiveFrom() + "): " + r.source())
        .distinct()
        .toList();
  }

  private Optional<Integer> optionalInt(String name) {
    return rule(name).map(r -> Integer.parseInt(r.value().trim()));
  }

  private BigDecimal decimal(String name) {
    Rule r = rules.get(name);
    if (r == null) {
      throw new IllegalStateException("No rule '" + name + "' in force on " + effectiveFrom);
    }
    return new BigDecimal(r.value().trim());
  }

  private Set<TrainingKind> kinds(String name) {
    Set<TrainingKind> out = EnumSet.noneOf(TrainingKind.class);
    Rule r = rules.get(name);
    if (r != null) {
      for (String k : r.value().split("\\|")) {
        if (!k.isBlank()) {
          out.add(TrainingKind.valueOf(k.trim()));
        }
      }
    }
    return out;
  }
}
