package be.synerjob.hub.quality;

import be.synerjob.hub.feed.FeedReader;
import be.synerjob.hub.organisation.Member;
import be.synerjob.hub.organisation.Members;
import be.synerjob.hub.vacancy.VacancyService;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The state of the exchange, computed from the hub's own tables. */
@Service
public class ExchangeQuality {

  /**
   * What one member sent through one channel on one day; {@code sourceLag} is null when none of its
   * records carried {@code sourceUpdatedAt}.
   */
  public record DailyVolume(LocalDate day, Map<String, Long> outcomes, SourceLag sourceLag) {}

  /** A reason records were rejected, with how many. */
  public record Reason(String field, String code, long records) {}

  /** What a member sends, per channel. */
  public record SourceFlow(
      String member,
      String channel,
      List<DailyVolume> days,
      long accepted,
      long rejected,
      List<Reason> topReasons,
      SourceLag sourceLag) {}

  /** What a partner has still to read, from one source. */
  public record Pending(String source, long changes, Instant oldestChangeAt) {}

  /** A receiving member's position in the feed. */
  public record ReceivingFlow(
      String recipient,
      long head,
      long recipientHead,
      Long lastCursor,
      Instant lastReadAt,
      long pendingChanges,
      Long lagSeconds,
      List<Pending> bySource) {}

  /** Coverage of a member's open vacancies. */
  public record Coverage(
      String member,
      long open,
      double withOccupationCode,
      double withRegion,
      double shareable,
      long staleOver60Days) {}

  /** Everything at once. */
  public record Flows(
      Instant at,
      List<SourceFlow> sources,
      List<ReceivingFlow> recipients,
      List<Coverage> coverage,
      List<FillRates.MemberFill> fillRates) {}

  private final JdbcTemplate jdbc;
  private final FeedReader feed;
  private final Members members;
  private final VacancyService vacancies;
  private final FillRates fillRates;

  ExchangeQuality(
      JdbcTemplate jdbc,
      FeedReader feed,
      Members members,
      VacancyService vacancies,
      FillRates fillRates) {
    this.fillRates = fillRates;
    this.jdbc = jdbc;
    this.feed = feed;
    this.members = members;
    this.vacancies = vacancies;
  }

  @Transactional(readOnly = true)
  public Flows flows(int days) {
    LocalDate today = vacancies.today();
    LocalDate from = today.minusDays(days - 1L);
    return new Flows(
        Instant.now(), sources(from), recipients(), coverage(today), fillRates.stored());
  }

  private List<SourceFlow> sources(LocalDate from) {
    Map<String, Map<LocalDate, SourceLag.Sum>> lags = sourceLags(from);
    Map<String, Map<LocalDate, Map<String, Long>>> byFlow = new LinkedHashMap<>();
    jdbc.query(
        "SELECT member, channel, stat_day, outcome, records FROM quality_daily WHERE stat_day >= ?"
            + " ORDER BY member, channel, stat_day, outcome",
        rs -> {
          byFlow
              .computeIfAbsent(rs.getString(1) + "/" + rs.getString(2), k -> new LinkedHashMap<>())
              .computeIfAbsent(rs.getDate(3).toLocalDate(), k -> new LinkedHashMap<>())
              .put(rs.getString(4), rs.getLong(5));
        },
        Date.valueOf(from));
    List<SourceFlow> out = new ArrayList<>();
    for (var f : byFlow.entrySet()) {
      String[] mc = f.getKey().split("/", 2);
      List<DailyVolume> volumes = new ArrayList<>();
      long accepted = 0;
      long rejected = 0;
      Map<LocalDate, SourceLag.Sum> flowLags = lags.getOrDefault(f.getKey(), Map.of());
      SourceLag.Sum flowLag = new SourceLag.Sum();
      flowLags.values().forEach(flowLag::add);
      for (var d : f.getValue().entrySet()) {
        SourceLag.Sum dayLag = flowLags.get(d.getKey());
        volumes.add(
            new DailyVolume(d.getKey(), d.getValue(), dayLag == null ? null : dayLag.summary()));
        for (var o : d.getValue().entrySet()) {
          if (o.getKey().equals("REJECTED")) {
            rejected += o.getValue();
          } else {
            accepted += o.getValue();
          }
        }
      }
      List<Reason> reasons =
          jdbc.query(
              "SELECT field, code, SUM(records) AS n FROM quality_problem WHERE member = ? AND channel = ?"
                  + " AND stat_day >= ? GROUP BY field, code ORDER BY n DESC, field, code LIMIT 5",
              (rs, n) -> new Reason(rs.getString(1), rs.getString(2), rs.getLong(3)),
              mc[0],
              mc[1],
              Date.valueOf(from));
      out.add(
          new SourceFlow(mc[0], mc[1], volumes, accepted, rejected, reasons, flowLag.summary()));
    }
    return out;
  }

