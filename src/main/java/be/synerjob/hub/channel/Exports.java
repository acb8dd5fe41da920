package be.synerjob.hub.channel;

import be.synerjob.hub.audit.AuditAction;
import be.synerjob.hub.audit.AuditLog;
import be.synerjob.hub.channel.format.RecordWriter;
import be.synerjob.hub.channel.sftp.MemberHomes;
import be.synerjob.hub.channel.sftp.SftpConnections;
import be.synerjob.hub.core.HubException;
import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.feed.FeedReader;
import be.synerjob.hub.organisation.AgreementSet;
import be.synerjob.hub.organisation.Members;
import be.synerjob.hub.organisation.SharingAgreements;
import be.synerjob.hub.vacancy.VacancyStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Export subscriptions: per receiving member, the vacancies its agreements allow, as a daily full
 * file (its snapshot, with the cursor it is consistent with) and delta files (the feed's changes
 * after that cursor, removals as tombstones), in NDJSON, CSV or XML, each with {@code
 * <file>.manifest.json} (sequence range, record count, SHA-256). Files are written under a hidden
 * temporary name and renamed; the manifest comes last, so a file whose manifest exists is complete.
 * Never a vacancy of the recipient itself: the feed and the snapshot exclude them.
 */
@Service
public class Exports {

  private static final Logger log = LoggerFactory.getLogger(Exports.class);
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  /** A subscription. */
  public record Subscription(
      String id,
      String recipient,
      FileFormat format,
      String fullCron,
      Duration deltaInterval,
      String pushRemote,
      boolean enabled,
      Long lastSeq,
      Instant lastFullAt,
      Instant lastDeltaAt,
      Instant createdAt) {}

  /** A written export file, as its manifest describes it. */
  public record ExportFile(
      String id,
      String subscriptionId,
      String kind,
      String name,
      long fromSeq,
      long toSeq,
      int records,
      String sha256,
      long bytes,
      Instant createdAt,
      Instant pushedAt,
      String pushError) {}

  private final JdbcTemplate jdbc;
  private final FeedReader feed;
  private final VacancyStore store;
  private final SharingAgreements agreements;
  private final Members members;
  private final MemberHomes homes;
  private final SftpConnections connections;
  private final ChannelProperties properties;
  private final AuditLog audit;
  private final TransactionTemplate tx;
  private final TransactionTemplate snapshotTx;

  Exports(
      JdbcTemplate jdbc,
      FeedReader feed,
      VacancyStore store,
      SharingAgreements agreements,
      Members members,
      MemberHomes homes,
      SftpConnections connections,
      ChannelProperties properties,
      AuditLog audit,
      PlatformTransactionManager txm) {
    this.jdbc = jdbc;
    this.feed = feed;
    this.store = store;
    this.agreements = agreements;
    this.members = members;
    this.homes = homes;
    this.connections = connections;
    this.properties = properties;
    this.audit = audit;
    this.tx = new TransactionTemplate(txm);
    this.snapshotTx = new TransactionTemplate(txm);
    snapshotTx.setReadOnly(true);
    snapshotTx.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
  }

  /**
   * Creates a subscription.
   *
   * @param fullCron Spring cron (6 fields, Europe/Brussels), e.g. {@code 0 0 3 * * *}
   * @param pushRemote a configured remote ({@code hub.channel.remotes.<name>}) or null
   */
  public Subscription subscribe(
      MemberCode recipient,
      FileFormat format,
      String fullCron,
      Duration deltaInterval,
      String pushRemote) {
    members.require("recipient", recipient.value());
    if (format == FileFormat.JSONLD) {
      throw HubException.invalidParameter("format", "exports are NDJSON, CSV or XML");
    }
    String cron = fullCron == null ? "0 0 3 * * *" : fullCron;
    if (!CronExpression.isValidExpression(cron)) {
      throw HubException.invalidParameter("fullCron", "'" + cron + "' is not a Spring cron");
    }
    Duration delta = deltaInterval == null ? Duration.ofMinutes(15) : deltaInterval;
    if (pushRemote != null && !properties.remotes().containsKey(pushRemote)) {
      throw HubException.invalidParameter(
          "push", "no remote '" + pushRemote + "'; configured: " + properties.remotes().keySet());
    }
    String id = UUID.randomUUID().toString();
    jdbc.update(
        "INSERT INTO channel_subscription (id, recipient, format, full_cron, delta_interval,"
            + " push_remote, enabled, created_at) VALUES (?, ?, ?, ?, ?, ?, TRUE, ?)",
        id,
        recipient.value(),
        format.name(),
        cron,
        delta.toString(),
        pushRemote,
        Timestamp.from(Instant.now()));
    return find(id).orElseThrow();
  }

