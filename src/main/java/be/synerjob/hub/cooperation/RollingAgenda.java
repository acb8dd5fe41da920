package be.synerjob.hub.cooperation;

import be.synerjob.hub.audit.AuditAction;
import be.synerjob.hub.audit.AuditLog;
import be.synerjob.hub.core.HubException;
import be.synerjob.hub.core.Language;
import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.organisation.Members;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rolling agenda: at each board session one member presents its current projects (in the {@link
 * Rotation}), and the members vote on the theme presented in depth at the next session ({@link
 * ThemeVote}). Planning the next board session proposes its date, the next presenter and the theme
 * chosen by the last vote, and creates it with its standard agenda.
 */
@Service
public class RollingAgenda {

  /** The rotation as configured, the last presenter and the next ones. */
  public record RotationState(
      List<String> order,
      List<String> skipped,
      String lastPresenter,
      Long lastSessionId,
      List<String> upcoming) {}

  /** A theme proposal: titles per language code (at least one), the member to present it. */
  public record ThemeInput(Map<String, String> titles, String presenter, String proposedBy) {}

  /** A vote: the theme, and the member voting (only the secretariat names another member). */
  public record VoteInput(Long themeId, String member) {}

  /** One member's vote. */
  public record Vote(String member, long themeId, java.time.Instant castAt) {}

  /**
   * The state of a session's vote: proposals in order, votes, and the outcome (final once closed).
   */
  public record Tally(
      long sessionId,
      List<Theme> proposals,
      Map<Long, Integer> counts,
      List<Vote> votes,
      boolean closed,
      ThemeVote.Outcome outcome,
      String chair) {}

  /** The proposal for the next board session, with why each part was chosen. */
  public record NextSession(
      ZonedDateTime startsAt,
      ZonedDateTime endsAt,
      String place,
      Visibility visibility,
      String presenter,
      Theme theme,
      Long afterSessionId,
      Long themeVoteSessionId) {}

  /** Overrides of the proposal when planning; absent fields take the proposal's. */
  public record PlanInput(LocalDate date, LocalTime startTime, String place, String visibility) {}

  private final JdbcClient jdbc;
  private final Sessions sessions;
  private final Representatives representatives;
  private final Members members;
  private final AuditLog audit;
  private final CooperationProperties properties;
  private final Rotation rotation;

  RollingAgenda(
      JdbcClient jdbc,
      Sessions sessions,
      Representatives representatives,
      Members members,
      AuditLog audit,
      CooperationProperties properties) {
    this.jdbc = jdbc;
    this.sessions = sessions;
    this.representatives = representatives;
    this.members = members;
    this.audit = audit;
    this.properties = properties;
    this.rotation =
        new Rotation(
            properties.rotation().order().stream()
                .map(c -> MemberCode.parse("hub.cooperation.rotation.order", c))
                .toList(),
            properties.rotation().skip().stream()
                .map(c -> MemberCode.parse("hub.cooperation.rotation.skip", c))
                .collect(java.util.stream.Collectors.toSet()));
  }

  public Rotation rotation() {
    return rotation;
  }

  @Transactional(readOnly = true)
  public RotationState rotationState() {
    Optional<Session> last = sessions.lastPresentingSession();
    MemberCode lastPresenter = last.map(s -> new MemberCode(s.presenter())).orElse(null);
    return new RotationState(
        rotation.order().stream().map(MemberCode::value).toList(),
        rotation.skip().stream().map(MemberCode::value).sorted().toList(),
        lastPresenter == null ? null : lastPresenter.value(),
        last.map(Session::id).orElse(null),
        rotation.upcoming(lastPresenter, rotation.order().size()).stream()
            .map(MemberCode::value)
            .toList());
  }

  // ---------------------------------------------------------------- themes

  @Transactional(readOnly = true)
  public Theme theme(long id) {
    return jdbc.sql("SELECT * FROM coop_theme WHERE id = ?")
        .param(id)
        .query(RollingAgenda::theme)
        .optional()
        .orElseThrow(() -> HubException.notFound("No theme with id " + id));
  }

