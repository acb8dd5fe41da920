package be.synerjob.hub.vacancy;

import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.core.Region;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The vacancy tables. Reads are public for the feed and other modules; writes stay in this package
 * and run inside the publish transaction. Batch writes use JDBC batching.
 */
@Repository
public class VacancyStore {

  static final String ROUTING_COLUMNS =
      "v.id, v.member_code, v.reference, v.status, v.version, v.content_hash, v.region, v.occupation,"
          + " v.shareable, v.temp_agency, v.active_management, v.eures, v.created_at, v.updated_at,"
          + " v.publication_date";

  private static final String LOCK_MEMBER = "SELECT code FROM member WHERE code = ? FOR UPDATE";
  private static final String INSERT_VACANCY =
      """
      INSERT INTO vacancy (id, member_code, reference, status, version, content_hash, region, postcode, nis_code,
        occupation, shareable, temp_agency, active_management, eures, valid_through, publication_date, created_at,
        updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      """;
  private static final String UPDATE_VACANCY =
      """
      UPDATE vacancy SET status = ?, version = ?, content_hash = ?, region = ?, postcode = ?, nis_code = ?,
        occupation = ?, shareable = ?, temp_agency = ?, active_management = ?, eures = ?, valid_through = ?,
        publication_date = ?, updated_at = ?
      WHERE id = ? AND version = ?
      """;
  private static final String INSERT_VERSION =
      """
      INSERT INTO vacancy_version (vacancy_id, version, status, content, content_hash, channel, changed_at)
      VALUES (?, ?, ?, ?, ?, ?, ?)
      """;
  private static final String SELECT_CURRENT =
      "SELECT "
          + ROUTING_COLUMNS
          + ", vv.content, vc.cluster_id FROM vacancy v JOIN vacancy_version vv"
          + " ON vv.vacancy_id = v.id AND vv.version = v.version"
          // The duplicate cluster (dedup module's table), read here so a vacancy is served with it.
          + " LEFT JOIN vacancy_cluster vc ON vc.vacancy_id = v.id";
  private static final String EXPIRED =
      "SELECT v.member_code, v.reference FROM vacancy v WHERE v.status = 'OPEN' AND v.valid_through < ?"
          + " ORDER BY v.member_code, v.reference";

  private final JdbcTemplate jdbc;

  VacancyStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Serialises writers of one member for the rest of the transaction. */
  void lockMember(MemberCode member) {
    jdbc.query(LOCK_MEMBER, rs -> {}, member.value());
  }

  /** Current state of the given references of a member. Cost: one query per 500 references. */
  Map<String, StoredVacancy> findByReferences(MemberCode member, Collection<String> references) {
    Map<String, StoredVacancy> out = new HashMap<>();
    List<String> refs = new ArrayList<>(references);
    for (int from = 0; from < refs.size(); from += 500) {
      List<String> chunk = refs.subList(from, Math.min(refs.size(), from + 500));
      String sql =
          SELECT_CURRENT
              + " WHERE v.member_code = ? AND v.reference IN ("
              + String.join(",", java.util.Collections.nCopies(chunk.size(), "?"))
              + ")";
      Object[] args = new Object[chunk.size() + 1];
      args[0] = member.value();
      for (int i = 0; i < chunk.size(); i++) {
        args[i + 1] = chunk.get(i);
      }
      jdbc.query(
          sql,
          rs -> {
            StoredVacancy s = STORED.mapRow(rs, 0);
            out.put(s.routing().reference(), s);
          },
          args);
    }
    return out;
  }

  /**
   * What the publish path needs to know of a stored vacancy: no content, so no join and no large
   * reads.
   */
  record State(
      UUID id,
      int version,
      String contentHash,
      Routing routing,
      Instant createdAt,
      LocalDate publicationDate) {}

  /**
   * Current state of the given references of a member. Cost: one indexed query per 500 references
   * (the index on {@code reference} serves the IN list).
   */
  Map<String, State> statesByReferences(MemberCode member, Collection<String> references) {
    Map<String, State> out = new HashMap<>();
    List<String> refs = new ArrayList<>(references);
    for (int from = 0; from < refs.size(); from += 500) {
      List<String> chunk = refs.subList(from, Math.min(refs.size(), from + 500));
      String sql =
          "SELECT "
              + ROUTING_COLUMNS
              + " FROM vacancy v WHERE v.reference IN ("
              + String.join(",", java.util.Collections.nCopies(chunk.size(), "?"))
              + ")";
      // No "member_code = ?" here: given both, H2 picks the (member_code, reference) unique index
      // and scans
      // the member's whole range evaluating the IN list; the other members' rows are dropped below
      // instead.
      Object[] args = chunk.toArray();
      jdbc.query(
          sql,
          rs -> {
            if (!member.value().equals(rs.getString("member_code"))) {
              return;
            }
            State st =
                new State(
                    rs.getObject("id", UUID.class),
                    rs.getInt("version"),
                    rs.getString("content_hash"),
                    routing(rs),
                    rs.getTimestamp("created_at").toInstant(),
                    rs.getDate("publication_date") == null
                        ? null
                        : rs.getDate("publication_date").toLocalDate());
            out.put(st.routing().reference(), st);
          },
          args);
    }
    return out;
  }

