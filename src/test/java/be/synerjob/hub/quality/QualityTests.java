package be.synerjob.hub.quality;

import static be.synerjob.hub.support.TestVacancies.vacancy;
import static org.assertj.core.api.Assertions.assertThat;

import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.organisation.ApiKeys;
import be.synerjob.hub.organisation.Scope;
import be.synerjob.hub.organisation.SharingAgreement;
import be.synerjob.hub.organisation.SharingAgreements;
import be.synerjob.hub.support.HubClient;
import be.synerjob.hub.vacancy.Vacancy;
import be.synerjob.hub.vacancy.VacancyJson;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Flows, rejections with their reasons, partner lag, and alerts raised and resolved. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "hub.demo.enabled=false",
      "hub.scheduling.enabled=false",
      "hub.quality.max-partner-lag=PT0S",
      "spring.datasource.url=jdbc:h2:mem:quality;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=60000"
    })
class QualityTests {

  @LocalServerPort int port;
  @Autowired ApiKeys keys;
  @Autowired SharingAgreements agreements;
  @Autowired QualityAlerts alerts;

  @Test
  void aFlowWithManyRejectionsAndAPartnerBehindRaiseAlertsThatResolve() throws Exception {
    agreements.put(
        new SharingAgreement(
            MemberCode.FOREM, MemberCode.VDAB, true, false, false, Set.of(), null, null),
        "t");
    String vdab = keys.create(MemberCode.VDAB, "t", EnumSet.of(Scope.VACANCIES_PUBLISH)).secret();
    String forem = keys.create(MemberCode.FOREM, "t", EnumSet.of(Scope.FEED_READ)).secret();
    HubClient hub = new HubClient(port);
    List<String> items = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      Vacancy v = vacancy(MemberCode.VDAB, "q-" + i, i % 3 == 0 ? "9999" : "9000", true, false);
      items.add(VacancyJson.write(v));
    }
    JsonNode result =
        hub.post(
                "/api/v1/vacancies/batch",
                vdab,
                "{\"vacancies\":[" + String.join(",", items) + "]}")
            .json();
    assertThat(result.get("counts").get("REJECTED").asInt()).isEqualTo(20);

    JsonNode flows = hub.get("/api/v1/quality/flows", forem).json();
    JsonNode source = flows.get("sources").get(0);
    assertThat(source.get("member").asString()).isEqualTo("VDAB");
    assertThat(source.get("channel").asString()).isEqualTo("API");
    assertThat(source.get("accepted").asLong()).isEqualTo(40);
    assertThat(source.get("rejected").asLong()).isEqualTo(20);
    assertThat(source.get("topReasons").get(0).get("field").asString())
        .isEqualTo("workplace.postcode");
    assertThat(source.get("topReasons").get(0).get("code").asString())
        .isEqualTo("unknown-postcode");
    JsonNode foremFlow =
        flows
            .get("recipients")
            .valueStream()
            .filter(r -> r.get("recipient").asString().equals("FOREM"))
            .findFirst()
            .orElseThrow();
    assertThat(foremFlow.get("pendingChanges").asLong()).isEqualTo(40);
    assertThat(foremFlow.get("bySource").get(0).get("source").asString()).isEqualTo("VDAB");
    JsonNode coverage = flows.get("coverage").get(0);
    assertThat(coverage.get("open").asLong()).isEqualTo(40);
    assertThat(coverage.get("withOccupationCode").asDouble()).isEqualTo(1.0);

    String admin = keys.create(null, "t", EnumSet.of(Scope.ADMIN)).secret();
    JsonNode fill = hub.post("/api/v1/quality/fill-rates", admin, "").json().get(0);
    assertThat(fill.get("member").asString()).isEqualTo("VDAB");
    assertThat(fill.get("open").asLong()).isEqualTo(40);
    assertThat(fill.get("fields").get("occupations").asDouble()).isEqualTo(1.0);
    assertThat(fill.get("fields").get("employer.enterpriseNumber").asDouble()).isEqualTo(1.0);
    assertThat(fill.get("fields").get("salary").asDouble()).isEqualTo(0.0);
    assertThat(fill.get("fields").get("competences").asDouble()).isEqualTo(0.0);
    assertThat(hub.post("/api/v1/quality/fill-rates", forem, "").status()).isEqualTo(403);
    assertThat(
            hub.get("/api/v1/quality/flows", forem)
                .json()
                .get("fillRates")
                .get(0)
                .get("fields")
                .get("languages")
                .asDouble())
        .isEqualTo(1.0);

    Thread.sleep(1100);
    List<QualityAlerts.Alert> open = alerts.evaluate();
    assertThat(open)
        .extracting(QualityAlerts.Alert::kind)
        .containsExactlyInAnyOrder("REJECTIONS", "PARTNER_LAG");
    assertThat(alerts.evaluate()).hasSize(2); // raised once, not again

    hub.get("/api/v1/feed/changes?limit=1000", forem);
    assertThat(alerts.evaluate())
        .extracting(QualityAlerts.Alert::kind)
        .containsExactly("REJECTIONS");
    JsonNode all = hub.get("/api/v1/quality/alerts?all=true", forem).json();
    assertThat(all.valueStream().filter(a -> a.has("resolvedAt"))).hasSize(1);
    assertThat(hub.get("/actuator/prometheus", null).raw().body())
        .contains("hub_quality_alerts_open");
  }
}