  /** Themes by id (for agenda titles). */
  @Transactional(readOnly = true)
  public Map<Long, Theme> themes(List<Long> ids) {
    Map<Long, Theme> out = new LinkedHashMap<>();
    for (Long id : ids) {
      if (id != null && !out.containsKey(id)) {
        jdbc.sql("SELECT * FROM coop_theme WHERE id = ?")
            .param(id)
            .query(RollingAgenda::theme)
            .optional()
            .ifPresent(t -> out.put(id, t));
      }
    }
    return out;
  }

  /**
   * The themes presented in depth, by year (newest year first): those presented at a held session
   * and those recorded as history; themes chosen and scheduled at a planned session are listed in
   * that session's year too, with status CHOSEN.
   */
  @Transactional(readOnly = true)
  public Map<Integer, List<Theme>> presentedByYear(Viewer viewer) {
    List<Theme> all =
        jdbc.sql(
                "SELECT t.*, s.starts_at AS session_starts, s.visibility AS session_visibility FROM coop_theme t"
                    + " LEFT JOIN coop_session s ON s.id = t.presented_session_id"
                    + " WHERE t.status = 'PRESENTED' OR (t.status = 'CHOSEN' AND t.presented_session_id IS NOT NULL)"
                    + " ORDER BY COALESCE(t.presented_on, CAST(s.starts_at AS DATE)), t.id")
            .query(
                (rs, n) -> {
                  String sv = rs.getString("session_visibility");
                  if (sv != null && !viewer.sees(Visibility.valueOf(sv))) {
                    return null;
                  }
                  Theme t = theme(rs, n);
                  if (t.presentedOn() == null && rs.getTimestamp("session_starts") != null) {
                    LocalDate d =
                        rs.getTimestamp("session_starts")
                            .toInstant()
                            .atZone(Session.BRUSSELS)
                            .toLocalDate();
                    t =
                        new Theme(
                            t.id(),
                            t.titles(),
                            t.proposedBy(),
                            t.presenter(),
                            t.voteSessionId(),
                            t.presentedSessionId(),
                            d,
                            t.status(),
                            t.illustrative());
                  }
                  return t;
                })
            .list();
    Map<Integer, List<Theme>> byYear = new TreeMap<>(java.util.Comparator.reverseOrder());
    for (Theme t : all) {
      if (t != null && t.presentedOn() != null) {
        byYear.computeIfAbsent(t.presentedOn().getYear(), y -> new ArrayList<>()).add(t);
      }
    }
    return byYear;
  }

  /** The themes proposed for a session's vote, in proposal order. */
  @Transactional(readOnly = true)
  public List<Theme> proposals(long sessionId) {
    return jdbc.sql("SELECT * FROM coop_theme WHERE vote_session_id = ? ORDER BY id")
        .param(sessionId)
        .query(RollingAgenda::theme)
        .list();
  }

  @Transactional
  public Theme propose(long sessionId, ThemeInput in, Viewer by) {
    Session s = sessions.lockSession(sessionId);
    if (!by.internal()) {
      throw HubException.forbidden("Only members and the secretariat propose themes");
    }
    Check check = new Check("theme");
    Map<Language, String> titles = titles(check, in.titles());
    String presenter = member(check, "presenter", in.presenter(), true);
    String proposedBy;
    if (in.proposedBy() != null && !in.proposedBy().isBlank()) {
      proposedBy = member(check, "proposedBy", in.proposedBy(), true);
      if (!by.manage() && proposedBy != null && !proposedBy.equals(by.member().value())) {
        throw HubException.forbidden("A member proposes themes in its own name only");
      }
    } else if (by.member() != null) {
      proposedBy = by.member().value();
    } else {
      proposedBy = null;
      check.add("proposedBy", "required", "the secretariat names the member proposing the theme");
    }
    openVote(check, s);
    check.done();
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO coop_theme (title_nl, title_fr, title_de, title_en, proposed_by, presenter_member,"
                + " vote_session_id, status, illustrative, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'PROPOSED', FALSE, ?)")
        .params(
            titles.get(Language.NL),
            titles.get(Language.FR),
            titles.get(Language.DE),
            titles.get(Language.EN),
            proposedBy,
            presenter,
            sessionId,
            Timestamp.from(sessions.clock().instant()))
        .update(keys, "id");
    long id = keys.getKey().longValue();
    sessions.touch(sessionId);
    audit.record(
        by.actor(),
        proposedBy,
        AuditAction.COOP_THEME_PROPOSED,
        "session:" + sessionId + "/theme:" + id,
        "OK",
        titles.values().iterator().next());
    return theme(id);
  }

