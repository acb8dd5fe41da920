package be.synerjob.hub.search;

import static be.synerjob.hub.support.TestVacancies.vacancy;
import static org.assertj.core.api.Assertions.assertThat;

import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.dedup.Clusters;
import be.synerjob.hub.organisation.ApiKeys;
import be.synerjob.hub.organisation.Scope;
import be.synerjob.hub.organisation.SharingAgreement;
import be.synerjob.hub.organisation.SharingAgreements;
import be.synerjob.hub.support.HubClient;
import be.synerjob.hub.vacancy.CodeScheme;
import be.synerjob.hub.vacancy.ContractType;
import be.synerjob.hub.vacancy.IncomingRecord;
import be.synerjob.hub.vacancy.RecordResult;
import be.synerjob.hub.vacancy.Vacancy;
import be.synerjob.hub.vacancy.VacancyService;
import be.synerjob.hub.vacancy.WorkRegime;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The search API on H2 with a handful of published vacancies: the counsellor's question in four
 * languages, filters, facets, cursors, sorting by distance, 400s for unknown codes, visibility, and
 * the index following publish, change and close.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "hub.demo.enabled=false",
      "hub.scheduling.enabled=false",
      "hub.channel.sftp.enabled=false",
      "hub.search.directory=memory",
      "spring.datasource.url=jdbc:h2:mem:search;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=60000"
    })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchApiTests {

  static final String WELDER =
      "http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b";
  static final String DRIVER =
      "http://data.europa.eu/esco/occupation/45037d43-a8f5-4f46-b332-b2935bc305f4";

  @LocalServerPort int port;
  @Autowired VacancyService vacancies;
  @Autowired Clusters clusters;
  @Autowired ApiKeys keys;
  @Autowired SharingAgreements agreements;
  @Autowired VacancySearch search;

  HubClient hub;
  String forem;
  String vdabPublisher;
  String admin;
  final Map<String, UUID> ids = new HashMap<>();

  private UUID publish(MemberCode m, Vacancy v) {
    RecordResult r =
        vacancies.publish(m, List.of(IncomingRecord.parsed(v)), "TEST").results().get(0);
    assertThat(r.problems()).isEmpty();
    ids.put(v.reference(), r.id());
    return r.id();
  }

  private static Vacancy job(
      MemberCode m, String ref, String postcode, String lang, String title, String occupation) {
    return vacancy(m, ref, postcode, true, false, title, null).toBuilder()
        .language(lang)
        .description(
            lang.equals("nl")
                ? "Voor onze werkplaats zoeken we een " + title.toLowerCase() + " met ervaring."
                : lang.equals("fr")
                    ? "Pour notre atelier, nous cherchons un "
                        + title.toLowerCase()
                        + " expérimenté."
                    : "Für unsere Werkstatt suchen wir einen " + title + ".")
        .occupations(List.of(new Vacancy.OccupationCode(CodeScheme.ESCO, occupation, null)))
        .employer(new Vacancy.Employer(ref.replace("-", "").toUpperCase() + " BV", null, false))
        .publicationDate(LocalDate.now().minusDays(ref.length() + ref.charAt(ref.length() - 1) % 7))
        .build();
  }

  private void sync() {
    clusters.process(1000);
    search.catchUp();
  }

  @BeforeAll
  void publishAFewVacancies() {
    agreements.put(
        new SharingAgreement(
            MemberCode.FOREM, MemberCode.VDAB, true, false, false, Set.of(), null, null),
        "t");
    agreements.put(
        new SharingAgreement(
            MemberCode.FOREM, MemberCode.ACTIRIS, false, false, false, Set.of(), null, null),
        "t");
    Vacancy halle = job(MemberCode.VDAB, "v-halle", "1500", "nl", "Lasser TIG (m/v/x)", WELDER);
    publish(MemberCode.VDAB, halle);
    publish(
        MemberCode.VDAB,
        job(MemberCode.VDAB, "v-geraardsbergen", "9500", "nl", "Staallasser", WELDER).toBuilder()
            .languages(List.of(new Vacancy.LanguageRequirement("nl", "B1")))
            .workRegime(WorkRegime.PART_TIME)
            .build());
    publish(MemberCode.VDAB, job(MemberCode.VDAB, "v-gent", "9000", "nl", "Lasser", WELDER));
    publish(
        MemberCode.VDAB,
        job(MemberCode.VDAB, "v-truck", "1500", "nl", "Vrachtwagenchauffeur CE", DRIVER).toBuilder()
            .contractType(ContractType.FIXED_TERM)
            .occupations(
                List.of(
                    new Vacancy.OccupationCode(CodeScheme.ESCO, DRIVER, null),
                    new Vacancy.OccupationCode(CodeScheme.ROME, "N4101", null)))
            .build());
    publish(
        MemberCode.VDAB,
        job(MemberCode.VDAB, "v-private", "1540", "nl", "Lasser", WELDER).toBuilder()
            .exchange(new Vacancy.ExchangeFlags(false, false, false))
            .build());
    publish(MemberCode.FOREM, job(MemberCode.FOREM, "f-mons", "7000", "fr", "Soudeur", WELDER));
    // ACTIRIS republishes the Halle job: the same cluster
    publish(MemberCode.ACTIRIS, halle.toBuilder().member("ACTIRIS").reference("a-halle").build());
    publish(MemberCode.ADG, job(MemberCode.ADG, "g-eupen", "4700", "de", "Schweißer", WELDER));
    Vacancy gone = job(MemberCode.VDAB, "v-closed", "1500", "nl", "Lasser", WELDER);
    publish(MemberCode.VDAB, gone);
    vacancies.close(MemberCode.VDAB, "v-closed", "TEST");
    sync();

    hub = new HubClient(port);
    forem = keys.create(MemberCode.FOREM, "t", EnumSet.of(Scope.FEED_READ)).secret();
    vdabPublisher = keys.create(MemberCode.VDAB, "t", EnumSet.of(Scope.VACANCIES_PUBLISH)).secret();
    admin = keys.create(null, "ops", EnumSet.of(Scope.ADMIN)).secret();
  }

  private JsonNode get(String key, String query) {
    HubClient.Response r = hub.get("/api/v1/vacancies/search?" + query, key);
    assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
    return r.json();
  }

  private Set<String> refs(JsonNode page) {
    Set<String> out = new HashSet<>();
    page.get("hits").forEach(h -> out.add(h.get("reference").asString()));
    return out;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void theFlemishVacanciesForAFrenchSpeakingWelderWithin40KmOfMonsInAnyLanguage() {
    for (String words :
        List.of(
            "soudeur&lang=fr",
            "lasser&lang=nl",
            enc("Schweißer") + "&lang=de",
            "welder&lang=en",
            "soudeuse")) {
      JsonNode page = get(forem, "q=" + words + "&region=VLG&postcode=7000&radiusKm=40");
      assertThat(refs(page))
          .as(words)
          .containsExactlyInAnyOrder("v-halle", "v-geraardsbergen", "a-halle");
      assertThat(page.get("total").asLong()).isEqualTo(3);
    }
    // sorted by distance: Geraardsbergen (35.5 km) before Halle (36.9 km)
    JsonNode byDistance =
        get(
            forem,
            "q=soudeur&lang=fr&region=VLG&postcode=7000&radiusKm=40&sort=distance&collapse=cluster");
    assertThat(byDistance.get("hits")).hasSize(2);
    assertThat(byDistance.get("hits").get(0).get("reference").asString())
        .isEqualTo("v-geraardsbergen");
    double d0 = byDistance.get("hits").get(0).get("distanceKm").asDouble();
    double d1 = byDistance.get("hits").get(1).get("distanceKm").asDouble();
    assertThat(d0).isBetween(30.0, 40.0).isLessThan(d1);
    assertThat(d1).isLessThanOrEqualTo(40.0);
    // without the radius, Gent (68 km) comes back; without the region, Mons itself
    assertThat(refs(get(forem, "q=soudeur&region=VLG"))).contains("v-gent");
    assertThat(refs(get(forem, "q=soudeur&postcode=7000&radiusKm=40"))).contains("f-mons");
    // highlights in the vacancy's own language when the word is in its text
    JsonNode nl = get(forem, "q=lasser&lang=nl&region=VLG&postcode=7000&radiusKm=40&sort=distance");
    assertThat(nl.get("hits").get(0).get("highlights").get("title").asString())
        .isEqualTo("<mark>Staallasser</mark>");
  }

  @Test
  void filtersAndFacets() {
    JsonNode all = get(admin, "limit=50");
    // every open vacancy, the closed one left out
    assertThat(refs(all))
        .containsExactlyInAnyOrder(
            "v-halle",
            "v-geraardsbergen",
            "v-gent",
            "v-truck",
            "v-private",
            "f-mons",
            "a-halle",
            "g-eupen");
    Map<String, Long> members = facet(all, "member");
    assertThat(members)
        .containsEntry("VDAB", 5L)
        .containsEntry("FOREM", 1L)
        .containsEntry("ADG", 1L);
    assertThat(facet(all, "region")).containsEntry("VLG", 6L).containsEntry("WAL", 2L);
    assertThat(facet(all, "iscoMajor")).containsEntry("7", 7L).containsEntry("8", 1L);
    assertThat(facet(all, "textLanguage"))
        .containsEntry("nl", 6L)
        .containsEntry("fr", 1L)
        .containsEntry("de", 1L);
    assertThat(all.get("facets").get("region").get(0).get("label").asString())
        .isEqualTo("Flemish Region");
    assertThat(
            get(admin, "limit=1&lang=fr")
                .get("facets")
                .get("region")
                .get(0)
                .get("label")
                .asString())
        .isEqualTo("Région flamande");

    // occupation at every level and in every scheme
    Set<String> welders =
        Set.of(
            "v-halle", "v-geraardsbergen", "v-gent", "v-private", "f-mons", "a-halle", "g-eupen");
    assertThat(refs(get(admin, "limit=50&occupation=" + enc(WELDER)))).isEqualTo(welders);
    assertThat(refs(get(admin, "limit=50&occupation=7212"))).isEqualTo(welders);
    assertThat(refs(get(admin, "limit=50&occupation=isco:72"))).isEqualTo(welders);
    assertThat(refs(get(admin, "limit=50&occupation=7"))).isEqualTo(welders);
    assertThat(refs(get(admin, "limit=50&occupation=8332"))).containsExactly("v-truck");
    assertThat(refs(get(admin, "limit=50&occupation=N4101"))).containsExactly("v-truck");
    assertThat(refs(get(admin, "limit=50&occupation=H2913"))).isEqualTo(welders);
    assertThat(refs(get(admin, "limit=50&occupation=7212&occupation=8332"))).hasSize(8);

    assertThat(refs(get(admin, "contract=FIXED_TERM"))).containsExactly("v-truck");
    assertThat(refs(get(admin, "regime=PART_TIME"))).containsExactly("v-geraardsbergen");
    assertThat(refs(get(admin, "member=ADG&member=FOREM")))
        .containsExactlyInAnyOrder("g-eupen", "f-mons");
    assertThat(refs(get(admin, "province=Hainaut"))).containsExactly("f-mons");
    assertThat(refs(get(admin, "postcode=9000"))).containsExactly("v-gent");
    assertThat(refs(get(admin, "municipality=44021"))).containsExactly("v-gent");
    // nl:B1 = a candidate with B1 Dutch: only the vacancy that asks no more than B1
    assertThat(refs(get(admin, "language=nl:B1&region=VLG"))).containsExactly("v-geraardsbergen");
    assertThat(refs(get(admin, "language=nl&region=VLG&limit=50"))).hasSize(6);
    // compound words: "chauffeur" finds the "Vrachtwagenchauffeur"
    assertThat(refs(get(admin, "q=chauffeur"))).containsExactly("v-truck");
    assertThat(refs(get(admin, "q=" + enc("camionneur") + "&lang=fr"))).containsExactly("v-truck");
    assertThat(get(admin, "since=2999-01-01").get("total").asLong()).isZero();
    // duplicates collapsed: the ACTIRIS copy of the Halle job is one hit with it
    assertThat(get(admin, "q=lasser&region=VLG&collapse=cluster&limit=50").get("hits")).hasSize(4);
    assertThat(get(admin, "q=lasser&region=VLG&limit=50").get("hits")).hasSize(5);
  }

  private static Map<String, Long> facet(JsonNode page, String name) {
    Map<String, Long> out = new HashMap<>();
    page.get("facets")
        .get(name)
        .forEach(v -> out.put(v.get("value").asString(), v.get("count").asLong()));
    return out;
  }

  @Test
  void cursorsWalkThroughEveryPageWithoutRepeats() {
    for (String order :
        List.of("sort=date", "sort=relevance&q=lasser", "sort=distance&postcode=7000")) {
      long total = get(admin, order + "&limit=1").get("total").asLong();
      List<String> seen = new ArrayList<>();
      String cursor = null;
      int pages = 0;
      do {
        JsonNode page =
            get(
                admin,
                order + "&limit=2&facets=false" + (cursor == null ? "" : "&cursor=" + cursor));
        page.get("hits").forEach(h -> seen.add(h.get("id").asString()));
        cursor =
            page.get("next") == null || page.get("next").isNull()
                ? null
                : page.get("next").asString();
        pages++;
      } while (cursor != null && pages < 20);
      assertThat(seen).as(order).doesNotHaveDuplicates().hasSize((int) total);
    }
    // a cursor of another order, or a made-up one, is a 400
    String next = get(admin, "sort=date&limit=1").get("next").asString();
    assertThat(
            hub.get("/api/v1/vacancies/search?sort=relevance&q=lasser&cursor=" + next, admin)
                .status())
        .isEqualTo(400);
    assertThat(hub.get("/api/v1/vacancies/search?cursor=nonsense", admin).status()).isEqualTo(400);
  }

  @Test
  void unknownCodesAre400sThatNameTheParameterAndTheValidValues() {
    Map<String, String> cases = new java.util.LinkedHashMap<>();
    cases.put("member=XYZ", "VDAB");
    cases.put("region=MARS", "VLG");
    cases.put("province=Atlantis", "BE-WHT");
    cases.put("contract=FOREVER", "PERMANENT");
    cases.put("regime=SOMETIMES", "FULL_TIME");
    cases.put("occupation=Z9", "ISCO-08");
    cases.put("occupation=isco:9999", "ROME");
    cases.put(
        "occupation="
            + enc("http://data.europa.eu/esco/occupation/00000000-0000-0000-0000-000000000000"),
        "ESCO");
    cases.put("competence=KN-10", "Competent");
    cases.put("language=xx", "ISO 639-1");
    cases.put("language=nl:B3", "B2");
    cases.put("postcode=9999", "Belgian postcode");
    cases.put("radiusKm=10", "postcode or municipality");
    cases.put("sort=distance", "postcode or municipality");
    cases.put("sort=price", "relevance, date, distance");
    cases.put("collapse=employer", "cluster");
    cases.put("lang=it", "nl, fr, de, en");
    cases.put("since=yesterday", "ISO date");
    cases.put("limit=1000", "between 1 and 100");
    for (Map.Entry<String, String> c : cases.entrySet()) {
      HubClient.Response r = hub.get("/api/v1/vacancies/search?" + c.getKey(), admin);
      assertThat(r.status()).as(c.getKey()).isEqualTo(400);
      String parameter = c.getKey().substring(0, c.getKey().indexOf('='));
      assertThat(r.json().get("type").asString()).endsWith("invalid-parameter");
      assertThat(r.json().get("problems").get(0).get("field").asString())
          .as(c.getKey())
          .isEqualTo(parameter);
      assertThat(r.json().get("detail").asString()).as(c.getKey()).contains(c.getValue());
    }
  }

  @Test
  void aKeySeesOnlyWhatItsAgreementsAllow() {
    JsonNode fo = get(forem, "limit=50");
    // own + VDAB's shareable ones + ACTIRIS; not VDAB's private one, not ADG (no agreement)
    assertThat(refs(fo))
        .containsExactlyInAnyOrder(
            "v-halle", "v-geraardsbergen", "v-gent", "v-truck", "f-mons", "a-halle");
    assertThat(facet(fo, "member")).doesNotContainKey("ADG").containsEntry("VDAB", 4L);
    assertThat(get(forem, "q=lasser&region=VLG&postcode=1540").get("total").asLong()).isZero();
    // a publishing key without feed:read sees its own vacancies only
    assertThat(facet(get(vdabPublisher, "limit=50"), "member"))
        .containsOnlyKeys("VDAB")
        .containsEntry("VDAB", 5L);
    assertThat(hub.get("/api/v1/vacancies/search", null).status()).isEqualTo(401);
  }

  @Test
  void theIndexFollowsPublishChangeAndCloseAndCanBeRebuilt() {
    String ref = "v-follow";
    UUID id =
        publish(MemberCode.VDAB, job(MemberCode.VDAB, ref, "8500", "nl", "Robotlasser", WELDER));
    assertThat(refs(get(admin, "q=robotlasser"))).isEmpty(); // not yet followed
    sync();
    assertThat(refs(get(admin, "q=robotlasser"))).containsExactly(ref);
    publish(
        MemberCode.VDAB, job(MemberCode.VDAB, ref, "8500", "nl", "Robotkraanmachinist", WELDER));
    sync();
    assertThat(refs(get(admin, "q=robotlasser"))).isEmpty();
    assertThat(refs(get(admin, "q=robotkraanmachinist"))).containsExactly(ref);
    vacancies.close(MemberCode.VDAB, ref, "TEST");
    sync();
    assertThat(refs(get(admin, "q=robotkraanmachinist"))).isEmpty();
    long position = search.position();
    assertThat(position).isPositive();

    long open = search.reindex();
    assertThat(open).isEqualTo(8).isEqualTo(search.indexed());
    assertThat(search.position()).isEqualTo(position);
    assertThat(refs(get(forem, "q=soudeur&lang=fr&region=VLG&postcode=7000&radiusKm=40")))
        .containsExactlyInAnyOrder("v-halle", "v-geraardsbergen", "a-halle");
    assertThat(get(admin, "q=lasser&region=VLG&collapse=cluster&limit=50").get("hits")).hasSize(4);
    assertThat(id).isNotNull();
    HubClient.Response r = hub.post("/api/v1/search/reindex", admin, "");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("indexed").asLong()).isEqualTo(8);
    assertThat(hub.post("/api/v1/search/reindex", forem, "").status()).isEqualTo(403);
    assertThat(
            search
                .search(
                    SearchQuery.builder().q("soudeur").region("VLG").build(),
                    SearchViewer.operatorView())
                .hits()
                .stream()
                .map(SearchResult.Hit::reference)
                .collect(Collectors.toSet()))
        .contains("v-gent", "v-private");
  }
}