  public Optional<StoredVacancy> find(MemberCode member, String reference) {
    return jdbc
        .query(
            SELECT_CURRENT + " WHERE v.member_code = ? AND v.reference = ?",
            STORED,
            member.value(),
            reference)
        .stream()
        .findFirst();
  }

  public Optional<StoredVacancy> find(UUID id) {
    return jdbc.query(SELECT_CURRENT + " WHERE v.id = ?", STORED, id).stream().findFirst();
  }

  /**
   * Open vacancies per workplace postcode, of one member or of all ({@code source} null), for maps
   * and overviews. Cost: one grouped scan of the vacancy table.
   */
  public java.util.Map<String, Long> openCountsByPostcode(MemberCode source) {
    java.util.Map<String, Long> out = new java.util.HashMap<>();
    String sql =
        "SELECT postcode, COUNT(*) FROM vacancy WHERE status = 'OPEN'"
            + (source == null ? "" : " AND member_code = ?")
            + " GROUP BY postcode";
    org.springframework.jdbc.core.RowCallbackHandler h =
        rs -> out.put(rs.getString(1) == null ? "" : rs.getString(1), rs.getLong(2));
    if (source == null) {
      jdbc.query(sql, h);
    } else {
      jdbc.query(sql, h, source.value());
    }
    return out;
  }

  /** A line of a member's list of vacancies. */
  public record Listed(UUID id, String reference, String status, int version, Instant updatedAt) {}

  /**
   * A member's vacancies in reference order after {@code afterReference} (keyset paging: no depth
   * limit).
   *
   * @param status OPEN, CLOSED or null for both
   */
  public List<Listed> list(MemberCode member, String status, String afterReference, int limit) {
    return jdbc.query(
        "SELECT id, reference, status, version, updated_at FROM vacancy WHERE member_code = ? AND reference > ?"
            + (status == null ? "" : " AND status = ?")
            + " ORDER BY member_code, reference LIMIT ?",
        (rs, n) ->
            new Listed(
                rs.getObject("id", UUID.class),
                rs.getString("reference"),
                rs.getString("status"),
                rs.getInt("version"),
                rs.getTimestamp("updated_at").toInstant()),
        status == null
            ? new Object[] {member.value(), afterReference == null ? "" : afterReference, limit}
            : new Object[] {
              member.value(), afterReference == null ? "" : afterReference, status, limit
            });
  }

  /** One version of a vacancy's history. */
  public record VersionInfo(int version, String status, String channel, Instant changedAt) {}

