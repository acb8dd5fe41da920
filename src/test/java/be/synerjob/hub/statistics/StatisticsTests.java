package be.synerjob.hub.statistics;

import static be.synerjob.hub.support.TestVacancies.vacancy;
import static org.assertj.core.api.Assertions.assertThat;

import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.dedup.Clusters;
import be.synerjob.hub.organisation.ApiKeys;
import be.synerjob.hub.organisation.Scope;
import be.synerjob.hub.organisation.SharingAgreement;
import be.synerjob.hub.organisation.SharingAgreements;
import be.synerjob.hub.support.HubClient;
import be.synerjob.hub.support.MutableClock;
import be.synerjob.hub.vacancy.IncomingRecord;
import be.synerjob.hub.vacancy.Vacancy;
import be.synerjob.hub.vacancy.VacancyService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * The hub's statistics across month ends with a moving clock (received, open at month end, postings
 * against unique vacancies, exchanges, a late re-clustering recorded as a revision), the members'
 * uploads over HTTP (errors, 409 without reason, revision with reason), methodology ownership, the
 * break flag in SDMX-CSV and suppression in the open data.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "hub.demo.enabled=false",
      "hub.scheduling.enabled=false",
      "hub.reference.import-on-start=false",
      "hub.channel.sftp.enabled=false",
      "hub.statistics.suppression-threshold=3",
      "spring.datasource.url=jdbc:h2:mem:statistics;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=60000"
    })
@Import(StatisticsTests.Clocks.class)
class StatisticsTests {

  @TestConfiguration
  static class Clocks {
    @Bean
    MutableClock clock() {
      return new MutableClock(Instant.parse("2026-01-20T10:00:00Z"));
    }
  }

  @LocalServerPort int port;
  @Autowired Clock clock;
  @Autowired VacancyService vacancies;
  @Autowired Clusters clusters;
  @Autowired Statistics statistics;
  @Autowired ApiKeys keys;
  @Autowired SharingAgreements agreements;

  static final MemberCode VDAB = MemberCode.VDAB;
  static final MemberCode FOREM = MemberCode.FOREM;

  private void publish(MemberCode m, Vacancy v) {
    var r = vacancies.publish(m, List.of(IncomingRecord.parsed(v)), "TEST");
    assertThat(r.results().get(0).problems()).isEmpty();
  }

  private void advance(Duration d) {
    ((MutableClock) clock).advance(d);
  }

  /** The raw (unsuppressed) value of one series. */
  private Long value(Statistic s, String period, Map<Dimension, String> codes) {
    StatPeriod p = StatPeriod.parse(period).orElseThrow();
    String key = SeriesKey.encode(s.dimensions(), codes);
    return statistics.observations(s, Statistic.HUB, null, p, p).stream()
        .filter(
            o -> o.period().equals(p) && SeriesKey.encode(s.dimensions(), o.series()).equals(key))
        .map(Observation::value)
        .findFirst()
        .orElse(null);
  }

