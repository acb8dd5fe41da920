package be.synerjob.hub.matching;

import be.synerjob.hub.statistics.CrossRegionOutcomes;
import be.synerjob.hub.statistics.Dimension;
import be.synerjob.hub.statistics.StatPeriod;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Feeds the members' reported hires across regions into the harmonised statistics ({@code
 * MOBILITY_OUTCOMES}): per origin and destination region, monthly and yearly. A destination outside
 * Belgium (cross-border outcomes are another kind) would count as {@code ABROAD}.
 */
@org.springframework.stereotype.Component
class MobilityStatistics implements CrossRegionOutcomes {

  private final MobilityFigures figures;

  MobilityStatistics(MobilityFigures figures) {
    this.figures = figures;
  }

  @Override
  public List<Cell> outcomes(StatPeriod period) {
    // Monthly rows summed over the period: the same code for a month, a quarter or a year.
    Map<String, Long> cells = new LinkedHashMap<>();
    for (MobilityFigures.Flow f :
        figures.flows(period.firstMonth(), period.lastMonth(), MobilityFigures.Kind.HIRED, false)) {
      String destination =
          MobilityFigures.COUNTRIES.contains(f.destinationRegion())
              ? "ABROAD"
              : f.destinationRegion();
      cells.merge(f.originRegion() + "\u0000" + destination, f.persons(), Long::sum);
    }
    return cells.entrySet().stream()
        .map(
            e -> {
              String[] od = e.getKey().split("\u0000", 2);
              return new Cell(
                  Map.of(Dimension.ORIGIN_REGION, od[0], Dimension.DESTINATION_REGION, od[1]),
                  e.getValue());
            })
        .toList();
  }
}
