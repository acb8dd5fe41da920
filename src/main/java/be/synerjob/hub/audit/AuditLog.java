package be.synerjob.hub.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends to the audit trail inside the caller's transaction (a rolled-back write leaves no audit
 * record of success) and logs the same record as one JSON line on the {@code audit} logger.
 */
@Service
public class AuditLog {

  private static final Logger AUDIT = LoggerFactory.getLogger("audit");
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String INSERT =
      """
      INSERT INTO audit_event (at, actor, member_code, action, target, outcome, detail)
      VALUES (:at, :actor, :member, :action, :target, :outcome, :detail)
      """;

  private final JdbcClient jdbc;

  AuditLog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void record(
      String actor,
      String member,
      AuditAction action,
      String target,
      String outcome,
      String detail) {
    AuditEvent e =
        new AuditEvent(
            Instant.now(),
            actor,
            member,
            action,
            truncate(target, 300),
            outcome,
            truncate(detail, 2000));
    jdbc.sql(INSERT)
        .param("at", Timestamp.from(e.at()))
        .param("actor", e.actor())
        .param("member", e.member())
        .param("action", e.action().name())
        .param("target", e.target())
        .param("outcome", e.outcome())
        .param("detail", e.detail())
        .update();
    if (AUDIT.isInfoEnabled()) {
      AUDIT.info(JSON.writeValueAsString(e));
    }
  }

  /** The newest records first, optionally of one member. */
  public List<AuditEvent> recent(String member, int limit) {
    String sql =
        "SELECT * FROM audit_event"
            + (member == null ? "" : " WHERE member_code = :member")
            + " ORDER BY id DESC LIMIT :limit";
    var spec = jdbc.sql(sql).param("limit", limit);
    if (member != null) {
      spec = spec.param("member", member);
    }
    return spec.query(
            (rs, n) ->
                new AuditEvent(
                    rs.getTimestamp("at").toInstant(),
                    rs.getString("actor"),
                    rs.getString("member_code"),
                    AuditAction.valueOf(rs.getString("action")),
                    rs.getString("target"),
                    rs.getString("outcome"),
                    rs.getString("detail")))
        .list();
  }

  private static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
