package be.synerjob.hub.dedup.web;

import be.synerjob.hub.core.HubException;
import be.synerjob.hub.dedup.ClusterMember;
import be.synerjob.hub.dedup.Clusters;
import be.synerjob.hub.organisation.AgreementSet;
import be.synerjob.hub.organisation.ApiPrincipal;
import be.synerjob.hub.organisation.SharingAgreements;
import be.synerjob.hub.vacancy.StoredVacancy;
import be.synerjob.hub.vacancy.VacancyStore;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Duplicate clusters: the same job published by several services, with its sources. */
@RestController
@RequestMapping("/api/v1/clusters")
@PreAuthorize("hasAnyAuthority('SCOPE_vacancies:publish', 'SCOPE_feed:read', 'SCOPE_admin')")
@Tag(name = "Duplicate clusters")
@SecurityRequirement(name = "apiKey")
class ClusterController {

  private final Clusters clusters;
  private final VacancyStore vacancies;
  private final SharingAgreements agreements;

  ClusterController(Clusters clusters, VacancyStore vacancies, SharingAgreements agreements) {
    this.clusters = clusters;
    this.vacancies = vacancies;
    this.agreements = agreements;
  }

  /** A cluster: its id (the id of its first vacancy), its representative and its members. */
  record Cluster(UUID id, UUID representative, int size, List<ClusterMember> members) {}

  @GetMapping("/{id}")
  @Operation(
      summary = "The vacancies of a duplicate cluster, with their sources",
      description =
          "Vacancies you may not see (another member's, outside your agreements) show only their member and"
              + " status. The representative is the cluster's first vacancy that you may see.")
  Cluster cluster(@PathVariable String id) {
    UUID clusterId = uuid(id);
    List<ClusterMember> all = clusters.members(clusterId);
    if (all.isEmpty()) {
      throw HubException.notFound("No cluster " + id);
    }
    ApiPrincipal me = ApiPrincipal.current();
    AgreementSet set = agreements.current();
    List<ClusterMember> shown = new ArrayList<>();
    UUID representative = null;
    for (ClusterMember m : all) {
      if (visible(me, set, m)) {
        shown.add(m);
        if (representative == null) {
          representative = m.vacancyId();
        }
      } else {
        shown.add(new ClusterMember(null, m.member(), null, m.status(), null, null, null));
      }
    }
    return new Cluster(clusterId, representative, all.size(), shown);
  }

  @GetMapping("/of/{vacancyId}")
  @Operation(summary = "The cluster of a vacancy")
  Cluster clusterOf(@PathVariable String vacancyId) {
    UUID id = uuid(vacancyId);
    UUID cluster =
        clusters
            .clusterOf(id)
            .orElseThrow(
                () -> HubException.notFound("Vacancy " + vacancyId + " is in no cluster (yet)"));
    return cluster(cluster.toString());
  }

  @GetMapping("/intensity")
  @Operation(
      summary = "Posting intensity of the open vacancies: postings per unique job, per member")
  List<Clusters.Intensity> intensity() {
    return clusters.intensity();
  }

  private boolean visible(ApiPrincipal me, AgreementSet set, ClusterMember m) {
    if (me.isOperator() || (me.member() != null && me.member().value().equals(m.member()))) {
      return true;
    }
    StoredVacancy v = vacancies.find(m.vacancyId()).orElse(null);
    if (v == null || me.member() == null) {
      return false;
    }
    return set.admits(me.member(), v.routing().asOpen());
  }

  private static UUID uuid(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw HubException.invalidParameter("id", "'" + id + "' is not an id (a UUID)");
    }
  }
}
