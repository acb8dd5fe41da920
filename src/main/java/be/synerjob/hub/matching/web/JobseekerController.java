package be.synerjob.hub.matching.web;

import be.synerjob.hub.core.HubException;
import be.synerjob.hub.core.Language;
import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.core.Region;
import be.synerjob.hub.matching.JobseekerProfile;
import be.synerjob.hub.matching.Jobseekers;
import be.synerjob.hub.matching.Matching;
import be.synerjob.hub.organisation.ApiPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Pseudonymised jobseeker profiles and their matches. Only the owning member sees a profile: for
 * any other caller it does not exist (404, never 403).
 */
@RestController
@RequestMapping("/api/v1/jobseekers")
@PreAuthorize("hasAuthority('SCOPE_jobseekers:manage')")
@Tag(name = "Jobseekers and matching")
@SecurityRequirement(name = "apiKey")
class JobseekerController {

  private final Jobseekers jobseekers;
  private final Matching matching;

  JobseekerController(Jobseekers jobseekers, Matching matching) {
    this.jobseekers = jobseekers;
    this.matching = matching;
  }

  @PutMapping("/{id}")
  @Operation(
      summary = "Create or replace a profile under your own opaque id",
      description =
          "No personal data: an id, note or field that looks like a national register number, e-mail address"
              + " or phone number is refused. Occupations in ESCO, ROME or Competent (ROME v3 codes) are"
              + " crosswalked to ESCO.")
  ResponseEntity<Map<String, Object>> put(
      @PathVariable String id, @RequestBody JobseekerProfile body) {
    ApiPrincipal me = ApiPrincipal.current();
    Jobseekers.Saved s = jobseekers.put(me.requireMember(), id, body, me.actor());
    return ResponseEntity.status(s.status() == Jobseekers.Status.CREATED ? 201 : 200)
        .body(Map.of("status", s.status().name(), "profile", s.profile()));
  }

  record Batch(List<JobseekerProfile> profiles) {}

  @PostMapping("/batch")
  @Operation(summary = "Create or replace up to 1,000 profiles, each with its id field")
  Map<String, Object> batch(@RequestBody Batch body) {
    ApiPrincipal me = ApiPrincipal.current();
    if (body == null || body.profiles() == null) {
      throw HubException.invalidParameter("profiles", "is required");
    }
    List<Jobseekers.Saved> saved =
        jobseekers.putAll(me.requireMember(), body.profiles(), me.actor());
    Map<String, Long> counts = new java.util.TreeMap<>();
    saved.forEach(s -> counts.merge(s.status().name(), 1L, Long::sum));
    return Map.of(
        "counts",
        counts,
        "results",
        saved.stream()
            .map(
                s ->
                    s.problems().isEmpty()
                        ? Map.<String, Object>of(
                            "id", String.valueOf(s.id()), "status", s.status().name())
                        : Map.<String, Object>of(
                            "id",
                            String.valueOf(s.id()),
                            "status",
                            s.status().name(),
                            "problems",
                            s.problems()))
            .toList());
  }

  @GetMapping
  @Operation(summary = "Your profile ids, in order (paged with after=)")
  Map<String, Object> list(
      @RequestParam(required = false) String after, @RequestParam(defaultValue = "100") int limit) {
    MemberCode me = ApiPrincipal.current().requireMember();
    return Map.of("ids", jobseekers.ids(me, after, Math.max(1, Math.min(1000, limit))));
  }

  @GetMapping("/{id}")
  @Operation(summary = "One of your profiles")
  JobseekerProfile get(@PathVariable String id) {
    return jobseekers.require(ApiPrincipal.current().requireMember(), id);
  }

  @DeleteMapping("/{id}")
  @Operation(summary = "Delete one of your profiles and its matches")
  ResponseEntity<Void> delete(@PathVariable String id) {
    ApiPrincipal me = ApiPrincipal.current();
    if (!jobseekers.delete(me.requireMember(), id, me.actor())) {
      throw HubException.notFound("No jobseeker profile '" + id + "'");
    }
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/{id}/matches")
  @Operation(
      summary = "The open vacancies you may see that fit the profile, best first, with reasons",
      description =
          "Hard limits (language, distance, licence) exclude a vacancy; list them in soft= to keep such"
              + " vacancies with a penalty. Distances are great-circle distances between postcode centroids"
              + " × 1.3, not a route planner. lang= sets the language of the reasons (nl, fr, de, en).")
  Matching.Matches matches(
      @PathVariable String id,
      @RequestParam(defaultValue = "20") int limit,
      @RequestParam(required = false) List<String> soft,
      @RequestParam(defaultValue = "en") String lang,
      @RequestParam(required = false) String region,
      @RequestParam(defaultValue = "0") int minScore) {
    MemberCode me = ApiPrincipal.current().requireMember();
    Language l =
        Language.parse(lang)
            .orElseThrow(() -> HubException.invalidParameter("lang", "must be nl, fr, de or en"));
    Region r =
        region == null || region.isBlank()
            ? null
            : Region.parse(region)
                .orElseThrow(
                    () -> HubException.invalidParameter("region", "must be VLG, WAL or BRU"));
    if (limit < 1 || limit > 200) {
      throw HubException.invalidParameter("limit", "must be 1 to 200");
    }
    return matching.matches(me, id, new Matching.Query(limit, Matching.soft(soft), l, r, minScore));
  }

  @GetMapping("/{id}/matches/stored")
  @Operation(summary = "The profile's top matches as the last batch stored them (hard limits)")
  List<Matching.StoredMatch> stored(@PathVariable String id) {
    return matching.stored(ApiPrincipal.current().requireMember(), id);
  }
}
