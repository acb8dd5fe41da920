package be.synerjob.hub.learning;

import be.synerjob.hub.core.Multilingual;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The individual training right as a pure function of the rule table and the configurable choices:
 * the employer's size over the reference quarters, a worker's entitlement for a year (band, sector
 * agreement, part-time and part-year pro rata, rounding) and the balance per year and over the
 * carry-over window. No Spring, no database, no clock.
 */
public final class TrainingRight {

  private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

  private final LearningRules rules;
  private final RuleOptions options;

  public TrainingRight(LearningRules rules, RuleOptions options) {
    this.rules = rules;
    this.options = options;
  }

  public LearningRules rules() {
    return rules;
  }

  public RuleOptions options() {
    return options;
  }

  /** Which part of the rule decided an entitlement. */
  public enum Band {
    /** Fewer than the small-employer threshold (10 FTE) and no sector agreement: no right. */
    NONE(new Multilingual("Geen recht", "Pas de droit", "Kein Anspruch", "No right")),
    /** From 10 to below 20 FTE: the small-employer days. */
    SMALL(
        new Multilingual(
            "Onderneming van 10 tot 19 werknemers",
            "Entreprise de 10 à 19 travailleurs",
            "Unternehmen mit 10 bis 19 Arbeitnehmern",
            "Employer with 10 to 19 workers")),
    /** 20 FTE or more: the full right. */
    FULL(
        new Multilingual(
            "Onderneming met 20 of meer werknemers",
            "Entreprise de 20 travailleurs ou plus",
            "Unternehmen mit 20 oder mehr Arbeitnehmern",
            "Employer with 20 or more workers")),
    /** A sector agreement of the joint committee sets the days (never below the floor). */
    SECTOR(
        new Multilingual(
            "Sectorakkoord (paritair comité)",
            "Accord sectoriel (commission paritaire)",
            "Sektorabkommen (paritätische Kommission)",
            "Sector agreement (joint committee)")),
    /** The employer declared no workforce for the reference quarters. */
    UNKNOWN_SIZE(
        new Multilingual(
            "Grootte van de onderneming onbekend",
            "Taille de l'entreprise inconnue",
            "Unternehmensgröße unbekannt",
            "Employer size unknown"));

    private final Multilingual label;

    Band(Multilingual label) {
      this.label = label;
    }

    public Multilingual label() {
      return label;
    }
  }

  /**
   * A worker's employment as far as the right is concerned.
   *
   * @param regime the fraction of a full-time job (0 &lt; regime ≤ 1)
   * @param from first day of employment
   * @param until last day, null while employed
   */
  public record Employment(BigDecimal regime, LocalDate from, LocalDate until) {}

  /**
   * A worker's entitlement for a year.
   *
   * @param days the entitlement, rounded; null when the employer's size is unknown
   * @param fullTimeDays the days a full-time worker employed all year would have
   * @param ruleSet the entry-into-force date of the rule set applied
   */
  public record Entitlement(
      int year,
      Band band,
      BigDecimal employerFte,
      BigDecimal fullTimeDays,
      BigDecimal regime,
      BigDecimal yearFraction,
      BigDecimal days,
      LocalDate ruleSet,
      List<String> sources) {}

  /**
   * The employer's size for a year: the average full-time equivalents over the reference quarters
   * it declared (quarters not declared are left out); null when it declared none of them.
   *
   * @param fteByQuarter declared FTE keyed by {@code year * 10 + quarter}
   */
  public BigDecimal employerSize(Map<Integer, BigDecimal> fteByQuarter, int year) {
    BigDecimal sum = BigDecimal.ZERO;
    int n = 0;
    for (int q : options.referencePeriod().quarters(year)) {
      BigDecimal fte = fteByQuarter.get(q);
      if (fte != null) {
        sum = sum.add(fte);
        n++;
      }
    }
    return n == 0 ? null : sum.divide(BigDecimal.valueOf(n), 4, RoundingMode.HALF_UP);
  }

  /**
   * A worker's entitlement for a year.
   *
   * @param employerFte the employer's size ({@link #employerSize}); null when unknown
   * @param sectorDays days per FTE set by the joint committee's sector agreement; null when none
   */
  public Entitlement entitlement(
      int year, BigDecimal employerFte, BigDecimal sectorDays, Employment employment) {
    RuleSet rs = rules.forYear(year);
    Band band;
    BigDecimal fullTime;
    List<String> sources;
    if (sectorDays != null) {
      band = Band.SECTOR;
      fullTime = sectorDays.max(rs.sectorFloorDays());
      sources = rs.sources("sector-floor-days");
    } else if (employerFte == null) {
      band = Band.UNKNOWN_SIZE;
      fullTime = null;
      sources = rs.sources("full-right-min-fte", "small-employer-min-fte");
    } else if (employerFte.compareTo(rs.fullRightMinFte()) >= 0) {
      band = Band.FULL;
      fullTime = rs.daysPerFte();
      sources = rs.sources("days-per-fte", "full-right-min-fte");
    } else if (employerFte.compareTo(rs.smallEmployerMinFte()) >= 0) {
      band = Band.SMALL;
      fullTime = rs.smallEmployerDays();
      sources = rs.sources("small-employer-days", "small-employer-min-fte");
    } else {
      band = Band.NONE;
      fullTime = BigDecimal.ZERO;
      sources = rs.sources("small-employer-min-fte");
    }
    BigDecimal fraction =
        options.partYearBasis().fraction(year, employment.from(), employment.until());
    BigDecimal days =
        fullTime == null
            ? null
            : options.rounding().apply(fullTime.multiply(employment.regime()).multiply(fraction));
    return new Entitlement(
        year,
        band,
        employerFte,
        fullTime == null ? null : fullTime.setScale(2, RoundingMode.HALF_UP),
        employment.regime(),
        fraction,
        days,
        rs.effectiveFrom(),
        sources);
  }

