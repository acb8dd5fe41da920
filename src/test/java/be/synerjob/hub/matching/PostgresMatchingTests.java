package be.synerjob.hub.matching;

import static be.synerjob.hub.support.TestVacancies.vacancy;
import static org.assertj.core.api.Assertions.assertThat;

import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.organisation.ApiKeys;
import be.synerjob.hub.organisation.Scope;
import be.synerjob.hub.organisation.SharingAgreement;
import be.synerjob.hub.organisation.SharingAgreements;
import be.synerjob.hub.support.EmbeddedPostgres;
import be.synerjob.hub.support.HubClient;
import be.synerjob.hub.vacancy.Vacancy;
import be.synerjob.hub.vacancy.VacancyJson;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The SQL of profiles, the batch (full and incremental), candidates per region, deletion and the
 * mobility tables on PostgreSQL (embedded), without the reference (codes are accepted unchecked and
 * only the same occupation matches).
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "hub.demo.enabled=false",
      "hub.scheduling.enabled=false",
      "hub.channel.sftp.enabled=false",
      "hub.reference.import-on-start=false"
    })
class PostgresMatchingTests {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    String url = EmbeddedPostgres.newDatabase();
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "postgres");
  }

  @LocalServerPort int port;
  @Autowired ApiKeys keys;
  @Autowired SharingAgreements agreements;
  @Autowired Matching matching;
  @Autowired MobilityFigures figures;
  @Autowired JdbcTemplate jdbc;

  @Test
  void profilesBatchCountsDeletionAndFiguresOnPostgres() {
    HubClient hub = new HubClient(port);
    EnumSet<Scope> scopes = EnumSet.of(Scope.VACANCIES_PUBLISH, Scope.JOBSEEKERS_MANAGE);
    String vdab = keys.create(MemberCode.VDAB, "t", scopes).secret();
    String forem = keys.create(MemberCode.FOREM, "t", scopes).secret();
    agreements.put(
        new SharingAgreement(
            MemberCode.FOREM, MemberCode.VDAB, true, false, false, Set.of(), null, null),
        "t");
    String leuven = publish(hub, vdab, vacancy(MemberCode.VDAB, "pg-leuven", "3000", true, false));
    String profile =
        """
        {"occupations":[{"scheme":"ESCO","code":"%s"}],
         "languages":[{"language":"nl","level":"B2"}],"homePostcode":"1300","maxTravel":{"km":40}}
        """
            .formatted(MatchingApiTests.WELDER);
    for (String id : List.of("PG-1", "PG-2")) {
      assertThat(hub.put("/api/v1/jobseekers/" + id, forem, profile).status()).isEqualTo(201);
    }
    assertThat(hub.get("/api/v1/jobseekers/PG-1", vdab).status()).isEqualTo(404);
    JsonNode live = hub.get("/api/v1/jobseekers/PG-1/matches", forem).json();
    assertThat(live.get("matches").get(0).get("vacancy").get("id").asString()).isEqualTo(leuven);

    Matching.BatchReport full = matching.runFull();
    assertThat(full.profiles()).isEqualTo(2);
    assertThat(full.matchesWritten()).isEqualTo(2);
    JsonNode regions =
        hub.get("/api/v1/vacancies/" + leuven + "/candidates-by-region", vdab).json();
    assertThat(regions.get("regions").toString())
        .contains("{\"region\":\"WAL\"")
        .contains("\"<5\"");

    // a new vacancy marks the profiles wishing its occupation; the incremental run stores it
    String leuven2 =
        publish(hub, vdab, vacancy(MemberCode.VDAB, "pg-leuven-2", "3001", true, false));
    Matching.BatchReport inc = matching.runIncremental();
    assertThat(inc.profiles()).isEqualTo(2);
    List<String> stored = new ArrayList<>();
    matching.stored(MemberCode.FOREM, "PG-1").forEach(m -> stored.add(m.vacancyId().toString()));
    assertThat(stored).containsExactlyInAnyOrder(leuven, leuven2);
    assertThat(matching.runIncremental().profiles()).isZero();

    assertThat(hub.delete("/api/v1/jobseekers/PG-1", forem).status()).isEqualTo(204);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM jobseeker_match WHERE profile_id = 'PG-1'", Integer.class))
        .isZero();

    List<MobilityFigures.Reported> r =
        figures.report(
            MemberCode.FOREM,
            List.of(
                new MobilityFigures.Outcome(
                    "pg-1",
                    MobilityFigures.Kind.HIRED,
                    "2023-01",
                    "FOREM",
                    "VDAB",
                    "WAL",
                    "VLG",
                    5),
                new MobilityFigures.Outcome(
                    "pg-2",
                    MobilityFigures.Kind.HIRED,
                    "2023-02",
                    "FOREM",
                    "VDAB",
                    "WAL",
                    "VLG",
                    6),
                new MobilityFigures.Outcome(
                    "pg-3",
                    MobilityFigures.Kind.TRAINED,
                    "2023-02",
                    "BF",
                    "FOREM",
                    "BRU",
                    "WAL",
                    2)),
            "t");
    assertThat(r).extracting(MobilityFigures.Reported::status).containsOnly("CREATED");
    assertThat(figures.flows(YearMonth.of(2023, 1), YearMonth.of(2023, 12)))
        .extracting(MobilityFigures.Flow::persons)
        .containsExactly(5L, 6L);
    assertThat(
            figures.flows(
                YearMonth.of(2023, 1), YearMonth.of(2023, 12), MobilityFigures.Kind.HIRED, true))
        .containsExactly(
            new MobilityFigures.Flow("2023", MobilityFigures.Kind.HIRED, "WAL", "VLG", 11));
    assertThat(figures.trainingFlows(2023, 2023))
        .containsExactly(new MobilityFigures.TrainingFlow(2023, "BF", "FOREM", 2));
  }

  private static String publish(HubClient hub, String key, Vacancy v) {
    JsonNode r = hub.post("/api/v1/vacancies/batch", key, "[" + VacancyJson.write(v) + "]").json();
    assertThat(r.get("counts").get("CREATED").asInt()).as(r.toString()).isEqualTo(1);
    return r.get("results").get(0).get("id").asString();
  }
}
