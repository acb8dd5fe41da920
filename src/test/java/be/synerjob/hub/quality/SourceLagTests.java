package be.synerjob.hub.quality;

import static be.synerjob.hub.support.TestVacancies.vacancy;
import static org.assertj.core.api.Assertions.assertThat;

import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.organisation.ApiKeys;
import be.synerjob.hub.organisation.Scope;
import be.synerjob.hub.support.HubClient;
import be.synerjob.hub.vacancy.Vacancy;
import be.synerjob.hub.vacancy.VacancyJson;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The lag from a vacancy's change in the member's own system ({@code sourceUpdatedAt}) to the hub:
 * measured per flow and day, not part of the content, checked on input, alerting and in metrics.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "hub.demo.enabled=false",
      "hub.scheduling.enabled=false",
      "hub.channel.sftp.enabled=false",
      "hub.quality.max-source-lag=PT1H",
      "spring.datasource.url=jdbc:h2:mem:sourcelag;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=60000"
    })
class SourceLagTests {

  @LocalServerPort int port;
  @Autowired ApiKeys keys;
  @Autowired QualityAlerts alerts;

  @Test
  void lagsFromTheSourceAreMeasuredPerFlowAndDayAndAlertWhenHalfAreLate() {
    String actiris =
        keys.create(MemberCode.ACTIRIS, "t", EnumSet.of(Scope.VACANCIES_PUBLISH, Scope.FEED_READ))
            .secret();
    HubClient hub = new HubClient(port);
    Instant now = Instant.now();
    // 20 changed 30 s ago, 20 two hours ago, 20 ten hours ago
    IntFunction<Vacancy> sent =
        i ->
            vacancy(MemberCode.ACTIRIS, "lag-" + i, "1000", true, false).toBuilder()
                .sourceUpdatedAt(
                    now.minus(
                        i < 20
                            ? Duration.ofSeconds(30)
                            : i < 40 ? Duration.ofHours(2) : Duration.ofHours(10)))
                .build();
    List<String> items = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      items.add(VacancyJson.write(sent.apply(i)));
    }
    items.add(
        VacancyJson.write(
            vacancy(MemberCode.ACTIRIS, "lag-future", "1000", true, false).toBuilder()
                .sourceUpdatedAt(now.plus(Duration.ofHours(1)))
                .build()));
    items.add(
        VacancyJson.write(vacancy(MemberCode.ACTIRIS, "lag-local", "1000", true, false))
            .replaceFirst("\\{", "{\"sourceUpdatedAt\":\"2026-11-29T08:00:00\","));
    JsonNode result = batch(hub, actiris, items);
    assertThat(result.get("counts").get("CREATED").asInt()).isEqualTo(60);
    JsonNode future = result.get("results").get(60).get("problems").get(0);
    assertThat(future.get("field").asString()).isEqualTo("sourceUpdatedAt");
    assertThat(future.get("code").asString()).isEqualTo("in-future");
    JsonNode local = result.get("results").get(61).get("problems").get(0);
    assertThat(local.get("field").asString()).isEqualTo("sourceUpdatedAt");
    assertThat(local.get("reason").asString())
        .contains("2026-11-29T08:00:00")
        .contains("date-time with an offset");

    JsonNode lag = flow(hub, actiris).get("sourceLag");
    assertThat(lag.get("records").asLong()).isEqualTo(60);
    assertThat(lag.get("received").get("within1m").asLong()).isEqualTo(20);
    assertThat(lag.get("received").get("within6h").asLong()).isEqualTo(20);
    assertThat(lag.get("received").get("within24h").asLong()).isEqualTo(20);
    assertThat(lag.get("p50AtMostSeconds").asLong()).isEqualTo(21_600);
    assertThat(lag.get("maxSeconds").asLong()).isBetween(36_000L, 36_100L);
    assertThat(lag.get("p95AtMostSeconds").asLong()).isEqualTo(lag.get("maxSeconds").asLong());
    assertThat(lag.get("averageSeconds").asLong()).isBetween(14_400L, 14_500L);
    assertThat(flow(hub, actiris).get("days").get(0).get("sourceLag").get("records").asLong())
        .isEqualTo(60);

    // served with the vacancy
    String id = result.get("results").get(0).get("id").asString();
    assertThat(
            Instant.parse(
                hub.get("/api/v1/vacancies/" + id, actiris)
                    .json()
                    .get("sourceUpdatedAt")
                    .asString()))
        .isEqualTo(sent.apply(0).sourceUpdatedAt());

    // a re-send that only moves the source's timestamp changes nothing and measures nothing
    List<String> touched = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      touched.add(VacancyJson.write(sent.apply(i).toBuilder().sourceUpdatedAt(now).build()));
    }
    assertThat(batch(hub, actiris, touched).get("counts").get("UNCHANGED").asInt()).isEqualTo(20);
    assertThat(flow(hub, actiris).get("sourceLag").get("records").asLong()).isEqualTo(60);

    // more than half took longer than an hour: alert; then quick changes bring the median down
    assertThat(alerts.evaluate())
        .filteredOn(a -> a.kind().equals("SOURCE_LAG"))
        .singleElement()
        .satisfies(a -> assertThat(a.subject()).isEqualTo("ACTIRIS/API"));
    List<String> quick = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      quick.add(
          VacancyJson.write(
              sent.apply(i).toBuilder()
                  .title("Lasser " + i)
                  .sourceUpdatedAt(Instant.now().minusSeconds(100))
                  .build()));
    }
    assertThat(batch(hub, actiris, quick).get("counts").get("UPDATED").asInt()).isEqualTo(30);
    JsonNode after = flow(hub, actiris).get("sourceLag");
    assertThat(after.get("records").asLong()).isEqualTo(90);
    assertThat(after.get("received").get("within5m").asLong()).isEqualTo(30);
    assertThat(alerts.evaluate()).noneMatch(a -> a.kind().equals("SOURCE_LAG"));

    // a close the hub makes (by reference) carries no source time and measures nothing
    assertThat(hub.post("/api/v1/vacancies/ACTIRIS/lag-59/close", actiris, "").status())
        .isEqualTo(200);
    assertThat(flow(hub, actiris).get("sourceLag").get("records").asLong()).isEqualTo(90);

    assertThat(hub.get("/actuator/prometheus", null).raw().body())
        .contains("hub_exchange_source_lag_seconds_count{channel=\"API\",member=\"ACTIRIS\"")
        .contains("hub_exchange_source_lag_seconds_bucket{channel=\"API\",member=\"ACTIRIS\"");
  }

  private static JsonNode batch(HubClient hub, String key, List<String> items) {
    return hub.post(
            "/api/v1/vacancies/batch", key, "{\"vacancies\":[" + String.join(",", items) + "]}")
        .json();
  }

  private static JsonNode flow(HubClient hub, String key) {
    return hub.get("/api/v1/quality/flows", key)
        .json()
        .get("sources")
        .valueStream()
        .filter(s -> s.get("member").asString().equals("ACTIRIS"))
        .findFirst()
        .orElseThrow();
  }
}
