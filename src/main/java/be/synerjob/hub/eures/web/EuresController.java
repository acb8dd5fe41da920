package be.synerjob.hub.eures.web;

import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.eures.EuresPull;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The interface EURES pulls (Input/Output API for national job vacancy systems), with the scope
 * {@code eures:read}; the rejected list and the statistics also answer {@code admin} keys.
 */
@RestController
@RequestMapping("/api/v1/eures")
@Tag(
    name = "EURES",
    description =
        "Vacancies for the EURES portal: active references, changes since a time, HR Open 3.2 /"
            + " EURES 1.3 details")
@SecurityRequirement(name = "apiKey")
class EuresController {

  private final EuresPull pull;

  EuresController(EuresPull pull) {
    this.pull = pull;
  }

  /** What EURES sends to fetch details. */
  record DetailsRequest(List<String> references) {}

  @GetMapping(value = "/ping", produces = MediaType.TEXT_PLAIN_VALUE)
  @PreAuthorize("hasAuthority('SCOPE_eures:read')")
  @Operation(summary = "Liveness of the EURES interface")
  String ping() {
    return "Synerjob Hub EURES Input API";
  }

  @GetMapping(value = "/all", produces = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize("hasAuthority('SCOPE_eures:read')")
  @Operation(
      summary = "References of every active vacancy",
      description =
          "With asOf, the time of the newest change it includes: ask /changes?since=asOf next.")
  EuresPull.All all() {
    return pull.all();
  }

  @GetMapping(value = "/changes", produces = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize("hasAuthority('SCOPE_eures:read')")
  @Operation(
      summary = "References created, modified and closed after a time",
      description =
          "since: milliseconds since the epoch or an ISO-8601 instant, exclusive. Pass the asOf of"
              + " /all or the next of the previous answer, never a clock: every change has its own"
              + " time, times increase in commit order, so nothing is missed or repeated. A since"
              + " after the newest change is a 400. limit 1 to 10,000 (default 1,000); more=true:"
              + " ask again with since=next.")
  EuresPull.Changes changes(
      @RequestParam(required = false) String since, @RequestParam(required = false) Integer limit) {
    return pull.changes(since, limit);
  }

  @PostMapping(
      value = "/details",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize("hasAuthority('SCOPE_eures:read')")
  @Operation(
      summary = "Details of up to 1,000 references as HR Open 3.2 PositionOpening (EURES 1.3)",
      description =
          "A reference EURES never received (not in the EURES view, not expressible, unknown) is"
              + " listed under missing.")
  EuresPull.Details details(@RequestBody DetailsRequest request) {
    return pull.details(request == null ? null : request.references());
  }

  @GetMapping(value = "/vacancies/{reference}", produces = MediaType.APPLICATION_XML_VALUE)
  @PreAuthorize("hasAnyAuthority('SCOPE_eures:read', 'SCOPE_admin')")
  @Operation(summary = "One document as XML")
  String document(@PathVariable String reference) {
    return pull.document(reference);
  }

  @GetMapping(value = "/rejected", produces = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize("hasAnyAuthority('SCOPE_eures:read', 'SCOPE_admin')")
  @Operation(
      summary = "Vacancies in the EURES view that cannot be expressed, with the precise reason",
      description = "Newest first; member filters by publishing member.")
  List<EuresPull.Rejected> rejected(
      @RequestParam(required = false) String member,
      @RequestParam(defaultValue = "100") int limit) {
    return pull.rejected(member == null ? null : MemberCode.parse("member", member), limit);
  }

  @GetMapping(value = "/stats", produces = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize("hasAnyAuthority('SCOPE_eures:read', 'SCOPE_admin')")
  @Operation(
      summary = "Active and rejected now; created, modified and closed per day with their lag",
      description =
          "Lag: from the member's change (or the agreement change that admitted it) to the moment"
              + " the change was available to EURES.")
  EuresPull.Stats stats(@RequestParam(defaultValue = "14") int days) {
    return pull.stats(days);
  }
}
