package be.synerjob.hub.eures;

import be.synerjob.hub.channel.PositionOpeningWriter;
import be.synerjob.hub.core.HubException;
import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.vacancy.StoredVacancy;
import be.synerjob.hub.vacancy.VacancyService;
import be.synerjob.hub.vacancy.VacancyStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What EURES pulls (the EURES Input/Output API for national job vacancy systems): the references of
 * every active vacancy, the references created, modified and closed after a time, and the details
 * of a list of references as HR Open 3.2 / EURES 1.3 XML.
 */
@Service
public class EuresPull {

  /** Status of a reference as EURES sees it. */
  public enum Status {
    ACTIVE,
    CLOSED
  }

  /**
   * One vacancy as EURES knows it. Timestamps are milliseconds since the epoch (UTC).
   *
   * @param reference the identifier EURES uses (the hub's vacancy id)
   * @param source the member that published it
   * @param memberReference the member's own reference
   */
  public record Ref(
      String reference,
      String source,
      String memberReference,
      Status status,
      Long creationTimestamp,
      Long lastModificationTimestamp,
      Long closingTimestamp) {}

  /**
   * Every active reference, and the time it is consistent with: pass {@code asOf} to {@link
   * #changes} next.
   */
  public record All(long asOf, Instant asOfTime, int count, List<Ref> allReferences) {}

  /** One change of the EURES view: {@code kind} is CREATED, MODIFIED or CLOSED. */
  public record Change(
      long eventTimestamp,
      String kind,
      String reference,
      String source,
      String memberReference,
      int version) {}

  /**
   * The changes after {@code since}, oldest first, grouped by kind. Pass {@code next} as {@code
   * since} to continue; {@code more} says the page was full.
   */
  public record Changes(
      long since,
      long next,
      Instant nextTime,
      boolean more,
      int count,
      List<Change> createdReferences,
      List<Change> modifiedReferences,
      List<Change> closedReferences) {}

  /** One detail: the document and its timestamps. */
  public record Detail(
      String reference,
      String source,
      String memberReference,
      Status status,
      String contentFormat,
      String content,
      Long creationTimestamp,
      Long lastModificationTimestamp,
      Long closingTimestamp) {}

  /** The details asked for; references EURES may not see, or unknown ones, are under missing. */
  public record Details(Map<String, Detail> details, List<String> missing) {}

  /** A vacancy in the EURES view that cannot be expressed, with the reason. */
  public record Rejected(
      String reference,
      String source,
      String memberReference,
      int version,
      String field,
      String code,
      String reason,
      boolean wasSent,
      Instant at) {}

  /** Counts and lag of one day and kind. */
  public record Day(
      LocalDate day, String member, String kind, long records, long lagMsAvg, long lagMsMax) {}

  /** The EURES flow: what is active and rejected now, and what happened per day. */
  public record Stats(
      Instant at,
      long active,
      long rejected,
      long closed,
      Map<String, Long> rejectedByCode,
      Map<String, Long> activeByMember,
      List<Day> days) {}

  public static final int MAX_DETAILS = 1000;
  public static final int MAX_LIMIT = 10000;

  private static final String REF_COLUMNS =
      "vacancy_id, member, reference, state, created_at, modified_at, closed_at";

  private final JdbcTemplate jdbc;
  private final VacancyStore vacancies;
  private final EuresExchange exchange;
  private final Clock clock;

  EuresPull(
      JdbcTemplate jdbc, VacancyStore vacancies, EuresExchange exchange, Optional<Clock> clock) {
    this.jdbc = jdbc;
    this.vacancies = vacancies;
    this.exchange = exchange;
    this.clock = clock.orElse(Clock.systemUTC());
  }

  /** Every active reference, read in one repeatable-read transaction with the time of the log. */
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public All all() {
    Instant asOf = lastEventAt();
    List<Ref> refs =
        jdbc.query(
            "SELECT "
                + REF_COLUMNS
                + " FROM eures_vacancy WHERE state = 'ACTIVE' ORDER BY vacancy_id",
            (rs, n) -> ref(rs));
    return new All(asOf.toEpochMilli(), asOf, refs.size(), refs);
  }

