package be.synerjob.hub.cooperation;

import be.synerjob.hub.audit.AuditAction;
import be.synerjob.hub.audit.AuditLog;
import be.synerjob.hub.core.HubException;
import be.synerjob.hub.core.Language;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Working groups mandated by the board: their mandate, the members' experts, their status with its
 * history (see {@link WorkingGroupStatus} for the transitions: CLOSED is final), their reports to
 * the board (each linked to a session) and the links to the parts of the hub they steer.
 */
@Service
public class WorkingGroups {

  /** A working group. */
  public record WorkingGroup(
      long id,
      String code,
      Map<Language, String> names,
      String mandate,
      Language mandateLanguage,
      WorkingGroupStatus status,
      Instant statusSince,
      LocalDate mandatedOn,
      boolean illustrative) {}

  /** One change of status, with its reason. */
  public record StatusChange(
      WorkingGroupStatus from,
      WorkingGroupStatus to,
      String reason,
      Long sessionId,
      Instant at,
      String actor) {}

  /** A member's expert in a group, from {@code since} to {@code until} (null: still in it). */
  public record Expert(long id, Representatives.Person person, LocalDate since, LocalDate until) {}

  /** A report of a group to the board, presented at a session. */
  public record Report(
      long id,
      long groupId,
      String groupCode,
      long sessionId,
      String title,
      String summary,
      Long documentId,
      Instant createdAt) {}

  /** A link to a part of the hub (or elsewhere) the group steers. */
  public record Link(int position, LinkKind kind, String target, Map<Language, String> labels) {}

  public record GroupInput(
      String code,
      Map<String, String> names,
      String mandate,
      String mandateLanguage,
      LocalDate mandatedOn,
      List<LinkInput> links) {}

  public record StatusInput(String status, String reason, Long sessionId) {}

  public record ExpertInput(Long personId, LocalDate since) {}

  public record ReportInput(Long sessionId, String title, String summary, Long documentId) {}

  public record LinkInput(String kind, String target, Map<String, String> labels) {}

  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");

  private final JdbcClient jdbc;
  private final Sessions sessions;
  private final Documents documents;
  private final AuditLog audit;

  WorkingGroups(JdbcClient jdbc, Sessions sessions, Documents documents, AuditLog audit) {
    this.jdbc = jdbc;
    this.sessions = sessions;
    this.documents = documents;
    this.audit = audit;
  }

  @Transactional(readOnly = true)
  public List<WorkingGroup> list(WorkingGroupStatus status) {
    return jdbc.sql(
            "SELECT * FROM coop_working_group"
                + (status == null ? "" : " WHERE status = :s")
                + " ORDER BY code")
        .params(status == null ? Map.of() : Map.of("s", status.name()))
        .query(WorkingGroups::group)
        .list();
  }

  @Transactional(readOnly = true)
  public WorkingGroup get(String code) {
    return jdbc.sql("SELECT * FROM coop_working_group WHERE code = ?")
        .param(code)
        .query(WorkingGroups::group)
        .optional()
        .orElseThrow(() -> HubException.notFound("No working group '" + code + "'"));
  }

  @Transactional
  public WorkingGroup create(GroupInput in, Viewer by) {
    Check check = new Check("working group");
    String code = check.text("code", in.code(), 40, true);
    if (code != null && !CODE.matcher(code).matches()) {
      check.add(
          "code",
          "invalid",
          "use 2 to 40 lower-case letters, digits and hyphens, starting with a letter");
    } else if (code != null
        && jdbc.sql("SELECT COUNT(*) FROM coop_working_group WHERE code = ?")
                .param(code)
                .query(Integer.class)
                .single()
            > 0) {
      check.add("code", "duplicate", "a working group '" + code + "' exists already");
    }
    Map<Language, String> names = allFour(check, "names", in.names(), 200);
    String mandate = check.text("mandate", in.mandate(), 4000, true);
    Language lang = Language.parse(in.mandateLanguage()).orElse(null);
    if (lang == null) {
      check.add(
          "mandateLanguage",
          in.mandateLanguage() == null ? "required" : "invalid-language",
          "one of nl, fr, de, en: the language the mandate text is written in");
    }
    List<Link> links = links(check, in.links());
    check.done();
    Instant now = sessions.clock().instant();
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO coop_working_group (code, name_nl, name_fr, name_de, name_en, mandate_text, mandate_lang,"
                + " status, status_since, mandated_on, illustrative, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, FALSE, ?)")
        .params(
            code,
            names.get(Language.NL),
            names.get(Language.FR),
            names.get(Language.DE),
            names.get(Language.EN),
            mandate,
            lang.code(),
            Timestamp.from(now),
            in.mandatedOn() == null ? null : Date.valueOf(in.mandatedOn()),
            Timestamp.from(now))
        .update(keys, "id");
    long id = keys.getKey().longValue();
    jdbc.sql(
            "INSERT INTO coop_wg_status_change (group_id, from_status, to_status, reason, changed_at, actor)"
                + " VALUES (?, NULL, 'ACTIVE', ?, ?, ?)")
        .params(id, "mandated by the board", Timestamp.from(now), by.actor())
        .update();
    writeLinks(id, links);
    audit.record(
        by.actor(), null, AuditAction.COOP_WORKING_GROUP_CHANGED, "group:" + code, "OK", "created");
    return get(code);
  }

