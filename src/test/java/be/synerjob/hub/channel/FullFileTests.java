package be.synerjob.hub.channel;

import static be.synerjob.hub.support.TestVacancies.vacancy;
import static org.assertj.core.api.Assertions.assertThat;

import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.organisation.ApiKeys;
import be.synerjob.hub.organisation.Scope;
import be.synerjob.hub.quality.QualityAlerts;
import be.synerjob.hub.support.HubClient;
import be.synerjob.hub.support.TestVacancies;
import be.synerjob.hub.vacancy.VacancyJson;
import be.synerjob.hub.vacancy.VacancyStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Full files close what they omit, except when they shrink the member's open vacancies by more than
 * the limit (held until confirmed or discarded, with a quality alert), when a record cannot be
 * identified, or when the file was not read to its end.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "hub.demo.enabled=false",
      "hub.scheduling.enabled=false",
      "hub.channel.sftp.enabled=false",
      "spring.datasource.url=jdbc:h2:mem:full-files;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=60000"
    })
class FullFileTests {

  static final MemberCode ACTIRIS = MemberCode.ACTIRIS;

  @LocalServerPort int port;
  @Autowired FileIngestor ingestor;
  @Autowired VacancyStore store;
  @Autowired ApiKeys keys;
  @Autowired QualityAlerts alerts;
  @Autowired FullFiles fullFiles;
  @TempDir Path dir;

  @Test
  void aFullFileClosesWhatItOmitsUnlessItShrinksTooMuch() throws Exception {
    Path first = write("all.ndjson", refs(0, 40));
    assertThat(ingestor.ingest(ACTIRIS, first, "CLI").count("CREATED")).isEqualTo(40);
    assertThat(open()).isEqualTo(40);

    // 36 of 40: a shrink of 10 %, under the 20 % limit: the 4 omitted vacancies close at once.
    IngestReport small = ingestor.ingest(ACTIRIS, write("a.full.ndjson", refs(0, 36)), "CLI");
    assertThat(small.fullFile().state()).isEqualTo("APPLIED");
    assertThat(small.fullFile().presentOpen()).isEqualTo(36);
    assertThat(small.fullFile().omitted()).isEqualTo(4);
    assertThat(small.fullFile().closed()).isEqualTo(4);
    assertThat(open()).isEqualTo(36);
    assertThat(status("full-37")).isEqualTo("CLOSED");

    // 10 of 36: a shrink of 72 %: nothing closes, the closures wait, and the alert is up.
    IngestReport big = ingestor.ingest(ACTIRIS, write("b.full.ndjson", refs(0, 10)), "CLI");
    assertThat(big.fullFile().state()).isEqualTo("HELD");
    assertThat(big.fullFile().omitted()).isEqualTo(26);
    assertThat(big.fullFile().reason()).contains("26 of 36").contains("20 % limit");
    assertThat(open()).isEqualTo(36);
    assertThat(alerts.open())
        .filteredOn(a -> a.kind().equals("SHRINKING_FULL_FILE"))
        .singleElement()
        .satisfies(a -> assertThat(a.subject()).isEqualTo("ACTIRIS/" + big.id()));

    HubClient hub = new HubClient(port);
    String actiris = keys.create(ACTIRIS, "t", EnumSet.of(Scope.VACANCIES_PUBLISH)).secret();
    String vdab = keys.create(MemberCode.VDAB, "t", EnumSet.of(Scope.VACANCIES_PUBLISH)).secret();
    JsonNode seen = hub.get("/api/v1/files/" + big.id(), actiris).json();
    assertThat(seen.get("fullFile").get("state").asString()).isEqualTo("HELD");
    // Another member can neither see nor confirm it.
    assertThat(hub.get("/api/v1/files/" + big.id(), vdab).status()).isEqualTo(404);
    assertThat(hub.post("/api/v1/files/" + big.id() + "/closures/confirm", vdab, "").status())
        .isEqualTo(404);

    // The member re-sends one omitted vacancy by the API in the meantime: it stays open.
    String changed =
        VacancyJson.write(
            TestVacancies.retitled(
                vacancy(ACTIRIS, "full-20", "1000", true, false), "Changed after the file"));
    assertThat(
            hub.post("/api/v1/vacancies/batch", actiris, "{\"vacancies\":[" + changed + "]}")
                .status())
        .isEqualTo(200);

    JsonNode confirmed =
        hub.post("/api/v1/files/" + big.id() + "/closures/confirm", actiris, "").json();
    assertThat(confirmed.get("state").asString()).isEqualTo("APPLIED");
    assertThat(confirmed.get("closed").asInt()).isEqualTo(25);
    assertThat(confirmed.get("kept").asInt()).isEqualTo(1);
    assertThat(confirmed.get("confirmedBy").asString()).startsWith("ACTIRIS/key:");
    assertThat(status("full-20")).isEqualTo("OPEN");
    assertThat(open()).isEqualTo(11);
    assertThat(hub.post("/api/v1/files/" + big.id() + "/closures/confirm", actiris, "").status())
        .isEqualTo(409);
    assertThat(alerts.evaluate()).noneMatch(a -> a.kind().equals("SHRINKING_FULL_FILE"));
  }

