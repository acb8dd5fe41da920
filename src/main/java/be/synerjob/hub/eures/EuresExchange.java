package be.synerjob.hub.eures;

import be.synerjob.hub.channel.PositionOpeningWriter;
import be.synerjob.hub.core.FieldProblem;
import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.feed.FeedOperation;
import be.synerjob.hub.feed.FeedReader;
import be.synerjob.hub.organisation.Member;
import be.synerjob.hub.organisation.Members;
import be.synerjob.hub.reference.Crosswalk;
import be.synerjob.hub.reference.Reference;
import be.synerjob.hub.reference.Scheme;
import be.synerjob.hub.vacancy.BatchPublished;
import be.synerjob.hub.vacancy.BatchResult;
import be.synerjob.hub.vacancy.CodeScheme;
import be.synerjob.hub.vacancy.PublishOutcome;
import be.synerjob.hub.vacancy.RecordResult;
import be.synerjob.hub.vacancy.StoredVacancy;
import be.synerjob.hub.vacancy.Vacancy;
import be.synerjob.hub.vacancy.VacancyService;
import be.synerjob.hub.vacancy.VacancyStore;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Keeps the EURES view and its event log. Follows the hub's own feed (recipient {@code HUB}): for
 * every changed vacancy it decides whether the vacancy is in the EURES view and expressible, and
 * writes {@code CREATED}, {@code MODIFIED} or {@code CLOSED} events when what EURES may see
 * changed.
 *
 * <p>Event times: every writer of events (this follower, an agreement change) first locks the
 * {@code eures_state} row, then gives each event a time strictly after the previous one (to the
 * millisecond: {@code max(now, last + 1 ms)}), and commits. Times are therefore unique and increase
 * in commit order: a client that asks for the changes after the last time it saw can never miss an
 * event committed later, nor see one twice.
 */
@Service
public class EuresExchange {

  /** The channel under which the quality monitoring shows what could not go to EURES. */
  public static final String QUALITY_CHANNEL = "EURES";

  private static final Pattern ESCO_OCCUPATION =
      Pattern.compile("http://data\\.europa\\.eu/esco/occupation/[0-9a-f-]{36}");

  /** What EURES saw of a vacancy. */
  enum State {
    ACTIVE,
    CLOSED,
    REJECTED
  }

  record Row(
      UUID id,
      String member,
      String reference,
      State state,
      boolean sent,
      int version,
      String docHash,
      Instant createdAt) {}

  private final JdbcTemplate jdbc;
  private final FeedReader feed;
  private final VacancyStore vacancies;
  private final Members members;
  private final Reference reference;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final MeterRegistry meters;
  private final Set<String> inboundMembers;
  private final DistributionSummary lag;

  EuresExchange(
      JdbcTemplate jdbc,
      FeedReader feed,
      VacancyStore vacancies,
      Members members,
      Reference reference,
      ApplicationEventPublisher events,
      Optional<Clock> clock,
      Optional<MeterRegistry> meters,
      @Value("${hub.eures.inbound-members:EURES}") List<String> inboundMembers) {
    this.jdbc = jdbc;
    this.feed = feed;
    this.vacancies = vacancies;
    this.members = members;
    this.reference = reference;
    this.events = events;
    this.clock = clock.orElse(Clock.systemUTC());
    this.meters = meters.orElseGet(SimpleMeterRegistry::new);
    this.inboundMembers = Set.copyOf(inboundMembers);
    this.lag =
        DistributionSummary.builder("hub.eures.lag")
            .description(
                "Seconds from a member's change to its availability for EURES (created, modified,"
                    + " closed)")
            .baseUnit("seconds")
            .publishPercentiles(0.5, 0.95)
            .register(this.meters);
    this.meters.gauge(
        "hub.eures.vacancies",
        List.of(io.micrometer.core.instrument.Tag.of("state", "active")),
        this,
        e -> e.count(State.ACTIVE));
    this.meters.gauge(
        "hub.eures.vacancies",
        List.of(io.micrometer.core.instrument.Tag.of("state", "rejected")),
        this,
        e -> e.count(State.REJECTED));
  }

  private double count(State s) {
    try {
      Long n =
          jdbc.queryForObject(
              "SELECT COUNT(*) FROM eures_vacancy WHERE state = ?", Long.class, s.name());
      return n == null ? 0 : n;
    } catch (RuntimeException e) {
      return Double.NaN;
    }
  }

