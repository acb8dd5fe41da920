package be.synerjob.hub.statistics;

import java.util.List;
import java.util.Map;

/**
 * The extension point for {@link Statistic#MOBILITY_OUTCOMES}: a bean implementing it (the matching
 * module owns the mobility figures) gives, for a period, the number of outcomes per origin and
 * destination region. The hub's statistics job calls it with every period it computes and stores
 * the cells like its own, with totals added where the provider gives none. Without such a bean the
 * statistic is defined (methodology, code lists) but has no observations.
 */
public interface CrossRegionOutcomes {

  /** One cell: {@code ORIGIN_REGION} and {@code DESTINATION_REGION} codes, and the count. */
  record Cell(Map<Dimension, String> dimensions, long value) {}

  /** The cells of the period (a month or a year); an empty list when nothing is known. */
  List<Cell> outcomes(StatPeriod period);
}