  public List<Subscription> subscriptions() {
    return jdbc.query("SELECT * FROM channel_subscription ORDER BY created_at", Exports::row);
  }

  public Optional<Subscription> find(String id) {
    return jdbc.query("SELECT * FROM channel_subscription WHERE id = ?", Exports::row, id).stream()
        .findFirst();
  }

  public boolean unsubscribe(String id) {
    return jdbc.update("UPDATE channel_subscription SET enabled = FALSE WHERE id = ?", id) == 1;
  }

  public List<ExportFile> files(String subscriptionId) {
    return jdbc.query(
        "SELECT * FROM channel_export WHERE subscription_id = ? ORDER BY created_at, to_seq",
        Exports::file,
        subscriptionId);
  }

  /** Writes what is due: the full file when its cron time passed, a delta when its interval did. */
  public void runDue(Instant now) {
    for (Subscription s : subscriptions()) {
      if (!s.enabled()) {
        continue;
      }
      try {
        CronExpression cron = CronExpression.parse(s.fullCron());
        var last =
            (s.lastFullAt() == null ? s.createdAt() : s.lastFullAt())
                .atZone(java.time.ZoneId.of("Europe/Brussels"));
        var next = cron.next(last);
        if (s.lastSeq() == null || (next != null && !next.toInstant().isAfter(now))) {
          full(s.id());
        } else if (s.lastDeltaAt() == null
            || !s.lastDeltaAt().plus(s.deltaInterval()).isAfter(now)) {
          delta(s.id());
        }
        push(s.id());
      } catch (RuntimeException e) {
        log.error("Export of subscription {} ({}) failed", s.id(), s.recipient(), e);
      }
    }
  }

  /**
   * Writes a full file now: every vacancy the recipient may receive, with the feed cursor it is
   * consistent with (one repeatable-read transaction). Cost: one pass over the open vacancies.
   */
  public ExportFile full(String subscriptionId) {
    Subscription s = require(subscriptionId);
    MemberCode recipient = new MemberCode(s.recipient());
    String name = s.recipient() + "-full-" + STAMP.format(Instant.now()) + "." + ext(s.format());
    long[] head = {0};
    int[] count = {0};
    Written w =
        write(
            recipient,
            name,
            s.format(),
            false,
            writer ->
                snapshotTx.executeWithoutResult(
                    st -> {
                      head[0] = feed.head();
                      AgreementSet set = agreements.current();
                      store.streamOpen(
                          recipient,
                          v -> {
                            if (set.admits(recipient, v.routing())) {
                              writer.vacancy(v.json());
                              count[0]++;
                            }
                          });
                    }));
    ExportFile f = record(s, "FULL", name, 0, head[0], count[0], w);
    jdbc.update(
        "UPDATE channel_subscription SET last_seq = ?, last_full_at = ?, last_delta_at = ? WHERE id = ?",
        head[0],
        Timestamp.from(f.createdAt()),
        Timestamp.from(f.createdAt()),
        s.id());
    return f;
  }

