package be.synerjob.hub.channel;

import be.synerjob.hub.audit.AuditAction;
import be.synerjob.hub.audit.AuditLog;
import be.synerjob.hub.core.HubException;
import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.core.ProblemType;
import be.synerjob.hub.vacancy.BatchResult;
import be.synerjob.hub.vacancy.PublishOutcome;
import be.synerjob.hub.vacancy.VacancyService;
import be.synerjob.hub.vacancy.VacancyStore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Full files: a member's file that lists <em>all</em> its open vacancies ({@code
 * <name>.full.<ext>}). After the file's records are published, the member's open vacancies the file
 * does not name are closed, with two safeguards:
 *
 * <ul>
 *   <li>a vacancy changed after the file started (by the API or another file) is kept open;
 *   <li>when the closures would shrink the member's open set by more than {@code
 *       hub.channel.full-file.max-shrink} (default 20 %) and concern at least {@code
 *       min-held-closures} vacancies, they are <b>held</b>: nothing is closed until the member or
 *       an operator confirms ({@link #confirm}) or discards ({@link #discard}) them. A held file
 *       raises the quality alert {@code SHRINKING_FULL_FILE}.
 * </ul>
 *
 * A file that failed to be read to its end (truncated, malformed) never closes anything. The
 * decision and the list of candidates are written in the transaction that finishes the file, and
 * closing runs in batches that can resume after a restart.
 */
@Service
public class FullFiles {

  private static final Logger log = LoggerFactory.getLogger(FullFiles.class);

  /** What a full file did, or is waiting to do, to the vacancies it omits. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record FullFile(
      String fileId,
      String member,
      String file,
      String state,
      int presentOpen,
      int omitted,
      double shrink,
      int closed,
      int kept,
      String reason,
      Instant decidedAt,
      String confirmedBy,
      Instant confirmedAt) {}

  /** The references a full file named, and how many of its records had none that could be read. */
  public static final class Named {
    private final Set<String> references = new HashSet<>();
    private int unidentified;

    void add(String reference) {
      if (reference == null || reference.isBlank()) {
        unidentified++;
      } else {
        references.add(reference.strip());
      }
    }
  }

  /** Announced when a full file's closures are held for confirmation. */
  public record ClosuresHeld(String fileId, String member, int omitted, double shrink) {}

  private final JdbcTemplate jdbc;
  private final VacancyService vacancies;
  private final VacancyStore store;
  private final TransactionTemplate tx;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final MeterRegistry meters;
  private final double maxShrink;
  private final int minHeld;

  FullFiles(
      JdbcTemplate jdbc,
      VacancyService vacancies,
      VacancyStore store,
      TransactionTemplate tx,
      AuditLog audit,
      ApplicationEventPublisher events,
      MeterRegistry meters,
      @Value("${hub.channel.full-file.max-shrink:0.2}") double maxShrink,
      @Value("${hub.channel.full-file.min-held-closures:10}") int minHeld) {
    this.jdbc = jdbc;
    this.vacancies = vacancies;
    this.store = store;
    this.tx = tx;
    this.audit = audit;
    this.events = events;
    this.meters = meters;
    this.maxShrink = maxShrink;
    this.minHeld = minHeld;
  }

  /** Whether a file's name marks it as a full file: a {@code .full.} part before its extension. */
  public static boolean isFullName(String name) {
    return name != null && name.toLowerCase(Locale.ROOT).contains(".full.");
  }

  /**
   * Decides what to do with the vacancies a finished full file omits; runs inside the transaction
   * that finishes the file. Returns the state: {@code CLOSING} (close them now), {@code HELD} or
   * {@code SKIPPED}.
   *
   * @param named every reference the file named, published or rejected (a vacancy whose new version
   *     was rejected is not closed for it); a record without a readable reference holds the
   *     closures
   * @param failure why the file could not be read to its end, or null
   */
  String decide(String fileId, MemberCode member, Named named, Instant startedAt, String failure) {
    if (failure != null) {
      insert(fileId, member, "SKIPPED", 0, 0, 0, 0, "the file was not read to its end: " + failure);
      return "SKIPPED";
    }
    int present = 0;
    int kept = 0;
    List<String> omitted = new ArrayList<>();
    String after = null;
    while (true) {
      List<VacancyStore.Listed> page = store.list(member, "OPEN", after, 5_000);
      for (VacancyStore.Listed v : page) {
        if (named.references.contains(v.reference())) {
          present++;
        } else if (v.updatedAt().isAfter(startedAt)) {
          kept++; // changed after the file started: the file cannot speak for it
        } else {
          omitted.add(v.reference());
        }
      }
      if (page.size() < 5_000) {
        break;
      }
      after = page.get(page.size() - 1).reference();
    }
    double shrink = omitted.isEmpty() ? 0 : (double) omitted.size() / (omitted.size() + present);
    boolean shrinks = omitted.size() >= minHeld && shrink > maxShrink;
    boolean blind = !omitted.isEmpty() && named.unidentified > 0;
    boolean hold = shrinks || blind;
    String state = hold ? "HELD" : "CLOSING";
    String reason = null;
    if (shrinks) {
      reason =
          String.format(
              Locale.ROOT,
              "closing %d of %d open vacancies (%.1f %%) exceeds the %.0f %% limit: held for"
                  + " confirmation",
              omitted.size(),
              omitted.size() + present,
              100 * shrink,
              100 * maxShrink);
    } else if (blind) {
      reason =
          named.unidentified
              + " records had no readable reference, so the file cannot say which of the "
              + omitted.size()
              + " omitted vacancies it meant to close: held for confirmation";
    }
    insert(fileId, member, state, present, omitted.size(), shrink, kept, reason);
    jdbc.batchUpdate(
        "INSERT INTO channel_full_omission (file_id, reference) VALUES (?, ?)",
        omitted.stream().map(r -> new Object[] {fileId, r}).toList());
    if (hold) {
      audit.record(
          "hub",
          member.value(),
          AuditAction.FULL_FILE_CLOSURES_HELD,
          "file " + fileId,
          "HELD",
          reason);
      meters.counter("hub.channel.full_files.held", "member", member.value()).increment();
      log.warn("Full file {} of {}: {}", fileId, member, reason);
      events.publishEvent(new ClosuresHeld(fileId, member.value(), omitted.size(), shrink));
    }
    return state;
  }

  private void insert(
      String fileId,
      MemberCode member,
      String state,
      int present,
      int omitted,
      double shrink,
      int kept,
      String reason) {
    jdbc.update(
        "INSERT INTO channel_full_file (file_id, member_code, state, present_open, omitted, shrink,"
            + " kept, reason, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        fileId,
        member.value(),
        state,
        present,
        omitted,
        shrink,
        kept,
        reason,
        Timestamp.from(Instant.now()));
  }

  /**
   * Closes the candidates of a full file in state {@code CLOSING}, batch by batch (each batch one
   * transaction with the file's counts), then marks it {@code APPLIED}. Safe to run again after a
   * restart: closing a closed vacancy changes nothing.
   */
  public Optional<FullFile> close(String fileId, String channel) {
    FullFile f = find(fileId).orElse(null);
    if (f == null || !f.state().equals("CLOSING")) {
      return Optional.ofNullable(f);
    }
    MemberCode member = new MemberCode(f.member());
    Instant startedAt =
        jdbc.queryForObject(
                "SELECT started_at FROM channel_file WHERE id = ?", Timestamp.class, fileId)
            .toInstant();
    int batch = vacancies.maxBatchSize();
    String after = "";
    while (true) {
      List<String> refs =
          jdbc.queryForList(
              "SELECT reference FROM channel_full_omission WHERE file_id = ? AND reference > ?"
                  + " ORDER BY file_id, reference LIMIT ?",
              String.class,
              fileId,
              after,
              batch);
      if (refs.isEmpty()) {
        break;
      }
      tx.executeWithoutResult(
          s -> {
            BatchResult r = vacancies.closeUnchangedSince(member, refs, startedAt, channel);
            int closed = r.counts().getOrDefault(PublishOutcome.CLOSED, 0);
            jdbc.update(
                "UPDATE channel_full_file SET closed = closed + ?, kept = kept + ? WHERE file_id = ?",
                closed,
                refs.size() - closed,
                fileId);
            jdbc.update(
                "DELETE FROM channel_full_omission WHERE file_id = ? AND reference IN ("
                    + String.join(",", java.util.Collections.nCopies(refs.size(), "?"))
                    + ")",
                concat(fileId, refs));
          });
      after = refs.get(refs.size() - 1);
    }
    jdbc.update("UPDATE channel_full_file SET state = 'APPLIED' WHERE file_id = ?", fileId);
    FullFile done = find(fileId).orElseThrow();
    log.info(
        "Full file {} of {}: closed {} omitted vacancies, kept {}",
        fileId,
        member,
        done.closed(),
        done.kept());
    return Optional.of(done);
  }

  private static Object[] concat(String first, List<String> rest) {
    Object[] out = new Object[rest.size() + 1];
    out[0] = first;
    for (int i = 0; i < rest.size(); i++) {
      out[i + 1] = rest.get(i);
    }
    return out;
  }

  /**
   * Confirms a held file's closures and closes them now.
   *
   * @param member the confirming member (must own the file), or null for an operator
   */
  public FullFile confirm(String fileId, MemberCode member, String actor) {
    FullFile f = held(fileId, member);
    tx.executeWithoutResult(
        s -> {
          int n =
              jdbc.update(
                  "UPDATE channel_full_file SET state = 'CLOSING', confirmed_by = ?, confirmed_at = ?"
                      + " WHERE file_id = ? AND state = 'HELD'",
                  actor,
                  Timestamp.from(Instant.now()),
                  fileId);
          if (n == 0) {
            throw new HubException(
                ProblemType.CONFLICT, "The closures of file " + fileId + " were decided already");
          }
          audit.record(
              actor,
              f.member(),
              AuditAction.FULL_FILE_CLOSURES_CONFIRMED,
              "file " + fileId,
              "CONFIRMED",
              f.omitted() + " closures");
        });
    return close(fileId, "SFTP").orElseThrow();
  }

  /** Discards a held file's closures: the vacancies it omitted stay open. */
  public FullFile discard(String fileId, MemberCode member, String actor) {
    FullFile f = held(fileId, member);
    tx.executeWithoutResult(
        s -> {
          int n =
              jdbc.update(
                  "UPDATE channel_full_file SET state = 'DISCARDED', confirmed_by = ?, confirmed_at = ?"
                      + " WHERE file_id = ? AND state = 'HELD'",
                  actor,
                  Timestamp.from(Instant.now()),
                  fileId);
          if (n == 0) {
            throw new HubException(
                ProblemType.CONFLICT, "The closures of file " + fileId + " were decided already");
          }
          jdbc.update("DELETE FROM channel_full_omission WHERE file_id = ?", fileId);
          audit.record(
              actor,
              f.member(),
              AuditAction.FULL_FILE_CLOSURES_DISCARDED,
              "file " + fileId,
              "DISCARDED",
              f.omitted() + " vacancies stay open");
        });
    return find(fileId).orElseThrow();
  }

  private FullFile held(String fileId, MemberCode member) {
    FullFile f =
        find(fileId)
            .filter(x -> member == null || x.member().equals(member.value()))
            .orElseThrow(() -> HubException.notFound("No full file " + fileId));
    if (!f.state().equals("HELD")) {
      throw new HubException(
          ProblemType.CONFLICT,
          "The closures of file "
              + fileId
              + " are not held for confirmation (state "
              + f.state()
              + ")");
    }
    return f;
  }

  /** Full files whose closures wait for confirmation, oldest first. */
  public List<FullFile> held() {
    return query(" WHERE x.state = 'HELD' ORDER BY x.decided_at");
  }

  /** Full files whose closing was interrupted (a restart resumes them). */
  public List<String> closing() {
    return jdbc.queryForList(
        "SELECT file_id FROM channel_full_file WHERE state = 'CLOSING'", String.class);
  }

  public Optional<FullFile> find(String fileId) {
    return query(" WHERE x.file_id = ?", fileId).stream().findFirst();
  }

  private List<FullFile> query(String where, Object... args) {
    return jdbc.query(
        "SELECT x.*, f.name FROM channel_full_file x JOIN channel_file f ON f.id = x.file_id"
            + where,
        (rs, n) ->
            new FullFile(
                rs.getString("file_id"),
                rs.getString("member_code"),
                rs.getString("name"),
                rs.getString("state"),
                rs.getInt("present_open"),
                rs.getInt("omitted"),
                rs.getDouble("shrink"),
                rs.getInt("closed"),
                rs.getInt("kept"),
                rs.getString("reason"),
                rs.getTimestamp("decided_at").toInstant(),
                rs.getString("confirmed_by"),
                rs.getTimestamp("confirmed_at") == null
                    ? null
                    : rs.getTimestamp("confirmed_at").toInstant()),
        args);
  }
}
