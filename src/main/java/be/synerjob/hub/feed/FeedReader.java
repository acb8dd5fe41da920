package be.synerjob.hub.feed;

import be.synerjob.hub.core.HubException;
import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.organisation.AgreementSet;
import be.synerjob.hub.organisation.SharingAgreements;
import be.synerjob.hub.vacancy.Routing;
import be.synerjob.hub.vacancy.VacancyStore;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a recipient's view: the snapshot of what it may see now, and the pages of changes after a
 * cursor. Both write JSON straight to the response: the stored vacancy JSON is copied as is, never
 * parsed again.
 */
@Service
public class FeedReader {

  private static final String HEAD = "SELECT last_seq FROM feed_head WHERE id = 1";
  private static final String RECIPIENT_HEAD =
      "SELECT seq FROM feed_entry WHERE recipient = ? ORDER BY recipient DESC, seq DESC LIMIT 1";
  // One read per page, no per-item queries. The page of entries is chosen first, in a derived
  // table, and only
  // then joined to the vacancy module's immutable version table for the content:
  // - "ORDER BY recipient, seq" (recipient is fixed) matches the index (recipient, seq) column for
  // column, so H2
  //   reads the index in order and stops at the limit (ordering by seq alone made it read and sort
  // every entry
  //   after the cursor, content included, on each page);
  // - PostgreSQL with stale statistics sorted the joined wide rows and spilled to disk; limiting
  // first keeps the
  //   sort (if any) to narrow rows.
  private static final String PAGE =
      """
      SELECT f.seq, f.op, f.reason, f.vacancy_id, f.version, f.source_member, f.reference, f.region, f.occupation,
        f.changed_at, CASE WHEN f.op = 'U' THEN vv.content END AS content, vc.cluster_id
      FROM (SELECT seq, op, reason, vacancy_id, version, source_member, reference, region, occupation, changed_at
            FROM feed_entry WHERE recipient = ? AND seq > ? ORDER BY recipient, seq LIMIT ?) f
      JOIN vacancy_version vv ON vv.vacancy_id = f.vacancy_id AND vv.version = f.version
      LEFT JOIN vacancy_cluster vc ON vc.vacancy_id = f.vacancy_id
      ORDER BY f.seq
      """;
  // References and routing fields only: no join, for partners that fetch details separately.
  private static final String PAGE_REFERENCES =
      """
      SELECT f.seq, f.op, f.reason, f.vacancy_id, f.version, f.source_member, f.reference, f.region, f.occupation,
        f.changed_at, NULL AS content, vc.cluster_id
      FROM (SELECT seq, op, reason, vacancy_id, version, source_member, reference, region, occupation, changed_at
            FROM feed_entry WHERE recipient = ? AND seq > ? ORDER BY recipient, seq LIMIT ?) f
      LEFT JOIN vacancy_cluster vc ON vc.vacancy_id = f.vacancy_id
      ORDER BY f.seq
      """;
  private static final String POSITION_UPDATE =
      "UPDATE feed_position SET last_cursor = ?, read_at = ? WHERE recipient = ?";
  private static final String POSITION_INSERT =
      "INSERT INTO feed_position (recipient, last_cursor, read_at) VALUES (?, ?, ?)";

  private final JdbcTemplate jdbc;
  private final SharingAgreements agreements;
  private final VacancyStore vacancies;
  private final FeedProperties properties;
  private final JsonMapper json = JsonMapper.builder().build();

  FeedReader(
      JdbcTemplate jdbc,
      SharingAgreements agreements,
      VacancyStore vacancies,
      FeedProperties properties) {
    this.jdbc = jdbc;
    this.agreements = agreements;
    this.vacancies = vacancies;
    this.properties = properties;
  }

  /**
   * The sequence number of the newest change of any recipient.
   *
   * <p>Called as the first read of a REPEATABLE_READ transaction, it is the cursor everything the
   * transaction reads afterwards is consistent with (a snapshot, a full export, an index rebuild).
   * PostgreSQL gives that by itself: the transaction's snapshot is taken at its first statement. H2
   * does not: under REPEATABLE READ it fixes each table's snapshot at the transaction's first read
   * of <em>that table</em>, so vacancies committed between this read and the first read of the
   * vacancy tables would be in the snapshot and again in the changes after the cursor. On H2 the
   * transaction is therefore switched to H2's SNAPSHOT isolation (every table as of the first
   * statement) before the head is read; Spring restores the connection's level when the transaction
   * ends.
   */
  public long head() {
    pinSnapshot();
    Long h = jdbc.queryForObject(HEAD, Long.class);
    return h == null ? 0 : h;
  }

  /** H2's own isolation level above REPEATABLE READ (JDBC constant of {@code SNAPSHOT}). */
  static final int H2_SNAPSHOT = 6;

