package be.synerjob.hub.classification;

import static be.synerjob.hub.support.TestVacancies.vacancy;
import static org.assertj.core.api.Assertions.assertThat;

import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.organisation.ApiKeys;
import be.synerjob.hub.organisation.Scope;
import be.synerjob.hub.support.HubClient;
import be.synerjob.hub.vacancy.CodeScheme;
import be.synerjob.hub.vacancy.Vacancy;
import be.synerjob.hub.vacancy.VacancyJson;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The classification API and the coding of published vacancies, on a server with the shipped
 * reference imported.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "hub.demo.enabled=false",
      "hub.scheduling.enabled=false",
      "hub.channel.sftp.enabled=false",
      "hub.classification.review-threshold=0.5",
      "spring.datasource.url=jdbc:h2:mem:classification;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=60000"
    })
class ClassificationApiTests {

  static final String ESCO = "http://data.europa.eu/esco/occupation/";
  static final String WELDER = ESCO + "7aedaa07-3884-4c5b-88f9-80997b2aa54b";
  static final String CLEANER = ESCO + "303a1e34-cb16-4054-b323-81e5eec17397";
  static final String LORRY_DRIVER = ESCO + "45037d43-a8f5-4f46-b332-b2935bc305f4";

  @LocalServerPort int port;
  @Autowired ApiKeys keys;

  @Test
  void classifiesTitlesWithExplanationsAndNamesBadItems() {
    String key = keys.create(MemberCode.FOREM, "t", EnumSet.of(Scope.FEED_READ)).secret();
    HubClient hub = new HubClient(port);
    HubClient.Response ok =
        hub.post(
            "/api/v1/classification/occupations",
            key,
            """
            {"items": [
              {"id": "a", "title": "Vrachtwagenchauffeur CE (m/v/x)", "language": "nl"},
              {"id": "b", "title": "Soudeur H/F"}],
             "top": 3}
            """);
    assertThat(ok.status()).isEqualTo(200);
    JsonNode results = ok.json().get("results");
    assertThat(results.size()).isEqualTo(2);
    JsonNode a = results.get(0);
    assertThat(a.get("id").asString()).isEqualTo("a");
    JsonNode best = a.get("classification").get("matches").get(0);
    assertThat(best.get("uri").asString()).isEqualTo(LORRY_DRIVER);
    assertThat(best.get("explanation").get("label").asString()).isEqualTo("vrachtwagenchauffeur");
    assertThat(best.get("explanation").get("language").asString()).isEqualTo("nl");
    assertThat(a.get("classification").get("matches").size()).isEqualTo(3);
    JsonNode b = results.get(1).get("classification");
    assertThat(b.get("language").asString()).isEqualTo("fr");
    assertThat(b.get("languageDetected").asBoolean()).isTrue();
    assertThat(b.get("matches").get(0).get("uri").asString()).isEqualTo(WELDER);
    assertThat(ok.json().get("attribution").asString()).contains("ESCO");

    HubClient.Response bad =
        hub.post(
            "/api/v1/classification/occupations",
            key,
            "{\"items\": [{\"title\": \"Kok\", \"language\": \"es\"}, {\"title\": \" \"}]}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().toString())
        .contains("items[0].language", "items[1].title", "nl, fr, de, en");

    StringBuilder many = new StringBuilder("{\"items\": [");
    for (int i = 0; i < 101; i++) {
      many.append(i == 0 ? "" : ",").append("{\"title\": \"Kok\"}");
    }
    HubClient.Response tooMany =
        hub.post("/api/v1/classification/occupations", key, many.append("]}").toString());
    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(tooMany.json().toString()).contains("too-many");

    assertThat(hub.post("/api/v1/classification/occupations", null, "{\"items\": []}").status())
        .isEqualTo(401);
  }

  @Test
  void publishedVacanciesAreCodedAndSuppliedCodesWin() {
    String key = keys.create(MemberCode.VDAB, "t", EnumSet.of(Scope.VACANCIES_PUBLISH)).secret();
    HubClient hub = new HubClient(port);
    Vacancy base = vacancy(MemberCode.VDAB, "c-0", "9000", true, false);
    Vacancy supplied = base.toBuilder().reference("c-supplied").title("Poetsvrouw").build();
    Vacancy classified =
        base.toBuilder().reference("c-classified").title("Poetsvrouw").occupations(null).build();
    Vacancy vague =
        base.toBuilder()
            .reference("c-vague")
            .title("Medewerker")
            .description("Algemene taken.")
            .occupations(List.of())
            .build();
    Vacancy rome =
        base.toBuilder()
            .reference("c-rome")
            .title("Lasser TIG")
            .occupations(List.of(new Vacancy.OccupationCode(CodeScheme.ROME, "H2913", null)))
            .build();
    Vacancy invalid =
        base.toBuilder()
            .reference("c-invalid")
            .occupations(
                List.of(
                    new Vacancy.OccupationCode(
                        CodeScheme.ESCO, ESCO + "00000000-0000-4000-8000-000000000000", null)))
            .build();
    String body =
        "{\"vacancies\":["
            + String.join(
                ",",
                List.of(supplied, classified, vague, rome, invalid).stream()
                    .map(VacancyJson::write)
                    .toList())
            + "]}";
    JsonNode result = hub.post("/api/v1/vacancies/batch", key, body).json();
    assertThat(result.get("counts").get("CREATED").asInt()).isEqualTo(4);
    JsonNode rejected = result.get("results").get(4);
    assertThat(rejected.get("outcome").asString()).isEqualTo("REJECTED");
    assertThat(rejected.toString()).contains("occupations[0].code", "unknown-code");

    JsonNode s = coding(hub, key, "c-supplied");
    assertThat(s.get("method").asString()).isEqualTo("SUPPLIED");
    assertThat(s.get("code").asString()).isEqualTo(WELDER);
    assertThat(s.get("confidence").asDouble()).isEqualTo(1.0);
    assertThat(s.get("label").asString()).isEqualTo("lasser");

    JsonNode c = coding(hub, key, "c-classified");
    assertThat(c.get("method").asString()).isEqualTo("CLASSIFIED");
    assertThat(c.get("code").asString()).isEqualTo(CLEANER);
    assertThat(c.get("release").asString()).isEqualTo("1.2.1");
    assertThat(c.get("confidence").asDouble()).isGreaterThan(0.5);
    assertThat(c.has("needsReview") && c.get("needsReview").asBoolean()).isFalse();
    assertThat(c.get("basis").asString()).contains("poetsvrouw");

    JsonNode v = coding(hub, key, "c-vague");
    assertThat(v.get("method").asString()).isEqualTo("CLASSIFIED");
    assertThat(v.get("confidence").asDouble()).isLessThan(0.5);
    assertThat(v.get("needsReview").asBoolean()).isTrue();

    JsonNode r = coding(hub, key, "c-rome");
    assertThat(r.get("method").asString()).isEqualTo("CROSSWALK");
    assertThat(r.get("code").asString()).isEqualTo(WELDER);
    assertThat(r.get("basis").asString()).startsWith("rome:H2913");

    // the same content again is unchanged: the coding is deterministic
    JsonNode again = hub.post("/api/v1/vacancies/batch", key, body).json();
    assertThat(again.get("counts").get("UNCHANGED").asInt()).isEqualTo(4);
  }

  private static JsonNode coding(HubClient hub, String key, String reference) {
    HubClient.Response r = hub.get("/api/v1/vacancies/VDAB/" + reference, key);
    assertThat(r.status()).as(reference).isEqualTo(200);
    return r.json().get("occupationCoding");
  }
}
