package be.synerjob.hub.matching;

import static be.synerjob.hub.support.TestVacancies.vacancy;
import static org.assertj.core.api.Assertions.assertThat;

import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.organisation.ApiKeys;
import be.synerjob.hub.organisation.Scope;
import be.synerjob.hub.organisation.SharingAgreement;
import be.synerjob.hub.organisation.SharingAgreements;
import be.synerjob.hub.statistics.Dimension;
import be.synerjob.hub.statistics.StatPeriod;
import be.synerjob.hub.statistics.Statistic;
import be.synerjob.hub.statistics.Statistics;
import be.synerjob.hub.support.HubClient;
import be.synerjob.hub.vacancy.Vacancy;
import be.synerjob.hub.vacancy.VacancyJson;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Profiles, privacy, validation, matches with explanations, hard and soft limits, the batch with
 * candidates per region, deletion cascade, and mobility outcomes with the published tables, over
 * real HTTP with the shipped reference.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "hub.demo.enabled=false",
      "hub.scheduling.enabled=false",
      "hub.channel.sftp.enabled=false",
      "spring.datasource.url=jdbc:h2:mem:matching;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=60000"
    })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatchingApiTests {

  static final String WELDER =
      "http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b";

  @LocalServerPort int port;
  @Autowired ApiKeys keys;
  @Autowired SharingAgreements agreements;
  @Autowired JdbcTemplate jdbc;

  HubClient hub;
  String vdab;
  String forem;
  String actiris;
  String admin;
  String leuven;
  String gent;
  String lln;
  String hidden;

  @BeforeAll
  void publish() {
    hub = new HubClient(port);
    EnumSet<Scope> scopes = EnumSet.of(Scope.VACANCIES_PUBLISH, Scope.JOBSEEKERS_MANAGE);
    vdab = keys.create(MemberCode.VDAB, "t", scopes).secret();
    forem = keys.create(MemberCode.FOREM, "t", scopes).secret();
    actiris = keys.create(MemberCode.ACTIRIS, "t", scopes).secret();
    admin = keys.create(null, "t", EnumSet.of(Scope.ADMIN)).secret();
    // FOREM receives VDAB's shareable vacancies
    agreements.put(
        new SharingAgreement(
            MemberCode.FOREM, MemberCode.VDAB, true, false, false, Set.of(), null, null),
        "t");
    leuven = publish(vdab, vacancy(MemberCode.VDAB, "m-leuven", "3000", true, false));
    gent = publish(vdab, vacancy(MemberCode.VDAB, "m-gent", "9000", true, false));
    hidden = publish(vdab, vacancy(MemberCode.VDAB, "m-hidden", "3000", false, false));
    lln =
        publish(
            forem,
            vacancy(MemberCode.FOREM, "m-lln", "1348", true, false).toBuilder()
                .language("fr")
                .title("Soudeur (h/f/x)")
                .languages(List.of(new Vacancy.LanguageRequirement("fr", "B1")))
                .drivingLicences(List.of("B"))
                .build());
    HubClient.Response r = hub.put("/api/v1/jobseekers/JS-A1", forem, profile("nl", "A2", "B"));
    assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
  }

  private String publish(String key, Vacancy v) {
    JsonNode r = hub.post("/api/v1/vacancies/batch", key, "[" + VacancyJson.write(v) + "]").json();
    assertThat(r.get("counts").get("CREATED").asInt()).as(r.toString()).isEqualTo(1);
    return r.get("results").get(0).get("id").asString();
  }

  private static String profile(String lang, String level, String licence) {
    return """
        {"occupations":[{"scheme":"ESCO","code":"%s"}],
         "languages":[{"language":"fr","level":"C2"},{"language":"%s","level":"%s"}],
         "homePostcode":"1300","maxTravel":{"km":40},"drivingLicences":["%s"],
         "contracts":["PERMANENT"]}
        """
        .formatted(WELDER, lang, level, licence);
  }

  private List<String> ids(JsonNode matches) {
    List<String> out = new ArrayList<>();
    matches.get("matches").forEach(m -> out.add(m.get("vacancy").get("id").asString()));
    return out;
  }

  @Test
  void onlyTheOwnerSeesAProfileAndItsMatchesOthersGet404() {
    assertThat(hub.get("/api/v1/jobseekers/JS-A1", forem).status()).isEqualTo(200);
    for (String key : List.of(actiris, vdab)) {
      HubClient.Response get = hub.get("/api/v1/jobseekers/JS-A1", key);
      assertThat(get.status()).isEqualTo(404);
      assertThat(hub.get("/api/v1/jobseekers/JS-A1/matches", key).status()).isEqualTo(404);
      assertThat(hub.get("/api/v1/jobseekers/JS-A1/matches/stored", key).status()).isEqualTo(404);
      assertThat(hub.delete("/api/v1/jobseekers/JS-A1", key).status()).isEqualTo(404);
      // the same answer as for a profile that does not exist
      assertThat(hub.get("/api/v1/jobseekers/JS-NONE", key).status()).isEqualTo(404);
    }
    assertThat(hub.get("/api/v1/jobseekers/JS-A1", forem).status()).isEqualTo(200);
    assertThat(hub.get("/api/v1/jobseekers/JS-A1", null).status()).isEqualTo(401);
  }

  @Test
  void personalDataAndBadFieldsAreRefusedNamingFieldAndReason() {
    // a valid national register number (check digits 97 - n mod 97)
    long base = 850730033L;
    String nn = "85.07.30-033." + String.format("%02d", 97 - base % 97);
    HubClient.Response r =
        hub.put("/api/v1/jobseekers/" + nn.replace(" ", ""), forem, profile("nl", "B2", "B"));
    assertThat(r.status()).isEqualTo(400);
    assertThat(problem(r, "id")).isEqualTo("personal-data");
    assertThat(hub.get("/api/v1/jobseekers/" + nn, forem).status()).isEqualTo(404);

    String withMail =
        profile("nl", "B2", "B")
            .replace("\"contracts\"", "\"note\":\"call jan.peeters@example.be\",\"contracts\"");
    assertThat(problem(hub.put("/api/v1/jobseekers/JS-X", forem, withMail), "note"))
        .isEqualTo("personal-data");
    String withPhone =
        profile("nl", "B2", "B")
            .replace("\"contracts\"", "\"note\":\"gsm 0470 12 34 56\",\"contracts\"");
    assertThat(problem(hub.put("/api/v1/jobseekers/JS-X", forem, withPhone), "note"))
        .isEqualTo("personal-data");
    assertThat(
            problem(
                hub.put("/api/v1/jobseekers/JS+0470123456", forem, profile("nl", "B2", "B")), "id"))
        .isIn("invalid-id", "personal-data");

    HubClient.Response bad =
        hub.put(
            "/api/v1/jobseekers/JS-X",
            forem,
            profile("nl", "B3", "Z").replace("1300", "9999").replace(WELDER, WELDER + "-nope"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(problem(bad, "languages[1].level")).isEqualTo("invalid-level");
    assertThat(problem(bad, "homePostcode")).isEqualTo("unknown-postcode");
    assertThat(problem(bad, "drivingLicences[0]")).isEqualTo("invalid-licence");
    assertThat(problem(bad, "occupations[0].code")).isEqualTo("unknown-code");
    assertThat(hub.get("/api/v1/jobseekers/JS-X", forem).status()).isEqualTo(404);

    String both = profile("nl", "B2", "B").replace("{\"km\":40}", "{\"km\":40,\"minutes\":30}");
    assertThat(problem(hub.put("/api/v1/jobseekers/JS-X", forem, both), "maxTravel"))
        .isEqualTo("ambiguous");
    assertThat(hub.get("/api/v1/jobseekers/JS-A1/matches?soft=speed", forem).status())
        .isEqualTo(400);
  }

  private static String problem(HubClient.Response r, String field) {
    assertThat(r.status()).as(r.raw().body()).isEqualTo(400);
    for (JsonNode p : r.json().get("problems")) {
      if (p.get("field").asString().equals(field)) {
        return p.get("code").asString();
      }
    }
    throw new AssertionError("no problem on " + field + " in " + r.raw().body());
  }

  @Test
  void romeAndMinutesAreTranslated() {
    String rome =
        """
        {"occupations":[{"scheme":"ROME","code":"h2913"}],"homePostcode":"4000",
         "maxTravel":{"minutes":60},"car":false}
        """;
    HubClient.Response r = hub.put("/api/v1/jobseekers/JS-ROME", forem, rome);
    assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
    JsonNode p = r.json().get("profile");
    assertThat(p.get("occupations").get(0).get("code").asString()).isEqualTo("H2913");
    assertThat(p.get("occupations").get(0).get("esco").size()).isPositive();
    assertThat(p.get("maxTravel").get("effectiveKm").asInt()).isEqualTo(25);
    assertThat(p.get("homeRegion").asString()).isEqualTo("WAL");
    assertThat(hub.put("/api/v1/jobseekers/JS-ROME", forem, rome).json().get("status").asString())
        .isEqualTo("UNCHANGED");
  }

  @Test
  void hardLimitsExcludeSoftLimitsExplain() {
    JsonNode hard = hub.get("/api/v1/jobseekers/JS-A1/matches", forem).json();
    assertThat(ids(hard)).containsExactly(lln);
    JsonNode first = hard.get("matches").get(0);
    assertThat(codes(first))
        .contains("OCCUPATION_SAME", "LANGUAGE_OK", "DISTANCE", "LICENCE_OK", "CONTRACT_OK");

    JsonNode soft = hub.get("/api/v1/jobseekers/JS-A1/matches?soft=language&lang=fr", forem).json();
    // (another test may have published a second Leuven vacancy)
    assertThat(ids(soft)).contains(lln, leuven).doesNotContain(gent, hidden);
    JsonNode leuvenMatch = match(soft, leuven);
    JsonNode weak = reason(leuvenMatch, "LANGUAGE_TOO_WEAK");
    assertThat(weak.get("fits").asBoolean()).isFalse();
    assertThat(weak.get("params").get("language").asString()).isEqualTo("nl");
    assertThat(weak.get("params").get("required").asString()).isEqualTo("B2");
    assertThat(weak.get("params").get("has").asString()).isEqualTo("A2");
    assertThat(weak.get("message").asString()).isEqualTo("exige néerlandais B2, a A2");
    assertThat(leuvenMatch.get("softLimitsBroken").toString()).contains("LANGUAGE");
    assertThat(match(soft, lln).get("score").asInt())
        .isGreaterThan(leuvenMatch.get("score").asInt());

    JsonNode all =
        hub.get("/api/v1/jobseekers/JS-A1/matches?soft=language,distance&lang=nl", forem).json();
    assertThat(ids(all)).contains(lln, leuven, gent).doesNotContain(hidden);
    JsonNode far = reason(match(all, gent), "TOO_FAR");
    assertThat(far.get("params").get("limit").asInt()).isEqualTo(40);
    assertThat(far.get("params").get("km").asInt()).isGreaterThan(40);
    assertThat(far.get("message").asString()).matches("\\d+ km, voorbij de limiet van 40");
    JsonNode near = reason(match(all, leuven), "DISTANCE");
    assertThat(near.get("message").asString()).matches("\\d+ km, limiet 40");
    assertThat(near.get("params").get("km").asInt()).isBetween(20, 40);

    // licence: a profile without B loses the LLN vacancy unless the limit is soft
    assertThat(hub.put("/api/v1/jobseekers/JS-NOLIC", forem, profile("nl", "C1", "AM")).status())
        .isEqualTo(201);
    assertThat(ids(hub.get("/api/v1/jobseekers/JS-NOLIC/matches", forem).json()))
        .contains(leuven)
        .doesNotContain(lln, gent, hidden);
    JsonNode lic =
        hub.get("/api/v1/jobseekers/JS-NOLIC/matches?soft=licence&lang=de", forem).json();
    assertThat(reason(match(lic, lln), "LICENCE_MISSING").get("message").asString())
        .isEqualTo("verlangt Führerschein B");
  }

  private static List<String> codes(JsonNode match) {
    List<String> out = new ArrayList<>();
    match.get("reasons").forEach(r -> out.add(r.get("code").asString()));
    return out;
  }

  private static JsonNode match(JsonNode matches, String id) {
    for (JsonNode m : matches.get("matches")) {
      if (m.get("vacancy").get("id").asString().equals(id)) {
        return m;
      }
    }
    throw new AssertionError(id + " not in " + matches);
  }

  private static JsonNode reason(JsonNode match, String code) {
    for (JsonNode r : match.get("reasons")) {
      if (r.get("code").asString().equals(code)) {
        return r;
      }
    }
    throw new AssertionError(code + " not in " + match);
  }

  @Test
  void batchStoresTopMatchesCountsPerRegionAndDeletionCascades() {
    assertThat(hub.put("/api/v1/jobseekers/JS-DEL", forem, profile("nl", "C1", "B")).status())
        .isEqualTo(201);
    assertThat(hub.post("/api/v1/matching/run?full=true", forem, "").status()).isEqualTo(403);
    JsonNode run = hub.post("/api/v1/matching/run?full=true", admin, "").json();
    assertThat(run.get("profiles").asInt()).isGreaterThanOrEqualTo(2);
    JsonNode stored = hub.get("/api/v1/jobseekers/JS-DEL/matches/stored", forem).json();
    List<String> storedIds = new ArrayList<>();
    stored.forEach(s -> storedIds.add(s.get("vacancyId").asString()));
    assertThat(storedIds).containsExactlyInAnyOrder(lln, leuven);

    // the owner of the Leuven vacancy sees counts per region, never who; another member gets 404
    JsonNode regions =
        hub.get("/api/v1/vacancies/" + leuven + "/candidates-by-region", vdab).json();
    assertThat(regions.toString()).doesNotContain("JS-");
    JsonNode wal = null;
    for (JsonNode r : regions.get("regions")) {
      if (r.get("region").asString().equals("WAL")) {
        wal = r;
      }
    }
    assertThat(wal.get("jobseekers").asString()).isEqualTo("<5");
    assertThat(hub.get("/api/v1/vacancies/" + leuven + "/candidates-by-region", forem).status())
        .isEqualTo(404);

    // incremental: a new VDAB vacancy in Leuven reaches the stored matches without a full run
    String leuven2 = publish(vdab, vacancy(MemberCode.VDAB, "m-leuven-2", "3001", true, false));
    hub.post("/api/v1/matching/run", admin, "");
    List<String> after = new ArrayList<>();
    hub.get("/api/v1/jobseekers/JS-DEL/matches/stored", forem)
        .json()
        .forEach(s -> after.add(s.get("vacancyId").asString()));
    assertThat(after).contains(leuven2);

    assertThat(count("jobseeker_match", "JS-DEL")).isPositive();
    assertThat(hub.delete("/api/v1/jobseekers/JS-DEL", forem).status()).isEqualTo(204);
    assertThat(count("jobseeker_match", "JS-DEL")).isZero();
    assertThat(count("jobseeker_occupation", "JS-DEL")).isZero();
    assertThat(hub.get("/api/v1/jobseekers/JS-DEL", forem).status()).isEqualTo(404);
  }

  private int count(String table, String id) {
    return jdbc.queryForObject(
        "SELECT COUNT(*) FROM " + table + " WHERE member_code = 'FOREM' AND profile_id = ?",
        Integer.class,
        id);
  }

  @Test
  void outcomesAreValidatedIdempotentAndPublished() throws Exception {
    String body =
        """
        {"outcomes":[
          {"id":"o-1","kind":"HIRED","month":"2023-03","originMember":"FOREM","destinationMember":"VDAB",
           "originRegion":"WAL","destinationRegion":"VLG","persons":7},
          {"id":"o-2","kind":"TRAINED","month":"2023-04","originMember":"BF","destinationMember":"FOREM",
           "originRegion":"BRU","destinationRegion":"WAL"},
          {"id":"o-3","kind":"HIRED","month":"2023-13","originMember":"VDAB",
           "originRegion":"XX","destinationRegion":"VLG"},
          {"id":"o-4","kind":"CROSS_BORDER_TRAINING","month":"2023-05","originMember":"FOREM",
           "originRegion":"WAL","destinationRegion":"VLG"}
        ]}
        """;
    JsonNode r = hub.post("/api/v1/mobility/outcomes", forem, body).json();
    assertThat(r.get("counts").get("CREATED").asInt()).isEqualTo(2);
    assertThat(r.get("counts").get("REJECTED").asInt()).isEqualTo(2);
    String rejected = r.get("results").get(2).toString();
    assertThat(rejected).contains("outcomes[2].month", "outcomes[2].originRegion", "not-yours");
    assertThat(r.get("results").get(3).toString()).contains("invalid-country");
    JsonNode again = hub.post("/api/v1/mobility/outcomes", forem, body).json();
    assertThat(again.get("counts").get("UNCHANGED").asInt()).isEqualTo(2);
    assertThat(again.get("counts").has("CREATED")).isFalse();

    String csv =
        "id,kind,month,originMember,destinationMember,originRegion,destinationRegion,persons\n"
            + "o-1,HIRED,2023-03,FOREM,VDAB,WAL,VLG,9\n"
            + "o-5,HIRED,2023-11,FOREM,VDAB,WAL,VLG,3\n";
    HttpResponse<String> up =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/mobility/outcomes"))
                    .header("Authorization", "Bearer " + forem)
                    .header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString(csv))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(up.body()).contains("\"UPDATED\":1", "\"CREATED\":1");

    // published without a key
    JsonNode year =
        hub.get("/api/v1/mobility/figures/flows?by=year&from=2023-01&to=2023-12", null).json();
    JsonNode f = year.get("flows").get(0);
    assertThat(f.get("period").asString()).isEqualTo("2023");
    assertThat(f.get("originRegion").asString()).isEqualTo("WAL");
    assertThat(f.get("destinationRegion").asString()).isEqualTo("VLG");
    assertThat(f.get("persons").asLong()).isEqualTo(12);
    String monthly =
        hub.getRaw("/api/v1/mobility/figures/flows?format=csv&from=2023-01&to=2023-12", null);
    assertThat(monthly)
        .startsWith("period,kind,originRegion,destinationRegion,persons\n")
        .contains("2023-03,HIRED,WAL,VLG,9\n", "2023-11,HIRED,WAL,VLG,3\n");
    JsonNode training = hub.get("/api/v1/mobility/figures/training?from=2023&to=2023", null).json();
    assertThat(training.get("flows").get(0).get("originMember").asString()).isEqualTo("BF");
    assertThat(training.get("flows").get(0).get("destinationMember").asString()).isEqualTo("FOREM");
    assertThat(training.get("flows").get(0).get("persons").asLong()).isEqualTo(1);
    assertThat(hub.post("/api/v1/mobility/outcomes", null, body).status()).isEqualTo(401);

    // The harmonised statistics take the hires across regions (MOBILITY_OUTCOMES).
    statistics.compute(java.time.YearMonth.of(2023, 1), java.time.YearMonth.of(2023, 12), "test");
    assertThat(
            statistics.observations(
                Statistic.MOBILITY_OUTCOMES,
                Statistic.HUB,
                "A",
                StatPeriod.year(2023),
                StatPeriod.year(2023)))
        .filteredOn(
            o ->
                "WAL".equals(o.series().get(Dimension.ORIGIN_REGION))
                    && "VLG".equals(o.series().get(Dimension.DESTINATION_REGION)))
        .singleElement()
        .satisfies(o -> assertThat(o.value()).isEqualTo(12));
  }

  @Autowired Statistics statistics;

  @Autowired be.synerjob.hub.reference.Reference reference;
  @Autowired be.synerjob.hub.geo.Gazetteer gazetteer;

  /**
   * The evaluation of docs/matching.md on a labelled set: generated vacancies as background, and
   * for each profile planted suitable vacancies and hard cases (right occupation but language too
   * weak; right language but too far). A vacancy is labelled suitable for a profile when it has the
   * wished occupation, is within the travel limit and needs no language or licence the profile
   * lacks.
   */
  @Test
  void evaluationOnALabelledSet() {
    MatchingWorkbench bench = new MatchingWorkbench(reference, gazetteer);
    java.time.LocalDate today = java.time.LocalDate.of(2026, 3, 1);
    be.synerjob.hub.demo.VacancyGenerator gen =
        new be.synerjob.hub.demo.VacancyGenerator(gazetteer, 11, today);
    java.util.Map<java.util.UUID, Vacancy> all = new java.util.HashMap<>();
    List<Vacancy> background = new ArrayList<>();
    for (MemberCode m : be.synerjob.hub.demo.VacancyGenerator.members()) {
      for (Vacancy v : gen.generate(m, 0, 1500)) {
        Vacancy withId = v.toBuilder().id(java.util.UUID.randomUUID()).build();
        if (bench.add(withId)) {
          all.put(withId.id(), withId);
          background.add(withId);
        }
      }
    }
    java.util.SplittableRandom r = new java.util.SplittableRandom(5);
    List<be.synerjob.hub.geo.PostcodeArea> places =
        gazetteer.postcodes().stream().filter(p -> !p.special()).toList();
    int profiles = 60;
    int returnedHard = 0;
    int suitableHard = 0;
    int violationsHard = 0;
    int plantedFound = 0;
    int planted = 0;
    int hardCasesInHard = 0;
    int hardCasesInSoft = 0;
    int returnedSoft = 0;
    int violationsSoft = 0;
    int ideal = 0;
    int missedWithRoom = 0;
    for (int k = 0; k < profiles; k++) {
      Vacancy seed = background.get(r.nextInt(background.size()));
      String occupation = seed.occupations().get(0).code();
      be.synerjob.hub.geo.PostcodeArea home = places.get(r.nextInt(places.size()));
      int limit = 30 + r.nextInt(31);
      String nl = List.of("A1", "A2", "B1", "B2").get(r.nextInt(4));
      JobseekerProfile p =
          new JobseekerProfile(
              "EVAL-" + k,
              "FOREM",
              List.of(new JobseekerProfile.OccupationWish("ESCO", occupation, List.of(occupation))),
              List.of(),
              List.of(
                  new JobseekerProfile.LanguageSkill("fr", "C2"),
                  new JobseekerProfile.LanguageSkill("nl", nl),
                  new JobseekerProfile.LanguageSkill("en", "B1")),
              home.postcode(),
              null,
              new JobseekerProfile.Travel(limit, null, limit),
              List.of("B"),
              true,
              List.of(),
              List.of(),
              null,
              null,
              null);
      List<be.synerjob.hub.geo.PostcodeArea> near =
          places.stream()
              .filter(x -> bench.roadKm(home.postcode(), x.postcode()) <= 0.8 * limit)
              .toList();
      List<be.synerjob.hub.geo.PostcodeArea> far =
          places.stream()
              .filter(
                  x -> {
                    double km = bench.roadKm(home.postcode(), x.postcode());
                    return km > 1.3 * limit && km < 3 * limit;
                  })
              .toList();
      Set<java.util.UUID> suitablePlanted = new java.util.HashSet<>();
      Set<java.util.UUID> hardCases = new java.util.HashSet<>();
      for (int i = 0; i < 6; i++) {
        boolean suitable = i < 3;
        boolean weak = i == 3 || i == 4;
        be.synerjob.hub.geo.PostcodeArea where =
            (suitable || weak) ? near.get(r.nextInt(near.size())) : far.get(r.nextInt(far.size()));
        Vacancy v =
            seed.toBuilder()
                .id(java.util.UUID.randomUUID())
                .member("FOREM")
                .reference("EVAL-" + k + "-" + i)
                .workplace(
                    new Vacancy.Workplace(where.postcode(), null, null, where.region(), null))
                .languages(
                    List.of(
                        new Vacancy.LanguageRequirement(weak ? "nl" : "fr", weak ? "C2" : "B1")))
                .drivingLicences(List.of())
                .build();
        assertThat(bench.add(v)).isTrue();
        all.put(v.id(), v);
        (suitable ? suitablePlanted : hardCases).add(v.id());
      }
      planted += suitablePlanted.size();
      int available = 0;
      for (Vacancy v : all.values()) {
        if (v.occupations().get(0).code().equals(occupation) && !violates(bench, p, v)) {
          available++;
        }
      }
      ideal += Math.min(10, available);
      MatchingWorkbench.Prepared prepared = bench.prepare(p);
      int suitableBefore = suitableHard;
      int plantedBefore = plantedFound;
      for (MatchingWorkbench.Hit h : bench.top(prepared, Set.of(), 10, null, false)) {
        returnedHard++;
        Vacancy v = all.get(h.vacancy());
        boolean violates = violates(bench, p, v);
        violationsHard += violates ? 1 : 0;
        suitableHard += !violates && v.occupations().get(0).code().equals(occupation) ? 1 : 0;
        plantedFound += suitablePlanted.contains(h.vacancy()) ? 1 : 0;
        hardCasesInHard += hardCases.contains(h.vacancy()) ? 1 : 0;
      }
      if (plantedFound - plantedBefore < suitablePlanted.size()
          && suitableHard - suitableBefore < 10) {
        missedWithRoom++;
      }
      for (MatchingWorkbench.Hit h :
          bench.top(prepared, Set.of(Limit.LANGUAGE, Limit.DISTANCE), 10, null, false)) {
        returnedSoft++;
        violationsSoft += violates(bench, p, all.get(h.vacancy())) ? 1 : 0;
        hardCasesInSoft += hardCases.contains(h.vacancy()) ? 1 : 0;
      }
    }
    double precision = (double) suitableHard / returnedHard;
    System.out.printf(
        java.util.Locale.ROOT,
        "matching evaluation: %d profiles, %d vacancies; precision@10 %.3f (%d of %d returned;"
            + " ideal %d: suitable ones available within reach);"
            + " planted suitable found %d of %d; hard-limit violations with hard limits %d (%.3f);"
            + " hard cases returned: hard %d, soft %d; violations with language+distance soft %d of %d%n",
        profiles,
        bench.size(),
        precision,
        suitableHard,
        returnedHard,
        ideal,
        plantedFound,
        planted,
        violationsHard,
        (double) violationsHard / returnedHard,
        hardCasesInHard,
        hardCasesInSoft,
        violationsSoft,
        returnedSoft);
    assertThat(violationsHard).isZero();
    assertThat(hardCasesInHard).isZero();
    // every suitable vacancy ranks above every other: the top 10 hold min(10, available) of them
    assertThat(suitableHard).isEqualTo(ideal);
    assertThat(missedWithRoom).isZero();
    assertThat(hardCasesInSoft).isPositive();
  }

  /** The label's hard rules, written independently of the scorer. */
  private static boolean violates(MatchingWorkbench bench, JobseekerProfile p, Vacancy v) {
    if (bench.roadKm(p.homePostcode(), v.workplace().postcode()) > p.maxTravel().effectiveKm()) {
      return true;
    }
    List<String> order = List.of("A1", "A2", "B1", "B2", "C1", "C2");
    for (Vacancy.LanguageRequirement req :
        v.languages() == null ? List.<Vacancy.LanguageRequirement>of() : v.languages()) {
      String has =
          p.languages().stream()
              .filter(l -> l.language().equals(req.language()))
              .map(JobseekerProfile.LanguageSkill::level)
              .findFirst()
              .orElse(null);
      String need = req.level() == null ? "A1" : req.level();
      if (has == null || order.indexOf(has) < order.indexOf(need)) {
        return true;
      }
    }
    for (String l : v.drivingLicences() == null ? List.<String>of() : v.drivingLicences()) {
      if (!p.drivingLicences().contains(l)
          && !(l.equals("B") && p.drivingLicences().contains("CE"))) {
        return true;
      }
    }
    return false;
  }
}
