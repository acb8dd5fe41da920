package be.synerjob.hub.cooperation;

import be.synerjob.hub.audit.AuditAction;
import be.synerjob.hub.audit.AuditLog;
import be.synerjob.hub.core.HubException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Documents of sessions and working groups, stored in the database (at most {@code
 * hub.cooperation.max-document-bytes}). A document is visible when its own visibility and that of
 * its session are visible to the reader: INTERNAL ones only to members' staff and the secretariat.
 * Anyone else is told the document does not exist.
 */
@Service
public class Documents {

  /** A document's description (its content is read separately). */
  public record DocumentInfo(
      long id,
      Long sessionId,
      Long groupId,
      String title,
      String fileName,
      String mediaType,
      Visibility visibility,
      long size,
      String sha256,
      Instant createdAt) {}

  /** A document with its content. */
  public record Content(DocumentInfo info, byte[] bytes) {}

  private static final Pattern FILE_NAME = Pattern.compile("[\\p{L}\\p{N} ._()+-]{1,200}");
  private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z]+/[a-zA-Z0-9.+-]+");
  private static final String SELECT =
      "SELECT d.id, d.session_id, d.group_id, d.title, d.file_name, d.media_type, d.visibility, d.byte_size,"
          + " d.sha256, d.created_at, s.visibility AS session_visibility FROM coop_document d"
          + " LEFT JOIN coop_session s ON s.id = d.session_id";

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final Sessions sessions;
  private final long maxBytes;

  Documents(JdbcClient jdbc, AuditLog audit, Sessions sessions, CooperationProperties properties) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.sessions = sessions;
    this.maxBytes = properties.maxDocumentBytes();
  }

  /** The documents of a session the reader may see. */
  @Transactional(readOnly = true)
  public List<DocumentInfo> ofSession(long sessionId, Viewer viewer) {
    return list(" WHERE d.session_id = ?", sessionId, viewer);
  }

  /** The documents of a working group the reader may see. */
  @Transactional(readOnly = true)
  public List<DocumentInfo> ofGroup(long groupId, Viewer viewer) {
    return list(" WHERE d.group_id = ?", groupId, viewer);
  }

  private List<DocumentInfo> list(String where, long id, Viewer viewer) {
    return jdbc
        .sql(SELECT + where + " ORDER BY d.id")
        .param(id)
        .query((rs, n) -> visible(rs, viewer) ? info(rs) : null)
        .list()
        .stream()
        .filter(java.util.Objects::nonNull)
        .toList();
  }

  /** A document the reader may see, or 404. */
  @Transactional(readOnly = true)
  public DocumentInfo info(long id, Viewer viewer) {
    return jdbc.sql(SELECT + " WHERE d.id = ?")
        .param(id)
        .query(
            (rs, n) -> visible(rs, viewer) ? Optional.of(info(rs)) : Optional.<DocumentInfo>empty())
        .optional()
        .flatMap(o -> o)
        .orElseThrow(() -> HubException.notFound("No document with id " + id));
  }

  /** A document's content, if the reader may see it, or 404. */
  @Transactional(readOnly = true)
  public Content content(long id, Viewer viewer) {
    DocumentInfo info = info(id, viewer);
    byte[] bytes =
        jdbc.sql("SELECT content FROM coop_document WHERE id = ?")
            .param(id)
            .query(byte[].class)
            .single();
    return new Content(info, bytes);
  }

  /**
   * Stores a document of a session or of a working group (exactly one of the two).
   *
   * @param bytes the content as received
   */
  @Transactional
  public DocumentInfo add(
      Long sessionId,
      Long groupId,
      String title,
      String fileName,
      String mediaType,
      String visibility,
      byte[] bytes,
      Viewer by) {
    Check check = new Check("document");
    String t = check.text("title", title, 300, true);
    String f = check.text("fileName", fileName, 200, true);
    if (f != null && !FILE_NAME.matcher(f).matches()) {
      check.add("fileName", "invalid", "use letters, digits, spaces and . _ ( ) + - only");
    }
    String type = mediaType == null ? "application/octet-stream" : mediaType.split(";")[0].strip();
    if (!MEDIA_TYPE.matcher(type).matches()) {
      check.add("mediaType", "invalid", "'" + mediaType + "' is not a media type");
    }
    Visibility v = check.enumValue("visibility", visibility, Visibility.class, false);
    if (bytes == null || bytes.length == 0) {
      check.add("content", "required", "the request body holds the document; it is empty");
    } else if (bytes.length > maxBytes) {
      check.add("content", "too-long", "is " + bytes.length + " bytes; at most " + maxBytes);
    }
    if ((sessionId == null) == (groupId == null)) {
      check.add("target", "invalid", "a document belongs to one session or one working group");
    }
    if (sessionId != null) {
      sessions.lockSession(sessionId);
    }
    if (groupId != null
        && jdbc.sql("SELECT COUNT(*) FROM coop_working_group WHERE id = ?")
                .param(groupId)
                .query(Integer.class)
                .single()
            == 0) {
      throw HubException.notFound("No working group with id " + groupId);
    }
    check.done();
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO coop_document (session_id, group_id, title, file_name, media_type, visibility,"
                + " byte_size, sha256, content, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            sessionId,
            groupId,
            t,
            f,
            type,
            (v == null ? Visibility.INTERNAL : v).name(),
            (long) bytes.length,
            sha256(bytes),
            bytes,
            Timestamp.from(sessions.clock().instant()),
            by.actor())
        .update(keys, "id");
    long id = keys.getKey().longValue();
    if (sessionId != null) {
      sessions.touch(sessionId);
    }
    audit.record(
        by.actor(),
        by.member() == null ? null : by.member().value(),
        AuditAction.COOP_DOCUMENT_ADDED,
        "document:" + id,
        "OK",
        (sessionId != null ? "session:" + sessionId : "group:" + groupId)
            + " "
            + f
            + " "
            + (v == null ? Visibility.INTERNAL : v));
    return info(id, new Viewer(true, true, null, by.actor()));
  }

  private static boolean visible(ResultSet rs, Viewer viewer) throws SQLException {
    String sv = rs.getString("session_visibility");
    return viewer.sees(Visibility.valueOf(rs.getString("visibility")))
        && (sv == null || viewer.sees(Visibility.valueOf(sv)));
  }

  private static DocumentInfo info(ResultSet rs) throws SQLException {
    return new DocumentInfo(
        rs.getLong("id"),
        rs.getObject("session_id", Long.class),
        rs.getObject("group_id", Long.class),
        rs.getString("title"),
        rs.getString("file_name"),
        rs.getString("media_type"),
        Visibility.valueOf(rs.getString("visibility")),
        rs.getLong("byte_size"),
        rs.getString("sha256"),
        rs.getTimestamp("created_at").toInstant());
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