  /**
   * Parses {@code since}: milliseconds since the epoch, or an ISO-8601 instant. A time after the
   * newest event is refused: it cannot be a time this API gave, and a client clock must never be
   * used (an event being committed at that moment carries an earlier time).
   */
  @Transactional(readOnly = true)
  public Changes changes(String since, Integer limit) {
    int n = limit == null ? 1000 : limit;
    if (n < 1 || n > MAX_LIMIT) {
      throw HubException.invalidParameter("limit", "must be between 1 and " + MAX_LIMIT);
    }
    long from = parseSince(since);
    Instant last = lastEventAt();
    if (from > last.toEpochMilli()) {
      throw HubException.invalidParameter(
          "since",
          from
              + " is after the newest EURES change ("
              + last.toEpochMilli()
              + " = "
              + last
              + "); pass the eventTimestamp or next value this API returned, never a clock");
    }
    List<Change> created = new ArrayList<>();
    List<Change> modified = new ArrayList<>();
    List<Change> closed = new ArrayList<>();
    long[] next = {from};
    int[] count = {0};
    jdbc.query(
        "SELECT e.event_at, e.kind, e.vacancy_id, e.member, v.reference, e.version FROM eures_event e"
            + " JOIN eures_vacancy v ON v.vacancy_id = e.vacancy_id WHERE e.event_at > ?"
            + " ORDER BY e.event_at LIMIT ?",
        rs -> {
          long t = rs.getTimestamp(1).toInstant().toEpochMilli();
          Change c =
              new Change(
                  t,
                  rs.getString(2),
                  rs.getObject(3, UUID.class).toString(),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getInt(6));
          switch (c.kind()) {
            case "CREATED" -> created.add(c);
            case "MODIFIED" -> modified.add(c);
            default -> closed.add(c);
          }
          next[0] = t;
          count[0]++;
        },
        Timestamp.from(Instant.ofEpochMilli(from)),
        n);
    return new Changes(
        from,
        next[0],
        Instant.ofEpochMilli(next[0]),
        count[0] == n,
        count[0],
        created,
        modified,
        closed);
  }

  static long parseSince(String since) {
    if (since == null || since.isBlank()) {
      throw HubException.invalidParameter(
          "since", "is required: milliseconds since the epoch or an ISO-8601 instant");
    }
    String s = since.trim();
    long v;
    try {
      v = s.matches("-?[0-9]{1,18}") ? Long.parseLong(s) : Instant.parse(s).toEpochMilli();
    } catch (DateTimeParseException e) {
      throw HubException.invalidParameter(
          "since", "'" + s + "' is neither milliseconds since the epoch nor an ISO-8601 instant");
    }
    if (v < 0) {
      throw HubException.invalidParameter("since", "must not be negative");
    }
    return v;
  }

  /** The documents of the given references (hub vacancy ids) that EURES has seen. */
  @Transactional(readOnly = true)
  public Details details(List<String> references) {
    if (references == null || references.isEmpty()) {
      throw HubException.invalidParameter("references", "give at least one reference");
    }
    if (references.size() > MAX_DETAILS) {
      throw HubException.invalidParameter(
          "references", "at most " + MAX_DETAILS + " per request; got " + references.size());
    }
    Map<UUID, String> asked = new LinkedHashMap<>();
    List<String> missing = new ArrayList<>();
    for (String r : references) {
      try {
        asked.put(UUID.fromString(r == null ? "" : r.trim()), r);
      } catch (IllegalArgumentException e) {
        missing.add(r);
      }
    }
    Map<UUID, Ref> refs = new HashMap<>();
    if (!asked.isEmpty()) {
      List<UUID> ids = new ArrayList<>(asked.keySet());
      jdbc.query(
          "SELECT "
              + REF_COLUMNS
              + " FROM eures_vacancy WHERE sent = TRUE AND vacancy_id IN ("
              + String.join(",", java.util.Collections.nCopies(ids.size(), "?"))
              + ")",
          rs -> {
            Ref ref = ref(rs);
            refs.put(UUID.fromString(ref.reference()), ref);
          },
          ids.toArray());
    }
    Map<UUID, StoredVacancy> stored = new HashMap<>();
    vacancies.findAll(refs.keySet(), s -> stored.put(s.id(), s));
    Map<String, Detail> out = new LinkedHashMap<>();
    for (var e : asked.entrySet()) {
      Ref ref = refs.get(e.getKey());
      StoredVacancy s = stored.get(e.getKey());
      if (ref == null || s == null) {
        missing.add(e.getValue());
        continue;
      }
      out.put(
          ref.reference(),
          new Detail(
              ref.reference(),
              ref.source(),
              ref.memberReference(),
              ref.status(),
              "HR-Open-3.2/EURES-1.3",
              xml(s, ref.status() == Status.ACTIVE),
              ref.creationTimestamp(),
              ref.lastModificationTimestamp(),
              ref.closingTimestamp()));
    }
    return new Details(out, missing);
  }

