package be.synerjob.hub.statistics;

import be.synerjob.hub.audit.AuditAction;
import be.synerjob.hub.audit.AuditLog;
import be.synerjob.hub.core.Csv;
import be.synerjob.hub.core.FieldProblem;
import be.synerjob.hub.core.HubException;
import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.core.ProblemType;
import java.io.Reader;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures members supply (job demand, training entrants): received as CSV or JSON, checked by
 * {@link SubmissionRules} and against what is stored (a quarter may not overlap a stored month and
 * the reverse), stored all or nothing. A statistic and period sent again replaces the earlier
 * figures only with a reason: the earlier values stay in the revision history.
 */
@Service
public class Submissions {

  /** At most this many rows in one upload. */
  static final int MAX_ROWS = 20_000;

  /** One row of a JSON upload. */
  public record ObservationIn(
      String statistic, String period, Map<String, String> dimensions, String value) {}

  /** A JSON upload. */
  public record Upload(String reason, List<ObservationIn> observations) {}

  /** What was stored for one statistic and period. */
  public record Stored(
      String statistic, String period, int revision, int cells, int revisedValues) {}

  /** The answer to an upload. */
  public record Receipt(String institution, List<Stored> stored, List<String> warnings) {}

  /** A stored submission. */
  public record Submission(
      String id,
      String institution,
      String statistic,
      String period,
      int revision,
      String reason,
      String channel,
      String actor,
      int cells,
      Instant receivedAt) {}

  private final JdbcTemplate jdbc;
  private final ObservationStore store;
  private final Statistics statistics;
  private final Methodologies methodologies;
  private final AuditLog audit;

  Submissions(
      JdbcTemplate jdbc,
      ObservationStore store,
      Statistics statistics,
      Methodologies methodologies,
      AuditLog audit) {
    this.jdbc = jdbc;
    this.store = store;
    this.statistics = statistics;
    this.methodologies = methodologies;
    this.audit = audit;
  }

