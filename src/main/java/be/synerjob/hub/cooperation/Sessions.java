package be.synerjob.hub.cooperation;

import be.synerjob.hub.audit.AuditAction;
import be.synerjob.hub.audit.AuditLog;
import be.synerjob.hub.core.HubException;
import be.synerjob.hub.core.Language;
import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.organisation.Member;
import be.synerjob.hub.organisation.Members;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Board sessions and general assemblies: dates (Brussels time), place, status and visibility, their
 * agenda, and their decisions numbered 1, 2, … per session. A session that is not visible to the
 * reader is answered as not found.
 */
@Service
public class Sessions {

  /** An agenda item; {@code title} is the free title of OTHER items (or an override). */
  public record AgendaItem(
      int position, AgendaItemType type, String title, String member, Long themeId) {}

  /** A decision, numbered within its session. */
  public record Decision(
      long id,
      long sessionId,
      int number,
      String title,
      String body,
      DecisionStatus status,
      Instant statusChangedAt) {}

  /** What the secretariat sends to create a session. */
  public record SessionInput(
      String kind,
      LocalDate date,
      LocalTime startTime,
      LocalTime endTime,
      String place,
      String visibility,
      String presenter,
      Long themeId,
      Boolean standardAgenda) {}

  /** Changes to a session; absent fields stay as they are. */
  public record SessionUpdate(
      LocalDate date,
      LocalTime startTime,
      LocalTime endTime,
      String place,
      String visibility,
      String status) {}

  /** An agenda item to add at the end of the agenda. */
  public record AgendaItemInput(String type, String title, String member, Long themeId) {}

  /** A decision to record. */
  public record DecisionInput(String title, String body, String status) {}

  private final JdbcClient jdbc;
  private final Members members;
  private final AuditLog audit;
  private final Clock clock;

  Sessions(JdbcClient jdbc, Members members, AuditLog audit, Optional<Clock> clock) {
    this.jdbc = jdbc;
    this.members = members;
    this.audit = audit;
    this.clock = clock.orElse(Clock.systemUTC());
  }

  Clock clock() {
    return clock;
  }

  // ---------------------------------------------------------------- read

