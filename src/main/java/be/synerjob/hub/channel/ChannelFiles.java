package be.synerjob.hub.channel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The {@code channel_file} and {@code channel_file_problem} tables. */
@Repository
class ChannelFiles {

  static final JsonMapper JSON = JsonMapper.builder().build();

  private static final String INSERT =
      """
      INSERT INTO channel_file (id, member_code, name, source, state, staged_path, received_at, remote_key)
      VALUES (?, ?, ?, ?, 'RECEIVED', ?, ?, ?)
      """;
  private static final String PROGRESS =
      """
      UPDATE channel_file SET records = records + ?, created = created + ?, updated = updated + ?,
        unchanged = unchanged + ?, closed = closed + ?, rejected = rejected + ? WHERE id = ?
      """;
  private static final String PROBLEM =
      "INSERT INTO channel_file_problem (file_id, record_no, location, reference, problems) VALUES (?, ?, ?, ?, ?)";

  private final JdbcTemplate jdbc;

  ChannelFiles(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A row of {@code channel_file}. */
  record Row(
      String id,
      String member,
      String name,
      String source,
      String state,
      String format,
      String sha256,
      Long size,
      String stagedPath,
      int records,
      Map<String, Integer> counts,
      String error,
      String reportPath,
      Instant receivedAt,
      Instant startedAt,
      Instant finishedAt) {}

  void insert(
      String id, String member, String name, String source, String staged, String remoteKey) {
    jdbc.update(INSERT, id, member, name, source, staged, Timestamp.from(Instant.now()), remoteKey);
  }

  Optional<Row> find(String id) {
    return jdbc.query("SELECT * FROM channel_file WHERE id = ?", ChannelFiles::row, id).stream()
        .findFirst();
  }

  List<Row> list(String member, int limit) {
    return member == null
        ? jdbc.query(
            "SELECT * FROM channel_file ORDER BY received_at DESC LIMIT ?",
            ChannelFiles::row,
            limit)
        : jdbc.query(
            "SELECT * FROM channel_file WHERE member_code = ? ORDER BY received_at DESC LIMIT ?",
            ChannelFiles::row,
            member,
            limit);
  }

  /** Files received, in progress, or finished without their report: what a restart must finish. */
  List<Row> unfinished() {
    return jdbc.query(
        "SELECT * FROM channel_file WHERE state IN ('RECEIVED', 'PROCESSING')"
            + " OR (report_path IS NULL AND source <> 'CLI') ORDER BY received_at",
        ChannelFiles::row);
  }

  boolean remoteSeen(String remoteKey) {
    Integer n =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM channel_file WHERE remote_key = ?", Integer.class, remoteKey);
    return n != null && n > 0;
  }

  void started(String id, String format, String sha256, long size) {
    jdbc.update(
        "UPDATE channel_file SET state = 'PROCESSING', format = ?, sha256 = ?, size_bytes = ?,"
            + " started_at = COALESCE(started_at, ?) WHERE id = ?",
        format,
        sha256,
        size,
        Timestamp.from(Instant.now()),
        id);
  }

  void progress(String id, int records, Map<String, Integer> counts) {
    jdbc.update(
        PROGRESS,
        records,
        counts.getOrDefault("CREATED", 0),
        counts.getOrDefault("UPDATED", 0),
        counts.getOrDefault("UNCHANGED", 0),
        counts.getOrDefault("CLOSED", 0),
        counts.getOrDefault("REJECTED", 0),
        id);
  }

  void problems(String id, List<Object[]> rows) {
    if (!rows.isEmpty()) {
      jdbc.batchUpdate(PROBLEM, rows);
    }
  }

  void finish(String id, String state, String error) {
    jdbc.update(
        "UPDATE channel_file SET state = ?, error = ?, finished_at = ? WHERE id = ?",
        state,
        error,
        Timestamp.from(Instant.now()),
        id);
  }

  void staged(String id, String path) {
    jdbc.update("UPDATE channel_file SET staged_path = ? WHERE id = ?", path, id);
  }

  void reportPath(String id, String path) {
    jdbc.update("UPDATE channel_file SET report_path = ? WHERE id = ?", path, id);
  }

  void delete(String id) {
    jdbc.update("DELETE FROM channel_file_problem WHERE file_id = ?", id);
    jdbc.update("DELETE FROM channel_file WHERE id = ?", id);
  }

  /** The member's earliest other file with the same content. */
  Optional<Row> sameContent(String member, String sha256, String exceptId) {
    return jdbc
        .query(
            "SELECT * FROM channel_file WHERE member_code = ? AND sha256 = ? AND id <> ?"
                + " AND state IN ('DONE', 'FAILED') ORDER BY received_at LIMIT 1",
            ChannelFiles::row,
            member,
            sha256,
            exceptId)
        .stream()
        .findFirst();
  }

  /** Streams a file's rejected records in file order: record_no, location, reference, JSON. */
  void eachProblem(String id, ProblemConsumer consumer) {
    jdbc.query(
        "SELECT record_no, location, reference, problems FROM channel_file_problem WHERE file_id = ?"
            + " ORDER BY file_id, record_no",
        rs -> {
          consumer.accept(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4));
        },
        id);
  }

  /** Receives one rejected record. */
  interface ProblemConsumer {
    void accept(int recordNo, String location, String reference, String problemsJson);
  }

  private static Row row(ResultSet rs, int n) throws SQLException {
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("CREATED", rs.getInt("created"));
    counts.put("UPDATED", rs.getInt("updated"));
    counts.put("UNCHANGED", rs.getInt("unchanged"));
    counts.put("CLOSED", rs.getInt("closed"));
    counts.put("REJECTED", rs.getInt("rejected"));
    long size = rs.getLong("size_bytes");
    return new Row(
        rs.getString("id"),
        rs.getString("member_code"),
        rs.getString("name"),
        rs.getString("source"),
        rs.getString("state"),
        rs.getString("format"),
        rs.getString("sha256"),
        rs.wasNull() ? null : size,
        rs.getString("staged_path"),
        rs.getInt("records"),
        counts,
        rs.getString("error"),
        rs.getString("report_path"),
        instant(rs.getTimestamp("received_at")),
        instant(rs.getTimestamp("started_at")),
        instant(rs.getTimestamp("finished_at")));
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
