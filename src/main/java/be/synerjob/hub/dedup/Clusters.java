package be.synerjob.hub.dedup;

import be.synerjob.hub.feed.FeedOperation;
import be.synerjob.hub.feed.FeedReader;
import be.synerjob.hub.vacancy.Vacancy;
import be.synerjob.hub.vacancy.VacancyJson;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps every vacancy in a duplicate cluster. Follows the hub's own feed: for each new or changed
 * vacancy it stores the fingerprint and blocking keys, compares it with the vacancies sharing a
 * key, and joins the cluster of the first match (merging clusters when a vacancy bridges two).
 * Clusters keep the id of their first vacancy and are never deleted; closed vacancies keep their
 * membership. {@link #recluster()} recomputes everything in memory.
 */
@Service
public class Clusters {

  private static final Logger log = LoggerFactory.getLogger(Clusters.class);

  private final JdbcTemplate jdbc;
  private final FeedReader feed;
  private final DuplicateDetector detector = new DuplicateDetector();

  Clusters(JdbcTemplate jdbc, FeedReader feed) {
    this.jdbc = jdbc;
    this.feed = feed;
  }

  /** Processes up to {@code limit} changes of the hub's feed; returns how many it processed. */
  @Transactional
  public int process(int limit) {
    long cursor =
        jdbc.queryForObject("SELECT last_seq FROM dedup_state WHERE id = 1 FOR UPDATE", Long.class);
    List<FeedReader.Entry> entries = feed.entries(FeedReader.HUB, cursor, limit);
    Instant now = Instant.now();
    for (FeedReader.Entry e : entries) {
      if (e.op() == FeedOperation.UPSERT && e.content() != null) {
        assign(e.vacancyId(), VacancyJson.read(e.content()), now);
      }
    }
    if (!entries.isEmpty()) {
      jdbc.update(
          "UPDATE dedup_state SET last_seq = ? WHERE id = 1",
          entries.get(entries.size() - 1).seq());
    }
    return entries.size();
  }

  /**
   * The sequence number of the hub's feed up to which clusters are assigned: consumers that need a
   * vacancy's cluster (search) follow the feed up to here.
   */
  public long position() {
    Long p = jdbc.queryForObject("SELECT last_seq FROM dedup_state WHERE id = 1", Long.class);
    return p == null ? 0 : p;
  }

  private void assign(UUID id, Vacancy v, Instant now) {
    Fingerprint f = detector.fingerprint(0, v);
    jdbc.update("DELETE FROM dedup_fingerprint WHERE vacancy_id = ?", id);
    jdbc.update(
        "INSERT INTO dedup_fingerprint (vacancy_id, fingerprint) VALUES (?, ?)",
        id,
        FingerprintCodec.encode(f));
    jdbc.update("DELETE FROM dedup_key WHERE vacancy_id = ?", id);
    List<String> keys = detector.blockingKeys(f);
    for (String k : keys) {
      jdbc.update("INSERT INTO dedup_key (block_key, vacancy_id) VALUES (?, ?)", truncate(k), id);
    }
    Optional<UUID> current = clusterOf(id);
    // Candidates: vacancies sharing a key, published within the clustering window.
    Map<UUID, Fingerprint> candidates = new LinkedHashMap<>();
    if (!keys.isEmpty()) {
      jdbc.query(
          "SELECT DISTINCT k.vacancy_id, fp.fingerprint FROM dedup_key k JOIN dedup_fingerprint fp"
              + " ON fp.vacancy_id = k.vacancy_id WHERE k.block_key IN ("
              + String.join(",", Collections.nCopies(keys.size(), "?"))
              + ") AND k.vacancy_id <> ?",
          rs -> {
            Fingerprint c = FingerprintCodec.decode(1, rs.getString(2));
            if (Math.abs(c.day() - f.day()) <= Clustering.WINDOW_DAYS) {
              candidates.put(rs.getObject(1, UUID.class), c);
            }
          },
          args(keys, id));
    }
    UUID matchedWith = null;
    DuplicateType type = null;
    List<UUID> matched = new ArrayList<>();
    for (var c : candidates.entrySet()) {
      Optional<DuplicateType> m = detector.match(c.getValue(), f);
      if (m.isPresent()) {
        matched.add(c.getKey());
        if (matchedWith == null) {
          matchedWith = c.getKey();
          type = m.get();
        }
      }
    }
    if (matched.isEmpty()) {
      if (current.isEmpty()) {
        jdbc.update(
            "INSERT INTO vacancy_cluster (vacancy_id, cluster_id, assigned_at) VALUES (?, ?, ?)",
            id,
            id,
            Timestamp.from(now));
      }
      return;
    }
    // The oldest cluster among the matches (and the vacancy's own) absorbs the others.
    List<UUID> involved = new ArrayList<>(matched);
    involved.add(id);
    // A cluster's age is its first vacancy's (the cluster id is that vacancy's id).
    Map<UUID, Instant> clusters = new HashMap<>();
    jdbc.query(
        "SELECT DISTINCT c.cluster_id, v.created_at FROM vacancy_cluster c JOIN vacancy v ON v.id = c.cluster_id"
            + " WHERE c.vacancy_id IN ("
            + String.join(",", Collections.nCopies(involved.size(), "?"))
            + ")",
        rs -> {
          clusters.put(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant());
        },
        involved.toArray());
    UUID target =
        clusters.entrySet().stream()
            .min(
                Map.Entry.<UUID, Instant>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey()))
            .map(Map.Entry::getKey)
            .orElse(id);
    for (UUID other : clusters.keySet()) {
      if (!other.equals(target)) {
        jdbc.update(
            "UPDATE vacancy_cluster SET cluster_id = ? WHERE cluster_id = ?", target, other);
      }
    }
    if (current.isEmpty()) {
      jdbc.update(
          "INSERT INTO vacancy_cluster (vacancy_id, cluster_id, match_type, matched_with, assigned_at)"
              + " VALUES (?, ?, ?, ?, ?)",
          id,
          target,
          type.name(),
          matchedWith,
          Timestamp.from(now));
    } else {
      jdbc.update(
          "UPDATE vacancy_cluster SET cluster_id = ?, match_type = COALESCE(match_type, ?),"
              + " matched_with = COALESCE(matched_with, ?) WHERE vacancy_id = ?",
          target,
          target.equals(id) ? null : type.name(),
          target.equals(id) ? null : matchedWith,
          id);
    }
  }

  private static Object[] args(List<String> keys, UUID id) {
    Object[] a = new Object[keys.size() + 1];
    for (int i = 0; i < keys.size(); i++) {
      a[i] = truncate(keys.get(i));
    }
    a[keys.size()] = id;
    return a;
  }

  private static String truncate(String key) {
    return key.length() <= 300 ? key : key.substring(0, 300);
  }

  /** The cluster of a vacancy, once the hub has processed it. */
  public Optional<UUID> clusterOf(UUID vacancyId) {
    return jdbc
        .query(
            "SELECT cluster_id FROM vacancy_cluster WHERE vacancy_id = ?",
            (rs, n) -> rs.getObject(1, UUID.class),
            vacancyId)
        .stream()
        .findFirst();
  }

  /** The vacancies of a cluster, oldest first, with their provenance. */
  public List<ClusterMember> members(UUID clusterId) {
    return jdbc.query(
        "SELECT c.vacancy_id, v.member_code, v.reference, v.status, c.match_type, c.matched_with, c.assigned_at"
            + " FROM vacancy_cluster c JOIN vacancy v ON v.id = c.vacancy_id WHERE c.cluster_id = ?"
            + " ORDER BY v.created_at, v.id",
        (rs, n) ->
            new ClusterMember(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5) == null ? null : DuplicateType.valueOf(rs.getString(5)),
                rs.getObject(6, UUID.class),
                rs.getTimestamp(7).toInstant()),
        clusterId);
  }

  /** Posting intensity of the open vacancies: postings per unique job, per member and overall. */
  public record Intensity(String member, long postings, long uniqueJobs, double postingsPerJob) {}

  public List<Intensity> intensity() {
    List<Intensity> out = new ArrayList<>();
    jdbc.query(
        "SELECT v.member_code, COUNT(*), COUNT(DISTINCT c.cluster_id) FROM vacancy v JOIN vacancy_cluster c"
            + " ON c.vacancy_id = v.id WHERE v.status = 'OPEN' GROUP BY v.member_code ORDER BY v.member_code",
        rs -> {
          out.add(intensity(rs.getString(1), rs.getLong(2), rs.getLong(3)));
        });
    jdbc.query(
        "SELECT COUNT(*), COUNT(DISTINCT c.cluster_id) FROM vacancy v JOIN vacancy_cluster c"
            + " ON c.vacancy_id = v.id WHERE v.status = 'OPEN'",
        rs -> {
          out.add(intensity("ALL", rs.getLong(1), rs.getLong(2)));
        });
    return out;
  }

  private static Intensity intensity(String member, long postings, long unique) {
    return new Intensity(
        member,
        postings,
        unique,
        unique == 0 ? 0 : Math.round(1000.0 * postings / unique) / 1000.0);
  }

  /**
   * Recomputes every cluster in memory from the stored fingerprints (the batch re-clustering
   * command). Cluster ids are the id of each cluster's earliest vacancy, as incremental clustering
   * gives them.
   *
   * @return the number of clusters
   */
  @Transactional
  public int recluster() {
    List<UUID> ids = new ArrayList<>();
    List<Fingerprint> prints = new ArrayList<>();
    jdbc.query(
        "SELECT fp.vacancy_id, fp.fingerprint FROM dedup_fingerprint fp JOIN vacancy v ON v.id = fp.vacancy_id"
            + " ORDER BY v.created_at, v.id",
        rs -> {
          ids.add(rs.getObject(1, UUID.class));
          prints.add(FingerprintCodec.decode(prints.size(), rs.getString(2)));
        });
    Clustering.Result r = new Clustering(detector).cluster(prints);
    Timestamp now = Timestamp.from(Instant.now());
    jdbc.update("DELETE FROM vacancy_cluster");
    List<Object[]> rows = new ArrayList<>(ids.size());
    for (int i = 0; i < ids.size(); i++) {
      int root = r.clusterOf()[i];
      DuplicateType type =
          root == i ? null : detector.match(prints.get(root), prints.get(i)).orElse(null);
      rows.add(
          new Object[] {
            ids.get(i),
            ids.get(root),
            type == null ? null : type.name(),
            root == i ? null : ids.get(root),
            now
          });
    }
    jdbc.batchUpdate(
        "INSERT INTO vacancy_cluster (vacancy_id, cluster_id, match_type, matched_with, assigned_at)"
            + " VALUES (?, ?, ?, ?, ?)",
        rows);
    log.info("Re-clustered {} vacancies into {} clusters", ids.size(), r.clusters());
    return r.clusters();
  }
}
