package be.synerjob.hub.eures;

import static be.synerjob.hub.support.TestVacancies.vacancy;
import static org.assertj.core.api.Assertions.assertThat;

import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.organisation.ApiKeys;
import be.synerjob.hub.organisation.Scope;
import be.synerjob.hub.support.HubClient;
import be.synerjob.hub.vacancy.CodeScheme;
import be.synerjob.hub.vacancy.IncomingRecord;
import be.synerjob.hub.vacancy.Vacancy;
import be.synerjob.hub.vacancy.VacancyJson;
import be.synerjob.hub.vacancy.VacancyService;
import be.synerjob.hub.vacancy.VacancyStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The pull interface EURES calls, over HTTP on H2 with the shipped reference: the full list, the
 * changes since a time, details valid against the schema, what never appears, closed as closed, and
 * the reasons a vacancy cannot be expressed.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "hub.demo.enabled=false",
      "hub.scheduling.enabled=false",
      "hub.channel.sftp.enabled=false",
      "spring.datasource.url=jdbc:h2:mem:eures;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=60000"
    })
class EuresApiTests {

  static final String DRIVER_ROME = "N4101";

  @LocalServerPort int port;
  @Autowired ApiKeys keys;
  @Autowired EuresExchange exchange;
  @Autowired VacancyService vacancies;

  HubClient hub;
  String admin;
  String eures;
  String vdab;
  String forem;

  static Vacancy flagged(Vacancy v, boolean eures) {
    return v.toBuilder()
        .exchange(new Vacancy.ExchangeFlags(true, false, eures))
        .validThrough(LocalDate.now().plusDays(60))
        .build();
  }

  Map<String, String> publish(String key, Vacancy... vs) {
    List<String> items = new ArrayList<>();
    for (Vacancy v : vs) {
      items.add(VacancyJson.write(v));
    }
    JsonNode r =
        hub.post(
                "/api/v1/vacancies/batch", key, "{\"vacancies\":[" + String.join(",", items) + "]}")
            .json();
    Map<String, String> ids = new HashMap<>();
    for (JsonNode res : r.get("results")) {
      assertThat(res.get("outcome").asString()).as(res.toString()).isNotEqualTo("REJECTED");
      ids.put(res.get("reference").asString(), res.get("id").asString());
    }
    return ids;
  }

  static Set<String> refs(JsonNode list) {
    Set<String> out = new HashSet<>();
    list.forEach(n -> out.add(n.get("reference").asString()));
    return out;
  }

