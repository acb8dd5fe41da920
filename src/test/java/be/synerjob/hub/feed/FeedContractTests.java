package be.synerjob.hub.feed;

import static be.synerjob.hub.support.TestVacancies.flagged;
import static be.synerjob.hub.support.TestVacancies.retitled;
import static be.synerjob.hub.support.TestVacancies.vacancy;
import static be.synerjob.hub.support.TestVacancies.withStatus;
import static org.assertj.core.api.Assertions.assertThat;

import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.core.Region;
import be.synerjob.hub.organisation.SharingAgreement;
import be.synerjob.hub.organisation.SharingAgreements;
import be.synerjob.hub.support.FeedView;
import be.synerjob.hub.support.MutableClock;
import be.synerjob.hub.vacancy.BatchResult;
import be.synerjob.hub.vacancy.IncomingRecord;
import be.synerjob.hub.vacancy.PublishOutcome;
import be.synerjob.hub.vacancy.Vacancy;
import be.synerjob.hub.vacancy.VacancyService;
import be.synerjob.hub.vacancy.VacancyStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The change-feed contract, run on each database by a subclass: partners see exactly what their
 * agreements allow, removals carry their routing fields, nothing flows back to its origin, and a
 * reader paging under concurrent writers never misses and never repeats a change.
 */
