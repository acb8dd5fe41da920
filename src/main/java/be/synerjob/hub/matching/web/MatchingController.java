package be.synerjob.hub.matching.web;

import be.synerjob.hub.core.HubException;
import be.synerjob.hub.core.Language;
import be.synerjob.hub.matching.Matching;
import be.synerjob.hub.organisation.ApiPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Candidates per region for a vacancy's owner, and the batch on demand for operators. */
@RestController
@Tag(name = "Jobseekers and matching")
@SecurityRequirement(name = "apiKey")
class MatchingController {

  private final Matching matching;

  MatchingController(Matching matching) {
    this.matching = matching;
  }

  @GetMapping("/api/v1/vacancies/{id}/candidates-by-region")
  @PreAuthorize("hasAnyAuthority('SCOPE_vacancies:publish', 'SCOPE_jobseekers:manage')")
  @Operation(
      summary = "How many suitable jobseekers each region has for your vacancy (never who)",
      description =
          "Counts the profiles whose stored top matches (last batch, hard limits) include the vacancy, by the"
              + " profile's home region. Counts from 1 to 4 are shown as \"<5\".")
  Map<String, Object> candidates(
      @PathVariable String id, @RequestParam(defaultValue = "en") String lang) {
    UUID vacancy;
    try {
      vacancy = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw HubException.invalidParameter("id", "must be a vacancy id (UUID)");
    }
    Language l =
        Language.parse(lang)
            .orElseThrow(() -> HubException.invalidParameter("lang", "must be nl, fr, de or en"));
    List<Matching.RegionCount> counts =
        matching.candidatesByRegion(ApiPrincipal.current().requireMember(), vacancy, l);
    return Map.of(
        "vacancy",
        vacancy,
        "smallCountRule",
        "counts of 1 to 4 are shown as <5",
        "regions",
        counts);
  }

  @PostMapping("/api/v1/matching/run")
  @PreAuthorize("hasAuthority('SCOPE_admin')")
  @Operation(summary = "Run the matching batch now (full=true recomputes every profile)")
  Matching.BatchReport run(@RequestParam(defaultValue = "false") boolean full) {
    ApiPrincipal.current();
    return full ? matching.runFull() : matching.runIncremental();
  }
}
