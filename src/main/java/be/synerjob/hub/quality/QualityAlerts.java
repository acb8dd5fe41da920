package be.synerjob.hub.quality;

import be.synerjob.hub.channel.FullFiles;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raises and resolves alerts from the exchange's state. Rules: a member's channel rejecting more
 * than {@code hub.quality.max-rejected-share} of today's records (from 50 records on); a member's
 * channel where half of today's changes (from 50 on) certainly took longer than {@code
 * hub.quality.max-source-lag} from the source's own update to the hub; a partner whose oldest
 * unread change is older than {@code hub.quality.max-partner-lag}; a member with more than a tenth
 * of its open vacancies unchanged for 60 days; a full file whose closures are held because it
 * shrinks the member's open vacancies too much. An alert is raised once (logged as a warning,
 * counted in metrics) and resolved when its condition clears.
 */
@Service
public class QualityAlerts {

  private static final Logger log = LoggerFactory.getLogger(QualityAlerts.class);

  /** An alert. */
  public record Alert(
      String id,
      String kind,
      String subject,
      String detail,
      Instant raisedAt,
      Instant resolvedAt) {}

  private final JdbcTemplate jdbc;
  private final ExchangeQuality quality;
  private final FullFiles fullFiles;
  private final MeterRegistry meters;
  private final double maxRejectedShare;
  private final Duration maxPartnerLag;
  private final Duration maxSourceLag;

  QualityAlerts(
      JdbcTemplate jdbc,
      ExchangeQuality quality,
      FullFiles fullFiles,
      MeterRegistry meters,
      @Value("${hub.quality.max-rejected-share:0.2}") double maxRejectedShare,
      @Value("${hub.quality.max-partner-lag:PT1H}") Duration maxPartnerLag,
      @Value("${hub.quality.max-source-lag:PT6H}") Duration maxSourceLag) {
    this.jdbc = jdbc;
    this.quality = quality;
    this.fullFiles = fullFiles;
    this.meters = meters;
    this.maxRejectedShare = maxRejectedShare;
    this.maxPartnerLag = maxPartnerLag;
    this.maxSourceLag = maxSourceLag;
    Gauge.builder("hub.quality.alerts.open", this, a -> a.open().size())
        .description("Exchange quality alerts not yet resolved")
        .register(meters);
  }

  /** Evaluates every rule now; returns the alerts open afterwards. */
  @Transactional
  public List<Alert> evaluate() {
    ExchangeQuality.Flows flows = quality.flows(1);
    Map<String, String> firing = new HashMap<>();
    for (ExchangeQuality.SourceFlow s : flows.sources()) {
      long total = s.accepted() + s.rejected();
      if (total >= 50 && (double) s.rejected() / total > maxRejectedShare) {
        firing.put(
            "REJECTIONS\u0000" + s.member() + "/" + s.channel(),
            String.format(
                java.util.Locale.ROOT,
                "%d of %d records rejected today (%.0f %%); top reason: %s",
                s.rejected(),
                total,
                100.0 * s.rejected() / total,
                s.topReasons().isEmpty()
                    ? "-"
                    : s.topReasons().get(0).field() + " " + s.topReasons().get(0).code()));
      }
    }
    for (ExchangeQuality.SourceFlow s : flows.sources()) {
      SourceLag lag = s.sourceLag();
      if (lag != null
          && lag.records() >= 50
          && lag.medianAtLeastSeconds() >= maxSourceLag.toSeconds()) {
        firing.put(
            "SOURCE_LAG\u0000" + s.member() + "/" + s.channel(),
            String.format(
                java.util.Locale.ROOT,
                "half of today's %d changes reached the hub more than %s after they were made at"
                    + " the source (mean %s, longest %s)",
                lag.records(),
                Duration.ofSeconds(lag.medianAtLeastSeconds()),
                Duration.ofSeconds(lag.averageSeconds()),
                Duration.ofSeconds(lag.maxSeconds())));
      }
    }
    for (ExchangeQuality.ReceivingFlow r : flows.recipients()) {
      if (r.lagSeconds() != null && r.lagSeconds() > maxPartnerLag.toSeconds()) {
        firing.put(
            "PARTNER_LAG\u0000" + r.recipient(),
            r.pendingChanges()
                + " changes unread, the oldest "
                + Duration.ofSeconds(r.lagSeconds()).toMinutes()
                + " minutes old; last read "
                + (r.lastReadAt() == null ? "never" : r.lastReadAt().toString()));
      }
    }
    for (ExchangeQuality.Coverage c : flows.coverage()) {
      if (c.open() >= 50 && c.staleOver60Days() * 10 > c.open()) {
        firing.put(
            "STALE\u0000" + c.member(),
            c.staleOver60Days() + " of " + c.open() + " open vacancies unchanged for 60 days");
      }
    }
    for (FullFiles.FullFile f : fullFiles.held()) {
      firing.put(
          "SHRINKING_FULL_FILE\u0000" + f.member() + "/" + f.fileId(),
          f.file() + ": " + f.reason());
    }
    Instant now = Instant.now();
    for (Alert a : open()) {
      if (!firing.containsKey(a.kind() + "\u0000" + a.subject())) {
        jdbc.update(
            "UPDATE quality_alert SET resolved_at = ? WHERE id = ?", Timestamp.from(now), a.id());
        log.info("Quality alert resolved: {} {}", a.kind(), a.subject());
      } else {
        firing.remove(a.kind() + "\u0000" + a.subject());
      }
    }
    for (var f : firing.entrySet()) {
      String[] ks = f.getKey().split("\u0000", 2);
      jdbc.update(
          "INSERT INTO quality_alert (id, kind, subject, detail, raised_at) VALUES (?, ?, ?, ?, ?)",
          UUID.randomUUID().toString(),
          ks[0],
          ks[1],
          f.getValue(),
          Timestamp.from(now));
      meters.counter("hub.quality.alerts.raised", "kind", ks[0]).increment();
      log.warn("Quality alert {} for {}: {}", ks[0], ks[1], f.getValue());
    }
    return open();
  }

  /** A held full file is an alert at once, not at the next minute's evaluation. */
  @org.springframework.transaction.event.TransactionalEventListener
  @Transactional(propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
  public void on(FullFiles.ClosuresHeld held) {
    evaluate();
  }

  public List<Alert> open() {
    return list(true, 1000);
  }

  public List<Alert> list(boolean openOnly, int limit) {
    return jdbc.query(
        "SELECT * FROM quality_alert"
            + (openOnly ? " WHERE resolved_at IS NULL" : "")
            + " ORDER BY raised_at DESC LIMIT ?",
        (rs, n) ->
            new Alert(
                rs.getString("id"),
                rs.getString("kind"),
                rs.getString("subject"),
                rs.getString("detail"),
                rs.getTimestamp("raised_at").toInstant(),
                rs.getTimestamp("resolved_at") == null
                    ? null
                    : rs.getTimestamp("resolved_at").toInstant()),
        limit);
  }
}
