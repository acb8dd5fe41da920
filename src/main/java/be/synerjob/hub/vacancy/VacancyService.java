package be.synerjob.hub.vacancy;

import be.synerjob.hub.core.FieldProblem;
import be.synerjob.hub.core.HubException;
import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.core.ProblemType;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publish, close and expire vacancies. One batch is one transaction: every accepted record is
 * stored with a new version and announced to the feed, or (on any failure) nothing is. Publishing
 * is idempotent: the same content again is {@code UNCHANGED} and adds no change.
 */
@Service
public class VacancyService {

  /** Belgian civil time decides what "today" means for publication and expiry. */
  public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

  private final VacancyStore store;
  private final VacancyValidator validator;
  private final VacancyProperties properties;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final MeterRegistry meters;
  private final OccupationCoder coder;

  VacancyService(
      VacancyStore store,
      VacancyValidator validator,
      VacancyProperties properties,
      ApplicationEventPublisher events,
      Optional<Clock> clock,
      Optional<MeterRegistry> meters,
      Optional<OccupationCoder> coder) {
    this.coder = coder.orElse(null);
    this.meters = meters.orElseGet(SimpleMeterRegistry::new);
    this.store = store;
    this.validator = validator;
    this.properties = properties;
    this.events = events;
    this.clock = clock.orElse(Clock.systemUTC());
  }

  public int maxBatchSize() {
    return properties.maxBatchSize();
  }

  /** The hub's clock. */
  public Instant now() {
    return clock.instant();
  }

  public LocalDate today() {
    return LocalDate.now(clock.withZone(BRUSSELS));
  }