  /** The sessions a reader may see, oldest first, optionally of one year and kind. */
  @Transactional(readOnly = true)
  public List<Session> list(Viewer viewer, Integer year, SessionKind kind) {
    StringBuilder sql = new StringBuilder("SELECT * FROM coop_session WHERE 1 = 1");
    Map<String, Object> params = new java.util.HashMap<>();
    if (!viewer.internal()) {
      sql.append(" AND visibility = 'PUBLIC'");
    }
    if (kind != null) {
      sql.append(" AND kind = :kind");
      params.put("kind", kind.name());
    }
    if (year != null) {
      sql.append(" AND starts_at >= :from AND starts_at < :to");
      params.put(
          "from",
          Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(Session.BRUSSELS).toInstant()));
      params.put(
          "to",
          Timestamp.from(LocalDate.of(year + 1, 1, 1).atStartOfDay(Session.BRUSSELS).toInstant()));
    }
    sql.append(" ORDER BY starts_at, id");
    return jdbc.sql(sql.toString()).params(params).query(Sessions::session).list();
  }

  /** A session the reader may see, or 404. */
  @Transactional(readOnly = true)
  public Session get(long id, Viewer viewer) {
    Session s = find(id).orElse(null);
    if (s == null || !viewer.sees(s.visibility())) {
      throw HubException.notFound("No session with id " + id);
    }
    return s;
  }

  Optional<Session> find(long id) {
    return jdbc.sql("SELECT * FROM coop_session WHERE id = ?")
        .param(id)
        .query(Sessions::session)
        .optional();
  }

  /** The latest board session not cancelled (held or planned), if any. */
  Optional<Session> lastBoardSession() {
    return jdbc.sql(
            "SELECT * FROM coop_session WHERE kind = 'BOARD' AND status <> 'CANCELLED'"
                + " ORDER BY starts_at DESC, id DESC LIMIT 1")
        .query(Sessions::session)
        .optional();
  }

  /** The presenter of the latest board session (not cancelled) that had one. */
  Optional<Session> lastPresentingSession() {
    return jdbc.sql(
            "SELECT * FROM coop_session WHERE kind = 'BOARD' AND status <> 'CANCELLED'"
                + " AND presenter IS NOT NULL ORDER BY starts_at DESC, id DESC LIMIT 1")
        .query(Sessions::session)
        .optional();
  }

  @Transactional(readOnly = true)
  public List<AgendaItem> agenda(long sessionId) {
    return jdbc.sql("SELECT * FROM coop_agenda_item WHERE session_id = ? ORDER BY position")
        .param(sessionId)
        .query(
            (rs, n) ->
                new AgendaItem(
                    rs.getInt("position"),
                    AgendaItemType.valueOf(rs.getString("item_type")),
                    rs.getString("title"),
                    rs.getString("member_code"),
                    (Long) rs.getObject("theme_id", Long.class)))
        .list();
  }

  /** The title of an agenda item in a language (standard items are titled by their type). */
  public String title(AgendaItem item, Language language, Map<Long, Theme> themes) {
    if (item.title() != null && !item.title().isBlank()) {
      return item.title();
    }
    if (item.type() == AgendaItemType.CURRENT_PROJECTS && item.member() != null) {
      return Labels.format(
          "coop.agenda.currentProjects", language, memberName(item.member(), language));
    }
    if (item.type() == AgendaItemType.IN_DEPTH_THEME && item.themeId() != null) {
      Theme t = themes.get(item.themeId());
      if (t != null) {
        return Labels.format(
            "coop.agenda.inDepthTheme",
            language,
            t.title(language),
            t.presenter() == null ? "—" : memberName(t.presenter(), language));
      }
    }
    return Labels.of(item.type(), language);
  }

  /** A member's short name ("VDAB", "Le Forem"). */
  public String memberName(String code, Language language) {
    return members.find(new MemberCode(code)).map(Member::shortName).orElse(code);
  }

  @Transactional(readOnly = true)
  public List<Decision> decisions(long sessionId) {
    return jdbc.sql("SELECT * FROM coop_decision WHERE session_id = ? ORDER BY decision_number")
        .param(sessionId)
        .query(Sessions::decision)
        .list();
  }

  /** Every decision with one of the statuses (all when empty), newest sessions first. */
  @Transactional(readOnly = true)
  public List<Decision> decisions(Viewer viewer, List<DecisionStatus> statuses) {
    String sql =
        "SELECT d.* FROM coop_decision d JOIN coop_session s ON s.id = d.session_id WHERE 1 = 1"
            + (viewer.internal() ? "" : " AND s.visibility = 'PUBLIC'")
            + " ORDER BY s.starts_at DESC, d.decision_number";
    return jdbc.sql(sql).query(Sessions::decision).list().stream()
        .filter(d -> statuses.isEmpty() || statuses.contains(d.status()))
        .toList();
  }

  // ---------------------------------------------------------------- write

  @Transactional
  public Session create(SessionInput in, Viewer by) {
    Check check = new Check("session");
    SessionKind kind = check.enumValue("kind", in.kind(), SessionKind.class, true);
    LocalDate date = check.required("date", in.date());
    LocalTime start = in.startTime() == null ? LocalTime.of(10, 0) : in.startTime();
    LocalTime end = in.endTime() == null ? start.plusMinutes(150) : in.endTime();
    if (!end.isAfter(start)) {
      check.add(
          "endTime", "incoherent-dates", "ends at " + end + ", not after it starts at " + start);
    }
    String place = check.text("place", in.place(), 300, true);
    Visibility visibility = check.enumValue("visibility", in.visibility(), Visibility.class, false);
    String presenter = member(check, "presenter", in.presenter());
    if (presenter != null && kind == SessionKind.GENERAL_ASSEMBLY) {
      check.add("presenter", "invalid", "only board sessions have a rolling-agenda presenter");
    }
    if (in.themeId() != null && themeExists(in.themeId()) == 0) {
      check.add("themeId", "unknown-reference", "no theme with id " + in.themeId());
    }
    check.done();
    return insert(
        kind,
        date.atTime(start).atZone(Session.BRUSSELS),
        date.atTime(end).atZone(Session.BRUSSELS),
        place,
        visibility == null ? Visibility.PUBLIC : visibility,
        presenter,
        in.themeId(),
        in.standardAgenda() == null || in.standardAgenda(),
        false,
        by);
  }

  /** Creates a session and (optionally) its standard agenda. */
  Session insert(
      SessionKind kind,
      ZonedDateTime starts,
      ZonedDateTime ends,
      String place,
      Visibility visibility,
      String presenter,
      Long themeId,
      boolean standardAgenda,
      boolean illustrative,
      Viewer by) {
    Instant now = clock.instant();
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO coop_session (uid, kind, starts_at, ends_at, place, status, visibility, presenter,"
                + " theme_id, illustrative, revision, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, 'PLANNED', ?, ?, ?, ?, 0, ?, ?)")
        .params(
            UUID.randomUUID().toString(),
            kind.name(),
            Timestamp.from(starts.toInstant()),
            Timestamp.from(ends.toInstant()),
            place,
            visibility.name(),
            presenter,
            themeId,
            illustrative,
            Timestamp.from(now),
            Timestamp.from(now))
        .update(keys, "id");
    long id = keys.getKey().longValue();
    if (themeId != null) {
      jdbc.sql("UPDATE coop_theme SET presented_session_id = ? WHERE id = ?")
          .params(id, themeId)
          .update();
    }
    if (standardAgenda) {
      int pos = 1;
      for (AgendaItem item : standardAgenda(kind, presenter, themeId)) {
        insertItem(id, pos++, item);
      }
    }
    audit.record(
        by.actor(),
        by.member() == null ? null : by.member().value(),
        AuditAction.COOP_SESSION_CHANGED,
        "session:" + id,
        "OK",
        "created " + kind + " on " + starts.toLocalDateTime() + " at " + place);
    return find(id).orElseThrow();
  }

  /**
   * The standard agenda. A board session: opening, minutes, the presenter's current projects, the
   * in-depth theme, the working groups' reports, the choice of the next theme, any other business.
   * A general assembly: opening, minutes, annual accounts, budget, discharge, appointments, any
   * other business.
   */
  public static List<AgendaItem> standardAgenda(SessionKind kind, String presenter, Long themeId) {
    List<AgendaItem> items = new ArrayList<>();
    items.add(new AgendaItem(0, AgendaItemType.OPENING, null, null, null));
    items.add(new AgendaItem(0, AgendaItemType.MINUTES, null, null, null));
    if (kind == SessionKind.BOARD) {
      if (presenter != null) {
        items.add(new AgendaItem(0, AgendaItemType.CURRENT_PROJECTS, null, presenter, null));
      }
      if (themeId != null) {
        items.add(new AgendaItem(0, AgendaItemType.IN_DEPTH_THEME, null, null, themeId));
      }
      items.add(new AgendaItem(0, AgendaItemType.WORKING_GROUP_REPORTS, null, null, null));
      items.add(new AgendaItem(0, AgendaItemType.THEME_VOTE, null, null, null));
    } else {
      items.add(new AgendaItem(0, AgendaItemType.ANNUAL_ACCOUNTS, null, null, null));
      items.add(new AgendaItem(0, AgendaItemType.BUDGET, null, null, null));
      items.add(new AgendaItem(0, AgendaItemType.DISCHARGE, null, null, null));
      items.add(new AgendaItem(0, AgendaItemType.APPOINTMENTS, null, null, null));
    }
    items.add(new AgendaItem(0, AgendaItemType.ANY_OTHER_BUSINESS, null, null, null));
    return items;
  }

  private void insertItem(long sessionId, int position, AgendaItem item) {
    jdbc.sql(
            "INSERT INTO coop_agenda_item (session_id, position, item_type, title, member_code, theme_id)"
                + " VALUES (?, ?, ?, ?, ?, ?)")
        .params(
            sessionId, position, item.type().name(), item.title(), item.member(), item.themeId())
        .update();
  }

  @Transactional
  public Session update(long id, SessionUpdate in, Viewer by) {
    Session s = lockSession(id);
    Check check = new Check("session");
    LocalDate date = in.date() == null ? s.startsAt().toLocalDate() : in.date();
    LocalTime start = in.startTime() == null ? s.startsAt().toLocalTime() : in.startTime();
    LocalTime end = in.endTime() == null ? s.endsAt().toLocalTime() : in.endTime();
    if (!end.isAfter(start)) {
      check.add(
          "endTime", "incoherent-dates", "ends at " + end + ", not after it starts at " + start);
    }
    String place = in.place() == null ? s.place() : check.text("place", in.place(), 300, true);
    Visibility visibility =
        in.visibility() == null
            ? s.visibility()
            : check.enumValue("visibility", in.visibility(), Visibility.class, true);
    SessionStatus status =
        in.status() == null
            ? s.status()
            : check.enumValue("status", in.status(), SessionStatus.class, true);
    if (status != null && status != s.status() && s.status() != SessionStatus.PLANNED) {
      check.add(
          "status",
          "invalid",
          "the session is " + s.status() + " already; only a planned session changes status");
    }
    check.done();
    ZonedDateTime starts = date.atTime(start).atZone(Session.BRUSSELS);
    ZonedDateTime ends = date.atTime(end).atZone(Session.BRUSSELS);
    jdbc.sql(
            "UPDATE coop_session SET starts_at = ?, ends_at = ?, place = ?, visibility = ?, status = ?,"
                + " revision = revision + 1, updated_at = ? WHERE id = ?")
        .params(
            Timestamp.from(starts.toInstant()),
            Timestamp.from(ends.toInstant()),
            place,
            visibility.name(),
            status.name(),
            Timestamp.from(clock.instant()),
            id)
        .update();
    if (status == SessionStatus.HELD && s.status() != SessionStatus.HELD) {
      jdbc.sql(
              "UPDATE coop_theme SET status = 'PRESENTED', presented_on = ? WHERE presented_session_id = ?")
          .params(Date.valueOf(date), id)
          .update();
    } else if (status == SessionStatus.CANCELLED && s.status() != SessionStatus.CANCELLED) {
      // the chosen theme waits for the next session planned
      jdbc.sql(
              "UPDATE coop_theme SET presented_session_id = NULL WHERE presented_session_id = ?"
                  + " AND status = 'CHOSEN'")
          .param(id)
          .update();
    }
    audit.record(
        by.actor(),
        by.member() == null ? null : by.member().value(),
        AuditAction.COOP_SESSION_CHANGED,
        "session:" + id,
        "OK",
        "status " + status + ", " + starts.toLocalDateTime() + " at " + place + ", " + visibility);
    return find(id).orElseThrow();
  }

  @Transactional
  public List<AgendaItem> addAgendaItem(long sessionId, AgendaItemInput in, Viewer by) {
    lockSession(sessionId);
    Check check = new Check("agenda item");
    AgendaItemType type = check.enumValue("type", in.type(), AgendaItemType.class, true);
    String title = check.text("title", in.title(), 300, type == AgendaItemType.OTHER);
    String member = member(check, "member", in.member());
    if (type == AgendaItemType.CURRENT_PROJECTS && member == null) {
      check.add("member", "required", "the current-projects item names the presenting member");
    }
    if (in.themeId() != null && themeExists(in.themeId()) == 0) {
      check.add("themeId", "unknown-reference", "no theme with id " + in.themeId());
    }
    if (type == AgendaItemType.IN_DEPTH_THEME && in.themeId() == null) {
      check.add("themeId", "required", "the in-depth theme item names its theme");
    }
    check.done();
    int pos =
        jdbc.sql("SELECT COALESCE(MAX(position), 0) FROM coop_agenda_item WHERE session_id = ?")
                .param(sessionId)
                .query(Integer.class)
                .single()
            + 1;
    insertItem(sessionId, pos, new AgendaItem(pos, type, title, member, in.themeId()));
    touch(sessionId);
    audit.record(
        by.actor(),
        null,
        AuditAction.COOP_SESSION_CHANGED,
        "session:" + sessionId,
        "OK",
        "agenda item " + pos + " " + type);
    return agenda(sessionId);
  }

  @Transactional
  public Decision addDecision(long sessionId, DecisionInput in, Viewer by) {
    Session s = lockSession(sessionId);
    Check check = new Check("decision");
    String title = check.text("title", in.title(), 300, true);
    String body = check.text("body", in.body(), 4000, false);
    DecisionStatus status = check.enumValue("status", in.status(), DecisionStatus.class, false);
    if (s.status() == SessionStatus.CANCELLED) {
      check.add(
          "sessionId", "invalid", "session " + sessionId + " was cancelled; it takes no decisions");
    }
    check.done();
    int number =
        jdbc.sql("SELECT COALESCE(MAX(decision_number), 0) FROM coop_decision WHERE session_id = ?")
                .param(sessionId)
                .query(Integer.class)
                .single()
            + 1;
    Instant now = clock.instant();
    jdbc.sql(
            "INSERT INTO coop_decision (session_id, decision_number, title, body, status, status_changed_at,"
                + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .params(
            sessionId,
            number,
            title,
            body,
            (status == null ? DecisionStatus.ADOPTED : status).name(),
            Timestamp.from(now),
            Timestamp.from(now))
        .update();
    audit.record(
        by.actor(),
        null,
        AuditAction.COOP_DECISION_CHANGED,
        "session:" + sessionId + "/decision:" + number,
        "OK",
        title);
    return decision(sessionId, number);
  }

  @Transactional
  public Decision setDecisionStatus(long sessionId, int number, String status, Viewer by) {
    lockSession(sessionId);
    Decision d = decision(sessionId, number);
    Check check = new Check("decision");
    DecisionStatus to = check.enumValue("status", status, DecisionStatus.class, true);
    check.done();
    jdbc.sql("UPDATE coop_decision SET status = ?, status_changed_at = ? WHERE id = ?")
        .params(to.name(), Timestamp.from(clock.instant()), d.id())
        .update();
    audit.record(
        by.actor(),
        null,
        AuditAction.COOP_DECISION_CHANGED,
        "session:" + sessionId + "/decision:" + number,
        "OK",
        d.status() + " -> " + to);
    return decision(sessionId, number);
  }

  public Decision decision(long sessionId, int number) {
    return jdbc.sql("SELECT * FROM coop_decision WHERE session_id = ? AND decision_number = ?")
        .params(sessionId, number)
        .query(Sessions::decision)
        .optional()
        .orElseThrow(
            () -> HubException.notFound("Session " + sessionId + " has no decision " + number));
  }

  /** Locks the session row for a write (decision numbers, agenda positions); 404 when absent. */
  Session lockSession(long id) {
    List<Long> ids =
        jdbc.sql("SELECT id FROM coop_session WHERE id = ? FOR UPDATE")
            .param(id)
            .query(Long.class)
            .list();
    if (ids.isEmpty()) {
      throw HubException.notFound("No session with id " + id);
    }
    return find(id).orElseThrow();
  }

  void touch(long sessionId) {
    jdbc.sql("UPDATE coop_session SET revision = revision + 1, updated_at = ? WHERE id = ?")
        .params(Timestamp.from(clock.instant()), sessionId)
        .update();
  }

  private int themeExists(long themeId) {
    return jdbc.sql("SELECT COUNT(*) FROM coop_theme WHERE id = ?")
        .param(themeId)
        .query(Integer.class)
        .single();
  }

  private String member(Check check, String field, String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    try {
      return members.require(field, code).code().value();
    } catch (HubException e) {
      check.add(
          field,
          "unknown-reference",
          "'" + code + "' is not a member; valid values: " + members.codes());
      return null;
    }
  }

  static Session session(ResultSet rs, int n) throws SQLException {
    Timestamp closed = rs.getTimestamp("vote_closed_at");
    String rule = rs.getString("vote_rule");
    return new Session(
        rs.getLong("id"),
        rs.getString("uid"),
        SessionKind.valueOf(rs.getString("kind")),
        rs.getTimestamp("starts_at").toInstant().atZone(Session.BRUSSELS),
        rs.getTimestamp("ends_at").toInstant().atZone(Session.BRUSSELS),
        rs.getString("place"),
        SessionStatus.valueOf(rs.getString("status")),
        Visibility.valueOf(rs.getString("visibility")),
        rs.getString("presenter"),
        rs.getObject("theme_id", Long.class),
        closed == null ? null : closed.toInstant(),
        rs.getObject("vote_outcome_id", Long.class),
        rule == null ? null : ThemeVote.Rule.valueOf(rule),
        rs.getBoolean("illustrative"),
        rs.getInt("revision"),
        rs.getTimestamp("updated_at").toInstant());
  }

  private static Decision decision(ResultSet rs, int n) throws SQLException {
    return new Decision(
        rs.getLong("id"),
        rs.getLong("session_id"),
        rs.getInt("decision_number"),
        rs.getString("title"),
        rs.getString("body"),
        DecisionStatus.valueOf(rs.getString("status")),
        rs.getTimestamp("status_changed_at").toInstant());
  }

  static Map<Language, String> titles(ResultSet rs, String prefix) throws SQLException {
    Map<Language, String> m = new EnumMap<>(Language.class);
    for (Language l : Language.values()) {
      String v = rs.getString(prefix + l.code());
      if (v != null) {
        m.put(l, v);
      }
    }
    return m;
  }
}
