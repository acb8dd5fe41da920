package be.synerjob.hub.dedup;

import static be.synerjob.hub.support.TestVacancies.vacancy;
import static org.assertj.core.api.Assertions.assertThat;

import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.organisation.ApiKeys;
import be.synerjob.hub.organisation.Scope;
import be.synerjob.hub.organisation.SharingAgreement;
import be.synerjob.hub.organisation.SharingAgreements;
import be.synerjob.hub.support.HubClient;
import be.synerjob.hub.vacancy.IncomingRecord;
import be.synerjob.hub.vacancy.RecordResult;
import be.synerjob.hub.vacancy.Vacancy;
import be.synerjob.hub.vacancy.VacancyService;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Clusters kept as vacancies arrive, and shown by the API and the feed. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "hub.demo.enabled=false",
      "hub.scheduling.enabled=false",
      "spring.datasource.url=jdbc:h2:mem:clusters;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=60000"
    })
class ClustersTests {

  @LocalServerPort int port;
  @Autowired VacancyService vacancies;
  @Autowired Clusters clusters;
  @Autowired ApiKeys keys;
  @Autowired SharingAgreements agreements;

  private UUID publish(MemberCode m, Vacancy v) {
    RecordResult r =
        vacancies.publish(m, List.of(IncomingRecord.parsed(v)), "TEST").results().get(0);
    assertThat(r.problems()).isEmpty();
    return r.id();
  }

  @Test
  void theSameJobFromThreeSourcesIsOneClusterWithItsProvenance() {
    agreements.put(
        new SharingAgreement(
            MemberCode.FOREM, MemberCode.VDAB, true, false, false, Set.of(), null, null),
        "t");
    agreements.put(
        new SharingAgreement(
            MemberCode.FOREM, MemberCode.ACTIRIS, true, false, false, Set.of(), null, null),
        "t");
    Vacancy original =
        vacancy(MemberCode.VDAB, "dup-1", "1000", true, false, "Lasser TIG (m/v/x)", null);
    UUID a = publish(MemberCode.VDAB, original);
    UUID b =
        publish(
            MemberCode.ACTIRIS, original.toBuilder().member("ACTIRIS").reference("act-1").build());
    UUID c =
        publish(
            MemberCode.ACTIRIS,
            original.toBuilder()
                .member("ACTIRIS")
                .reference("act-2")
                .language("fr")
                .title("Soudeur TIG (H/F/X)")
                .description("Nous cherchons un soudeur expérimenté pour notre atelier.")
                .build());
    UUID other =
        publish(
            MemberCode.VDAB,
            vacancy(MemberCode.VDAB, "elsewhere", "9000", true, false, "Lasser TIG (m/v/x)", null));
    assertThat(clusters.process(1000)).isGreaterThanOrEqualTo(4);

    UUID cluster = clusters.clusterOf(a).orElseThrow();
    assertThat(clusters.clusterOf(b)).contains(cluster);
    assertThat(clusters.clusterOf(c)).contains(cluster);
    assertThat(clusters.clusterOf(other)).isPresent().get().isNotEqualTo(cluster);
    assertThat(cluster).isEqualTo(a);
    List<ClusterMember> members = clusters.members(cluster);
    assertThat(members)
        .extracting(ClusterMember::matchType)
        .containsExactly(null, DuplicateType.EXACT_COPY, DuplicateType.TRANSLATED);

    String forem = keys.create(MemberCode.FOREM, "t", EnumSet.of(Scope.FEED_READ)).secret();
    HubClient hub = new HubClient(port);
    JsonNode page = hub.get("/api/v1/clusters/" + cluster, forem).json();
    assertThat(page.get("size").asInt()).isEqualTo(3);
    assertThat(page.get("representative").asString()).isEqualTo(a.toString());
    assertThat(page.get("members").get(1).get("member").asString()).isEqualTo("ACTIRIS");
    assertThat(hub.get("/api/v1/vacancies/" + b, forem).json().get("cluster").asString())
        .isEqualTo(cluster.toString());
    JsonNode feed = hub.get("/api/v1/feed/changes?limit=100", forem).json();
    assertThat(
            feed.get("items")
                .valueStream()
                .filter(i -> i.get("vacancyId").asString().equals(c.toString())))
        .allSatisfy(i -> assertThat(i.get("cluster").asString()).isEqualTo(cluster.toString()));
    JsonNode collapsed = hub.get("/api/v1/feed/snapshot?collapse=cluster", forem).json();
    JsonNode all = hub.get("/api/v1/feed/snapshot", forem).json();
    assertThat(all.get("count").asInt() - collapsed.get("count").asInt()).isEqualTo(2);
    JsonNode intensity = hub.get("/api/v1/clusters/intensity", forem).json();
    assertThat(intensity.valueStream().filter(i -> i.get("member").asString().equals("ALL")))
        .allSatisfy(
            i ->
                assertThat(i.get("postings").asLong()).isGreaterThan(i.get("uniqueJobs").asLong()));

    assertThat(clusters.recluster()).isGreaterThanOrEqualTo(2);
    assertThat(clusters.clusterOf(c)).contains(cluster);
    assertThat(clusters.clusterOf(other)).isPresent().get().isNotEqualTo(cluster);
  }
}
