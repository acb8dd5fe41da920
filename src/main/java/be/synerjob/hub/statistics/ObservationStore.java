package be.synerjob.hub.statistics;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The observation tables. Replacing the observations of a period writes only what changed; when the
 * earlier values were final (status A), every changed, added or withdrawn value is kept in {@code
 * stat_revision} with the reason and the new revision number, so nothing published changes without
 * a recorded revision. Provisional values (a period not yet ended) are overwritten silently.
 */
@Component
class ObservationStore {

  /** What a replacement did. */
  record Outcome(int written, int revised, int revision) {}

  private record Stored(long value, char status, int revision, Instant computedAt) {}

  private final JdbcTemplate jdbc;

  ObservationStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Replaces the observations of a statistic, institution and period with {@code values} (series
   * key → value). Runs in the caller's transaction.
   *
   * @param revision the revision number to give changed final values, or null for "one more than
   *     the highest stored"
   */
  Outcome replace(
      Statistic statistic,
      String institution,
      StatPeriod period,
      Map<String, Long> values,
      boolean provisional,
      Integer revision,
      String reason,
      Instant now) {
    Map<String, Stored> existing = new HashMap<>();
    jdbc.query(
        "SELECT series_key, obs_value, obs_status, revision, computed_at FROM stat_observation"
            + " WHERE statistic = ? AND institution = ? AND period = ?",
        rs -> {
          existing.put(
              rs.getString(1),
              new Stored(
                  rs.getLong(2),
                  rs.getString(3).charAt(0),
                  rs.getInt(4),
                  rs.getTimestamp(5).toInstant()));
        },
        statistic.name(),
        institution,
        period.toString());
    boolean wasFinal = existing.values().stream().anyMatch(s -> s.status() == 'A');
    int maxRevision = existing.values().stream().mapToInt(Stored::revision).max().orElse(-1);
    int newRevision = revision != null ? revision : (wasFinal ? maxRevision + 1 : 0);
    char status = provisional ? 'P' : 'A';
    Timestamp at = Timestamp.from(now);
    List<Object[]> inserts = new ArrayList<>();
    List<Object[]> updates = new ArrayList<>();
    List<Object[]> history = new ArrayList<>();
    for (Map.Entry<String, Long> e : values.entrySet()) {
      Stored s = existing.get(e.getKey());
      if (s == null) {
        inserts.add(
            new Object[] {
              statistic.name(),
              institution,
              period.toString(),
              e.getKey(),
              e.getValue(),
              String.valueOf(status),
              wasFinal ? newRevision : 0,
              at
            });
        if (wasFinal) {
          history.add(
              row(
                  statistic,
                  institution,
                  period,
                  e.getKey(),
                  newRevision,
                  null,
                  e.getValue(),
                  null,
                  at,
                  reason));
        }
      } else if (s.value() != e.getValue() || s.status() != status) {
        boolean revised = s.status() == 'A' && s.value() != e.getValue();
        int rev = revised ? newRevision : s.revision();
        updates.add(
            new Object[] {
              e.getValue(),
              String.valueOf(status),
              rev,
              at,
              statistic.name(),
              institution,
              period.toString(),
              e.getKey()
            });
        if (revised) {
          history.add(
              row(
                  statistic,
                  institution,
                  period,
                  e.getKey(),
                  rev,
                  s.value(),
                  e.getValue(),
                  Timestamp.from(s.computedAt()),
                  at,
                  reason));
        }
      }
    }
    List<Object[]> deletes = new ArrayList<>();
    for (Map.Entry<String, Stored> e : existing.entrySet()) {
      if (!values.containsKey(e.getKey())) {
        deletes.add(new Object[] {statistic.name(), institution, period.toString(), e.getKey()});
        if (e.getValue().status() == 'A') {
          history.add(
              row(
                  statistic,
                  institution,
                  period,
                  e.getKey(),
                  newRevision,
                  e.getValue().value(),
                  null,
                  Timestamp.from(e.getValue().computedAt()),
                  at,
                  reason));
        }
      }
    }
    if (!inserts.isEmpty()) {
      jdbc.batchUpdate(
          "INSERT INTO stat_observation (statistic, institution, period, series_key, obs_value, obs_status,"
              + " revision, computed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
          inserts);
    }
    if (!updates.isEmpty()) {
      jdbc.batchUpdate(
          "UPDATE stat_observation SET obs_value = ?, obs_status = ?, revision = ?, computed_at = ?"
              + " WHERE statistic = ? AND institution = ? AND period = ? AND series_key = ?",
          updates);
    }
    if (!deletes.isEmpty()) {
      jdbc.batchUpdate(
          "DELETE FROM stat_observation WHERE statistic = ? AND institution = ? AND period = ? AND series_key = ?",
          deletes);
    }
    if (!history.isEmpty()) {
      jdbc.batchUpdate(
          "INSERT INTO stat_revision (statistic, institution, period, series_key, revision, old_value, new_value,"
              + " old_computed_at, revised_at, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          history);
    }
    return new Outcome(
        inserts.size() + updates.size() + deletes.size(), history.size(), newRevision);
  }

  private static Object[] row(
      Statistic s,
      String inst,
      StatPeriod p,
      String key,
      int rev,
      Long oldV,
      Long newV,
      Timestamp oldAt,
      Timestamp at,
      String reason) {
    return new Object[] {
      s.name(),
      inst,
      p.toString(),
      key,
      rev,
      oldV,
      newV,
      oldAt,
      at,
      Objects.requireNonNullElse(reason, "recomputation")
    };
  }

  /** The observations of a statistic, optionally of one institution and a range of periods. */
  List<Observation> find(
      Statistic statistic, String institution, String frequency, StatPeriod from, StatPeriod to) {
    StringBuilder sql =
        new StringBuilder(
            "SELECT institution, period, series_key, obs_value, obs_status, revision, computed_at"
                + " FROM stat_observation WHERE statistic = ?");
    List<Object> args = new ArrayList<>();
    args.add(statistic.name());
    if (institution != null) {
      sql.append(" AND institution = ?");
      args.add(institution);
    }
    sql.append(" ORDER BY institution, period, series_key");
    List<Observation> out = new ArrayList<>();
    jdbc.query(
        sql.toString(),
        rs -> {
          StatPeriod p = StatPeriod.parse(rs.getString(2)).orElseThrow();
          if (frequency != null && !p.frequency().name().equals(frequency)) {
            return;
          }
          if ((from != null && p.lastMonth().isBefore(from.firstMonth()))
              || (to != null && p.firstMonth().isAfter(to.lastMonth()))) {
            return;
          }
          out.add(
              new Observation(
                  statistic,
                  rs.getString(1),
                  p,
                  SeriesKey.decode(rs.getString(3)),
                  rs.getLong(4),
                  rs.getString(5).charAt(0),
                  rs.getInt(6),
                  rs.getTimestamp(7).toInstant()));
        },
        args.toArray());
    return out;
  }

  /** A recorded revision. */
  record Revision(
      String institution,
      String period,
      String series,
      int revision,
      Long oldValue,
      Long newValue,
      Instant oldComputedAt,
      Instant revisedAt,
      String reason) {}

  List<Revision> revisions(Statistic statistic, String institution, int limit) {
    List<Object> args = new ArrayList<>();
    args.add(statistic.name());
    if (institution != null) {
      args.add(institution);
    }
    args.add(limit);
    return jdbc.query(
        "SELECT institution, period, series_key, revision, old_value, new_value, old_computed_at, revised_at, reason"
            + " FROM stat_revision WHERE statistic = ?"
            + (institution == null ? "" : " AND institution = ?")
            + " ORDER BY id DESC LIMIT ?",
        (rs, n) ->
            new Revision(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getInt(4),
                (Long) rs.getObject(5, Long.class),
                (Long) rs.getObject(6, Long.class),
                rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant(),
                rs.getTimestamp(8).toInstant(),
                rs.getString(9)),
        args.toArray());
  }
}