  /** Records a historical theme presentation (demo data, or history entered by the secretariat). */
  @Transactional
  public Theme recordPresented(
      Map<Language, String> titles,
      String presenter,
      Long sessionId,
      LocalDate on,
      boolean illustrative,
      Viewer by) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO coop_theme (title_nl, title_fr, title_de, title_en, presenter_member, presented_session_id,"
                + " presented_on, status, illustrative, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'PRESENTED', ?, ?)")
        .params(
            titles.get(Language.NL),
            titles.get(Language.FR),
            titles.get(Language.DE),
            titles.get(Language.EN),
            presenter,
            sessionId,
            Date.valueOf(on),
            illustrative,
            Timestamp.from(sessions.clock().instant()))
        .update(keys, "id");
    long id = keys.getKey().longValue();
    audit.record(
        by.actor(),
        presenter,
        AuditAction.COOP_THEME_PROPOSED,
        "theme:" + id,
        "OK",
        "presented on " + on);
    return theme(id);
  }

  // ---------------------------------------------------------------- the vote

  @Transactional
  public Tally vote(long sessionId, VoteInput in, Viewer by) {
    Session s = sessions.lockSession(sessionId);
    Check check = new Check("vote");
    String member;
    if (in.member() != null && !in.member().isBlank()) {
      member = member(check, "member", in.member(), true);
      if (!by.manage() && (by.member() == null || !by.member().value().equals(member))) {
        throw HubException.forbidden(
            "A member votes in its own name only; the secretariat records others' votes");
      }
    } else if (by.member() != null) {
      member = by.member().value();
    } else {
      member = null;
      check.add("member", "required", "the secretariat names the member whose vote it records");
    }
    Long themeId = check.required("themeId", in.themeId());
    openVote(check, s);
    if (themeId != null && proposals(sessionId).stream().noneMatch(t -> t.id() == themeId)) {
      check.add(
          "themeId",
          "unknown-reference",
          "theme "
              + themeId
              + " was not proposed for session "
              + sessionId
              + "; proposed: "
              + proposals(sessionId).stream().map(Theme::id).toList());
    }
    check.done();
    Optional<Long> previous =
        jdbc.sql("SELECT theme_id FROM coop_vote WHERE session_id = ? AND member_code = ?")
            .params(sessionId, member)
            .query(Long.class)
            .optional();
    if (previous.isPresent()) {
      throw HubException.conflict(
          member
              + " has voted already in session "
              + sessionId
              + " (for theme "
              + previous.get()
              + "): each member has one vote per session");
    }
    jdbc.sql(
            "INSERT INTO coop_vote (session_id, member_code, theme_id, cast_at, cast_by) VALUES (?, ?, ?, ?, ?)")
        .params(sessionId, member, themeId, Timestamp.from(sessions.clock().instant()), by.actor())
        .update();
    audit.record(
        by.actor(),
        member,
        AuditAction.COOP_VOTE_CAST,
        "session:" + sessionId,
        "OK",
        "theme:" + themeId);
    return tally(sessionId);
  }

  @Transactional(readOnly = true)
  public Tally tally(long sessionId) {
    Session s =
        sessions
            .find(sessionId)
            .orElseThrow(() -> HubException.notFound("No session with id " + sessionId));
    List<Theme> proposals = proposals(sessionId);
    List<Vote> votes =
        jdbc.sql("SELECT * FROM coop_vote WHERE session_id = ? ORDER BY cast_at, member_code")
            .param(sessionId)
            .query(
                (rs, n) ->
                    new Vote(
                        rs.getString("member_code"),
                        rs.getLong("theme_id"),
                        rs.getTimestamp("cast_at").toInstant()))
            .list();
    Map<MemberCode, Long> byMember = new LinkedHashMap<>();
    votes.forEach(v -> byMember.put(new MemberCode(v.member()), v.themeId()));
    MemberCode chair = representatives.chairOn(s.startsAt().toLocalDate()).orElse(null);
    ThemeVote.Outcome outcome =
        ThemeVote.decide(proposals.stream().map(Theme::id).toList(), byMember, chair);
    return new Tally(
        sessionId,
        proposals,
        outcome.counts(),
        votes,
        s.voteClosedAt() != null,
        outcome,
        chair == null ? null : chair.value());
  }

  /** Closes a session's vote: the outcome becomes the theme of the next board session planned. */
  @Transactional
  public Tally closeVote(long sessionId, Viewer by) {
    Session s = sessions.lockSession(sessionId);
    if (s.voteClosedAt() != null) {
      throw HubException.conflict(
          "The vote of session " + sessionId + " was closed on " + s.voteClosedAt());
    }
    Tally t = tally(sessionId);
    if (t.outcome().winner() == null) {
      throw HubException.conflict(
          "No vote was cast in session " + sessionId + ": the vote stays open");
    }
    long winner = t.outcome().winner();
    jdbc.sql(
            "UPDATE coop_theme SET status = CASE WHEN id = ? THEN 'CHOSEN' ELSE 'NOT_CHOSEN' END WHERE vote_session_id = ?")
        .params(winner, sessionId)
        .update();
    jdbc.sql(
            "UPDATE coop_session SET vote_closed_at = ?, vote_outcome_id = ?, vote_rule = ?, revision = revision + 1, updated_at = ? WHERE id = ?")
        .params(
            Timestamp.from(sessions.clock().instant()),
            winner,
            t.outcome().rule().name(),
            Timestamp.from(sessions.clock().instant()),
            sessionId)
        .update();
    audit.record(
        by.actor(),
        null,
        AuditAction.COOP_VOTE_CLOSED,
        "session:" + sessionId,
        "OK",
        "theme:" + winner + " by " + t.outcome().rule() + " " + t.counts());
    return tally(sessionId);
  }

  private void openVote(Check check, Session s) {
    if (s.kind() != SessionKind.BOARD) {
      check.add("sessionId", "invalid", "only board sessions vote on the rolling agenda's theme");
    } else if (s.status() == SessionStatus.CANCELLED) {
      check.add("sessionId", "invalid", "session " + s.id() + " was cancelled");
    } else if (s.voteClosedAt() != null) {
      check.add(
          "sessionId",
          "invalid",
          "the vote of session " + s.id() + " was closed on " + s.voteClosedAt());
    }
  }

  // ---------------------------------------------------------------- planning

  /**
   * What the next board session would be: date = the last board session's date (held or planned,
   * not cancelled) plus {@code hub.cooperation.board.interval}, at least {@code min-notice} from
   * today, moved to the next {@code weekday}; presenter = the rotation's next member; theme = the
   * theme chosen by the most recent closed vote that is not yet scheduled.
   */
  @Transactional(readOnly = true)
  public NextSession proposal() {
    CooperationProperties.BoardSettings b = properties.board();
    LocalDate today = LocalDate.now(sessions.clock().withZone(Session.BRUSSELS));
    Optional<Session> last = sessions.lastBoardSession();
    LocalDate earliest = today.plus(b.minNotice());
    LocalDate date = last.map(s -> s.startsAt().toLocalDate().plus(b.interval())).orElse(earliest);
    if (date.isBefore(earliest)) {
      date = earliest;
    }
    date = date.with(TemporalAdjusters.nextOrSame(b.weekday()));
    ZonedDateTime starts = date.atTime(b.startTime()).atZone(Session.BRUSSELS);
    MemberCode lastPresenter =
        sessions.lastPresentingSession().map(s -> new MemberCode(s.presenter())).orElse(null);
    Optional<Object[]> chosen =
        jdbc.sql(
                "SELECT t.id, s.id FROM coop_theme t JOIN coop_session s ON s.id = t.vote_session_id"
                    + " WHERE t.status = 'CHOSEN' AND t.presented_session_id IS NULL"
                    + " ORDER BY s.vote_closed_at DESC, s.starts_at DESC LIMIT 1")
            .query((rs, n) -> new Object[] {rs.getLong(1), rs.getLong(2)})
            .optional();
    return new NextSession(
        starts,
        starts.plus(b.duration()),
        b.place(),
        b.visibility(),
        rotation.next(lastPresenter).value(),
        chosen.map(c -> theme((Long) c[0])).orElse(null),
        last.map(Session::id).orElse(null),
        chosen.map(c -> (Long) c[1]).orElse(null));
  }

  /** Plans the next board session from {@link #proposal()} (with overrides) and creates it. */
  @Transactional
  public Session planNext(PlanInput in, Viewer by) {
    jdbc.sql("SELECT name FROM coop_lock WHERE name = 'session' FOR UPDATE")
        .query(String.class)
        .list();
    NextSession p = proposal();
    PlanInput o = in == null ? new PlanInput(null, null, null, null) : in;
    Check check = new Check("plan");
    LocalDate date = o.date() == null ? p.startsAt().toLocalDate() : o.date();
    LocalDate today = LocalDate.now(sessions.clock().withZone(Session.BRUSSELS));
    if (date.isBefore(today)) {
      check.add("date", "out-of-range", date + " is in the past");
    }
    LocalTime start = o.startTime() == null ? p.startsAt().toLocalTime() : o.startTime();
    String place = o.place() == null ? p.place() : check.text("place", o.place(), 300, true);
    Visibility visibility =
        o.visibility() == null
            ? p.visibility()
            : check.enumValue("visibility", o.visibility(), Visibility.class, true);
    check.done();
    ZonedDateTime starts = date.atTime(start).atZone(Session.BRUSSELS);
    return sessions.insert(
        SessionKind.BOARD,
        starts,
        starts.plus(properties.board().duration()),
        place,
        visibility,
        p.presenter(),
        p.theme() == null ? null : p.theme().id(),
        true,
        false,
        by);
  }

  // ---------------------------------------------------------------- helpers

  private Map<Language, String> titles(Check check, Map<String, String> in) {
    Map<Language, String> out = new EnumMap<>(Language.class);
    if (in == null || in.isEmpty()) {
      check.add("titles", "required", "give the title in at least one of nl, fr, de, en");
      return out;
    }
    for (var e : in.entrySet()) {
      Optional<Language> l = Language.parse(e.getKey());
      if (l.isEmpty()) {
        check.add(
            "titles." + e.getKey(),
            "invalid-language",
            "'" + e.getKey() + "' is not one of nl, fr, de, en");
        continue;
      }
      String v = check.text("titles." + e.getKey(), e.getValue(), 300, true);
      if (v != null) {
        out.put(l.get(), v);
      }
    }
    if (out.isEmpty() && check.ok()) {
      check.add("titles", "required", "give the title in at least one of nl, fr, de, en");
    }
    return out;
  }

  private String member(Check check, String field, String code, boolean required) {
    if (code == null || code.isBlank()) {
      if (required) {
        check.add(field, "required", "is required; valid values: " + members.codes());
      }
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

  static Theme theme(ResultSet rs, int n) throws SQLException {
    Date on = rs.getDate("presented_on");
    return new Theme(
        rs.getLong("id"),
        Sessions.titles(rs, "title_"),
        rs.getString("proposed_by"),
        rs.getString("presenter_member"),
        rs.getObject("vote_session_id", Long.class),
        rs.getObject("presented_session_id", Long.class),
        on == null ? null : on.toLocalDate(),
        ThemeStatus.valueOf(rs.getString("status")),
        rs.getBoolean("illustrative"));
  }
}