  /** Processes up to {@code limit} entries of the hub's feed; returns how many it read. */
  @Transactional
  public int process(int limit) {
    Batch batch = lock();
    List<FeedReader.Entry> entries = feed.entries(FeedReader.HUB, batch.lastSeq, limit);
    if (entries.isEmpty()) {
      return 0;
    }
    Set<UUID> ids = new LinkedHashSet<>();
    for (FeedReader.Entry e : entries) {
      if (e.op() == FeedOperation.UPSERT || e.op() == FeedOperation.REMOVE) {
        ids.add(e.vacancyId());
      }
    }
    evaluateAll(ids, batch, null);
    batch.lastSeq = entries.get(entries.size() - 1).seq();
    unlock(batch);
    return entries.size();
  }

  /**
   * Re-evaluates every open vacancy of a member and every one EURES knows of it (after its
   * agreement changed), in the caller's transaction.
   *
   * @param since when the agreement changed: the lag of the events it causes counts from there
   */
  @Transactional
  public int reevaluate(MemberCode member, Instant since) {
    Batch batch = lock();
    Set<UUID> ids = new LinkedHashSet<>();
    vacancies.streamOpenRouting(member, r -> ids.add(r.id()));
    ids.addAll(
        jdbc.queryForList(
            "SELECT vacancy_id FROM eures_vacancy WHERE member = ?", UUID.class, member.value()));
    int before = batch.events;
    evaluateAll(ids, batch, since);
    unlock(batch);
    return batch.events - before;
  }

  // ------------------------------------------------------------------------------- evaluation

  private static final class Batch {
    long lastSeq;
    Instant lastEventAt;
    int events;
  }

  private Batch lock() {
    Batch b = new Batch();
    jdbc.query(
        "SELECT last_seq, last_event_at FROM eures_state WHERE id = 1 FOR UPDATE",
        rs -> {
          b.lastSeq = rs.getLong(1);
          b.lastEventAt = rs.getTimestamp(2).toInstant();
        });
    return b;
  }

  private void unlock(Batch b) {
    jdbc.update(
        "UPDATE eures_state SET last_seq = ?, last_event_at = ? WHERE id = 1",
        b.lastSeq,
        Timestamp.from(b.lastEventAt));
  }

