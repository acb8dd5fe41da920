package be.synerjob.hub.feed;

import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.organisation.AgreementSet;
import be.synerjob.hub.organisation.SharingAgreement;
import be.synerjob.hub.organisation.SharingAgreementChanged;
import be.synerjob.hub.organisation.SharingAgreements;
import be.synerjob.hub.vacancy.ChangeKind;
import be.synerjob.hub.vacancy.Routing;
import be.synerjob.hub.vacancy.VacanciesChanged;
import be.synerjob.hub.vacancy.VacancyChange;
import be.synerjob.hub.vacancy.VacancyStore;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Appends feed entries inside the transaction that made the change.
 *
 * <p>Ordering guarantee: every writer locks the single {@code feed_head} row before it takes
 * sequence numbers and holds the lock until it commits, so sequence numbers become visible in
 * commit order and a reader that has seen {@code seq = n} can never later see a smaller one appear.
 * Agreements are read after taking the lock, so a change of agreement and a publish never decide
 * visibility on different agreements.
 */
@Component
class FeedWriter {

  /**
   * The recipient that receives every change once: the hub's own consumers (search, statistics,
   * EURES).
   */
  static final String HUB = "HUB";

  private static final String LOCK_HEAD = "SELECT last_seq FROM feed_head WHERE id = 1 FOR UPDATE";
  private static final String SET_HEAD = "UPDATE feed_head SET last_seq = ? WHERE id = 1";
  private static final String INSERT =
      """
      INSERT INTO feed_entry (seq, recipient, op, reason, vacancy_id, version, source_member, reference, region,
        occupation, changed_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      """;

  private final JdbcTemplate jdbc;
  private final SharingAgreements agreements;
  private final VacancyStore vacancies;

  FeedWriter(JdbcTemplate jdbc, SharingAgreements agreements, VacancyStore vacancies) {
    this.jdbc = jdbc;
    this.agreements = agreements;
    this.vacancies = vacancies;
  }

  record Entry(
      String recipient,
      FeedOperation op,
      FeedReason reason,
      UUID vacancyId,
      int version,
      Routing routing) {}

  @EventListener
  void on(VacanciesChanged event) {
    long head = lockHead();
    AgreementSet current = agreements.current();
    List<Entry> entries = new ArrayList<>(event.changes().size() * 3);
    for (VacancyChange c : event.changes()) {
      Routing after = c.after();
      Set<MemberCode> was = c.before() == null ? Set.of() : current.recipientsOf(c.before());
      Set<MemberCode> is = current.recipientsOf(after);
      entries.add(
          new Entry(
              HUB,
              after.open() ? FeedOperation.UPSERT : FeedOperation.REMOVE,
              hubReason(c.kind()),
              c.vacancyId(),
              c.version(),
              after));
      for (MemberCode r : is) {
        FeedReason reason =
            c.kind() == ChangeKind.CREATED
                ? FeedReason.CREATED
                : was.contains(r) ? FeedReason.UPDATED : FeedReason.ADDED;
        entries.add(
            new Entry(r.value(), FeedOperation.UPSERT, reason, c.vacancyId(), c.version(), after));
      }
      for (MemberCode r : was) {
        if (!is.contains(r)) {
          FeedReason reason =
              c.kind() == ChangeKind.CLOSED
                  ? FeedReason.CLOSED
                  : c.kind() == ChangeKind.EXPIRED ? FeedReason.EXPIRED : FeedReason.WITHDRAWN;
          entries.add(
              new Entry(
                  r.value(), FeedOperation.REMOVE, reason, c.vacancyId(), c.version(), after));
        }
      }
    }
    append(head, entries, event.at());
  }

  @EventListener
  void on(SharingAgreementChanged event) {
    long head = lockHead();
    SharingAgreement before = event.before();
    SharingAgreement after = event.after();
    List<Entry> entries = new ArrayList<>();
    long[] next = {head};
    Instant now = Instant.now();
    vacancies.streamOpenRouting(
        event.source(),
        v -> {
          boolean was = before != null && before.admits(v.routing());
          boolean is = after != null && after.admits(v.routing());
          if (was != is) {
            entries.add(
                new Entry(
                    event.recipient().value(),
                    is ? FeedOperation.UPSERT : FeedOperation.REMOVE,
                    is ? FeedReason.ADDED : FeedReason.AGREEMENT,
                    v.id(),
                    v.version(),
                    v.routing()));
          }
          if (entries.size() >= 5000) {
            next[0] = append(next[0], entries, now);
            entries.clear();
          }
        });
    append(next[0], entries, now);
  }

  private long lockHead() {
    Long head = jdbc.queryForObject(LOCK_HEAD, Long.class);
    return head == null ? 0 : head;
  }

  /** Writes the entries with sequence numbers after {@code head}; returns the new head. */
  private long append(long head, List<Entry> entries, Instant at) {
    if (entries.isEmpty()) {
      return head;
    }
    Timestamp ts = Timestamp.from(at);
    long[] seq = {head};
    jdbc.batchUpdate(
        INSERT,
        entries,
        entries.size(),
        (ps, e) -> {
          ps.setLong(1, ++seq[0]);
          ps.setString(2, e.recipient());
          ps.setString(3, String.valueOf(e.op().code()));
          ps.setString(4, e.reason().name());
          ps.setObject(5, e.vacancyId());
          ps.setInt(6, e.version());
          ps.setString(7, e.routing().source().value());
          ps.setString(8, e.routing().reference());
          ps.setString(9, e.routing().region() == null ? null : e.routing().region().name());
          ps.setString(10, e.routing().occupation());
          ps.setTimestamp(11, ts);
        });
    long newHead = head + entries.size();
    jdbc.update(SET_HEAD, newHead);
    return newHead;
  }

  private static FeedReason hubReason(ChangeKind kind) {
    switch (kind) {
      case CREATED:
        return FeedReason.CREATED;
      case CLOSED:
        return FeedReason.CLOSED;
      case EXPIRED:
        return FeedReason.EXPIRED;
      case REOPENED:
        return FeedReason.ADDED;
      default:
        return FeedReason.UPDATED;
    }
  }
}