  /** Moves a group to another status; the reason is required and kept in its history. */
  @Transactional
  public WorkingGroup changeStatus(String code, StatusInput in, Viewer by) {
    WorkingGroup g = lock(code);
    Check check = new Check("status change");
    WorkingGroupStatus to = check.enumValue("status", in.status(), WorkingGroupStatus.class, true);
    String reason = check.text("reason", in.reason(), 1000, true);
    if (in.sessionId() != null && sessions.find(in.sessionId()).isEmpty()) {
      check.add("sessionId", "unknown-reference", "no session with id " + in.sessionId());
    }
    if (to != null && !g.status().canMoveTo(to)) {
      check.add(
          "status",
          "invalid",
          g.status() == WorkingGroupStatus.CLOSED
              ? "the group was closed; a closed group is final (the board mandates a new group instead)"
              : "a " + g.status() + " group can move to " + g.status().next() + ", not to " + to);
    }
    check.done();
    Instant now = sessions.clock().instant();
    jdbc.sql("UPDATE coop_working_group SET status = ?, status_since = ? WHERE id = ?")
        .params(to.name(), Timestamp.from(now), g.id())
        .update();
    jdbc.sql(
            "INSERT INTO coop_wg_status_change (group_id, from_status, to_status, reason, session_id, changed_at, actor)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")
        .params(
            g.id(),
            g.status().name(),
            to.name(),
            reason,
            in.sessionId(),
            Timestamp.from(now),
            by.actor())
        .update();
    audit.record(
        by.actor(),
        null,
        AuditAction.COOP_WORKING_GROUP_CHANGED,
        "group:" + code,
        "OK",
        g.status() + " -> " + to + ": " + reason);
    return get(code);
  }

  @Transactional(readOnly = true)
  public List<StatusChange> history(String code) {
    WorkingGroup g = get(code);
    return jdbc.sql(
            "SELECT * FROM coop_wg_status_change WHERE group_id = ? ORDER BY changed_at, id")
        .param(g.id())
        .query(
            (rs, n) -> {
              String from = rs.getString("from_status");
              return new StatusChange(
                  from == null ? null : WorkingGroupStatus.valueOf(from),
                  WorkingGroupStatus.valueOf(rs.getString("to_status")),
                  rs.getString("reason"),
                  rs.getObject("session_id", Long.class),
                  rs.getTimestamp("changed_at").toInstant(),
                  rs.getString("actor"));
            })
        .list();
  }

  @Transactional(readOnly = true)
  public List<Expert> experts(String code, boolean includePast) {
    WorkingGroup g = get(code);
    return jdbc.sql(
            "SELECT e.id AS expert_id, e.since, e.until, p.* FROM coop_wg_expert e JOIN coop_person p ON p.id = e.person_id"
                + " WHERE e.group_id = ?"
                + (includePast ? "" : " AND e.until IS NULL")
                + " ORDER BY p.member_code, p.full_name, e.id")
        .param(g.id())
        .query(
            (rs, n) -> {
              Date until = rs.getDate("until");
              return new Expert(
                  rs.getLong("expert_id"),
                  Representatives.person(rs, n),
                  rs.getDate("since").toLocalDate(),
                  until == null ? null : until.toLocalDate());
            })
        .list();
  }