  /**
   * Writes the changes after the subscription's cursor as delta files (at most {@code
   * max-delta-records} each); nothing when there is no change.
   */
  public List<ExportFile> delta(String subscriptionId) {
    Subscription s = require(subscriptionId);
    if (s.lastSeq() == null) {
      return List.of(full(subscriptionId));
    }
    List<ExportFile> out = new ArrayList<>();
    long after = s.lastSeq();
    MemberCode recipient = new MemberCode(s.recipient());
    while (true) {
      List<JsonNode> first = page(recipient, after, 1000);
      if (first.isEmpty()) {
        break;
      }
      long from = after;
      long[] to = {after};
      int[] count = {0};
      String name = s.recipient() + "-delta-" + String.format("%012d", from + 1);
      String tmpName = "." + name + ".writing";
      Written w =
          write(
              recipient,
              tmpName,
              s.format(),
              true,
              writer -> {
                List<JsonNode> items = first;
                while (!items.isEmpty()) {
                  for (JsonNode item : items) {
                    writer.change(item);
                    to[0] = Long.parseLong(item.get("seq").asString());
                    count[0]++;
                  }
                  if (count[0] >= properties.export().maxDeltaRecords()) {
                    break;
                  }
                  items = page(recipient, to[0], 1000);
                }
              });
      String finalName = name + "-" + String.format("%012d", to[0]) + "." + ext(s.format());
      Path dir = homes.folder(recipient, "outbox");
      rename(dir.resolve(tmpName), dir.resolve(finalName));
      ExportFile f = record(s, "DELTA", finalName, from, to[0], count[0], w);
      jdbc.update(
          "UPDATE channel_subscription SET last_seq = ?, last_delta_at = ? WHERE id = ?",
          to[0],
          Timestamp.from(f.createdAt()),
          s.id());
      out.add(f);
      after = to[0];
    }
    if (out.isEmpty()) {
      jdbc.update(
          "UPDATE channel_subscription SET last_delta_at = ? WHERE id = ?",
          Timestamp.from(Instant.now()),
          s.id());
    }
    return out;
  }

  /** Pushes every file not yet pushed to the subscription's remote server, oldest first. */
  public int push(String subscriptionId) {
    Subscription s = require(subscriptionId);
    if (s.pushRemote() == null) {
      return 0;
    }
    ChannelProperties.Remote remote = properties.remotes().get(s.pushRemote());
    List<ExportFile> pending = files(s.id()).stream().filter(f -> f.pushedAt() == null).toList();
    if (pending.isEmpty() || remote == null || remote.pushPath() == null) {
      return 0;
    }
    Path dir = homes.folder(new MemberCode(s.recipient()), "outbox");
    int pushed = 0;
    try (SftpConnections.Connection c = connections.open(remote)) {
      for (ExportFile f : pending) {
        c.upload(dir.resolve(f.name()), remote.pushPath(), f.name());
        c.upload(
            dir.resolve(f.name() + ".manifest.json"),
            remote.pushPath(),
            f.name() + ".manifest.json");
        jdbc.update(
            "UPDATE channel_export SET pushed_at = ?, push_error = NULL WHERE id = ?",
            Timestamp.from(Instant.now()),
            f.id());
        pushed++;
      }
    } catch (RuntimeException e) {
      String why = e.getMessage() == null ? e.toString() : e.getMessage();
      jdbc.update(
          "UPDATE channel_export SET push_error = ? WHERE subscription_id = ? AND pushed_at IS NULL",
          why.length() > 1900 ? why.substring(0, 1900) : why,
          s.id());
      log.warn("Push of exports for {} to {} failed: {}", s.recipient(), s.pushRemote(), why);
    }
    return pushed;
  }

