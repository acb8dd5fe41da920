package be.synerjob.hub.learning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The choices the texts leave open or that the hub could not confirm, made configurable under
 * {@code hub.learning.rules.*} (see docs/learning.md, "Unconfirmed rules").
 *
 * @param rounding how a pro-rated entitlement is rounded
 * @param referencePeriod which quarters measure the employer's size for a year
 * @param partYearBasis how the part of the year worked is measured
 * @param carryOverOrder which year's days a training uses first
 * @param hoursPerDay how many hours make one training day when training is declared in hours
 */
public record RuleOptions(
    Rounding rounding,
    ReferencePeriod referencePeriod,
    PartYearBasis partYearBasis,
    CarryOverOrder carryOverOrder,
    BigDecimal hoursPerDay) {

  /** The defaults: hundredths of a day, the previous calendar year, calendar days, oldest first. */
  public static final RuleOptions DEFAULTS =
      new RuleOptions(
          Rounding.HUNDREDTH,
          ReferencePeriod.PREVIOUS_CALENDAR_YEAR,
          PartYearBasis.CALENDAR_DAYS,
          CarryOverOrder.OLDEST_FIRST,
          new BigDecimal("7.6"));

  public RuleOptions {
    if (rounding == null) {
      rounding = Rounding.HUNDREDTH;
    }
    if (referencePeriod == null) {
      referencePeriod = ReferencePeriod.PREVIOUS_CALENDAR_YEAR;
    }
    if (partYearBasis == null) {
      partYearBasis = PartYearBasis.CALENDAR_DAYS;
    }
    if (carryOverOrder == null) {
      carryOverOrder = CarryOverOrder.OLDEST_FIRST;
    }
    if (hoursPerDay == null || hoursPerDay.signum() <= 0) {
      hoursPerDay = new BigDecimal("7.6");
    }
  }

  public RuleOptions with(Rounding r) {
    return new RuleOptions(r, referencePeriod, partYearBasis, carryOverOrder, hoursPerDay);
  }

  public RuleOptions with(ReferencePeriod p) {
    return new RuleOptions(rounding, p, partYearBasis, carryOverOrder, hoursPerDay);
  }

  public RuleOptions with(PartYearBasis b) {
    return new RuleOptions(rounding, referencePeriod, b, carryOverOrder, hoursPerDay);
  }

  public RuleOptions with(CarryOverOrder o) {
    return new RuleOptions(rounding, referencePeriod, partYearBasis, o, hoursPerDay);
  }

  /** Rounding of a pro-rated number of days (unconfirmed: the texts say "pro rata" only). */
  public enum Rounding {
    /** Half up to a hundredth of a day (default). */
    HUNDREDTH,
    /** Up to the next half day. */
    HALF_DAY_UP,
    /** Up to the next whole day. */
    DAY_UP;

    public BigDecimal apply(BigDecimal days) {
      switch (this) {
        case HALF_DAY_UP:
          return days.multiply(BigDecimal.valueOf(2))
              .setScale(0, RoundingMode.CEILING)
              .divide(BigDecimal.valueOf(2))
              .setScale(2);
        case DAY_UP:
          return days.setScale(0, RoundingMode.CEILING).setScale(2);
        default:
          return days.setScale(2, RoundingMode.HALF_UP);
      }
    }
  }

  /**
   * The quarters whose average full-time equivalents give the employer's size for a year
   * (unconfirmed).
   */
  public enum ReferencePeriod {
    /** The four quarters of the previous calendar year (default). */
    PREVIOUS_CALENDAR_YEAR,
    /** Third and fourth quarter of year − 2 and first and second of year − 1 (1 July – 30 June). */
    JULY_TO_JUNE;

    /** The reference quarters for a year, as {@code year * 10 + quarter}. */
    public int[] quarters(int year) {
      if (this == JULY_TO_JUNE) {
        return new int[] {
          (year - 2) * 10 + 3, (year - 2) * 10 + 4, (year - 1) * 10 + 1, (year - 1) * 10 + 2
        };
      }
      return new int[] {
        (year - 1) * 10 + 1, (year - 1) * 10 + 2, (year - 1) * 10 + 3, (year - 1) * 10 + 4
      };
    }
  }

  /** How the part of a year an employee worked is measured (unconfirmed). */
  public enum PartYearBasis {
    /** Calendar days employed over the days of the year (default). */
    CALENDAR_DAYS,
    /** Calendar months in which the employee was employed on at least one day, over 12. */
    MONTHS;

    /** The fraction of the year, exact to 6 decimals. */
    public BigDecimal fraction(int year, LocalDate from, LocalDate until) {
      LocalDate start = LocalDate.of(year, 1, 1);
      LocalDate end = LocalDate.of(year, 12, 31);
      LocalDate a = from == null || from.isBefore(start) ? start : from;
      LocalDate b = until == null || until.isAfter(end) ? end : until;
      if (b.isBefore(a)) {
        return BigDecimal.ZERO;
      }
      if (this == MONTHS) {
        int months = b.getMonthValue() - a.getMonthValue() + 1;
        return BigDecimal.valueOf(months).divide(BigDecimal.valueOf(12), 6, RoundingMode.HALF_UP);
      }
      long days = ChronoUnit.DAYS.between(a, b) + 1;
      return BigDecimal.valueOf(days)
          .divide(BigDecimal.valueOf(start.lengthOfYear()), 6, RoundingMode.HALF_UP);
    }
  }

  /** Which year's days a training uses first (unconfirmed). */
  public enum CarryOverOrder {
    /** The oldest days still in the window first, so fewer days expire (default). */
    OLDEST_FIRST,
    /** The current year's days first. */
    NEWEST_FIRST
  }
}