  @Transactional
  public List<Expert> addExpert(String code, ExpertInput in, Viewer by) {
    WorkingGroup g = lock(code);
    Check check = new Check("expert");
    Long personId = check.required("personId", in.personId());
    if (personId != null
        && jdbc.sql("SELECT COUNT(*) FROM coop_person WHERE id = ?")
                .param(personId)
                .query(Integer.class)
                .single()
            == 0) {
      check.add("personId", "unknown-reference", "no person with id " + personId);
    } else if (personId != null
        && jdbc.sql(
                    "SELECT COUNT(*) FROM coop_wg_expert WHERE group_id = ? AND person_id = ? AND until IS NULL")
                .params(g.id(), personId)
                .query(Integer.class)
                .single()
            > 0) {
      check.add(
          "personId",
          "duplicate",
          "person " + personId + " is an expert of '" + code + "' already");
    }
    if (g.status() == WorkingGroupStatus.CLOSED) {
      check.add("code", "invalid", "the group was closed");
    }
    check.done();
    LocalDate since =
        in.since() == null
            ? LocalDate.now(sessions.clock().withZone(Session.BRUSSELS))
            : in.since();
    jdbc.sql("INSERT INTO coop_wg_expert (group_id, person_id, since) VALUES (?, ?, ?)")
        .params(g.id(), personId, Date.valueOf(since))
        .update();
    audit.record(
        by.actor(),
        null,
        AuditAction.COOP_WORKING_GROUP_CHANGED,
        "group:" + code,
        "OK",
        "expert person:" + personId + " since " + since);
    return experts(code, false);
  }

  @Transactional
  public List<Expert> endExpert(String code, long expertId, LocalDate until, Viewer by) {
    WorkingGroup g = lock(code);
    Optional<LocalDate> since =
        jdbc.sql("SELECT since FROM coop_wg_expert WHERE id = ? AND group_id = ? AND until IS NULL")
            .params(expertId, g.id())
            .query((rs, n) -> rs.getDate(1).toLocalDate())
            .optional();
    if (since.isEmpty()) {
      throw HubException.notFound("'" + code + "' has no current expert " + expertId);
    }
    LocalDate end =
        until == null ? LocalDate.now(sessions.clock().withZone(Session.BRUSSELS)) : until;
    if (end.isBefore(since.get())) {
      Check check = new Check("expert");
      check.add(
          "until", "incoherent-dates", end + " is before the expert joined on " + since.get());
      check.done();
    }
    jdbc.sql("UPDATE coop_wg_expert SET until = ? WHERE id = ?")
        .params(Date.valueOf(end), expertId)
        .update();
    audit.record(
        by.actor(),
        null,
        AuditAction.COOP_WORKING_GROUP_CHANGED,
        "group:" + code,
        "OK",
        "expert " + expertId + " until " + end);
    return experts(code, true);
  }

  @Transactional(readOnly = true)
  public List<Report> reports(String code) {
    WorkingGroup g = get(code);
    return jdbc.sql(REPORTS + " WHERE r.group_id = ? ORDER BY s.starts_at DESC, r.id DESC")
        .param(g.id())
        .query(WorkingGroups::report)
        .list();
  }

  /** The reports presented at a session. */
  @Transactional(readOnly = true)
  public List<Report> reportsOfSession(long sessionId) {
    return jdbc.sql(REPORTS + " WHERE r.session_id = ? ORDER BY g.code, r.id")
        .param(sessionId)
        .query(WorkingGroups::report)
        .list();
  }

  private static final String REPORTS =
      "SELECT r.*, g.code FROM coop_wg_report r JOIN coop_working_group g ON g.id = r.group_id"
          + " JOIN coop_session s ON s.id = r.session_id";

  @Transactional
  public Report addReport(String code, ReportInput in, Viewer by) {
    WorkingGroup g = lock(code);
    Check check = new Check("report");
    Long sessionId = check.required("sessionId", in.sessionId());
    if (sessionId != null && sessions.find(sessionId).isEmpty()) {
      check.add("sessionId", "unknown-reference", "no session with id " + sessionId);
    }
    String title = check.text("title", in.title(), 300, true);
    String summary = check.text("summary", in.summary(), 4000, false);
    if (in.documentId() != null) {
      try {
        documents.info(in.documentId(), new Viewer(true, true, null, by.actor()));
      } catch (HubException e) {
        check.add("documentId", "unknown-reference", "no document with id " + in.documentId());
      }
    }
    if (g.status() == WorkingGroupStatus.CLOSED) {
      check.add("code", "invalid", "the group was closed; its reports are final");
    }
    check.done();
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO coop_wg_report (group_id, session_id, title, summary, document_id, created_at) VALUES (?, ?, ?, ?, ?, ?)")
        .params(
            g.id(),
            sessionId,
            title,
            summary,
            in.documentId(),
            Timestamp.from(sessions.clock().instant()))
        .update(keys, "id");
    long id = keys.getKey().longValue();
    sessions.touch(sessionId);
    audit.record(
        by.actor(),
        null,
        AuditAction.COOP_WORKING_GROUP_CHANGED,
        "group:" + code,
        "OK",
        "report " + id + " to session " + sessionId);
    return jdbc.sql(REPORTS + " WHERE r.id = ?").param(id).query(WorkingGroups::report).single();
  }