  /** Days of a training declared in days or in hours ({@link RuleOptions#hoursPerDay()}). */
  public BigDecimal trainingDays(BigDecimal days, BigDecimal hours) {
    if (days != null) {
      return days.setScale(2, RoundingMode.HALF_UP);
    }
    return hours.divide(options.hoursPerDay(), 2, RoundingMode.HALF_UP);
  }

  /** A training as the balance sees it. */
  public record Taken(int year, TrainingKind kind, BigDecimal days) {}

  /**
   * One year of a balance.
   *
   * @param entitled the year's own days
   * @param carriedIn days of earlier years still usable at the start of the year
   * @param expired days of earlier years that left the window at the start of the year
   * @param taken days of counting training followed in the year
   * @param notCounted days of training of kinds that do not count (training leave, …)
   * @param beyondEntitlement counting days taken when no entitlement was left
   * @param available days left at the end of the year
   */
  public record YearBalance(
      int year,
      BigDecimal entitled,
      BigDecimal carriedIn,
      BigDecimal expired,
      BigDecimal taken,
      BigDecimal notCounted,
      BigDecimal beyondEntitlement,
      BigDecimal available) {}

  /** Totals over the carry-over window that ends with the balance's year. */
  public record Window(
      int fromYear, int toYear, BigDecimal entitled, BigDecimal taken, BigDecimal available) {}

  /** A balance per year (oldest first) up to a year, and its window. */
  public record Balance(List<YearBalance> years, Window window) {}

  /**
   * The balance up to and including {@code asOfYear}: each year's days can be used in that year and
   * the following years of the window; a training uses the days in the configured order.
   *
   * @param entitlements days per year
   * @param taken training followed
   */
  public Balance balance(Map<Integer, BigDecimal> entitlements, List<Taken> taken, int asOfYear) {
    TreeMap<Integer, BigDecimal> ent = new TreeMap<>(entitlements);
    TreeMap<Integer, List<Taken>> byYear = new TreeMap<>();
    for (Taken t : taken) {
      byYear.computeIfAbsent(t.year(), y -> new ArrayList<>()).add(t);
    }
    int first = asOfYear;
    if (!ent.isEmpty()) {
      first = Math.min(first, ent.firstKey());
    }
    if (!byYear.isEmpty()) {
      first = Math.min(first, byYear.firstKey());
    }
    first = Math.max(first, rules.firstYear());
    Deque<BigDecimal[]> lots = new ArrayDeque<>(); // {year, lastUsableYear, remaining}
    List<YearBalance> years = new ArrayList<>();
    for (int y = first; y <= asOfYear; y++) {
      BigDecimal expired = BigDecimal.ZERO;
      for (Iterator<BigDecimal[]> it = lots.iterator(); it.hasNext(); ) {
        BigDecimal[] lot = it.next();
        if (lot[1].intValue() < y) {
          expired = expired.add(lot[2]);
          it.remove();
        }
      }
      BigDecimal carriedIn = sum(lots);
      BigDecimal own = ent.getOrDefault(y, BigDecimal.ZERO);
      int lastUsable = y + rules.forYear(y).carryOverYears() - 1;
      lots.addLast(new BigDecimal[] {BigDecimal.valueOf(y), BigDecimal.valueOf(lastUsable), own});
      RuleSet rs = rules.forYear(y);
      BigDecimal counted = BigDecimal.ZERO;
      BigDecimal notCounted = BigDecimal.ZERO;
      for (Taken t : byYear.getOrDefault(y, List.of())) {
        if (rs.counts(t.kind())) {
          counted = counted.add(t.days());
        } else {
          notCounted = notCounted.add(t.days());
        }
      }
      BigDecimal toUse = counted;
      Iterator<BigDecimal[]> order =
          options.carryOverOrder() == RuleOptions.CarryOverOrder.OLDEST_FIRST
              ? lots.iterator()
              : lots.descendingIterator();
      while (toUse.signum() > 0 && order.hasNext()) {
        BigDecimal[] lot = order.next();
        BigDecimal use = lot[2].min(toUse);
        lot[2] = lot[2].subtract(use);
        toUse = toUse.subtract(use);
      }
      years.add(
          new YearBalance(
              y,
              scale(own),
              scale(carriedIn),
              scale(expired),
              scale(counted),
              scale(notCounted),
              scale(toUse),
              scale(sum(lots))));
    }
    int windowYears = rules.forYear(asOfYear).carryOverYears();
    int from = asOfYear - windowYears + 1;
    BigDecimal wEnt = BigDecimal.ZERO;
    BigDecimal wTaken = BigDecimal.ZERO;
    for (YearBalance yb : years) {
      if (yb.year() >= from) {
        wEnt = wEnt.add(yb.entitled());
        wTaken = wTaken.add(yb.taken());
      }
    }
    BigDecimal available = years.isEmpty() ? ZERO : years.get(years.size() - 1).available();
    return new Balance(
        List.copyOf(years), new Window(from, asOfYear, scale(wEnt), scale(wTaken), available));
  }

  private static BigDecimal sum(Deque<BigDecimal[]> lots) {
    BigDecimal s = BigDecimal.ZERO;
    for (BigDecimal[] lot : lots) {
      s = s.add(lot[2]);
    }
    return s;
  }

  private static BigDecimal scale(BigDecimal v) {
    return v.setScale(2, RoundingMode.HALF_UP);
  }
}
