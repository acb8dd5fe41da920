package be.synerjob.hub.vacancy.web;

import static be.synerjob.hub.support.TestVacancies.vacancy;
import static org.assertj.core.api.Assertions.assertThat;

import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.organisation.ApiKeys;
import be.synerjob.hub.organisation.IssuedKey;
import be.synerjob.hub.organisation.Scope;
import be.synerjob.hub.support.HubClient;
import be.synerjob.hub.support.HubClient.Response;
import be.synerjob.hub.vacancy.Vacancy;
import be.synerjob.hub.vacancy.VacancyJson;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The HTTP contract end to end on a real server: keys and scopes, the publish API with its
 * per-record results, the feed over HTTP with ETag/304, and a precise problem document for every
 * kind of bad input.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "hub.demo.enabled=false",
      "hub.scheduling.enabled=false",
      "hub.api.max-body-bytes=2000000",
      "spring.datasource.url=jdbc:h2:mem:exchange-api;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=60000"
    })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExchangeApiTests {

  @LocalServerPort int port;
  @Autowired ApiKeys keys;
  @Autowired JdbcTemplate jdbc;

  HubClient hub;
  String vdab;
  String forem;
  String adg;
  String readOnlyForem;
  String admin;

  @BeforeAll
  void keysAndAgreements() {
    hub = new HubClient(port);
    vdab = key(MemberCode.VDAB, Scope.VACANCIES_PUBLISH, Scope.FEED_READ);
    forem = key(MemberCode.FOREM, Scope.VACANCIES_PUBLISH, Scope.FEED_READ);
    adg = key(MemberCode.ADG, Scope.FEED_READ);
    readOnlyForem = key(MemberCode.FOREM, Scope.FEED_READ);
    admin = keys.create(null, "ops", EnumSet.of(Scope.ADMIN)).secret();
    Response r =
        hub.put(
            "/api/v1/admin/agreements/FOREM/VDAB",
            admin,
            "{\"onlyShareable\":true,\"excludeTemporaryWorkAgencies\":true}");
    assertThat(r.status()).isEqualTo(200);
  }

  private String key(MemberCode m, Scope... scopes) {
    IssuedKey k = keys.create(m, "test " + m, EnumSet.of(scopes[0], scopes));
    return k.secret();
  }

  private static String batch(Vacancy... vs) {
    List<String> items = new ArrayList<>();
    for (Vacancy v : vs) {
      items.add(VacancyJson.write(v));
    }
    return "{\"vacancies\":[" + String.join(",", items) + "]}";
  }

  @Test
  void aPartnerKeyPublishesABatchAndAnotherPartnerSeesOnlyTheAllowedVacancies() {
    Response r =
        hub.post(
            "/api/v1/vacancies/batch",
            vdab,
            batch(
                vacancy(MemberCode.VDAB, "api-1", "9000", true, false),
                vacancy(MemberCode.VDAB, "api-2", "9000", false, false),
                vacancy(MemberCode.VDAB, "api-3", "2000", true, true)));
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("results"))
        .extracting(n -> n.get("outcome").asString())
        .containsExactly("CREATED", "CREATED", "CREATED");
    Response snapshot = hub.get("/api/v1/feed/snapshot", forem);
    assertThat(snapshot.status()).isEqualTo(200);
    List<String> refs = new ArrayList<>();
    snapshot.json().get("items").forEach(i -> refs.add(i.get("reference").asString()));
    assertThat(refs).contains("api-1").doesNotContain("api-2", "api-3");
    assertThat(hub.get("/api/v1/feed/snapshot", adg).json().get("count").asInt()).isZero();

    JsonNode one = hub.get("/api/v1/vacancies/VDAB/api-1", forem).json();
    assertThat(one.get("workplace").get("nisCode").asString()).isEqualTo("44021");
    assertThat(one.get("workplace").get("region").asString()).isEqualTo("FLANDERS");
    assertThat(one.get("employer").get("enterpriseNumber").asString()).isEqualTo("0403.170.701");
    assertThat(hub.get("/api/v1/vacancies/VDAB/api-2", forem).status()).isEqualTo(404);
    assertThat(hub.get("/api/v1/vacancies/VDAB/api-2", vdab).status()).isEqualTo(200);
    assertThat(hub.get("/api/v1/vacancies/" + one.get("id").asString(), adg).status())
        .isEqualTo(404);
  }

  @Test
  void anEmptyFeedPageIsAnsweredWith304WhenNothingChanged() {
    Response first = hub.get("/api/v1/feed/changes?limit=5000", forem);
    String next = first.json().get("next").asString();
    Response empty = hub.get("/api/v1/feed/changes?after=" + next, forem);
    assertThat(empty.json().get("items").size()).isZero();
    String etag = empty.header("ETag");
    assertThat(hub.get("/api/v1/feed/changes?after=" + next, forem, "If-None-Match", etag).status())
        .isEqualTo(304);
    hub.post(
        "/api/v1/vacancies/batch",
        vdab,
        batch(vacancy(MemberCode.VDAB, "etag-1", "9000", true, false)));
    Response fresh = hub.get("/api/v1/feed/changes?after=" + next, forem, "If-None-Match", etag);
    assertThat(fresh.status()).isEqualTo(200);
    assertThat(fresh.json().get("items").get(0).get("reference").asString()).isEqualTo("etag-1");
  }

  @Test
  void aPartnerCanReadReferencesOnlyAndFetchDetailsItMaySee() {
    Response r =
        hub.post(
            "/api/v1/vacancies/batch",
            vdab,
            batch(
                vacancy(MemberCode.VDAB, "ref-1", "9000", true, false),
                vacancy(MemberCode.VDAB, "ref-2", "9000", false, false)));
    String shared = r.json().get("results").get(0).get("id").asString();
    String hidden = r.json().get("results").get(1).get("id").asString();
    Response page = hub.get("/api/v1/feed/changes?include=none&limit=10000", forem);
    assertThat(page.json().get("items").valueStream()).allMatch(i -> !i.has("vacancy"));
    assertThat(page.json().get("items").valueStream().map(i -> i.get("vacancyId").asString()))
        .contains(shared);
    Response details =
        hub.post(
            "/api/v1/feed/details", forem, "{\"ids\":[\"" + shared + "\",\"" + hidden + "\"]}");
    assertThat(details.json().get("items").get(0).get("reference").asString()).isEqualTo("ref-1");
    assertThat(details.json().get("missing").get(0).asString()).isEqualTo(hidden);
    assertThat(hub.get("/api/v1/feed/changes?include=all", forem).json().get("detail").asString())
        .contains("valid values: vacancy, none");
    assertThat(
            hub.post("/api/v1/feed/details", forem, "{\"ids\":[\"nope\"]}")
                .json()
                .get("detail")
                .asString())
        .contains("ids[0]");
  }

  @Test
  void occupationAndCompetenceCodesAreCheckedAgainstTheReference() {
    Vacancy base = vacancy(MemberCode.VDAB, "codes-ok", "9000", true, false);
    Vacancy deprecated =
        base.toBuilder()
            .reference("codes-deprecated")
            .occupations(
                List.of(
                    new Vacancy.OccupationCode(
                        be.synerjob.hub.vacancy.CodeScheme.ESCO,
                        "http://data.europa.eu/esco/occupation/46d0568d-7415-4643-94aa-89d2470fbe3c",
                        null)))
            .build();
    Vacancy unknown =
        base.toBuilder()
            .reference("codes-unknown")
            .occupations(
                List.of(
                    new Vacancy.OccupationCode(
                        be.synerjob.hub.vacancy.CodeScheme.ROME, "Z9999", null)))
            .build();
    Response r = hub.post("/api/v1/vacancies/batch", vdab, batch(base, deprecated, unknown));
    JsonNode results = r.json().get("results");
    assertThat(results.get(0).get("outcome").asString()).isEqualTo("CREATED");
    JsonNode dep = results.get(1).get("problems").get(0);
    assertThat(dep.get("field").asString()).isEqualTo("occupations[0].code");
    assertThat(dep.get("code").asString()).isEqualTo("deprecated-code");
    assertThat(dep.get("reason").asString()).contains("1.2.0");
    JsonNode unk = results.get(2).get("problems").get(0);
    assertThat(unk.get("code").asString()).isEqualTo("unknown-code");
    assertThat(unk.get("reason").asString()).contains("Z9999");
  }

  @Test
  void aMemberCanOnlyWriteItsOwnVacancies() {

    Response put =
        hub.put(
            "/api/v1/vacancies/FOREM/x-1",
            vdab,
            VacancyJson.write(vacancy(MemberCode.FOREM, "x-1", "7000", true, false)));
    assertThat(put.status()).isEqualTo(403);
    assertThat(put.json().get("type").asString()).endsWith("/forbidden");
    Response foreign =
        hub.post(
            "/api/v1/vacancies/batch",
            vdab,
            batch(vacancy(MemberCode.FOREM, "x-2", "7000", true, false)));
    JsonNode result = foreign.json().get("results").get(0);
    assertThat(result.get("outcome").asString()).isEqualTo("REJECTED");
    assertThat(result.get("problems").get(0).get("field").asString()).isEqualTo("member");
    assertThat(result.get("problems").get(0).get("code").asString()).isEqualTo("foreign-member");
    assertThat(hub.post("/api/v1/vacancies/VDAB/api-1/close", forem, "").status()).isEqualTo(403);
  }

  @Test
  void putCreatesThenUpdatesAndCloseMasksContacts() {
    Vacancy v = vacancy(MemberCode.FOREM, "put-1", "7000", true, false);
    Response created = hub.put("/api/v1/vacancies/FOREM/put-1", forem, VacancyJson.write(v));
    assertThat(created.status()).isEqualTo(201);
    Response again = hub.put("/api/v1/vacancies/FOREM/put-1", forem, VacancyJson.write(v));
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().get("outcome").asString()).isEqualTo("UNCHANGED");
    Response closed = hub.post("/api/v1/vacancies/FOREM/put-1/close", forem, "");
    assertThat(closed.json().get("outcome").asString()).isEqualTo("CLOSED");
    JsonNode stored = hub.get("/api/v1/vacancies/FOREM/put-1", forem).json();
    assertThat(stored.get("status").asString()).isEqualTo("CLOSED");
    assertThat(stored.get("application").has("email")).isFalse();
    assertThat(stored.get("application").get("masked").asBoolean()).isTrue();
    JsonNode history = hub.get("/api/v1/vacancies/FOREM/put-1/versions", forem).json();
    assertThat(history.valueStream().map(h -> h.get("status").asString()))
        .containsExactly("OPEN", "CLOSED");
    JsonNode first = hub.get("/api/v1/vacancies/FOREM/put-1/versions?version=1", forem).json();
    assertThat(first.get("application").get("email").asString())
        .isEqualTo("jobs@peeters.example.be");
    assertThat(hub.get("/api/v1/vacancies/FOREM/put-1/versions", vdab).status()).isEqualTo(403);
    JsonNode listed = hub.get("/api/v1/vacancies?status=CLOSED", forem).json();
    assertThat(listed.get("items").valueStream().map(i -> i.get("reference").asString()))
        .contains("put-1");
    assertThat(hub.get("/api/v1/vacancies?member=VDAB", forem).status()).isEqualTo(403);
    assertThat(hub.get("/api/v1/vacancies?status=GONE", forem).json().get("detail").asString())
        .contains("OPEN, CLOSED");
    Response mismatch = hub.put("/api/v1/vacancies/FOREM/other", forem, VacancyJson.write(v));
    assertThat(mismatch.status()).isEqualTo(400);
    assertThat(mismatch.json().get("problems").get(0).get("code").asString()).isEqualTo("mismatch");
  }

  @Test
  void keysAreCheckedForPresenceValidityRevocationAndScope() {
    Response none = hub.get("/api/v1/feed/changes", null);
    assertThat(none.status()).isEqualTo(401);
    assertThat(none.header("Content-Type")).startsWith("application/problem+json");
    assertThat(none.json().get("type").asString())
        .isEqualTo("https://hub.synerjob.be/problems/unauthenticated");
    assertThat(hub.get("/api/v1/feed/changes", "sjh_notakey").status()).isEqualTo(401);

    Response scope = hub.post("/api/v1/vacancies/batch", readOnlyForem, batch());
    assertThat(scope.status()).isEqualTo(403);
    assertThat(scope.json().get("type").asString()).endsWith("/forbidden");
    assertThat(hub.get("/api/v1/admin/keys", vdab).status()).isEqualTo(403);

    Response created =
        hub.post(
            "/api/v1/admin/keys",
            admin,
            "{\"member\":\"ADG\",\"name\":\"short-lived\",\"scopes\":[\"feed:read\"]}");
    assertThat(created.status()).isEqualTo(201);
    String secret = created.json().get("secret").asString();
    String id = created.json().get("key").get("id").asString();
    assertThat(hub.get("/api/v1/feed/changes", secret).status()).isEqualTo(200);
    assertThat(hub.delete("/api/v1/admin/keys/" + id, admin).status()).isEqualTo(204);
    Response revoked = hub.get("/api/v1/feed/changes", secret);
    assertThat(revoked.status()).isEqualTo(401);
    assertThat(revoked.json().get("detail").asString()).contains("revoked");
    Integer audited =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM audit_event WHERE action = 'AUTH_FAILED'", Integer.class);
    assertThat(audited).isPositive();
    JsonNode listed = hub.get("/api/v1/admin/keys?member=ADG", admin).json();
    assertThat(listed.toString()).doesNotContain(secret.substring(13));
  }

  @Test
  void badRequestsGetAProblemThatNamesWhatIsWrong() {
    Response malformed =
        hub.post("/api/v1/vacancies/batch", vdab, "{\"vacancies\": [ {\"reference\": ");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.json().get("type").asString()).endsWith("/malformed-request");
    assertThat(malformed.json().get("detail").asString()).contains("not valid JSON");

    Response unknownMember = hub.get("/api/v1/vacancies/NOPE/x", vdab);
    assertThat(unknownMember.status()).isEqualTo(400);
    assertThat(unknownMember.json().get("detail").asString())
        .contains("unknown member 'NOPE'")
        .contains("VDAB");

    Response badCursor = hub.get("/api/v1/feed/changes?after=abc", forem);
    assertThat(badCursor.status()).isEqualTo(400);
    assertThat(badCursor.json().get("problems").get(0).get("field").asString()).isEqualTo("after");
    assertThat(hub.get("/api/v1/feed/changes?limit=0", forem).status()).isEqualTo(400);

    StringBuilder big = new StringBuilder("{\"vacancies\":[");
    for (int i = 0; i < 1001; i++) {
      big.append(i == 0 ? "" : ",").append("{}");
    }
    Response tooMany = hub.post("/api/v1/vacancies/batch", vdab, big.append("]}").toString());
    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(tooMany.json().get("type").asString()).endsWith("/batch-too-large");

    Response tooLarge =
        hub.post(
            "/api/v1/vacancies/batch",
            vdab,
            "{\"vacancies\":[{\"description\":\"" + "x".repeat(2_100_000) + "\"}]}");
    assertThat(tooLarge.status()).isEqualTo(413);
    assertThat(tooLarge.json().get("type").asString()).endsWith("/body-too-large");
  }

  @Test
  void eachInvalidRecordIsRejectedWithItsFieldAndReasonWhileTheOthersAreAccepted() {
    String body =
        """
        {"vacancies": [
          {"reference": "bad-types", "title": "Lasser", "language": "nl", "numberOfPosts": "many"},
          {"reference": "bad-values", "language": "xx", "title": "Lasser", "description": "Lassen.",
           "employer": {"name": "ACME", "enterpriseNumber": "0403.170.702"},
           "workplace": {"postcode": "9999"}, "contractType": "PERMANENT",
           "languages": [{"language": "nl", "level": "B3"}],
           "occupations": [{"scheme": "ROME", "code": "M18"}],
           "publicationDate": "2026-03-10", "validThrough": "2026-03-01",
           "salary": {"min": 3000, "max": 2000, "period": "MONTH"}},
          {"reference": "unknown-field", "titel": "Lasser"},
          {"reference": "good", "language": "fr", "title": "Soudeur (H/F/X)", "description": "Soudure TIG.",
           "employer": {"name": "ACME", "enterpriseNumber": "BE 0403 170 701"},
           "workplace": {"postcode": "B-7000"}, "contractType": "FIXED_TERM"}
        ]}
        """;
    Response r = hub.post("/api/v1/vacancies/batch", forem, body);
    assertThat(r.status()).isEqualTo(200);
    JsonNode results = r.json().get("results");
    assertThat(results.get(0).get("outcome").asString()).isEqualTo("REJECTED");
    assertThat(results.get(0).get("problems").get(0).get("field").asString())
        .isEqualTo("numberOfPosts");
    Map<String, String> reasons = new java.util.HashMap<>();
    results
        .get(1)
        .get("problems")
        .forEach(p -> reasons.put(p.get("field").asString(), p.get("code").asString()));
    assertThat(reasons)
        .containsEntry("language", "invalid-language")
        .containsEntry("employer.enterpriseNumber", "invalid-check-digits")
        .containsEntry("workplace.postcode", "unknown-postcode")
        .containsEntry("languages[0].level", "invalid-cefr")
        .containsEntry("occupations[0].code", "unknown-code")
        .containsEntry("validThrough", "incoherent-dates")
        .containsEntry("salary.max", "incoherent-range");
    assertThat(results.get(2).get("problems").get(0).get("reason").asString())
        .contains("Unknown field 'titel'");
    assertThat(results.get(3).get("outcome").asString()).isEqualTo("CREATED");
    assertThat(r.json().get("counts").get("REJECTED").asInt()).isEqualTo(3);
    JsonNode good = hub.get("/api/v1/vacancies/FOREM/good", forem).json();
    assertThat(good.get("workplace").get("postcode").asString()).isEqualTo("7000");
    assertThat(good.get("workplace").get("nisCode").asString()).isEqualTo("53053");
    assertThat(hub.get("/api/v1/vacancies/FOREM/bad-values", forem).status()).isEqualTo(404);
  }

  @Test
  void theApiIsDocumentedAndObservable() {
    Response docs = hub.get("/v3/api-docs", null);
    assertThat(docs.status()).isEqualTo(200);
    assertThat(docs.json().get("paths").has("/api/v1/vacancies/batch")).isTrue();
    assertThat(docs.json().get("paths").has("/api/v1/feed/changes")).isTrue();
    assertThat(docs.json().get("components").get("schemas").has("Vacancy")).isTrue();
    assertThat(hub.get("/actuator/health", null).json().get("status").asString()).isEqualTo("UP");
    String metrics = hub.get("/actuator/prometheus", null).raw().body();
    assertThat(metrics).contains("http_server_requests", "hub_feed_head");
    hub.post(
        "/api/v1/vacancies/batch",
        vdab,
        batch(vacancy(MemberCode.VDAB, "metric-1", "9000", true, false)));
    assertThat(hub.get("/actuator/prometheus", null).raw().body())
        .containsPattern(
            "hub_vacancies_published_total\\{channel=\"API\",member=\"VDAB\",outcome=\"CREATED\"\\} [1-9]");
    assertThat(hub.get("/api/v1/members", null).json().size()).isEqualTo(5);
    assertThat(hub.get("/swagger-ui.html", null).status()).isIn(200, 302);
  }
}
