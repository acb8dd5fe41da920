package be.synerjob.hub.statistics;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hub's own statistics: computes them for a range of months (and the years they touch) and
 * stores them; reads the published observations of any statistic.
 */
@Service
public class Statistics {

  private static final Logger log = LoggerFactory.getLogger(Statistics.class);

  /** What a computation did. */
  public record ComputeReport(
      String from, String to, int periods, int written, int revised, Instant computedAt) {}

  private final HubStatistics hub;
  private final ObservationStore store;
  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final ObjectProvider<CrossRegionOutcomes> mobility;
  private final int recentMonths;
  private final be.synerjob.hub.audit.AuditLog audit;

  Statistics(
      HubStatistics hub,
      ObservationStore store,
      JdbcTemplate jdbc,
      Optional<Clock> clock,
      ObjectProvider<CrossRegionOutcomes> mobility,
      be.synerjob.hub.audit.AuditLog audit,
      @Value("${hub.statistics.recompute-months:2}") int recentMonths) {
    this.audit = audit;
    this.hub = hub;
    this.store = store;
    this.jdbc = jdbc;
    this.clock = clock.orElse(Clock.systemUTC());
    this.mobility = mobility;
    this.recentMonths = Math.max(1, recentMonths);
  }

  Clock clock() {
    return clock;
  }

  /** The current month in Belgian civil time. */
  public YearMonth currentMonth() {
    return YearMonth.now(clock.withZone(HubStatistics.ZONE));
  }

  /**
   * The scheduled computation: the last {@code hub.statistics.recompute-months} months (the current
   * one provisional) and their years; on the first run, every month since the first vacancy.
   */
  @Transactional
  public ComputeReport computeRecent() {
    YearMonth to = currentMonth();
    YearMonth from = to.minusMonths(recentMonths - 1L);
    Integer stored =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM stat_observation WHERE institution = ?",
            Integer.class,
            Statistic.HUB);
    if (stored == null || stored == 0) {
      java.sql.Timestamp first =
          jdbc.queryForObject("SELECT MIN(created_at) FROM vacancy", java.sql.Timestamp.class);
      if (first != null) {
        YearMonth f = YearMonth.from(first.toInstant().atZone(HubStatistics.ZONE));
        from = f.isBefore(from) ? f : from;
      }
    }
    return compute(from, to, "scheduled recomputation");
  }

  /** An operator's on-demand recomputation, audited. */
  @Transactional
  public ComputeReport compute(YearMonth from, YearMonth to, String reason, String actor) {
    ComputeReport r = compute(from, to, reason);
    audit.record(
        actor,
        null,
        be.synerjob.hub.audit.AuditAction.STATISTICS_COMPUTED,
        from + ".." + to,
        "OK",
        r.written() + " observations written, " + r.revised() + " revised; reason: " + reason);
    return r;
  }

  /**
   * Computes the hub's statistics for every month from {@code from} to {@code to} and for the years
   * they touch; a changed final value is recorded as a revision with the reason.
   */
  @Transactional
  public ComputeReport compute(YearMonth from, YearMonth to, String reason) {
    Instant now = clock.instant();
    YearMonth current = currentMonth();
    if (to.isAfter(current)) {
      to = current;
    }
    List<StatPeriod> periods = HubStatistics.periods(from, to);
    HubStatistics.Computed c = hub.vacancies(periods, now);
    int written = 0;
    int revised = 0;
    for (StatPeriod p : periods) {
      boolean provisional = p.end(HubStatistics.ZONE).isAfter(now);
      List<Map.Entry<Statistic, Map<String, Long>>> all = new ArrayList<>();
      all.add(Map.entry(Statistic.VAC_RECEIVED, c.received().get(p).values()));
      all.add(Map.entry(Statistic.VAC_OPEN, c.open().get(p).values()));
      all.add(Map.entry(Statistic.VAC_EXCHANGED, hub.exchanged(p, now)));
      CrossRegionOutcomes m = mobility.getIfAvailable();
      if (m != null) {
        all.add(Map.entry(Statistic.MOBILITY_OUTCOMES, mobilityCells(m.outcomes(p))));
      }
      for (var e : all) {
        ObservationStore.Outcome o =
            store.replace(
                e.getKey(), Statistic.HUB, p, e.getValue(), provisional, null, reason, now);
        written += o.written();
        revised += o.revised();
      }
    }
    log.info(
        "Statistics computed for {} to {}: {} periods, {} observations written, {} revised",
        from,
        to,
        periods.size(),
        written,
        revised);
    return new ComputeReport(from.toString(), to.toString(), periods.size(), written, revised, now);
  }

  private static Map<String, Long> mobilityCells(List<CrossRegionOutcomes.Cell> cells) {
    Map<String, Long> out = new TreeMap<>();
    boolean hasTotals = false;
    for (CrossRegionOutcomes.Cell c : cells) {
      Map<Dimension, String> k = new EnumMap<>(Dimension.class);
      k.putAll(c.dimensions());
      hasTotals |= k.containsValue(Dimension.TOTAL);
      out.merge(
          SeriesKey.encode(Statistic.MOBILITY_OUTCOMES.dimensions(), k), c.value(), Long::sum);
    }
    if (!hasTotals) {
      List<Dimension> dims = Statistic.MOBILITY_OUTCOMES.dimensions();
      for (CrossRegionOutcomes.Cell c : cells) {
        for (int mask = 1; mask < 4; mask++) {
          Map<Dimension, String> k = new EnumMap<>(Dimension.class);
          k.put(dims.get(0), (mask & 1) != 0 ? Dimension.TOTAL : c.dimensions().get(dims.get(0)));
          k.put(dims.get(1), (mask & 2) != 0 ? Dimension.TOTAL : c.dimensions().get(dims.get(1)));
          out.merge(SeriesKey.encode(dims, k), c.value(), Long::sum);
        }
      }
    }
    return out;
  }

  List<ObservationStore.Revision> revisions(Statistic statistic, String institution, int limit) {
    return store.revisions(statistic, institution, limit);
  }

  /** The stored observations of a statistic (unsuppressed: for the hub's own use). */
  public List<Observation> observations(
      Statistic statistic, String institution, String frequency, StatPeriod from, StatPeriod to) {
    return store.find(statistic, institution, frequency, from, to);
  }
}