  /** Every version of a vacancy, oldest first. */
  public List<VersionInfo> versions(UUID id) {
    return jdbc.query(
        "SELECT version, status, channel, changed_at FROM vacancy_version WHERE vacancy_id = ? ORDER BY version",
        (rs, n) ->
            new VersionInfo(
                rs.getInt(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()),
        id);
  }

  /**
   * The current state of the given vacancies, in no particular order. Cost: one query per 500 ids.
   */
  public void findAll(Collection<UUID> ids, Consumer<StoredVacancy> consumer) {
    List<UUID> list = new ArrayList<>(ids);
    for (int from = 0; from < list.size(); from += 500) {
      List<UUID> chunk = list.subList(from, Math.min(list.size(), from + 500));
      jdbc.query(
          SELECT_CURRENT
              + " WHERE v.id IN ("
              + String.join(",", java.util.Collections.nCopies(chunk.size(), "?"))
              + ")",
          rs -> {
            consumer.accept(STORED.mapRow(rs, 0));
          },
          chunk.toArray());
    }
  }

  /** One earlier version's content, exactly as it was served. */
  public Optional<String> versionContent(UUID id, int version) {
    return jdbc
        .query(
            "SELECT content FROM vacancy_version WHERE vacancy_id = ? AND version = ?",
            (rs, n) -> rs.getString(1),
            id,
            version)
        .stream()
        .findFirst();
  }

  /**
   * Streams every open vacancy not published by {@code exceptMember}, with its content, in storage
   * order (no particular order). Cost: one pass over the open vacancies in the order they are
   * stored; memory stays flat: rows are fetched 500 at a time (PostgreSQL: inside a transaction the
   * driver reads through a cursor; H2: the query runs with lazy execution, see below).
   *
   * <p>Why no {@code ORDER BY v.id}: the ids are random UUIDs, and both databases produced id order
   * by walking the primary-key index, so every row was a read of a random page of the version
   * table. Once that table no longer fits in memory (1.8 GB of JSON for a million vacancies) that
   * is a page read per vacancy: the benchmark's snapshot took 20 (H2) and 13 (PostgreSQL) times as
   * long for a million as for 100,000. In storage order the vacancy rows and their versions,
   * written together, are read page after page. See docs/feed.md for the figures.
   *
   * <p>H2 does not stream a result unless lazy query execution is on: it materialises it, spilling
   * to a temporary file beyond {@code MAX_MEMORY_ROWS}. Lazy execution is switched on for this one
   * query and off again; the consumer must not run other queries on this connection meanwhile.
   */
  public void streamOpen(MemberCode exceptMember, Consumer<StoredVacancy> consumer) {
    stream(
        SELECT_CURRENT + " WHERE v.status = 'OPEN' AND v.member_code <> ?",
        exceptMember == null ? "" : exceptMember.value(),
        rs -> consumer.accept(STORED.mapRow(rs, 0)));
  }

  /** An open vacancy that belongs to a duplicate cluster: its routing and its cluster. */
  public record Clustered(UUID id, UUID clusterId, Routing routing) {}

  /**
   * Streams the open vacancies not published by {@code exceptMember} that belong to a duplicate
   * cluster, without content (narrow rows), in storage order. Lets a reader choose one vacancy per
   * cluster before streaming the contents with {@link #streamOpen}; run both in one transaction.
   */
  public void streamOpenClustered(MemberCode exceptMember, Consumer<Clustered> consumer) {
    stream(
        "SELECT "
            + ROUTING_COLUMNS
            + ", vc.cluster_id FROM vacancy v JOIN vacancy_cluster vc ON vc.vacancy_id = v.id"
            + " WHERE v.status = 'OPEN' AND v.member_code <> ?",
        exceptMember == null ? "" : exceptMember.value(),
        rs ->
            consumer.accept(
                new Clustered(
                    rs.getObject("id", UUID.class),
                    rs.getObject("cluster_id", UUID.class),
                    routing(rs))));
  }

  /** Runs a query with one string parameter, streaming its rows (see {@link #streamOpen}). */
  private void stream(String sql, String parameter, RowCallbackHandler rows) {
    jdbc.execute(
        (ConnectionCallback<Void>)
            con -> {
              boolean h2 = "H2".equals(con.getMetaData().getDatabaseProductName());
              if (h2) {
                lazy(con, true);
              }
              try (PreparedStatement ps =
                  con.prepareStatement(
                      sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                ps.setFetchSize(500);
                ps.setString(1, parameter);
                try (ResultSet rs = ps.executeQuery()) {
                  while (rs.next()) {
                    rows.processRow(rs);
                  }
                }
              } finally {
                if (h2) {
                  lazy(con, false);
                }
              }
              return null;
            });
  }

  private static void lazy(Connection con, boolean on) throws SQLException {
    try (Statement s = con.createStatement()) {
      s.execute("SET LAZY_QUERY_EXECUTION " + (on ? "TRUE" : "FALSE"));
    }
  }

  /** Routing of every open vacancy of one member (for re-evaluating an agreement). */
  public void streamOpenRouting(MemberCode source, Consumer<RoutedVersion> consumer) {
    jdbc.query(
        "SELECT "
            + ROUTING_COLUMNS
            + " FROM vacancy v WHERE v.member_code = ? AND v.status = 'OPEN' ORDER BY v.id",
        rs -> {
          consumer.accept(
              new RoutedVersion(rs.getObject("id", UUID.class), rs.getInt("version"), routing(rs)));
        },
        source.value());
  }

  /** A vacancy's id and current version with its routing. */
  public record RoutedVersion(UUID id, int version, Routing routing) {}

  /** Member and reference of open vacancies whose last valid day is before {@code today}. */
  List<String[]> expired(LocalDate today, int limit) {
    return jdbc.query(
        EXPIRED + " LIMIT " + limit,
        (rs, n) -> new String[] {rs.getString(1), rs.getString(2)},
        java.sql.Date.valueOf(today));
  }

  /** A new or changed vacancy, ready to write. */
  record Write(
      UUID id,
      int version,
      int previousVersion,
      Vacancy vacancy,
      String hash,
      String json,
      Instant createdAt,
      Instant at) {}

  void insert(List<Write> news, String channel) {
    if (news.isEmpty()) {
      return;
    }
    jdbc.batchUpdate(
        INSERT_VACANCY,
        news,
        news.size(),
        (ps, w) -> {
          Vacancy v = w.vacancy();
          ps.setObject(1, w.id());
          ps.setString(2, v.member());
          ps.setString(3, v.reference());
          ps.setString(4, v.status().name());
          ps.setInt(5, w.version());
          ps.setString(6, w.hash());
          setRouting(ps, 7, v);
          ps.setTimestamp(17, Timestamp.from(w.createdAt()));
          ps.setTimestamp(18, Timestamp.from(w.at()));
        });
    insertVersions(news, channel);
  }

  /**
   * Updates changed vacancies; fails when a row moved on meanwhile (optimistic check on the
   * version).
   */
  void update(List<Write> changed, String channel) {
    if (changed.isEmpty()) {
      return;
    }
    int[][] counts =
        jdbc.batchUpdate(
            UPDATE_VACANCY,
            changed,
            changed.size(),
            (ps, w) -> {
              Vacancy v = w.vacancy();
              ps.setString(1, v.status().name());
              ps.setInt(2, w.version());
              ps.setString(3, w.hash());
              // region, postcode, nis, occupation, flags, valid_through, publication_date: 4 to 13
              setRouting(ps, 4, v);
              ps.setTimestamp(14, Timestamp.from(w.at()));
              ps.setObject(15, w.id());
              ps.setInt(16, w.previousVersion());
            });
    for (int[] batch : counts) {
      for (int c : batch) {
        if (c == 0) {
          throw new IllegalStateException(
              "A vacancy changed concurrently; the batch is rolled back");
        }
      }
    }
    insertVersions(changed, channel);
  }

  private void insertVersions(List<Write> writes, String channel) {
    jdbc.batchUpdate(
        INSERT_VERSION,
        writes,
        writes.size(),
        (ps, w) -> {
          ps.setObject(1, w.id());
          ps.setInt(2, w.version());
          ps.setString(3, w.vacancy().status().name());
          ps.setString(4, w.json());
          ps.setString(5, w.hash());
          ps.setString(6, channel);
          ps.setTimestamp(7, Timestamp.from(w.at()));
        });
  }

  /**
   * Sets region, postcode, nis, occupation, four flags, valid_through and publication_date from
   * {@code i}.
   */
  private static void setRouting(PreparedStatement ps, int i, Vacancy v) throws SQLException {
    Routing r = Routing.of(v);
    var wp = v.workplace();
    ps.setString(i, r.region() == null ? null : r.region().name());
    ps.setString(i + 1, wp == null ? null : wp.postcode());
    ps.setString(i + 2, wp == null ? null : wp.nisCode());
    ps.setString(i + 3, r.occupation());
    ps.setBoolean(i + 4, r.shareable());
    ps.setBoolean(i + 5, r.temporaryWorkAgency());
    ps.setBoolean(i + 6, r.activeManagement());
    ps.setBoolean(i + 7, r.eures());
    ps.setDate(i + 8, v.validThrough() == null ? null : java.sql.Date.valueOf(v.validThrough()));
    ps.setDate(
        i + 9, v.publicationDate() == null ? null : java.sql.Date.valueOf(v.publicationDate()));
  }

  static Routing routing(ResultSet rs) throws SQLException {
    String region = rs.getString("region");
    return new Routing(
        new MemberCode(rs.getString("member_code")),
        rs.getString("reference"),
        region == null ? null : Region.valueOf(region),
        rs.getString("occupation"),
        "OPEN".equals(rs.getString("status")),
        rs.getBoolean("shareable"),
        rs.getBoolean("temp_agency"),
        rs.getBoolean("active_management"),
        rs.getBoolean("eures"));
  }

  private static final RowMapper<StoredVacancy> STORED =
      (rs, n) ->
          new StoredVacancy(
              rs.getObject("id", UUID.class),
              rs.getInt("version"),
              rs.getString("content_hash"),
              routing(rs),
              rs.getTimestamp("created_at").toInstant(),
              rs.getTimestamp("updated_at").toInstant(),
              rs.getString("content"),
              rs.getObject("cluster_id", UUID.class));
}