  /** Source lags per flow ({@code member/channel}) and day. */
  private Map<String, Map<LocalDate, SourceLag.Sum>> sourceLags(LocalDate from) {
    Map<String, Map<LocalDate, SourceLag.Sum>> out = new LinkedHashMap<>();
    jdbc.query(
        "SELECT member, channel, stat_day, records, lag_sum, lag_max, within_1m, within_5m,"
            + " within_15m, within_1h, within_6h, within_24h, later FROM quality_source_lag"
            + " WHERE stat_day >= ?",
        rs -> {
          SourceLag.Sum sum = new SourceLag.Sum();
          sum.records = rs.getLong(4);
          sum.sumSeconds = rs.getLong(5);
          sum.maxSeconds = rs.getLong(6);
          for (int i = 0; i < sum.buckets.length; i++) {
            sum.buckets[i] = rs.getLong(7 + i);
          }
          out.computeIfAbsent(rs.getString(1) + "/" + rs.getString(2), k -> new LinkedHashMap<>())
              .put(rs.getDate(3).toLocalDate(), sum);
        },
        Date.valueOf(from));
    return out;
  }

  private List<ReceivingFlow> recipients() {
    long head = feed.head();
    List<ReceivingFlow> out = new ArrayList<>();
    for (Member m : members.all()) {
      String r = m.code().value();
      Long cursor = null;
      Instant readAt = null;
      var pos =
          jdbc.query(
              "SELECT last_cursor, read_at FROM feed_position WHERE recipient = ?",
              (rs, n) -> new Object[] {rs.getLong(1), rs.getTimestamp(2).toInstant()},
              r);
      if (!pos.isEmpty()) {
        cursor = (Long) pos.get(0)[0];
        readAt = (Instant) pos.get(0)[1];
      }
      long after = cursor == null ? 0 : cursor;
      List<Pending> bySource =
          jdbc.query(
              "SELECT source_member, COUNT(*), MIN(changed_at) FROM feed_entry WHERE recipient = ? AND seq > ?"
                  + " GROUP BY source_member ORDER BY source_member",
              (rs, n) ->
                  new Pending(rs.getString(1), rs.getLong(2), rs.getTimestamp(3).toInstant()),
              r,
              after);
      long pending = bySource.stream().mapToLong(Pending::changes).sum();
      Long lag =
          bySource.stream()
              .map(Pending::oldestChangeAt)
              .min(Instant::compareTo)
              .map(t -> Duration.between(t, Instant.now()).toSeconds())
              .orElse(null);
      out.add(
          new ReceivingFlow(
              r, head, feed.recipientHead(r), cursor, readAt, pending, lag, bySource));
    }
    return out;
  }

  private List<Coverage> coverage(LocalDate today) {
    Timestamp staleBefore =
        Timestamp.from(today.minusDays(60).atStartOfDay(VacancyService.BRUSSELS).toInstant());
    return jdbc.query(
        "SELECT member_code, COUNT(*),"
            + " SUM(CASE WHEN occupation IS NOT NULL THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN region IS NOT NULL THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN shareable THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN updated_at < ? THEN 1 ELSE 0 END)"
            + " FROM vacancy WHERE status = 'OPEN' GROUP BY member_code ORDER BY member_code",
        (rs, n) -> {
          long open = rs.getLong(2);
          return new Coverage(
              rs.getString(1),
              open,
              share(rs.getLong(3), open),
              share(rs.getLong(4), open),
              share(rs.getLong(5), open),
              rs.getLong(6));
        },
        staleBefore);
  }

  private static double share(long part, long whole) {
    return whole == 0 ? 0 : Math.round(10000.0 * part / whole) / 10000.0;
  }
}
