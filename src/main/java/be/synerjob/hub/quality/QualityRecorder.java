package be.synerjob.hub.quality;

import be.synerjob.hub.core.FieldProblem;
import be.synerjob.hub.vacancy.BatchPublished;
import be.synerjob.hub.vacancy.PublishOutcome;
import be.synerjob.hub.vacancy.RecordResult;
import be.synerjob.hub.vacancy.VacancyService;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts every publish in the transaction that made it: records per outcome, rejected records per
 * field and problem code, and the lag from the source's own update time, per day, member and
 * channel. Batches of one member are serialised by the publish path, so the update-then-insert
 * below never races.
 */
@Component
class QualityRecorder {

  private static final String ADD_DAILY =
      "UPDATE quality_daily SET records = records + ? WHERE stat_day = ? AND member = ? AND channel = ? AND outcome = ?";
  private static final String NEW_DAILY =
      "INSERT INTO quality_daily (stat_day, member, channel, outcome, records) VALUES (?, ?, ?, ?, ?)";
  private static final String ADD_PROBLEM =
      "UPDATE quality_problem SET records = records + ? WHERE stat_day = ? AND member = ? AND channel = ?"
          + " AND field = ? AND code = ?";
  private static final String NEW_PROBLEM =
      "INSERT INTO quality_problem (stat_day, member, channel, field, code, records) VALUES (?, ?, ?, ?, ?, ?)";

  private static final String ADD_LAG =
      "UPDATE quality_source_lag SET records = records + ?, lag_sum = lag_sum + ?,"
          + " lag_max = GREATEST(lag_max, ?), within_1m = within_1m + ?, within_5m = within_5m + ?,"
          + " within_15m = within_15m + ?, within_1h = within_1h + ?, within_6h = within_6h + ?,"
          + " within_24h = within_24h + ?, later = later + ?"
          + " WHERE stat_day = ? AND member = ? AND channel = ?";
  private static final String NEW_LAG =
      "INSERT INTO quality_source_lag (records, lag_sum, lag_max, within_1m, within_5m, within_15m,"
          + " within_1h, within_6h, within_24h, later, stat_day, member, channel)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private static final Duration[] LAG_SLOS =
      java.util.Arrays.stream(SourceLag.BOUNDS)
          .mapToObj(Duration::ofSeconds)
          .toArray(Duration[]::new);

  private final JdbcTemplate jdbc;
  private final MeterRegistry meters;

  QualityRecorder(JdbcTemplate jdbc, MeterRegistry meters) {
    this.jdbc = jdbc;
    this.meters = meters;
  }

  @EventListener
  void on(BatchPublished e) {
    Date day = Date.valueOf(LocalDate.ofInstant(e.at(), VacancyService.BRUSSELS));
    String member = e.member().value();
    for (Map.Entry<PublishOutcome, Integer> c : e.result().counts().entrySet()) {
      if (c.getValue() > 0
          && jdbc.update(ADD_DAILY, c.getValue(), day, member, e.channel(), c.getKey().name())
              == 0) {
        jdbc.update(NEW_DAILY, day, member, e.channel(), c.getKey().name(), c.getValue());
      }
    }
    if (!e.sourceLags().isEmpty()) {
      recordSourceLags(e, day, member);
    }
    Map<String, Integer> problems = new HashMap<>();
    for (RecordResult r : e.result().results()) {
      for (FieldProblem p : r.problems()) {
        problems.merge(field(p.field()) + "\u0000" + p.code(), 1, Integer::sum);
      }
    }
    for (Map.Entry<String, Integer> p : problems.entrySet()) {
      String[] fc = p.getKey().split("\u0000", 2);
      if (jdbc.update(ADD_PROBLEM, p.getValue(), day, member, e.channel(), fc[0], fc[1]) == 0) {
        jdbc.update(NEW_PROBLEM, day, member, e.channel(), fc[0], fc[1], p.getValue());
      }
    }
  }

  private void recordSourceLags(BatchPublished e, Date day, String member) {
    SourceLag.Sum sum = new SourceLag.Sum();
    Timer timer =
        Timer.builder("hub.exchange.source.lag")
            .description(
                "Time from a vacancy's change in the member's own system (sourceUpdatedAt) to the"
                    + " hub's receipt")
            .tags("member", member, "channel", e.channel())
            .serviceLevelObjectives(LAG_SLOS)
            .register(meters);
    for (Duration lag : e.sourceLags()) {
      sum.add(lag);
      timer.record(lag);
    }
    List<Object> args = new ArrayList<>();
    args.add(sum.records);
    args.add(sum.sumSeconds);
    args.add(sum.maxSeconds);
    for (long b : sum.buckets) {
      args.add(b);
    }
    args.add(day);
    args.add(member);
    args.add(e.channel());
    if (jdbc.update(ADD_LAG, args.toArray()) == 0) {
      jdbc.update(NEW_LAG, args.toArray());
    }
  }

  /**
   * {@code languages[3].level} counts as {@code languages[].level}, so reasons add up across
   * records.
   */
  static String field(String field) {
    String f = field.replaceAll("\\[\\d+\\]", "[]");
    return f.length() > 100 ? f.substring(0, 100) : f;
  }
}
