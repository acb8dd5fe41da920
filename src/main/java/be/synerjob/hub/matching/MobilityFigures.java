package be.synerjob.hub.matching;

import be.synerjob.hub.audit.AuditAction;
import be.synerjob.hub.audit.AuditLog;
import be.synerjob.hub.core.Csv;
import be.synerjob.hub.core.FieldProblem;
import be.synerjob.hub.core.HubException;
import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.core.Region;
import java.io.Reader;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mobility outcomes that members report, and the figures the hub publishes from them: hires across
 * regions per month and year, the vocational-training flow table (trainees of one service trained
 * by another's centres) and cross-border in-company trainings. Public API for other modules
 * (statistics): {@link #flows(YearMonth, YearMonth)}, {@link #trainingFlows(int, int)}, {@link
 * #crossBorder(int, int)}.
 */
@Service
public class MobilityFigures {

  /** What happened. */
  public enum Kind {
    /** A jobseeker of the origin member was hired on a vacancy of the destination member/region. */
    HIRED,
    /** A trainee of the origin member was trained by a centre of the destination member. */
    TRAINED,
    /** An in-company training abroad (destination region is a country code). */
    CROSS_BORDER_TRAINING
  }

  /** Countries accepted as destination of a cross-border outcome. */
  public static final Set<String> COUNTRIES = Set.of("DE", "NL", "LU", "FR");

  public static final int MAX_BATCH = 5000;

  /**
   * One reported outcome.
   *
   * @param id the member's own id of the outcome (idempotency key)
   * @param month {@code YYYY-MM}
   * @param originRegion VLG, WAL or BRU (the jobseeker's or trainee's region)
   * @param destinationRegion VLG, WAL or BRU, or a country (DE, NL, LU, FR) for cross-border
   * @param persons how many persons the record counts (default 1; members may report aggregates)
   */
  public record Outcome(
      String id,
      Kind kind,
      String month,
      String originMember,
      String destinationMember,
      String originRegion,
      String destinationRegion,
      Integer persons) {}

  /** What became of one reported outcome. */
  public record Reported(String id, String status, List<FieldProblem> problems) {}

  /**
   * A count of persons from one region to another in a period ({@code 2023-04} or {@code 2023}).
   */
  public record Flow(
      String period, Kind kind, String originRegion, String destinationRegion, long persons) {}

  /** Trainees of one member trained by another member's centres in a year. */
  public record TrainingFlow(
      int year, String originMember, String destinationMember, long persons) {}

  private static final Set<String> MEMBERS = Set.of("VDAB", "FOREM", "ACTIRIS", "BF", "ADG");

  private final JdbcTemplate jdbc;
  private final AuditLog audit;
  private final Clock clock = Clock.systemUTC();

  MobilityFigures(JdbcTemplate jdbc, AuditLog audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  /**
   * Records outcomes of the reporting member (origin or destination of each). Idempotent by the
   * member's outcome id: the same content again is UNCHANGED, other content replaces it (UPDATED).
   * A refused record does not stop the others.
   */
  @Transactional
  public List<Reported> report(MemberCode member, List<Outcome> outcomes, String actor) {
    if (outcomes.size() > MAX_BATCH) {
      throw HubException.invalidParameter(
          "outcomes", "at most " + MAX_BATCH + " outcomes per request");
    }
    List<Reported> out = new ArrayList<>(outcomes.size());
    Set<String> ids = new HashSet<>();
    Timestamp now = Timestamp.from(Instant.now());
    int changed = 0;
    for (int i = 0; i < outcomes.size(); i++) {
      Outcome o = outcomes.get(i);
      String path = "outcomes[" + i + "]";
      List<FieldProblem> problems = validate(member, o, path);
      if (o != null && o.id() != null && !ids.add(o.id())) {
        problems.add(
            FieldProblem.of(path + ".id", "duplicate", "the id occurs twice in the request"));
      }
      if (!problems.isEmpty()) {
        out.add(new Reported(o == null ? null : o.id(), "REJECTED", problems));
        continue;
      }
      Outcome n = normalise(o);
      String hash = ProfileJson.hash(ProfileJson.write(n));
      List<String> existing =
          jdbc.queryForList(
              "SELECT content_hash FROM mobility_outcome WHERE member_code = ? AND outcome_id = ? FOR UPDATE",
              String.class,
              member.value(),
              n.id());
      if (!existing.isEmpty() && existing.get(0).equals(hash)) {
        out.add(new Reported(n.id(), "UNCHANGED", List.of()));
        continue;
      }
      if (existing.isEmpty()) {
        jdbc.update(
            "INSERT INTO mobility_outcome (member_code, outcome_id, kind, period_month, origin_member, destination_member,"
                + " origin_region, destination_region, persons, content_hash, reported_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            member.value(),
            n.id(),
            n.kind().name(),
            n.month(),
            n.originMember(),
            n.destinationMember(),
            n.originRegion(),
            n.destinationRegion(),
            n.persons(),
            hash,
            now);
        out.add(new Reported(n.id(), "CREATED", List.of()));
      } else {
        jdbc.update(
            "UPDATE mobility_outcome SET kind = ?, period_month = ?, origin_member = ?, destination_member = ?,"
                + " origin_region = ?, destination_region = ?, persons = ?, content_hash = ?, reported_at = ?"
                + " WHERE member_code = ? AND outcome_id = ?",
            n.kind().name(),
            n.month(),
            n.originMember(),
            n.destinationMember(),
            n.originRegion(),
            n.destinationRegion(),
            n.persons(),
            hash,
            now,
            member.value(),
            n.id());
        out.add(new Reported(n.id(), "UPDATED", List.of()));
      }
      changed++;
    }
    if (changed > 0) {
      audit.record(
          actor,
          member.value(),
          AuditAction.MOBILITY_OUTCOMES_REPORTED,
          "mobility",
          "OK",
          changed + " outcomes recorded");
    }
    return out;
  }

  private List<FieldProblem> validate(MemberCode member, Outcome o, String path) {
    List<FieldProblem> p = new ArrayList<>();
    if (o == null) {
      p.add(FieldProblem.of(path, "required", "an outcome object is required"));
      return p;
    }
    if (o.id() == null || !ProfileValidator.ID.matcher(o.id()).matches()) {
      p.add(
          FieldProblem.of(
              path + ".id", "invalid-id", "must be 1 to 64 letters, digits or . _ : -"));
    } else {
      PersonalData.find(o.id())
          .ifPresent(w -> p.add(FieldProblem.of(path + ".id", "personal-data", w)));
    }
    if (o.kind() == null) {
      p.add(FieldProblem.of(path + ".kind", "required", "HIRED, TRAINED or CROSS_BORDER_TRAINING"));
    }
    YearMonth month = null;
    try {
      month = o.month() == null ? null : YearMonth.parse(o.month().trim());
    } catch (DateTimeParseException e) {
      month = null;
    }
    if (month == null) {
      p.add(FieldProblem.of(path + ".month", "invalid-month", "must be a month as YYYY-MM"));
    } else if (month.isBefore(YearMonth.of(2000, 1)) || month.isAfter(YearMonth.now(clock))) {
      p.add(
          FieldProblem.of(
              path + ".month", "out-of-range", "must be between 2000-01 and the current month"));
    }
    String origin = upper(o.originMember());
    String destination = upper(o.destinationMember());
    if (origin == null || !MEMBERS.contains(origin)) {
      p.add(
          FieldProblem.of(
              path + ".originMember",
              "unknown-member",
              "must be one of VDAB, FOREM, ACTIRIS, BF, ADG"));
    }
    if (destination != null && !MEMBERS.contains(destination)) {
      p.add(
          FieldProblem.of(
              path + ".destinationMember",
              "unknown-member",
              "must be one of VDAB, FOREM, ACTIRIS, BF, ADG"));
    }
    if (origin != null && !member.value().equals(origin) && !member.value().equals(destination)) {
      p.add(
          FieldProblem.of(
              path + ".originMember",
              "not-yours",
              "a member reports outcomes it is origin or destination of"));
    }
    if (Region.parse(o.originRegion()).isEmpty()) {
      p.add(FieldProblem.of(path + ".originRegion", "invalid-region", "must be VLG, WAL or BRU"));
    }
    String dest = upper(o.destinationRegion());
    boolean country = dest != null && COUNTRIES.contains(dest);
    if (o.kind() == Kind.CROSS_BORDER_TRAINING) {
      if (!country) {
        p.add(
            FieldProblem.of(
                path + ".destinationRegion",
                "invalid-country",
                "a cross-border training goes to DE, NL, LU or FR"));
      }
    } else if (Region.parse(dest).isEmpty()) {
      p.add(
          FieldProblem.of(
              path + ".destinationRegion", "invalid-region", "must be VLG, WAL or BRU"));
    }
    if (o.kind() == Kind.TRAINED && destination == null) {
      p.add(
          FieldProblem.of(
              path + ".destinationMember",
              "required",
              "the member whose centre trained the trainee"));
    }
    if (o.persons() != null && (o.persons() < 1 || o.persons() > 100_000)) {
      p.add(FieldProblem.of(path + ".persons", "out-of-range", "must be 1 to 100000"));
    }
    return p;
  }

  private static Outcome normalise(Outcome o) {
    String dest = upper(o.destinationRegion());
    return new Outcome(
        o.id(),
        o.kind(),
        YearMonth.parse(o.month().trim()).toString(),
        upper(o.originMember()),
        upper(o.destinationMember()),
        Region.parse(o.originRegion()).orElseThrow().code(),
        COUNTRIES.contains(dest) ? dest : Region.parse(dest).orElseThrow().code(),
        o.persons() == null ? 1 : o.persons());
  }

  private static String upper(String s) {
    return s == null || s.isBlank() ? null : s.trim().toUpperCase(Locale.ROOT);
  }

  /**
   * Reads outcomes from CSV with the header {@code id,kind,month,originMember,destinationMember,
   * originRegion,destinationRegion,persons} (comma separated).
   */
  public static List<Outcome> readCsv(Reader in) {
    try (Csv csv = new Csv(in, ',')) {
      List<String> header = csv.next();
      if (header == null) {
        return List.of();
      }
      Map<String, Integer> col = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        col.put(header.get(i).trim().replace("\uFEFF", ""), i);
      }
      for (String required :
          List.of("id", "kind", "month", "originMember", "originRegion", "destinationRegion")) {
        if (!col.containsKey(required)) {
          throw HubException.validation(
              "The CSV header lacks a column",
              List.of(
                  FieldProblem.of(
                      "header", "missing-column", "column '" + required + "' is required")));
        }
      }
      List<Outcome> out = new ArrayList<>();
      for (List<String> r = csv.next(); r != null; r = csv.next()) {
        if (r.size() == 1 && r.get(0).isBlank()) {
          continue;
        }
        Kind kind;
        try {
          kind = Kind.valueOf(cell(r, col, "kind").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
          kind = null;
        }
        Integer persons;
        try {
          String s = cell(r, col, "persons");
          persons = s == null ? null : Integer.valueOf(s);
        } catch (NumberFormatException e) {
          persons = -1;
        }
        out.add(
            new Outcome(
                cell(r, col, "id"),
                kind,
                cell(r, col, "month"),
                cell(r, col, "originMember"),
                cell(r, col, "destinationMember"),
                cell(r, col, "originRegion"),
                cell(r, col, "destinationRegion"),
                persons));
      }
      return out;
    }
  }

  private static String cell(List<String> r, Map<String, Integer> col, String name) {
    Integer i = col.get(name);
    if (i == null || i >= r.size()) {
      return null;
    }
    String s = r.get(i).trim();
    return s.isEmpty() ? null : s;
  }

  /** Hires across regions per month between two months (inclusive), all kinds but training. */
  public List<Flow> flows(YearMonth from, YearMonth to) {
    return flows(from, to, Kind.HIRED, false);
  }

  /**
   * Counts per origin and destination region of one kind, per month ({@code yearly=false}) or per
   * year, between two months inclusive. Only pairs with persons are listed; same-region outcomes
   * are included (origin = destination) so that shares can be computed.
   */
  public List<Flow> flows(YearMonth from, YearMonth to, Kind kind, boolean yearly) {
    String period = yearly ? "SUBSTRING(period_month, 1, 4)" : "period_month";
    return jdbc.query(
        "SELECT "
            + period
            + " AS p, origin_region, destination_region, SUM(persons) FROM mobility_outcome"
            + " WHERE kind = ? AND period_month >= ? AND period_month <= ?"
            + " GROUP BY "
            + period
            + ", origin_region, destination_region ORDER BY p, origin_region, destination_region",
        (rs, n) -> new Flow(rs.getString(1), kind, rs.getString(2), rs.getString(3), rs.getLong(4)),
        kind.name(),
        from.toString(),
        to.toString());
  }

  /** The vocational-training flow table: trainees of one member trained by another's centres. */
  public List<TrainingFlow> trainingFlows(int fromYear, int toYear) {
    return jdbc.query(
        "SELECT SUBSTRING(period_month, 1, 4) AS y, origin_member, destination_member, SUM(persons) FROM mobility_outcome"
            + " WHERE kind = 'TRAINED' AND period_month >= ? AND period_month <= ?"
            + " GROUP BY SUBSTRING(period_month, 1, 4), origin_member, destination_member"
            + " ORDER BY y, origin_member, destination_member",
        (rs, n) ->
            new TrainingFlow(
                Integer.parseInt(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getLong(4)),
        fromYear + "-01",
        toYear + "-12");
  }

  /** Cross-border in-company trainings per year, origin region and destination country. */
  public List<Flow> crossBorder(int fromYear, int toYear) {
    return flows(
        YearMonth.of(fromYear, 1), YearMonth.of(toYear, 12), Kind.CROSS_BORDER_TRAINING, true);
  }
}