  /**
   * Publishes a batch of a member's vacancies.
   *
   * @param channel where the batch came from ({@code API}, {@code SFTP}, {@code DEMO}, …), kept
   *     with each version
   */
  @Transactional
  public BatchResult publish(MemberCode member, List<IncomingRecord> records, String channel) {
    if (records.size() > properties.maxBatchSize()) {
      throw new HubException(
          ProblemType.BATCH_TOO_LARGE,
          "A batch holds at most "
              + properties.maxBatchSize()
              + " vacancies; this one holds "
              + records.size());
    }
    store.lockMember(member);
    Instant now = clock.instant();
    LocalDate today = today();
    RecordResult[] results = new RecordResult[records.size()];
    List<Integer> candidates = new ArrayList<>();
    List<Vacancy> normalised = new ArrayList<>();
    Map<String, Integer> firstIndex = new HashMap<>();
    // Looked up before validation: a record without publicationDate keeps its stored one, so the
    // same content
    // sent again another day is UNCHANGED (and its default validThrough does not move either).
    Map<String, VacancyStore.State> existing =
        store.statesByReferences(
            member,
            records.stream()
                .map(IncomingRecord::vacancy)
                .filter(v -> v != null && v.reference() != null)
                .map(v -> v.reference().strip())
                .distinct()
                .toList());
    for (int i = 0; i < records.size(); i++) {
      IncomingRecord r = records.get(i);
      if (r.vacancy() == null) {
        results[i] = rejected(i, r.reference(), r.problems());
        continue;
      }
      Vacancy in = r.vacancy();
      VacancyStore.State stored =
          in.reference() == null ? null : existing.get(in.reference().strip());
      if (in.publicationDate() == null && stored != null && stored.publicationDate() != null) {
        in = in.toBuilder().publicationDate(stored.publicationDate()).build();
      }
      VacancyValidator.Checked checked = validator.check(in, member, today, now);
      Vacancy v = checked.vacancy();
      List<FieldProblem> problems = new ArrayList<>(checked.problems());
      if (v.reference() != null) {
        Integer earlier = firstIndex.putIfAbsent(v.reference(), i);
        if (earlier != null) {
          problems.add(
              FieldProblem.of(
                  "reference",
                  "duplicate-in-batch",
                  "'" + v.reference() + "' is already record " + earlier + " of this batch"));
        }
      }
      if (!problems.isEmpty()) {
        results[i] = rejected(i, v.reference(), problems);
        continue;
      }
      candidates.add(i);
      normalised.add(coder == null ? v : v.toBuilder().occupationCoding(coder.code(v)).build());
    }

    List<VacancyStore.Write> inserts = new ArrayList<>();
    List<VacancyStore.Write> updates = new ArrayList<>();
    List<VacancyChange> changes = new ArrayList<>();
    List<Duration> sourceLags = new ArrayList<>();
    for (int k = 0; k < candidates.size(); k++) {
      int i = candidates.get(k);
      Vacancy v = normalised.get(k);
      VacancyStore.State old = existing.get(v.reference());
      String content = VacancyJson.content(v);
      String hash = VacancyJson.hash(v, content);
      if (old == null) {
        if (!v.isOpen()) {
          results[i] =
              rejected(
                  i,
                  v.reference(),
                  List.of(
                      FieldProblem.of(
                          "status",
                          "unknown-reference",
                          "there is no vacancy '"
                              + v.reference()
                              + "' of "
                              + member
                              + " to close")));
          continue;
        }
        UUID id = UUID.randomUUID();
        VacancyStore.Write w = write(id, 1, 0, v, content, hash, now, now);
        inserts.add(w);
        changes.add(new VacancyChange(id, 1, ChangeKind.CREATED, null, Routing.of(w.vacancy())));
        results[i] = new RecordResult(i, v.reference(), PublishOutcome.CREATED, id, 1, List.of());
      } else if (old.contentHash().equals(hash)) {
        results[i] =
            new RecordResult(
                i, v.reference(), PublishOutcome.UNCHANGED, old.id(), old.version(), List.of());
      } else {
        int version = old.version() + 1;
        VacancyStore.Write w =
            write(old.id(), version, old.version(), v, content, hash, old.createdAt(), now);
        updates.add(w);
        ChangeKind kind =
            !v.isOpen()
                ? ChangeKind.CLOSED
                : old.routing().open() ? ChangeKind.UPDATED : ChangeKind.REOPENED;
        changes.add(
            new VacancyChange(old.id(), version, kind, old.routing(), Routing.of(w.vacancy())));
        results[i] =
            new RecordResult(
                i,
                v.reference(),
                kind == ChangeKind.CLOSED ? PublishOutcome.CLOSED : PublishOutcome.UPDATED,
                old.id(),
                version,
                List.of());
      }
    }
    for (VacancyStore.Write w : inserts) {
      sourceLag(w.vacancy(), now, sourceLags);
    }
    for (VacancyStore.Write w : updates) {
      sourceLag(w.vacancy(), now, sourceLags);
    }
    store.insert(inserts, channel);
    store.update(updates, channel);
    if (!changes.isEmpty()) {
      events.publishEvent(new VacanciesChanged(List.copyOf(changes), channel, now));
    }
    BatchResult result = result(results);
    events.publishEvent(new BatchPublished(member, channel, result, now, sourceLags));
    result
        .counts()
        .forEach(
            (outcome, n) -> {
              if (n > 0) {
                meters
                    .counter(
                        "hub.vacancies.published",
                        "member",
                        member.value(),
                        "channel",
                        channel,
                        "outcome",
                        outcome.name())
                    .increment(n);
              }
            });
    return result;
  }

  /** Closes one vacancy of a member; closing a closed vacancy changes nothing. */
  @Transactional
  public RecordResult close(MemberCode member, String reference, String channel) {
    StoredVacancy current =
        store
            .find(member, reference)
            .orElseThrow(
                () -> HubException.notFound("No vacancy '" + reference + "' of " + member));
    if (!current.routing().open()) {
      return new RecordResult(
          0, reference, PublishOutcome.UNCHANGED, current.id(), current.version(), List.of());
    }
    Vacancy v = withStatus(current.vacancy(), VacancyStatus.CLOSED);
    return publish(member, List.of(IncomingRecord.parsed(v)), channel).results().get(0);
  }

  /**
   * Closes a member's vacancies by reference, in one batch (at most {@link #maxBatchSize()}), but
   * only those still open and unchanged since {@code unchangedSince}: a vacancy the member changed
   * after that moment (another file, the API) is left as it is. Used for the vacancies a full file
   * omits.
   *
   * @return the batch result of the closures; references skipped (unknown, closed, changed) are not
   *     in it
   */
  @Transactional
  public BatchResult closeUnchangedSince(
      MemberCode member, Collection<String> references, Instant unchangedSince, String channel) {
    List<IncomingRecord> closing = new ArrayList<>();
    for (StoredVacancy current : store.findByReferences(member, references).values()) {
      if (current.routing().open() && !current.updatedAt().isAfter(unchangedSince)) {
        closing.add(IncomingRecord.parsed(withStatus(current.vacancy(), VacancyStatus.CLOSED)));
      }
    }
    return publish(member, closing, channel);
  }

