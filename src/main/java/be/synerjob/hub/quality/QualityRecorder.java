package be.synerjob.hub.quality;

import be.synerjob.hub.core.FieldProblem;
import be.synerjob.hub.vacancy.BatchPublished;
import be.synerjob.hub.vacancy.PublishOutcome;
import be.synerjob.hub.vacancy.RecordResult;
import be.synerjob.hub.vacancy.VacancyService;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts every publish in the transaction that made it: records per outcome, and rejected records
 * per field and problem code, per day, member and channel. Batches of one member are serialised by
 * the publish path, so the update-then-insert below never races.
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

  private final JdbcTemplate jdbc;

  QualityRecorder(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
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

  /**
   * {@code languages[3].level} counts as {@code languages[].level}, so reasons add up across
   * records.
   */
  static String field(String field) {
    String f = field.replaceAll("\\[\\d+\\]", "[]");
    return f.length() > 100 ? f.substring(0, 100) : f;
  }
}