  @Test
  void aHeldFileCanBeDiscardedAndABrokenOrUnidentifiableFullFileClosesNothing() throws Exception {
    MemberCode member = MemberCode.BF;
    ingestor.ingest(member, write("bf.ndjson", refs(member, 0, 20)), "CLI");

    IngestReport held = ingestor.ingest(member, write("bf.full.ndjson", refs(member, 0, 2)), "CLI");
    assertThat(held.fullFile().state()).isEqualTo("HELD");
    assertThat(fullFiles.discard(held.id(), member, "BF/test").state()).isEqualTo("DISCARDED");
    assertThat(openOf(member)).isEqualTo(20);

    // One line cut in the middle: the record has no readable reference, so nothing is closed
    // even though only one vacancy is omitted (5 %).
    List<String> lines = refs(member, 0, 19);
    lines.set(18, lines.get(18).substring(0, 40));
    IngestReport blind = ingestor.ingest(member, write("cut.full.ndjson", lines), "CLI");
    assertThat(blind.fullFile().state()).isEqualTo("HELD");
    assertThat(blind.fullFile().reason()).contains("1 records had no readable reference");
    fullFiles.discard(blind.id(), member, "BF/test");

    // A file the hub could not read to its end (not NDJSON after line 1) closes nothing.
    Path broken = dir.resolve("broken.full.xml");
    Files.writeString(broken, "<?xml version=\"1.0\"?><PositionOpenings><PositionOpening>");
    IngestReport failed = ingestor.ingest(member, broken, "CLI");
    assertThat(failed.state()).isEqualTo("FAILED");
    assertThat(failed.fullFile().state()).isEqualTo("SKIPPED");
    assertThat(openOf(member)).isEqualTo(20);
  }

  private long open() {
    return openOf(ACTIRIS);
  }

  private long openOf(MemberCode member) {
    return store.list(member, "OPEN", null, 10_000).size();
  }

  private String status(String reference) {
    return store.find(ACTIRIS, reference).orElseThrow().routing().open() ? "OPEN" : "CLOSED";
  }

  private Path write(String name, List<String> lines) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, lines, StandardCharsets.UTF_8);
    return p;
  }

  private static List<String> refs(int from, int to) {
    return refs(ACTIRIS, from, to);
  }

  private static List<String> refs(MemberCode member, int from, int to) {
    List<String> out = new ArrayList<>();
    IntStream.range(from, to)
        .forEach(
            i -> out.add(VacancyJson.write(vacancy(member, "full-" + i, "1000", true, false))));
    return out;
  }
}