  /**
   * Closes every open vacancy whose {@code validThrough} lies before today, at most {@code limit}
   * per call, member by member under the member's lock.
   *
   * @return how many were closed
   */
  @Transactional
  public int expire(int limit) {
    LocalDate today = today();
    List<String[]> due = store.expired(today, limit);
    Map<MemberCode, List<String>> byMember = new HashMap<>();
    for (String[] d : due) {
      byMember.computeIfAbsent(new MemberCode(d[0]), k -> new ArrayList<>()).add(d[1]);
    }
    int closed = 0;
    Instant now = clock.instant();
    for (var e : byMember.entrySet()) {
      MemberCode member = e.getKey();
      store.lockMember(member);
      List<VacancyStore.Write> updates = new ArrayList<>();
      List<VacancyChange> changes = new ArrayList<>();
      for (StoredVacancy old : store.findByReferences(member, e.getValue()).values()) {
        Vacancy v = old.vacancy();
        if (!old.routing().open() || !v.validThrough().isBefore(today)) {
          continue; // changed since we looked
        }
        Vacancy closedVacancy = withStatus(v, VacancyStatus.CLOSED);
        String content = VacancyJson.content(closedVacancy);
        int version = old.version() + 1;
        VacancyStore.Write w =
            write(
                old.id(),
                version,
                old.version(),
                closedVacancy,
                content,
                VacancyJson.hash(closedVacancy, content),
                old.createdAt(),
                now);
        updates.add(w);
        changes.add(
            new VacancyChange(
                old.id(), version, ChangeKind.EXPIRED, old.routing(), Routing.of(w.vacancy())));
      }
      store.update(updates, "HUB");
      if (!changes.isEmpty()) {
        events.publishEvent(new VacanciesChanged(List.copyOf(changes), "HUB", now));
      }
      closed += changes.size();
    }
    meters.counter("hub.vacancies.expired").increment(closed);
    return closed;
  }

  private VacancyStore.Write write(
      UUID id,
      int version,
      int previous,
      Vacancy v,
      String content,
      String hash,
      Instant createdAt,
      Instant now) {
    Vacancy stored = stored(v, id, version, createdAt, now);
    // An open vacancy is served exactly as its content plus the hub's fields; a closed one is
    // masked first.
    String json =
        v.isOpen() || v.application() == null
            ? VacancyJson.served(content, id, version, createdAt, now)
            : VacancyJson.served(VacancyJson.content(stored), id, version, createdAt, now);
    return new VacancyStore.Write(id, version, previous, stored, hash, json, createdAt, now);
  }

  /** The form kept and served: hub fields set; a closed vacancy's contact details masked. */
  private static Vacancy stored(Vacancy v, UUID id, int version, Instant createdAt, Instant now) {
    Vacancy.Builder b = v.toBuilder().id(id).version(version).createdAt(createdAt).updatedAt(now);
    if (!v.isOpen() && v.application() != null) {
      b.application(new Vacancy.Application(null, null, null, null, null, Boolean.TRUE));
    }
    return b.build();
  }

  /** How long the change took from the source's own update to the hub (a clock ahead counts 0). */
  private static void sourceLag(Vacancy v, Instant now, List<Duration> lags) {
    if (v.sourceUpdatedAt() != null) {
      Duration lag = Duration.between(v.sourceUpdatedAt(), now);
      lags.add(lag.isNegative() ? Duration.ZERO : lag);
    }
  }

  /**
   * The vacancy with another status, set by the hub (a close by reference, a full file's omission,
   * expiry): the source's own update time does not apply to it.
   */
  static Vacancy withStatus(Vacancy v, VacancyStatus status) {
    return v.toBuilder().status(status).sourceUpdatedAt(null).build();
  }

  private static RecordResult rejected(int i, String reference, List<FieldProblem> problems) {
    return new RecordResult(
        i, reference, PublishOutcome.REJECTED, null, null, List.copyOf(problems));
  }

  private static BatchResult result(RecordResult[] results) {
    Map<PublishOutcome, Integer> counts = new EnumMap<>(PublishOutcome.class);
    for (PublishOutcome o : PublishOutcome.values()) {
      counts.put(o, 0);
    }
    for (RecordResult r : results) {
      counts.merge(r.outcome(), 1, Integer::sum);
    }
    return new BatchResult(counts, List.of(results));
  }
}