  @Test
  void euresPullsTheViewItMaySeeAndNothingElse() {
    hub = new HubClient(port);
    admin = keys.create(null, "admin", EnumSet.of(Scope.ADMIN)).secret();
    eures = keys.create(null, "EURES", EnumSet.of(Scope.EURES_READ)).secret();
    vdab = keys.create(MemberCode.VDAB, "t", EnumSet.of(Scope.VACANCIES_PUBLISH)).secret();
    forem = keys.create(MemberCode.FOREM, "t", EnumSet.of(Scope.VACANCIES_PUBLISH)).secret();

    // the EURES client's key reads nothing else, and a member's key cannot pull EURES
    assertThat(hub.get("/api/v1/eures/all", vdab).status()).isEqualTo(403);
    assertThat(hub.get("/api/v1/feed/changes", eures).status()).isEqualTo(403);

    JsonNode saved =
        hub.put(
                "/api/v1/admin/eures/agreements/VDAB",
                admin,
                "{\"active\":true,\"signedOn\":\"2026-01-01\",\"fromEuresPrefix\":\"EURES-\"}")
            .json();
    assertThat(saved.get("agreement").get("active").asBoolean()).isTrue();
    assertThat(saved.get("agreement").get("member").asString()).isEqualTo("VDAB");
    assertThat(
            hub.put("/api/v1/admin/eures/agreements/VDAB", admin, "{}")
                .json()
                .get("problems")
                .get(0)
                .get("field")
                .asString())
        .isEqualTo("active");

    Vacancy escoCoded = flagged(vacancy(MemberCode.VDAB, "E-1", "9000", true, false), true);
    Vacancy notFlagged = flagged(vacancy(MemberCode.VDAB, "E-2", "9000", true, false), false);
    Vacancy fromEuresByReference =
        flagged(vacancy(MemberCode.VDAB, "EURES-77", "9000", true, false), true);
    Vacancy romeOnly =
        flagged(vacancy(MemberCode.VDAB, "E-4", "3500", true, false), true).toBuilder()
            .occupations(List.of(new Vacancy.OccupationCode(CodeScheme.ROME, DRIVER_ROME, null)))
            .build();
    // no code, and a title the classifier cannot code with confidence (flagged for review)
    Vacancy uncoded =
        flagged(vacancy(MemberCode.VDAB, "E-5", "1000", true, false), true).toBuilder()
            .title("Zqxv wrtpl (m/v/x)")
            .occupations(List.of())
            .build();
    Map<String, String> ids =
        publish(vdab, escoCoded, notFlagged, fromEuresByReference, romeOnly, uncoded);
    Map<String, String> foremIds =
        publish(forem, flagged(vacancy(MemberCode.FOREM, "F-1", "4000", true, false), true));
    // a vacancy that arrived through the EURES inbound channel
    var viaEures =
        vacancies.publish(
            MemberCode.VDAB,
            List.of(
                IncomingRecord.parsed(
                    flagged(vacancy(MemberCode.VDAB, "E-6", "9000", true, false), true))),
            EuresView.EURES_CHANNEL);
    String viaEuresId = viaEures.results().get(0).id().toString();
    while (exchange.process(500) > 0) {}

    // the full list: exactly the two that may go and can be expressed
    JsonNode all = hub.get("/api/v1/eures/all", eures).json();
    assertThat(refs(all.get("allReferences")))
        .containsExactlyInAnyOrder(ids.get("E-1"), ids.get("E-4"));
    assertThat(all.get("allReferences").get(0).get("status").asString()).isEqualTo("ACTIVE");
    long asOf = all.get("asOf").asLong();

    // details: valid XML for those, missing for every vacancy that may not go
    List<String> asked =
        List.of(
            ids.get("E-1"),
            ids.get("E-4"),
            ids.get("E-2"),
            ids.get("EURES-77"),
            ids.get("E-5"),
            foremIds.get("F-1"),
            viaEuresId,
            "not-a-reference");
    JsonNode details =
        hub.post(
                "/api/v1/eures/details",
                eures,
                "{\"references\":" + HubClient.JSON.writeValueAsString(asked) + "}")
            .json();
    assertThat(details.get("details").propertyNames())
        .containsExactlyInAnyOrder(ids.get("E-1"), ids.get("E-4"));
    assertThat(details.get("missing").valueStream().map(JsonNode::asString))
        .containsExactlyInAnyOrder(
            ids.get("E-2"),
            ids.get("EURES-77"),
            ids.get("E-5"),
            foremIds.get("F-1"),
            viaEuresId,
            "not-a-reference");
    String xml1 = details.get("details").get(ids.get("E-1")).get("content").asString();
    String xml4 = details.get("details").get(ids.get("E-4")).get("content").asString();
    assertThat(EuresSchema.errors(xml1)).isEmpty();
    assertThat(EuresSchema.errors(xml4)).isEmpty();
    assertThat(xml1)
        .contains(">Active</PositionOpeningStatusCode>")
        .contains(">7212</JobCategoryCode>");
    // ROME N4101 crosswalked to ESCO through the reference, with its ISCO group
    assertThat(xml4)
        .contains("listName=\"ESCO_Occupations\"")
        .contains("http://data.europa.eu/esco/occupation/")
        .contains(">8332</JobCategoryCode>")
        .contains(">BE224</oa:CountrySubDivisionCode>") // Hasselt, from the gazetteer
        .contains("<oa:PostalCode>3500</oa:PostalCode>");
    assertThat(hub.get("/api/v1/eures/vacancies/" + ids.get("E-1"), eures).raw().body())
        .isEqualTo(xml1);
    assertThat(hub.get("/api/v1/eures/vacancies/" + ids.get("E-2"), eures).status()).isEqualTo(404);

    // the one that cannot be expressed, with its reason, in the API and in the quality monitoring
    JsonNode rejected = hub.get("/api/v1/eures/rejected", eures).json();
    assertThat(rejected).hasSize(1);
    assertThat(rejected.get(0).get("reference").asString()).isEqualTo(ids.get("E-5"));
    assertThat(rejected.get(0).get("field").asString()).isEqualTo("occupations");
    assertThat(rejected.get(0).get("code").asString()).isEqualTo("no-esco-or-isco-code");
    JsonNode flows = hub.get("/api/v1/quality/flows", admin).json();
    JsonNode euresFlow =
        flows
            .get("sources")
            .valueStream()
            .filter(s -> s.get("channel").asString().equals("EURES"))
            .findFirst()
            .orElseThrow();
    assertThat(euresFlow.get("rejected").asLong()).isEqualTo(1);
    assertThat(euresFlow.get("topReasons").get(0).get("code").asString())
        .isEqualTo("no-esco-or-isco-code");

    // changes since the full list: nothing yet; a time after the newest change is refused
    JsonNode none = hub.get("/api/v1/eures/changes?since=" + asOf, eures).json();
    assertThat(none.get("count").asInt()).isZero();
    assertThat(none.get("next").asLong()).isEqualTo(asOf);
    assertThat(hub.get("/api/v1/eures/changes?since=" + (asOf + 1), eures).status()).isEqualTo(400);
    assertThat(hub.get("/api/v1/eures/changes?since=yesterday", eures).status()).isEqualTo(400);

    // a change, a closing, a flag removed, the uncoded one coded, a non-EURES vacancy changed
    publish(
        vdab,
        escoCoded.toBuilder().title("Lasser TIG (m/v/x)").build(),
        romeOnly.toBuilder().status(VacancyStatus.CLOSED).build(),
        notFlagged.toBuilder().title("Anders").build(),
        uncoded.toBuilder()
            .occupations(List.of(new Vacancy.OccupationCode(CodeScheme.ISCO08, "8332", null)))
            .build());
    while (exchange.process(500) > 0) {}
    JsonNode changes = hub.get("/api/v1/eures/changes?since=" + asOf, eures).json();
    assertThat(refs(changes.get("modifiedReferences"))).containsExactly(ids.get("E-1"));
    assertThat(refs(changes.get("closedReferences"))).containsExactly(ids.get("E-4"));
    assertThat(refs(changes.get("createdReferences"))).containsExactly(ids.get("E-5"));
    assertThat(hub.get("/api/v1/eures/rejected", eures).json()).isEmpty();

    // closed shows as closed: in the details, not in the full list
    JsonNode closed =
        hub.post("/api/v1/eures/details", eures, "{\"references\":[\"" + ids.get("E-4") + "\"]}")
            .json()
            .get("details")
            .get(ids.get("E-4"));
    assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
    assertThat(closed.get("closingTimestamp").asLong()).isGreaterThan(asOf);
    assertThat(closed.get("content").asString()).contains(">Closed</PositionOpeningStatusCode>");
    assertThat(EuresSchema.errors(closed.get("content").asString())).isEmpty();
    assertThat(refs(hub.get("/api/v1/eures/all", eures).json().get("allReferences")))
        .containsExactlyInAnyOrder(ids.get("E-1"), ids.get("E-5"));

    // the agreement ends: everything of VDAB closes; it comes back: created anew
    assertThat(
            hub.put("/api/v1/admin/eures/agreements/VDAB", admin, "{\"active\":false}")
                .json()
                .get("events")
                .asInt())
        .isEqualTo(2);
    assertThat(hub.get("/api/v1/eures/all", eures).json().get("count").asInt()).isZero();
    assertThat(
            hub.put(
                    "/api/v1/admin/eures/agreements/VDAB",
                    admin,
                    "{\"active\":true,\"fromEuresPrefix\":\"EURES-\"}")
                .json()
                .get("events")
                .asInt())
        .isEqualTo(2);

    // paging one change at a time from 0 sees every change exactly once, in order
    JsonNode everything = hub.get("/api/v1/eures/changes?since=0&limit=10000", eures).json();
    List<String> full = new ArrayList<>();
    for (String kind : List.of("createdReferences", "modifiedReferences", "closedReferences")) {
      everything
          .get(kind)
          .forEach(
              c ->
                  full.add(
                      c.get("eventTimestamp").asLong()
                          + "/"
                          + c.get("kind").asString()
                          + "/"
                          + c.get("reference").asString()));
    }
    full.sort(null);
    List<String> paged = new ArrayList<>();
    long since = 0;
    while (true) {
      JsonNode page = hub.get("/api/v1/eures/changes?limit=1&since=" + since, eures).json();
      for (String kind : List.of("createdReferences", "modifiedReferences", "closedReferences")) {
        page.get(kind)
            .forEach(
                c ->
                    paged.add(
                        c.get("eventTimestamp").asLong()
                            + "/"
                            + c.get("kind").asString()
                            + "/"
                            + c.get("reference").asString()));
      }
      since = page.get("next").asLong();
      if (!page.get("more").asBoolean()) {
        break;
      }
    }
    assertThat(paged).isEqualTo(full).doesNotHaveDuplicates();
    // 3 created, 1 modified, 1 closed, then 2 closed and 2 created by the agreement
    assertThat(full).hasSize(9);
    assertThat(full.stream().map(s -> s.split("/")[0]).distinct()).hasSize(9);

    // statistics and metrics
    JsonNode stats = hub.get("/api/v1/eures/stats", admin).json();
    assertThat(stats.get("active").asLong()).isEqualTo(2);
    long created =
        stats
            .get("days")
            .valueStream()
            .filter(d -> d.get("kind").asString().equals("CREATED"))
            .mapToLong(d -> d.get("records").asLong())
            .sum();
    assertThat(created).isEqualTo(5);
    assertThat(hub.get("/actuator/prometheus", null).raw().body())
        .contains("hub_eures_events_total")
        .contains("hub_eures_lag_seconds")
        .contains("hub_eures_vacancies");
  }
}