  private List<JsonNode> page(MemberCode recipient, long after, int limit) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
    feed.changes(recipient.value(), after, limit, out);
    JsonNode doc = JSON.readTree(out.toByteArray());
    List<JsonNode> items = new ArrayList<>();
    doc.get("items").forEach(items::add);
    return items;
  }

  private record Written(String sha256, long bytes, Instant at) {}

  private interface Body {
    void write(RecordWriter writer);
  }

  /**
   * Writes {@code name} in the outbox under a hidden temporary name, renames it, then its manifest.
   */
  private Written write(
      MemberCode recipient, String name, FileFormat format, boolean delta, Body body) {
    Path dir = homes.folder(recipient, "outbox");
    Path tmp = dir.resolve("." + name + ".part");
    try {
      Files.createDirectories(dir);
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      try (OutputStream raw = Files.newOutputStream(tmp);
          OutputStream out =
              new DigestOutputStream(new java.io.BufferedOutputStream(raw, 1 << 16), md)) {
        RecordWriter writer = RecordWriter.open(format, delta, out);
        body.write(writer);
        writer.close();
      }
      long bytes = Files.size(tmp);
      rename(tmp, dir.resolve(name));
      return new Written(HexFormat.of().formatHex(md.digest()), bytes, Instant.now());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private ExportFile record(
      Subscription s, String kind, String name, long from, long to, int count, Written w) {
    ExportFile f =
        new ExportFile(
            UUID.randomUUID().toString(),
            s.id(),
            kind,
            name,
            from,
            to,
            count,
            w.sha256(),
            w.bytes(),
            w.at(),
            null,
            null);
    Path dir = homes.folder(new MemberCode(s.recipient()), "outbox");
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("file", name);
    manifest.put("recipient", s.recipient());
    manifest.put("kind", kind.toLowerCase(java.util.Locale.ROOT));
    manifest.put("format", s.format().name());
    manifest.put("fromSeq", Long.toString(from));
    manifest.put("toSeq", Long.toString(to));
    manifest.put("records", count);
    manifest.put("sha256", w.sha256());
    manifest.put("bytes", w.bytes());
    manifest.put("createdAt", w.at().toString());
    Path m = dir.resolve(name + ".manifest.json");
    Path tmp = dir.resolve("." + name + ".manifest.json.part");
    try {
      Files.writeString(tmp, JSON.writeValueAsString(manifest));
      rename(tmp, m);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    tx.executeWithoutResult(
        st -> {
          jdbc.update(
              "INSERT INTO channel_export (id, subscription_id, kind, name, from_seq, to_seq, records,"
                  + " sha256, size_bytes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
              f.id(),
              s.id(),
              kind,
              name,
              from,
              to,
              count,
              w.sha256(),
              w.bytes(),
              Timestamp.from(w.at()));
          audit.record(
              "hub/export",
              s.recipient(),
              kind.equals("FULL") ? AuditAction.FEED_SNAPSHOT_READ : AuditAction.FEED_CHANGES_READ,
              "export " + name,
              "OK",
              count + " records, seq " + from + ".." + to);
        });
    log.info("Export {} for {}: {} records, seq {}..{}", name, s.recipient(), count, from, to);
    return f;
  }

  private Subscription require(String id) {
    return find(id).orElseThrow(() -> HubException.notFound("No export subscription " + id));
  }

  private static String ext(FileFormat f) {
    return f.extension();
  }

  private static void rename(Path from, Path to) throws UncheckedIOException {
    try {
      try {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Subscription row(ResultSet rs, int n) throws SQLException {
    long seq = rs.getLong("last_seq");
    Long lastSeq = rs.wasNull() ? null : seq;
    return new Subscription(
        rs.getString("id"),
        rs.getString("recipient"),
        FileFormat.valueOf(rs.getString("format")),
        rs.getString("full_cron"),
        Duration.parse(rs.getString("delta_interval")),
        rs.getString("push_remote"),
        rs.getBoolean("enabled"),
        lastSeq,
        instant(rs.getTimestamp("last_full_at")),
        instant(rs.getTimestamp("last_delta_at")),
        instant(rs.getTimestamp("created_at")));
  }

  private static ExportFile file(ResultSet rs, int n) throws SQLException {
    return new ExportFile(
        rs.getString("id"),
        rs.getString("subscription_id"),
        rs.getString("kind"),
        rs.getString("name"),
        rs.getLong("from_seq"),
        rs.getLong("to_seq"),
        rs.getInt("records"),
        rs.getString("sha256"),
        rs.getLong("size_bytes"),
        instant(rs.getTimestamp("created_at")),
        instant(rs.getTimestamp("pushed_at")),
        rs.getString("push_error"));
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