  private void pinSnapshot() {
    Integer isolation = TransactionSynchronizationManager.getCurrentTransactionIsolationLevel();
    if (!TransactionSynchronizationManager.isActualTransactionActive()
        || isolation == null
        || isolation != Connection.TRANSACTION_REPEATABLE_READ) {
      return;
    }
    DataSource ds = jdbc.getDataSource();
    Connection con = DataSourceUtils.getConnection(ds);
    try {
      if ("H2".equals(con.getMetaData().getDatabaseProductName())
          && con.getTransactionIsolation() != H2_SNAPSHOT) {
        con.setTransactionIsolation(H2_SNAPSHOT);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not pin the snapshot of the transaction", e);
    } finally {
      DataSourceUtils.releaseConnection(con, ds);
    }
  }

  /**
   * The newest entry of one recipient (0 when none): cheap, used to answer "nothing new" with 304.
   */
  public long recipientHead(String recipient) {
    return jdbc.query(RECIPIENT_HEAD, rs -> rs.next() ? rs.getLong(1) : 0L, recipient);
  }

  public int limit(Integer requested) {
    if (requested == null) {
      return properties.defaultLimit();
    }
    if (requested < 1 || requested > properties.maxLimit()) {
      throw HubException.invalidParameter(
          "limit", "must be between 1 and " + properties.maxLimit() + " (got " + requested + ")");
    }
    return requested;
  }

  /** Parses a cursor: a sequence number the hub handed out. */
  public long cursor(String after) {
    if (after == null || after.isBlank()) {
      return 0;
    }
    long c;
    try {
      c = Long.parseLong(after.trim());
    } catch (NumberFormatException e) {
      throw HubException.invalidParameter(
          "after",
          "'" + after + "' is not a cursor; use the 'next' or 'cursor' value the hub returned");
    }
    if (c < 0) {
      throw HubException.invalidParameter("after", "a cursor is never negative");
    }
    long head = head();
    if (c > head) {
      throw HubException.invalidParameter(
          "after",
          "cursor " + c + " is ahead of the feed head " + head + "; was it issued by another hub?");
    }
    return c;
  }

  /**
   * Writes one page of changes after {@code after} for {@code recipient}.
   *
   * <p>Cost: one indexed range read joined to the version table; no per-item queries.
   */
  @Transactional(readOnly = true)
  public PageSummary changes(String recipient, long after, int limit, OutputStream out) {
    return changes(recipient, after, limit, true, out);
  }

  /**
   * @param withVacancies false to leave the vacancies out of UPSERT items (references and routing
   *     fields only; fetch the details with {@link #details})
   */
  @Transactional(readOnly = true)
  public PageSummary changes(
      String recipient, long after, int limit, boolean withVacancies, OutputStream out) {
    long[] last = {after};
    int[] count = {0};
    try (JsonGenerator g = json.createGenerator(out, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeStringProperty("recipient", recipient);
      g.writeStringProperty("after", Long.toString(after));
      g.writeArrayPropertyStart("items");
      jdbc.query(
          con -> {
            PreparedStatement ps = con.prepareStatement(withVacancies ? PAGE : PAGE_REFERENCES);
            ps.setFetchSize(Math.min(limit, 1000));
            ps.setString(1, recipient);
            ps.setLong(2, after);
            ps.setInt(3, limit);
            return ps;
          },
          rs -> {
            long seq = rs.getLong(1);
            g.writeStartObject();
            g.writeStringProperty("seq", Long.toString(seq));
            String op = rs.getString(2);
            g.writeStringProperty("op", FeedOperation.of(op).name());
            g.writeStringProperty("reason", rs.getString(3));
            g.writeStringProperty("vacancyId", rs.getString(4));
            g.writeNumberProperty("version", rs.getInt(5));
            g.writeStringProperty("member", rs.getString(6));
            g.writeStringProperty("reference", rs.getString(7));
            writeNullable(g, "region", rs.getString(8));
            writeNullable(g, "occupation", rs.getString(9));
            writeNullable(g, "cluster", rs.getString(12));
            g.writeStringProperty("changedAt", rs.getTimestamp(10).toInstant().toString());
            String content = rs.getString(11);
            if (content != null) {
              g.writeName("vacancy");
              g.writeRawValue(content);
            }
            g.writeEndObject();
            last[0] = seq;
            count[0]++;
          });
      g.writeEndArray();
      g.writeNumberProperty("count", count[0]);
      g.writeStringProperty("next", Long.toString(last[0]));
      g.writeBooleanProperty("more", count[0] == limit);
      g.writeEndObject();
    }
    return new PageSummary(count[0], last[0]);
  }

  /**
   * Writes the current content of the given vacancies that the recipient may see, in the order
   * asked; ids it may not see, or that do not exist, are listed under {@code missing} (never an
   * error, never a reason).
   */
  @Transactional(readOnly = true)
  public void details(MemberCode recipient, List<UUID> ids, OutputStream out) {
    AgreementSet set = agreements.current();
    Map<UUID, String> found = new HashMap<>();
    vacancies.findAll(
        ids,
        v -> {
          Routing r = v.routing();
          if (set.admits(recipient, r.asOpen())) {
            found.put(v.id(), v.jsonWithCluster());
          }
        });
    try (JsonGenerator g = json.createGenerator(out, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeArrayPropertyStart("items");
      List<String> missing = new ArrayList<>();
      for (UUID id : ids) {
        String content = found.get(id);
        if (content == null) {
          missing.add(id.toString());
        } else {
          g.writeRawValue(content);
        }
      }
      g.writeEndArray();
      g.writeArrayPropertyStart("missing");
      for (String m : missing) {
        g.writeString(m);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  /** How many items a page held and the cursor to continue from. */
  public record PageSummary(int count, long next) {}

  /** One feed entry for the hub's own consumers, with the vacancy's JSON for an UPSERT. */
  public record Entry(
      long seq,
      FeedOperation op,
      FeedReason reason,
      UUID vacancyId,
      int version,
      String member,
      String reference,
      String content) {}

  /**
   * The entries after {@code after} of a recipient, for consumers inside the hub (duplicate
   * detection, search, statistics follow the {@code HUB} recipient). Cost: the same single query as
   * a page of changes.
   */
  @Transactional(readOnly = true)
  public List<Entry> entries(String recipient, long after, int limit) {
    return jdbc.query(
        PAGE,
        (rs, n) ->
            new Entry(
                rs.getLong(1),
                FeedOperation.of(rs.getString(2)),
                FeedReason.valueOf(rs.getString(3)),
                rs.getObject(4, UUID.class),
                rs.getInt(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(11)),
        recipient,
        after,
        limit);
  }

  /** The recipient that receives every change once, for the hub's own consumers. */
  public static final String HUB = FeedWriter.HUB;

  /** Remembers where a recipient has read to, for monitoring its lag. */
  @Transactional
  public void recordPosition(String recipient, long cursor) {
    Timestamp now = Timestamp.from(Instant.now());
    if (jdbc.update(POSITION_UPDATE, cursor, now, recipient) == 0) {
      jdbc.update(POSITION_INSERT, recipient, cursor, now);
    }
  }

  /**
   * Writes everything the recipient may see now, with the cursor it is consistent with: one
   * repeatable-read transaction (snapshot isolation on H2, see {@link #head}) reads the head and
   * the vacancies, so changes after that cursor are exactly what the snapshot does not contain yet.
   *
   * @return the number of vacancies written
   */
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public long snapshot(MemberCode recipient, OutputStream out) {
    return snapshot(recipient, false, out);
  }

  /**
   * The vacancies come in storage order (see {@link VacancyStore#streamOpen}: id order cost a
   * random read per vacancy at a million).
   *
   * @param collapse one vacancy per duplicate cluster (the first visible one in id order) instead
   *     of all: chosen first from a narrow read of the clustered vacancies, in the same transaction
   */
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public long snapshot(MemberCode recipient, boolean collapse, OutputStream out) {
    long head = head();
    AgreementSet set = agreements.current();
    Map<UUID, UUID> firstOfCluster = collapse ? firstVisibleOfEachCluster(recipient, set) : null;
    long[] count = {0};
    try (JsonGenerator g = json.createGenerator(out, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeStringProperty("recipient", recipient.value());
      g.writeStringProperty("cursor", Long.toString(head));
      g.writeArrayPropertyStart("items");
      // The client has the cursor before the first vacancy (and a test can publish right here).
      g.flush();
      vacancies.streamOpen(
          recipient,
          v -> {
            if (set.admits(recipient, v.routing())
                && (firstOfCluster == null
                    || v.clusterId() == null
                    || v.id().equals(firstOfCluster.get(v.clusterId())))) {
              g.writeRawValue(v.jsonWithCluster());
              count[0]++;
            }
          });
      g.writeEndArray();
      g.writeNumberProperty("count", count[0]);
      g.writeEndObject();
    }
    return count[0];
  }

  /** Cluster → the smallest id (in the databases' order of UUIDs) of its visible vacancies. */
  private Map<UUID, UUID> firstVisibleOfEachCluster(MemberCode recipient, AgreementSet set) {
    Map<UUID, UUID> first = new HashMap<>();
    vacancies.streamOpenClustered(
        recipient,
        c -> {
          if (set.admits(recipient, c.routing())) {
            first.merge(c.clusterId(), c.id(), (a, b) -> databaseOrder(a, b) <= 0 ? a : b);
          }
        });
    return first;
  }

  /**
   * Compares UUIDs as H2 and PostgreSQL order them: as unsigned 128-bit numbers ({@link
   * UUID#compareTo} compares signed halves).
   */
  static int databaseOrder(UUID a, UUID b) {
    int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
    return high != 0
        ? high
        : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
  }

  private static void writeNullable(JsonGenerator g, String name, String value) {
    if (value != null) {
      g.writeStringProperty(name, value);
    }
  }
}