  /**
   * Reads a CSV upload: a header with {@code statistic}, {@code period}, {@code value} and any
   * breakdown dimensions (lower or upper case; an empty cell or a missing column is the total
   * {@code _T}); comma or semicolon separated.
   */
  static List<SubmissionRules.Row> readCsv(Reader in) {
    List<SubmissionRules.Row> rows = new ArrayList<>();
    java.io.BufferedReader br = new java.io.BufferedReader(in);
    try {
      br.mark(4096);
      String first = br.readLine();
      br.reset();
      char sep = first != null && first.indexOf(';') >= 0 && first.indexOf(',') < 0 ? ';' : ',';
      Csv csv = new Csv(br, sep);
      List<String> header = csv.next();
      if (header == null || header.isEmpty()) {
        throw HubException.validation(
            "The upload is empty",
            List.of(FieldProblem.of("lines[1]", "missing-header", "a header row is required")));
      }
      List<String> cols = new ArrayList<>();
      List<FieldProblem> problems = new ArrayList<>();
      for (String h : header) {
        String c = h.trim().replace("\uFEFF", "").toLowerCase(Locale.ROOT);
        if (!c.equals("statistic")
            && !c.equals("period")
            && !c.equals("value")
            && Dimension.parse(c).isEmpty()) {
          problems.add(
              FieldProblem.of(
                  "lines[1]." + h.trim(),
                  "unknown-column",
                  "'"
                      + h.trim()
                      + "' is not a column; use statistic, period, value and dimension codes"));
        }
        cols.add(c);
      }
      for (String required : List.of("statistic", "period", "value")) {
        if (!cols.contains(required)) {
          problems.add(
              FieldProblem.of(
                  "lines[1]", "missing-column", "the header has no '" + required + "' column"));
        }
      }
      if (!problems.isEmpty()) {
        throw HubException.validation("The header of the upload is not valid", problems);
      }
      while (true) {
        long line = csv.line();
        List<String> f = csv.next();
        if (f == null) {
          break;
        }
        if (f.size() == 1 && f.get(0).isBlank()) {
          continue;
        }
        String ref = "lines[" + line + "]";
        if (f.size() != cols.size()) {
          problems.add(
              FieldProblem.of(
                  ref, "column-count", f.size() + " fields where the header has " + cols.size()));
          continue;
        }
        Map<String, String> dims = new LinkedHashMap<>();
        String stat = null;
        String period = null;
        String value = null;
        for (int i = 0; i < cols.size(); i++) {
          switch (cols.get(i)) {
            case "statistic" -> stat = f.get(i).trim();
            case "period" -> period = f.get(i).trim();
            case "value" -> value = f.get(i).trim();
            default -> dims.put(cols.get(i).toUpperCase(Locale.ROOT), f.get(i).trim());
          }
        }
        rows.add(new SubmissionRules.Row(ref, stat, period, dims, value));
        if (rows.size() > MAX_ROWS) {
          throw HubException.validation(
              "The upload has more than " + MAX_ROWS + " rows",
              List.of(
                  FieldProblem.of(
                      ref, "too-many-rows", "at most " + MAX_ROWS + " rows per upload")));
        }
      }
      if (!problems.isEmpty()) {
        throw HubException.validation(
            problems.size() + " rows of the upload are not valid", problems);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (IllegalArgumentException e) {
      throw HubException.validation(
          "The CSV could not be read",
          List.of(FieldProblem.of("body", "malformed-csv", e.getMessage())));
    }
    return rows;
  }

  /** The rows of a JSON upload. */
  static List<SubmissionRules.Row> rows(Upload upload) {
    List<SubmissionRules.Row> rows = new ArrayList<>();
    if (upload == null || upload.observations() == null || upload.observations().isEmpty()) {
      throw HubException.validation(
          "The upload has no observations",
          List.of(
              FieldProblem.of("observations", "required", "at least one observation is required")));
    }
    if (upload.observations().size() > MAX_ROWS) {
      throw HubException.validation(
          "Too many observations",
          List.of(FieldProblem.of("observations", "too-many-rows", "at most " + MAX_ROWS)));
    }
    for (int i = 0; i < upload.observations().size(); i++) {
      ObservationIn o = upload.observations().get(i);
      rows.add(
          new SubmissionRules.Row(
              "observations[" + i + "]",
              o == null ? null : o.statistic(),
              o == null ? null : o.period(),
              o == null || o.dimensions() == null ? Map.of() : o.dimensions(),
              o == null ? null : o.value()));
    }
    return rows;
  }

  /**
   * Validates and stores a member's figures, all or nothing.
   *
   * @throws HubException 400 naming row, field and reason; 409 when a statistic and period was
   *     already submitted and no reason is given
   */
  @Transactional
  public Receipt submitCsv(MemberCode member, Reader csv, String reason, String actor) {
    return submit(member, readCsv(csv), reason, "CSV", actor);
  }

  /** Validates and stores a JSON upload, all or nothing (see {@link #submitCsv}). */
  @Transactional
  public Receipt submitJson(MemberCode member, Upload upload, String reason, String actor) {
    String r =
        reason != null && !reason.isBlank() ? reason : upload == null ? null : upload.reason();
    return submit(member, rows(upload), r, "API", actor);
  }

  private Receipt submit(
      MemberCode member,
      List<SubmissionRules.Row> rows,
      String reason,
      String channel,
      String actor) {
    String institution = member.value();
    List<FieldProblem> problems = new ArrayList<>();
    List<SubmissionRules.Cell> cells =
        SubmissionRules.check(rows, statistics.currentMonth(), problems);
    if (!problems.isEmpty()) {
      throw HubException.validation(
          problems.size()
              + " problem"
              + (problems.size() == 1 ? "" : "s")
              + " in the upload; nothing was stored",
          problems);
    }
    Map<String, List<SubmissionRules.Cell>> groups = new TreeMap<>();
    for (SubmissionRules.Cell c : cells) {
      groups.computeIfAbsent(c.statistic() + "|" + c.period(), k -> new ArrayList<>()).add(c);
    }
    // lock the member's submissions: two uploads of one member are serialised
    jdbc.queryForList("SELECT code FROM member WHERE code = ? FOR UPDATE", institution);
    boolean hasReason = reason != null && !reason.isBlank();
    List<FieldProblem> conflicts = new ArrayList<>();
    Map<String, Integer> nextRevision = new TreeMap<>();
    for (Map.Entry<String, List<SubmissionRules.Cell>> g : groups.entrySet()) {
      SubmissionRules.Cell c = g.getValue().get(0);
      for (String stored :
          jdbc.queryForList(
              "SELECT DISTINCT period FROM stat_submission WHERE institution = ? AND statistic = ?",
              String.class,
              institution,
              c.statistic().name())) {
        StatPeriod sp = StatPeriod.parse(stored).orElseThrow();
        if (!sp.equals(c.period()) && sp.overlaps(c.period())) {
          problems.add(
              FieldProblem.of(
                  c.ref() + ".period",
                  "overlapping-period",
                  c.period()
                      + " overlaps "
                      + sp
                      + " of "
                      + c.statistic()
                      + " already submitted; a statistic is sent monthly or quarterly, not both"));
        }
      }
      Integer last =
          jdbc.queryForObject(
              "SELECT MAX(revision) FROM stat_submission WHERE institution = ? AND statistic = ? AND period = ?",
              Integer.class,
              institution,
              c.statistic().name(),
              c.period().toString());
      if (last != null && !hasReason) {
        conflicts.add(
            FieldProblem.of(
                "reason",
                "revision-without-reason",
                c.statistic()
                    + " "
                    + c.period()
                    + " was already submitted (revision "
                    + last
                    + "); send it again with a reason to revise it"));
      }
      nextRevision.put(g.getKey(), last == null ? 0 : last + 1);
    }
    if (!problems.isEmpty()) {
      throw HubException.validation(
          problems.size() + " problems in the upload; nothing was stored", problems);
    }
    if (!conflicts.isEmpty()) {
      throw new HubException(
          ProblemType.CONFLICT,
          "A second upload of the same statistic and period is a revision and needs a reason: "
              + String.join("; ", conflicts.stream().map(FieldProblem::reason).toList()),
          conflicts);
    }
    Instant now = statistics.clock().instant();
    List<Stored> stored = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (Map.Entry<String, List<SubmissionRules.Cell>> g : groups.entrySet()) {
      SubmissionRules.Cell c = g.getValue().get(0);
      Map<String, Long> values = new TreeMap<>();
      for (SubmissionRules.Cell x : g.getValue()) {
        values.put(x.seriesKey(), x.value());
      }
      int revision = nextRevision.get(g.getKey());
      ObservationStore.Outcome o =
          store.replace(
              c.statistic(),
              institution,
              c.period(),
              values,
              false,
              revision,
              revision == 0 ? "first submission" : reason.trim(),
              now);
      jdbc.update(
          "INSERT INTO stat_submission (id, institution, statistic, period, revision, reason, channel, actor, cells,"
              + " received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          UUID.randomUUID().toString(),
          institution,
          c.statistic().name(),
          c.period().toString(),
          revision,
          hasReason ? clip(reason.trim(), 1000) : null,
          channel,
          actor,
          values.size(),
          Timestamp.from(now));
      stored.add(
          new Stored(
              c.statistic().name(), c.period().toString(), revision, values.size(), o.revised()));
      if (methodologies.find(c.statistic(), institution, c.period().year()).isEmpty()) {
        warnings.add(
            "No methodology entry of "
                + institution
                + " for "
                + c.statistic()
                + " in "
                + c.period().year()
                + ": document the definition (PUT /api/v1/statistics/"
                + c.statistic()
                + "/methodology/"
                + institution
                + "/"
                + c.period().year()
                + ")");
      }
    }
    audit.record(
        actor,
        institution,
        AuditAction.STATISTICS_SUBMITTED,
        String.join(",", groups.keySet()).replace('|', ' '),
        "OK",
        channel
            + ", "
            + cells.size()
            + " cells"
            + (hasReason ? ", reason: " + clip(reason, 500) : ""));
    return new Receipt(institution, stored, warnings);
  }

  /** A member's submissions, newest first. */
  public List<Submission> list(String institution, int limit) {
    return jdbc.query(
        "SELECT * FROM stat_submission WHERE institution = ? ORDER BY received_at DESC, statistic, period LIMIT ?",
        (rs, n) ->
            new Submission(
                rs.getString("id"),
                rs.getString("institution"),
                rs.getString("statistic"),
                rs.getString("period"),
                rs.getInt("revision"),
                rs.getString("reason"),
                rs.getString("channel"),
                rs.getString("actor"),
                rs.getInt("cells"),
                rs.getTimestamp("received_at").toInstant()),
        institution,
        limit);
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