  private static Map<Dimension, String> k(Object... pairs) {
    Map<Dimension, String> m = new java.util.EnumMap<>(Dimension.class);
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((Dimension) pairs[i], (String) pairs[i + 1]);
    }
    return m;
  }

  private char status(Statistic s, String period) {
    StatPeriod p = StatPeriod.parse(period).orElseThrow();
    return statistics.observations(s, Statistic.HUB, null, p, p).stream()
        .filter(o -> o.period().equals(p))
        .findFirst()
        .orElseThrow()
        .status();
  }

  HttpResponse<String> postCsv(String path, String key, String csv) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void vacancyStatisticsAcrossMonthEndsAndMemberFiguresWithRevisionsMethodologyAndOpenData()
      throws Exception {
    agreements.put(
        new SharingAgreement(FOREM, VDAB, true, false, false, Set.of(), null, null), "t");
    // 20 January: VDAB publishes two (one in Gent, one in Brussels), FOREM republishes the Gent job
    publish(VDAB, vacancy(VDAB, "v1", "9000", true, false));
    publish(VDAB, vacancy(VDAB, "v2", "1000", false, false));
    publish(FOREM, vacancy(FOREM, "f1", "9000", true, false));
    // 10 February: the Brussels one closes, another job in Gent (a temporary-agency driver)
    advance(Duration.ofDays(21));
    vacancies.close(VDAB, "v2", "TEST");
    publish(
        VDAB,
        vacancy(VDAB, "v3", "9000", true, true).toBuilder()
            .title("Heftruckchauffeur (m/v/x)")
            .description("Voor een logistiek centrum zoeken we een heftruckchauffeur in ploegen.")
            .employer(new Vacancy.Employer("Logistiek Gent BV", null, true))
            .build());
    // 5 March: first computation, before duplicate detection has run
    advance(Duration.ofDays(23));
    statistics.compute(YearMonth.of(2026, 1), YearMonth.of(2026, 3), "test");

    Map<Dimension, String> all = k(Dimension.MEMBER, "_T", Dimension.MEASURE, "POSTINGS");
    Map<Dimension, String> allUnique = k(Dimension.MEMBER, "_T", Dimension.MEASURE, "UNIQUE");
    assertThat(value(Statistic.VAC_RECEIVED, "2026-01", all)).isEqualTo(3);
    assertThat(
            value(
                Statistic.VAC_RECEIVED,
                "2026-01",
                k(Dimension.MEMBER, "VDAB", Dimension.MEASURE, "POSTINGS")))
        .isEqualTo(2);
    assertThat(value(Statistic.VAC_RECEIVED, "2026-02", all)).isEqualTo(1);
    assertThat(value(Statistic.VAC_RECEIVED, "2026", all)).isEqualTo(4);
    // open at the end of January: all three; at the end of February: v2 closed, v3 added
    assertThat(value(Statistic.VAC_OPEN, "2026-01", all)).isEqualTo(3);
    assertThat(value(Statistic.VAC_OPEN, "2026-02", all)).isEqualTo(3);
    assertThat(
            value(
                Statistic.VAC_OPEN,
                "2026-01",
                k(Dimension.MEMBER, "_T", Dimension.REGION, "BRU", Dimension.MEASURE, "POSTINGS")))
        .isEqualTo(1);
    assertThat(
            value(
                Statistic.VAC_OPEN,
                "2026-02",
                k(Dimension.MEMBER, "_T", Dimension.REGION, "BRU", Dimension.MEASURE, "POSTINGS")))
        .isNull();
    assertThat(
            value(
                Statistic.VAC_OPEN,
                "2026-02",
                k(
                    Dimension.MEMBER,
                    "_T",
                    Dimension.PROVINCE,
                    "BE-VOV",
                    Dimension.MEASURE,
                    "POSTINGS")))
        .isEqualTo(3);
    assertThat(
            value(
                Statistic.VAC_OPEN,
                "2026-02",
                k(
                    Dimension.MEMBER,
                    "VDAB",
                    Dimension.CONTRACT,
                    "TEMPORARY_AGENCY",
                    Dimension.MEASURE,
                    "POSTINGS")))
        .isEqualTo(1);
    // without clusters every vacancy is its own: unique equals postings
    assertThat(value(Statistic.VAC_RECEIVED, "2026-01", allUnique)).isEqualTo(3);
    // exchanges: VDAB's shareable vacancies reached FOREM (v1 in January, v3 in February)
    assertThat(
            value(
                Statistic.VAC_EXCHANGED,
                "2026-01",
                k(Dimension.SOURCE, "VDAB", Dimension.RECIPIENT, "FOREM")))
        .isEqualTo(1);
    assertThat(
            value(
                Statistic.VAC_EXCHANGED,
                "2026",
                k(Dimension.SOURCE, "VDAB", Dimension.RECIPIENT, "FOREM")))
        .isEqualTo(2);
    // January and February are final, March provisional
    assertThat(status(Statistic.VAC_RECEIVED, "2026-01")).isEqualTo('A');
    assertThat(status(Statistic.VAC_OPEN, "2026-03")).isEqualTo('P');

    // duplicate detection runs late: the Gent job of VDAB and FOREM is one cluster
    clusters.process(1000);
    Statistics.ComputeReport r =
        statistics.compute(YearMonth.of(2026, 1), YearMonth.of(2026, 3), "late clustering");
    assertThat(r.revised()).isPositive();
    assertThat(value(Statistic.VAC_RECEIVED, "2026-01", allUnique)).isEqualTo(2);
    assertThat(value(Statistic.VAC_RECEIVED, "2026-01", all)).isEqualTo(3);
    assertThat(value(Statistic.VAC_OPEN, "2026-02", allUnique)).isEqualTo(2); // v1+f1, v3
    HubClient hub = new HubClient(port);
    JsonNode revisions = hub.get("/api/v1/statistics/VAC_RECEIVED/revisions", null).json();
    JsonNode jan =
        revisions
            .valueStream()
            .filter(
                x ->
                    x.get("period").asString().equals("2026-01")
                        && x.get("series")
                            .asString()
                            .equals(
                                SeriesKey.encode(Statistic.VAC_RECEIVED.dimensions(), allUnique)))
            .findFirst()
            .orElseThrow();
    assertThat(jan.get("oldValue").asLong()).isEqualTo(3);
    assertThat(jan.get("newValue").asString()).isEqualTo("C"); // 2 is below the threshold
    assertThat(jan.get("reason").asString()).isEqualTo("late clustering");
    assertThat(jan.get("revision").asInt()).isEqualTo(1);
  }

  static final String DEMAND =
      """
      statistic,period,sex,age,value
      JOB_DEMAND,2026-01,,,100
      JOB_DEMAND,2026-01,M,,60
      JOB_DEMAND,2026-01,F,,40
      JOB_DEMAND,2026-01,,Y_LT25,2
      JOB_DEMAND,2026-01,,Y25T49,78
      JOB_DEMAND,2026-01,,Y_GE50,20
      """;

  private static String seedEntry(String statistic, String institution) {
    MethodologySeed.SeedEntry e =
        MethodologySeed.load().stream()
            .filter(x -> x.statistic().equals(statistic) && x.institution().equals(institution))
            .findFirst()
            .orElseThrow();
    return HubClient.JSON.writeValueAsString(e.entry());
  }

  @Test
  void membersUploadTheirFiguresReviseThemWithAReasonAndDocumentThemForTheOthers()
      throws Exception {
    String forem = keys.create(FOREM, "t", EnumSet.of(Scope.STATISTICS_SUBMIT)).secret();
    String vdab = keys.create(VDAB, "t", EnumSet.of(Scope.STATISTICS_SUBMIT)).secret();
    String reader = keys.create(VDAB, "t", EnumSet.of(Scope.FEED_READ)).secret();
    HubClient hub = new HubClient(port);

    // bad uploads: 400 naming line, field and reason; nothing stored
    HttpResponse<String> bad =
        postCsv(
            "/api/v1/statistics/submissions",
            forem,
            DEMAND
                .replace("JOB_DEMAND,2026-01,F,,40", "JOB_DEMAND,2026-01,F,,-40")
                .replace(",,Y_GE50,20", ",,Y_OLD,20"));
    assertThat(bad.statusCode()).isEqualTo(400);
    JsonNode problems = HubClient.JSON.readTree(bad.body()).get("problems");
    assertThat(
            problems
                .valueStream()
                .map(x -> x.get("field").asString() + " " + x.get("code").asString()))
        .contains("lines[4].value negative-value", "lines[7].AGE unknown-code");
    assertThat(postCsv("/api/v1/statistics/submissions", reader, DEMAND).statusCode())
        .isEqualTo(403);
    assertThat(hub.get("/api/v1/statistics/submissions", forem).json().size()).isZero();

    // the first upload
    HttpResponse<String> ok = postCsv("/api/v1/statistics/submissions", forem, DEMAND);
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
    JsonNode receipt = HubClient.JSON.readTree(ok.body());
    assertThat(receipt.get("stored").get(0).get("revision").asInt()).isZero();
    assertThat(receipt.get("warnings").get(0).asString()).contains("No methodology entry of FOREM");

    // the same month again: a revision, refused without a reason
    String revised =
        DEMAND
            .replace(",,,100", ",,,101")
            .replace(",M,,60", ",M,,61")
            .replace(",,Y25T49,78", ",,Y25T49,79");
    HttpResponse<String> conflict = postCsv("/api/v1/statistics/submissions", forem, revised);
    assertThat(conflict.statusCode()).isEqualTo(409);
    assertThat(HubClient.JSON.readTree(conflict.body()).get("detail").asString())
        .contains("JOB_DEMAND 2026-01");
    // a quarter overlapping the stored month
    HttpResponse<String> quarter =
        postCsv(
            "/api/v1/statistics/submissions",
            forem,
            "statistic,period,value\nJOB_DEMAND,2026-Q1,300\n");
    assertThat(quarter.statusCode()).isEqualTo(400);
    assertThat(quarter.body()).contains("overlapping-period", "lines[2].period");
    // with a reason: stored as revision 1, the earlier values kept
    HttpResponse<String> withReason =
        postCsv("/api/v1/statistics/submissions?reason=late%20registrations", forem, revised);
    assertThat(withReason.statusCode()).as(withReason.body()).isEqualTo(200);
    assertThat(
            HubClient.JSON.readTree(withReason.body()).get("stored").get(0).get("revision").asInt())
        .isEqualTo(1);
    JsonNode revs =
        hub.get("/api/v1/statistics/JOB_DEMAND/revisions?institution=FOREM", null).json();
    assertThat(revs.valueStream().filter(x -> x.get("series").asString().contains("SEX=_T;AGE=_T")))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.get("oldValue").asLong()).isEqualTo(100);
              assertThat(x.get("newValue").asLong()).isEqualTo(101);
              assertThat(x.get("reason").asString()).isEqualTo("late registrations");
            });

    // methodology: another institution's entry is refused; the owner writes its own with a break
    String foremEntry = seedEntry("JOB_DEMAND", "FOREM");
    assertThat(
            hub.put("/api/v1/statistics/JOB_DEMAND/methodology/FOREM/2026", vdab, foremEntry)
                .status())
        .isEqualTo(403);
    assertThat(
            hub.put("/api/v1/statistics/JOB_DEMAND/methodology/FOREM/2026", forem, foremEntry)
                .status())
        .isEqualTo(200);
    assertThat(
            hub.put(
                    "/api/v1/statistics/JOB_DEMAND/methodology/VDAB/2026",
                    vdab,
                    seedEntry("JOB_DEMAND", "VDAB"))
                .status())
        .isEqualTo(200);
    JsonNode cmp =
        hub.get("/api/v1/statistics/JOB_DEMAND/methodology/comparison?year=2026&lang=fr", null)
            .json();
    Map<String, String> verdicts =
        cmp.get("headings")
            .valueStream()
            .collect(
                Collectors.toMap(x -> x.get("key").asString(), x -> x.get("verdict").asString()));
    assertThat(verdicts)
        .containsEntry("censusUnit", "CONVERGE")
        .containsEntry("scopeGeography", "DIVERGE")
        .containsEntry("breakdowns", "CONVERGE")
        .containsEntry("scopeIncludes", "DIVERGE");
    assertThat(cmp.get("headings").get(0).get("label").asString())
        .isEqualTo("Nom utilisé par l'institution");
    assertThat(cmp.get("breaks").get("FOREM").get(0).get("cause").asString())
        .isEqualTo("TECHNICAL");

    // open data without a key: SDMX-CSV with the break flag and suppression (threshold 3)
    String sdmx = hub.get("/api/v1/statistics/JOB_DEMAND/data?format=sdmx", null).raw().body();
    String[] lines = sdmx.split("\r\n");
    assertThat(lines[0]).startsWith("STRUCTURE,STRUCTURE_ID,ACTION,FREQ,INSTITUTION,REGION");
    assertThat(lines[0]).endsWith("TIME_PERIOD,OBS_VALUE,OBS_STATUS,CONF_STATUS");
    assertThat(sdmx)
        .contains(
            "dataflow,SYNERJOB:DF_JOB_DEMAND(1.0),I,M,FOREM,_T,_T,_T,_T,_T,_T,2026-01,101,B,F");
    // under 25: 2 is confidential; the age band that would reveal it is hidden too
    assertThat(sdmx).contains(",Y_LT25,_T,_T,2026-01,,B,C");
    assertThat(List.of(lines).stream().filter(l -> l.endsWith(",D"))).hasSize(1);
    // the reference metadata in German, as CSV
    String meta =
        hub.get("/api/v1/statistics/JOB_DEMAND/methodology?lang=de&format=csv&year=2026", null)
            .raw()
            .body();
    assertThat(meta).contains("FOREM,2026,1,true,censusUnit,Zähleinheit,PERSON");
    assertThat(meta).contains("seriesBreak,2026-01 TECHNICAL,JOB_DEMAND");
    // the hub's own entries are seeded, owned by SYNERJOB; a member cannot edit them
    assertThat(
            hub.get("/api/v1/statistics/VAC_OPEN/methodology?year=2026", null)
                .json()
                .get("entries")
                .get(0)
                .get("institution")
                .asString())
        .isEqualTo("SYNERJOB");
    assertThat(
            hub.put("/api/v1/statistics/VAC_OPEN/methodology/SYNERJOB/2026", vdab, foremEntry)
                .status())
        .isEqualTo(403);
  }
}
