package be.synerjob.hub.channel;

import static be.synerjob.hub.support.TestVacancies.vacancy;
import static org.assertj.core.api.Assertions.assertThat;

import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.organisation.ApiKeys;
import be.synerjob.hub.organisation.Scope;
import be.synerjob.hub.organisation.SharingAgreement;
import be.synerjob.hub.organisation.SharingAgreements;
import be.synerjob.hub.support.HubClient;
import be.synerjob.hub.vacancy.IncomingRecord;
import be.synerjob.hub.vacancy.VacancyService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Operators manage export subscriptions over the admin API; a full export lands in the outbox. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "hub.demo.enabled=false",
      "hub.scheduling.enabled=false",
      "hub.reference.import-on-start=false",
      "hub.channel.sftp.root=target/exports-api-test/sftp",
      "spring.datasource.url=jdbc:h2:mem:exports-api;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=60000"
    })
class ExportsApiTests {

  @LocalServerPort int port;
  @Autowired ApiKeys keys;
  @Autowired SharingAgreements agreements;
  @Autowired VacancyService vacancies;

  @Test
  void anOperatorSubscribesAPartnerAndAFullExportLandsInItsOutbox() throws Exception {
    agreements.put(
        new SharingAgreement(
            MemberCode.ACTIRIS, MemberCode.VDAB, true, false, false, Set.of(), null, null),
        "t");
    vacancies.publish(
        MemberCode.VDAB,
        List.of(
            IncomingRecord.parsed(vacancy(MemberCode.VDAB, "exp-1", "1000", true, false)),
            IncomingRecord.parsed(vacancy(MemberCode.VDAB, "exp-2", "1000", false, false))),
        "TEST");
    String admin = keys.create(null, "ops", EnumSet.of(Scope.ADMIN)).secret();
    HubClient hub = new HubClient(port);
    HubClient.Response bad =
        hub.post(
            "/api/v1/admin/exports/subscriptions",
            admin,
            "{\"recipient\":\"ACTIRIS\",\"format\":\"PDF\"}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("detail").asString()).contains("NDJSON, CSV, XML");
    JsonNode sub =
        hub.post(
                "/api/v1/admin/exports/subscriptions",
                admin,
                "{\"recipient\":\"ACTIRIS\",\"format\":\"ndjson\",\"deltaInterval\":\"PT5M\"}")
            .json();
    String id = sub.get("id").asString();
    JsonNode full =
        hub.post("/api/v1/admin/exports/subscriptions/" + id + "/full", admin, "").json();
    assertThat(full.get("records").asInt()).isEqualTo(1);
    Path outbox = Path.of("target/exports-api-test/sftp/ACTIRIS/outbox");
    try (var listing = Files.list(outbox)) {
      assertThat(listing.map(p -> p.getFileName().toString()))
          .anyMatch(n -> n.endsWith(".manifest.json"));
    }
    assertThat(hub.get("/api/v1/admin/exports/subscriptions/" + id + "/files", admin).json().size())
        .isEqualTo(1);
    assertThat(hub.delete("/api/v1/admin/exports/subscriptions/" + id, admin).status())
        .isEqualTo(204);
    String vdab = keys.create(MemberCode.VDAB, "t", EnumSet.of(Scope.VACANCIES_PUBLISH)).secret();
    assertThat(hub.get("/api/v1/files", vdab).status()).isEqualTo(200);
    assertThat(hub.get("/api/v1/admin/exports/subscriptions", vdab).status()).isEqualTo(403);
  }
}