@SpringBootTest(
    properties = {"hub.demo.enabled=false", "hub.scheduling.enabled=false"},
    webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import(FeedContractTests.Clocks.class)
abstract class FeedContractTests {

  static final MemberCode VDAB = MemberCode.VDAB;
  static final MemberCode FOREM = MemberCode.FOREM;
  static final MemberCode ACTIRIS = MemberCode.ACTIRIS;
  static final MemberCode ADG = MemberCode.ADG;
  static final MemberCode BF = MemberCode.BF;

  @TestConfiguration
  static class Clocks {
    @Bean
    MutableClock clock() {
      return new MutableClock(Instant.now());
    }
  }

  @Autowired VacancyService vacancies;
  @Autowired SharingAgreements agreements;
  @Autowired FeedReader reader;
  @Autowired JdbcTemplate jdbc;
  @Autowired Clock clock;

  @BeforeEach
  void cleanSlate() {
    jdbc.update("DELETE FROM feed_entry");
    jdbc.update("DELETE FROM feed_position");
    jdbc.update("DELETE FROM vacancy_version");
    jdbc.update("DELETE FROM vacancy");
    jdbc.update("DELETE FROM sharing_agreement");
    jdbc.update("DELETE FROM vacancy_cluster");
  }

  private BatchResult publish(MemberCode member, Vacancy... list) {
    List<IncomingRecord> records = new ArrayList<>();
    for (Vacancy v : list) {
      records.add(IncomingRecord.parsed(v));
    }
    return vacancies.publish(member, records, "TEST");
  }

  private void agree(
      MemberCode recipient, MemberCode source, boolean excludeTwa, Set<Region> regions) {
    agreements.put(
        new SharingAgreement(recipient, source, true, excludeTwa, false, regions, null, null),
        "test");
  }

  @Test
  void partnersSeeExactlyWhatTheirAgreementsAllowThroughSnapshotAndChanges() {
    agree(FOREM, VDAB, true, Set.of());
    agree(ACTIRIS, VDAB, false, Set.of(Region.BRUSSELS));
    FeedView forem = new FeedView(reader, FOREM).snapshot();
    FeedView actiris = new FeedView(reader, ACTIRIS).snapshot();
    FeedView adg = new FeedView(reader, ADG).snapshot();

    publish(
        VDAB,
        vacancy(VDAB, "gent-shared", "9000", true, false),
        vacancy(VDAB, "gent-private", "9000", false, false),
        vacancy(VDAB, "gent-agency", "9000", true, true),
        vacancy(VDAB, "brussel-shared", "1000", true, false));

    assertThat(forem.drain().references()).containsExactly("brussel-shared", "gent-shared");
    assertThat(actiris.drain().references()).containsExactly("brussel-shared");
    assertThat(adg.drain().references()).isEmpty();
    assertThat(new FeedView(reader, FOREM).snapshot().references())
        .containsExactly("brussel-shared", "gent-shared");
    assertThat(new FeedView(reader, ACTIRIS).snapshot().references())
        .containsExactly("brussel-shared");
  }

  @Test
  void aVacancyNeverFlowsBackToTheMemberItCameFrom() {
    agree(FOREM, VDAB, false, Set.of());
    agree(VDAB, FOREM, false, Set.of());
    publish(VDAB, vacancy(VDAB, "v1", "9000", true, false));
    publish(FOREM, vacancy(FOREM, "f1", "7000", true, false));
    FeedView vdab = new FeedView(reader, VDAB).drain();
    assertThat(vdab.received).allMatch(i -> i.get("member").asString().equals("FOREM"));
    assertThat(new FeedView(reader, VDAB).snapshot().references()).containsExactly("f1");
  }

  @Test
  void publishingTheSameContentTwiceIsUnchangedAndAddsNoChange() {
    agree(FOREM, VDAB, false, Set.of());
    Vacancy v = vacancy(VDAB, "same", "9000", true, false);
    assertThat(publish(VDAB, v).results().get(0).outcome()).isEqualTo(PublishOutcome.CREATED);
    long head = reader.head();
    BatchResult again = publish(VDAB, v);
    assertThat(again.results().get(0).outcome()).isEqualTo(PublishOutcome.UNCHANGED);
    assertThat(again.results().get(0).version()).isEqualTo(1);
    assertThat(reader.head()).isEqualTo(head);
    assertThat(publish(VDAB, retitled(v, "Lasser TIG")).results().get(0).outcome())
        .isEqualTo(PublishOutcome.UPDATED);
    FeedView forem = new FeedView(reader, FOREM).drain();
    assertThat(forem.received)
        .extracting(i -> i.get("reason").asString())
        .containsExactly("CREATED", "UPDATED");
    assertThat(forem.copy.values().iterator().next().get("title").asString())
        .isEqualTo("Lasser TIG");
  }

  @Test
  void aVacancyThatStopsMatchingReachesThePartnerAsARemovalWithRoutingFields() {
    agree(FOREM, VDAB, false, Set.of());
    Vacancy v = vacancy(VDAB, "leaves", "9000", true, false);
    publish(VDAB, v);
    FeedView forem = new FeedView(reader, FOREM).drain();
    int before = forem.received.size();
    publish(VDAB, flagged(v, false));
    forem.drain();
    List<JsonNode> news = forem.since(before);
    assertThat(news).hasSize(1);
    JsonNode removal = news.get(0);
    assertThat(removal.get("op").asString()).isEqualTo("REMOVE");
    assertThat(removal.get("reason").asString()).isEqualTo("WITHDRAWN");
    assertThat(removal.get("member").asString()).isEqualTo("VDAB");
    assertThat(removal.get("region").asString()).isEqualTo("FLANDERS");
    assertThat(removal.get("occupation").asString())
        .startsWith("esco:http://data.europa.eu/esco/occupation/");
    assertThat(removal.has("vacancy")).isFalse();
    assertThat(forem.copy).isEmpty();

    publish(VDAB, v); // shareable again: arrives as an addition
    forem.drain();
    JsonNode back = forem.received.get(forem.received.size() - 1);
    assertThat(back.get("op").asString()).isEqualTo("UPSERT");
    assertThat(back.get("reason").asString()).isEqualTo("ADDED");
  }

  @Test
  void changingAnAgreementSendsAdditionsAndRemovalsToThatRecipientOnly() {
    agree(FOREM, VDAB, false, Set.of());
    agree(ACTIRIS, VDAB, false, Set.of());
    publish(
        VDAB,
        vacancy(VDAB, "a-gent", "9000", true, false),
        vacancy(VDAB, "a-brussel", "1000", true, false));
    FeedView forem = new FeedView(reader, FOREM).drain();
    FeedView actiris = new FeedView(reader, ACTIRIS).drain();
    int actirisBefore = actiris.received.size();

    agree(FOREM, VDAB, false, Set.of(Region.BRUSSELS));
    forem.drain();
    assertThat(forem.references()).containsExactly("a-brussel");
    JsonNode last = forem.received.get(forem.received.size() - 1);
    assertThat(last.get("op").asString()).isEqualTo("REMOVE");
    assertThat(last.get("reason").asString()).isEqualTo("AGREEMENT");
    assertThat(actiris.drain().received).hasSize(actirisBefore);

    agreements.remove(FOREM, VDAB);
    assertThat(forem.drain().references()).isEmpty();
    agree(FOREM, VDAB, false, Set.of());
    assertThat(forem.drain().references()).containsExactly("a-brussel", "a-gent");
    assertThat(new FeedView(reader, FOREM).snapshot().references())
        .containsExactly("a-brussel", "a-gent");
  }

  @Test
  void closingRemovesTheVacancyAndMasksItsContactDetails() {
    agree(FOREM, VDAB, false, Set.of());
    Vacancy v = vacancy(VDAB, "to-close", "9000", true, false);
    publish(VDAB, v);
    FeedView forem = new FeedView(reader, FOREM).drain();
    assertThat(vacancies.close(VDAB, "to-close", "TEST").outcome())
        .isEqualTo(PublishOutcome.CLOSED);
    assertThat(vacancies.close(VDAB, "to-close", "TEST").outcome())
        .isEqualTo(PublishOutcome.UNCHANGED);
    forem.drain();
    JsonNode removal = forem.received.get(forem.received.size() - 1);
    assertThat(removal.get("reason").asString()).isEqualTo("CLOSED");
    String stored =
        jdbc.queryForObject(
            "SELECT vv.content FROM vacancy v JOIN vacancy_version vv ON vv.vacancy_id = v.id AND vv.version ="
                + " v.version WHERE v.reference = 'to-close'",
            String.class);
    assertThat(stored).doesNotContain("jobs@peeters.example.be", "+32 9 123 45 67", "An Peeters");
    assertThat(stored).contains("\"masked\":true", "\"status\":\"CLOSED\"");
    // Closing by batch with status CLOSED, then re-sending it, is idempotent too.
    publish(VDAB, vacancy(VDAB, "batch-close", "9000", true, false));
    assertThat(
            publish(
                    VDAB,
                    withStatus(
                        vacancy(VDAB, "batch-close", "9000", true, false), VacancyStatus.CLOSED))
                .results()
                .get(0)
                .outcome())
        .isEqualTo(PublishOutcome.CLOSED);
    assertThat(
            publish(
                    VDAB,
                    withStatus(
                        vacancy(VDAB, "batch-close", "9000", true, false), VacancyStatus.CLOSED))
                .results()
                .get(0)
                .outcome())
        .isEqualTo(PublishOutcome.UNCHANGED);
  }

  @Test
  void theSameContentSentAgainAnotherDayIsStillUnchanged() {
    agree(FOREM, VDAB, false, Set.of());
    Vacancy undated = vacancy(VDAB, "undated", "9000", true, false);
    assertThat(undated.publicationDate()).isNull();
    assertThat(publish(VDAB, undated).results().get(0).outcome()).isEqualTo(PublishOutcome.CREATED);
    ((MutableClock) clock).advance(Duration.ofDays(3));
    long head = reader.head();
    assertThat(publish(VDAB, undated).results().get(0).outcome())
        .isEqualTo(PublishOutcome.UNCHANGED);
    assertThat(reader.head()).isEqualTo(head);
  }

  @Test
  void theHubClosesVacanciesWhoseValidThroughHasPassed() {

    agree(FOREM, VDAB, false, Set.of());
    LocalDate today = vacancies.today();
    publish(
        VDAB,
        vacancy(VDAB, "short", "9000", true, false, "Lasser", today),
        vacancy(VDAB, "long", "9000", true, false, "Lasser", today.plusDays(30)));
    FeedView forem = new FeedView(reader, FOREM).drain();
    assertThat(vacancies.expire(1000)).isZero();
    ((MutableClock) clock).advance(Duration.ofDays(2));
    assertThat(vacancies.expire(1000)).isEqualTo(1);
    forem.drain();
    assertThat(forem.references()).containsExactly("long");
    JsonNode removal = forem.received.get(forem.received.size() - 1);
    assertThat(removal.get("reason").asString()).isEqualTo("EXPIRED");
    assertThat(removal.get("reference").asString()).isEqualTo("short");
    assertThat(vacancies.expire(1000)).isZero();
  }

  @Test
  void readerPagingUnderConcurrentWritersNeverMissesNorRepeatsAChange() throws Exception {
    for (MemberCode r : List.of(VDAB, FOREM, ACTIRIS, ADG, BF)) {
      for (MemberCode s : List.of(VDAB, FOREM, ACTIRIS, ADG, BF)) {
        if (!r.equals(s)) {
          agree(r, s, false, Set.of());
        }
      }
    }
    List<MemberCode> writers = List.of(VDAB, FOREM, ACTIRIS, ADG);
    AtomicBoolean done = new AtomicBoolean();
    ExecutorService pool = Executors.newFixedThreadPool(writers.size() + 2);
    FeedView bf = new FeedView(reader, BF);
    List<Long> seen = Collections.synchronizedList(new ArrayList<>());
    Future<?> readerTask =
        pool.submit(
            () -> {
              while (!done.get()) {
                int before = bf.received.size();
                bf.page(37);
                bf.since(before).forEach(i -> seen.add(Long.parseLong(i.get("seq").asString())));
              }
              return null;
            });
    // A second partner takes a snapshot in the middle of the writes and then follows the changes.
    Future<FeedView> midSnapshot =
        pool.submit(
            () -> {
              Thread.sleep(150);
              return new FeedView(reader, BF).snapshot();
            });
    List<Future<?>> tasks = new ArrayList<>();
    for (MemberCode w : writers) {
      tasks.add(
          pool.submit(
              () -> {
                for (int round = 0; round < 12; round++) {
                  List<Vacancy> batch = new ArrayList<>();
                  for (int i = 0; i < 25; i++) {
                    String ref = w + "-" + ((round * 25 + i) % 120);
                    Vacancy v = vacancy(w, ref, postcode(w), (round + i) % 5 != 0, false);
                    batch.add(
                        round % 3 == 2 && i % 4 == 0
                            ? withStatus(v, VacancyStatus.CLOSED)
                            : retitled(v, "Lasser " + round));
                  }
                  publish(w, batch.toArray(new Vacancy[0]));
                }
                return null;
              }));
    }
    for (Future<?> t : tasks) {
      t.get();
    }
    done.set(true);
    readerTask.get();
    FeedView late = midSnapshot.get();
    pool.shutdown();
    int before = bf.received.size();
    bf.drain();
    bf.since(before).forEach(i -> seen.add(Long.parseLong(i.get("seq").asString())));

    List<Long> all =
        jdbc.queryForList(
            "SELECT seq FROM feed_entry WHERE recipient = 'BF' ORDER BY seq", Long.class);
    assertThat(all).hasSizeGreaterThan(500);
    assertThat(seen).as("every change exactly once, in order").containsExactlyElementsOf(all);
    assertThat(new HashSet<>(seen)).hasSize(seen.size());

    FeedView truth = new FeedView(reader, BF).snapshot();
    assertThat(bf.copy.keySet()).isEqualTo(truth.copy.keySet());
    for (String id : truth.copy.keySet()) {
      assertThat(bf.copy.get(id).get("version").asInt())
          .isEqualTo(truth.copy.get(id).get("version").asInt());
    }
    late.drain();
    assertThat(late.copy.keySet()).isEqualTo(truth.copy.keySet());
    for (String id : truth.copy.keySet()) {
      assertThat(late.copy.get(id).get("version").asInt())
          .isEqualTo(truth.copy.get(id).get("version").asInt());
    }
  }

  @Test
  void aSnapshotIsExactlyTheLogUpToItsCursorWhileMembersPublishDuringIt() throws Exception {
    for (MemberCode s : List.of(VDAB, FOREM, ACTIRIS)) {
      agree(BF, s, false, Set.of());
    }
    for (MemberCode m : List.of(VDAB, FOREM, ACTIRIS)) {
      List<Vacancy> batch = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        batch.add(vacancy(m, m + "-" + i, postcode(m), true, false));
      }
      publish(m, batch.toArray(new Vacancy[0]));
    }
    // Each time the snapshot writes to the client (first right after its cursor, before any
    // vacancy is read; then every few kilobytes while the vacancies stream), another member
    // commits: new vacancies, updates, closings and one that leaves the view.
    ExecutorService other = Executors.newSingleThreadExecutor();
    int[] writes = {0};
    java.io.ByteArrayOutputStream body =
        new java.io.ByteArrayOutputStream() {
          @Override
          public synchronized void write(byte[] b, int off, int len) {
            super.write(b, off, len);
            int round = writes[0]++;
            if (round < 6) {
              MemberCode m = List.of(VDAB, FOREM, ACTIRIS).get(round % 3);
              try {
                other
                    .submit(
                        () ->
                            publish(
                                m,
                                vacancy(m, m + "-new-" + round, postcode(m), true, false),
                                retitled(
                                    vacancy(m, m + "-" + (39 - round), postcode(m), true, false),
                                    "Lasser " + round),
                                withStatus(
                                    vacancy(m, m + "-" + round, postcode(m), true, false),
                                    VacancyStatus.CLOSED),
                                flagged(
                                    vacancy(m, m + "-" + (20 + round), postcode(m), true, false),
                                    false)))
                    .get();
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            }
          }
        };
    reader.snapshot(BF, body);
    other.shutdown();
    assertThat(writes[0]).as("publishing happened during the snapshot").isGreaterThan(3);
    JsonNode doc =
        tools.jackson.databind.json.JsonMapper.builder().build().readTree(body.toByteArray());
    long cursor = Long.parseLong(doc.get("cursor").asString());
    java.util.Map<String, Integer> snapshot = new java.util.HashMap<>();
    for (JsonNode v : doc.get("items")) {
      assertThat(snapshot.put(v.get("id").asString(), v.get("version").asInt()))
          .as("listed once")
          .isNull();
    }
    // The recipient's log replayed up to the cursor: what the snapshot must be, no more, no less.
    java.util.Map<String, Integer> replay = new java.util.HashMap<>();
    jdbc.query(
        "SELECT vacancy_id, version, op FROM feed_entry WHERE recipient = 'BF' AND seq <= ? ORDER BY seq",
        rs -> {
          if ("U".equals(rs.getString(3))) {
            replay.put(rs.getString(1), rs.getInt(2));
          } else {
            replay.remove(rs.getString(1));
          }
        },
        cursor);
    assertThat(reader.head()).as("the writes came after the cursor").isGreaterThan(cursor);
    assertThat(snapshot).hasSize(120).isEqualTo(replay);
    // and the changes after the cursor bring it to the present
    FeedView follower = new FeedView(reader, BF);
    follower.cursor = cursor;
    for (JsonNode v : doc.get("items")) {
      follower.copy.put(v.get("id").asString(), v);
    }
    follower.drain();
    FeedView truth = new FeedView(reader, BF).snapshot();
    assertThat(truth.cursor).isGreaterThan(cursor);
    assertThat(follower.copy.keySet()).isEqualTo(truth.copy.keySet());
    for (String id : truth.copy.keySet()) {
      assertThat(follower.copy.get(id).get("version").asInt())
          .isEqualTo(truth.copy.get(id).get("version").asInt());
    }
  }

  @Test
  void aCollapsedSnapshotKeepsTheVisibleVacancyWithTheSmallestIdOfEachCluster() {
    agree(BF, VDAB, false, Set.of());
    agree(BF, FOREM, false, Set.of());
    List<Vacancy> batch = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      batch.add(vacancy(VDAB, "dup-" + i, "9000", i % 4 != 0, false));
    }
    publish(VDAB, batch.toArray(new Vacancy[0]));
    publish(FOREM, vacancy(FOREM, "alone", "7000", true, false));
    // Three clusters of four by hand (the dedup module is not running); every fourth is not
    // shareable, so not visible to BF: the choice is among the visible ones.
    List<String> ids =
        jdbc.queryForList(
            "SELECT CAST(id AS VARCHAR(36)) FROM vacancy WHERE member_code = 'VDAB' ORDER BY reference",
            String.class);
    List<String> clusters =
        List.of(
            "00000000-0000-4000-8000-000000000001",
            "80000000-0000-4000-8000-000000000002",
            "f0000000-0000-4000-8000-000000000003");
    for (int i = 0; i < ids.size(); i++) {
      jdbc.update(
          "INSERT INTO vacancy_cluster (vacancy_id, cluster_id, assigned_at) VALUES (?, ?, ?)",
          java.util.UUID.fromString(ids.get(i)),
          java.util.UUID.fromString(clusters.get(i % 3)),
          java.sql.Timestamp.from(Instant.now()));
    }
    List<String> expected = new ArrayList<>();
    for (String cluster : clusters) {
      expected.add(
          jdbc.queryForObject(
              "SELECT CAST(v.id AS VARCHAR(36)) FROM vacancy v JOIN vacancy_cluster vc ON vc.vacancy_id = v.id"
                  + " WHERE v.shareable AND vc.cluster_id = ? ORDER BY v.id LIMIT 1",
              String.class,
              java.util.UUID.fromString(cluster)));
    }
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    assertThat(reader.snapshot(BF, true, out)).isEqualTo(4);
    JsonNode doc =
        tools.jackson.databind.json.JsonMapper.builder().build().readTree(out.toByteArray());
    List<String> got = new ArrayList<>();
    for (JsonNode v : doc.get("items")) {
      if (!v.get("reference").asString().equals("alone")) {
        got.add(v.get("id").asString());
      }
    }
    assertThat(got).containsExactlyInAnyOrderElementsOf(expected);
    // The databases order UUIDs as unsigned numbers; Java's compareTo does not.
    java.util.UUID low = java.util.UUID.fromString("10000000-0000-4000-8000-000000000000");
    java.util.UUID high = java.util.UUID.fromString("90000000-0000-4000-8000-000000000000");
    assertThat(
            jdbc.queryForObject(
                "SELECT CASE WHEN CAST(? AS UUID) < CAST(? AS UUID) THEN 1 ELSE 0 END",
                Integer.class,
                low.toString(),
                high.toString()))
        .isEqualTo(1);
    assertThat(FeedReader.databaseOrder(low, high)).isNegative();
    assertThat(low.compareTo(high)).isPositive();
  }

  private static String postcode(MemberCode m) {
    switch (m.value()) {
      case "VDAB":
        return "9000";
      case "FOREM":
        return "7000";
      case "ADG":
        return "4700";
      default:
        return "1000";
    }
  }
}