  @Transactional(readOnly = true)
  public List<Link> links(String code) {
    WorkingGroup g = get(code);
    return jdbc.sql("SELECT * FROM coop_wg_link WHERE group_id = ? ORDER BY position")
        .param(g.id())
        .query(
            (rs, n) ->
                new Link(
                    rs.getInt("position"),
                    LinkKind.valueOf(rs.getString("kind")),
                    rs.getString("target"),
                    Sessions.titles(rs, "label_")))
        .list();
  }

  /** Replaces a group's links. */
  @Transactional
  public List<Link> putLinks(String code, List<LinkInput> in, Viewer by) {
    WorkingGroup g = lock(code);
    Check check = new Check("links");
    List<Link> links = links(check, in);
    check.done();
    jdbc.sql("DELETE FROM coop_wg_link WHERE group_id = ?").param(g.id()).update();
    writeLinks(g.id(), links);
    audit.record(
        by.actor(),
        null,
        AuditAction.COOP_WORKING_GROUP_CHANGED,
        "group:" + code,
        "OK",
        links.size() + " links");
    return links(code);
  }

  private List<Link> links(Check check, List<LinkInput> in) {
    List<Link> out = new ArrayList<>();
    if (in == null) {
      return out;
    }
    for (int i = 0; i < in.size(); i++) {
      LinkInput l = in.get(i);
      String p = "links[" + i + "].";
      LinkKind kind = check.enumValue(p + "kind", l.kind(), LinkKind.class, true);
      String target = check.text(p + "target", l.target(), 500, true);
      if (target != null && kind != null) {
        boolean ok =
            switch (kind) {
              case CONSOLE -> target.startsWith("/console/") || target.equals("/console");
              case API -> target.startsWith("/api/");
              case EXTERNAL -> target.startsWith("https://");
            };
        if (!ok) {
          check.add(
              p + "target",
              "invalid",
              "a "
                  + kind
                  + " link starts with "
                  + switch (kind) {
                    case CONSOLE -> "/console/";
                    case API -> "/api/";
                    case EXTERNAL -> "https://";
                  });
        }
      }
      Map<Language, String> labels = allFour(check, p + "labels", l.labels(), 200);
      out.add(new Link(i + 1, kind, target, labels));
    }
    return out;
  }

  private void writeLinks(long groupId, List<Link> links) {
    for (Link l : links) {
      jdbc.sql(
              "INSERT INTO coop_wg_link (group_id, position, kind, target, label_nl, label_fr, label_de, label_en)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
          .params(
              groupId,
              l.position(),
              l.kind().name(),
              l.target(),
              l.labels().get(Language.NL),
              l.labels().get(Language.FR),
              l.labels().get(Language.DE),
              l.labels().get(Language.EN))
          .update();
    }
  }

  /** Texts needed in all four languages (names of groups, labels of links). */
  private static Map<Language, String> allFour(
      Check check, String field, Map<String, String> in, int max) {
    Map<Language, String> out = new EnumMap<>(Language.class);
    for (Language l : Language.values()) {
      String v =
          check.text(field + "." + l.code(), in == null ? null : in.get(l.code()), max, true);
      if (v != null) {
        out.put(l, v);
      }
    }
    if (in != null) {
      for (String k : in.keySet()) {
        if (Language.parse(k).isEmpty()) {
          check.add(
              field + "." + k, "invalid-language", "'" + k + "' is not one of nl, fr, de, en");
        }
      }
    }
    return out;
  }

  private WorkingGroup lock(String code) {
    if (jdbc.sql("SELECT id FROM coop_working_group WHERE code = ? FOR UPDATE")
        .param(code)
        .query(Long.class)
        .list()
        .isEmpty()) {
      throw HubException.notFound("No working group '" + code + "'");
    }
    return get(code);
  }

  private static WorkingGroup group(ResultSet rs, int n) throws SQLException {
    Date mandated = rs.getDate("mandated_on");
    return new WorkingGroup(
        rs.getLong("id"),
        rs.getString("code"),
        Sessions.titles(rs, "name_"),
        rs.getString("mandate_text"),
        Language.parse(rs.getString("mandate_lang")).orElse(Language.EN),
        WorkingGroupStatus.valueOf(rs.getString("status")),
        rs.getTimestamp("status_since").toInstant(),
        mandated == null ? null : mandated.toLocalDate(),
        rs.getBoolean("illustrative"));
  }

  private static Report report(ResultSet rs, int n) throws SQLException {
    return new Report(
        rs.getLong("id"),
        rs.getLong("group_id"),
        rs.getString("code"),
        rs.getLong("session_id"),
        rs.getString("title"),
        rs.getString("summary"),
        rs.getObject("document_id", Long.class),
        rs.getTimestamp("created_at").toInstant());
  }
}