  private Instant nextEventTime(Batch b) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    Instant next = b.lastEventAt.plusMillis(1);
    b.lastEventAt = now.isAfter(next) ? now : next;
    return b.lastEventAt;
  }

  private void evaluateAll(Set<UUID> ids, Batch batch, Instant since) {
    if (ids.isEmpty()) {
      return;
    }
    Map<String, EuresAgreement> agreements = new HashMap<>();
    for (EuresAgreement a : agreements()) {
      agreements.put(a.member().value(), a);
    }
    LocalDate today = LocalDate.now(clock.withZone(VacancyService.BRUSSELS));
    List<UUID> all = new ArrayList<>(ids);
    // in chunks: an agreement change may re-evaluate tens of thousands of vacancies
    for (int from = 0; from < all.size(); from += 500) {
      Set<UUID> chunk = new LinkedHashSet<>(all.subList(from, Math.min(all.size(), from + 500)));
      Map<UUID, Row> rows = rows(chunk);
      List<StoredVacancy> stored = new ArrayList<>();
      vacancies.findAll(chunk, stored::add);
      stored.sort(java.util.Comparator.comparing(StoredVacancy::id));
      for (StoredVacancy s : stored) {
        evaluate(
            s, rows.get(s.id()), agreements.get(s.routing().source().value()), today, batch, since);
      }
    }
  }

  private void evaluate(
      StoredVacancy s,
      Row row,
      EuresAgreement agreement,
      LocalDate today,
      Batch batch,
      Instant since) {
    var routing = s.routing();
    String member = routing.source().value();
    EuresView.Facts facts =
        new EuresView.Facts(
            member, routing.reference(), routing.open(), routing.eures(), List.of());
    EuresView.Exclusion ex = EuresView.exclusion(facts, agreement, inboundMembers, today);
    if (ex == EuresView.Exclusion.NONE) {
      // the channels are read only for vacancies that pass every other rule
      List<String> channels = vacancies.versions(s.id()).stream().map(v -> v.channel()).toList();
      ex =
          EuresView.exclusion(
              new EuresView.Facts(member, routing.reference(), true, true, channels),
              agreement,
              inboundMembers,
              today);
    }
    Instant sourceAt = since != null && since.isAfter(s.updatedAt()) ? since : s.updatedAt();
    if (ex != EuresView.Exclusion.NONE) {
      if (row == null) {
        return; // never in the view: nothing to say to EURES
      }
      String reason = "not in the EURES view: " + ex.code();
      if (row.state() == State.ACTIVE) {
        Instant t = event(batch, s, "CLOSED", sourceAt);
        update(
            row,
            State.CLOSED,
            s.version(),
            row.docHash(),
            null,
            t,
            t,
            "exchange",
            ex.code(),
            reason);
      } else if (row.state() != State.CLOSED || row.version() != s.version()) {
        update(
            row,
            State.CLOSED,
            s.version(),
            row.docHash(),
            null,
            null,
            null,
            "exchange",
            ex.code(),
            reason);
      }
      return;
    }
    Vacancy v = s.vacancy();
    EuresMapping.Result r =
        EuresMapping.map(v, memberName(member), true, coded(s.json()), occupations());
    if (!r.expressible()) {
      EuresMapping.Problem first = r.problems().get(0);
      if (row != null && row.state() == State.REJECTED && row.version() == s.version()) {
        return; // already counted and reported for this version
      }
      report(
          clock.instant(),
          s,
          PublishOutcome.REJECTED,
          r.problems().stream()
              .map(p -> FieldProblem.of(p.field(), p.code(), p.reason()))
              .toList());
      meters.counter("hub.eures.rejected", "code", first.code()).increment();
      String reason =
          String.join("; ", r.problems().stream().map(p -> p.field() + ": " + p.reason()).toList());
      if (row == null) {
        insert(s, State.REJECTED, false, null, null, first.field(), first.code(), reason);
      } else if (row.state() == State.ACTIVE) {
        Instant t = event(batch, s, "CLOSED", sourceAt);
        update(
            row,
            State.REJECTED,
            s.version(),
            row.docHash(),
            null,
            t,
            t,
            first.field(),
            first.code(),
            reason);
      } else {
        update(
            row,
            State.REJECTED,
            s.version(),
            row.docHash(),
            null,
            null,
            null,
            first.field(),
            first.code(),
            reason);
      }
      return;
    }
    String hash = sha256(PositionOpeningWriter.toXml(r.document()));
    if (row == null || row.state() != State.ACTIVE) {
      Instant t = event(batch, s, "CREATED", sourceAt);
      report(t, s, PublishOutcome.CREATED, List.of());
      if (row == null) {
        insert(s, State.ACTIVE, true, hash, t, null, null, null);
      } else {
        // back in the view (reopened, flagged again, agreement in force again): created anew
        jdbc.update(
            "UPDATE eures_vacancy SET state = 'ACTIVE', sent = TRUE, version = ?, doc_hash = ?,"
                + " created_at = ?, modified_at = ?, closed_at = NULL, reason_field = NULL,"
                + " reason_code = NULL, reason = NULL, updated_at = ? WHERE vacancy_id = ?",
            s.version(),
            hash,
            Timestamp.from(t),
            Timestamp.from(t),
            Timestamp.from(t),
            s.id());
      }
    } else if (!hash.equals(row.docHash())) {
      Instant t = event(batch, s, "MODIFIED", sourceAt);
      report(t, s, PublishOutcome.UPDATED, List.of());
      jdbc.update(
          "UPDATE eures_vacancy SET version = ?, doc_hash = ?, modified_at = ?, updated_at = ?"
              + " WHERE vacancy_id = ?",
          s.version(),
          hash,
          Timestamp.from(t),
          Timestamp.from(t),
          s.id());
    } else if (row.version() != s.version()) {
      jdbc.update(
          "UPDATE eures_vacancy SET version = ?, updated_at = ? WHERE vacancy_id = ?",
          s.version(),
          Timestamp.from(clock.instant()),
          s.id());
    }
  }

  /**
   * Tells the quality monitoring what became of a vacancy for EURES, as a publish of the member
   * through the channel {@code EURES} ({@link BatchPublished}, which the quality module counts per
   * member, channel, outcome and problem, in this transaction): no dependency on the quality
   * module.
   */
  private void report(
      Instant at, StoredVacancy s, PublishOutcome outcome, List<FieldProblem> problems) {
    Map<PublishOutcome, Integer> counts = new java.util.EnumMap<>(PublishOutcome.class);
    for (PublishOutcome o : PublishOutcome.values()) {
      counts.put(o, o == outcome ? 1 : 0);
    }
    events.publishEvent(
        new BatchPublished(
            s.routing().source(),
            QUALITY_CHANNEL,
            new BatchResult(
                counts,
                List.of(
                    new RecordResult(
                        0, s.routing().reference(), outcome, s.id(), s.version(), problems))),
            at));
  }

  private Instant event(Batch batch, StoredVacancy s, String kind, Instant sourceAt) {
    Instant t = nextEventTime(batch);
    long lagMs = Math.max(0, t.toEpochMilli() - sourceAt.toEpochMilli());
    String member = s.routing().source().value();
    jdbc.update(
        "INSERT INTO eures_event (event_at, vacancy_id, kind, version, member, source_changed_at,"
            + " lag_ms) VALUES (?, ?, ?, ?, ?, ?, ?)",
        Timestamp.from(t),
        s.id(),
        kind,
        s.version(),
        member,
        Timestamp.from(sourceAt),
        lagMs);
    Date day = Date.valueOf(LocalDate.ofInstant(t, VacancyService.BRUSSELS));
    if (jdbc.update(
            "UPDATE eures_daily SET records = records + 1, lag_ms_total = lag_ms_total + ?,"
                + " lag_ms_max = CASE WHEN lag_ms_max < ? THEN ? ELSE lag_ms_max END"
                + " WHERE stat_day = ? AND member = ? AND kind = ?",
            lagMs,
            lagMs,
            lagMs,
            day,
            member,
            kind)
        == 0) {
      jdbc.update(
          "INSERT INTO eures_daily (stat_day, member, kind, records, lag_ms_total, lag_ms_max)"
              + " VALUES (?, ?, ?, 1, ?, ?)",
          day,
          member,
          kind,
          lagMs,
          lagMs);
    }
    batch.events++;
    lag.record(lagMs / 1000.0);
    meters.counter("hub.eures.events", "kind", kind).increment();
    return t;
  }

  private void insert(
      StoredVacancy s,
      State state,
      boolean sent,
      String hash,
      Instant created,
      String field,
      String code,
      String reason) {
    jdbc.update(
        "INSERT INTO eures_vacancy (vacancy_id, member, reference, state, sent, version, doc_hash,"
            + " created_at, modified_at, closed_at, reason_field, reason_code, reason, updated_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)",
        s.id(),
        s.routing().source().value(),
        s.routing().reference(),
        state.name(),
        sent,
        s.version(),
        hash,
        created == null ? null : Timestamp.from(created),
        created == null ? null : Timestamp.from(created),
        field,
        code,
        truncate(reason),
        Timestamp.from(clock.instant()));
  }

  private void update(
      Row row,
      State state,
      int version,
      String hash,
      Instant modified,
      Instant closed,
      Instant at,
      String field,
      String code,
      String reason) {
    jdbc.update(
        "UPDATE eures_vacancy SET state = ?, version = ?, doc_hash = ?,"
            + " modified_at = COALESCE(?, modified_at), closed_at = COALESCE(?, closed_at),"
            + " reason_field = ?, reason_code = ?, reason = ?, updated_at = ? WHERE vacancy_id = ?",
        state.name(),
        version,
        hash,
        modified == null ? null : Timestamp.from(modified),
        closed == null ? null : Timestamp.from(closed),
        field,
        code,
        truncate(reason),
        Timestamp.from(at == null ? clock.instant() : at),
        row.id());
  }

  private Map<UUID, Row> rows(Set<UUID> ids) {
    Map<UUID, Row> out = new HashMap<>();
    List<UUID> list = new ArrayList<>(ids);
    for (int from = 0; from < list.size(); from += 500) {
      List<UUID> chunk = list.subList(from, Math.min(list.size(), from + 500));
      jdbc.query(
          "SELECT vacancy_id, member, reference, state, sent, version, doc_hash, created_at FROM"
              + " eures_vacancy WHERE vacancy_id IN ("
              + String.join(",", java.util.Collections.nCopies(chunk.size(), "?"))
              + ")",
          rs -> {
            UUID id = rs.getObject(1, UUID.class);
            Timestamp c = rs.getTimestamp(8);
            out.put(
                id,
                new Row(
                    id,
                    rs.getString(2),
                    rs.getString(3),
                    State.valueOf(rs.getString(4)),
                    rs.getBoolean(5),
                    rs.getInt(6),
                    rs.getString(7),
                    c == null ? null : c.toInstant()));
          },
          chunk.toArray());
    }
    return out;
  }

  // ------------------------------------------------------------------------------- agreements

  /** Every member's agreement with EURES. */
  public List<EuresAgreement> agreements() {
    return jdbc.query(
        "SELECT member, active, signed_on, from_eures_prefix, updated_at, updated_by FROM"
            + " eures_agreement ORDER BY member",
        (rs, n) ->
            new EuresAgreement(
                new MemberCode(rs.getString(1)),
                rs.getBoolean(2),
                rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate(),
                rs.getString(4),
                rs.getTimestamp(5).toInstant(),
                rs.getString(6)));
  }

  public Optional<EuresAgreement> agreement(MemberCode member) {
    return agreements().stream().filter(a -> a.member().equals(member)).findFirst();
  }

  /**
   * Sets a member's agreement and, in the same transaction, re-evaluates its vacancies: those that
   * enter the EURES view are {@code CREATED}, those that leave it {@code CLOSED}.
   *
   * @return the number of EURES events the change caused
   */
  @Transactional
  public int putAgreement(
      MemberCode member, boolean active, LocalDate signedOn, String prefix, String by) {
    Instant now = clock.instant();
    lock(); // serialise with the follower before the agreement becomes visible to it
    if (jdbc.update(
            "UPDATE eures_agreement SET active = ?, signed_on = ?, from_eures_prefix = ?,"
                + " updated_at = ?, updated_by = ? WHERE member = ?",
            active,
            signedOn == null ? null : Date.valueOf(signedOn),
            prefix,
            Timestamp.from(now),
            by,
            member.value())
        == 0) {
      jdbc.update(
          "INSERT INTO eures_agreement (member, active, signed_on, from_eures_prefix, updated_at,"
              + " updated_by) VALUES (?, ?, ?, ?, ?, ?)",
          member.value(),
          active,
          signedOn == null ? null : Date.valueOf(signedOn),
          prefix,
          Timestamp.from(now),
          by);
    }
    return reevaluate(member, now);
  }

  // ------------------------------------------------------------------------------- helpers

  private final Map<String, String> memberNames = new java.util.concurrent.ConcurrentHashMap<>();

  private String memberName(String code) {
    return memberNames.computeIfAbsent(
        code,
        c ->
            members
                .find(new MemberCode(c))
                .map(m -> m.name(be.synerjob.hub.core.Language.EN))
                .orElse(c));
  }

  /**
   * The ESCO occupation of the automatic coding, when the served JSON carries one that does not
   * need review.
   */
  static String coded(String json) {
    int at = json.indexOf("\"occupationCoding\"");
    if (at < 0) {
      return null;
    }
    JsonNode n =
        be.synerjob.hub.vacancy.VacancyJson.mapper().readTree(json).get("occupationCoding");
    if (n == null || n.path("needsReview").asBoolean(false)) {
      return null; // a coding the hub flags for review is not sent to Europe
    }
    Matcher m = ESCO_OCCUPATION.matcher(n.toString());
    return m.find() ? m.group() : null;
  }

  EuresMapping.Occupations occupations() {
    return new EuresMapping.Occupations() {
      @Override
      public Optional<String> toEsco(CodeScheme scheme, String code) {
        return first(scheme.prefix() + ":" + code, Scheme.ESCO)
            .filter(id -> id.contains("/occupation/"));
      }

      @Override
      public Optional<String> iscoOf(String escoUri) {
        return first(escoUri, Scheme.ISCO08).filter(c -> c.matches("[0-9]{4}"));
      }
    };
  }

  private Optional<String> first(String id, Scheme to) {
    if (!reference.isLoaded()) {
      return Optional.empty();
    }
    try {
      Crosswalk c = reference.crosswalk(id, to);
      return c.matches().stream()
          .map(m -> m.target().scheme() == Scheme.ESCO ? m.target().id() : m.target().code())
          .findFirst();
    } catch (RuntimeException e) {
      return Optional.empty(); // unknown code, or no crosswalk from it
    }
  }

  static String sha256(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String truncate(String s) {
    return s == null || s.length() <= 1000 ? s : s.substring(0, 1000);
  }

  Map<String, Member> membersByCode() {
    Map<String, Member> out = new LinkedHashMap<>();
    members.all().forEach(m -> out.put(m.code().value(), m));
    return out;
  }
}