  /** The XML of one reference EURES has seen, or a 404 problem. */
  @Transactional(readOnly = true)
  public String document(String reference) {
    Details d = details(List.of(reference));
    if (d.details().isEmpty()) {
      throw HubException.notFound("No vacancy '" + reference + "' was made available to EURES");
    }
    return d.details().values().iterator().next().content();
  }

  String xml(StoredVacancy s, boolean active) {
    return PositionOpeningWriter.toXml(
        EuresMapping.map(
                s.vacancy(),
                exchange.membersByCode().containsKey(s.routing().source().value())
                    ? exchange
                        .membersByCode()
                        .get(s.routing().source().value())
                        .name(be.synerjob.hub.core.Language.EN)
                    : s.routing().source().value(),
                active,
                EuresExchange.coded(s.json()),
                exchange.occupations())
            .document());
  }

  /** Vacancies in the EURES view that cannot be expressed, newest first. */
  @Transactional(readOnly = true)
  public List<Rejected> rejected(MemberCode member, int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw HubException.invalidParameter("limit", "must be between 1 and " + MAX_LIMIT);
    }
    return jdbc.query(
        "SELECT vacancy_id, member, reference, version, reason_field, reason_code, reason, sent,"
            + " updated_at FROM eures_vacancy WHERE state = 'REJECTED'"
            + (member == null ? "" : " AND member = ?")
            + " ORDER BY updated_at DESC, vacancy_id LIMIT ?",
        (rs, n) ->
            new Rejected(
                rs.getObject(1, UUID.class).toString(),
                rs.getString(2),
                rs.getString(3),
                rs.getInt(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getBoolean(8),
                rs.getTimestamp(9).toInstant()),
        member == null ? new Object[] {limit} : new Object[] {member.value(), limit});
  }

  /** What EURES has now and what happened on each of the last {@code days} days. */
  @Transactional(readOnly = true)
  public Stats stats(int days) {
    if (days < 1 || days > 366) {
      throw HubException.invalidParameter("days", "must be between 1 and 366");
    }
    Map<String, Long> byState = new HashMap<>();
    Map<String, Long> activeByMember = new LinkedHashMap<>();
    jdbc.query(
        "SELECT state, member, COUNT(*) FROM eures_vacancy GROUP BY state, member ORDER BY member",
        rs -> {
          byState.merge(rs.getString(1), rs.getLong(3), Long::sum);
          if ("ACTIVE".equals(rs.getString(1))) {
            activeByMember.put(rs.getString(2), rs.getLong(3));
          }
        });
    Map<String, Long> byCode = new LinkedHashMap<>();
    jdbc.query(
        "SELECT reason_code, COUNT(*) FROM eures_vacancy WHERE state = 'REJECTED' GROUP BY"
            + " reason_code ORDER BY COUNT(*) DESC",
        rs -> {
          byCode.put(rs.getString(1), rs.getLong(2));
        });
    LocalDate from = LocalDate.now(clock.withZone(VacancyService.BRUSSELS)).minusDays(days - 1L);
    List<Day> list =
        jdbc.query(
            "SELECT stat_day, member, kind, records, lag_ms_total, lag_ms_max FROM eures_daily"
                + " WHERE stat_day >= ? ORDER BY stat_day, member, kind",
            (rs, n) ->
                new Day(
                    rs.getDate(1).toLocalDate(),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getLong(4),
                    rs.getLong(4) == 0 ? 0 : rs.getLong(5) / rs.getLong(4),
                    rs.getLong(6)),
            java.sql.Date.valueOf(from));
    return new Stats(
        clock.instant(),
        byState.getOrDefault("ACTIVE", 0L),
        byState.getOrDefault("REJECTED", 0L),
        byState.getOrDefault("CLOSED", 0L),
        byCode,
        activeByMember,
        list);
  }

  private Instant lastEventAt() {
    return jdbc.queryForObject(
            "SELECT last_event_at FROM eures_state WHERE id = 1", Timestamp.class)
        .toInstant();
  }

  private static Ref ref(ResultSet rs) throws SQLException {
    String state = rs.getString(4);
    return new Ref(
        rs.getObject(1, UUID.class).toString(),
        rs.getString(2),
        rs.getString(3),
        "ACTIVE".equals(state) ? Status.ACTIVE : Status.CLOSED,
        millis(rs.getTimestamp(5)),
        millis(rs.getTimestamp(6)),
        "ACTIVE".equals(state) ? null : millis(rs.getTimestamp(7)));
  }

  private static Long millis(Timestamp t) {
    return t == null ? null : t.toInstant().toEpochMilli();
  }
}
